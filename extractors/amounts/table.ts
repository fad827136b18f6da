/**
 * Money in tables whose unit stands only in the column header: under "Belopp (kr)", "Bidrag (tkr)", "Belopp, tkr" or
 * "Summa kr" the cells hold bare numbers ("150 000", "500"), which MONEY cannot read as money on their own. A column
 * is money only when its header says so with a funding word and a unit, or a unit alone ("Tkr"): columns of years
 * ("År"), counts ("Antal deltagare") or organisation numbers ("Org.nr") have no such header, and their cells stay
 * unread. Tables come as markdown rows ("| Förening | Belopp (kr) |" then "| --- | --- |"), as the converters write them.
 * rules.test.ts holds the examples.
 */
import { alternation, MULTIPLIERS, readNumber } from './numerals.js';
import type { PerRule } from './rules.js';
import { rowCells, splitLines } from '../engine/table-row.js';

/** The periodicity of a sum under a column headed by one year ("| | 2025 | 2026 |"): that year's, as year-label-before reads "2025: 500 000 kr". */
export const YEAR_COLUMN_PER: PerRule = { name: 'year-column', per: 'year', where: 'before', pattern: /(?!)/u, strength: 0.75 };

/** Units a header may name, with the factor a bare cell number takes. */
const HEADER_UNITS: Readonly<Record<string, number>> = {
  kr: 1,
  kronor: 1,
  sek: 1,
  'tusen kronor': 1000,
  'tusental kronor': 1000,
  'miljoner kronor': 1_000_000,
  ...Object.fromEntries(Object.entries(MULTIPLIERS).filter(([, m]) => m.currency).map(([w, m]) => [w, m.factor])),
};

/** Words that make a column the money given: "Belopp", "Beviljat bidrag", "Föreslaget stöd", "Summa", "Ersättning". */
const FUNDING_HEADER_WORD = String.raw`(?:\p{L}*belopp|\p{L}*bidrag|summa|ersättning|\p{L}*stöd|anslag|finansiering|medel|beviljat|beviljas|förslag|föreslaget|totalt)`;

const UNIT = alternation(Object.keys(HEADER_UNITS));

/**
 * A money column's header: a funding word (up to three words around it, "Beviljat belopp 2025") and its unit in
 * parentheses, after a comma, or after it ("i kr"); or the unit alone ("Tkr", "(kr)"). Not "Antal (st)", "År",
 * "Org.nr", "Budget (tkr)" (what something else costs), "Kostnad, kr".
 */
export const MONEY_COLUMN_HEADER = new RegExp(
  String.raw`^\s*(?:(?:[\p{L}\p{N}.-]+\s+){0,3}?${FUNDING_HEADER_WORD}(?:\s+[\p{L}\p{N}.-]+){0,2}?\s*(?:\(\s*(?:i\s+)?(?:${UNIT})\.?\s*\)|,\s*(?:i\s+)?(?:${UNIT})\.?|\s+(?:i\s+)?(?:${UNIT})\.?)|\(?(?:${UNIT})\.?\)?)\s*$`,
  'iu',
);

/**
 * A money column's header with no unit ("Belopp", "Beviljat bidrag", "Ersättning 2025"): only a sum written in thousands
 * groups under it is kronor (GROUPED_KRONOR_CELL), as a table in tkr says so in its header.
 */
const UNITLESS_MONEY_HEADER = new RegExp(String.raw`^\s*(?:[\p{L}\p{N}.-]+\s+){0,3}?${FUNDING_HEADER_WORD}(?:\s+[\p{L}\p{N}.-]+){0,2}?\s*$`, 'iu');
/**
 * A cell that is a sum in thousands groups ("150 000"): under a money header that names no unit it is kronor, as a table
 * in tkr says so in its header; a small bare number ("800") under such a header stays unread. Listings read it so too.
 */
export const GROUPED_KRONOR_CELL = /^\s*\d{1,3}(?:[ \u00a0.]\d{3})+\s*$/u;

/** A cell that holds a bare number and nothing else: "150 000", "1 500", "2,5", "10.000". */
const BARE_NUMBER_CELL = /^\s*(?<number>\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,\d+)?\s*$/u;

