import { isWhitespace } from './phrase-trie.js';

/**
 * Testing a sticky (/y) pattern at an offset, instead of slicing the rest of the text: a slice per position
 * made the callers quadratic in the text's length.
 */
export function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Length of the sticky pattern's match at `at`, 0 when it does not match there. */
export function matchLengthAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
}

/** The sticky pattern's match at `at`, or null. */
export function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * Every match of a global pattern in `text`, as `text.matchAll(pattern)` gives them, but on the pattern itself: matchAll
 * copies the pattern on every call, which costs more than matching a short text (over the fixture texts, 1,305 calls:
 * 13.6 ms with matchAll, 4.0 ms so). After a full garbage collection the copy may even be compiled again (~1.2 ms a
 * call for a name pattern with \p{L} and the i flag), but a real run collects fully only a few times, so the copying
 * is most of the saving. The pattern must not be used elsewhere while the matches are read.
 */
export function* eachMatch(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // Past an empty match as matchAll steps: a whole code point under the u or v flag.
    if (m[0] === '') {
      const code = pattern.unicode || pattern.flags.includes('v') ? text.codePointAt(pattern.lastIndex) : undefined;
      pattern.lastIndex += code !== undefined && code > 0xffff ? 2 : 1;
    }
    yield m;
  }
}

/** Where a match holding its required literal at `at` can start at the earliest (a lower bound: never after the true start). */
export type StartBound = (text: string, at: number) => number;

/**
 * Every match of a global pattern, the same as eachMatch gives, found by trying the pattern only just before each occurrence
 * of a literal every match holds: `literal` (global, the pattern's flags, so the same letters match) finds the occurrences,
 * `earliest` bounds how far before one a match holding it can start. The leftmost match is still found first: no match starts
 * before the bound of the first occurrence at or after the position reached (matchNear.test.ts checks it against eachMatch).
 * `sticky` is the pattern with /y instead of /g. `startable`, when given, skips the offsets where the pattern's own leading
 * lookbehind fails (the same test, cheaper than trying the pattern there).
 */
export function* eachMatchNear(
  sticky: RegExp,
  literal: RegExp,
  earliest: StartBound,
  text: string,
  startable?: (text: string, at: number) => boolean,
): Generator<RegExpExecArray> {
  const unicode = sticky.unicode || sticky.flags.includes('v');
  // Starts before `from` are settled (tried, or inside a match already given).
  let from = 0;
  while (from <= text.length) {
    literal.lastIndex = from;
    const next = literal.exec(text);
    if (!next) return;
    const at = next.index;
    let found: RegExpExecArray | null = null;
    for (let start = Math.max(from, earliest(text, at)); start <= at; start++) {
      // The global pattern under u or v steps a whole code point: never starts between a pair's halves.
      if (unicode && insidePair(text, start)) continue;
      if (startable && !startable(text, start)) continue;
      sticky.lastIndex = start;
      found = sticky.exec(text);
      if (found) break;
    }
    if (!found) {
      from = at + 1;
      continue;
    }
    from = found.index + found[0].length;
    if (found[0] === '') {
      const code = unicode ? text.codePointAt(from) : undefined;
      from += code !== undefined && code > 0xffff ? 2 : 1;
    }
    yield found;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether an offset falls between the halves of a surrogate pair, where no match under the u or v flag starts or ends. */
export const insidePair = (text: string, at: number): boolean => at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));

/** The sticky edge tests of a whole word for literalWritings and wordsWritings: no letter or digit before it, none after. */
export const NOT_AFTER_WORD_CHARACTER = /(?<![\p{L}\d])/uy;
export const NOT_BEFORE_WORD_CHARACTER = /(?![\p{L}\d])/uy;

/**
 * Where `literal` is written as a global pattern `(?<!…)LITERAL(?=…)…` under the u flag finds it, without compiling one per
 * literal (a name, an abbreviation: each document's own): at each occurrence (indexOf) not inside a surrogate pair where
 * the sticky lookbehind `notAfter` holds and the sticky `after` matches right after the literal (its match is yielded); in
 * order and not overlapping, as a global search steps — past a writing and its `after`, one code unit on after a place that
 * is none. An empty literal is written nowhere. It is wordsWritings of one word.
 */
export function literalWritings(literal: string, text: string, notAfter: RegExp, after: RegExp): Generator<{ start: number; end: number; after: RegExpExecArray }> {
  return wordsWritings([literal], text, notAfter, after);
}

/**
 * literalWritings for a literal of words that a pattern writes apart by white space, `w1\s+w2…` (each word escaped, u flag, case
 * as written; `words` are the runs of other characters, none empty): at each occurrence of the first word (indexOf), the
 * others compared in place, each after a run of white space; where `notAfter` holds at the start and `after` matches at the
 * last word's end, in order and not overlapping, as the global pattern steps. A pattern compiled per name (a party's
 * written forms, asked of every paragraph) cost more to compile than all its matching: ~0.5 ms a name with two \p{L} classes.
 */
