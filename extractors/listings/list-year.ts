/**
 * The year a page's list of grants is for, where no row and no sentence the period reader knows (extractors/period)
 * gives a period: a news page or notice heads its list with the grant's noun and the year ("Så fördelas
 * föreningsbidragen 2021") or speaks of "årets verksamhetsbidrag" on a page dated in that year. SCHEMA.md: only a year
 * given → that calendar year. Only where the page names one such year: two ("bidragen 2021 och 2022" or a heading
 * of 2021 and "årets" on a page of 2022) say no single year of the list.
 */
import { pageDate } from '../period/page-date.js';
import type { Period } from '../../pipeline/contract.js';

/** The grant's noun, definite or not, as a compound's head: "föreningsbidragen", "verksamhetsstödet", "bidrag". */
const GRANT_NOUN = String.raw`(?<![\p{L}])\p{L}{0,30}(?:bidrag|stöd)(?:et|en|s)?`;
/** A verb of dividing or granting between the noun and its year: "verksamhetsbidragen fördelas 2021". */
const GRANT_VERB = String.raw`(?:fördelas|fördelades|fördelats|beviljas|beviljades|beviljats|delas\s+ut|betalas\s+ut)`;
/** A year that is no range's start or a sum's first digits: not "2021–2023", "2021 000", "2021-05-05". */
const LONE_YEAR = String.raw`(?<year>(?:19|20)\d{2})(?![\p{L}\d]|[ \t]?[-–/][ \t]?\d|\s\d{3}(?!\d))`;

/**
 * noun-year: the grant's noun with the year after it, at most a verb of dividing between them.
 *   yes: "Så fördelas föreningsbidragen 2021", "hur verksamhetsbidragen fördelas 2021", "Beviljade bidrag 2024"
 *   no:  "föreningsbidrag 2021–2023" (a range, the period reader's), "bidraget 2021-05-05" (a date), "stödet 2021 000 kr"
 */
export const NOUN_YEAR = new RegExp(String.raw`${GRANT_NOUN}(?:\s+${GRANT_VERB})?\s+${LONE_YEAR}`, 'giu');

/**
 * this-years-grant: "årets" before the grant's noun, the year the page's own date gives.
 *   yes: "Kommunledningsutskottet fördelade också årets verksamhetsbidrag" (page published 23 april 2024 → 2024)
 *   no:  the same on a page that gives no date of its own (it then adds no year); "årets budget", "årets föreningar"
 */
export const THIS_YEARS_GRANT = new RegExp(String.raw`(?<![\p{L}])årets\s+${GRANT_NOUN.replace(String.raw`(?<![\p{L}])`, '')}(?![\p{L}])`, 'iu');

export interface ListYear {
  period: Period;
  /** The words that name the year: the first mention. */
  start: number;
  end: number;
}

export function listYear(text: string): ListYear | null {
  const years = new Map<string, { start: number; end: number }>();
  const note = (year: string, start: number, end: number) => years.has(year) || years.set(year, { start, end });
  for (const m of text.matchAll(NOUN_YEAR)) note(m.groups!.year!, m.index, m.index + m[0].length);
  const thisYears = THIS_YEARS_GRANT.exec(text);
  // On a page that gives no date of its own, "årets" says no year, nor another than the heading's.
  const page = thisYears ? pageDate(text) : null;
  if (thisYears && page) note(String(page.year), thisYears.index, thisYears.index + thisYears[0].length);
  if (years.size !== 1) return null;
  const [year, span] = [...years][0]!;
  return { period: { start: `${year}-01-01`, end: `${year}-12-31`, openEnded: false }, ...span };
}
