/**
 * The line a span of a text stands on: from just after the line break before `start` to the line break at or after
 * `end` (the text's end where none follows). Readers ask it of raw texts — a document's, a cell's, a sentence's — so
 * it takes the text, not the document model.
 */
export function lineBounds(text: string, start: number, end = start): { start: number; end: number } {
  const to = text.indexOf('\n', end);
  return { start: text.lastIndexOf('\n', start - 1) + 1, end: to < 0 ? text.length : to };
}