export function* wordsWritings(
  words: readonly string[],
  text: string,
  notAfter: RegExp,
  after: RegExp,
  /** The text the two tests read, offset for offset the same as `text` (its folded form is searched, engine/folded.ts). */
  tested: string = text,
): Generator<{ start: number; end: number; after: RegExpExecArray }> {
  const first = words[0];
  if (first === undefined || words.includes('')) return;
  for (let at = text.indexOf(first); at >= 0; ) {
    let end = at + first.length;
    for (let k = 1; k < words.length && end >= 0; k++) {
      let next = end;
      while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
      end = next > end && text.startsWith(words[k]!, next) ? next + words[k]!.length : -1;
    }
    const written = end >= 0 && !insidePair(tested, at) && !insidePair(tested, end) && matchesAt(notAfter, tested, at) ? execAt(after, tested, end) : null;
    if (!written) {
      at = text.indexOf(first, at + 1);
      continue;
    }
    yield { start: at, end, after: written };
    at = text.indexOf(first, end + written[0].length);
  }
}

/** The offset of the code point that ends at `end` (one or two code units before it). */
export function codePointBefore(text: string, end: number): number {
  return end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? end - 2 : end - 1;
}

/**
 * The start bound of a pattern with at most `n` code units other than white space (\s, any amount of it) before its literal:
 * back over white space and `n` other code units.
 */
export function nonSpaceWithin(n: number): StartBound {
  return (text, at) => {
    let start = at;
    for (let count = 0; start > 0; start--) {
      if (isWhitespace(text.charCodeAt(start - 1))) continue;
      if (count === n) break;
      count++;
    }
    return start;
  };
}

/**
 * The start bound of a pattern whose match before its literal is at most `n` words (no white space in them, of any length),
 * each followed by white space: back over the white space, then over the word (every code unit up to the white space
 * before it), `n` times.
 */
export function wordsThenSpaceBefore(n: number): StartBound {
  return (text, at) => {
    let start = at;
    for (let word = 0; word < n; word++) {
      while (start > 0 && isWhitespace(text.charCodeAt(start - 1))) start--;
      while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
    }
    return start;
  };
}

/** The start bound of a pattern whose match before its literal is one word and then white space. */
export const wordThenSpaceBefore: StartBound = wordsThenSpaceBefore(1);

/** The start bound of a pattern whose every match starts with its literal. */
export const atLiteral: StartBound = (_text, at) => at;

const isLineTerminator = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
/**
 * The start test (eachMatchNear's `startable`) of a pattern that opens with ^ under the m flag: where ^ holds, at the
 * text's start or after a line terminator. The offsets inside a line are not tried.
 */
export const atLineStart = (text: string, at: number): boolean => at === 0 || isLineTerminator(text.charCodeAt(at - 1));

/**
 * The start bound that walks back a code point at a time while the one before is in a class (`notIn`: a notAfter of it, its
 * table answering for most): where the run of that class holding the offset starts.
 */
export function runStart(notIn: (text: string, at: number) => boolean): StartBound {
  return (text, at) => {
    let start = at;
    while (!notIn(text, start)) start = codePointBefore(text, start);
    return start;
  };
}

/**
 * A global pattern with what eachMatchNear needs to find its matches only near a literal every match holds: `sticky` is
 * the pattern with /y for /g; `pattern` stays for the tests that check both find the same (near-patterns.test.ts).
 */
export interface NearPattern {
  pattern: RegExp;
  sticky: RegExp;
  literal: RegExp;
  earliest: StartBound;
  /** Where the pattern may start at all (its leading lookbehind as a cheap test, notAfter): the other offsets are not tried. */
  startable?: (text: string, at: number) => boolean;
}

export function nearPattern(pattern: RegExp, literal: RegExp, earliest: StartBound, startable?: (text: string, at: number) => boolean): NearPattern {
  const start = startable ?? leadingNotAfter(pattern);
  return { pattern, sticky: new RegExp(pattern.source, pattern.flags.replace('g', 'y')), literal, earliest, ...(start ? { startable: start } : {}) };
}

/**
 * The start test (notAfter) of a pattern every match of which opens with the lookbehind (?<![…]) of one character class: the
 * pattern's source opens with it, alone or among other lookbehinds ("(?<!ansvar\\s+för\\s+)(?<![\\p{L}])…", all of them tested at
 * the match's start), and has no alternative at its top level after them ("(?<![\\p{L}])(?:bidrag|stöd)…", not
 * "(?<![\\p{L}])för|från"), so no match can start where that lookbehind fails; null for any other pattern (and under the v
 * flag, whose classes are read otherwise). eachMatchNear then skips those offsets instead of trying the pattern there: a
 * literal's earliest start lies a word or more before it, and inside a word every offset but its first fails.
 */
