/**
 * Finds tables that list partnerships in a document's text, as text extraction leaves them: one row a
 * line, cells split by tabs (word processors, HTML), by pipes (Markdown, some web exports) or by runs of
 * two or more spaces (pdftotext -layout). A table starts at a header row whose cells name column roles
 * (listing-headers.json) and runs until a line that is not a row; blank lines and page breaks inside it
 * are allowed, and a line whose organisation cell is empty continues the row above (a wrapped cell).
 */
import headers from '../lexicon/listing-headers.json' with { type: 'json' };
import { perKey, perText } from '../engine/memo.js';
import { rowCells, splitLines, trimmedSlice, type CellSeparator, type Line } from '../engine/table-row.js';

/** 'requested' is the sum an applicant asked for ("Sökt belopp"): a column to line the cells up by, never the row's amount. */
export type ColumnRole = 'ideburen' | 'parties' | 'offentlig' | 'organ' | 'period' | 'description' | 'amount' | 'requested' | 'targetGroup';

/** The column that says who the row's idéburen party is: its own, or one naming all parties ("Parter"). */
export function ownerColumn(roles: readonly (ColumnRole | null)[]): number {
  const own = roles.indexOf('ideburen');
  return own >= 0 ? own : roles.indexOf('parties');
}
type Style = CellSeparator;

/** A cell's text and its global span in DocText.text. `exact` is false when wrapped lines were joined. */
export interface Cell {
  text: string;
  start: number;
  end: number;
  exact: boolean;
  /**
   * The cell is one organisation's name as written, a comma or dash inside it its own ("Hela gården, Ria Norrby: 500 000"):
   * the reader that made the cell knows it names one, so it is not split into several.
   */
  oneName?: true;
  /**
   * The cell is a bare number its reader knows to be a sum in kronor, however small: "627" closing "Folkuniversitetet
   * 627" in a list whose other lines give grouped sums (line-list.ts).
   */
  kronor?: true;
  /** The cell is a sum its list's lead-in says is paid each year ("… sina årliga verksamhetsbidrag …:"), line-list.ts. */
  yearly?: true;
  /** The cell is a sum its list's lead-in states for a span of years ("… mellan åren 2023–2027:"), the span's total, line-list.ts. */
  total?: true;
}

export interface ListingTable {
  roles: (ColumnRole | null)[];
  /** The header's own words per column where the table has a header row ("Belopp (tkr/år)"): units live there. */
  labels?: string[];
  /** Each row holds one cell per column (an empty cell where the line had none). */
  rows: Cell[][];
  /**
   * Its rows are grants the text says were made one by one ("Föreningarna som fick bidrag var A, B och C", enumerations.ts):
   * the year of the round dates them, sums or none.
   */
  granted?: true;
}

interface RawCell extends Cell {
  /** Column of the cell's first character within its line, for aligning layout text. */
  column: number;
}

export const ROLE_WORDS = Object.entries(headers)
  .filter((entry): entry is [ColumnRole, string[]] => Array.isArray(entry[1]))
  .flatMap(([role, words]) => words.map((word) => ({ role, word })))
  // Longest first, so "offentlig aktör" wins over "aktör".
  .sort((a, b) => b.word.length - a.word.length);

/** Header cells are short labels, not sentences. */
const MAX_HEADER_CELL = 45;
export const SEPARATOR_CELL = /^[\s\-–—:=_.|]*$/;

export function isBlank(line: string): boolean {
  return /^[\s\f]*$/.test(line);
}

/**
 * Whether any line of the text can have a style (styleOf): only with a tab, a pipe or two spaces in a row. A text holding
 * none of them (most web pages and text runs: every document of the bench corpus) has no table, and its lines are not
 * walked; the document type asks every document for its tables.
 */
export const mayHoldStyle = (text: string): boolean => text.includes('\t') || text.includes('|') || text.includes('  ');

function styleOf(line: string): Style | null {
  if (line.includes('\t')) return 'tab';
  if ((line.match(/\|/g) ?? []).length >= 2) return 'pipe';
  if (/\S {2,}\S/.test(line)) return 'spaces';
  return null;
}

/** A cell of the text holding `value` as written, which stands at `start`. */
export const textCell = (value: string, start: number): Cell => ({ text: value, start, end: start + value.length, exact: true });

