/**
 * Reads a listing's parties cell, which names the idéburen and the public parties together:
 * "Parter: Umeå pastorat och Umeå kommun", "Föreningen Gemenskap, Socialnämnden i Lunds kommun".
 * Public parties are the kommuner and regioner named with their designation; bodies are the names with a
 * public body's head word; every other name is an idéburen party, read as an organisation cell reads it.
 */
import { BODY_HEAD } from './collapsed-table.js';
import { splitOrganisations, type OrganisationName } from './organisations.js';
import { findPublicParties, type PublicPartyMention } from './public-parties.js';
import { readPublicCell, type OrganName } from './public-cell.js';

export interface PartiesCell {
  ideburna: OrganisationName[];
  offentliga: PublicPartyMention[];
  organ: OrganName[];
}

export function readPartiesCell(cell: string): PartiesCell {
  const offentliga = findPublicParties(cell, { bare: false });
  const publicAt = (n: OrganisationName) => offentliga.some((p) => p.start < n.end && n.start < p.end);
  const ideburna: OrganisationName[] = [];
  const organ: OrganName[] = [];
  for (const name of splitOrganisations(cell)) {
    if (!publicAt(name) && !BODY_HEAD.test(name.name)) {
      ideburna.push(name);
      continue;
    }
    const text = cell.slice(name.start, name.end);
    // What a public party leaves over is a body only by a body's head word ("Storby stad CARPE SOPHIA" names a project).
    for (const body of readPublicCell(text, { bare: false }).organ) {
      if (BODY_HEAD.test(body.name)) organ.push({ ...body, start: body.start + name.start, end: body.end + name.start });
    }
  }
  return { ideburna, offentliga, organ };
}
