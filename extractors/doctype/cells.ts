/**
 * Layout cells: the pieces of a line that a PDF's columns or tabs set apart ("KUNGSBACKA KOMMUN      
 * SAMMANTRÄDESPROTOKOLL" is two cells). Headers and headings are recognised per cell, not per line.
 */
export interface Cell {
  /** Index among the document's non-empty cells, in reading order. */
  index: number;
  start: number;
  end: number;
  text: string;
}

import { FURNITURE } from './furniture.js';
import { eachMatch } from '../engine/sticky.js';
import { perText } from '../engine/memo.js';

/** Two or more spaces or a tab separate columns. */
const COLUMN_GAP = /[ \t]*(?:\t| {2,})[ \t]*/g;

/** A text's cells, split once per text (engine/memo.ts): the type reader and the decision's header both read the document's. */
export const cells: (text: string) => readonly Cell[] = perText(layoutCells);

function layoutCells(text: string): Cell[] {
  const found: Cell[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let cellStart = 0;
    const gaps = [...eachMatch(COLUMN_GAP, line), null];
    for (const gap of gaps) {
      const cellEnd = gap ? gap.index : line.length;
      const raw = line.slice(cellStart, cellEnd);
      const lead = raw.length - raw.trimStart().length;
      const cellText = raw.trim();
      if (cellText && cellText !== '\f') {
        const start = lineStart + cellStart + lead;
        found.push({ index: found.length, start, end: start + cellText.length, text: cellText });
      }
      if (gap) cellStart = gap.index + gap[0].length;
    }
    lineStart += line.length + 1;
  }
  return found;
}

/**
 * The cells without a hosting site's furniture, numbered again: a transcript's header is the document's first
 * cells, though docplayer sets six lines of its own ("Save this PDF as:", "Storlek: px", "Transkript") above it.
 */
export function documentCells(text: string): Cell[] {
  return cells(text)
    .filter((c) => !FURNITURE.test(c.text))
    .map((c, index) => ({ ...c, index }));
}
