/**
 * lead-paragraph period: "Regionstyrelsen fördelar 36,2 miljoner kronor för 2023-2025 till organisationer …", then
 * "Följande organisationer får del av stödet:" and the list: a page may state the period of a list whose rows state
 * none in the paragraph that leads up to it, while the document names other periods further on ("… strategin för
 * åren 2021-2030"). The list's own lead-in and the paragraph right above it (a blank line or two between) are read;
 * only one period: a paragraph naming two says no single period of the list.
 *   yes: "… fördelar 36,2 miljoner kronor för 2023-2025 …" / "Följande organisationer får del av stödet:" / the list
 *   no:  "Avtalen gällde 2019–2021 och förlängs 2022–2024." above the lead-in (two periods); a period two paragraphs up
 */
import { isBlank } from './table.js';
import { readCellPeriods, type CellPeriod } from './period-cell.js';
import { splitLines, type Line } from '../engine/table-row.js';
import { lastAtOrBefore } from '../engine/sorted.js';

/** Blank lines allowed between the list, its lead-in and the paragraph above. */
const MAX_GAP = 2;

/** The one period the lead-in and the paragraph above the list starting at `listStart` state, with global offsets. */
export function leadPeriod(text: string, listStart: number): CellPeriod | null {
  const found = leadLines(text, listStart).flatMap((line) => readCellPeriods(line.text).map((p) => ({ ...p, start: line.start + p.start, end: line.start + p.end })));
  const distinct = new Set(found.map((p) => JSON.stringify(p.period)));
  return found.length > 0 && distinct.size === 1 ? found[0]! : null;
}

/** The list's lead-in and the paragraph right above it (a blank line or two between), as lines of the text. */
export function leadLines(text: string, listStart: number): Line[] {
  // From the start of the list's first line: its bullet ("  • ") is no paragraph.
  const lineStart = text.lastIndexOf('\n', listStart - 1) + 1;
  // The lines of text.slice(0, lineStart), as the text's own lines (split once per text) up to the list's first line and
  // an empty last line where the slice ends: splitting the slice for every list made a text of many lists quadratic.
  const all = splitLines(text);
  const last = lastAtOrBefore(all, lineStart, (line) => line.start);
  const lines = (i: number): Line => (i === last ? { text: '', start: lineStart } : all[i]!);
  let j = last;
  const block = (): Line[] => {
    for (let gap = 0; j >= 0 && isBlank(lines(j).text) && gap <= MAX_GAP; gap++) j--;
    const found: Line[] = [];
    for (; j >= 0 && !isBlank(lines(j).text); j--) found.unshift(lines(j));
    return found;
  };
  let read = block();
  // A lead-in set apart ("Följande organisationer får del av stödet:") is read with the paragraph above it.
  if (read.length === 1 && read[0]!.text.trim().endsWith(':')) read = [...block(), ...read];
  return read;
}

/**
 * grant-news year: a news text on a round of grants names its year ("… bidrag till kommunens föreningar 2022", "Totalt
 * fördelades en miljon kronor för 2022"), where no reader of periods takes a year in running text for a period. The one
 * year the text names, standing as a word (not in an address's "/2024/" nor a date's "2022-05-25"), is the round's;
 * a text naming two names no single one.
 *   yes: "… ytterligare bidrag till kommunens föreningar 2022. … Totalt fördelades en miljon kronor för 2022." → 2022
 *   no:  "Bidragen för 2023 … jämfört med 2022" (two years); "Möte 2022-05-25" (a date)
 * A year that names the budget the cost is charged to ("Kostnaden belastar 2009 års driftbudget") is the budget's, not the
 * round's: it is passed over, and a text naming no other year names none.
 *   yes (passed over): "2009 års driftbudget", "2024 års budget"; no: "2024 års föreningsbidrag" (the grant's own year)
 */
const WORD_YEAR = /(?<=^|[\s(])(?:19|20)\d\d(?=$|[\s.,:;)])/gu;
const BUDGET_YEAR = /^\s+års\s+\p{L}*budget/iu;
export function onlyYear(text: string): CellPeriod | null {
  const years = [...text.matchAll(WORD_YEAR)].filter((m) => !BUDGET_YEAR.test(text.slice(m.index + 4, m.index + 40)));
  if (years.length === 0 || years.some((m) => m[0] !== years[0]![0])) return null;
  const { index, 0: year } = years[0]!;
  return { period: { start: `${year}-01-01`, end: `${year}-12-31`, openEnded: false }, start: index, end: index + year.length };
}
