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
