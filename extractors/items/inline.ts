/**
 * Items of a protocol or agenda whose lines a converter ran together, a page to a line ("3 (20)
 * Kommunstyrelsens arbetsutskott 40 Dnr KS 2019/11 Information Kommunchefen informerar …", as text taken
 * from a PDF viewer often reads): an item is its number right before its case number's label
 * ("41 Dnr KS 2019/52", "§ 41 Dnr KS 2019/52") anywhere in a line, its title the words after the case number
 * up to a contents entry's leaders ("… 4"), a section's label or a dozen words. A number right before "Dnr"
 * is rare in running text; the caller asks for two or more such items in a meeting's text.
 */
import type { ParagraphHeading } from './headings.js';
import { OPENING_VERBS } from './title-end.js';
import { eachMatch } from '../engine/sticky.js';

/** "41 Dnr KS 2019/52", "§ 41 DNR: SN-2017-50": the item's number, then its case number. */
export const INLINE_ITEM =
  /(?<![\p{L}\d§/.:-])(?:§[ \t]*)?(\d{1,4})[ \t]+(?:Dnr|DNR)[ \t.:]*(?:[A-ZÅÄÖ]{1,6}[ \t/-]?)?\d[\w./:-]*/gu;

/**
 * "KS 21/2008 Dnr 2008/31 Årsredovisning", "SN 45/2019 Ansökan om …": a paragraph written as the body's
 * abbreviation, its number and the year, as protocols whose "§" a transcript dropped read (docplayer prints
 * "KS § 21/2008" so). The number comes before the year; a case number ("KS 2008/31") puts the year first.
 * A case number may follow; then a capitalised title.
 */
export const BODY_PARAGRAPH =
  /(?<![\p{L}\d§/.:-])[A-ZÅÄÖ]{1,5}[ \t]+(?:§[ \t]*)?(\d{1,4})\/(?:19|20)\d{2}(?![\d/])(?:[ \t]+(?:Dnr|DNR)[ \t.:]*(?:[A-ZÅÄÖ]{1,6}[ \t/-]?)?\d[\w./:-]*)?(?=[ \t]+\p{Lu})/gu;

/** Where a run-together title ends: a contents entry's leaders, a case number, or the label of the item's first section. */
const TITLE_END =
  /(?:\.{2,}|…)|\s[A-ZÅÄÖ]{2,6}[ /-]?(?:19|20)\d{2}[:/.-]\d+|(?<![\p{L}])(?:Beslut|Förslag\s+till\s+beslut|Ärendebeskrivning|Beskrivning\s+av\s+ärendet|Sammanfattning|Bakgrund|Beslutsunderlag|\p{Lu}\p{L}+s\s+(?:beslut|förslag))(?![\p{L}])|\.\s/u;
const TITLE_WORDS = 14;
/** The item's first sentence run on after its title: a capitalised subject and its finite verb ("… polisen Polischefen informerar"). */
const OPENING_SENTENCE = new RegExp(`(?<=\\s)\\p{Lu}[\\p{L}-]*[ \\t]+(?:${OPENING_VERBS.join('|')})(?![\\p{L}])`, 'u');

export function inlineHeadings(text: string): ParagraphHeading[] {
  const heading = (m: RegExpExecArray) => ({ value: `§ ${m[1]!}`, start: m.index, end: m.index + m[0].length });
  const byCase = [...eachMatch(INLINE_ITEM, text)].map(heading);
  const byBody = [...eachMatch(BODY_PARAGRAPH, text)].map(heading).filter((b) => !byCase.some((c) => c.start < b.end && b.start < c.end));
  return [...byCase, ...byBody].sort((a, b) => a.start - b.start);
}

