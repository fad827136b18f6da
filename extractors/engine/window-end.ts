/**
 * A pattern anchored at the end of a window of text before a position ("IOP med $", "föreningen ”$"), tested without
 * trying it from every offset of the window.
 */

/**
 * Whether `pattern` matches in `window`. A pattern whose every match ends at the end of the window (a final `$` outside
 * any group or alternative, no m flag) matches exactly when it matches backwards from the window's end: the same pattern
 * as a sticky lookbehind, tried once at the end. `pattern.test` tries it from every offset of the window instead, and
 * nearly every try fails late. Which way a pattern is matched changes only its captures, which a test never reads, so
 * the answer is the same (window-end.test.ts and parties/context-rules.test.ts compare both over many windows); a
 * pattern with a backreference, whose meaning does depend on the direction, keeps the forward test.
 */
export function fitsAtEnd(pattern: RegExp, window: string): boolean {
  const atEnd = endLookbehind(pattern);
  if (!atEnd) return pattern.test(window);
  atEnd.lastIndex = window.length;
  return atEnd.test(window);
}

const lookbehinds = new WeakMap<RegExp, RegExp | null>();
/** The sticky lookbehind that tests `pattern` at a window's end, or null when its matches need not end there. */
export function endLookbehind(pattern: RegExp): RegExp | null {
  let found = lookbehinds.get(pattern);
  if (found === undefined) {
    found = anchoredAtEnd(pattern) ? new RegExp(`(?<=${pattern.source})`, `${pattern.flags}y`) : null;
    lookbehinds.set(pattern, found);
  }
  return found;
}

function anchoredAtEnd({ source, flags }: RegExp): boolean {
  if (/[mgyv]/.test(flags) || /\\(?:[1-9]|k<)/.test(source) || !source.endsWith('$')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (i === source.length - 2) return false; // the final `$` is escaped
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return depth === 0 && !inClass;
}
