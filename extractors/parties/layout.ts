/**
 * Where on the page a span sits: protocol headers ("KUNGSBACKA KOMMUN  SAMMANTRÄDESPROTOKOLL" over
 * "Nämnden för Kultur & Fritid") name the document's own kommun and body on the first lines of a page.
 */

/** Lines a page header takes at most. */
const HEADER_LINES = 4;

/** A page starts after a form feed (DocText's page separator) or a converter's page marker ("<!-- sida 21 -->"). */
const PAGE_START = /\f|<!--[^\n]*-->/g;

/** Lines that are not page content: a file's "# source:" line, front matter ("kommun: kungsbacka"). */
const NOT_CONTENT = /^(?:#|\p{Ll}+:\s)/u;

/** True when the span starting at `start` begins a line among the first lines of its page. */
export function inPageHeader(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return false;
  let pageStart = 0;
  for (const m of text.slice(0, lineStart).matchAll(PAGE_START)) pageStart = m.index + m[0].length;
  const lines = text
    .slice(pageStart, lineStart)
    .split('\n')
    .filter((line) => line.trim() !== '' && !NOT_CONTENT.test(line.trim()));
  return lines.length < HEADER_LINES;
}
