/**
 * The date a document gives itself — a news page's publication date, a press release's dateline — which
 * dates what its text tells relative to it ("den 27 november", "i går", "på tisdagen"). Only a full date
 * counts in the text: a year alone ("under perioden 2020–2022") is no document's date. Failing one, the page's
 * address (the "# source: URL" line every document opens with) often carries its publication date
 * ("/2021-06-15-ideburet-…", "/2017/10/10/…", "/mote-2023-10-19") or at least its year and month ("/2019/05/…"):
 * a last resort, since a page may be moved or updated after it was first published. The one reader of a page's
 * date: period/page-date.ts asks here for the year and month too.
 */
import monthNames from '../lexicon/months.json' with { type: 'json' };
import words from '../lexicon/document-date.json' with { type: 'json' };
import { perText } from '../engine/memo.js';
import { firstNear, nearPattern, nonSpaceWithin } from '../engine/sticky.js';

const MONTHS: Record<string, number> = { ...monthNames.months, ...words.englishMonths };
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const YEAR = String.raw`((?:19|20)\d{2})`;
/**
 * A date written day, month and year in digits between dots, as on many pages and in PDFs: "10.05.2023", "1.2.2019"; not
 * a version or a section number ("1.2.3"), nor a clock time ("kl. 10.05"). Groups: day, month, year.
 */
export const DOTTED_DATE = String.raw`(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?!\d|\.\d)`;
/**
 * "2023-12-01", "2 februari 2022", "21 aug. 2013", "10 jan | 2017" (a dateline's separator), "22 november, 2015" (a blog's
 * byline, the English comma kept in Swedish), "Aug 21, 2013", "10.05.2023".
 */
const FULL_DATE = String.raw`(?<!\d)(?:${YEAR}-(\d{2})-(\d{2})|(\d{1,2})\s+(${MONTH})\.?,?\s+(?:[|•·]\s+)?${YEAR}|(${MONTH})\.?\s+(\d{1,2}),?\s+${YEAR}|${DOTTED_DATE})(?!\d)`;
/** A time of day the label may give before the date: "Publicerad 06:15, 15 feb 2021". */
const TIME_FIRST = String.raw`(?:\d{1,2}[:.]\d{2}(?!\d)[^\n\d]{0,10})?`;
/**
 * A label, then its date; tried only where a label stands (engine/sticky.ts eachMatchNear: every match starts with its label,
 * found by the labels alone), not its lookbehind at every offset of the text.
 */