export function leadingNotAfter(pattern: RegExp): ((text: string, at: number) => boolean) | null {
  const { source, flags } = pattern;
  if (flags.includes('v')) return null;
  let cls: string | null = null;
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return null;
    const inner = source.slice(at + '(?<!'.length, end);
    if (cls === null && source.startsWith('(?<![', at) && closingBracket(inner, 0) === inner.length - 1) cls = inner;
    at = end + 1;
  }
  if (cls === null || hasTopLevelAlternative(source.slice(at))) return null;
  return notAfter(new RegExp(cls, flags.replace(/[gyd]/g, '')));
}

/** The offset of the `)` closing the group opened by the `(` at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The offset of the `]` closing the character class opened by the `[` at `open`, or -1. */
function closingBracket(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') return -1; // a nested class: not read here
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** Whether a pattern's source has a `|` outside every group and class. */
export function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Code units below this have their answer for a one-character class in a table (classTable). */
export const TABLED = 0x250;

/** A one-character class's answers (1 or 0) for the code units below TABLED, tested under the class's own flags. */
export function classTable(cls: RegExp): Uint8Array {
  const test = new RegExp(cls.source, cls.flags.replace(/[gy]/g, '') + 'y');
  return Uint8Array.from({ length: TABLED }, (_, code) => {
    test.lastIndex = 0;
    return test.test(String.fromCharCode(code)) ? 1 : 0;
  });
}

/**
 * The start test of a pattern that opens with the lookbehind (?<!cls) for a one-character class `cls` (written under the
 * pattern's own flags, so the same letters fold): true at the text's start, else when the code point before `at` is not in
 * the class, as the lookbehind reads it; a table answers for the first code units. eachMatchNear's `startable`: a
 * literal's word is walked offset by offset from its start, and inside it every offset but the first fails the lookbehind.
 */
export function notAfter(cls: RegExp): (text: string, at: number) => boolean {
  const table = classTable(cls);
  const whole = new RegExp(`^(?:${cls.source})$`, cls.flags.replace(/[gy]/g, ''));
  return (text, at) => {
    if (at === 0) return true;
    const code = text.charCodeAt(at - 1);
    if (code < TABLED) return table[code] === 0;
    return !whole.test(text.slice(codePointBefore(text, at), at));
  };
}

/**
 * The start of the word (the run of letters, as a pattern under /iu reads letters: a few marks fold to letters) that a literal
 * at `at` stands in: the start bound of a pattern whose every match opens with that word (doctype's several-grants,
 * target-groups' offer-for). After notAfter: its table is built at load.
 */
export const wordStart: StartBound = runStart(notAfter(/\p{L}/iu));

/**
 * A global pattern whose every match opens with a character of a one-character class (a leading lookahead says so:
 * "(?=[\\p{Lu}\\d])…"), with what matchesOpening needs to try it only at such characters: `sticky` is the pattern with /y
 * for /g, `opening` the class (sticky, u flag) and `table` its answers for the first code units. `pattern` stays for the
 * tests that check both find the same (near-patterns.test.ts).
 */
export interface OpeningPattern {
  pattern: RegExp;
  sticky: RegExp;
  opening: RegExp;
  table: Uint8Array;
}

export function openingPattern(pattern: RegExp, opening: RegExp): OpeningPattern {
  const cls = new RegExp(opening.source, 'uy');
  const table = classTable(cls);
  return { pattern, sticky: new RegExp(pattern.source, pattern.flags.replace('g', 'y')), opening: cls, table };
}

/**
 * Every match of the pattern, as eachMatch(opening.pattern, text) gives them, the pattern tried only where a character of
 * its opening class stands (a table for most, the class itself for the rest): a whole-text search tried the pattern at
 * every offset, and made a match array for each of its many matches (a capitalised word's start, over the bench corpus
 * twice the time of this walk). Never between a surrogate pair's halves, as the global pattern under u never starts there.
 */
export function* matchesOpening(opening: OpeningPattern, text: string): Generator<RegExpExecArray> {
  const { sticky, opening: cls, table } = opening;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < TABLED) {
      if (table[code] === 0) continue;
    } else {
      if (isLowSurrogate(code) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue;
      cls.lastIndex = at;
      if (!cls.test(text)) continue;
    }
    sticky.lastIndex = at;
    const found = sticky.exec(text);
    if (!found) continue;
    // Searching on after the match, as the global pattern does (every match holds its opening character: never empty).
    at = found.index + found[0].length - 1;
    yield found;
  }
}

/** Every match of the pattern, as eachMatch(near.pattern, text) gives them (see eachMatchNear). */
export const matchesNear = (near: NearPattern, text: string) => eachMatchNear(near.sticky, near.literal, near.earliest, text, near.startable);

/** The first match of the pattern, as its exec from the text's start finds it, or null. */
export const firstNear = (near: NearPattern, text: string): RegExpExecArray | null => matchesNear(near, text).next().value ?? null;
