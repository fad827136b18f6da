/**
 * Relations between records that stay distinct: a partnership that continues an earlier one between
 * the same parties (a förlängning, a new agreement for the next period) is its successor, never merged
 * into it — each period keeps its own amounts and documents.
 */
import type { Period } from '../contract.js';
import { caseNumbers } from './observations.js';
import { sameParties } from './parties-match.js';
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
  const relations: Relation[] = [];
  for (const later of records) {
    let best: { relation: Relation; end: number } | null = null;
    for (const earlier of records) {
      if (earlier === later) continue;
      const found = predecessorReason(earlier, later);
      const end = toDays(earlier.period)?.end ?? -Infinity;
      if (found && (!best || end > best.end)) best = { relation: { kind: 'predecessor', from: earlier.key, to: later.key, reason: found }, end };
    }
    if (best) relations.push(best.relation);
  }
  return relations;
}

function predecessorReason(earlier: RecordSummary, later: RecordSummary): string | null {
  const de = toDays(earlier.period);
  const dl = toDays(later.period);
  const gap = de && dl ? gapDays(de, dl) : null;
  if (gap === null || !sameParties(parties(earlier), parties(later))) return null;
  const periods = `${formatPeriod(earlier.period!)} is followed by ${formatPeriod(later.period!)}`;
  const earlierCases = new Set(earlier.observations.flatMap((o) => caseNumbers(o).own));
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
