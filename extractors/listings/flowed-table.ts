/**
 * Rows poured into one paragraph: some PDF text extraction gives the header labels
 * and every row after them as running text, wrapped anywhere ("Idéburen aktör Offentlig aktör Innehåll
 * Passalen Socialförvaltningen Centrum 2022-01-01–2023-12-31. Syftet … (Länk) Skyddsvärnet och\nFryshuset
 * Socialförvaltningen Centrum 2022–2023. …"). Rows are found at their anchors: a period (or, in a row
 * without one, a kommun/region followed by the description), with the organisation and public column
 * in the sentence before it. A row's description runs to the next row's organisation.
 */
import { readCellPeriods } from './period-cell.js';
import { findPublicParties } from './public-parties.js';
import { activityStart, BODY_HEAD, MAX_OWNER_WORDS, publicSpan, STATUS_BEFORE, type Layout } from './collapsed-table.js';
import type { Cell } from './table.js';
import { matchesAt, matchLengthAt } from '../engine/sticky.js';
import { perKey } from '../engine/memo.js';

/** Where a sentence (or a parenthesis such as "(Länk)") ends and the next may begin. */
const SENTENCE_END = /[.!?)]\s+(?=[\p{Lu}\d])/gu;
/** Words of a clause, not of a name: an organisation cell holds none of them. */
const PROSE_WORD = /(?:^|\s)(?:att|är|ska|har|som|kan|vill|blir|var|finns|får|detta|denna|dessa|vi|man)(?=\s|$)/iu;
/** Small words inside organisation names ("Föreningen Idrott för Handikappade", "Göteborg AB och Wallenstam AB"). */
const NAME_SMALL_WORD = /^(?:i|och|för|&|av|på|de|med|,)$/u;
/** How many sentences back from its anchor a row's organisation may start. */
const MAX_SENTENCES_BACK = 5;

interface RowStart {
  owner: number;
  public: number | null;
  /** Where the row's period or description starts. */
  rest: number;
}

/** An organisation cell: a capitalised name or a few, neither a clause nor a public party or body. */
function isOwnerName(text: string): boolean {
  const name = text.trim();
  return (
    /^[\p{Lu}\d]/u.test(name) &&
    name.split(/\s+/).length <= MAX_OWNER_WORDS &&
    !PROSE_WORD.test(name) &&
    !BODY_HEAD.test(name) &&
    findPublicParties(name, { bare: false }).length === 0
  );
}

/** Where each sentence end of the stream (a match of SENTENCE_END) starts, and where the next sentence starts after it. */
interface SentenceEnd {
  at: number;
  next: number;
}

function sentenceEnds(stream: string): SentenceEnd[] {
  return [...stream.matchAll(SENTENCE_END)].map((m) => ({ at: m.index, next: m.index + m[0].length }));
}

/**
 * The sentence starts SENTENCE_END finds in stream.slice(floor, rest), from the stream's sentence ends found once: those
 * that start at the floor or after it and whose next sentence starts before `rest` (in the slice, its capital must
 * stand inside it). A slice per anchor made a table's rows quadratic in its paragraph's length.
 */
function sentenceStarts(ends: readonly SentenceEnd[], floor: number, rest: number): number[] {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]!.at < floor) lo = mid + 1;
    else hi = mid;
  }
  const starts = [floor];
  for (let k = lo; k < ends.length && ends[k]!.next < rest; k++) starts.push(ends[k]!.next);
  return starts;
}

/**
 * The row whose period or description starts at `rest`, with its organisation at most a few sentences back, and its
 * public party's cell after the organisation where the table has a public column (`publicColumn`).
 */
function rowBefore(stream: string, ends: readonly SentenceEnd[], rest: number, floor: number, publicColumn: boolean, known: readonly string[]): RowStart | null {
  const starts = sentenceStarts(ends, floor, rest);
  const nearest = starts.at(-1)!;
  if (publicColumn) {
    for (const from of starts.reverse().slice(0, MAX_SENTENCES_BACK)) {
      const segment = stream.slice(from, rest);
      const found = publicSpan(segment, segment.length, known);
      if (found && found.start > 0 && isOwnerName(segment.slice(0, found.start))) return { owner: from, public: from + found.start, rest };
    }
    const unended = nameRunBefore(stream, floor, rest, known);
    if (unended) return unended;
  }
  // A row with an empty public column: the organisation alone in the sentence before the period.
  const alone = stream.slice(nearest, rest);
  return /^\s*\p{Lu}/u.test(alone) && isOwnerName(alone) ? { owner: nearest, public: null, rest } : null;
}

/**
 * When the description before it has no full stop ("… till samhällets institutioner Majornas
 * Samverkansförening, … Göteborg stad - …"), the organisation is the run of capitalised words (and the
 * small words names hold) right before the public column.
 */
