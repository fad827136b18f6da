/**
 * The document's focus: a protocol (or an extract of one) records several matters, each under its own §
 * heading with its own title, Dnr and decision; only the item about the partnership is this document's
 * matter. The focus is the header before the first § (municipality, body, meeting date: every item shares
 * it) and the item(s) that speak of the partnership most plainly (matter.ts). A document with one item, with
 * no § structure, of another type (an agreement's "§ 1 Parter" are sections of one matter), or with no item
 * about a partnership has its whole text as focus.
 */
import type { DocType } from '../../pipeline/contract.js';
import type { Focus } from '../engine/context.js';
import { DocText, PAGE_SEPARATOR } from '../engine/doc-text.js';
import { paragraphHeadings, type ParagraphHeading } from './headings.js';
import { matterRank } from './matter.js';

/** Types whose § headings open separate matters. */
const ITEMISED: ReadonlySet<DocType> = new Set(['protokoll', 'beslut']);
/** An item's title: its heading line and the lines after it up to a blank line, at most this many. */
const TITLE_LINES = 4;

export interface Item {
  /** "§ 187". */
  paragraph: string;
  /** From the § heading to the next one (or the end of the text). */
  start: number;
  end: number;
  titleEnd: number;
}

type Span = { start: number; end: number };

/**
 * The items of a text, in order; empty when it has no § heading. A protocol numbers its items upwards; a
 * heading numbered below the item before it belongs to an appendix of that item (an agreement's "§ 1 Parter",
 * "§ 2 Ekonomi" after "§ 45 Idéburet offentligt partnerskap …") and opens no item.
 */
export function protocolItems(text: string): Item[] {
  const headings: ParagraphHeading[] = [];
  for (const heading of paragraphHeadings(text)) {
    const last = headings.at(-1);
    if (!last || paragraphNumber(heading) >= paragraphNumber(last)) headings.push(heading);
  }
  return headings.map((heading, i) => {
    const end = headings[i + 1]?.start ?? text.length;
    return { paragraph: heading.value, start: heading.start, end, titleEnd: titleEnd(text, heading.start, end) };
  });
}

const paragraphNumber = (heading: ParagraphHeading) => Number.parseInt(heading.value.replace(/^§\s*/, ''), 10);

function titleEnd(text: string, start: number, end: number): number {
  let at = start;
  for (let line = 0; line < TITLE_LINES; line++) {
    const next = text.indexOf('\n', at);
    if (next < 0 || next >= end) return end;
    at = next + 1;
    // A blank line ends the title.
    if (/^[ \t]*(?:\n|$)/.test(text.slice(at, at + 200))) break;
  }
  return at;
}

/** The items about the partnership, or [] when the text has fewer than two items or none is about it. */
export function focusItems(text: string): Item[] {
  const items = protocolItems(text);
  if (items.length < 2) return [];
  const ranked = items.map((item) => ({
    item,
    rank: matterRank(text.slice(item.start, item.titleEnd), text.slice(item.titleEnd, item.end)),
  }));
  const best = Math.min(...ranked.map((r) => r.rank ?? Infinity));
  if (best === Infinity) return [];
  const chosen = ranked.filter((r) => r.rank === best).map((r) => r.item);
  return chosen.length < items.length ? chosen : [];
}

export function findFocus(doc: DocText, docType: DocType): Focus {
  const items = ITEMISED.has(docType) ? focusItems(doc.text) : [];
  const first = paragraphHeadings(doc.text)[0];
  if (items.length === 0 || !first) return { spans: [{ start: 0, end: doc.text.length }], narrowed: false, doc };
  const spans = [{ start: 0, end: first.start }, ...items.map(({ start, end }) => ({ start, end }))];
  return { spans, narrowed: true, doc: blankedOutside(doc, spans) };
}

/** Whether a global offset lies in the focus (always, without one). */
export function inFocus(focus: Focus | undefined, offset: number): boolean {
  return !focus || focus.spans.some((s) => offset >= s.start && offset < s.end);
}

/** The document with every character outside the spans but line breaks turned into a space. */
function blankedOutside(doc: DocText, spans: readonly Span[]): DocText {
  let pageStart = 0;
  const pages = doc.pages.map((page) => {
    const start = pageStart;
    pageStart += page.text.length + PAGE_SEPARATOR.length;
    const text = page.text.replace(/[^\n]/g, (ch, i: number) => (spans.some((s) => start + i >= s.start && start + i < s.end) ? ch : ' '));
    return { number: page.number, text };
  });
  return new DocText(pages, doc.paged);
}
