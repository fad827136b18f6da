/**
 * A ruled table whose cells text extraction gave one a line, the header's labels too:
 *   Organisation          (header: one label a line)
 *   Verksamhet
 *   Avtalsperiod
 *   Kvinnojouren Tärnan   (then each row's cells, one a line, in the header's order)
 *   Skyddat boende
 *   2022-01-01–2025-12-31
 * The rows are the lines taken as many at a time as the header has labels. That reading holds only where it
 * fits: each row's period cell reads as a period, its money cell holds a number and its body cell a body, while its organisation cell
 * is no sentence and does not read as a period. The table ends at the first row that does not fit, and only where a blank line or a
 * line of totals ("Summa") does; a wrapped cell breaks the count, and the flowed reading is left for that.
 */
import { readCellPeriods, readPeriodColumn } from './period-cell.js';
import { isBlank, sliceCell, type Cell, type ColumnRole } from './table.js';
import type { Line } from '../engine/table-row.js';
import { isRefusedCell, isTotalLine } from './totals.js';
import { BODY_HEAD, MAX_OWNER_WORDS } from './collapsed-table.js';

/**
 * A cell of the sum asked for ("Sökt belopp") is that sum alone ("30 000", "30 000 kr"): a row run on into it
 * ("Ekbacka IF 50 000 Avslag") shows the rows are one a line, not one cell a line.
 */
const ASKED_SUM = /^\d[\d\s.,]*(?:kr|kronor|tkr|sek|:-)?$/iu;

/**
 * An organisation cell names, it does not tell: a line ending in a full stop, or a long one, is prose. An ellipsis
 * ("Björkens intresseförening...", "…") is a web table's cut cell, no sentence's end.
 */
const isSentence = (cell: string) => /(?<!\.\.)[.!?]$/.test(cell.trim().replace(/…$/u, '')) || cell.trim().split(/\s+/).length > MAX_OWNER_WORDS;

/** The rows of lines[from, to) read N lines a row under N labels, or null when they do not fit. */
export function readCellLines(lines: readonly Line[], from: number, to: number, roles: readonly ColumnRole[]): Cell[][] | null {
  const width = roles.length;
  const period = roles.indexOf('period');
  const owner = Math.max(0, roles.indexOf('ideburen'));
  const filled = lines.map((line, index) => ({ line, index })).slice(from, to).filter(({ line }) => !isBlank(line.text));
  const rows: Cell[][] = [];
  let used = 0;
  while (used + width <= filled.length) {
    const row = filled.slice(used, used + width).map(({ line }) => sliceCell(line, 0, line.text.length));
    // A money column's cell holds a number ("250", "1 200 000 kr"), a body column's a body ("Fritidsnämnden").
    const fits =
      !isSentence(row[owner]!.text) &&
      readCellPeriods(row[owner]!.text).length === 0 &&
      (period < 0 || readPeriodColumn(row[period]!.text).length > 0) &&
      roles.every((role, i) => role !== 'amount' || /\d/.test(row[i]!.text) || isRefusedCell(row[i]!.text)) &&
      roles.every((role, i) => role !== 'requested' || ASKED_SUM.test(row[i]!.text.trim())) &&
      roles.every((role, i) => role !== 'organ' || BODY_HEAD.test(row[i]!.text));
    if (!fits || isTotalLine(row[0]!.text)) break;
    rows.push(row);
    used += width;
  }
  if (rows.length === 0) return null;
  // What follows the last row must stand apart from it: the end, a line of totals, or after a blank line.
  const after = filled[used];
  return !after || isTotalLine(after.line.text) || after.index > filled[used - 1]!.index + 1 ? rows : null;
}