/** The text of a line between two offsets as a cell, its surrounding whitespace trimmed off. */
export function sliceCell(line: Line, from: number, to: number): Cell {
  return { ...trimmedSlice(line, from, to), exact: true };
}

/** The line's cells under a style, with global offsets; surrounding whitespace is trimmed off each cell. */
function cellsOf(line: Line, style: Style): RawCell[] {
  return rowCells(line, style).map((cell) => ({ ...cell, exact: true, column: cell.start - line.start }));
}

/** The role a header cell names, or null. */
export function headerRole(cell: string): ColumnRole | null {
  const label = cell.toLowerCase().replace(/[*:]+$/, '').replace(/\s+/g, ' ').trim();
  if (label.length === 0 || label.length > MAX_HEADER_CELL) return null;
  return labelRole(label);
}

/** A short label's role, remembered per label (engine/memo.ts): the finders ask for the same labels line after line. */
const labelRole = perKey((label: string): ColumnRole | null => {
  const hit = ROLE_WORDS.find(({ word }) => label === word || (label.startsWith(word) && /^[\s/(:,]/.test(label.slice(word.length))));
  return hit?.role ?? null;
}, 4000);

/** Roles of a header row, or null when the row is not the header of a listing. */
function headerRoles(cells: RawCell[]): (ColumnRole | null)[] | null {
  if (cells.length < 2) return null;
  const roles = cells.map((cell) => headerRole(cell.text));
  const named = roles.filter((role) => role !== null);
  if (ownerColumn(named) < 0 || named.length < 2) return null;
  // A header is labels only: a cell that names no role must at least be short.
  if (cells.some((cell, i) => roles[i] === null && cell.text.length > MAX_HEADER_CELL)) return null;
  return roles;
}

function emptyCell(at: number): Cell {
  return { text: '', start: at, end: at, exact: true };
}

/** One cell of two, in reading order (a wrapped cell's lines; a start and an end column). */
export function joinCells(a: Cell, b: Cell, separator = ' '): Cell {
  if (b.text === '') return a;
  if (a.text === '') return b;
  return { text: `${a.text}${separator}${b.text}`, start: a.start, end: b.end, exact: false };
}

/** Places a line's cells into the table's columns: by index for tabs and pipes, by position for layout text. */
function placeCells(cells: RawCell[], style: Style, headerColumns: number[], at: number): Cell[] {
  const placed: Cell[] = headerColumns.map(() => emptyCell(at));
  cells.forEach((cell, i) => {
    let index = i;
    if (style === 'spaces') {
      // The column whose header starts nearest to the cell's start.
      index = headerColumns.reduce((best, column, j) => (Math.abs(column - cell.column) < Math.abs(headerColumns[best]! - cell.column) ? j : best), 0);
    }
    // Cells past the last column belong to the last column (a description with a stray separator).
    index = Math.min(index, headerColumns.length - 1);
    placed[index] = joinCells(placed[index]!, cell);
  });
  return placed;
}

/** Read once per text (engine/memo.ts): the document type and the listings extractor both ask for them. */
export const findListingTables = perText(readListingTables);
function readListingTables(text: string): ListingTable[] {
  if (!mayHoldStyle(text)) return [];
  const lines = splitLines(text);
  const tables: ListingTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const style = styleOf(line.text);
    const header = style ? cellsOf(line, style) : [];
    const roles = style ? headerRoles(header) : null;
    if (!style || !roles) {
      i++;
      continue;
    }
    const headerColumns = header.map((cell) => cell.column);
    const owner = ownerColumn(roles);
    const rows: Cell[][] = [];
    for (i++; i < lines.length; i++) {
      const next = lines[i]!;
      if (isBlank(next.text)) continue;
      if (styleOf(next.text) !== style && !(style === 'spaces' && /^\s{2,}\S/.test(next.text))) break;
      const cells = cellsOf(next, style);
      if (cells.every((cell) => SEPARATOR_CELL.test(cell.text))) continue;
      // A second header (the table repeated after a page break) starts nothing new.
      if (headerRoles(cells)) continue;
      const placed = placeCells(cells, style, headerColumns, next.start);
      const previous = rows.at(-1);
      if (placed[owner]!.text === '' && previous) {
        rows[rows.length - 1] = previous.map((cell, c) => joinCells(cell, placed[c]!));
      } else {
        rows.push(placed);
      }
    }
    tables.push({ roles, labels: header.map((cell) => cell.text), rows });
  }
  return tables;
}
