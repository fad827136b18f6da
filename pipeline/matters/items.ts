/**
 * A protocol's § items. Each item runs from its § heading to the next one. Not every "§ N" at the start of
 * a line opens an item:
 *  - a table of contents and an attendance list ("Lotta Kjellner, MAS VO,\n§ 77") name items before they
 *    come: of several headings with one number, the last is the item;
 *  - an appended agreement numbers its sections from § 1 again: a heading numbered below the item before it
 *    is a section of that item, not a new one. (Where such a section repeats an earlier item's number, in
 *    a January protocol, that item is lost: a known limit.)
 *  - a table of contents whose entries end in leaders and a page number ("§ 64. Upphandling ……… 6") lists
 *    items: an entry is no heading of its own, and does not count as the item before a lower-numbered one.
 *    An item the contents name but the text does not reach (a page cut short after them) is still a
 *    matter, its span the entry.
 */
import { paragraphHeadings, type ParagraphHeading } from '../../extractors/items/headings.js';
import { CASE_LABEL, CASE_NUMBER_LINE, ITEM_LABEL, agendaHeadings, agendaLineHeadings } from '../../extractors/items/agenda.js';
import { listedAgendaHeadings } from './listed.js';
import { agendaRunHeadings, inlineHeadings, inlineTitle, lineEndAt, linesBefore, lostNumberItems } from '../../extractors/items/inline.js';
import { LABELS_FOR_ITEMS, meetingLabels, paragraphRange } from './whole.js';
import { agendaHead } from './agenda-head.js';
import { bareHeadings } from '../../extractors/items/bare.js';
import { bodyLine, titleEndOnLine } from '../../extractors/items/title-end.js';

export interface Item {
  /** "§ 187"; null for an agenda's numbered item, which has no §. */
  paragraph: string | null;
  /** From the § heading to the next item's (or the end of the text). */
  start: number;
  end: number;
  /** The title: the lines after the heading up to a blank line, without the case number; null if none. */
  title: string | null;
  /** Where the title ends and the item's text begins. */
  titleEnd: number;
}

/** Leaders and a page number closing a contents entry: "……… 6", ".... 12", "... 3". */
const LEADERS = /[ \t]*(?:\.{2,}|…)[.… \t]*\d{1,4}[ \t]*$/u;
/** A contents entry is short: its title (perhaps wrapped) and the leaders. */
const ENTRY_CHARS = 300;

/** An item's title runs at most this many lines. */
const TITLE_LINES = 3;
/**
 * "Dnr KS 2023/010", "Diarienummer: SN-2019-41": a case number with its label. Kungsbacka sets it last on
 * the heading line; other kommuner write the title after it on the same line ("§ 45 Dnr KS 2023/12
 * Föreningsbidrag 2023"), so only the number is cut, not the rest of the line.
 */
const CASE_NUMBER_LABEL = /(?<![\p{L}])(?:Dnr|DNR|Diarienummer)\b[ \t.:]*(?:[A-ZÅÄÖ]{1,6}(?:[ \t]*[/-][ \t]*|[ \t]+))?\d[\w./:-]*(?:[ \t]*[-–][ \t]*\d[\w./:-]*)?/gu;
/**
 * A case number without its label, set in the heading line's right column ("§ 62      SN 2023/101",
 * "§ 45  N131-0123/23"): the body's letters, then the year and a serial, or a serial and the year.
 */
const BARE_CASE_NUMBER = /(?<![\p{L}\d])[A-ZÅÄÖ]{1,6}[ \t]?-?(?:(?:19|20)\d{2}[/.:-]\d{1,6}|\d{1,4}-\d{1,6}\/\d{2,4})(?:[/.:-]\d+)*(?![\p{L}\d])/gu;
/** An agenda item's label below its title ("Ärende 2"): no part of the title. Anchored at the line's start. */
const ITEM_LABEL_AT_START = new RegExp(ITEM_LABEL.source, 'u');
const ITEM_LABEL_GLOBAL = new RegExp(ITEM_LABEL.source, 'gmu');

