/**
 * One pass over a text for every phrase of a word list (kommuner, regioner, national organisations …): a
 * character trie walked from each position where a phrase may start, instead of a regex alternation of
 * hundreds of names, which V8 tries name by name at every position (and recompiles when it tiers up).
 *
 * It matches exactly what this regex would, with the phrases in the given order:
 *   new RegExp(`(?<![NOT_AFTER])(?:${phrases, a space as \s+})(?:${suffixes})(?![NOT_BEFORE])`, 'giu')
 * — case-insensitive, a space in a phrase standing for any run of whitespace (a name wrapped over a line),
 * whole words by the two character classes, the first phrase in order that matches with a suffix winning,
 * and each match searched for after the end of the one before.
 */
export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the phrase in the list the matcher was built from. */
  phrase: number;
}

export interface PhraseMatcherOptions {
  /** A character (a one-character regex class, u flag) that may not stand right before a match. */
  notAfter: RegExp;
  /** A character that may not stand right after a match. */
  notBefore: RegExp;
  /** What may end a phrase, tried in order ("s" before "" for an optional genitive). Default: nothing. */
  suffixes?: readonly string[];
}

interface TrieNode {
  /** By folded character code; SPACE for a run of whitespace. */
  next: Map<number, TrieNode>;
  /** Phrases ending here, by their index in the list. */
  ends: number[];
}

const node = (): TrieNode => ({ next: new Map(), ends: [] });
const SPACE = 0x20;
/** What \s matches in a JavaScript regex. */
export const isWhitespace = (code: number) =>
  (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** The case the `i` and `u` flags compare characters by (simple case folding; lower case for our letters). */
const foldChar = (ch: string) => {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
};
/** Characters below this are looked up in tables (folding, character classes); the rest are computed. */
const TABLED = 0x250;
/** Folded codes of the first code units, looked up rather than computed at every position of a text. */
const FOLDED = Uint16Array.from({ length: TABLED }, (_, code) => foldChar(String.fromCharCode(code)).charCodeAt(0));
const fold = (code: number) => (code < TABLED ? FOLDED[code]! : foldChar(String.fromCharCode(code)).charCodeAt(0));

/** A one-character class, sticky for testing at an offset, with its answers for the first code units. */
interface CharClass {
  pattern: RegExp;
  table: Uint8Array;
}

function charClass(cls: RegExp): CharClass {
  const pattern = new RegExp(cls.source, 'uy');
  const table = Uint8Array.from({ length: TABLED }, (_, code) => {
    pattern.lastIndex = 0;
    return pattern.test(String.fromCharCode(code)) ? 1 : 0;
  });
  return { pattern, table };
}

export class PhraseMatcher {
  private readonly root = node();
  private readonly notAfter: CharClass;
  private readonly notBefore: CharClass;
  private readonly suffixes: readonly string[];
  /** For the first code units: 1 where the unit (folded) starts some phrase, as the root's edges say. */
  private readonly starts: Uint8Array;

  constructor(phrases: readonly string[], options: PhraseMatcherOptions) {
    this.notAfter = charClass(options.notAfter);
    this.notBefore = charClass(options.notBefore);
    this.suffixes = (options.suffixes ?? ['']).map((s) => [...s].map(foldChar).join(''));
    phrases.forEach((phrase, index) => {
      let at = this.root;
      // A space (the lists' phrases are single-spaced) is an edge that takes any run of whitespace, as \s+ does.
      // By code unit, as the text is walked (a letter outside the BMP then matches only as written).
      const written = phrase.replace(/ +/g, ' ');
      for (let k = 0; k < written.length; k++) {
        const key = fold(written.charCodeAt(k));
        let child = at.next.get(key);
        if (!child) at.next.set(key, (child = node()));
        at = child;
      }
      at.ends.push(index);
    });
    this.starts = Uint8Array.from({ length: TABLED }, (_, code) => (this.root.next.has(FOLDED[code]!) ? 1 : 0));
  }

  /** Every match in the text, left to right, not overlapping. */
  matchAll(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let at = 0; at < text.length; ) {
      // Most offsets start no phrase or stand inside a word: skipped here by the tables, as matchAt would decline them.
      const code = text.charCodeAt(at);
      if (code < TABLED && this.starts[code] === 0) {
        at++;
        continue;
      }
      const before = at > 0 ? text.charCodeAt(at - 1) : TABLED;
      if (before < TABLED && this.notAfter.table[before] === 1) {
        at += isHighSurrogate(code) ? 2 : 1;
        continue;
      }
      const match = this.matchAt(text, at);
      if (match) {
        found.push(match);
        at = match.end > at ? match.end : at + 1;
      } else at += isHighSurrogate(text.charCodeAt(at)) ? 2 : 1;
    }
    return found;
  }

  /** The match starting at `start`, or null. */
  matchAt(text: string, start: number): PhraseMatch | null {
    // Inside a word first: most offsets of a text are, and a table says so at once.
    if (start >= text.length || this.charBefore(text, start, this.notAfter)) return null;
    let at = this.root.next.get(fold(text.charCodeAt(start)));
    if (!at) return null;
    // Phrases that end somewhere along the walk, with the offset they end at.
    let endings: { phrase: number; end: number }[] = [];
    let i = start + 1;
    for (;;) {
      for (const phrase of at.ends) endings.push({ phrase, end: i });
      if (i >= text.length) break;
      const code = text.charCodeAt(i);
      let child: TrieNode | undefined;
      if (isWhitespace(code)) {
        child = at.next.get(SPACE);
        while (child && i < text.length && isWhitespace(text.charCodeAt(i))) i++;
      } else {
        child = at.next.get(fold(code));
        i++;
      }
      if (!child) break;
      at = child;
    }
    if (endings.length > 1) endings = endings.sort((a, b) => a.phrase - b.phrase);
    for (const { phrase, end } of endings) {
      for (const suffix of this.suffixes) {
        if (!this.hasAt(text, end, suffix)) continue;
        const matchEnd = end + suffix.length;
        if (!this.charAt(text, matchEnd, this.notBefore)) return { start, end: matchEnd, phrase };
      }
    }
    return null;
  }

  private hasAt(text: string, at: number, suffix: string): boolean {
    for (let k = 0; k < suffix.length; k++) if (at + k >= text.length || fold(text.charCodeAt(at + k)) !== suffix.charCodeAt(k)) return false;
    return true;
  }

  /** Whether the code point at `at` is of the class. */
  private charAt(text: string, at: number, cls: CharClass): boolean {
    if (at >= text.length) return false;
    const code = text.charCodeAt(at);
    if (code < TABLED) return cls.table[code] === 1;
    cls.pattern.lastIndex = at;
    return cls.pattern.test(text);
  }

  /** Whether the code point ending right before `at` is of the class. */
  private charBefore(text: string, at: number, cls: CharClass): boolean {
    if (at === 0) return false;
    const pairStart = at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2));
    return this.charAt(text, pairStart ? at - 2 : at - 1, cls);
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
