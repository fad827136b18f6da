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
  let shortest = Infinity;
  for (const ending of endings) shortest = Math.min(shortest, ending.length);
  const found: EndedWord[] = [];
  eachLetterRun(text, (start, end) => {
    if (end - start < shortest || (start > 0 && isDigit(text.charCodeAt(start - 1))) || isDigit(text.charCodeAt(end))) return;
    LOWER_AT.lastIndex = start;
    if (!LOWER_AT.test(text)) return;
    for (let from = start; from <= end - shortest; from++) {
      const ending = text.slice(from, end);
      if (endings.has(ending)) {
        found.push({ start, end, ending });
        return;
      }
    }
  });
  return found;
}
