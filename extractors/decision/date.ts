/**
 * The meeting date. A label that names the meeting ("Sammanträdesdatum 2024-05-06") is the strongest; a
 * protocol's "Datum" in its header (or a date alone there, before the first §) is the meeting's date too (a tjänsteskrivelse's "Datum" is the date it
 * was written, not the meeting's); a front-matter block of meeting documents ("organ: ga / datum: 2025-06-18")
 * gives the date of the meeting the document was put before, and so does the addressee line of a
 * tjänsteutlåtande ("Till Socialnämnden 2023-03-21"); an excerpt's stamp at the top ("Kommunstyrelsen
 * 2023-11-27 § 245") dates the meeting it comes from.
 */
import words from '../lexicon/decision-words.json' with { type: 'json' };
import { paragraphHeadings } from '../items/headings.js';
import { DOTTED_DATE, isoFromNumbers, isoFromWritten } from './document-date.js';
import { atLiteral, firstNear, nearPattern } from '../engine/sticky.js';
import { MONTH_WORDS } from '../period/dates.js';

export interface DateMention {
  value: string;
  rule: string;
  strength: number;
  start: number;
  end: number;
}

const ISO = String.raw`((?:19|20)\d{2})-(\d{2})-(\d{2})`;
const WRITTEN = String.raw`(\d{1,2})\s+(${MONTH_WORDS})\.?\s+((?:19|20)\d{2})`;
/** "2024-05-06", "6 maj 2024", "06.05.2024" (document-date.ts: DOTTED_DATE). */
const DATE = `(?:${ISO}|${WRITTEN}|${DOTTED_DATE})`;
/** The same date without its groups, for the patterns of other modules ("har den 15 mars 2022 beslutat" in parties/organ.ts). */
export const DATE_TEXT = DATE.replace(/\((?!\?)/gu, '(?:');

const labels = (list: readonly string[]) => list.map((l) => l.replace(/ /g, '\\s+')).join('|');
/** A label, then within the next two lines a date. */
/** Between a label and its date on the same line: words, a clock time or a room number ("kl. 13.00–15.00, sal 3, 2023-11-27"). */
const LABEL_LINE = String.raw`(?:[^\n\d]|\d{1,2}[.:]\d{2}|\d{1,2}(?![\d.:\s]))`;
/** The label of the protocol's signing, not its meeting: "Justeringens plats och tid", "Tid och plats för justering". */
const NOT_JUSTERING_BEFORE = String.raw`(?<!justering(?:ens)?\s+)`;
const NOT_JUSTERING_AFTER = String.raw`(?!\s+för\s+justering)`;
/** Not the meeting where a motion was raised: "Britt Björneke (V) väckte vid kommunfullmäktiges sammanträde den 10 december 2012 motionen". */
const NOT_RAISED_BEFORE = String.raw`(?<!(?:väckt|väckte|väcktes|väckts|lämnade|lämnades|ställde|ställdes)\s+(?:vid|på|under)\s+(?:\p{L}+\s+)?)`;
/**
 * Tried only where a label stands (engine/sticky.ts eachMatchNear: every match starts with its label, found by the labels
 * alone): its lookbehinds tried at every offset of the text cost more than the search for the labels.
 */
export const MEETING_LABEL_NEAR = nearPattern(
  new RegExp(`(?<![\\p{L}])${NOT_JUSTERING_BEFORE}${NOT_RAISED_BEFORE}(?:${labels(words.meetingDateLabels)})(?![\\p{L}])${NOT_JUSTERING_AFTER}${LABEL_LINE}{0,60}(?:\\n[^\\n\\d]{0,60}){0,2}${DATE}`, 'giu'),
  new RegExp(labels(words.meetingDateLabels), 'giu'),
  atLiteral,
);
const DATUM_LABEL = new RegExp(`(?<![\\p{L}])datum(?![\\p{L}])[ \\t:]*(?:\\n[ \\t]*)?${DATE}`, 'iu');
/** The addressee and meeting of a tjänsteskrivelse: "Till\nSocialnämnden\n2023-03-21" (not "Till X Datum …", the date written). */
const ADDRESSEE_MEETING = new RegExp(`(?<![\\p{L}])Till[ \\t]*:?[ \\t]*\\n?[ \\t]*\\p{Lu}(?:(?![Dd]atum)[^\\n\\d]){2,60}\\n?[ \\t]*${DATE}`, 'u');
/** "datum: 2025-06-18" in a block of "key: value" lines at the very top (after a "# source" comment). */
const FRONT_MATTER_DATE = new RegExp(`^(?:#[^\\n]*\\n|[ \\t]*\\n)*(?:[a-zåäö_]+:[^\\n]*\\n)*datum:[ \\t]*${ISO}`, 'u');

/**
 * A protocol stamp at the top of an excerpt or a decision page: a body, its meeting date and the §, on a line
 * of their own ("Kommunstyrelsen 2023-11-27 § 245", "Socialnämnden, 27 november 2023, § 112", "KS 2023-11-27 § 245").
 */
const STAMP = new RegExp(`^[ \\t]*\\p{L}[\\p{L} &.-]{1,60}?[ \\t]*,?[ \\t]+${DATE}[ \\t]*,?[ \\t]*§{1,2}[ \\t]*\\d{1,4}[ \\t]*$`, 'mu');

export const STAMP_RULE = 'protocol stamp';

/**
 * An officer's report's planning of the decision, under its own label ("Beslutsplanering" / "Fritidsnämndens
 * ordförandeberedning 2019-11-26 Fritidsnämndens Arbetsutskott 2019-12-05" / "Fritidsnämnden 2019-12-12"): each
 * line a body preparing or deciding the matter and its meeting date, the last the meeting that decides it. The
 * block — the label's line, then lines that each hold a date, blank lines between them — ends at its first line
 * without a date (the next heading: "Ärendet", "Beslutet skickas till"). A PDF's reading may run the first bodies onto
 * the label's line ("Beslutsplanering ASN presidieberedning 2021-06-02 Arbetsmarknads- och socialnämndens").
 */
const DATED_LINE = `[^\\n]*?${DATE_TEXT}[^\\n]*(?:\\n|$)`;
const PLANNING_BLOCK = new RegExp(`[ \\t]*Beslutsplanering[ \\t]*:?(?:[ \\t]*\\n|${DATED_LINE})(?:[ \\t]*\\n|${DATED_LINE})*`, 'uy');
const DATES = new RegExp(DATE, 'gu');

function plannedMeeting(text: string): DateMention | null {
  const label = text.indexOf('Beslutsplanering');
  if (label < 0) return null;
  PLANNING_BLOCK.lastIndex = text.lastIndexOf('\n', label) + 1;
  const block = PLANNING_BLOCK.exec(text);
  const last = block ? [...block[0].matchAll(DATES)].at(-1) : undefined;
  if (!block || !last) return null;
  last.index += block.index;
  return mention(last as RegExpExecArray, 'planned meeting', DATE_STRENGTHS.addressee);
}

/** A clock time after a date ("2015-12-17 19:05") stamps a web page's publication, not a meeting. */
const TIMESTAMP = String.raw`[ \t]+\d{1,2}:\d{2}`;

/** How far into a protocol its header runs. */
const HEADER_CHARS = 400;

export const DATE_STRENGTHS = { meetingLabel: 0.9, protocolHeader: 0.85, protocolHeaderUnlabelled: 0.7, stamp: 0.8, addressee: 0.7, frontMatter: 0.6 } as const;

export function meetingDate(text: string, isProtocol: boolean): DateMention | null {
  const labelled = firstNear(MEETING_LABEL_NEAR, text);
  if (labelled) return mention(labelled, 'meeting-date label', DATE_STRENGTHS.meetingLabel);
  if (isProtocol) {
    const headerText = text.slice(0, Math.min(HEADER_CHARS, itemStart(text)));
    const header = DATUM_LABEL.exec(headerText);
    if (header) return mention(header, 'protocol header date', DATE_STRENGTHS.protocolHeader);
    const unlabelled = new RegExp(`${DATE}(?!${TIMESTAMP})`, 'u').exec(headerText);
    if (unlabelled) return mention(unlabelled, 'protocol header date without label', DATE_STRENGTHS.protocolHeaderUnlabelled);
  }
  // Only at the top: further down, a stamp line lists an earlier decision among the documents of the matter.
  const stamp = STAMP.exec(text.replace(/^#[^\n]*/u, (line) => ' '.repeat(line.length)).slice(0, HEADER_CHARS));
  if (stamp) return mention(stamp, STAMP_RULE, DATE_STRENGTHS.stamp);
  const addressee = ADDRESSEE_MEETING.exec(text);
  if (addressee) return mention(addressee, 'addressee meeting date', DATE_STRENGTHS.addressee);
  const planned = plannedMeeting(text);
  if (planned) return planned;
  const front = FRONT_MATTER_DATE.exec(text);
  return front ? mention(front, 'front-matter date', DATE_STRENGTHS.frontMatter) : null;
}

/**
 * Where the protocol's item begins, and its header ends: at its § heading — the last of those bearing the first
 * heading's number, since a page's title may repeat the item's heading above the header ("KFN § 45 FUNKISAM" /
 * "SAMMANTRÄDESPROTOKOLL" / "Kultur- och fritidsnämnden" / "2008-04-15" / "KFN § 45").
 */
function itemStart(text: string): number {
  const headings = paragraphHeadings(text);
  const first = headings[0];
  return first ? headings.filter((h) => h.value === first.value).at(-1)!.start : Infinity;
}

/** Where in a match its date stands: the last date in it (a label or a body comes before, a § may follow). */
const DATE_IN_MATCH = /(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})/gu;

/** The ISO value of a match of DATE, its groups from `at`: ISO, written, dotted. */
function isoOf(m: RegExpExecArray, at = 1): string | null {
  if (m[at]) return `${m[at]}-${m[at + 1]}-${m[at + 2]}`;
  if (m[at + 3]) return isoFromWritten(m[at + 3]!, m[at + 4]!, m[at + 5]!);
  return m[at + 6] ? isoFromNumbers(m[at + 8]!, m[at + 7]!, m[at + 6]!) : null;
}

function mention(m: RegExpExecArray, rule: string, strength: number, at = 1): DateMention {
  // WRITTEN only matches the lexicon's month names, so the written date always converts.
  const value = isoOf(m, at)!;
  const date = [...m[0].matchAll(DATE_IN_MATCH)].at(-1)!;
  const start = m.index + date.index;
  return { value, rule, strength, start, end: start + date[0].length };
}

/** A § as a stamp or label writes it ("§117", "§§ 12") at `start`: the value "§ 117", the span the written one. */
const paragraphWritten = (written: string, start: number) => ({ value: `§ ${written.replace(/^§+[ \t]*/u, '')}`, start, end: start + written.length });

/**
 * A news page's citation of the meeting it reports, on a line of its own under its source label, often at the page's
 * end: "Källa: Socialnämnden, 18 november 2025, § 124.", "Relevanta källor\n-\nKultur- och fritidsnämnden, 9 december
 * 2025, § 104". Not a stamp without the label (a list of earlier decisions among a matter's documents).
 */
const CITATION_LINE = new RegExp(
  `^[ \\t]*(?:(?:Relevanta[ \\t]+)?[Kk]äll(?:a|or)[ \\t]*:[ \\t]*|[-–•*][ \\t]*)?(\\p{L}[\\p{L} &.-]{1,60}?)[ \\t]*,[ \\t]+(${DATE_TEXT})[ \\t]*,[ \\t]*(§{1,2}[ \\t]*\\d{1,4})[ \\t]*\\.?[ \\t]*$`,
  'gmu',
);
/** The label, on the citation's line or on one of the lines just above it. */
const SOURCE_LABEL = /(?<![\p{L}])(?:Relevanta[ \t]+)?[Kk]äll(?:a|or)(?![\p{L}])[^\n]*(?:\n[^\n]*){0,2}$/u;

export interface SourceCitation {
  /** The body as the citation writes it ("Kultur- och fritidsnämnden"). */
  body: { text: string; start: number; end: number };
  date: DateMention;
  paragraph: { value: string; start: number; end: number };
}

export const CITATION_RULE = 'source citation';

export function sourceCitation(text: string): SourceCitation | null {
  for (const m of text.matchAll(CITATION_LINE)) {
    const lineStart = m.index;
    if (!SOURCE_LABEL.test(text.slice(Math.max(0, lineStart - 200), lineStart + m[0].indexOf(m[1]!)))) continue;
    const dateAt = lineStart + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    const date = new RegExp(DATE, 'u').exec(m[2]!)!;
    const value = isoOf(date);
    if (!value) continue;
    const bodyStart = lineStart + m[0].indexOf(m[1]!);
    const paraAt = lineStart + m[0].lastIndexOf(m[3]!);
    return {
      body: { text: m[1]!, start: bodyStart, end: bodyStart + m[1]!.length },
      date: { value, rule: CITATION_RULE, strength: DATE_STRENGTHS.stamp, start: dateAt, end: dateAt + m[2]!.length },
      paragraph: paragraphWritten(m[3]!, paraAt),
    };
  }
  return null;
}

/**
 * A rule document's adoption line in its header, the participle as a label: "Antagen: 2009-10-26 §117", "Fastställd
 * 2020-04-08, § 12", "Antaget av kommunfullmäktige den 6 maj 2024 § 45", "Beslutad: 06.05.2024", capitalised as a
 * label is (also after another header field on its line: "Gäller från: 2010-01-01 Antagen: 2009-10-26 §117"). The document was
 * adopted then, under that §. Not the participle in a sentence ("Riktlinjen är antagen"), nor a date a period runs from
 * ("Gäller från: 2010-01-01"), nor a later change ("Reviderad 2015-03-02").
 */
const ADOPTION_LINE = new RegExp(
  `(?<![\\p{L}\\d])(?:Antagen|Antaget|Antagna|Fastställd|Fastställt|Fastställda|Beslutad|Beslutat)(?:[ \\t]+(?:av|i)[ \\t]+([^\\n\\d:§]{2,60}?))?[ \\t]*:?[ \\t]*(?:den[ \\t]+)?${DATE}(?:[ \\t]*,?[ \\t]*(§{1,2}[ \\t]*\\d{1,4}))?(?![\\d\\p{L}])`,
  'u',
);
/** How far into a document its header runs, where an adoption line stands. */
const ADOPTION_HEADER_CHARS = 600;

export const ADOPTION_RULE = 'adoption line';

export interface AdoptionLine {
  date: DateMention;
  paragraph: { value: string; start: number; end: number } | null;
  /** The body after "av", as written ("kommunfullmäktige"), or null. */
  body: { text: string; start: number; end: number } | null;
}

export function adoptionLine(text: string): AdoptionLine | null {
  const m = ADOPTION_LINE.exec(text.slice(0, ADOPTION_HEADER_CHARS));
  if (!m) return null;
  const date = mention(m, ADOPTION_RULE, DATE_STRENGTHS.stamp, 2);
  const para = m[11];
  const paraAt = para ? m.index + m[0].lastIndexOf(para) : -1;
  const bodyText = m[1]?.trim();
  const bodyAt = bodyText ? m.index + m[0].indexOf(bodyText) : -1;
  return {
    date,
    paragraph: para ? paragraphWritten(para, paraAt) : null,
    body: bodyText ? { text: bodyText, start: bodyAt, end: bodyAt + bodyText.length } : null,
  };
}
