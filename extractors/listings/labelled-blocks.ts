/**
 * Web lists that give each partnership as a block of labelled lines rather than a table row:
 *   Organisation: Stadsmissionen
 *   Nämnd: Socialnämnden
 *   Period: 2022-01-01 – 2024-12-31
 * or run together on one line, one sentence a label ("Partner: Stadsmissionen. Period: 2022–2024.").
 * A label names a column role (listing-headers.json); a block ends where a label comes again, or at a
 * line that is neither labelled nor the wrapped rest of a value. Only a list counts: at least two blocks
 * that each name an organisation and something else (one block is an agreement's own party data).
 */
import { headerRole, joinCells, ownerColumn, sliceCell, isBlank, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { splitLines, type Line } from '../engine/table-row.js';
import { perText } from '../engine/memo.js';
import { eachMatch } from '../engine/sticky.js';
import { readPartiesCell } from './parties-cell.js';
import { LOOSE_LOWER_WORDS, looksLikeName, nameAfterLead } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'parties', 'offentlig', 'organ', 'period', 'description', 'amount', 'targetGroup'];
/** "Label: value", with an optional list bullet; the value may start on the next line. */
const LABELLED = /^\s*(?:[-•*–]\s+)?([^:\n]{2,45}?)\s*:(?:\s+|$)/u;
/** LABELLED's match in a line; a line without a colon (most lines) is passed over without trying the pattern. */
const labelOf = (text: string): RegExpExecArray | null => (text.includes(':') ? LABELLED.exec(text) : null);
const MIN_BLOCKS = 2;
/** A label inside a line: at its start or after a sentence's or cell's end ("… 2024. Period: …"). */
const INLINE_LABEL = /(?:^|[.;|]\s+)(\p{L}[\p{L} /-]{1,44}?)\s*:\s+/gu;
/** What ends a run-together value: the full stop or separator before the next label, and spaces. */
const VALUE_END = /[\s.;|]+$/u;

/**
 * A line holding several labelled values, split into one line per label; any other line as it is.
 * Splitting needs two known labels, so a sentence with one colon ("Syfte: att …") stays whole.
 */
export function inlineLabelledLines(line: Line): Line[] {
  // A label needs a colon: most lines have none. eachMatch, not matchAll: matchAll copies the pattern for every line.
  if (!line.text.includes(':')) return [line];
  const starts = [...eachMatch(INLINE_LABEL, line.text)]
    .filter((m) => headerRole(m[1]!) !== null)
    .map((m) => m.index + m[0].indexOf(m[1]!));
  if (starts.length < 2) return [line];
  return starts.map((from, i) => {
    const text = line.text.slice(from, starts[i + 1] ?? line.text.length).replace(VALUE_END, '');
    return { text, start: line.start + from };
  });
}

/**
 * A label alone on its line with its value on the next ("Förening" over "Kvinnojouren Tärnan", as a web page's
 * definition list reads once extracted): its role, or null. A label followed by another label is a table's
 * header of one label a line (cell-lines.ts), not a block.
 */
function labelAlone(line: Line, next: Line | undefined): ColumnRole | null {
  const text = line.text.trim();
  if (text.length > MAX_LABEL || !next || isBlank(next.text)) return null;
  const role = headerRole(text);
  if (role === null) return null;
  const following = next.text.trim();
  // A name, a body, a period or a sum is one short line; a section heading ("Organisation") heads a paragraph.
  const short = following.length <= MAX_SHORT_VALUE || role === 'description' || role === 'targetGroup';
  return short && headerRole(following) === null && !labelOf(next.text) ? role : null;
}

const MAX_LABEL = 45;
const MAX_SHORT_VALUE = 100;

const MAX_PARTIES_LINE = 120;

/**
 * A line that is nothing but the parties of the block below it, without a label: a short line, no sentence,
 * naming an idéburen party and a public party or body ("Skyddsvärnet, Fryshuset och Storby stad").
 */
function isPartiesLine(text: string): boolean {
  const line = text.trim();
  if (line.length > MAX_PARTIES_LINE || /[.:;!?]$/.test(line) || labelOf(text)) return false;
  const read = readPartiesCell(line);
  return read.ideburna.length > 0 && read.offentliga.length + read.organ.length > 0;
}

/** A line that opens a block with a label other than the parties' ("Period för överenskommelse: 2021–2023"). */
function startsBlock(line: Line | undefined): boolean {
  const labelled = line ? labelOf(line.text) : null;
  const role = labelled ? headerRole(labelled[1]!) : null;
  return role !== null && role !== 'parties' && role !== 'ideburen';
}

/** The unlabelled line right above line i (one blank line may stand between), or null. */
function lastUnlabelled(lines: readonly Line[], i: number): Line | null {
  const j = i > 0 && isBlank(lines[i - 1]!.text) ? i - 2 : i - 1;
  const line = lines[j];
  return line && !isBlank(line.text) && !labelOf(line.text) ? line : null;
}

/**
 * "IOP med Fritidsbanken" or "Kvinnojouren Tärnan" over "Avtalsperiod: …" / "Ansvarig nämnd: …": the heading names
 * the organisation of a block whose labels name none, when it is a name with an organisation's form or follows
 * an agreement word. In a list whose blocks above were headed so, a heading of a name's shape heads the next block
 * as well, form or not ("Kvinnor för fred" over "Projekt: …" / "Belopp: …", after "Insamlingsstiftelsen Girls in
 * Sport" over the same labels): the list's blocks are alike.
 */