/** The title after an inline heading: up to its end cue or a dozen words, within the item. */
export function inlineTitle(text: string, from: number, end: number): { title: string | null; titleEnd: number } {
  // A run-together line holds a page: the title ends with it (an agenda's last item, the next page's header).
  // (A heading that ends its line has its title on the next.)
  const lead = /^\s*/.exec(text.slice(from, end))![0].length;
  const lineEnd = text.indexOf('\n', from + lead);
  const rest = text.slice(from, lineEnd >= 0 && lineEnd < end ? lineEnd : end);
  const cue = [TITLE_END.exec(rest), OPENING_SENTENCE.exec(rest)].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  const words = [...rest.matchAll(/\S+/g)].slice(0, TITLE_WORDS);
  const wordsEnd = words.length > 0 ? words.at(-1)!.index + words.at(-1)![0].length : 0;
  const stop = Math.min(cue?.index ?? rest.length, wordsEnd);
  const title = rest.slice(0, stop).replace(/\s+/g, ' ').trim();
  return { title: title === '' ? null : title, titleEnd: from + stop };
}

/** Words that head an agenda's list of items: "Föredragningslista", "ÄRENDELISTA", "Dagordning". */
export const AGENDA_WORDS = 'Kallelse|Föredragningslista|Dagordning|Ärendelista|Ärendeförteckning|Innehållsförteckning';
const AGENDA_WORD = new RegExp(`(?<![\\p{L}])(?:${AGENDA_WORDS})(?![\\p{L}])`, 'iu');
/** "2. Ansökan om …", "2 Ansökan om …": a number before a capitalised word, anywhere in a line. */
const RUN_NUMBER = /(?<=^|[ \t])(\d{1,3})\.?[ \t]+(?=\p{Lu})/gmu;
/** Consecutive numbers it takes to make an agenda's list. */
const RUN_MIN = 3;
/**
 * Numbers a transcript may drop in a row inside an agenda's list run together on a line (u_15 lost four). A
 * larger jump is no lost run but another list (a decision's points, a date).
 */
const RUN_GAP = 5;

/**
 * An agenda's items run together on a line after its list word ("Föredragningslista … Ärende Dnr
 * Föredragande 1. Upprop 2. Ansökan om föreningsbidrag från … SN/2019:12 3. Svar på motion …"): the
 * longest chain of consecutive numbers, each before a capitalised word, on the line of an agenda word or the
 * one after it. A numbered list of a decision's points has no agenda word before it. A transcript's page
 * number may open the chain, before the list word on its page ("1 Kommunstyrelsen 3 (22) Ärendelista 11 maj
 * 2015 … Upprop och val av justerare 2. Anmälan om …", the first item's own number lost): the word then
 * stands before the chain's second number. A transcript may also drop numbers inside the list ("6. Västerviks
 * … ansökan om … Kulturstipendium Riktlinjer för konstinköp revidering 11. Val av …": 7–10 lost): the chain
 * goes on over a few missing numbers, and the item before the gap holds the lost items (lostNumberItems).
 * The last item ends with its line.
 */
export function agendaRunHeadings(text: string): ParagraphHeading[] {
  let best: RegExpExecArray[] = [];
  let chain: RegExpExecArray[] = [];
  for (const m of eachMatch(RUN_NUMBER, text)) {
    const before = chain.at(-1);
    // A jump is taken only in a list already running one by one ("1 Upprop 3 Budget 7 Övrigt" is no list).
    const step = before ? Number(m[1]) - Number(before[1]) : 0;
    const running = chain.length >= 2 && Number(chain.at(-1)![1]) === Number(chain.at(-2)![1]) + 1;
    // The list may go on over a page break, the next number right after the last ("… 11. Tillfälliga …" /
    // "2 12. Yttrande …"); a jump is read within a line only.
    const sameLine = before !== undefined && !text.slice(before.index, m.index).includes('\n');
    const follows = before && ((step === 1 && (sameLine || nextLine(text, before.index, m.index))) || (sameLine && running && step >= 2 && step <= RUN_GAP + 1));
    chain = follows ? [...chain, m] : [m];
    if (chain.length > best.length) best = chain;
  }
  if (best.length < RUN_MIN || !AGENDA_WORD.test(linesBefore(text, best[1]!.index))) return [];
  return best.map((m) => ({ value: `§ ${m[1]!}`, start: m.index, end: m.index + m[0].length }));
}

