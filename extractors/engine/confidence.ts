/**
 * Confidence means the probability that a value is right. A rule's strength is its own prior; several
 * independent mentions agreeing raise it (noisy-or), capped below certainty. The constants are fitted on
 * the development set (see `iop eval` calibration output).
 */

/** Below this a reviewer should look. */
export const REVIEW_THRESHOLD = 0.7;

/** Highest confidence a machine-extracted value gets: agreement is evidence, not proof. */
export const MAX_CONFIDENCE = 0.99;

/** Noisy-or of the mentions' strengths, with each further mention counting less (mentions are not independent). */
export function combineStrengths(strengths: readonly number[]): number {
  const sorted = [...strengths].sort((a, b) => b - a);
  let miss = 1;
  sorted.forEach((s, i) => {
    miss *= 1 - s / (i + 1);
  });
  return Math.round(Math.min(MAX_CONFIDENCE, 1 - miss) * 1000) / 1000;
}