const numberOf = (heading: ParagraphHeading) => Number.parseInt(heading.value.replace(/^§\s*/, ''), 10);

type TitleOf = (text: string, from: number, end: number) => { title: string | null; titleEnd: number };

/**
 * The items: by their § headings, with the items of an agenda listed before them that no § takes up (a
 * meeting page that lists its agenda, then records the § items it reached); failing two § headings, by an
 * agenda's numbered items with case numbers ("5 Riktlinjer för bidrag" / "Dnr KS 2023/101"), which have no
 * §; failing those, by numbers before case numbers in lines run together ("… 3 41 Dnr KS 2019/52 Ansökan
 * om …"): a protocol's paragraphs where it names a range of them ("Paragrafer 40 -- 44"), else an agenda's
 * items; failing those, in a meeting's text, by paragraph numbers whose "§" a transcript dropped ("3 3(43)
 * KSKF/2014:1 235 Val till …", extractors/items/bare.ts); failing those, by an agenda's list run together on
 * a line ("Föredragningslista … 1. Upprop 2. Ansökan om …"), the last item ending with that line, its
 * numbers §s where it is a protocol's table of contents.
 */
export function protocolItems(text: string): Item[] {
  const byParagraph = itemsOf(text, withRunInHeadings(text, paragraphHeadings(text)), titleOf);
  if (byParagraph.length >= 2) return [...agendaBefore(text, byParagraph), ...byParagraph];
  const agenda = itemsOf(text, agendaItemHeadings(text, text, paragraphHeadings(text)[0]?.start ?? text.length), agendaTitle);
  if (agenda.length >= 2) return agenda.map((item) => ({ ...item, paragraph: null }));
  const inline = itemsOf(text, inlineHeadings(text), inlineTitle);
  // A number before a case number is a paragraph where it carries its sign ("§ 174 Dnr …") or its body's
  // abbreviation in the sign's place ("Ks 118 Dnr 01/KS …", "Kf 87 Ks 87 Tfu 56 Dnr …"), or the meeting names its range.
  const ranged = paragraphRange(text) !== null;
  const signed = (item: Item) => text.startsWith('§', item.start) || BODY_BEFORE.test(text.slice(Math.max(0, item.start - BODY_REACH), item.start));
  if (inline.length >= 2) return inline.map((item) => (ranged || signed(item) ? item : { ...item, paragraph: null }));
  const bare = meetingLabels(text) >= LABELS_FOR_ITEMS ? itemsOf(text, bareHeadings(text, paragraphRange(text)), titleOf) : [];
  if (bare.length >= 1) return bare;
  const listed = itemsOf(text, agendaRunHeadings(text), inlineTitle);
  const run = listed.length > 0 && protocolsContents(text, listed[0]!.start) ? listed : listed.map((item) => ({ ...item, paragraph: null }));
  if (run.length < 2) return byParagraph.length > 0 ? byParagraph : agendaLines(text);
  const last = run.at(-1)!;
  const items = [...run.slice(0, -1), { ...last, end: lineEndAt(text, last.start) }];
  // An agenda's items whose numbers the transcript lost lie inside the item before them; a protocol's
  // contents keep their §s.
  // The numbers jump where the transcript lost some (6, then 11): the item before the jump holds them.
  const listedNumber = (i: number) => Number.parseInt((listed[i]?.paragraph ?? '').replace(/^§\s*/, ''), 10);
  const gapped = (i: number) => listedNumber(i + 1) > listedNumber(i) + 1;
  return items[0]!.paragraph === null ? items.flatMap((item, i) => withLostNumbers(text, item, gapped(i))) : items;
}

/**
 * An agenda's list one item to a line, without case numbers (extractors/items/agenda.ts), read only in a text
 * headed by an agenda's title, after it. The last item ends with its lines: what follows the list (the
 * chair's name, an appended report) is no part of it.
 */