/** Whether `to` stands on the line after `from`'s, past blank lines (a transcript's page break). */
function nextLine(text: string, from: number, to: number): boolean {
  return text.slice(from, to).split('\n').filter((line) => line.trim() !== '').length === 2;
}

/** The text of the line up to `at` and of the line before it. */
export function linesBefore(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1);
  return text.slice(text.lastIndexOf('\n', Math.max(lineStart - 1, 0)) + 1, at);
}

/** The end of the line `at` stands on. */
export function lineEndAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * Words that open an agenda item's title (a list of facts): "Ansökan om …", "Ekonomiskt stöd till …", "Svar på
 * remiss …". In an agenda run together on a line a transcript may drop numbers ("9. Ansökan om bidrag till
 * riksarrangemang Ansökan om förlustbidrag för … Ekonomiskt stöd till …", "3. Ansökan om bidrag från … KFN/2012:129
 * KFN/2011: Ansökan om bidrag från …"): such words, capitalised after a word, a case number or a
 * number, open an item whose number was lost. Not after a full stop or a comma (a sentence goes on: "…, Svar på
 * remiss …"), nor as the item's own title.
 */
const LOST_NUMBER_ITEM =
  /(?<=(?:\p{Ll}|\d|[:/)])[ \t]+)(?:Ansökan[ \t]+(?:om|från)|Ekonomiskt[ \t]+stöd[ \t]+till|Bidrag[ \t]+till|Svar[ \t]+på|Yttrande[ \t]+över|Rapport[ \t]+om|Redovisning[ \t]+av|Information[ \t]+om|Uppföljning[ \t]+av)(?![\p{L}])/gu;

/**
 * An item titled by its applicant, the name first ("Westervik Motorsportklubb (WMSK) ansökan om
 * marknadsföringsbidrag"): capitalised words (an abbreviation in brackets among them) before a lower-case
 * "ansökan om", after a word that is not capitalised — the end of the item before. Not a sentence's "… med
 * Föreningen Ljuset. Föreningens ansökan om …" (a full stop ends no word that opens this) nor a name inside
 * the item's own title ("Västerviks Ishockeyklubb ansökan om …": the name opens after a capitalised word).
 */
const LOST_NAMED_APPLICATION =
  /(?<=(?:^|[ \t])\p{Ll}[\p{L}-]*[ \t]+)\p{Lu}[\p{L}-]*(?:[ \t]+(?:\p{Lu}[\p{L}-]*|\(\p{Lu}{2,8}\)))*[ \t]+ansökan[ \t]+om(?![\p{L}])/gu;
/**
 * Where the list is known to have lost numbers (the chain jumps, 6 to 11), a capitalised word right after a grant's
 * or a stipend's name ("… ansökan om marknadsföringsbidrag Föreningsledarstipendium Kulturstipendium Riktlinjer
 * för …") opens the next lost item: an item's title ends with what it is about.
 */
const LOST_AFTER_GRANT_NAME = /(?<=\p{L}(?:bidrag|stöd|stipendium|stipendier)[ \t]+)\p{Lu}/gu;

/**
 * Where items whose numbers a transcript lost open, within [from, end) of one run-together line; `gapped` where
 * the list's numbering shows that numbers were lost after this item.
 */
export function lostNumberItems(text: string, from: number, end: number, gapped = false): number[] {
  const lineEnd = Math.min(end, lineEndAt(text, from));
  const line = text.slice(from, lineEnd);
  const openers = [LOST_NUMBER_ITEM, LOST_NAMED_APPLICATION, ...(gapped ? [LOST_AFTER_GRANT_NAME] : [])];
  const starts = new Set(openers.flatMap((opener) => [...line.matchAll(opener)].map((m) => from + m.index)));
  return [...starts].filter((at) => at > from).sort((a, b) => a - b);
}
