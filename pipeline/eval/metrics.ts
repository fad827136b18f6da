/** Precision, recall and F1 from tallies; undefined ratios (nothing to divide by) are null, not 0 or 1. */
import type { Tally } from './score.js';

export interface Scores extends Tally {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function scores(tally: Tally): Scores {
  const precision = ratio(tally.tp, tally.tp + tally.fp);
  const recall = ratio(tally.tp, tally.tp + tally.fn);
  return { ...tally, precision, recall, f1: ratio(2 * tally.tp, 2 * tally.tp + tally.fp + tally.fn) };
}

export function addTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce((sum, t) => ({ tp: sum.tp + t.tp, fp: sum.fp + t.fp, fn: sum.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
}