function agendaLines(text: string): Item[] {
  const head = agendaHead(text);
  if (head === undefined) return [];
  const headings = agendaLineHeadings(text, head.end);
  return headings.map((h, i) => {
    const end = headings[i + 1]?.start ?? blockEnd(text, h.start);
    return { paragraph: null, start: h.start, end, ...agendaTitle(text, h.end, end) };
  });
}

/** The end of the lines from `at` to the next blank line. */
function blockEnd(text: string, at: number): number {
  const blank = /\n[ \t]*(?:\n|$)/u.exec(text.slice(at));
  return blank ? at + blank.index : text.length;
}

/** An agenda item cut where items whose numbers were lost open inside it (extractors/items/inline.ts). */
function withLostNumbers(text: string, item: Item, gapped: boolean): Item[] {
  const titleStart = item.start + (/^\S+\s+/u.exec(text.slice(item.start, item.end))?.[0].length ?? 0);
  const starts = lostNumberItems(text, titleStart, item.end, gapped);
  if (starts.length === 0) return [item];
  const bounds = [titleStart, ...starts, item.end];
  return bounds.slice(0, -1).map((start, i) => {
    const end = bounds[i + 1]!;
    return { paragraph: null, start: i === 0 ? item.start : start, end, ...inlineTitle(text, start, end) };
  });
}

/**
 * A body's abbreviation written where a paragraph's sign stands, as some kommuner number their items ("Ks 118",
 * "KSAU 45", "Tfu 56"): two to five capitals, or a capital and one or two small letters, as a word of its own
 * right before the number. Not a page's "Sida 3" nor an OCR'd "J 174".
 */
