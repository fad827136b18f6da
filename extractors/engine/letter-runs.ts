/**
 * The runs of letters of a text (\p{L}, a code point at a time, a surrogate pair as one), found by one walk over its
 * code units: what a rule that looks only at whole words needs, without a pattern tried at every offset of the text.
 */
import { classTable, TABLED } from './sticky.js';

/** Code units below TABLED are told letters by a table; the rest by the pattern. */
const LETTER_AT = /\p{L}/uy;
const IS_LETTER = classTable(LETTER_AT);

/** Calls `visit(start, end)` for every maximal run of letters, in the text's order. */
export function eachLetterRun(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let size = 1;
    let letter: boolean;
    if (code < TABLED) letter = IS_LETTER[code] === 1;
    else {
      LETTER_AT.lastIndex = i;
      letter = LETTER_AT.test(text);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) size = 2;
      }
    }
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += size;
  }
  if (start >= 0) visit(start, text.length);
}

const LOWER_AT = /\p{Ll}/uy;
const IS_LOWER = classTable(LOWER_AT);
/** Whether the word at `start` opens in lower case: by the table below TABLED (most words), else by the pattern. */
function opensLower(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < TABLED) return IS_LOWER[code] === 1;
  LOWER_AT.lastIndex = start;
  return LOWER_AT.test(text);
}
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** A word found by lowerWordsEndingIn: its span and the ending it has. */
export interface EndedWord {
  start: number;
  end: number;
  ending: string;
}

/**
 * Every word in lower-case opening that ends in one of `endings` (words of letters), with the longest such ending: what
 * `(?<![\p{L}\d])(?=\p{Ll})\p{L}*?(ending|…)(?![\p{L}\d])` under the u flag finds (its match the whole word, its group
 * the ending), a word with a digit against it not found, but by one walk over the text's words instead of a lazy run
 * tried at the start of every word (letter-runs.test.ts compares both).
 */
export function lowerWordsEndingIn(text: string, endings: ReadonlySet<string>): EndedWord[] {
  const { lengths, lastTwo } = endingsShape(endings);
  const shortest = lengths.at(-1) ?? Infinity;
  const found: EndedWord[] = [];
  eachLetterRun(text, (start, end) => {
    if (end - start < shortest || (start > 0 && isDigit(text.charCodeAt(start - 1))) || isDigit(text.charCodeAt(end))) return;
    // Most words end in letters no ending ends in: passed over on one slice, not one per ending's length.
    if (lastTwo && !lastTwo.has(text.slice(end - 2, end))) return;
    if (!opensLower(text, start)) return;
    // The word's tails of each ending's length, longest first (the longest ending it has): a slice per length an ending
    // has, not one per letter of the word (compounds run long, endings to a dozen letters).
    for (const length of lengths) {
      if (length > end - start) continue;
      const ending = text.slice(end - length, end);
      if (endings.has(ending)) {
        found.push({ start, end, ending });
        return;
      }
    }
  });
  return found;
}

/**
 * What lowerWordsEndingIn reads of a set of endings, worked out once per set: the lengths they have, longest first, and
 * their last two code units (null when an ending is shorter than two, and any word may end in it).
 */
interface EndingsShape {
  lengths: readonly number[];
  lastTwo: ReadonlySet<string> | null;
}
const shapes = new WeakMap<ReadonlySet<string>, EndingsShape>();
function endingsShape(endings: ReadonlySet<string>): EndingsShape {
  let shape = shapes.get(endings);
  if (!shape) {
    const all = [...endings];
    const lengths = [...new Set(all.map((e) => e.length))].sort((a, b) => b - a);
    shape = { lengths, lastTwo: all.every((e) => e.length >= 2) ? new Set(all.map((e) => e.slice(-2))) : null };
    shapes.set(endings, shape);
  }
  return shape;
}
