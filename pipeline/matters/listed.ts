/**
 * A meeting page's agenda listed without case numbers (a stadsdelsnämnd's or idrottsnämnd's "Sammanträde
 * 2006-04-20" page: "1 Val av protokollsjusterare" … "8 Bidrag till utomstående organisation; ansökan från …"
 * … "16 Verksamhetsbidrag till …"): numbered titles each a paragraph of its own, between blank lines, their
 * numbers rising — an added "9 a" may stand before "9", and numbers the page leaves out may be skipped — in a
 * chain of at least LISTED_MIN. The caller reads it only in a meeting's text and before its first § item.
 * Not a decision's numbered points, which run line after line or are too few, nor an amount's line ("500 000
 * kronor", no capital after its number).
 */
import { NUMBERED_TITLE, type AgendaHeading } from '../../extractors/items/agenda.js';

/** Titles it takes to make a listed agenda. */
export const LISTED_MIN = 5;
/** Numbers a page may leave out between two listed titles (items read in another part of the meeting). */
export const LISTED_GAP = 5;

/** A blank line (or the text's edge) before and after a title: it is a paragraph of its own. */
const BLANK_BEFORE = /(?:^[ \t]*|\n[ \t]*\n)$/u;
const BLANK_AFTER = /^(?:\n[ \t]*\n|\n?[ \t]*$)/u;
const lone = (text: string, start: number, end: number) =>
  BLANK_BEFORE.test(text.slice(0, start).slice(-40)) && BLANK_AFTER.test(text.slice(end, end + 40));

export function listedAgendaHeadings(text: string): AgendaHeading[] {
  const titles = [...text.matchAll(NUMBERED_TITLE)]
    .filter((m) => lone(text, m.index, m.index + m[0].length))
    .map((m) => {
      const start = m.index + m[0].search(/\S/);
      return { number: m[1]!.replace(/\s+/gu, ' '), start, end: start + m[1]!.length + (text[start + m[1]!.length] === '.' ? 1 : 0) };
    });
  let best: AgendaHeading[] = [];
  let chain: AgendaHeading[] = [];
  for (const heading of titles) {
    const number = Number.parseInt(heading.number, 10);
    const last = chain.at(-1);
    const rises = last !== undefined && number >= Number.parseInt(last.number, 10) && number <= Number.parseInt(last.number, 10) + LISTED_GAP;
    chain = rises ? [...chain, heading] : [heading];
    if (chain.length > best.length) best = chain;
  }
  return best.length >= LISTED_MIN ? best : [];
}
