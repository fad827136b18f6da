/**
 * One-to-one matching of expected values to extracted values. Every pair is scored by a similarity in
 * [0, 1]; pairs reaching the threshold are taken best first, so each gold value is credited at most once
 * and a value extracted twice counts once right and once wrong.
 */

export interface Matching {
  /** [expected index, predicted index] of each matched pair. */
  pairs: Array<[number, number]>;
  unmatchedExpected: number[];
  unmatchedPredicted: number[];
}

export function matchOneToOne<E, P>(
  expected: readonly E[],
  predicted: readonly P[],
  similarity: (e: E, p: P) => number,
  threshold: number,
): Matching {
  const candidates: Array<{ e: number; p: number; score: number }> = [];
  expected.forEach((e, ei) =>
    predicted.forEach((p, pi) => {
      const score = similarity(e, p);
      if (score >= threshold) candidates.push({ e: ei, p: pi, score });
    }),
  );
  // Best first; ties in reading order so the outcome does not depend on sort stability quirks.
  candidates.sort((a, b) => b.score - a.score || a.e - b.e || a.p - b.p);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { e, p } of candidates) {
    if (usedE.has(e) || usedP.has(p)) continue;
    usedE.add(e);
    usedP.add(p);
    pairs.push([e, p]);
  }
  return {
    pairs,
    unmatchedExpected: expected.map((_, i) => i).filter((i) => !usedE.has(i)),
    unmatchedPredicted: predicted.map((_, i) => i).filter((i) => !usedP.has(i)),
  };
}

/** Similarity 1 when both sides normalise to the same key, else 0 (use with threshold 1). */
export const sameKey =
  <E, P>(keyE: (e: E) => string, keyP: (p: P) => string) =>
  (e: E, p: P): number =>
    keyE(e) === keyP(p) ? 1 : 0;
