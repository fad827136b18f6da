/**
 * A cheap test before a case-insensitive pattern is tried on a whole text: whether the text can hold a literal at all.
 * The text is folded once (engine/memo.ts): lower case, the long "ſ" as "s" — for the letters below U+0250, toLowerCase
 * folds a character exactly as the i and u flags compare it, but for "ſ" (which the flags fold to "s") and "µ"
 * (folded.test.ts checks every pair). A literal of other letters is never ruled out.
 */
import { perKey, perText } from './memo.js';
import { eachLetterRun } from './letter-runs.js';
import { wordsWritings } from './sticky.js';

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
  return { folded, words: letterRuns(folded) };
});

/**
 * The runs of letters of a text, as `new Set(text.match(/\p{L}+/gu))` gives them (a code point at a time, a pair of
 * surrogates as one), read by a walk over its code units: matching made an array of every word of the text first.
 */
export function letterRuns(text: string): Set<string> {
  const runs = new Set<string>();
  eachLetterRun(text, (start, end) => runs.add(text.slice(start, end)));
  return runs;
}

/** Characters whose folding toLowerCase shares with the i and u flags: below U+0250, not "ſ", "µ" or "İ". */
const FOLDS_ALIKE = /^[\u0000-\u012f\u0131-\u017e\u0180-\u024f]*$/u;
const HAS_MICRO = /µ/u;
const foldsAlike = (literal: string) => FOLDS_ALIKE.test(literal) && !HAS_MICRO.test(literal);
/**
 * A literal as it stands in a folded text (foldedText) wherever the i and u flags would match it, and nowhere else; null when
 * folding cannot stand for their comparison of it (a letter above U+0250, "ſ", "µ", "İ"). Remembered per literal
 * (engine/memo.ts): the same few hundred literals are asked about for every text.
 */
export const foldedLiteral = perKey((literal: string) => (foldsAlike(literal) ? literal.toLowerCase() : null), 5000);
/** A word of letters as it is looked up among a folded text's words, null when it must be searched for as a literal. */
const WORD_OF_LETTERS = /^\p{L}+$/u;
const lookedUpAs = perKey((word: string) => (foldsAlike(word) && WORD_OF_LETTERS.test(word) ? word.toLowerCase() : null), 5000);

/**
 * False only when no match of the literal (its characters compared as the i and u flags compare them) can stand anywhere
 * in the text; true when it may.
 */
export function mayContain(text: string, literal: string): boolean {
  const searched = foldedLiteral(literal);
  return searched === null || foldedText(text).folded.includes(searched);
}

/** mayContain for a short text asked about once (a paragraph's opening): folded on the spot, not remembered. */
export function mayContainOnce(text: string, literal: string): boolean {
  const searched = foldedLiteral(literal);
  return searched === null || fold(text).includes(searched);
}

/**
 * Like mayContain, for a word of letters that can only match as a whole word (no letter before or after it): looked up
 * among the text's words, one pass over the text for any number of words.
 */
export function mayContainWord(text: string, word: string): boolean {
  const lookedUp = lookedUpAs(word);
  return lookedUp === null ? mayContain(text, word) : foldedText(text).words.has(lookedUp);
}

/** foldedWritings' usual lookbehind (i and u, as the patterns it stands for): no letter before the words. */
export const NOT_AFTER_LETTER = /(?<![\p{L}])/iuy;

/** A writing wordsWritings finds: its span, and what `after` matched at its end. */
export interface Writing {
  start: number;
  end: number;
  after: RegExpExecArray;
}

const EDGE_SPACE = /^\s|\s$/u;
/**
 * wordsWritings under the i flag too: where the pattern `(?<!…)w1\s+w2…(?=…)` (the words escaped, flags i and u) matches, in
 * order — the words looked for in the text's folded form (foldedText, offset for offset the text's own), its lookbehind
 * `notAfter` and what follows (`after`, sticky, i and u) tested on the text itself. Null where folding cannot stand for the
 * flags' comparison (a word with other letters, or with white space at an edge; a text whose folding changes its length):
 * the caller compiles its pattern then. A pattern compiled per name (a body's, a heading's) cost ~1.5 ms under i and u with
 * its \p{L} classes, more than all its matching.
 */
export function foldedWritings(words: readonly string[], text: string, notAfter: RegExp, after: RegExp): Writing[] | null {
  const folded = foldedText(text).folded;
  const searched = words.map((word) => (EDGE_SPACE.test(word) ? null : foldedLiteral(word)));
  if (folded.length !== text.length || searched.some((word) => word === null || word === '')) return null;
  return [...wordsWritings(searched as string[], folded, notAfter, after, text)];
}
