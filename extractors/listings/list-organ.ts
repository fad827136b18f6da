/**
 * whole-list body: a list of grants says once which body decided them all, and its rows name no body; where the text names
 * several bodies (so that no one of them is the document's, index.ts documentOnly), a row that names none takes the one body
 * the organ reader (parties/organ.ts) reads as deciding (DECIDING_RULES) in a sentence that says grants were made
 * (grant-round.ts saysGranted) or right after one, naming none of the list's recipients.
 *   yes: "Handikapporganisationer i Skåne får 13,2 miljoner kronor i bidrag under 2014. Det beslutade Habiliteringsnämnden
 *        idag." beside "… som får bidrag från Habiliteringsförvaltningen" (the body that decided, not the one that pays)
 *   no:  two bodies deciding grants ("Kulturnämnden beviljade … Fritidsnämnden beviljade …"); "Socialnämnden beslutade att
 *        bevilja Ekby IF 20 000 kronor" (one recipient's grant); a body that decided something else ("… har beslutat om
 *        en ny strategi")
 */
import type { Candidate } from '../engine/candidate.js';
import type { DocText } from '../engine/doc-text.js';
import { organCandidates } from '../parties/organ.js';
import { saysGranted } from './grant-round.js';
import { namesARecipient } from './list-recipients.js';
import { STRENGTH } from './strength.js';

/** The organ reader's rules that read a body as the one that decided (parties/organ.ts ORGAN_RULES). */
export const DECIDING_RULES: ReadonlySet<string> = new Set(['organ.decides', 'organ.decided', 'organ.inverted', 'organ.decided-by', 'organ.decided-to-fund']);

/** The body the text says decided the grants of the list whose organisations are `recipients`, if exactly one did. */
export function listOrgan(doc: DocText, recipients: readonly string[]): Candidate<string>[] {
  const aboutOneRow = namesARecipient(recipients);
  const spans = doc.sentences;
  const decidesGrants = (i: number) => (saysGranted(spans[i]!.text) || (i > 0 && saysGranted(spans[i - 1]!.text))) && !aboutOneRow(spans[i]!.text);
  const found = organCandidates(doc).filter((c) => {
    if (!DECIDING_RULES.has(c.rule)) return false;
    const i = spans.findIndex((s) => s.start <= c.start && c.end <= s.end);
    return i >= 0 && decidesGrants(i);
  });
  if (new Set(found.map((c) => c.key)).size !== 1) return [];
  return found.map((c) => ({ ...c, rule: 'listing-whole-list-body', strength: Math.min(c.strength, STRENGTH.listBody) }));
}
