/**
 * Running headers and footers: lines that recur in the margins of many pages ("HÖGSBY KOMMUN PROTOKOLL 7",
 * "Kommunstyrelsen", "Sammanträdesdatum 2007-01-08", "Justerandes sign Utdragsbestyrkande"). A line is
 * compared with its digits folded ("Sida 7 (9)" ≡ "Sida 8 (9)"), case and spacing ignored, and only within
 * the top and bottom lines of each page, so a phrase that merely recurs in the body ("Kommunstyrelsens
 * beslut") is kept. Margin phrases that are never content (lexicon/running-boilerplate.json) are removed
 * even on a single page, where repetition cannot show them.
 */
import boilerplate from './lexicon/running-boilerplate.json' with { type: 'json' };
import { mayBeMarginLine } from './margin-line.js';

/** How many non-empty lines at the top and at the bottom of a page may hold running lines. */
export const RUNNING_MARGIN_LINES = 4;
/** A margin line is running when it recurs on at least this share of the pages (and on at least 2). */
export const RUNNING_SHARE = 0.4;

/**
 * Removes lines that recur in the margins of many pages, except the first page's header (its letterhead). A line is identified by its folded text and its
 * rank from the top or from the bottom of the page, and only a block of such lines touching the page's edge
 * is removed: a running header sits at the same place on every page, while a body phrase that happens to
 * stand near the end of several short pages ("Kommunstyrelsens beslut" above a one-line decision) has body
 * text between it and the edge.
 */
export function removeRunningLines(pages: readonly string[]): string[] {
  return splitRunningLines(pages).pages;
}

/** A running header or footer line, in the form it first had, and the (0-based) page it first stood on. */
export interface RunningLine {
  pageIndex: number;
  text: string;
}

/**
 * The pages without their running lines, and the distinct running lines that were removed: what headers
 * said ("Kommunstyrelsen", "Sammanträdesdatum 2007-01-08") stays known although it is gone from the text.
 */
export function splitRunningLines(pages: readonly string[]): { pages: string[]; running: RunningLine[] } {
  if (pages.length < 2) return { pages: [...pages], running: [] };
  const margins = pages.map((page, pageIndex) => marginLines(page, pageIndex));
  const counts = new Map<string, number>();
  for (const { top, bottom } of margins) {
    for (const { key } of [...top, ...bottom]) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  const isRunning = ({ key }: MarginLine) => (counts.get(key) ?? 0) >= threshold;
  const running = new Map<string, RunningLine>();
  const cleaned = pages.map((page, pageIndex) => {
    const { top, bottom } = margins[pageIndex]!;
    const lines = page.split('\n');
    // The first page's header is the document's letterhead, not a repetition: it is often the only place
    // that names the municipality, the body and the meeting date, so extraction must be able to point at it.
    const header = pageIndex === 0 ? [] : edgeBlock(top, isRunning);
    const edges = new Set([...header, ...edgeBlock(bottom, isRunning)].map(({ index }) => index));
    // A page made only of lines that recur elsewhere is content, not margins: pages that repeat each other
    // (a form printed twice, a one-paragraph notice on every page) keep their text.
    if (edges.size >= lines.filter((line) => line.trim()).length) return page;
    for (const index of edges) {
      const text = lines[index]!.trim();
      const key = runningKey(text);
      if (!running.has(key)) running.set(key, { pageIndex, text });
    }
    return lines.filter((_, index) => !edges.has(index)).join('\n');
  });
  return { pages: cleaned, running: [...running.values()] };
}

/** The lines from the page edge inwards, as long as each one is running. */
function edgeBlock(fromEdge: readonly MarginLine[], isRunning: (line: MarginLine) => boolean): MarginLine[] {
  const end = fromEdge.findIndex((line) => !isRunning(line));
  return end === -1 ? [...fromEdge] : fromEdge.slice(0, end);
}

/** Removes lines made only of signature-box phrases ("Justerandes signatur", "Utdragsbestyrkande"). */
export function removeBoilerplateLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isBoilerplateLine(line))
    .join('\n');
}

const PHRASES = [...boilerplate.phrases].sort((a, b) => b.length - a.length);
/**
 * The letters a signature-box phrase starts with: a line whose first non-space character, lower-cased, is none
 * of them is no such line, and is not folded to be compared (most lines of every page).
 */
const PHRASE_STARTS = new Set(PHRASES.map((phrase) => phrase[0]!));
const FIRST_VISIBLE = /\S/;

export function isBoilerplateLine(line: string): boolean {
  if (!mayBeMarginLine(line)) return false;
  const first = FIRST_VISIBLE.exec(line);
  if (!first || !PHRASE_STARTS.has(first[0].toLowerCase()[0]!)) return false;
  let rest = foldSpacing(line);
  if (!rest) return false;
  for (let matched = true; matched && rest; ) {
    matched = false;
    for (const phrase of PHRASES) {
      if (rest.startsWith(phrase) && (rest.length === phrase.length || rest[phrase.length] === ' ')) {
        rest = rest.slice(phrase.length).trimStart();
        matched = true;
        break;
      }
    }
  }
  return rest === '';
}

interface MarginLine {
  index: number;
  /** "top 0:…", "bottom 1:…": the folded text with its rank from that edge. */
  key: string;
}

/** The page's top and bottom non-empty lines, each list ordered from its edge inwards. */
function marginLines(page: string, pageIndex: number): { top: MarginLine[]; bottom: MarginLine[] } {
  const lines = page.split('\n');
  const nonEmpty = lines.flatMap((line, index) => (line.trim() ? [index] : []));
  // A line too long to be a header gets a key of its own, which no other line can share.
  const key = (index: number) => (mayBeMarginLine(lines[index]!) ? runningKey(lines[index]!) : `\u0000long ${pageIndex}:${index}`);
  const ranked = (edge: string, indexes: number[]) => indexes.map((index, rank) => ({ index, key: `${edge} ${rank}:${key(index)}` }));
  return {
    top: ranked('top', nonEmpty.slice(0, RUNNING_MARGIN_LINES)),
    bottom: ranked('bottom', nonEmpty.slice(-RUNNING_MARGIN_LINES).reverse()),
  };
}

function runningKey(line: string): string {
  return foldSpacing(line).replace(/\d+/g, '#');
}

function foldSpacing(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').trim();
}
