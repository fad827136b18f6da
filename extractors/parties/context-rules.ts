/**
 * Context rules: a mention's strength depends on the words around it ("IOP med X", "mellan A och X",
 * "Parter: …"). Each rule is named data — a pattern the text before and/or after the mention must match —
 * and the strongest rule that fits decides a mention's strength. Rules live beside the extractor that
 * uses them; this module only applies them.
 */
import type { TextTest } from '../engine/gapped-phrases.js';
import { endTest, type EndTest } from '../engine/window-end.js';
import { hasTopLevelAlternative } from '../engine/sticky.js';

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
   * without trying either pattern. A pattern anchored at the end is tried from every offset of its window, and most
   * windows hold no such word ("med" for "IOP med X"); an `after` pattern that backtracks over its window ("… ett
   * IOP", ideburen.agreement-subject) is not tried where the before's verb is missing.
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
function testsBeforeFirst(rule: ContextRule): boolean {
  const after = rule.after?.source.length ?? 0;
  const before = rule.before?.source.length ?? Infinity;
  return after >= LONG_AFTER && after >= 10 * before;
}

/** A rule with what its tests need, worked out once (a lookup per rule per mention cost as much as most tests). */
interface Prepared {
  rule: ContextRule;
  beforeFirst: boolean;
  before: EndTest | null;
  /** Its beforeHas as indices into its list's distinct literals (Rules.literals), or null when it has none. */
  literals: readonly number[] | null;
  /** The index of the union (Rules.unions) its after pattern is one alternative of, or -1. */
  union: number;
}

/**
 * The rules with an "after" pattern and no "before" (~30 of organ's and the idéburna's rules) are tried at every name, and
 * nearly every try fails at once: the call costs more than the matching. Their patterns, each anchored at the start with ^,
 * are joined into one alternation per set of flags, `^(?:a|b|…)`, which matches exactly where one of them does: a window
 * where the union fails is passed over by all of them in one test. Left out: a pattern that matches an empty text (a bare
 * lookahead, "^(?![ \t]+budget)", holds at nearly every name and would make its union hold too), one with a named group
 * (two of one name are an error in one pattern) or a backreference (its number would change), a g, y or m flag (another
 * meaning of a test or of ^), a long pattern (LONG_AFTER: compiled only where needed) and a gapped phrase list.
 */
function unionable(rule: ContextRule): RegExp | null {
  const after = rule.after;
  if (rule.before || !(after instanceof RegExp) || after.source.length >= LONG_AFTER || /[gym]/.test(after.flags)) return null;
  const { source } = after;
  if (!source.startsWith('^') || hasTopLevelAlternative(source) || /\\(?:[1-9]|k<)|\(\?<(?![=!])/.test(source) || after.test('')) return null;
  return after;
}

/** The unions of a rule list's unionable after patterns, one per set of flags, and each rule's union (Prepared.union). */
function unionsOf(rules: readonly ContextRule[]): { unions: RegExp[]; of: number[] } {
  const sources = new Map<string, string[]>();
  const of = rules.map((rule) => {
    const after = unionable(rule);
    if (!after) return -1;
    if (!sources.has(after.flags)) sources.set(after.flags, []);
    sources.get(after.flags)!.push(after.source.slice(1));
    return [...sources.keys()].indexOf(after.flags);
  });
  const unions = [...sources].map(([flags, alternatives]) => new RegExp(`^(?:${alternatives.map((a) => `(?:${a})`).join('|')})`, flags));
  return { unions, of };
}

/**
 * A rule list prepared: its rules strongest first, the distinct literals of their beforeHas (rules share them: "med" for
 * four, "arter" for two), and what each holds in the window being read (0 not yet looked for, 1 held, 2 not held),
 * cleared per window, so each literal is looked for once per window, not once per rule.
 */
interface Rules {
  order: readonly Prepared[];
  literals: readonly string[];
  held: Uint8Array;
  unions: readonly RegExp[];
  /** What each union holds in the window after the mention being read, as `held` does for the literals. */
  unionHeld: Uint8Array;
}

/** Whether the window after the mention may match the rule's after pattern: false when the union it is one of fails there. */
function mayFollow(rules: Rules, prepared: Prepared, after: string): boolean {
  const { union } = prepared;
  if (union < 0) return true;
  let held = rules.unionHeld[union]!;
  if (held === 0) rules.unionHeld[union] = held = rules.unions[union]!.test(after) ? 1 : 2;
  return held === 1;
}

/** Whether the text before the mention holds one of the rule's literals, if it has any (tried before either pattern). */
function holdsLiterals(rules: Rules, prepared: Prepared, before: string): boolean {
  const { literals } = prepared;
  if (!literals) return true;
  for (const index of literals) {
    let held = rules.held[index]!;
    if (held === 0) rules.held[index] = held = before.includes(rules.literals[index]!) ? 1 : 2;
    if (held === 1) return true;
  }
  return false;
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
  const prepared = byStrength(rules);
  prepared.held.fill(0);
  prepared.unionHeld.fill(0);
  for (const entry of prepared.order) {
    const { rule, before: beforeTest } = entry;
    if (!holdsLiterals(prepared, entry, before) || !mayFollow(prepared, entry, after)) continue;
    // After first: its patterns are anchored at the start and fail at once; a "before" pattern, anchored at
    // the end, is tried from every offset of the window. A long "after" waits for its short "before" (LONG_AFTER).
    if (entry.beforeFirst) {
      if ((beforeTest && !beforeTest(before)) || !rule.after!.test(after)) continue;
    } else {
      if (rule.after && !rule.after.test(after)) continue;
      if (beforeTest && !beforeTest(before)) continue;
    }
    return rule;
  }
  return null;
}

/**
 * A rule list strongest first, ties in their written order (a stable sort): the first rule that fits is then the one the
 * written order would choose (the strongest, the first written of equals), and no weaker rule is tried after it.
 */
const sorted = new WeakMap<readonly ContextRule[], Rules>();
function byStrength(rules: readonly ContextRule[]): Rules {
  let prepared = sorted.get(rules);
  if (!prepared) {
    const strongest = [...rules].sort((a, b) => b.strength - a.strength);
    const literals = [...new Set(strongest.flatMap((rule) => rule.beforeHas ?? []))];
    const { unions, of } = unionsOf(strongest);
    const order = strongest.map((rule, i) => ({
      rule,
      beforeFirst: testsBeforeFirst(rule),
      before: rule.before ? endTest(rule.before) : null,
      literals: rule.beforeHas ? rule.beforeHas.map((literal) => literals.indexOf(literal)) : null,
      union: of[i]!,
    }));
    prepared = { order, literals, held: new Uint8Array(literals.length), unions, unionHeld: new Uint8Array(unions.length) };
    sorted.set(rules, prepared);
  }
  return prepared;
}
