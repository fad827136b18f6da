/**
 * The shapes of Swedish case numbers (diarienummer) as named data. A case number is an upper-case series
 * prefix (the registering body: KS, RS, ASN, IF …), a year and a serial number, joined in the house style of
 * the municipality. Each form's examples and counter-examples are tests in patterns.test.ts.
 *
 * A PDF line break may fall right after a hyphen or slash ("ASN-\n2019-9502"): the forms allow it and
 * normalise() removes it.
 */
import words from '../lexicon/case-number-words.json' with { type: 'json' };
import { nearPattern, nonSpaceWithin } from '../engine/sticky.js';

export interface CaseNumberForm {
  name: string;
  /** Regex source; matched with the `u` flag, bounded by non-alphanumerics on both sides. */
  source: string;
  /** Prior that a bare (unlabelled) match is a case number; a label raises it to LABELLED_STRENGTH. */
  bareStrength: number;
  /**
   * A piece of `source` every match holds (the separators around its year), tested once on a text before the form is
   * searched for there: the form is tried at every capital letter of a text, and most texts hold none of these pieces.
   */
  holds?: string;
}

const PREFIX = String.raw`[A-ZÅÄÖ]{1,6}`;
const YEAR = String.raw`(?:19|20)\d{2}`;
/** A hyphen or slash, possibly followed by a line break (hard-wrapped PDF text). */
const HYPHEN = String.raw`-(?:[ \t]*\n[ \t]*)?`;
const SLASH = String.raw`\/(?:[ \t]*\n[ \t]*)?`;
/** Between a series prefix and its year: nothing, a space, a hyphen ("KS-2023/123"), or a line break ("Dnr KS\n2019/1452"). */
const PREFIX_GAP = String.raw`(?: ?|-|[ \t]*\n[ \t]*)`;
/** A serial that is not just another year ("IOP 2025-2028" is a period, not a case number). */
const SERIAL = String.raw`(?!${YEAR}(?![\d\/]))\d{1,6}`;
/** A filing-plan class set off by a spaced dash, as some registers print it: "2022/345 - 1.4.3" (dotted, so no sum or year). */
const SPACED_CLASS = String.raw`[ \t][-–][ \t]\d{1,2}(?:\.\d{1,2})+`;

