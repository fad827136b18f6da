/**
 * Own or reference: this matter's number stands in the header or a label line ("§ 3   Dnr IF-2023-00256",
 * "Ärendenummer: RS 2024/947", a number alone under the title); an earlier decision's number is cited inside
 * running text, usually in parentheses ("… med möjlighet till förlängning 1+1 år (GYVF-2015-4220).").
 */
import words from '../lexicon/case-number-words.json' with { type: 'json' };
import type { Mention } from './mentions.js';
import { PARAGRAPH_HEADING, TRAILING_SIGN_HEADING } from '../items/headings.js';
import { lineBounds } from '../engine/lines.js';

export type Role = 'own' | 'ref';

/** A line with this many running-text words (lower-case words) around the number is prose, not a header. */
const PROSE_WORDS = 3;

/** Words that cite another matter right before an unlabelled number: "Se tidigare beslut KS 2021/88". */
const CITING_WORDS = new Set(words.citingWords);
/** How many words before an unlabelled number are looked at for a citing word. */
const CITING_REACH = 3;

/** An unlabelled number a citing word stands right before on its line ("Se tidigare beslut KS 2021/88"). */
function citedBefore(text: string, mention: Pick<Mention, 'start'>): boolean {
  const before = text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start);
  return before
    .split(/[\s,;:(]+/)
    .filter(Boolean)
    .slice(-CITING_REACH)
    .some((w) => CITING_WORDS.has(w.toLocaleLowerCase('sv')));
}

/**
 * An unlabelled number that closes a clause of running text ("… beslutade om riktlinjer för IOP, KS 2019/123."): the
 * punctuation after it and the prose before it make it a citation, wherever the line stands. A letterhead's number
 * ends its line without a full stop.
 */
function endsProseClause(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  return /^[.,;](?:\s|$)/u.test(text.slice(mention.end, mention.end + 2)) && proseWordsAround(text, mention) >= PROSE_WORDS;
}

/**
 * A field line that names an earlier matter before its label: "Tidigare kontraktnummer avtalsförlängningen: Dnr HV2021/549",
 * "Föregående avtal, dnr KS 2019/12". Its first word says the number is an earlier one's; few words stand before the number
 * (a field, not a sentence that goes on about this matter: "Tidigare har nämnden beslutat om bidrag, och nu …").
 */
const EARLIER_FIELD = new RegExp(`^[ \\t]*(?:${words.earlierFieldWords.join('|')})(?![\\p{L}])`, 'iu');
const EARLIER_FIELD_WORDS = 6;
function earlierField(text: string, mention: Pick<Mention, 'start'>): boolean {
  const before = text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start);
  return EARLIER_FIELD.test(before) && countWordsIn(before) <= EARLIER_FIELD_WORDS && !/\p{L}[.!?](?:\s|$)/u.test(before);
}

export function roleOf(text: string, mention: Mention): Role {
  if (mention.label === 'ref') return 'ref';
  if (mention.label !== null && earlierField(text, mention)) return 'ref';
  if (insideParentheses(text, mention.start)) return ownInParentheses(text, mention) ? 'own' : 'ref';
  if (headsRunTogetherHeader(text, mention) || opensDocument(text, mention) || namesThisMatter(text, mention) || onItemHeading(text, mention)) return 'own';
  if (citesDecision(lineAround(text, mention))) return 'ref';
  if (mention.label === null && (citedBefore(text, mention) || endsProseClause(text, mention))) return 'ref';
  if (inLetterhead(text, mention)) return 'own';
  return proseWordsAround(text, mention) >= PROSE_WORDS ? 'ref' : 'own';
}

/**
 * A line that cites an earlier decision: a date followed by its paragraph ("Kommunfullmäktige 2019-06-11,
 * § 87, dnr KS 2019/123"), or a date beside the running-text words "beslut" or "protokoll" ("enligt
 * kommunstyrelsens beslut 2019-06-11"). A header line carries its own "§ 3" before any date, and a
 * capitalised "Beslut" or "PROTOKOLL" there is the document's title.
 */
function citesDecision(line: string): boolean {
  if (/(?:19|20)\d{2}-\d{2}-\d{2},?\s*§/.test(line)) return true;
  return /(?:19|20)\d{2}-\d{2}-\d{2}/.test(line) && /(?<![\p{L}])(?:beslut|protokoll)(?![\p{L}])/u.test(line);
}

