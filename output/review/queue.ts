/**
 * The review queue: fields a reviewer should look at, most important first — conflicts, then values
 * changed since review, then low confidence, on amounts, periods and parties before the rest.
 */
import type { Period } from '../../pipeline/contract.js';
import { formatPeriod } from '../../pipeline/reconcile/periods.js';
import type { RecordFieldName } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';

/** Lower sorts first: what a wrong value costs an analyst. */
const FIELD_WEIGHT: Record<RecordFieldName, number> = { amount: 0, period: 0, ideburna: 0, offentliga: 0, organ: 1, extension: 1, diarienummer: 1, targetGroups: 2 };

export type QueueReason = 'conflict' | 'changed since review' | 'low confidence';
const REASON_WEIGHT: Record<QueueReason, number> = { conflict: 0, 'changed since review': 1, 'low confidence': 2 };

export interface QueueItem {
  partnershipId: number;
  field: RecordFieldName;
  reason: QueueReason;
  machineValue: unknown;
  confidence: number;
  /** The record's parties and period, so a reviewer knows which partnership it is. */
  summary: string;
}

export function reviewQueue(db: Dataset, limit = Infinity): QueueItem[] {
  const rows = db
    .prepare(
      `SELECT f.partnership_id, f.field, f.value_json, f.confidence, f.conflict, r.status, r.changed_since_review
       FROM reconciled_fields f
       JOIN reconciled_partnerships p ON p.id = f.partnership_id AND p.status = 'active'
       LEFT JOIN field_reviews r ON r.partnership_id = f.partnership_id AND r.field = f.field
       WHERE (r.status IS NULL AND f.needs_review = 1) OR r.changed_since_review = 1`,
    )
    .all() as { partnership_id: number; field: RecordFieldName; value_json: string; confidence: number; conflict: number; status: string | null; changed_since_review: number | null }[];
  const summaries = recordSummaries(db);
  return rows
    .map((row): QueueItem => ({
      partnershipId: row.partnership_id,
      field: row.field,
      reason: row.changed_since_review === 1 ? 'changed since review' : row.conflict === 1 ? 'conflict' : 'low confidence',
      machineValue: JSON.parse(row.value_json),
      confidence: row.confidence,
      summary: summaries.get(row.partnership_id) ?? '',
    }))
    .sort(
      (a, b) =>
        FIELD_WEIGHT[a.field] * 3 + REASON_WEIGHT[a.reason] - (FIELD_WEIGHT[b.field] * 3 + REASON_WEIGHT[b.reason]) ||
        a.confidence - b.confidence ||
        a.partnershipId - b.partnershipId,
    )
    .slice(0, limit);
}

/** "Röda Korset Gotland / Region Gotland, 2025-01-01–2028-12-31" per active record. */
function recordSummaries(db: Dataset): Map<number, string> {
  const rows = db
    .prepare("SELECT partnership_id, field, value_json FROM reconciled_fields WHERE field IN ('ideburna', 'offentliga', 'period')")
    .all() as { partnership_id: number; field: string; value_json: string }[];
  const parts = new Map<number, { ideburna?: string; offentliga?: string; period?: string }>();
  for (const row of rows) {
    const value = JSON.parse(row.value_json) as unknown;
    const entry = parts.get(row.partnership_id) ?? {};
    if (row.field === 'period') {
      if (value) entry.period = formatPeriod(value as Period);
    } else entry[row.field as 'ideburna' | 'offentliga'] = (value as string[]).join(', ');
    parts.set(row.partnership_id, entry);
  }
  return new Map([...parts].map(([id, p]) => [id, [[p.ideburna, p.offentliga].filter(Boolean).join(' / '), p.period].filter(Boolean).join(', ')]));
}