const BODY_BEFORE = /(?:^|[\s(])(?:[A-ZÅÄÖ]{2,5}|[A-ZÅÄÖ][a-zåäö]{1,2})[ \t]+$/u;
const BODY_REACH = 8;

/** A protocol's table of contents; an agenda's list words (kallelse, föredragningslista) name points to come. */
const CONTENTS_WORD = /(?<![\p{L}])Innehållsförteckning(?![\p{L}])/iu;
const AGENDA_ONLY_WORD = /(?<![\p{L}])(?:Kallelse|Föredragningslista|Dagordning)(?![\p{L}])/iu;

/**
 * A list run together on a line lists a protocol's paragraphs — its numbers are §s — where the meeting names
 * their range, or where a table of contents heads it in a text that is no agenda.
 */
function protocolsContents(text: string, first: number): boolean {
  if (paragraphRange(text) !== null) return true;
  return CONTENTS_WORD.test(linesBefore(text, first)) && !AGENDA_ONLY_WORD.test(text);
}

/**
 * "… Justerandes signatur Utdragsbestyrkande § 46 Idéburet offentligt partnerskap …": a § heading a converter
 * ran into the line before it. Taken only where its number fills the gap in the headings found at lines'
 * starts (45, then 46 mid-line, then 47) or follows the last of them: a citation ("beslut i KS 2021-03-02,
 * § 33") has another number, and a comma or date before it.
 */
const RUN_IN_PARAGRAPH = /(?<=[^\s,(]+[ \t]+)§[ \t]*(\d{1,4})[ \t]+(?=\p{Lu})/gu;
const CITATION_BEFORE = /(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}|[,(])[ \t]*$/u;

function withRunInHeadings(text: string, headings: ParagraphHeading[]): ParagraphHeading[] {
  if (headings.length === 0) return headings;
  const taken = new Set(headings.map(numberOf));
  const runIn = [...text.matchAll(RUN_IN_PARAGRAPH)].flatMap((m): ParagraphHeading[] => {
    const number = Number(m[1]);
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (lineStart === m.index || taken.has(number) || CITATION_BEFORE.test(text.slice(Math.max(lineStart, m.index - 30), m.index))) return [];
    const before = headings.filter((h) => h.start < m.index).at(-1);
    const after = headings.find((h) => h.start > m.index);
    const fits = before !== undefined && numberOf(before) === number - 1 && (after === undefined || numberOf(after) === number + 1);
    return fits ? [{ value: `§ ${number}`, start: m.index, end: m.index + m[0].trimEnd().length }] : [];
  });
  return runIn.length === 0 ? headings : [...headings, ...runIn].sort((a, b) => a.start - b.start);
}

/**
 * An agenda's items: those with case numbers in `scope`, and — in a meeting's text, before its first § item
 * (`firstItem`) — a listed agenda's numbered titles without them (listed.ts), each once.
 */
function agendaItemHeadings(text: string, scope: string, firstItem: number): ParagraphHeading[] {
  const cased = agendaHeadings(scope);
  const listed = meetingLabels(text) >= LABELS_FOR_ITEMS ? listedAgendaHeadings(text.slice(0, firstItem)).filter((h) => !cased.some((c) => c.start === h.start)) : [];
  return [...cased, ...listed].sort((a, b) => a.start - b.start).map((h) => ({ value: `§ ${h.number}`, start: h.start, end: h.end }));
}

/** The agenda's items before the first § item whose number no § heading takes up, each up to the next. */
function agendaBefore(text: string, items: readonly Item[]): Item[] {
  const first = items[0]!.start;
  const taken = new Set(items.map((item) => item.paragraph));
  const listed = agendaItemHeadings(text, text.slice(0, first), first);
  return listed.flatMap((h, i) => {
    if (taken.has(h.value)) return [];
    const end = listed[i + 1]?.start ?? first;
    return [{ paragraph: null, start: h.start, end, ...agendaTitle(text, h.end, end) }];
  });
}

/**
 * An agenda item's title: its lines down to its case number ("3 Föreningen Ljuset" / "Projektansökan om
 * läxhjälp" / "Dnr 3.1-0211/2019", or the number alone on its line: "KFN 2023/12"), without an "Ärende 3" label; as a § item's where no case number follows
 * or none of its words stands before it.
 */
function agendaTitle(text: string, from: number, end: number): { title: string | null; titleEnd: number } {
  const label = CASE_LABEL.exec(text.slice(from, end)) ?? CASE_NUMBER_LINE.exec(text.slice(from, end));
  if (!label) return titleOf(text, from, end);
  const title = text.slice(from, from + label.index).replace(ITEM_LABEL_GLOBAL, '').replace(/\s+/g, ' ').trim();
  // "Ärende 5" / "Dnr KFN 2022/88" / "Föreningsbidrag till …": the title stands below the case number.
  if (title === '') return titleOf(text, from, end);
  return { title, titleEnd: from + label.index };
}

function itemsOf(text: string, found: ParagraphHeading[], title: TitleOf): Item[] {
  const nextStart = (i: number) => found[i + 1]?.start ?? text.length;
  const isEntry = found.map((h, i) => {
    if (h.entry) return true;
    const body = text.slice(h.end, nextStart(i));
    return body.length <= ENTRY_CHARS && (LEADERS.test(body.trimEnd()) || body.split('\n').some((line) => LEADERS.test(line)));
  });
  const headings = withoutPreparation(text, found.filter((_, i) => !isEntry[i]));
  const numbers = new Set(headings.map((h) => h.value));
  // Contents stand before the items; an entry-like line inside an item belongs to that item. Of an item
  // the contents name twice, the last entry is taken.
  const firstItem = headings[0]?.start ?? text.length;
  const lastEntry = new Map(found.flatMap((h, i) => (isEntry[i] ? [[h.value, i] as const] : [])));
  const listedOnly = found.flatMap((h, i) => (isEntry[i] && h.start < firstItem && !numbers.has(h.value) && lastEntry.get(h.value) === i ? [i] : []));
  const itemAt = (heading: ParagraphHeading, end: number): Item => ({ paragraph: heading.value, start: heading.start, end, ...title(text, heading.end, end) });
  return [
    ...openingHeadings(headings).map((h, i, kept) => itemAt(h, kept[i + 1]?.start ?? text.length)),
    ...listedOnly.map((i) => itemAt(found[i]!, nextStart(i))),
  ].sort((a, b) => a.start - b.start);
}

/** An arbetsutskott's abbreviation before its own paragraph sign: "AU § 27", "KSAU § 12", "RS AU § 114". */
const PREPARATION_SIGN = /^(?:[A-ZÅÄÖ]{1,5}[ \t]+)?[A-ZÅÄÖ]{0,3}AU[ \t]*[§$]/u;
/** What may stand between an item's heading and its arbetsutskott's paragraph: the item's title, no running text. */
const TITLE_GAP_CHARS = 160;

/**
 * An item whose heading names the paragraph the arbetsutskott gave it before ("KS § 26" / "Bidrag till
 * Hejnum Bygdegårdsförening" / "AU § 27" / "KS2006/0607-04" …): the second sign, right under the first heading
 * and its title, is the same matter's earlier number, not a new item. A protocol of the arbetsutskott itself
 * signs every item so ("RS AU § 113", "RS AU § 114"): an AU sign after another AU sign opens an item.
 */
function withoutPreparation(text: string, headings: ParagraphHeading[]): ParagraphHeading[] {
  return headings.filter((h, i) => {
    const before = headings[i - 1];
    if (!before || !PREPARATION_SIGN.test(text.slice(h.start, h.end)) || PREPARATION_SIGN.test(text.slice(before.start, before.end))) return true;
    const gap = text.slice(before.end, h.start);
    return gap.length > TITLE_GAP_CHARS || /[.!?][ \t]*(?:\n|$)/u.test(gap);
  });
}

/** The headings that open items, in order. */
function openingHeadings(all: ParagraphHeading[]): ParagraphHeading[] {
  // Of several headings with one number, the last is the item (the others list it before it comes).
  const last = new Map(all.map((h, i) => [h.value, i]));
  const kept: ParagraphHeading[] = [];
  all.forEach((h, i) => {
    if (last.get(h.value) !== i) return;
    const before = kept.at(-1);
    if (!before || numberOf(h) >= numberOf(before)) kept.push(h);
  });
  return kept;
}

/**
 * The heading line's own words after "§ N" and the lines below it, up to a blank line after some text, or
 * up to the item's first section or sentence where no blank line follows the title.
 */
function titleOf(text: string, from: number, end: number): { title: string | null; titleEnd: number } {
  const lines: string[] = [];
  let at = from;
  let taken = 0;
  while (at < end && taken <= TITLE_LINES) {
    const lineStart = at;
    const next = text.indexOf('\n', at);
    const lineEnd = next < 0 || next > end ? end : next;
    const raw = text.slice(at, lineEnd).replace(CASE_NUMBER_LABEL, '').replace(ITEM_LABEL_AT_START, '');
    // A case number alone on a line below the title ("KFN 2023/12") closes it, as its labelled form does.
    let line = (lineStart === from ? raw.replace(BARE_CASE_NUMBER, '') : CASE_NUMBER_LINE.test(raw) ? '' : raw).trim();
    // A line below the title that is wholly the item's text ("Ekby IF ansöker om 20 000 kronor …") gives the title
    // none of its words: its subject is no part of the title, as a cut inside it would leave.
    if (lines.length > 0 && line !== '' && bodyLine(line)) {
      at = lineStart;
      break;
    }
    at = Math.min(lineEnd + 1, end);
    // A line that runs on into the item's text holds the title only up to it; the text starts there.
    const cut = titleEndOnLine(line);
    if (cut < line.length) {
      line = line.slice(0, cut).trim();
      if (line !== '') {
        lines.push(line);
        at = lineEnd;
        break;
      }
    }
    taken++;
    if (line === '' || line === '\f') {
      if (lines.length > 0) break;
      continue;
    }
    // Without a blank line after the title (protocols that run items together), the text starts at a
    // section heading, a sentence or after a title line closed by a full stop.
    if (lines.length > 0 && (bodyLine(line) || /[.!?]$/u.test(lines.at(-1)!))) {
      at = lineStart;
      break;
    }
    lines.push(line);
  }
  const title = lines.join(' ').replace(/\s+/g, ' ').replace(LEADERS, '').trim();
  return { title: title === '' ? null : title, titleEnd: at };
}