export const CASE_NUMBER_FORMS: readonly CaseNumberForm[] = [
  // ASN-2021-6250, IF-2023-00256, KSN-2016-1422
  { name: 'prefix-year-serial', source: `${PREFIX}${HYPHEN}${YEAR}${HYPHEN}${SERIAL}(?![-\\d])`, bareStrength: 0.9, holds: String.raw`-(?:[ \t]*\n[ \t]*)?(?:19|20)\d{2}-` },
  // RS 2024/947, KS 2018/124, NIF 2023/00291- 1.5.2, KN2026/00741, A2013/4839/ARM, KS-2023/123
  {
    name: 'prefix-year/serial',
    source: `${PREFIX}${PREFIX_GAP}${YEAR}${SLASH}\\d{1,6}(?:\\/${PREFIX}(?![\\p{L}])|-\\s?\\d+(?:\\.\\d+)*|${SPACED_CLASS})?(?![\\d:])`,
    bareStrength: 0.85,
  },
  // 2023/KS 0362, 2021/KFN 0002 001 (with its filing-plan class after a space, as registers that write the year first
  // print it); a two-letter prefix at least: "2004/C 13" is an EU journal reference
  { name: 'year/prefix-serial', source: `${YEAR}\\/[A-ZÅÄÖ]{2,6} ?\\d{2,6}(?:[ \\t]\\d{2,3}(?![\\d.,:\\/-]|\\s*(?:kr|kronor|st|%)))?`, bareStrength: 0.8 },
  // 2014/687-BaUN-019: a year, a serial, the body's series in mixed case and a filing-plan class
  { name: 'year/serial-series-class', source: `${YEAR}\\/\\d{1,6}-[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7}-\\d{1,4}(?![-\\d])`, bareStrength: 0.75 },
  // KSKF/2014:1, KS/2016:7, KF/2006.366; with the number of a document in the case after a hyphen, KS/2012:628-805
  // (not a range into another year: "KS/2012:628-2013")
  { name: 'prefix/year:serial', source: `${PREFIX}\\/ ?${YEAR}[:.]\\d{1,6}(?:-(?!${YEAR}(?!\\d))\\d{1,6})?(?![\\d.-])`, bareStrength: 0.85, holds: String.raw`\/ ?(?:19|20)\d{2}[:.]\d` },
  // KS/2023/123, BUN/2021/0456: the series, year and serial all joined by slashes (not "EU/2016/679", an excluded series)
  { name: 'prefix/year/serial', source: `${PREFIX}\\/${YEAR}\\/\\d{1,6}(?![\\d\\/.:]|-\\d)`, bareStrength: 0.85, holds: String.raw`\/(?:19|20)\d{2}\/\d` },
  // RS/1234/2019, SN/45/2022: the serial before the year, a two-letter series at least (not a date "12/05/2019", nor
  // "A/12/2019")
  { name: 'prefix/serial/year', source: `[A-ZÅÄÖ]{2,6}\\/\\d{1,6}\\/${YEAR}(?![\\d\\/.:]|-\\d)`, bareStrength: 0.8 },
  // KS 2023:123, SN 2022:45 (a space before the year; statute collections "SFS 2001:453", "SOSFS 2011:9", "AFS 2001:1",
  // "LOU 2016:1145" are excluded series, and a one-digit serial is left to a label)
  { name: 'prefix year:serial', source: `${PREFIX} ${YEAR}:\\d{2,6}(?![\\d.:\\/])`, bareStrength: 0.75, holds: String.raw` (?:19|20)\d{2}:\d` },
  // KS.2021.123, BUN.2020.0456: the series, year and serial joined by full stops (not "KF.2019.06.11", a dotted date)
  { name: 'prefix.year.serial', source: `${PREFIX}\\.${YEAR}\\.\\d{2,6}(?!\\d|\\.\\d)`, bareStrength: 0.8, holds: String.raw`\.(?:19|20)\d{2}\.\d` },
  // Ks2019/0123, Kfn2021/045: a capitalised series run into its year, a serial of three digits at least (not a term
  // "Vt2019/20", "Ht2021/22"; a spaced "Ks 2019/0123" is read only after a label)
  { name: 'Prefixyear/serial', source: `[A-ZÅÄÖ][a-zåäö]{1,3}${YEAR}\\/\\d{3,6}(?![\\d\\/:])`, bareStrength: 0.75 },
  // SN 2021.045 (not "KF 2019.06.11", a body and a dotted date)
  { name: 'prefix-year.serial', source: `${PREFIX} ?${YEAR}\\.\\d{2,6}(?!\\d|\\.\\d)`, bareStrength: 0.8, holds: String.raw`(?:19|20)\d{2}\.\d\d` },
  // Ks 2021/00123, Kfn 2021/045: a series written capitalised only, then a space (a capitalised word before a year is
  // mostly no series: "År 2019/123", "Mål 2019/1234", a month); the serial three digits at least and not a year
  {
    name: 'Prefix year/serial',
    source: `(?!(?:${words.capitalisedNotSeries.join('|')}) )[A-ZÅÄÖ][a-zåäö]{1,2} ${YEAR}\\/(?!${YEAR}(?!\\d))\\d{3,6}(?![\\d\\/:]|[.,]\\d)`,
    bareStrength: 0.65,
  },
  // RD21/00988, KS19/123 (a two-digit year run into the prefix; not "A13/2019", a serial and a year)
  { name: 'prefixyy/serial', source: `${PREFIX}\\d{2}\\/(?!${YEAR}(?!\\d))\\d{3,6}(?![\\d\\/])`, bareStrength: 0.7, holds: String.raw`[A-ZÅÄÖ]\d{2}\/\d` },
  // KS 21/123, SN-19/0456: a two-digit year after the series and a space or hyphen, a serial of three digits at least
  // (not a term "VT 21/22", nor "läsåret 21/22")
  { name: 'prefix yy/serial', source: `[A-ZÅÄÖ]{2,6}[ -]\\d{2}\\/(?!${YEAR}(?!\\d))\\d{3,6}(?![\\d\\/:]|[.,]\\d)`, bareStrength: 0.65, holds: String.raw`[A-ZÅÄÖ][ -]\d{2}\/\d` },
  // KS 2016-254/322, KS 2019-123 (not "KF 2019-06-11", a body and a date)
  { name: 'prefix-year-serial/serial', source: `${PREFIX} ${YEAR}-${SERIAL}(?:\\/\\d{1,6})?(?![-\\d])`, bareStrength: 0.7, holds: String.raw`[A-ZÅÄÖ] (?:19|20)\d{2}-\d` },
  // 2010-KS0119 (Falkenberg: a year, then the series run into its serial); not a date ("2024-05-06")
  { name: 'year-prefixserial', source: `${YEAR}-[A-ZÅÄÖ]{2,4}\\d{3,6}(?![-\\d\\/])`, bareStrength: 0.7 },
  // 2014/0394 KS-2 (a year and serial, then the registering series and its part after a space, as some registers print it);
  // not "2014/0394 KS 2" (the series without its part) nor "2022/23 SV-1" (a school year)
  { name: 'year/serial series-part', source: `${YEAR}\\/\\d{3,6} [A-ZÅÄÖ]{2,6}-\\d{1,3}(?![-\\d\\/])`, bareStrength: 0.7 },
  // 2002/018-71, 2024/123-1.4.2, 2022/345 - 1.4.3 (a serial and its filing-plan class)
  { name: 'year/serial-part', source: `${YEAR}\\/\\d{2,6}(?:-\\d{1,4}(?:\\.\\d{1,2})*|${SPACED_CLASS})(?![-\\d])`, bareStrength: 0.6 },
  // 3.1-4788-2026, 3.1.1-123/2023 (a filing-plan class, a serial and a year)
  { name: 'class-serial-year', source: `\\d{1,2}(?:\\.\\d{1,2})+-\\d{1,6}[-/]${YEAR}(?!\\d)`, bareStrength: 0.5 },
];