/** A markdown table row, and the separator row under its header ("| --- | ---: |"). */
const MARKDOWN_ROW = /^[ \t]*\|.*\|[ \t]*$/u;
const SEPARATOR_ROW = /^[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$/u;

/**
 * A money column of what was asked for or paid before ("Sökt belopp (kr)", "Ansökt bidrag, tkr", "Bidrag föregående år (tkr)"):
 * beside a column of what is granted its cells are the request or the history, as REQUESTED_BEFORE and PAST_MONEY read
 * them in prose. "Beviljat belopp (kr)" and "Förslag (tkr)" are not.
 */
export const SECONDARY_COLUMN_HEADER = /(?<![\p{L}])(?:sökt|sökta|ansökt|ansökta|ansökan|begärt|begärda|tidigare|föregående|förra)(?![\p{L}])/iu;

/** A bare number under a money header, as a span of the text and its value in SEK. */
export interface ColumnMoney {
  start: number;
  end: number;
  sek: number;
  /** Under a header of money asked for or of the past (SECONDARY_COLUMN_HEADER). */
  secondary: boolean;
  /** Under a column headed by one year: the sum is paid for that year. */
  perYear: boolean;
}

/** A money unit named anywhere in a column's header: "Belopp (tkr/år)", "Bidrag, kr/år", "Verksamhetsbidrag i tusen kronor". */
const UNIT_IN_HEADER = new RegExp(String.raw`(?<![\p{L}])(?:${UNIT})(?![\p{L}])`, 'iu');

/**
 * The money unit a column's header names, as written and as the factor its bare numbers take: the one reader of a
 * header's unit, for the amounts of tables (headerFactor) and of listings, whose column is money by its header's role.
 */
export function headerUnit(header: string): { word: string; factor: number } | null {
  const word = UNIT_IN_HEADER.exec(header)?.[0];
  const factor = word ? HEADER_UNITS[word.toLocaleLowerCase('sv')] : undefined;
  return word && factor ? { word, factor } : null;
}

/** The unit factor a header cell gives its column, or null when the column is no money column. */
export function headerFactor(header: string): number | null {
  const label = header.replace(/<br\s*\/?>/giu, ' ');
  return MONEY_COLUMN_HEADER.test(label) ? (headerUnit(label)?.factor ?? null) : null;
}

/** A column header that is one year ("2025", "År 2025", "2025 (tkr)"): the sums under it are that year's. */
const YEAR_HEADER = /^\s*(?:år\s+)?(?:19|20)\d{2}\s*(?:\(?\s*(?<unit>[\p{L}]+)\.?\s*\)?)?\s*$/iu;

/** The unit factor of a column header that is a year with its unit ("2025 (tkr)", "2026, kr"), or null. */
function yearHeaderFactor(header: string): number | null {
  const unit = YEAR_HEADER.exec(header.replace(',', ' '))?.groups?.unit;
  return unit ? (headerUnit(unit)?.factor ?? null) : null;
}

/**
 * Bare numbers in markdown tables where a header names money with a unit: the column's header ("| Förening | Belopp (kr) |"),
 * the row's first cell ("| Bidrag (tkr) | 500 | 520 |" under "| | 2025 | 2026 |"), or a year with its unit over the column
 * ("| Insats | 2025 (tkr) |"). Under a column headed by a year the sum is that year's (perYear).
 */
export function columnMoney(text: string): ColumnMoney[] {
  if (!text.includes('|')) return [];
  const found: ColumnMoney[] = [];
  const lines = splitLines(text);
  // The table's header cells, while its rows follow.
  let headers: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MARKDOWN_ROW.test(line.text)) {
      headers = null;
      continue;
    }
    if (SEPARATOR_ROW.test(line.text)) continue;
    // A row followed by a separator row is a header: it names the columns of the rows after it.
    if (SEPARATOR_ROW.test(lines[i + 1]?.text ?? '')) {
      headers = rowCells(line, 'pipe').map((c) => c.text);
      continue;
    }
    if (!headers) continue;
    const row = rowCells(line, 'pipe');
    const rowFactor = row.length > 1 ? headerFactor(row[0]!.text) : null;
    const rowSecondary = rowFactor !== null && SECONDARY_COLUMN_HEADER.test(row[0]!.text);
    row.forEach((cell, column) => {
      const header = headers?.[column] ?? '';
      const yearColumn = YEAR_HEADER.test(header);
      const unitless = column > 0 && UNITLESS_MONEY_HEADER.test(header) && GROUPED_KRONOR_CELL.test(cell.text) ? 1 : null;
      const factor = column === 0 ? null : (headerFactor(header) ?? yearHeaderFactor(header) ?? rowFactor ?? unitless);
      if (!factor || !BARE_NUMBER_CELL.test(cell.text)) return;
      const sek = Math.round(readNumber(cell.text) * factor);
      const secondary = rowSecondary || SECONDARY_COLUMN_HEADER.test(header);
      if (Number.isFinite(sek) && sek > 0) found.push({ start: cell.start, end: cell.end, sek, secondary, perYear: yearColumn });
    });
  }
  return found;
}
