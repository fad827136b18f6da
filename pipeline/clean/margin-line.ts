/**
 * Running headers, footers, page counters and signature-box phrases are short lines. A longer line is body
 * text, and is not compared, folded or parsed as one: a page that is one very long line (a broken text
 * layer, a hostile file) costs the margin rules nothing.
 */
export const MAX_MARGIN_LINE_CHARS = 200;

export function mayBeMarginLine(line: string): boolean {
  return line.length <= MAX_MARGIN_LINE_CHARS;
}