function nameRunBefore(stream: string, floor: number, rest: number, known: readonly string[]): RowStart | null {
  const segment = stream.slice(floor, rest);
  const found = publicSpan(segment, segment.length, known);
  if (!found || found.start === 0) return null;
  const words = [...segment.slice(0, found.start).matchAll(/\S+/g)];
  let first = words.length;
  while (first > 0 && (/^[\p{Lu}\d]/u.test(words[first - 1]![0]) || NAME_SMALL_WORD.test(words[first - 1]![0]))) first--;
  while (first < words.length && !/^\p{Lu}/u.test(words[first]![0])) first++;
  if (first === 0 || first >= words.length) return null;
  const owner = floor + words[first]!.index;
  return isOwnerName(stream.slice(owner, floor + found.start)) ? { owner, public: floor + found.start, rest } : null;
}

const SPACE_THEN_CAPITAL = /\s+\p{Lu}/uy;
const SPACE = /\s*/y;

/** Where a row's period or description may start (and the period ends): every period, and every kommun/region followed by a capital. */
function anchors(stream: string): { start: number; end: number }[] {
  const periods = readCellPeriods(stream).map((p) => ({ start: p.start, end: p.end }));
  const parties = findPublicParties(stream, { bare: false })
    .filter((p) => matchesAt(SPACE_THEN_CAPITAL, stream, p.end))
    .map((p) => p.end + matchLengthAt(SPACE, stream, p.end))
    .map((at) => ({ start: at, end: at }));
  return [...periods, ...parties].sort((a, b) => a.start - b.start);
}

function rowsOf(stream: string, publicColumn: boolean): RowStart[] {
  const rows: RowStart[] = [];
  const known: string[] = [];
  let floor = 0;
  const ends = sentenceEnds(stream);
  for (const anchor of anchors(stream)) {
    if (anchor.start < floor) continue;
    const row = rowBefore(stream, ends, anchor.start, floor, publicColumn, known);
    if (!row) continue;
    if (row.public !== null) known.push(stream.slice(row.public, row.rest).trim().toLowerCase());
    rows.push(row);
    // The next row starts after this one's period: a renewal or extension in it is no row of its own.
    floor = Math.max(anchor.end, anchor.start + 1);
  }
  return rows;
}

/**
 * A paragraph's rows found once, by its text, with a public column and without: the same paragraph is asked for again
 * and again (over the bench corpus, 1,559 readings of 368 paragraphs in a first pass). Row starts are offsets into the
 * paragraph, the same wherever it stands; the rows are shared, never changed.
 */
const STREAMS_REMEMBERED = 256;
const rowsWithPublic = perKey((stream: string) => rowsOf(stream, true), STREAMS_REMEMBERED);
const rowsWithoutPublic = perKey((stream: string) => rowsOf(stream, false), STREAMS_REMEMBERED);

/** The rows of the paragraph text[start, end) under a header. */
export function readFlowedRows(text: string, start: number, end: number, layout: Layout): Cell[][] {
  // Line and page breaks become spaces, one for one, so offsets into the stream are offsets into the text.
  const stream = text.slice(start, end).replace(/[\n\f]/g, ' ');
  const rows = layout.publicColumn !== null ? rowsWithPublic(stream) : rowsWithoutPublic(stream);
  const cellAt = (from: number, to: number): Cell => {
    const raw = stream.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const at = start + from + lead;
    return { text: trimmed.replace(/\s+/g, ' '), start: at, end: at + trimmed.length, exact: !/\s{2,}|\n/.test(text.slice(at, at + trimmed.length)) };
  };
  return rows.map((row, k) => {
    const next = rows[k + 1]?.owner ?? stream.length;
    let rest = row.rest;
    const status = row.public === null ? null : STATUS_BEFORE.exec(stream.slice(row.public, rest));
    if (status) rest -= status[0].trimStart().length;
    const cells = layout.roles.map(() => cellAt(next, next));
    // An activity column between the organisation and the period ran into the organisation's cell, as in a row one a line.
    const ownerEnd = row.public ?? rest;
    const second = layout.publicColumn === null ? layout.roles[1] : null;
    const activity = second === 'description' || second === 'targetGroup' ? activityStart(stream.slice(row.owner, ownerEnd)) : null;
    cells[0] = cellAt(row.owner, activity === null ? ownerEnd : row.owner + activity);
    if (layout.publicColumn !== null && row.public !== null) cells[layout.publicColumn] = cellAt(row.public, rest);
    if (layout.restColumn !== null) cells[layout.restColumn] = cellAt(rest, next);
    return cells;
  });
}