/**
 * A sentence that gives the matter its number: "Ärendet har diarienummer KS 2023/123", "Detta ärende har dnr SN 2022/45",
 * "Ärendets diarienummer är RS 2024/947". Not an earlier matter's ("i ärendet med diarienummer 0193/15", "Ärendet
 * hänvisar till dnr KS 2019/88").
 */
const OWN_LABEL = words.ownLabels.map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]+')).join('|');
const THIS_MATTER = new RegExp(
  String.raw`(?:^|[.!?][ \t]+|\n[ \t]*)(?:Ärendet[ \t]+har|Detta[ \t]+ärende[ \t]+har|Ärendets[ \t]+(?:${OWN_LABEL})[ \t]+är)[ \t]+(?:${OWN_LABEL})?[ \t]*:?[ \t]*$`,
  'iu',
);
function namesThisMatter(text: string, mention: Pick<Mention, 'start'>): boolean {
  return THIS_MATTER.test(text.slice(Math.max(0, mention.start - 80), mention.start));
}

/** A protocol item's heading line: "§ 45", "KS § 45", "45 §" opening the line (items/headings.ts). */
const ITEM_HEADING = [PARAGRAPH_HEADING, TRAILING_SIGN_HEADING].map((r) => new RegExp(r.source, 'u'));
/** Words an item's title may run to before its number: a heading, not the item's text run on after it. */
const ITEM_TITLE_WORDS = 16;

/**
 * A number on a protocol item's heading line, before or after the item's title: "§ 45 Dnr KS 2021/88 Ansökan om bidrag",
 * "§ 45 Idéburet offentligt partnerskap med föreningen, dnr KS 2021/88", "KS § 45 Ansökan om bidrag (KS 2021/88)",
 * "45 § Ansökan om bidrag, Dnr KS 2021/88": the item's own number, wherever in the protocol it stands. Not a number in
 * the item's text run on into the same line after a sentence ("§ 45 Bidrag Nämnden beslutade. Avtalet förlängs (KS
 * 2019/12)"), a decision it cites ("§ 45 Bidrag Enligt beslut 2019-06-11 § 87 …"), after a citing word ("§ 45 Bidrag, se
 * tidigare beslut KS 2019/12"), or behind a long title that has become the item's text.
 */
function onItemHeading(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  const line = lineBounds(text, mention.start);
  const lineText = text.slice(line.start, line.end);
  const heading = ITEM_HEADING.map((r) => r.exec(lineText)).find((m) => m !== null);
  if (!heading) return false;
  const between = text.slice(line.start + heading[0].length, mention.start);
  return (
    countWordsIn(between) <= ITEM_TITLE_WORDS &&
    !/\p{L}[.!?](?:\s|$)/u.test(between) &&
    !citesDecision(between) &&
    !citedBefore(text, mention)
  );
}
const countWordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The document's first lines: its letterhead (municipality, unit, date, number). */
const LETTERHEAD_LINES = 6;

/**
 * A number on one of the first lines, in a line that is no sentence (no full stop after a word): the
 * letterhead's "Avdelningen för individ- och familjeomsorg SN 2021.045" names the unit and this matter's
 * number (the cleaned text has lost the column gap between them), whatever lower-case words the unit has.
 */
function inLetterhead(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  const lines = text.slice(0, mention.start).split('\n').length;
  return lines <= LETTERHEAD_LINES && !/\p{L}[.!?](?:\s|$)/u.test(lineAround(text, mention));
}

/** Words a run-together header may hold before its case number: unit, labels, a date, one or two handläggare's names ("KOMMUNLEDNINGSKONTORET Handläggare Hagström Ingela Jo Linder Roger Datum 2016-08-29 Diarienummer"). */
const HEADER_LEAD_WORDS = 12;

/**
 * A labelled number near the start of a header whose lines the cleaned text has run together with the first
 * paragraphs ("Tjänsteutlåtande Utfärdat 2015-03-07 Diarienummer 0193/15 Verksamhetsområde … Förslag till
 * beslut …"): what stands before it on the line is a few header words, no sentence, prose or citation, so the
 * running text after it (which may well mention a "beslut" and a date) does not make it a citation.
 */
