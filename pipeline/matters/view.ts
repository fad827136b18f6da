/**
 * A matter is read on its own: a DocText of only its spans (and the protocol header's), each piece keeping
 * the offset where it starts in its page, so every extractor's evidence still points into the real page.
 */
import { DocText, PAGE_SEPARATOR } from '../../extractors/engine/doc-text.js';

export interface Span {
  /** Global offsets into the document's DocText, [start, end). */
  start: number;
  end: number;
}

/** Where each page starts in the document's joined text. */
function pageStarts(doc: DocText): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const page of doc.pages) {
    starts.push(at);
    at += page.text.length + PAGE_SEPARATOR.length;
  }
  return starts;
}

/** The document cut down to the spans, in their order; a span over a page break stays two pieces of text. */
export function viewOf(doc: DocText, spans: readonly Span[]): DocText {
  const starts = pageStarts(doc);
  const pieces = spans.flatMap(({ start, end }) =>
    doc.pages.flatMap((page, i) => {
      const from = Math.max(start - starts[i]!, 0);
      const to = Math.min(end - starts[i]!, page.text.length);
      return to > from ? [{ number: page.number, text: page.text.slice(from, to), offset: (page.offset ?? 0) + from }] : [];
    }),
  );
  return new DocText(pieces, doc.paged);
}

/** A span's ends as page numbers (null for a page-less text) and offsets into those pages. */
export function spanPosition(doc: DocText, span: Span): { page: number | null; start: number; endPage: number | null; end: number } {
  const starts = pageStarts(doc);
  const at = (offset: number, index: number) => ({
    page: doc.paged ? (doc.pages[index]?.number ?? null) : null,
    local: Math.min(Math.max(offset - (starts[index] ?? 0), 0), doc.pages[index]?.text.length ?? 0) + (doc.pages[index]?.offset ?? 0),
  });
  const first = at(span.start, doc.pageIndexAt(span.start));
  const last = at(span.end, doc.pageIndexAt(Math.max(span.start, span.end - 1)));
  return { page: first.page, start: first.local, endPage: last.page, end: last.local };
}
