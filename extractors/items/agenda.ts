/**
 * An agenda's or a protocol's numbered items where no "§" stands: "5 Riktlinjer för bidrag",
 * "5. Riktlinjer för bidrag" or an item added under another's number ("14 b Extra verksamhetsbidrag") on a
 * line of its own with the case number within the next lines ("Dnr KS 2023/101", "Ärende 5 Diarienummer
 * 2023/KS 0362") and before the next numbered line, or "Ärende 5" / "Punkt 5" opening a line. A numbered
 * line with no case number of its own is a list item or an amount, not an item of the meeting.
 */
const ITEM_NUMBER = String.raw`\d{1,3}(?:[ \t]?[a-z](?=[ \t]))?`;
/** What closes an item's number: a full stop ("5. Riktlinjer"), a bracket ("5) Riktlinjer") or nothing. */
const NUMBER_CLOSE = String.raw`[.)]?`;
export const NUMBERED_TITLE = new RegExp(String.raw`^[ \t]*(${ITEM_NUMBER})${NUMBER_CLOSE}[ \t]+(?=\p{Lu})[^\n]{3,160}$`, 'gmu');
/** A numbered title's number with its full stop, at the start of its line. */
const TITLE_NUMBER = new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}${NUMBER_CLOSE}`, 'u');
export const ITEM_LABEL = /^[ \t]*(?:Ärende|Punkt)[ \t]+(\d{1,3})(?![\d\p{L}])(?:[ \t]*[:.](?=[ \t]))?/gmu;
/** A case number's label: one must follow a numbered title within this many lines. */
export const CASE_LABEL = /(?<![\p{L}])(?:Dnr|DNR|Diarienummer|Ärendenummer)(?![\p{L}])/u;
/**
 * A case number alone on its line, without its label, as some agendas set it under the title ("KFN 2023/12",
 * "SN 2022/101", "KS-2023/45"): the body's letters, the year and a serial, nothing else on the line. Not a
 * statute's number ("SFS 2010:800").
 */
export const CASE_NUMBER_LINE = /^[ \t]*(?!SFS(?![\p{L}]))[A-ZÅÄÖ]{1,6}[ \t]?-?(?:19|20)\d{2}[/.:-]\d{1,6}(?:[/.:-]\d{1,6})?[ \t]*$/mu;
/**
 * An item's case number stands on its title line or a few lines below: under a heading ("8 Bordlagt ärende"),
 * a title wrapped over two lines and the applicant's line ("Ansökan från Stockholms Brukarförening").
 */
const CASE_LABEL_LINES = 4;
/** The next numbered title: a case number below it is its own, not the item's above. */
const NEXT_TITLE = new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}${NUMBER_CLOSE}[ \t]+\p{Lu}`, 'mu');
/** How far below its title line an item's "Ärende 5" label stands. */
const LABEL_REACH = 400;

export interface AgendaHeading {
  /** The item's number, "5". */
  number: string;
  start: number;
  end: number;
}

/**
 * The text of the `count` lines after `from`, blank lines skipped. Walks only those lines: splitting the rest
 * of the text for every numbered line made a long protocol's reading quadratic.
 */
function linesAfter(text: string, from: number, count: number): string {
  const lines: string[] = [];
  let at = from;
  while (lines.length < count) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    if (line.trim() !== '') lines.push(line);
    if (next < 0) break;
    at = next + 1;
  }
  return lines.join('\n');
}

/** The lines up to the next numbered title. */
function untilNextTitle(lines: string): string {
  const next = NEXT_TITLE.exec(lines);
  return next ? lines.slice(0, next.index) : lines;
}

export function agendaHeadings(text: string): AgendaHeading[] {
  const titled = [...text.matchAll(NUMBERED_TITLE)]
    .filter((m) => {
      if (CASE_LABEL.test(m[0])) return true;
      const below = untilNextTitle(linesAfter(text, m.index + m[0].length, CASE_LABEL_LINES));
      return CASE_LABEL.test(below) || CASE_NUMBER_LINE.test(below);
    })
    .map((m) => ({ number: m[1]!.replace(/\s+/gu, ' '), start: m.index + m[0].search(/\S/), end: m.index + TITLE_NUMBER.exec(m[0])![0].length }));
  // "Ärende 5" under the title line "5 …" is that item's label, not a new item.
  const labelled = [...text.matchAll(ITEM_LABEL)]
    .filter((m) => !titled.some((t) => t.number === m[1] && t.start < m.index && m.index - t.end < LABEL_REACH))
    .map((m) => ({ number: m[1]!, start: m.index + m[0].search(/\S/), end: m.index + m[0].length }));
  return [...titled, ...labelled].sort((a, b) => a.start - b.start);
}

/**
 * An agenda's list with its items one to a line and no case numbers ("1. Val av justerare" / "2. Ansökan om
 * verksamhetsbidrag från …" / "3 Föreningsbidrag till …"), blank lines, a bare case number or a föredragande's
 * line perhaps between them: the first chain of LINE_LIST_MIN numbered titles whose numbers rise (by at most
 * LINE_LIST_GAP), each within LINE_LIST_REACH lines of the one before. The caller reads it only in a text headed
 * by an agenda's title (KALLELSE, Föredragningslista), after it: an agenda lists its items before any appended
 * report, whose numbered points come later and stand apart. Not an amount's line ("500 000 kronor": no capital).
 */
export const LINE_LIST_MIN = 3;
const LINE_LIST_GAP = 2;
const LINE_LIST_REACH = 3;

export function agendaLineHeadings(text: string, from: number): AgendaHeading[] {
  let chain: AgendaHeading[] = [];
  for (const m of text.slice(from).matchAll(NUMBERED_TITLE)) {
    const start = from + m.index + m[0].search(/\S/);
    const heading = { number: m[1]!.replace(/\s+/gu, ' '), start, end: from + m.index + TITLE_NUMBER.exec(m[0])![0].length };
    const last = chain.at(-1);
    const step = last === undefined ? 0 : Number.parseInt(heading.number, 10) - Number.parseInt(last.number, 10);
    const near = last !== undefined && nonBlankLines(text.slice(last.start, start)) <= LINE_LIST_REACH + 1;
    if (last !== undefined && step >= 0 && step <= LINE_LIST_GAP && near) chain.push(heading);
    else if (chain.length >= LINE_LIST_MIN) break;
    else chain = [heading];
  }
  return chain.length >= LINE_LIST_MIN ? chain : [];
}

const nonBlankLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '').length;