function headsRunTogetherHeader(text: string, mention: Mention): boolean {
  if (mention.label === null) return unlabelledInRunTogetherHeader(text, mention);
  if (mention.label !== 'own') return false;
  const before = text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start);
  const lead = before.split(/\s+/).filter(Boolean);
  return (
    (contentLine(text, mention.start) <= LETTERHEAD_LINES || !proseBefore(text, mention.start)) &&
    lead.length <= HEADER_LEAD_WORDS &&
    !/\p{L}[.!?](?:\s|$)/u.test(before) &&
    !citesDecision(before) &&
    lead.filter((w, i) => /^\p{Ll}[\p{L}-]{2,}$/u.test(w) && !LABEL_WORDS.has(w) && !inUnitName(lead, i)).length === 0
  );
}

/** How many words a document may open with before its labelled number and still be its title and header. */
const OPENING_WORDS = 40;

/**
 * A label written as a field's, capitalised: "Dnr:", "Diarienummer", "Vårt dnr", also before the list's earlier number
 * ("Dnr: KFN 15/27 ALN 2015/0015"); not a sentence's "i mål nr".
 */
const FIELD_LABEL_REACH = 4;
function fieldLabelBefore(before: string): boolean {
  return before
    .split(/[\s]+/)
    .filter(Boolean)
    .slice(-FIELD_LABEL_REACH)
    .some((w) => /^\p{Lu}/u.test(w) && LABEL_WORDS.has(w.toLocaleLowerCase('sv').replace(/[:.]+$/u, '')));
}

/**
 * A labelled number before any sentence of the document: the title and a header run together ahead of it, however
 * many of their words are lower case ("Motion av Kristdemokraternas fullmäktigegrupp "Ge en nystart till föreningsdriven
 * svenskundervisning" Dnr: KFN 15/27 Sammanfattning …"). Not after a sentence's end, a citing word or a cited decision.
 */
function opensDocument(text: string, mention: Mention): boolean {
  if (mention.label !== 'own') return false;
  const before = text.slice(0, mention.start).replace(/^#[^\n]*\n/u, '');
  return (
    fieldLabelBefore(before) &&
    !/\p{L}[.!?](?:\s|$)/u.test(before) &&
    before.split(/\s+/).filter(Boolean).length <= OPENING_WORDS &&
    !citesDecision(before) &&
    !citedBefore(text, mention)
  );
}

/**
 * An unlabelled number in a flattened letterhead among its first lines, only names and header words before it on its
 * line: "1 DANDERYDS KOMMUN Socialkontoret Handläggare: Anna Berg Tjänsteutlåtande (6) Socialnämnden SN 2010/0088 Utredning
 * om …". Not after a lower-case word of prose ("… enligt beslut SN 2010/0088"), a sentence or a cited decision.
 */
function unlabelledInRunTogetherHeader(text: string, mention: Mention): boolean {
  const before = text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start);
  const lead = before.split(/\s+/).filter(Boolean);
  return (
    contentLine(text, mention.start) <= LETTERHEAD_LINES &&
    lead.length >= 2 &&
    lead.length <= HEADER_LEAD_WORDS &&
    !/\p{L}[.!?](?:\s|$)/u.test(before) &&
    !citesDecision(before) &&
    lead.every((w, i) => !/^\p{Ll}/u.test(w) || LABEL_WORDS.has(w) || inUnitName(lead, i))
  );
}

/**
 * Which of the text's non-blank lines holds `at`, the "# source:" line apart: a page converted from a viewer keeps short
 * lines of its own above the document ("Storlek: px", "Transkript") and blank lines between them, none of them prose.
 */
function contentLine(text: string, at: number): number {
  return text.slice(0, at).split('\n').filter((line, i) => line.trim() !== '' && !(i === 0 && line.startsWith('#'))).length + (/\n[ \t]*$/u.test(text.slice(0, at)) || at === 0 ? 1 : 0);
}

/**
 * Whether a line of prose stands before the one holding `at`: more than a few words, or a sentence's end. A site's menu
 * and breadcrumb ("Kommun och politik", "Nämnder", "Protokoll") above a flattened header are no prose.
 */
const SHORT_LINE_WORDS = 8;
function proseBefore(text: string, at: number): boolean {
  const lines = text.slice(0, text.lastIndexOf('\n', at - 1) + 1).split('\n').filter((line) => !line.startsWith('#'));
  return lines.some((line) => line.split(/\s+/).filter(Boolean).length > SHORT_LINE_WORDS || /\p{L}[.!?](?:\s|$)/u.test(line));
}

