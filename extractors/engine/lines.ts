import { countWords } from './sentences.js';
import { splitLines, type Line } from './table-row.js';
import { perText } from './memo.js';

/**
 * The line a span of a text stands on: from just after the line break before `start` to the line break at or after
 * `end` (the text's end where none follows). Readers ask it of raw texts — a document's, a cell's, a sentence's — so
 * it takes the text, not the document model.
 */
export function lineBounds(text: string, start: number, end = start): { start: number; end: number } {
  const to = text.indexOf('\n', end);
  return { start: text.lastIndexOf('\n', start - 1) + 1, end: to < 0 ? text.length : to };
}

/** A line is a run-together one when it holds at least this many words: a header a transcript ran into its page's text. */
const RUN_TOGETHER_MIN_WORDS = 40;
/** … among the page's first lines, where a header stands. */
const RUN_TOGETHER_LINES = 12;

/**
 * The first of a text's first lines that a transcript ran a header into with the text after it (a flattened PDF's page on
 * one line: "1 Kultur- och fritidsnämnden Dnr KFN 2020/12 Bidrag till Norrby IF Ärendebeskrivning Föreningen har ansökt …"),
 * or null. The document type (a report's header of labels) and the decision (the body the header names) both read it.
 */
export const runTogetherLine = perText((text: string): Line | null =>
  splitLines(text)
    .slice(0, RUN_TOGETHER_LINES)
    .find((line) => countWords(line.text) >= RUN_TOGETHER_MIN_WORDS) ?? null,
);
