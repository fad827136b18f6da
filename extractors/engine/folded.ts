/**
 * A cheap test before a case-insensitive pattern is tried on a whole text: whether the text can hold a literal at all.
 * The text is folded once (engine/memo.ts): lower case, the long "ſ" as "s" — for the letters below U+0250, toLowerCase
 * folds a character exactly as the i and u flags compare it, but for "ſ" (which the flags fold to "s") and "µ"
 * (folded.test.ts checks every pair). A literal of other letters is never ruled out.
 */
import { perText } from './memo.js';

export interface FoldedText {
  /** The text in lower case, "ſ" as "s". */
  folded: string;
  /** Its words: the runs of letters of the folded text. */
  words: ReadonlySet<string>;
}

/** Lower case, "ſ" as "s". */
const fold = (text: string) => text.toLowerCase().replaceAll('ſ', 's');

export const foldedText: (text: string) => FoldedText = perText((text: string) => {
  const folded = fold(text);
  return { folded, words: new Set(folded.match(/\p{L}+/gu)) };
});

/** Characters whose folding toLowerCase shares with the i and u flags: below U+0250, not "ſ", "µ" or "İ". */
const FOLDS_ALIKE = /^[\u0000-\u012f\u0131-\u017e\u0180-\u024f]*$/u;
const HAS_MICRO = /µ/u;
const foldsAlike = (literal: string) => FOLDS_ALIKE.test(literal) && !HAS_MICRO.test(literal);

/**
 * False only when no match of the literal (its characters compared as the i and u flags compare them) can stand anywhere
 * in the text; true when it may.
 */
export function mayContain(text: string, literal: string): boolean {
  return !foldsAlike(literal) || foldedText(text).folded.includes(literal.toLowerCase());
}

/** mayContain for a short text asked about once (a paragraph's opening): folded on the spot, not remembered. */
export function mayContainOnce(text: string, literal: string): boolean {
  return !foldsAlike(literal) || fold(text).includes(literal.toLowerCase());
}

/**
 * Like mayContain, for a word of letters that can only match as a whole word (no letter before or after it): looked up
 * among the text's words, one pass over the text for any number of words.
 */
export function mayContainWord(text: string, word: string): boolean {
  if (!foldsAlike(word) || !/^\p{L}+$/u.test(word)) return mayContain(text, word);
  return foldedText(text).words.has(word.toLowerCase());
}