/** Lower-case words of a unit's name ("Kultur - och fritidsavdelningen", "stöd- och omsorgsförvaltningen"): its ending, and "och" before one. */
const UNIT_ENDING = new RegExp(`(?:${words.unitEndings.join('|')})$`, 'u');
function inUnitName(lead: readonly string[], i: number): boolean {
  const word = lead[i]!;
  return UNIT_ENDING.test(word) || (word === 'och' && UNIT_ENDING.test(lead[i + 1] ?? ''));
}

/** The mention's line without the mention itself. */
function lineAround(text: string, mention: Pick<Mention, 'start' | 'end'>): string {
  const line = lineBounds(text, mention.start, mention.end);
  return text.slice(line.start, mention.start) + ' ' + text.slice(mention.end, line.end);
}

/** A label in any case ("Dnr", "DNR", "dnr"), the series after it in capitals only. */
const anyCase = (label: string) =>
  [...label].map((c) => (c === ' ' ? String.raw`\s+` : c === '.' ? String.raw`\.` : /\p{L}/u.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join('');
const LABEL_BEFORE_PARENTHESIS = new RegExp(
  String.raw`(?<![\p{L}])(?:${words.ownLabels.map(anyCase).join('|')})[ \t]*[:.]?[ \t]*(?:[A-ZÅÄÖ]{1,6}(?:[ \t-]?\d[\d\/:.-]*)?[ \t]+)?\([ \t]*$`,
  'u',
);
/**
 * This matter's number in parentheses: right after its label, with or without the series or another form of the number
 * ("Dnr KS (2010-KS0119)", "Dnr KS 2010-253 (2010-KS0119)"), or closing a title line at the top of the document
 * ("262 Svar på motion - Handlingsplan mot hedersförtryck (KSKF/2016:345)") or a protocol item's heading line anywhere ("§ 45
 * Ansökan om bidrag från föreningen (KS 2021/88)"). Not a citation in running text ("… med
 * möjlighet till förlängning (GYVF-2015-4220).") nor under a title further down.
 */
function ownInParentheses(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  if (LABEL_BEFORE_PARENTHESIS.test(text.slice(lineStart, mention.start))) return true;
  const closesLine = /^[ \t]*\)[ \t]*(?:\n|$)/u.test(text.slice(mention.end, mention.end + 40));
  return (closesLine && (inLetterhead(text, mention) || onItemHeading(text, mention))) || numbersAddressedRequest(text, mention);
}

/**
 * The request a decision answers, named with the addressee's possessive and closed by its number in parentheses: "Er
 * ansökan, till kommunstyrelsen, om hyresbidrag för år 2024 (KS/2023:598) kommer att behandlas …", "Vi har tagit emot din
 * begäran om förlängning (SN 2023/45)": the request is this matter, its number the matter's. Not where a citing word stands
 * between the request and the number ("Er ansökan avslås enligt tidigare beslut (KS 2019/12)": the decision cited).
 */
const ADDRESSED_REQUEST = new RegExp(
  String.raw`(?<![\p{L}])(?:${words.addresseePossessives.join('|')})\s+(?:${words.addressedRequests.join('|')})(?![\p{L}])(?<words>[^.!?\n()]{0,160})\([ \t]*$`,
  'iu',
);
function numbersAddressedRequest(text: string, mention: Pick<Mention, 'start'>): boolean {
  const m = ADDRESSED_REQUEST.exec(text.slice(Math.max(0, mention.start - 200), mention.start));
  return m !== null && !m.groups!.words!.split(/[\s,;:]+/u).some((w) => CITING_WORDS.has(w.toLocaleLowerCase('sv')));
}

/** An opening parenthesis not closed between it and the mention, on the same or the previous line. */
function insideParentheses(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 120), at);
  const open = window.lastIndexOf('(');
  return open >= 0 && !window.slice(open).includes(')') && window.slice(open).split('\n').length <= 2;
}

/** Lower-case words on the mention's line, leaving out the mention and its label. */
function proseWordsAround(text: string, mention: Pick<Mention, 'start' | 'end'>): number {
  return lineAround(text, mention).split(/\s+/).filter((w) => /^\p{Ll}[\p{L}-]{2,}[.,;:]?$/u.test(w) && !LABEL_WORDS.has(w.replace(/[.,;:]$/, '')))
    .length;
}

/** Label words written in lower case ("dnr", "vår beteckning") do not make a line prose. */
const LABEL_WORDS = new Set([...words.ownLabels, ...words.weakLabels].flatMap((label) => label.split(' ')));