const labelled = (labels: readonly string[]) => {
  const alternatives = labels.map((l) => l.replace(/ /g, '\\s+')).join('|');
  return nearPattern(new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])[^\\n\\d]{0,60}${TIME_FIRST}${FULL_DATE}`, 'giu'), new RegExp(alternatives, 'giu'), nonSpaceWithin(0));
};
const PUBLISHED = labelled(words.publishedLabels);
const UPDATED = labelled(words.updatedLabels);
const DATES = new RegExp(FULL_DATE, 'giu');
/** How far into the text (after a "# source:" line) an unlabelled date is still the document's dateline. */
const DATELINE_CHARS = 300;
/**
 * A dateline is a short line of its own ("2 februari 2022", "10 jan | 2017 · Nyheter", "2015-12-17 19:05"); a date
 * inside a sentence at the top of a short page is what the sentence tells ("gäller från 1 april 2022").
 */
const DATELINE_REST = 30;
const SENTENCE_WORDS = /(?<![\p{L}])(?:från|till|fr\.?o\.?m|t\.?o\.?m|mellan|gäller|under|perioden)(?![\p{L}])/iu;

function dateline(top: string): RegExpExecArray | null {
  for (const m of top.matchAll(DATES)) {
    const lineStart = top.lastIndexOf('\n', m.index) + 1;
    const lineEnd = top.indexOf('\n', m.index + m[0].length);
    const rest = top.slice(lineStart, m.index) + top.slice(m.index + m[0].length, lineEnd === -1 ? undefined : lineEnd);
    if (rest.trim().length <= DATELINE_REST && !SENTENCE_WORDS.test(rest) && !firstNear(UPDATED, top.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))) {
      return m as RegExpExecArray;
    }
  }
  return null;
}

const SOURCE_LINE = /^#\s*source:\s*(\S+)/u;
/**
 * A date as a path segment, its start or its end: "/2021-06-15-nyhet", "/2017/10/10/", "/20170110-", "/2019/05/" (year
 * and month), "/mote-2023-10-19", "/protokoll_2024-02-22.pdf". Not a number in a name: "/c2737260/", "/2024123-iop".
 */
const URL_DATE = /[/_-]((?:19|20)\d{2})(?:[-/]?(0[1-9]|1[0-2])(?:[-/]?(0[1-9]|[12]\d|3[01]))?)(?=[-/_.]|$)/u;

/** Where the document's date comes from: its own text, or only the address it was found at. */
export type DateSource = 'text' | 'source-url';

export interface DocumentDate {
  /** YYYY-MM-DD, or null when only the year and month are known (a source address "/2019/05/"). */
  value: string | null;
  year: string;
  /** MM, known whenever a date is; null when only the year is known (a title and an address closing on it). */
  month: string | null;
  source: DateSource;
}

/** An ISO date from a year, month and day as written in digits ("2023", "2", "8"). */
export function isoFromNumbers(year: number | string, month: number | string, day: number | string): string {
  const pad = (n: number | string) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An ISO date from a written day, month name and year ("27", "november", "2023"). */
export function isoFromWritten(day: string, month: string, year: string): string | null {
  const number = MONTHS[month.toLowerCase()];
  return number ? isoFromNumbers(year, number, day) : null;
}

function iso(m: RegExpExecArray, at: number): string | null {
  if (m[at]) return `${m[at]}-${m[at + 1]}-${m[at + 2]}`;
  if (m[at + 3]) return isoFromWritten(m[at + 3]!, m[at + 4]!, m[at + 5]!);
  if (m[at + 9]) return isoFromNumbers(m[at + 11]!, m[at + 10]!, m[at + 9]!);
  return isoFromWritten(m[at + 7]!, m[at + 6]!, m[at + 8]!);
}

const fromText = (value: string | null): DocumentDate | null =>
  value ? { value, year: value.slice(0, 4), month: value.slice(5, 7), source: 'text' } : null;

/** The date in the document's source address, if its path holds one. */
function sourceDate(text: string): DocumentDate | null {
  const url = SOURCE_LINE.exec(text)?.[1];
  const m = url ? URL_DATE.exec(url.replace(/^[a-z]+:\/\/[^/]+/iu, '')) : null;
  if (!m) return null;
  return { value: m[3] ? isoFromNumbers(m[1]!, m[2]!, m[3]) : null, year: m[1]!, month: m[2]!, source: 'source-url' };
}

/**
 * A slug that closes on a year ("/22-listan-pa-hur-bidragen-fordelas-2021?Itemid=101", "/bidrag_2019/"), also before the
 * page's file ending ("/ansokningar-och-utdelning-2023.html", "/bidrag-2019.aspx"), not on a range ("/iop-2020-2023") or a
 * number ("/c2021").
 */
const URL_YEAR = /(?<!\d)[-_]((?:19|20)\d{2})(?:\/|\.(?:html?|aspx?|php|jsp))?$/u;
/** The page's title: its first line of text after the "# source:" comment. */
const TITLE = /^(?:#[^\n]*\n|[ \t]*\n)*([^\n]*)/u;

/**
 * The year alone, where the page's address closes on it and its title names it (not as a range's end): "Så fördelas föreningsbidragen 2021" at
 * "/…-fordelas-2021". Either alone is what the page is about, not when it was written ("Bidrag 2021" published in 2020).
 */
function titleYear(text: string): DocumentDate | null {
  const url = SOURCE_LINE.exec(text)?.[1];
  const year = url ? URL_YEAR.exec(url.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/[?#].*$/u, ''))?.[1] : undefined;
  if (!year) return null;
  const title = TITLE.exec(text)?.[1] ?? '';
  return new RegExp(`(?<![\\d–-])${year}(?![\\d–-])`, 'u').test(title) ? { value: null, year, month: null, source: 'source-url' } : null;
}

/**
 * The document's own date: a labelled publication date anywhere, else a full date at its very top, else the
 * date its source address holds, else the date it was last updated, else the year its title and address close on, else
 * a dateline in its closing; or null.
 */
export const documentDate: (text: string) => DocumentDate | null = perText(readDocumentDate);

/** documentDate's reading, done once per text: the decision's prose and the period's page date both ask for it. */
function readDocumentDate(text: string): DocumentDate | null {
  const published = firstNear(PUBLISHED, text);
  if (published) return fromText(iso(published, 1));
  const body = text.replace(/^(?:#[^\n]*\n)+/, '');
  const top = dateline(body.slice(0, DATELINE_CHARS));
  if (top) return fromText(iso(top, 1));
  const updated = firstNear(UPDATED, text);
  return sourceDate(text) ?? (updated ? fromText(iso(updated, 1)) : null) ?? titleYear(text) ?? closingDate(body);
}

/**
 * A letter's or an opinion piece's date in its closing, a line of its own above or among the signatures ("2016-12-14" over
 * "Elisabeth Eriksson och David Parhans"): the date the writers sent it. A last resort, as the page's foot may hold other dates.
 */
function closingDate(body: string): DocumentDate | null {
  const foot = dateline(body.slice(-DATELINE_CHARS));
  return foot ? fromText(iso(foot, 1)) : null;
}