function headingOwner(line: Line, inList = false): (Cell & { label: string }) | null {
  const { from, agreement } = nameAfterLead(line.text);
  const cell = sliceCell(line, from, line.text.length);
  const name = cell.text.replace(/[.:]$/, '');
  const loose = inList && headerRole(name) === null;
  if (!looksLikeName(name, loose ? LOOSE_LOWER_WORDS : 0) || !(agreement || loose || hasOrganisationForm(name))) return null;
  return { ...cell, text: name, end: cell.start + name.length, label: '' };
}

/** Roles whose values are prose and may run over many lines; the others are a name, a period or a sum. */
const PROSE_ROLES: ReadonlySet<ColumnRole> = new Set(['description', 'targetGroup']);
/** A line of at least this length may have been wrapped by the page's width: the next line may go on its value. */
const WRAP_WIDTH = 60;
/** A value that ends mid-phrase (a comma, a joining word, a hyphen) goes on on the next line. */
const OPEN_END = /(?:[,&–—-]|\s(?:och|samt|i|för|av|med))$/u;

/**
 * Whether an unlabelled line goes on the non-empty value of role `last` above it, as a wrapped line does: prose always; a
 * name, period or sum only where its line was long enough to wrap, ends mid-phrase, or the line goes on in lower
 * case. "Parter: Region Värmland och Kvinnojouren Karlstad" then "Avtalet gäller 2024–2027" is a sentence of the
 * block, no part of its parties.
 */
export function continuesValue(last: ColumnRole, above: string, line: string): boolean {
  if (PROSE_ROLES.has(last)) return true;
  const before = above.trimEnd();
  return before.length >= WRAP_WIDTH || OPEN_END.test(before) || /^\s*\p{Ll}/u.test(line);
}

/** A block's cells by role, with the label each was given under. */
type Block = Map<ColumnRole, Cell & { label: string }>;

/**
 * "Parter: Socialnämnden och Kvinnojouren" under a heading per activity is a block by itself: its one cell names
 * the idéburen party and the public party or body, as two cells would.
 */
function namesBothSides(block: Block): boolean {
  const parties = block.get('parties');
  if (!parties || block.size > 1) return false;
  const read = readPartiesCell(parties.text);
  return read.ideburna.length > 0 && read.offentliga.length + read.organ.length > 0;
}

/** Read once per text (engine/memo.ts): the document type and the listings extractor both ask for them. */
export const findLabelledBlocks = perText(readLabelledBlocks);
function readLabelledBlocks(text: string): ListingTable[] {
  const blocks: Block[] = [];
  let block: Block = new Map();
  let last: ColumnRole | null = null;
  // The line just above a block, when it is no value: the heading that may name the block's organisation.
  let heading: Line | null = null;
  // Whether the last block kept was headed by its organisation's name: the next heading may then be a name of no form.
  let headedList = false;
  const close = () => {
    const named = heading && ownerColumn([...block.keys()]) < 0 && block.size > 0 ? headingOwner(heading, headedList) : null;
    if (named) block.set('ideburen', named);
    const kept = ownerColumn([...block.keys()]) >= 0 && (block.size >= 2 || namesBothSides(block));
    if (kept) blocks.push(block);
    if (kept || block.size > 0) headedList = kept && named !== null;
    block = new Map();
    last = null;
    heading = null;
  };
  const lines = splitLines(text).flatMap(inlineLabelledLines);
  lines.forEach((line, i) => {
    if (isBlank(line.text)) {
      last = null;
      return;
    }
    const labelled = labelOf(line.text);
    const role = labelled ? headerRole(labelled[1]!) : null;
    const above = block.size === 0 && last === null ? lastUnlabelled(lines, i) : null;
    const alone = role === null ? labelAlone(line, lines[i + 1]) : null;
    if (labelled && role) {
      if (block.has(role)) close();
      if (block.size === 0) heading = above;
      block.set(role, { ...sliceCell(line, labelled[0].length, line.text.length), label: labelled[1]! });
      last = role;
    } else if (alone) {
      // The value follows on the next line, read as the wrapped rest of an empty one.
      if (block.has(alone)) close();
      block.set(alone, { ...sliceCell(line, line.text.length, line.text.length), label: line.text.trim() });
      last = alone;
    } else if (startsBlock(lines[i + 1]) && isPartiesLine(line.text)) {
      // "Föreningen Linden och Storby kommun" over "Period för överenskommelse: …": the parties of the block it heads.
      // (The cheap test first: few lines stand over a labelled line, and reading a line's parties is dear.)
      close();
      block.set('parties', { ...sliceCell(line, 0, line.text.length), label: '' });
      last = null;
    } else if (labelled && block.size === 0 && last === null && startsBlock(lines[i + 1])) {
      // A label no column has ("Form: IOP om språkcaféer") opening a block under its heading, over labels that have
      // one ("Ansvarig nämnd: …"): the block's description, and the heading still the block's.
      heading = above;
      block.set('description', { ...sliceCell(line, 0, line.text.length), label: '' });
      last = 'description';
    } else if (last) {
      // The wrapped rest of the value above; else a sentence of the block, read as its description.
      const value = block.get(last)!;
      const into = value.text === '' || continuesValue(last, lines[i - 1]!.text, line.text) ? last : 'description';
      const cell = block.get(into);
      const rest = sliceCell(line, 0, line.text.length);
      block.set(into, cell ? { ...joinCells(cell, rest), label: cell.label } : { ...rest, label: '' });
      last = into;
    } else {
      close();
    }
  });
  close();
  if (blocks.length < MIN_BLOCKS) return [];
  return [
    {
      roles: [...ROLES],
      labels: ROLES.map((role) => blocks.find((b) => b.has(role))?.get(role)?.label ?? ''),
      rows: blocks.map((b) => ROLES.map((role) => b.get(role) ?? { text: '', start: 0, end: 0, exact: true })),
    },
  ];
}
