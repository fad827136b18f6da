/**
 * Relations between records that stay distinct: a partnership that continues an earlier one between
 * the same parties (a förlängning, a new agreement for the next period) is its successor, never merged
 * into it — each period keeps its own amounts and documents.
 */
import type { Period } from '../contract.js';
import { caseNumbers } from './observations.js';
import { pairsWithSameParties } from './parties-match.js';
import { formatPeriod, gapDays, toDays } from './periods.js';
import type { Observation, Relation } from './types.js';

/** A new period starting within this many days of the old one's end continues it. */
const CONTINUATION_GAP_DAYS = 92;
/** A document calling itself a förlängning may bridge a longer gap. */
const EXTENSION_GAP_DAYS = 366;

export interface RecordSummary {
  key: string;
  observations: Observation[];
  period: Period | null;
}

export function findPredecessors(records: readonly RecordSummary[]): Relation[] {
  const best = new Map<RecordSummary, { relation: Relation; end: number }>();
  const consider = (earlier: RecordSummary, later: RecordSummary) => {
    const reason = predecessorReason(earlier, later);
    const end = toDays(earlier.period)?.end ?? -Infinity;
    const current = best.get(later);
    if (reason && (!current || end > current.end)) best.set(later, { relation: { kind: 'predecessor', from: earlier.key, to: later.key, reason }, end });
  };
  const withParties = records.map((record) => ({ record, ...parties(record) }));
  for (const [a, b] of pairsWithSameParties(withParties)) {
    consider(a.record, b.record);
    consider(b.record, a.record);
  }
  // Each record keeps only its nearest predecessor: the one that ended last.
  return records.flatMap((r) => (best.has(r) ? [best.get(r)!.relation] : []));
}

/** Why `earlier` is the predecessor of `later` (whose parties are the same), or null. */
function predecessorReason(earlier: RecordSummary, later: RecordSummary): string | null {
  const de = toDays(earlier.period);
  const dl = toDays(later.period);
  const gap = de && dl ? gapDays(de, dl) : null;
  if (gap === null) return null;
  const periods = `${formatPeriod(earlier.period!)} is followed by ${formatPeriod(later.period!)}`;
  const earlierCases = new Set(earlier.observations.flatMap((o) => caseNumbers(o).own));
  const shared = later.observations.flatMap((o) => caseNumbers(o).own).find((n) => earlierCases.has(n));
  if (shared) return `same parties; same case ${shared}, next period; ${periods}`;
  const referred = later.observations.flatMap((o) => caseNumbers(o).refs).find((n) => earlierCases.has(n));
  if (referred) return `same parties; refers to the earlier agreement's case ${referred}; ${periods}`;
  if (later.observations.some((o) => o.extends) && gap <= EXTENSION_GAP_DAYS) return `same parties; a förlängning; ${periods}`;
  if (gap <= CONTINUATION_GAP_DAYS) return `same parties; ${periods}`;
  return null;
}

function parties(record: RecordSummary): { ideburna: string[]; offentliga: string[] } {
  return {
    ideburna: [...new Set(record.observations.flatMap((o) => o.ideburna))],
    offentliga: [...new Set(record.observations.flatMap((o) => o.offentliga))],
  };
}
