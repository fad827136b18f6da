/**
 * Reports and pages that give each partnership a paragraph of prose, one after another:
 *   Kommunen har sedan 2022 ett IOP med Kvinnojouren Vega om skyddat boende. Överenskommelsen gäller 2022–2025.
 *
 *   Socialnämnden har ett partnerskap med Stadsmissionen om en mötesplats, 2023–2026.
 * The shape is the repetition: paragraph after paragraph names one idéburen organisation (as the parties
 * extractor found it), speaks of a partnership or funding and states its own terms: a period, or a sum in a
 * sentence about funding ("… får 400 000 kronor per år"). Two such paragraphs in a
 * row make a list; only a short caption line may stand between them. A paragraph naming two organisations, or
 * one named in the paragraph before, belongs to one partnership's story (a news article about one IOP that
 * recalls an earlier one), and ends the run. The paragraph is the row's description, where its period and
 * sums are read; the public body or party it names is the row's.
 */
import type { Field } from '../../pipeline/contract.js';
import type { Parties } from '../engine/context.js';
import { findAmountMentions } from '../amounts/index.js';
import { PARTNERSHIP_WORD } from './grant-words.js';
import { isCaption } from './line-list.js';
import { readCellPeriods } from './period-cell.js';
import { isBlank, textCell, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { splitLines } from '../engine/table-row.js';
import { perKey } from '../engine/memo.js';
import { NOT_AFTER_WORD_CHARACTER, NOT_BEFORE_WORD_CHARACTER, wordsWritings } from '../engine/sticky.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'offentlig', 'organ', 'description'];
const MIN_PARAGRAPHS = 2;
/** A paragraph longer than this is a report's section, not one partnership's entry. */
const MAX_PARAGRAPH = 1200;
/** A sum counts as a paragraph's terms when its sentence is about funding (amounts/index.ts relevance). */
const FUNDING_RELEVANCE = 0.8;

const statesTerms = (text: string) => readCellPeriods(text).length > 0 || findAmountMentions(text).some((m) => m.relevance >= FUNDING_RELEVANCE);
/** Whether a paragraph can be one partnership's entry: short enough, in words of a partnership, stating its terms (a period or a sum). */
export const statesPartnershipTerms = (text: string) => text.length <= MAX_PARAGRAPH && PARTNERSHIP_WORD.test(text) && statesTerms(text);

export interface Paragraph {
  text: string;
  start: number;
  lines: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) {
      current = null;
      continue;
    }
    if (current) {
      current.text = text.slice(current.start, line.start + line.text.length);
      current.lines++;
    } else {
      current = { text: line.text, start: line.start, lines: 1 };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}

/**
 * A field's surface form as a whole-words pattern, compiled once per form: only for a form opening or ending with white space
 * (a pattern's \\s+ there), which wordsWritings does not read.
 */
const surfacePattern = perKey((surface: string) => {
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'u');
}, 1000);

/**
 * The first place a surface form (and its words, split on white space) stands in a text as whole words, as
 * surfacePattern(surface).exec finds it: looked for by its words (engine/sticky.ts wordsWritings), not by a pattern compiled per form (every party's forms, asked of every paragraph).
 */
function surfaceAt(surface: string, words: readonly string[], text: string): { start: number; end: number } | null {
  if (words.includes('')) {
    const m = surfacePattern(surface).exec(text);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  }
  const first = wordsWritings(words, text, NOT_AFTER_WORD_CHARACTER, NOT_BEFORE_WORD_CHARACTER).next();
  return first.done ? null : { start: first.value.start, end: first.value.end };
}

/** Where in a paragraph a field's name stands: the first of its mentions' surface forms, whole words. */
function mentionIn(paragraph: string, field: Field<string>): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const surface of new Set([field.value, ...field.evidence.map((e) => e.text)])) {
    if (surface.trim().length < 2) continue;
    // The pattern is case-sensitive: a paragraph without the name's first word, as written, cannot hold it.
    const words = surface.split(/\s+/);
    const head = words.find((word) => word !== '');
    if (head !== undefined && !paragraph.includes(head)) continue;
    const m = surfaceAt(surface, words, paragraph);
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}

/** A cell naming a field's value, pointing at its mention in the paragraph (the name may be written otherwise there). */
function namedCell(paragraph: Paragraph, fields: readonly Field<string>[]): Cell {
  for (const field of fields) {
    const at = mentionIn(paragraph.text, field);
    if (at) return { text: field.value, start: paragraph.start + at.start, end: paragraph.start + at.end, exact: false };
  }
  return { text: '', start: 0, end: 0, exact: true };
}

/** A caption between two entries: one short line ("Skyddat boende"). */
export const isCaptionParagraph = (p: Paragraph) => p.lines === 1 && isCaption(p.text);

export function findParagraphRows(text: string, parties: Parties): ListingTable[] {
  const tables: ListingTable[] = [];
  let run: { ideburen: Field<string>; paragraph: Paragraph }[] = [];
  let previous: Field<string>[] = [];
  const close = () => {
    if (run.length >= MIN_PARAGRAPHS) {
      tables.push({
        roles: [...ROLES],
        rows: run.map(({ ideburen, paragraph }) => [
          namedCell(paragraph, [ideburen]),
          namedCell(paragraph, parties.offentliga),
          namedCell(paragraph, parties.organ),
          textCell(paragraph.text, paragraph.start),
        ]),
      });
    }
    run = [];
  };
  for (const paragraph of paragraphsOf(text)) {
    const named = parties.ideburna.filter((field) => mentionIn(paragraph.text, field) !== null);
    const entry =
      named.length === 1 &&
      !previous.includes(named[0]!) &&
      !run.some((r) => r.ideburen === named[0]) &&
      statesPartnershipTerms(paragraph.text);
    if (entry) run.push({ ideburen: named[0]!, paragraph });
    else if (!(run.length > 0 && named.length === 0 && isCaptionParagraph(paragraph))) close();
    if (named.length > 0) previous = named;
  }
  close();
  return tables;
}
