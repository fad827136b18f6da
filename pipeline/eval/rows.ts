/**
 * Pairs gold partnerships with extracted ones before their fields are scored, and counts listed rows
 * found. A listed row counts as found (a row match) when its idéburna parties are the same set, its
 * public parties are the same set (names compared as in normalize.ts) and its period has the same start,
 * end and open-endedness. Organs are scored per field but are not part of a row's identity.
 */
import type { PartnershipValues, Period } from '../contract.js';
import type { ExpectedPartnership } from './gold.js';
import { matchOneToOne } from './match.js';
import { normalizeName, normalizeParagraph } from './normalize.js';

export interface ListingScore {
  goldRows: number;
  predictedRows: number;
  /** Rows found: one-to-one pairs of a gold row and an extracted row that row-match. */
  matchedRows: number;
}

/** An extracted partnership, with the § of its matter where it has one. */
type Predicted = PartnershipValues & { paragraph?: string | null };

export interface Alignment<P extends Predicted = Predicted> {
  /** Every gold and every extracted partnership exactly once; unpaired ones face undefined. */
  pairs: Array<[ExpectedPartnership | undefined, P | undefined]>;
  listing: ListingScore;
}

const nameSet = (names: readonly string[]): string => [...new Set(names.map(normalizeName))].sort().join('|');
const samePeriod = (a: Period | null, b: Period | null): boolean =>
  a === null || b === null ? a === b : a.start === b.start && a.end === b.end && a.openEnded === b.openEnded;

export function rowMatches(expected: ExpectedPartnership, predicted: PartnershipValues): boolean {
  return (
    nameSet(expected.ideburna) === nameSet(predicted.ideburna.map((f) => f.value)) &&
    nameSet(expected.offentliga) === nameSet(predicted.offentliga.map((f) => f.value)) &&
    samePeriod(expected.period, predicted.period?.value ?? null)
  );
}

/** Share of a row's parties and dates that agree; a full row match ranks above any partial one. */
function rowSimilarity(expected: ExpectedPartnership, predicted: PartnershipValues): number {
  if (rowMatches(expected, predicted)) return 1;
  const shared = (gold: readonly string[], got: readonly { value: string }[]) => {
    const names = new Set(got.map((f) => normalizeName(f.value)));
    return gold.filter((name) => names.has(normalizeName(name))).length;
  };
  const period = predicted.period?.value;
  const agreeing =
    shared(expected.ideburna, predicted.ideburna) +
    shared(expected.offentliga, predicted.offentliga) +
    shared(expected.organ, predicted.organ) +
    (expected.period?.start != null && expected.period.start === period?.start ? 1 : 0) +
    (expected.period?.end != null && expected.period.end === period?.end ? 1 : 0);
  const total = expected.ideburna.length + expected.offentliga.length + expected.organ.length + 2;
  return (0.9 * agreeing) / total;
}

/**
 * A whole document's matters pair by their §: the same § is the same matter whatever was extracted from it,
 * another § never is. Where either side has no §, by parties and period as rows are.
 */
function matterSimilarity(expected: ExpectedPartnership, predicted: Predicted): number {
  const gold = expected.matter?.paragraph;
  if (gold && predicted.paragraph) return normalizeParagraph(gold) === normalizeParagraph(predicted.paragraph) ? 2 : 0;
  return rowSimilarity(expected, predicted);
}

export function alignPartnerships<P extends Predicted>(expected: readonly ExpectedPartnership[], predicted: readonly P[], whole = false): Alignment<P> {
  // A document of one matter with one gold partnership and one extracted is always paired, even when nothing agrees.
  const matching =
    !whole && expected.length === 1 && predicted.length === 1
      ? { pairs: [[0, 0]] as Array<[number, number]>, unmatchedExpected: [], unmatchedPredicted: [] }
      : matchOneToOne(expected, predicted, whole ? matterSimilarity : rowSimilarity, Number.MIN_VALUE);
  return {
    pairs: [
      ...matching.pairs.map(([e, p]): [ExpectedPartnership, P] => [expected[e]!, predicted[p]!]),
      ...matching.unmatchedExpected.map((e): [ExpectedPartnership, undefined] => [expected[e]!, undefined]),
      ...matching.unmatchedPredicted.map((p): [undefined, P] => [undefined, predicted[p]!]),
    ],
    listing: {
      goldRows: expected.length,
      predictedRows: predicted.length,
      matchedRows: matching.pairs.filter(([e, p]) => rowMatches(expected[e]!, predicted[p]!)).length,
    },
  };
}
