/**
 * A lead-in line ends in a colon and introduces what follows as partnerships: "Socialnämnden har IOP med
 * följande föreningar:", "Lunds kommun har tecknat överenskommelser med:". The one body and the one public
 * party it names are those of the rows after it, as a section heading's are, until the next heading; a
 * lead-in that names two bodies names no single owner and gives none.
 */
import { bodySpans } from '../parties/organ.js';
import { BODY_DEPTH, type Heading } from './headings.js';
import { isIntro } from './line-list.js';
import { findPublicParties } from './public-parties.js';
import { normaliseOrgan } from './public-cell.js';
import { splitLines } from '../engine/table-row.js';

export function findLeadIns(text: string): Heading[] {
  const leadIns: Heading[] = [];
  for (const line of splitLines(text)) {
    if (!line.text.trim().endsWith(':') || !isIntro(line.text)) continue;
    const parties = findPublicParties(line.text, { bare: false });
    const spans = bodySpans(line.text);
    const bodies = spans.length === 1 ? spans.map((s) => ({ name: normaliseOrgan(line.text.slice(s.start, s.end)), start: line.start + s.start, end: line.start + s.end })) : [];
    if (bodies.length === 0 && parties.length !== 1) continue;
    leadIns.push({
      start: line.start,
      end: line.start + line.text.length,
      depth: BODY_DEPTH,
      parties: parties.length === 1 ? parties.map((p) => ({ ...p, start: p.start + line.start, end: p.end + line.start })) : [],
      bodies,
    });
  }
  return leadIns;
}
