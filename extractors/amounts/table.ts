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
  String.raw`^\s*(?:(?:[\p{L}\p{N}.-]+\s+){0,3}?${FUNDING_HEADER_WORD}(?:\s+[\p{L}\p{N}.-]+){0,2}?\s*(?:\(\s*(?:i\s+)?(?<unit>${UNIT})\.?\s*\)|,\s*(?:i\s+)?(?<unit2>${UNIT})\.?|\s+(?:i\s+)?(?<unit3>${UNIT})\.?)|\(?(?<unit4>${UNIT})\.?\)?)\s*$`,
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

/** The unit factor a header cell gives its column, or null when the column is no money column. */
export function headerFactor(header: string): number | null {
  const m = MONEY_COLUMN_HEADER.exec(header.replace(/<br\s*\/?>/giu, ' '));
  const unit = m?.groups?.unit ?? m?.groups?.unit2 ?? m?.groups?.unit3 ?? m?.groups?.unit4;
  return unit ? (HEADER_UNITS[unit.toLocaleLowerCase('sv')] ?? null) : null;
}

/** The cells of one markdown row with where each starts in the text. */
function cells(line: string, lineStart: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const first = line.indexOf('|');
  let at = first + 1;
  for (;;) {
    const next = line.indexOf('|', at);
    if (next < 0) break;
    out.push({ text: line.slice(at, next), start: lineStart + at });
    at = next + 1;
  }
  return out;
}

/** A column header that is one year ("2025", "År 2025", "2025 (tkr)"): the sums under it are that year's. */
const YEAR_HEADER = /^\s*(?:år\s+)?(?:19|20)\d{2}\s*(?:\(?\s*(?<unit>[\p{L}]+)\.?\s*\)?)?\s*$/iu;

/** The unit factor of a column header that is a year with its unit ("2025 (tkr)", "2026, kr"), or null. */
function yearHeaderFactor(header: string): number | null {
  const unit = YEAR_HEADER.exec(header.replace(',', ' '))?.groups?.unit?.toLocaleLowerCase('sv');
  return unit ? (HEADER_UNITS[unit] ?? null) : null;
}

/**
 * Bare numbers in markdown tables where a header names money with a unit: the column's header ("| Förening | Belopp (kr) |"),
 * the row's first cell ("| Bidrag (tkr) | 500 | 520 |" under "| | 2025 | 2026 |"), or a year with its unit over the column
 * ("| Insats | 2025 (tkr) |"). Under a column headed by a year the sum is that year's (perYear).
 */
export function columnMoney(text: string): ColumnMoney[] {
  if (!text.includes('|')) return [];
  const found: ColumnMoney[] = [];
  const lines = text.split('\n');
  let offset = 0;
  // The table's header cells, while its rows follow.
  let headers: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineStart = offset;
    offset += line.length + 1;
    if (!MARKDOWN_ROW.test(line)) {
      headers = null;
      continue;
    }
    if (SEPARATOR_ROW.test(line)) continue;
    // A row followed by a separator row is a header: it names the columns of the rows after it.
    if (SEPARATOR_ROW.test(lines[i + 1] ?? '')) {
      headers = cells(line, lineStart).map((c) => c.text);
      continue;
    }
    if (!headers) continue;
    const row = cells(line, lineStart);
    const rowFactor = row.length > 1 ? headerFactor(row[0]!.text) : null;
    const rowSecondary = rowFactor !== null && SECONDARY_COLUMN_HEADER.test(row[0]!.text);
    row.forEach((cell, column) => {
      const header = headers?.[column] ?? '';
      const yearColumn = YEAR_HEADER.test(header);
      const unitless = column > 0 && UNITLESS_MONEY_HEADER.test(header) && GROUPED_KRONOR_CELL.test(cell.text) ? 1 : null;
      const factor = column === 0 ? null : (headerFactor(header) ?? yearHeaderFactor(header) ?? rowFactor ?? unitless);
      if (!factor || !BARE_NUMBER_CELL.test(cell.text)) return;
      const written = cell.text.trim();
      const sek = Math.round(readNumber(written) * factor);
      const start = cell.start + cell.text.indexOf(written);
      const secondary = rowSecondary || SECONDARY_COLUMN_HEADER.test(header);
      if (Number.isFinite(sek) && sek > 0) found.push({ start, end: start + written.length, sek, secondary, perYear: yearColumn });
    });
  }
  return found;
}
