/**
 * Context rules: a mention's strength depends on the words around it ("IOP med X", "mellan A och X",
 * "Parter: …"). Each rule is named data — a pattern the text before and/or after the mention must match —
 * and the strongest rule that fits decides a mention's strength. Rules live beside the extractor that
 * uses them; this module only applies them.
 */
import type { TextTest } from '../engine/gapped-phrases.js';
import { fitsAtEnd } from '../engine/window-end.js';

export interface ContextRule {
  name: string;
  /** Prior probability that a mention in this context is a party (see engine/confidence.ts). */
  strength: number;
  /** Must match the end of the text before the mention (anchor with $). */
  before?: RegExp;
  /** Must match the start of the text after the mention (anchor with ^): a pattern, or or word phrases with gaps (engine/gapped-phrases.ts). */
  after?: TextTest;
  /**
   * Literals of which every match of `before` contains one (exact case): a window with none of them is passed over
   * without trying the pattern. A pattern anchored at the end is tried from every offset of its window, and most
   * windows hold no such word ("med" for "IOP med X").
   */
  beforeHas?: readonly string[];
}

/** How far around a mention the rules look. */
const WINDOW = 120;

/**
 * A rule whose "after" pattern is this long (organ's verb phrases with their adverbials inlined: 8,000–65,000
 * characters) and many times its "before" pattern's length has its "before" tried first: compiling such a pattern
 * costs 50–80 ms on first use, and its short "before" ("Det är ", "ska ") fails in nearly every window, so most
 * processes never compile it. Both must match, so the order never changes the result.
 */
const LONG_AFTER = 2000;
const beforeFirst = new WeakMap<ContextRule, boolean>();
function testsBeforeFirst(rule: ContextRule): boolean {
  let first = beforeFirst.get(rule);
  if (first === undefined) {
    const after = rule.after?.source.length ?? 0;
    const before = rule.before?.source.length ?? Infinity;
    first = after >= LONG_AFTER && after >= 10 * before;
    beforeFirst.set(rule, first);
  }
  return first;
}

/** Whether the text before the mention fits the rule (its literals, then its pattern). */
function beforeFits(rule: ContextRule, before: string): boolean {
  if (rule.beforeHas && !rule.beforeHas.some((literal) => before.includes(literal))) return false;
  return !rule.before || fitsAtEnd(rule.before, before);
}

/** The strongest rule whose context fits the span [start, end) of text, or null. */
export function strongestContext(
  rules: readonly ContextRule[],
  text: string,
  start: number,
  end: number,
): ContextRule | null {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  for (const rule of byStrength(rules)) {
    // After first: its patterns are anchored at the start and fail at once; a "before" pattern, anchored at
    // the end, is tried from every offset of the window. A long "after" waits for its short "before" (LONG_AFTER).
    if (testsBeforeFirst(rule)) {
      if (!beforeFits(rule, before) || !rule.after!.test(after)) continue;
    } else {
      if (rule.after && !rule.after.test(after)) continue;
      if (!beforeFits(rule, before)) continue;
    }
    return rule;
  }
  return null;
}

/**
 * A rule list strongest first, ties in their written order (a stable sort): the first rule that fits is then the one the
 * written order would choose (the strongest, the first written of equals), and no weaker rule is tried after it.
 */
const sorted = new WeakMap<readonly ContextRule[], readonly ContextRule[]>();
function byStrength(rules: readonly ContextRule[]): readonly ContextRule[] {
  let order = sorted.get(rules);
  if (!order) sorted.set(rules, (order = [...rules].sort((a, b) => b.strength - a.strength)));
  return order;
}
