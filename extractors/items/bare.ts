/**
 * Paragraph numbers whose "§" a transcript dropped. Text taken page by page from a protocol's PDF (docplayer,
 * 5dok and the like print a page's counter, its "3(43)" and then the page's lines run together) loses the
 * sign and keeps the number where the heading stood:
 *   "3 3(43) KSKF/2014:1 235 Val till kommunala uppdrag Beslut …"   (page marks, the case number, the §)
 *   "4 4(42) Ks 250 Anmälan om beslut enligt delegation …"           (the body's abbreviation, the §)
 *   "2 (10) 52 Dagordning Dagordningen godkändes …"                   (the page of ten, the §)
 *   "41 Ansökan om verksamhetsbidrag"                                 (a line of its own)
 * A bare number before a capitalised word could be anything — a page counter, a list's point, a count — so
 * a number is taken only where the meeting says it is one of its paragraphs: within the range its header
 * names ("Paragrafer 40-44"), or, where no range stands, as one of two or more that follow each other
 * (41 after 40). The caller asks for a meeting's text (its labels) before it reads any, and gives the range.
 */
import type { ParagraphHeading } from './headings.js';
import { FURNITURE } from '../doctype/furniture.js';

/** A page's marks before its first line: the counter, "3(43)", "(40)", "Sida 3 (41)", "[1]". */
const PAGE_MARK = String.raw`(?:\d{1,3}[ \t]+)?(?:Sida[ \t]+\d{1,3}[ \t]*|\d{1,3}[ \t]*)?[(\[]\d{1,3}[)\]][ \t]+`;
/** A case number standing before the paragraph's number: "KSKF/2014:1", "SN 2019/31", "Dnr KS 2019/31". */
const CASE_BEFORE = String.raw`(?:(?:Dnr|DNR)[ \t.:]*)?(?:[A-ZÅÄÖ]{1,6}[ \t]?[/-]?[ \t]?)?(?:19|20)\d{2}[/:.-]\d{1,6}(?:[/:.-]\d+)*[ \t]+`;
/**
 * The body's abbreviation before the number: "Ks 250", "KFN 12", "Kf 45"; after it the number may carry the
 * year's last two digits, as some kommuner number their paragraphs ("KS 121/16 Arrende …").
 */
const BODY_BEFORE = String.raw`[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4}[ \t]+(?=\d{1,4}(?:\/\d{2})?[ \t])`;
/**
 * The number, then the title's first word: capitalised, a word (not "Sida", a unit or a month's number),
 * the number neither a date's, a sum's nor a case number's part.
 */
const NUMBER_TITLE = String.raw`(\d{1,4})(?:\/\d{2}(?=[ \t]))?(?![\d/:.,-])[ \t]+(?=\p{Lu}\p{Ll})(?!Sida(?![\p{L}]))`;

/**
 * The label of a group of items a page may open with, before its first item: "Beslutsärenden",
 * "Diskussions- och informationsärenden", "Anmälningsärenden" ("4 4 (15) Diskussions- och informationsärenden 34
 * Unika historiska …").
 */
const GROUP_LABEL = String.raw`(?:\p{Lu}[\p{L}-]*[ \t]+och[ \t]+)?[\p{L}-]*ärenden[ \t]+`;
/** At a line's start, past its page marks (and a group's label after them) and a case number or the body's abbreviation. */
const AT_LINE_START = new RegExp(`^[ \\t]*(?:${PAGE_MARK}(?:${GROUP_LABEL})?)?(?:${CASE_BEFORE}|${BODY_BEFORE})?${NUMBER_TITLE}`, 'gmu');
/**
 * After a sentence's end in a line a page ran together: "… till handlingarna. Ks 251 Ordföranderemisser", "…
 * ersätts av Jennie Uller (L). 31 Godkännande av dagordning" (a party's letter in brackets closing it).
 */
const AFTER_SENTENCE = new RegExp(`(?<=(?:\\p{Ll}|\\((?:S|M|L|C|KD|SD|V|MP)\\))[.!?][ \\t]+)(?:${CASE_BEFORE}|${BODY_BEFORE})?${NUMBER_TITLE}`, 'gu');
/** A "/16" year after a number is taken only after the body's abbreviation. */
const YEAR_AFTER = /^\d{1,4}\/\d{2}/u;
/**
 * A heading that kept its sign inside a run-together line ("… Blad 5 § 174 Dnr 105/12-02 Ekonomiärenden",
 * "3 3(12) Kommunstyrelsen § 41 Ansökan om …"), OCR's "$" too: the sign, its number, then a title or the
 * case number.
 */
const SIGNED = /(?<=[ \t])\\?[§$][ \t]*(\d{1,4})(?![\d/:.,-])(?=[ \t]+(?:\p{Lu}\p{Ll}|Dnr|DNR))/gu;
/**
 * A citation of another meeting's paragraph: after a date, a comma, a bracket or a preposition, perhaps with
 * the body's abbreviation between ("i KS 2019-11-04, § 88", "och KF § 90", "(KS § 91").
 */
