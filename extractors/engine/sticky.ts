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
 * copies the pattern on every call, which costs more than matching a short text. The pattern must not be used
 * elsewhere while the matches are read.
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
