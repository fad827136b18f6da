/**
 * The subject a partnership's paragraph opens with, when it is a public body or party:
 *   "Socialnämnden har en överenskommelse om IOP med Hela Människan om härbärge …"
 *   "Storby kommun och Kvinnojouren Vega har sedan 2022 ett partnerskap …"
 * A section per partnership (named-sections.ts, paragraphs.ts) often names its body only so; a body named later
 * in the paragraph may be another's (a referral, a contact), so only the opening words count.
 */
import { bodySpans } from '../parties/organ.js';
import { findPublicParties } from './public-parties.js';
import { normaliseOrgan } from './public-cell.js';

export interface Subject {
  value: string;
  start: number;
  end: number;
}

/** What may stand before the subject: "Sedan 2022 har", "Under 2023 tecknade", "I Storby har". */
const LEAD = /^\s*(?:(?:sedan|under|från|i|år)\s+[\p{L}\d-]+\s+(?:har|hade|tecknade|ingick|beslutade)\s+)?/iu;

export function readOpeningSubject(text: string): { organ: Subject | null; offentlig: Subject | null } {
  const at = LEAD.exec(text)?.[0].length ?? 0;
  const body = bodySpans(text).find((span) => span.start === at);
  const party = findPublicParties(text, { bare: false }).find((p) => p.start === at);
  return {
    organ: body ? { value: normaliseOrgan(body.name), start: body.start, end: body.end } : null,
    offentlig: party ? { value: party.name, start: party.start, end: party.end } : null,
  };
}
