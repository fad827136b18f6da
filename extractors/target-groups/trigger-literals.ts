/**
 * Which trigger rules (rules.ts TRIGGER_RULES) can match in a sentence, from one pass over it for all of them: each rule
 * declares literals one of which every match of its trigger holds (TriggerRule.literals), and a rule none of whose
 * literals the sentence holds is not tried. Twenty-odd rules each searching every sentence for its own literal or
 * prefilter cost as much as reading the phrases they found (issue 13).
 */
import { TRIGGER_RULES, type TriggerRule } from './rules.js';

/** The rules as bits of a mask: a rule's bit is its index in TRIGGER_RULES (31 bits at most). */
if (TRIGGER_RULES.length > 31) throw new Error('trigger-literals: more trigger rules than bits in a mask');
const ALL_RULES = 2 ** TRIGGER_RULES.length - 1;
const RULE_BIT: ReadonlyMap<TriggerRule, number> = new Map(TRIGGER_RULES.map((rule, i) => [rule, 1 << i]));

/**
 * A literal this short ("för", "att", "ta", "ge") stands in nearly every sentence, often inside other words: searching for it
 * cost more than it saved, and a rule with one is tried in every sentence (its near-pattern finds the literal anyway).
 */
const MIN_SEARCHED_LENGTH = 4;
const searched = (rule: TriggerRule) => rule.literals.every((l) => l.length >= MIN_SEARCHED_LENGTH);
const ALWAYS_TRIED = TRIGGER_RULES.reduce((mask, rule, i) => (searched(rule) ? mask : mask | (1 << i)), 0);

/**
 * The other rules' literals in one alternation, the longest first: at an offset where several stand, the longest is found,
 * and every other one standing there is its beginning ("rikta" in "riktad").
 */
const LITERALS = [...new Set(TRIGGER_RULES.filter(searched).flatMap((rule) => rule.literals))].sort((a, b) => b.length - a.length);
const ANY_LITERAL = new RegExp(LITERALS.join('|'), 'giu');
/** The rules a literal found lets through: those of every literal it begins with, its own among them. */
const RULES_OF: ReadonlyMap<string, number> = new Map(
  LITERALS.map((found) => [found, TRIGGER_RULES.reduce((mask, rule, i) => (searched(rule) && rule.literals.some((l) => found.startsWith(l)) ? mask | (1 << i) : mask), 0)]),
);

/** The mask of the rules whose literals a text holds (and of those always tried). */
export function possibleRules(text: string): number {
  let mask = ALWAYS_TRIED;
  ANY_LITERAL.lastIndex = 0;
  for (let m = ANY_LITERAL.exec(text); m !== null && mask !== ALL_RULES; m = ANY_LITERAL.exec(text)) {
    // A spelling only the i flag folds to a literal (not found by lower-casing) lets every rule through.
    mask |= RULES_OF.get(m[0].toLowerCase()) ?? ALL_RULES;
    // Literals may overlap ("deltagar" overlapping "boende" in "boendeltagare"): the search goes on from the next offset, not after the match.
    ANY_LITERAL.lastIndex = m.index + 1;
  }
  return mask;
}

/** Whether a rule can match in a text whose possibleRules are `mask`. */
export const mayMatch = (mask: number, rule: TriggerRule): boolean => (mask & RULE_BIT.get(rule)!) !== 0;
