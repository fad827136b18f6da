/**
 * The protocol paragraph (§) of the decision a document records. A protocol's matter stands under a paragraph
 * heading (items/headings.ts). A single-matter document without one — a protokollsutdrag, a decision letter, a news
 * page — writes its § in a stamp ("Kommunstyrelsen 2024-05-06 § 114", "KS § 114") or in running text ("beslutade
 * den 6 maj, § 45, att …"). A § before the number is a decision's; one after it ("3 kap. 5 § socialtjänstlagen")
 * and one of a document ("§ 2 i avtalet", "enligt § 4 i stadgarna") are clauses of a law or agreement.
 */
import { paragraphHeadings, type ParagraphHeading } from '../items/headings.js';

/** "§ 114", "§§ 45" (OCR), "§ 3 a": a § before its number; a letter before a word is a preposition ("§ 2 i avtalet"). */
const SECTION_MARK = /(?<![\p{L}\d])§{1,2}[ \t]*(\d{1,4}(?:[ \t]?[a-z](?![\p{L}])(?![ \t]+\p{Ll}))?)(?![\d])/gu;
/** Words before a § of a law or agreement: "enligt § 4", "kap. § 2", "lagens § 3". */
const CLAUSE_BEFORE = /(?:enligt|kap\.?|\p{L}+(?:lagens|avtalets|stadgarnas|ordningens|ens|ets))\s*$/iu;
/** Words after a § of a law or agreement: "§ 2 i avtalet", "§ 4 socialtjänstlagen", "§ 3 stycke 2". */
const CLAUSE_AFTER = /^(?:[ \t]*(?:st(?:ycket?|\.)?|p(?:unkt|\.)?|mom\.?)[ \t]*\d|\s+(?:i|enligt)\s+(?!protokoll)\p{L}|\s+\p{L}*(?:lag(?:en)?|balken|förordning(?:en)?|SoL|LSS|KL|FL)(?![\p{L}]))/u;
/** A stamp stands on a short line of its own: a body, a date and the §. */
const STAMP_MAX_WORDS = 8;

export interface ParagraphMention extends ParagraphHeading {
  /** Whether it stands on a short line of its own (a stamp) rather than in running text. */
  stamp: boolean;
}

/** Every § of a decision in the text, in order; clauses of laws and agreements left out. */
export function paragraphMentions(text: string): ParagraphMention[] {
  return [...text.matchAll(SECTION_MARK)].flatMap((m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || CLAUSE_AFTER.test(text.slice(end, end + 40))) return [];
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const lineEnd = text.indexOf('\n', end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const stamp = (line.match(/\S+/g) ?? []).length <= STAMP_MAX_WORDS && !/[.!?]\s*$/.test(line);
    return [{ value: `§ ${m[1]!.replace(/[ \t]+/g, ' ')}`, start, end, stamp }];
  });
}

/**
 * The § of a protocol's decision: the heading the decision stands under (the last before it, or the document's
 * first); without headings the first stamp, or the one § the text mentions, or a title that lost its § sign.
 */
export function protocolParagraph(text: string, anchor: number): ParagraphHeading | null {
  const headings = paragraphHeadings(text);
  const before = headings.filter((h) => h.start <= anchor);
  const heading = itemOwnHeading(text, before.at(-2), before.at(-1)) ?? headings[0];
  if (heading) return heading;
  const mentions = paragraphMentions(text);
  return mentions.find((m) => m.stamp) ?? onlyOne(mentions) ?? signlessHeading(text);
}

/**
 * A work committee's § noted under the item's own heading: "KS § 26" / "Bidrag till …" / "AU § 27" / "KS2006/0607-04" —
 * the arbetsutskott prepared the matter under its § at its own meeting; the decision is the item's. Not the items of
 * an arbetsutskott's own protocol ("AU § 5" … "AU § 6": each is the committee's), nor two items far apart.
 */
const COMMITTEE_HEADING = /^[ \t]*(?:[A-ZÅÄÖ]{1,5}[ \t]+)?(?:AU|KSAU|RSAU|Au|Ksau|Rsau)[ \t]+\\?[§$]/u;
/** How far below the item's heading the committee's § stands: the item's title and case number between. */
const COMMITTEE_REACH = 200;

function itemOwnHeading(text: string, own: ParagraphHeading | undefined, last: ParagraphHeading | undefined): ParagraphHeading | undefined {
  const prepared = (h: ParagraphHeading) => COMMITTEE_HEADING.test(text.slice(h.start, h.end));
  if (!own || !last || !prepared(last) || prepared(own) || last.start - own.end > COMMITTEE_REACH) return last;
  return own;
}

/**
 * An item heading that lost its § sign in conversion, as a page's title: the number, the matter's title and its case
 * number in brackets, "262 Svar på motion - Handlingsplan mot hedersförtryck (KSKF/2016:345)", "45 Ansökan om
 * bidrag (Dnr KS 2023/123)". Not a year ("2023 Årsredovisning (KS 2024/12)"), nor a numbered line without a case
 * number ("3 Socialnämnden får i uppdrag …").
 */
const SIGNLESS_HEADING = /^(?:#[^\n]*\n|[ \t]*\n)*[ \t]*((?!(?:19|20)\d{2}(?!\d))\d{1,4})[ \t]+\p{Lu}[^\n]{3,160}\((?:Dnr\.?[ \t]*)?[A-ZÅÄÖ]{1,8}[ \/-]?(?:19|20)\d{2}[\/:.-]\d{1,6}\)[ \t]*(?=\n|$)/u;

function signlessHeading(text: string): ParagraphHeading | null {
  const m = SIGNLESS_HEADING.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { value: `§ ${m[1]}`, start, end: start + m[1]!.length };
}

/** The § of a decision a news page reports: one in the reporting sentence, or the one § the text mentions. */
export function reportedParagraph(text: string, sentence: { start: number; end: number }): ParagraphHeading | null {
  const mentions = paragraphMentions(text);
  return mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end) ?? onlyOne(mentions);
}

/** A mention when all mentions are of one § ("§ 45" in the headline and again in the text); otherwise none. */
function onlyOne(mentions: readonly ParagraphMention[]): ParagraphMention | null {
  return mentions.length > 0 && mentions.every((m) => m.value === mentions[0]!.value) ? mentions[0]! : null;
}