const CITATION_BEFORE =
  /(?:\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+\p{L}+[ \t]+\d{4}|[,(]|(?<![\p{L}])(?:enligt|i|se|till|från|under|och|kap\.?|lagen|beslut))(?:[ \t]*[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4}){0,2}[ \t]*$/u;

/** The longest a chain of numbers may take to follow on (a paragraph is seldom longer than a few pages). */
const CHAIN_REACH = 20_000;

type Candidate = ParagraphHeading & { signed?: true };

function candidates(text: string): Candidate[] {
  const counters = pageCounters(text);
  const found = new Map<number, Candidate>();
  for (const m of [...text.matchAll(AT_LINE_START), ...text.matchAll(AFTER_SENTENCE)]) {
    const numberAt = m.index + m[0].lastIndexOf(m[1]!, m[0].length - 1);
    if (counters.has(numberAt) || (YEAR_AFTER.test(text.slice(numberAt)) && !/\p{L}[ \t]+$/u.test(text.slice(m.index, numberAt)))) continue;
    const start = m.index + m[0].search(/\S/);
    found.set(numberAt, { value: `§ ${Number(m[1])}`, start, end: m.index + m[0].length });
  }
  const signed = [...text.matchAll(SIGNED)].filter((m) => !CITATION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)));
  // Two or more such headings in rising order are the meeting's paragraphs, whatever their numbers.
  const rising = signed.length >= 2 && signed.every((m, i) => i === 0 || Number(m[1]) > Number(signed[i - 1]![1]));
  for (const m of rising ? signed : []) {
    const numberAt = m.index + m[0].lastIndexOf(m[1]!);
    found.set(numberAt, { value: `§ ${Number(m[1])}`, start: m.index, end: m.index + m[0].length, signed: true });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

const numberOf = (h: ParagraphHeading) => Number(h.value.slice(2));

/** A block's first line: its number and what follows. */
const BLOCK_NUMBER = /(?<=^|\n[ \t]*\n)[ \t]*(\d{1,3})[ \t][^\n]*/gu;
/** A page's mark on a line: "3(43)", "(40)", "Sida 3". */
const PAGE_OF = /(?:\d[ \t]*|^|[ \t])[(\[]\d{1,3}[)\]]|(?<![\p{L}])Sida[ \t]+\d/u;

/**
 * A hosting site's page counters: the numbers that open its blocks, 1, 2, 3 … one after the other, in a
 * transcript (after the site's furniture) or beside the page's mark ("2 2(14)"). A page of a protocol
 * whose items were one a page would read so too; it is told apart by being no transcript.
 */
function pageCounters(text: string): Set<number> {
  const blocks = [...text.matchAll(BLOCK_NUMBER)];
  const first = blocks.findIndex((m) => m[1] === '1');
  if (first < 0) return new Set();
  const run = [blocks[first]!];
  for (const m of blocks.slice(first + 1)) {
    if (Number(m[1]) !== run.length + 1) break;
    run.push(m);
  }
  const before = text.slice(0, run[0]!.index).split('\n').map((line) => line.trim());
  const transcript = run.some((m) => PAGE_OF.test(m[0])) || before.some((line) => line !== '' && FURNITURE.test(line));
  return run.length >= 2 && transcript ? new Set(run.map((m) => m.index + m[0].search(/\d/))) : new Set();
}

/**
 * The bare paragraph headings of a meeting's text: those in its named range of paragraphs, or, with none
 * named, those with the number before or after them next to them in the text (40 then 41).
 */
export function bareHeadings(text: string, range: { low: number; high: number } | null): ParagraphHeading[] {
  const found = candidates(text);
  const follows = (a: ParagraphHeading | undefined, b: ParagraphHeading | undefined) =>
    a !== undefined && b !== undefined && numberOf(b) === numberOf(a) + 1 && b.start - a.start <= CHAIN_REACH;
  const taken = range
    ? found.filter((h) => h.signed || (numberOf(h) >= range.low && numberOf(h) <= range.high))
    : found.filter((h, i) => h.signed || follows(found[i - 1], h) || follows(h, found[i + 1]));
  return asContents(taken.map(({ value, start, end }) => ({ value, start, end })));
}

/**
 * A table of contents lists the items before they come: where the numbers start again lower and repeat
 * numbers listed before (120 … 124, then 121), those before are its entries.
 */
function asContents(headings: ParagraphHeading[]): ParagraphHeading[] {
  const restart = headings.findIndex((h, i) => i > 0 && numberOf(h) <= numberOf(headings[i - 1]!));
  if (restart < 0) return headings;
  const listed = new Set(headings.slice(0, restart).map(numberOf));
  if (!headings.slice(restart).some((h) => listed.has(numberOf(h)))) return headings;
  return headings.map((h, i) => (i < restart ? { ...h, entry: true } : h));
}
