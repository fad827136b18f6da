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
  return endTest(pattern)(window);
}

/** A window's test by one pattern at its end (what fitsAtEnd asks). */
export type EndTest = (window: string) => boolean;

const endTests = new WeakMap<RegExp, EndTest>();
/**
 * fitsAtEnd for one pattern, as a function to keep: a caller that tests the same patterns in window after window (the
 * context rules, ~60 of them at every name) keeps these and looks nothing up per test (a lookup per pattern per window
 * cost as much as most tests, which fail at the window's last character).
 */
export function endTest(pattern: RegExp): EndTest {
  let test = endTests.get(pattern);
  if (!test) endTests.set(pattern, (test = newEndTest(pattern)));
  return test;
}

function newEndTest(pattern: RegExp): EndTest {
  const atEnd = endLookbehind(pattern);
  if (!atEnd) return (window) => pattern.test(window);
  const way: Way = { forward: null, both: false, calls: 0, forwardMs: 0, backwardMs: 0 };
  return (window) => {
    if (way.forward === true) return pattern.test(window);
    if (way.forward === false) return backwards(atEnd, window);
    return tried(way, pattern, atEnd, window);
  };
}

/** The backward test alone (window-end.test.ts compares it with the pattern's own test). */
export function backwards(atEnd: RegExp, window: string): boolean {
  atEnd.lastIndex = window.length;
  return atEnd.test(window);
}

/**
 * Which way is cheaper depends on the pattern: backwards wins where most offsets would start a long failing try ("[^.]{0,80}?"),
 * forwards where a pattern's backward run backtracks over every word before its end ("budget\s*(?:\p{L}+\s+){0,3}:?\s*$" 61 µs
 * a window backwards, 4 µs forwards). The first calls of a pattern run both ways and time them (the answers are the same, see above);
 * from then on it runs the cheaper way. Only the time spent can differ, never an answer.
 */
interface Way {
  /** Decided: forwards (true) or backwards (false); null while trying. */
  forward: boolean | null;
  /** Trying both ways: backwards alone was not cheap enough (see CHEAP_MS). */
  both: boolean;
  calls: number;
  forwardMs: number;
  backwardMs: number;
}
/** Calls timed both ways before a pattern's way is chosen (its first call of each way, which compiles it, not timed). */
const TRIAL_CALLS = 32;
/**
 * First a pattern is timed backwards alone, for this many calls: where a backward call takes under CHEAP_MS on average, as it
 * does for most (the anchored end fails at once), backwards is chosen without compiling the pattern forwards at all, which
 * in a short process (a pool child, a few documents) cost as much as all its tests.
 */
const CHEAP_CALLS = 8;
const CHEAP_MS = 0.005;
/** A call's time counts at most this much: a longer one was the process waiting for a core, not the pattern. */
const MAX_CALL_MS = 1;

function tried(way: Way, pattern: RegExp, atEnd: RegExp, window: string): boolean {
  if (!way.both) return triedBackwards(way, atEnd, window);
  const t0 = performance.now();
  const answer = backwards(atEnd, window);
  const t1 = performance.now();
  pattern.test(window);
  const t2 = performance.now();
  if (way.calls++ > 0) {
    way.backwardMs += Math.min(t1 - t0, MAX_CALL_MS);
    way.forwardMs += Math.min(t2 - t1, MAX_CALL_MS);
  }
  if (way.calls > TRIAL_CALLS) way.forward = way.forwardMs < way.backwardMs;
  return answer;
}

function triedBackwards(way: Way, atEnd: RegExp, window: string): boolean {
  const t0 = performance.now();
  const answer = backwards(atEnd, window);
  if (way.calls++ > 0) way.backwardMs += Math.min(performance.now() - t0, MAX_CALL_MS);
  if (way.calls > CHEAP_CALLS) {
    if (way.backwardMs < CHEAP_CALLS * CHEAP_MS) way.forward = false;
    else Object.assign(way, { both: true, calls: 0, backwardMs: 0 });
  }
  return answer;
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
