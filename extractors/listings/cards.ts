/**
 * Web pages that show each partnership as a card: a few short lines without labels, the organisation's name
 * first, its period (or sum) on a line of its own, a blank line between cards:
 *   Kvinnojouren Tärnan
 *   Skyddat boende för våldsutsatta
 *   2023-01-01–2025-12-31
 *
 *   Idrottsklubben Pilen
 *   …
 * A card counts when its first line has an organisation's name and form (organisation-form.ts) and another
 * line is nothing but a period or a sum; the other lines are its description. Only a list counts: two cards
 * or more, one after another, alike in giving a period or a sum.
 */
import { findAmountMentions } from '../amounts/index.js';
import { looksLikeName } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';
import { readPeriodColumn } from './period-cell.js';
import { isBlank, joinCells, sliceCell, splitLines, type Cell, type ColumnRole, type Line, type ListingTable } from './table.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'period', 'amount', 'description'];
const MIN_CARDS = 2;
const MAX_CARD_LINES = 4;
/** A card's lines are short: a name, a caption, a period. */
const MAX_CARD_LINE = 100;
/** What a line that is only a period or a sum may hold besides it: punctuation, "kr", "per år". */
const VALUE_ONLY = /^[\s.,;:()–—-]*(?:(?:kr|kronor|sek|tkr|per|år|\/|årligen)[\s.,;:()/]*)*$/iu;

interface Card {
  cells: Cell[];
  hasPeriod: boolean;
  hasAmount: boolean;
}

const EMPTY: Cell = { text: '', start: 0, end: 0, exact: true };

/** The text of a line left when a span of it is taken out. */
const without = (text: string, start: number, end: number) => text.slice(0, start) + text.slice(end);

function readCard(lines: readonly Line[]): Card | null {
  if (lines.length < 2 || lines.length > MAX_CARD_LINES || lines.some((l) => l.text.trim().length > MAX_CARD_LINE)) return null;
  const [first, ...rest] = lines;
  const name = first!.text.trim();
  if (!looksLikeName(name) || !hasOrganisationForm(name)) return null;
  let period: Cell = EMPTY;
  let amount: Cell = EMPTY;
  let description: Cell = EMPTY;
  for (const line of rest) {
    if (!/\d/.test(line.text)) {
      description = joinCells(description, sliceCell(line, 0, line.text.length));
      continue;
    }
    const [found] = readPeriodColumn(line.text);
    const [sum] = found ? [] : findAmountMentions(line.text);
    if (found && period === EMPTY && VALUE_ONLY.test(without(line.text, found.start, found.end))) period = sliceCell(line, 0, line.text.length);
    else if (sum && amount === EMPTY && VALUE_ONLY.test(without(line.text, sum.start, sum.end))) amount = sliceCell(line, 0, line.text.length);
    else return null;
  }
  if (period === EMPTY && amount === EMPTY) return null;
  return { cells: [sliceCell(first!, 0, first!.text.length), period, amount, description], hasPeriod: period !== EMPTY, hasAmount: amount !== EMPTY };
}

/** The blocks of lines between blank lines. */
function blocksOf(text: string): Line[][] {
  const blocks: Line[][] = [[]];
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else blocks.at(-1)!.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

export function findCards(text: string): ListingTable[] {
  const tables: ListingTable[] = [];
  let run: Card[] = [];
  const close = () => {
    if (run.length >= MIN_CARDS) tables.push({ roles: [...ROLES], rows: run.map((card) => card.cells) });
    run = [];
  };
  for (const block of blocksOf(text)) {
    const card = readCard(block);
    const first = run[0];
    if (card && first && (card.hasPeriod !== first.hasPeriod || card.hasAmount !== first.hasAmount)) close();
    if (card) run.push(card);
    else close();
  }
  close();
  return tables;
}
