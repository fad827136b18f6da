/**
 * yearly-named grant: a news page or decision may name its grant as yearly once, in its opening ("Härnösands kommuns årliga
 * kulturstöd har fördelats.", "… fördelat verksamhetsbidrag för 2024"), and list the recipients' sums as bare numbers far
 * below it ("Föreningen Nymus 43 568"). A listed sum whose own words and column say nothing of how often it is paid is
 * yearly when the last grant the text names before it is named so (the amounts module's ANNUAL_GRANT_EARLIER); not when a
 * one-off or investment grant is named after that (ONE_OFF_GRANT: "Investeringsbidrag" heading the next list); "minst en gång
 * per år" names how often something is done, no grant.
 *   yes: "… årliga kulturstöd har fördelats. … Här är hela listan …:\nAdministrationsbidrag\nMiranda 2 000"
 *   no:  "… årliga kulturstöd … Engångsbidrag:\nMiranda 2 000"; a text naming no grant as yearly
 * The namings are found once per text; each sum only looks up the last one before it.
 */
import { ANNUAL_GRANT_EARLIER } from '../amounts/rules.js';
import { perText } from '../engine/memo.js';

interface Naming {
  at: number;
  yearly: boolean;
}

const YEARLY_NAMING = new RegExp(ANNUAL_GRANT_EARLIER.pattern.source, 'giu');
/** The name of a grant paid once: "engångsbidrag", "investeringsstöd". */
const ONE_OFF_GRANT = /(?<![\p{L}])(?:engångs|investerings)\p{L}*/giu;

const namings = perText((text: string): Naming[] =>
  [
    ...[...text.matchAll(YEARLY_NAMING)].map((m) => ({ at: m.index, yearly: true })),
    ...[...text.matchAll(ONE_OFF_GRANT)].map((m) => ({ at: m.index, yearly: false })),
  ].sort((a, b) => a.at - b.at),
);

/** Whether the last grant `text` names before `at` is named as yearly. */
export function namedYearlyBefore(text: string, at: number): boolean {
  let last: Naming | undefined;
  for (const naming of namings(text)) {
    if (naming.at >= at) break;
    last = naming;
  }
  return last?.yearly === true;
}
