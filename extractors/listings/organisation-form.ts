/**
 * Whether a name carries an idéburen organisation's form: a marker word ("…förening", "Stiftelsen …",
 * "…jouren", "IF") or a national organisation's name at its start ("Röda Korset Ekby"). A list of
 * partnerships names such organisations; a list of people, budget lines or places names none.
 */
import lexicon from '../lexicon/ideburna.json' with { type: 'json' };
import { markerStrength } from '../parties/not-organisations.js';
import { isTypeNounAlone } from '../parties/names.js';
import { perKey } from '../engine/memo.js';

const KNOWN = lexicon.knownOrganisations.map((name) => name.toLowerCase());

/** Remembered per name (engine/memo.ts): the list finders ask again for the same names, line after line and finder after finder. */
export const hasOrganisationForm = perKey(organisationForm, 2000);

function organisationForm(name: string): boolean {
  const flat = name.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  // "Föreningen", "Klubben" alone: a noun pointing back to an organisation named before, no name of its own.
  if (isTypeNounAlone(flat)) return false;
  return markerStrength(flat, KNOWN.some((known) => lower.startsWith(known))) > 0;
}
