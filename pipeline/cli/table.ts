/** Plain-text tables for the command line's human-readable output: padded columns, numbers right-aligned. */

export type Cell = string | number | null;

const NUMERIC = /^(-?\d+(\.\d+)?%?|—)$/;

/** Formats rows under a header; columns of numbers (nulls shown as "—") are right-aligned, text left-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const shown = rows.map((row) => row.map((cell) => (cell === null ? '—' : String(cell))));
  const widths = header.map((h, i) => Math.max(h.length, ...shown.map((row) => row[i]?.length ?? 0)));
  const right = header.map((_, i) => shown.length > 0 && shown.every((row) => NUMERIC.test(row[i] ?? '—')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...shown.map(line)].join('\n');
}

/** A ratio as a fixed three-decimal number, or null when undefined. */
export const fixed3 = (x: number | null): string | null => (x === null ? null : x.toFixed(3));