/**
 * Any number-like token after a label, of unknown house style: digits first ("123/19", "3.1.1-123/2023")
 * or a letter prefix and then digits ("N132-0234/22", "SN 12/2019", "KS.2020.123"); the prefix also as some registers
 * write it, capitalised only ("Dnr Ks 2023/123", "Dnr Kfn 2021/45").
 */
export const LABELLED_GENERIC = String.raw`(?:(?:[A-ZÅÄÖ]{1,8}|[A-ZÅÄÖ][a-zåäö]{1,3})[ .\/:-]?)?\d[\dA-ZÅÄÖ.\/:-]*`;

export const LABELLED_STRENGTH = 0.95;
export const LABELLED_GENERIC_STRENGTH = 0.8;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = (labels: readonly string[]) =>
  [...labels].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * A label and the separator after it (colon, full stop, spaces, a line break, or two around a blank line: a table's
 * label cell above its value cell, "Diarienummer\n\nKS 2023/123").
 */
const labelSource = (labels: readonly string[]) =>
  String.raw`(?<![\p{L}\d])(?:${alternatives(labels)})(?![\p{L}])[ \t]*[:.]?[ \t]*(?:\n[ \t]*){0,2}`;

/**
 * Each label pattern tried only where one of its labels stands (engine/sticky.ts eachMatchNear: every match starts with its
 * label, found by the labels alone): the lookbehind tried at every offset of the text costs more than the search for the labels.
 */
const labelNear = (labels: readonly string[]) =>
  nearPattern(new RegExp(labelSource(labels), 'giu'), new RegExp(alternatives(labels), 'giu'), nonSpaceWithin(0));

export const LABELS = {
  own: labelNear(words.ownLabels),
  weak: labelNear(words.weakLabels),
  ref: labelNear(words.refLabels),
};

const NOT_CASE_NUMBER_PREFIXES = new Set(words.notCaseNumberPrefixes);

/** Bounded so that "XASN-2021-6250" or "2021-62501" do not match inside a longer token. */
export const boundedForm = (form: CaseNumberForm, flags = 'gu') =>
  new RegExp(`(?<![\\p{L}\\d\\/-])(?:${form.source})(?![\\p{L}])`, flags);

/** The series prefix of a match ("SOU" of "SOU 2019:56"), upper-cased, or null for a prefixless form. */
function prefixOf(value: string): string | null {
  return /^\p{L}+/u.exec(value)?.[0].toUpperCase() ?? null;
}

/** Statute collections (författningssamlingar) end in "FS": SOSFS, AFS, BFS, SKOLFS, HSLF-FS, MSBFS. */
const STATUTE_COLLECTION = new RegExp(`[A-ZÅÄÖ]${words.statuteCollectionEnding}$`, 'u');

export function isExcludedSeries(value: string): boolean {
  const prefix = prefixOf(value);
  return prefix !== null && (NOT_CASE_NUMBER_PREFIXES.has(prefix) || STATUTE_COLLECTION.test(prefix));
}

/** Written as in the text with whitespace normalised: a line break after a hyphen or slash goes. */
export function normalise(value: string): string {
  return value
    .replace(/([-/])[ \t]*\n\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Case numbers that differ only in spacing or case are the same number. */
export const caseNumberKey = (value: string) => value.replace(/\s+/g, '').toUpperCase();
