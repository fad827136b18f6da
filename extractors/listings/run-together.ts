/**
 * Tables whose column gaps were lost, found by their header of column labels without separators. The
 * header takes three shapes, and the rows follow it in two:
 *   - the labels alone on one line ("Idéburen aktör Offentlig aktör Innehåll"): rows one a line
 *     (collapsed-table.ts), or poured into a paragraph (flowed-table.ts) — whichever reads more rows;
 *   - one label a line (cells of a ruled table read one a line): rows one cell a line when they fit the
 *     header's width (cell-lines.ts), else poured into lines (flowed);
 *   - the labels starting a paragraph that goes on with the rows (flowed).
 * A table runs to the next numbered heading or header.
 */
import unreadLabels from '../lexicon/listing-unread-labels.json' with { type: 'json' };
import { isHeading } from './headings.js';
import { coversLine, isHeaderRoles, isLabelLine, isPublicFirstRoles, layoutOf, readCollapsedRows, readLabels } from './collapsed-table.js';
import { readCellLines } from './cell-lines.js';
import { readFlowedRows } from './flowed-table.js';
import { readCellPeriods } from './period-cell.js';
import { isBlank, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { splitLines, type Line } from '../engine/table-row.js';
import { perText } from '../engine/memo.js';

/** Read once per text (engine/memo.ts): the document type and the listings extractor both ask for them. */
export const findRunTogetherTables = perText(readRunTogetherTables);
function readRunTogetherTables(text: string): ListingTable[] {
  const lines = splitLines(text);
  // Each line's labels are read once: the header search and the search for a table's end ask again and again.
  const read: ReturnType<typeof readLabels>[] = [];
  const labelsAt = (i: number) => (read[i] ??= readLabels(lines[i]!.text));
  const isLabelAt = (i: number) => coversLine(lines[i]!.text, labelsAt(i));
  const ends = (i: number) => i >= lines.length || isLabelAt(i) || labelsAt(i).roles.length >= 2 || (isHeading(lines[i]!.text)?.depth ?? 99) < 99;
  const tables: ListingTable[] = [];
  let i = 0;
  while (i < lines.length) {
    // The header: label-only lines, or a line that starts with labels and goes on with the first row.
    const roles: ColumnRole[] = [];
    const labels: string[] = [];
    const addLabels = (read: ReturnType<typeof readLabels>) => {
      roles.push(...read.roles);
      labels.push(...read.labels);
    };
    let next = i;
    while (next < lines.length && (isLabelAt(next) || (next === i && closesOnOwnLabel(lines, i, labelsAt(i))))) addLabels(labelsAt(next++));
    const headerLines = next - i;
    const prefix = headerLines === 0 ? labelsAt(i) : null;
    if (prefix) addLabels(prefix);
    // A header of one label a line: the rows may be one cell a line too, in any column order the header gives.
    const cellHeader = headerLines > 0 ? readCellLinesHeader(lines, i) : null;
    if (cellHeader) {
      let last = cellHeader.next;
      while (!ends(last + 1)) last++;
      const cellLines = readCellLines(lines, cellHeader.next, last + 1, cellHeader.roles);
      if (cellLines) {
        tables.push({ roles: [...cellHeader.roles], labels: cellHeader.labels, rows: cellLines });
        i = last + 1;
        continue;
      }
    }
    // A line of labels over cells one a line (a web table's header row kept whole, its cells not): read so only
    // where the rows are not one a line themselves ("Förening Verksamhet Avtalsperiod", then "Kvinnojouren
    // Tärnan", "Skyddat boende", "2023–2025", …).
    if (headerLines === 1 && !labelsAt(i).glued && isCellLinesHeader(roles, roles.length)) {
      let last = next - 1;
      while (!ends(last + 1)) last++;
      const cellLines = readCellLines(lines, next, last + 1, roles);
      const layout = layoutOf(roles, labels);
      if (cellLines && cellLines.every((row) => periodsAlone(row, roles)) && !(layout && readCollapsedRows(lines, next, layout).complete)) {
        tables.push({ roles: [...roles], labels, rows: cellLines });
        i = last + 1;
        continue;
      }
    }
    // A header whose public column comes first is read only as a line of labels over rows one a line.
    const publicFirst = isPublicFirstRoles(roles) && headerLines === 1;
    const layout = (isHeaderRoles(roles) && (headerLines > 0 || prefix!.roles.length >= 2)) || publicFirst ? layoutOf(roles, labels) : null;
    if (!layout) {
      i = Math.max(next, i + 1);
      continue;
    }
    const start = prefix ? lines[i]!.start + prefix.end : (lines[next]?.start ?? text.length);
    let last = prefix ? i : next;
    while (!ends(last + 1)) last++;
    const end = last < lines.length ? lines[last]!.start + lines[last]!.text.length : text.length;
    const flowed = end > start && !layout.publicFirst && !layout.publicLast ? readFlowedRows(text, start, end, layout) : [];
    let rows = flowed;
    if (headerLines === 1) {
      const collapsed = readCollapsedRows(lines, next, layout);
      if (collapsed.complete || collapsed.rows.length >= flowed.length) rows = collapsed.rows;
    }
    if (rows.length > 0) tables.push({ roles: layout.roles, labels: layout.labels, rows });
    i = last + 1;
  }
  return tables;
}

/**
 * own last label: a header line may close on a label of a column the reader has no role for ("Idéburen part Belopp/år
 * Avtalsperiod Kontaktperson", "… Period Kommentar", lexicon/listing-unread-labels.json) over rows one a line: a header
 * whose last column goes unread, not labels running on into a first row ("Förening Nämnd Period Röda" / "Korset …").
 *   yes: "Förening Belopp Period Kontaktperson" over "Kvinnojouren Ekby 450 000 2024–2026 Anna Berg"
 *   no:  "Förening Nämnd Period Röda" (a name's first word), "Förening Period Fryshuset 2022–2024"
 */
const UNREAD_LABELS = new Set(unreadLabels.labels);
function closesOnOwnLabel(lines: readonly Line[], i: number, read: { roles: readonly ColumnRole[]; end: number }): boolean {
  return read.roles.length >= 2 && UNREAD_LABELS.has(lines[i]!.text.slice(read.end).trim().toLowerCase()) && !isBlank(lines[i + 1]?.text ?? '');
}

/**
 * Under a line of labels, a row read one cell a line holds its period in its period cell alone, and opening it:
 * a cell that runs on into the next row's name ("Föreningen Gemenskap … 2022–2024") shows the rows are one a line.
 */
function periodsAlone(row: readonly Cell[], roles: readonly ColumnRole[]): boolean {
  return row.every((cell, i) => {
    const [first] = readCellPeriods(cell.text);
    return roles[i] === 'period' ? first !== undefined && cell.text.slice(0, first.start).trim() === '' : first === undefined;
  });
}

/**
 * The header of a table whose cells follow one a line, from line `from`: one label a line ("Organisation",
 * "Verksamhet", "Avtalsperiod"), the same with a blank line between labels (a web table's header cells), or the
 * labels glued on one line ("AvtalFöreningAnsvarig nämnd"); its roles, labels and the line after it.
 */
function readCellLinesHeader(lines: readonly Line[], from: number): { roles: ColumnRole[]; labels: string[]; next: number } | null {
  const first = readLabels(lines[from]!.text);
  if (first.glued) return isCellLinesHeader(first.roles, first.roles.length) ? { roles: first.roles, labels: first.labels, next: from + 1 } : null;
  const roles: ColumnRole[] = [];
  const labels: string[] = [];
  let next = from;
  let gapped = false;
  while (next < lines.length && isLabelLine(lines[next]!.text)) {
    roles.push(...readLabels(lines[next]!.text).roles);
    labels.push(lines[next]!.text.trim());
    next++;
    if (!gapped && next < lines.length && isLabelLine(lines[next]!.text)) continue;
    // One blank line between labels, the same after each, when the labels are a web table's header cells.
    const spaced = isBlank(lines[next]?.text ?? 'x') && next + 1 < lines.length && isLabelLine(lines[next + 1]!.text);
    if (!spaced || !(gapped || labels.length === 1)) break;
    gapped = true;
    next++;
  }
  return isCellLinesHeader(roles, labels.length) ? { roles, labels, next } : null;
}

/**
 * A header of one label a line whose cells may follow one a line: an organisation column and another, each
 * label once. The organisation column may stand anywhere ("Verksamhet / Förening / Avtalstid") when a period,
 * money or body column lets each row's cells be checked against their labels; otherwise it must come first.
 */
export function isCellLinesHeader(roles: readonly ColumnRole[], headerLines: number): boolean {
  if (headerLines < 2 || headerLines !== roles.length || new Set(roles).size !== roles.length) return false;
  if (roles[0] === 'ideburen') return true;
  return roles.includes('ideburen') && (roles.includes('period') || roles.includes('amount') || roles.includes('organ'));
}
