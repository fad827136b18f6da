/**
 * Web pages that show each partnership as a card: a few short lines without labels, the organisation's name
 * first, its period (or sum) on a line of its own, a blank line between cards:
 *   Kvinnojouren Tärnan
 *   Skyddat boende för våldsutsatta
 *   2023-01-01–2025-12-31
 *
 *   Idrottsklubben Pilen
 *   …
 * A card counts when its first line has an organisation's name (or names the activity, over a line with the name
 * of an organisation's form) and another line is nothing but a period or a sum; a line that is nothing but a body's name ("Socialnämnden") is its body, the other lines its description.
 * Only a list counts: cards one after another, alike in giving a period or a sum, two or more of them with a
 * name of an organisation's form (organisation-form.ts); people, budget lines and places have none.
 */
import { findAmountMentions } from '../amounts/index.js';
import { bodySpans } from '../parties/organ.js';
import { BODY_HEAD } from './collapsed-table.js';
import { looksLikeName } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';
import { readPeriodColumn } from './period-cell.js';
import { isBlank, joinCells, sliceCell, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { splitLines, type Line } from '../engine/table-row.js';
import { perText } from '../engine/memo.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'period', 'amount', 'description', 'organ'];
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
  /** Its name has an organisation's form; a card without one counts only in a list of cards that have it. */
  formed: boolean;
}

/** A line that is one body's name and nothing else ("Socialnämnden"): the body the card's partnership is under. */
function isBodyLine(text: string): boolean {
  const line = text.trim();
  const [body, ...others] = bodySpans(line);
  return body !== undefined && others.length === 0 && body.start === 0 && body.end === line.length && BODY_HEAD.test(line);
}

const EMPTY: Cell = { text: '', start: 0, end: 0, exact: true };

/** The text of a line left when a span of it is taken out. */
const without = (text: string, start: number, end: number) => text.slice(0, start) + text.slice(end);

function readCard(lines: readonly Line[]): Card | null {
  if (lines.length < 2 || lines.length > MAX_CARD_LINES || lines.some((l) => l.text.trim().length > MAX_CARD_LINE)) return null;
  // "Härbärge för hemlösa" over "Gävle Stadsmission": a caption naming the activity may stand over the name.
  const captioned = !hasOrganisationForm(lines[0]!.text.trim()) && isFormedName(lines[1]!.text.trim()) && !/\d/.test(lines[0]!.text);
  const caption = captioned ? lines[0] : undefined;
  const [first, ...rest] = captioned ? lines.slice(1) : lines;
  const name = first!.text.trim();
  if (!looksLikeName(name)) return null;
  let period: Cell = EMPTY;
  let amount: Cell = EMPTY;
  let description: Cell = caption ? sliceCell(caption, 0, caption.text.length) : EMPTY;
  let organ: Cell = EMPTY;
  for (const line of rest) {
    if (organ === EMPTY && isBodyLine(line.text)) {
      organ = sliceCell(line, 0, line.text.length);
      continue;
    }
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
  return {
    cells: [sliceCell(first!, 0, first!.text.length), period, amount, description, organ],
    hasPeriod: period !== EMPTY,
    hasAmount: amount !== EMPTY,
    formed: hasOrganisationForm(name),
  };
}

/** A name with an organisation's form, alone on its line. */
const isFormedName = (line: string) => looksLikeName(line) && hasOrganisationForm(line);

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

/** Read once per text (engine/memo.ts): the document type and the listings extractor both ask for them. */
export const findCards = perText(readCards);
function readCards(text: string): ListingTable[] {
  const tables: ListingTable[] = [];
  let run: Card[] = [];
  const close = () => {
    if (run.filter((card) => card.formed).length >= MIN_CARDS) tables.push({ roles: [...ROLES], rows: run.map((card) => card.cells) });
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
