/**
 * Dates as Swedish municipal text writes them, with how precise each is: "2025-01-01" (also broken by a
 * line break: "2025-\n06-30", "2022-04- 01", with a dash dropped: "2027-07 31", or with dots: "2025.01.01"), "1 januari 2025",
 * "den 31 dec. 2028", "sista december 2023", "1/3 2022", "1.1.2024", "januari 2025", "andra halvåret 2018", "första kvartalet 2025", "höstterminen 2025",
 * "2025". A date less precise than a day is widened to the first or last day of its month
 * or year, depending on whether it starts or ends a period.
 */
import months from '../lexicon/months.json' with { type: 'json' };
import { alternation } from '../amounts/numerals.js';

/** Each month name and abbreviation (lexicon/months.json, lower case) and the month's number. */
export const MONTH_NUMBER: Readonly<Record<string, number>> = months.months;
/** The month names and abbreviations as a bare alternation, the longest first (regex source, to place in a group). */
export const MONTH_WORDS = alternation(Object.keys(MONTH_NUMBER));
/** A month name or abbreviation (regex source). */
export const MONTH_NAME = `(?:${MONTH_WORDS})\\.?(?![\\p{L}])`;
const YEAR = String.raw`(?:19|20)\d{2}`;

/** Ordinals that name a half or a quarter of a year, and the number they stand for. */
const PART_ORDINALS: Readonly<Record<string, number>> = { första: 1, '1:a': 1, andra: 2, '2:a': 2, tredje: 3, '3:e': 3, fjärde: 4, '4:e': 4 };
const PART_ORDINAL = `(?:${alternation(Object.keys(PART_ORDINALS))})`;

/** The date forms, most specific first (regex source without capture groups, so patterns can combine them). */
export const DATE_FORMS = {
  // The day may follow the month after a space where a dash was dropped ("2027-07 31").
  iso: String.raw`(?<!\d)${YEAR}(?:[ \t]?-\s*(?:0[1-9]|1[0-2])(?:[ \t]?-\s*|[ \t])|\.(?:0[1-9]|1[0-2])\.)(?:0[1-9]|[12]\d|3[01])(?!\d)`,
  // "sista december 2023": the month's last day, as news pages write an end ("gäller fram till sista december 2023", or in the
  // older form "fram till den siste december 2019").
  dayMonthYear: String.raw`(?:den\s+)?(?<!\d)(?:(?:[1-9]|[12]\d|3[01])(?::[ae])?|(?<![\p{L}])sist[ae])\s+${MONTH_NAME}\s*${YEAR}`,
  slash: String.raw`(?<![\d/])(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])[ \t]*-?[ \t]*${YEAR}`,
  // "1.1.2024", "31.12.2026": day, month and year with dots (not a version or a section number: a four-digit year ends it).
  dotted: String.raw`(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.${YEAR}(?![\d.]\d)`,
  monthYear: String.raw`${MONTH_NAME}\s*${YEAR}`,
  // "andra halvåret 2018", "första halvåret år 2025", "1:a kvartalet 2026", "tredje kvartalet 2024": the months of a half or
  // a quarter of the year (not "halvår" alone, "ett halvår" is a duration; not "höst"/"vår", whose months vary).
  partOfYear: String.raw`(?<![\p{L}])${PART_ORDINAL}\s+(?:halvåret|kvartalet)\s+(?:år\s+)?${YEAR}`,
  // "höstterminen 2025", "vårterminen 2026": a school term, as agreements with schools and fritids write their start or end
  // (spring January to June, autumn August to December).
  term: String.raw`(?<![\p{L}])(?:vårterminen|höstterminen)\s+${YEAR}`,
  year: String.raw`(?<!\d)${YEAR}(?!\d)`,
} as const;

/** Any date form, most specific first. */
export const DATE = `(?:${Object.values(DATE_FORMS).join('|')})`;

export type Precision = 'day' | 'month' | 'year';
export interface ReadDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
  /** The last month of a date that spans several ("andra halvåret 2018": months 7 to 12); absent for one month or a day. */
  lastMonth?: number;
}

/** Reads one date written in any DATE form; null when it is not a real calendar date. */
export function readDate(written: string): ReadDate | null {
  const text = written.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
  let m = /^(\d{4}) ?[-.] ?(\d{2})(?: ?[-.] ?| )(\d{2})$/.exec(text);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(?:den )?(\d{1,2}|sist[ae])(?::[ae])? (\p{L}+)\.? ?(\d{4})$/u.exec(text);
  if (m) {
    const month = MONTH_NUMBER[m[2]!];
    if (!month) return null;
    return valid(+m[3]!, month, /^sist[ae]$/.test(m[1]!) ? daysInMonth(+m[3]!, month) : +m[1]!);
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})\/(\d{1,2}) ?-? ?(\d{4})$/.exec(text);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  m = /^(vår|höst)terminen (\d{4})$/u.exec(text);
  if (m) return m[1] === 'vår' ? { year: +m[2]!, month: 1, day: null, precision: 'month', lastMonth: 6 } : { year: +m[2]!, month: 8, day: null, precision: 'month', lastMonth: 12 };
  m = /^(\p{L}+)\.? ?(\d{4})$/u.exec(text);
  if (m) return MONTH_NUMBER[m[1]!] ? { year: +m[2]!, month: MONTH_NUMBER[m[1]!]!, day: null, precision: 'month' } : null;
  m = /^(\S+) (halvåret|kvartalet) (?:år )?(\d{4})$/u.exec(text);
  if (m) {
    const part = PART_ORDINALS[m[1]!];
    const months = m[2] === 'halvåret' ? 6 : 3;
    if (!part || part * months > 12) return null; // "tredje halvåret" is no half of a year
    return { year: +m[3]!, month: (part - 1) * months + 1, day: null, precision: 'month', lastMonth: part * months };
  }
  m = /^(\d{4})$/.exec(text);
  if (m) return { year: +m[1]!, month: null, day: null, precision: 'year' };
  return null;
}

function valid(year: number, month: number, day: number): ReadDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD of a date as a period's first day (a year or month widens to its first day). */
export function asStart(d: ReadDate): string {
  return iso(d.year, d.month ?? 1, d.day ?? 1);
}

/** YYYY-MM-DD of a date as a period's last day (a year, a half, a quarter or a month widens to its last day). */
export function asEnd(d: ReadDate): string {
  const month = d.lastMonth ?? d.month ?? 12;
  return iso(d.year, month, d.day ?? daysInMonth(d.year, month));
}

/** The last day of a period of `years` years starting on `start` (YYYY-MM-DD). */
export function endAfterYears(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + years, m - 1, d));
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}

/** The number of a month written by name or abbreviation ("maj", "sept."): it read as a month of a year; undefined when it is none. */
export const monthOf = (name: string | undefined): number | null | undefined => readDate(`${name ?? ''} 2000`)?.month;

/** The day after a date (YYYY-MM-DD): where a period that follows one ending then starts. */
export function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The first day of a period of `years` years ending on `end` (YYYY-MM-DD): "tre år fram till den 31 december 2019" starts 2017-01-01. */
export function startBeforeYears(end: string, years: number): string {
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y - years, m - 1, d));
  first.setUTCDate(first.getUTCDate() + 1);
  return first.toISOString().slice(0, 10);
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
