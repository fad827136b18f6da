/**
 * Rows of tables as text extraction and the converters leave them: one row a line, its cells split by tabs (word
 * processors, HTML), by pipes (Markdown, some web exports: "| Förening | Belopp (kr) |") or by runs of two or more
 * spaces (pdftotext -layout). The listings extractor reads partnerships from such rows and the amounts extractor
 * money under a column's header; both split a line into cells here, every cell keeping its offset in the text.
 */

import { perText } from './memo.js';

/** A line of the text and where it starts. */
export interface Line {
  text: string;
  start: number;
}

/** A cell's text, its surrounding whitespace trimmed off, and its span in the text. */
export interface RowCell {
  text: string;
  start: number;
  end: number;
}

export type CellSeparator = 'tab' | 'pipe' | 'spaces';

/**
 * The text's lines, split once per text (engine/memo.ts) and shared, frozen: the listing readers, the document type and the
 * amounts' table reader each split the same document again (ten splits of a text and an object per line each time).
 */
export const splitLines: (text: string) => readonly Line[] = perText(readLines);

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const content of text.split('\n')) {
    lines.push({ text: content, start });
    start += content.length + 1;
  }
  return lines;
}

/** The text of a line between two offsets, its surrounding whitespace trimmed off. */
export function trimmedSlice(line: Line, from: number, to: number): RowCell {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: line.start + from + lead, end: line.start + from + lead + text.length };
}

const SEPARATORS: Readonly<Record<CellSeparator, RegExp>> = { tab: /\t/g, pipe: /\|/g, spaces: / {2,}/g };

/** The line's cells split by a separator. */
export function rowCells(line: Line, separator: CellSeparator): RowCell[] {
  const cells: RowCell[] = [];
  let from = 0;
  for (const match of line.text.matchAll(SEPARATORS[separator])) {
    cells.push(trimmedSlice(line, from, match.index));
    from = match.index + match[0].length;
  }
  cells.push(trimmedSlice(line, from, line.text.length));
  if (separator === 'pipe') {
    // "| a | b |": the outer pipes leave empty cells at both ends.
    if (cells[0]?.text === '') cells.shift();
    if (cells.at(-1)?.text === '') cells.pop();
  }
  // Layout text indents a row: the indent is no cell.
  if (separator === 'spaces' && cells[0]?.text === '') cells.shift();
  return cells;
}
