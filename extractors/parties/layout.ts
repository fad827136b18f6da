/**
 * Where on the page a span sits: protocol headers ("KUNGSBACKA KOMMUN  SAMMANTRÄDESPROTOKOLL" over
 * "Nämnden för Kultur & Fritid") name the document's own kommun and body on the first lines of a page.
 */
import { perText } from '../engine/memo.js';
import { lastAtOrBefore } from '../engine/sorted.js';

/** Lines a page header takes at most. */
const HEADER_LINES = 4;

/** A page starts after a form feed (DocText's page separator) or a converter's page marker ("<!-- sida 21 -->"). */
const PAGE_START = /\f|<!--[^\n]*-->/g;

/** Lines that are not page content: a file's "# source:" line, front matter ("kommun: kungsbacka"). */
const NOT_CONTENT = /^(?:#|\p{Ll}+:\s)/u;

/** Where each page of a text starts (after each page-start mark), ascending; found once per text. */
const pageStarts = perText((text: string) => [0, ...[...text.matchAll(PAGE_START)].map((m) => m.index + m[0].length)]);

/** True when the span starting at `start` begins a line among the first lines of its page. */
export function inPageHeader(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return false;
  // A mark never spans a line break, so the last one ending by the line's start begins its page.
  const starts = pageStarts(text);
  const pageStart = starts[lastAtOrBefore(starts, lineStart)]!;
  // Count the content lines above, from the line up, only as far as the header's lines reach.
  let lines = 0;
  for (let lineEnd = lineStart - 1; lineEnd >= pageStart && lines < HEADER_LINES; ) {
    const from = Math.max(lineEnd > 0 ? text.lastIndexOf('\n', lineEnd - 1) + 1 : 0, pageStart);
    const line = text.slice(from, lineEnd).trim();
    if (line !== '' && !NOT_CONTENT.test(line)) lines++;
    lineEnd = from - 1;
  }
  return lines < HEADER_LINES;
}
