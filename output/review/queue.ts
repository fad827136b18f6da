/**
 * The review queue and the field list behind the review page's filters: fields a reviewer should look at,
 * most important first — conflicts, then values changed since review, then low confidence, on amounts,
 * periods and parties before the rest — and, with a status filter, the fields already reviewed.
 */
import { MATTER_KINDS, type MatterKind, type Period } from '../../pipeline/contract.js';
import { formatPeriod } from '../../pipeline/reconcile/periods.js';
import type { RecordFieldName } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import type { ReviewStatus } from './records-read.js';
import { showValue } from './show.js';

/** Lower sorts first: what a wrong value costs an analyst. */
const FIELD_WEIGHT: Record<RecordFieldName, number> = { amount: 0, period: 0, ideburna: 0, offentliga: 0, organ: 1, extension: 1, diarienummer: 1, targetGroups: 2 };

export type QueueReason = 'conflict' | 'changed since review' | 'low confidence';
const REASON_WEIGHT: Record<QueueReason, number> = { conflict: 0, 'changed since review': 1, 'low confidence': 2 };

/** Which fields a list holds: the queue (what needs a reviewer), fields by their review status, or every field. */
export const STATUS_FILTERS = ['queue', 'machine', 'accepted', 'corrected', 'rejected', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface FieldFilter {
  field?: RecordFieldName | undefined;
  kind?: MatterKind | undefined;
  status?: StatusFilter | undefined;
  /** Part of an organisation's name among the record's parties and bodies (any case). */
  organisation?: string | undefined;
  /** Part of the record's number, parties, period, the field's value or a source document's path (any case). */
  search?: string | undefined;
}

export interface QueueItem {
  partnershipId: number;
  field: RecordFieldName;
  /** Why it needs a reviewer; null for a field that does not (a list filtered by status). */
  reason: QueueReason | null;
  status: ReviewStatus;
  machineValue: unknown;
  /** What the dataset says: the reviewed value where there is one. */
  value: unknown;
  confidence: number;
  /** The kinds of matter the record's documents call it (one, usually). */
  kinds: MatterKind[];
  /** The record's parties and period, so a reviewer knows which partnership it is. */
  summary: string;
}

export interface FieldList {
  /** How many fields match the filter (the page is a slice of them). */
  total: number;
  items: QueueItem[];
}

interface FieldRowDb {
  partnership_id: number;
  field: RecordFieldName;
  value_json: string;
  confidence: number;
  needs_review: number;
  conflict: number;
  status: Exclude<ReviewStatus, 'machine'> | null;
  review_json: string | null;
  changed_since_review: number | null;
}

/** The queue as `iop review queue` prints it. */
export function reviewQueue(db: Dataset, limit = Infinity): QueueItem[] {
  return listFields(db, { status: 'queue' }, 0, limit).items;
}

export function listFields(db: Dataset, filter: FieldFilter, offset = 0, limit = Infinity): FieldList {
  const rows = db
    .prepare(
      `SELECT f.partnership_id, f.field, f.value_json, f.confidence, f.needs_review, f.conflict, r.status, r.value_json AS review_json, r.changed_since_review
       FROM reconciled_fields f
       JOIN reconciled_partnerships p ON p.id = f.partnership_id AND p.status = 'active'
       LEFT JOIN field_reviews r ON r.partnership_id = f.partnership_id AND r.field = f.field`,
    )
    .all() as FieldRowDb[];
  const records = recordFacts(db);
  const organisation = filter.organisation?.trim().toLocaleLowerCase('sv');
  const search = filter.search?.trim().toLocaleLowerCase('sv');
  const matching = rows
    .map((row) => toItem(row, records.get(row.partnership_id)))
    .filter((item) => {
      const facts = records.get(item.partnershipId);
      return (
        (!filter.field || item.field === filter.field) &&
        (!filter.kind || item.kinds.includes(filter.kind)) &&
        statusMatches(filter.status ?? 'queue', item) &&
        (!organisation || (facts?.organisations ?? '').includes(organisation)) &&
        (!search || `#${item.partnershipId} ${facts?.searchable ?? ''} ${showValue(item.field, item.value)}`.toLocaleLowerCase('sv').includes(search))
      );
    })
    .sort(byImportance);
  return { total: matching.length, items: matching.slice(offset, offset + limit) };
}

function toItem(row: FieldRowDb, facts: RecordFacts | undefined): QueueItem {
  const machineValue = JSON.parse(row.value_json) as unknown;
  const needsReviewer = row.status === null ? row.needs_review === 1 : row.changed_since_review === 1;
  return {
    partnershipId: row.partnership_id,
    field: row.field,
    reason: !needsReviewer ? null : row.changed_since_review === 1 ? 'changed since review' : row.conflict === 1 ? 'conflict' : 'low confidence',
    status: row.status ?? 'machine',
    machineValue,
    value: row.status === null ? machineValue : (JSON.parse(row.review_json!) as unknown),
    confidence: row.confidence,
    kinds: facts?.kinds ?? [],
    summary: facts?.summary ?? '',
  };
}

function statusMatches(status: StatusFilter, item: QueueItem): boolean {
  if (status === 'all') return true;
  if (status === 'queue') return item.reason !== null;
  return item.status === status;
}

const weight = (item: QueueItem) => FIELD_WEIGHT[item.field] * 3 + (item.reason === null ? 3 : REASON_WEIGHT[item.reason]);
const byImportance = (a: QueueItem, b: QueueItem) => Number(a.reason === null) - Number(b.reason === null) || weight(a) - weight(b) || a.confidence - b.confidence || a.partnershipId - b.partnershipId || a.field.localeCompare(b.field);

interface RecordFacts {
  /** "Röda Korset Gotland / Region Gotland, 2025-01-01–2028-12-31" */
  summary: string;
  kinds: MatterKind[];
  /** The parties' and bodies' names, lower case, for the organisation filter. */
  organisations: string;
  /** Summary, every field's value and the source paths, lower case, for search. */
  searchable: string;
}

/** What the filters and the queue's lines need to know about each active record. */
function recordFacts(db: Dataset): Map<number, RecordFacts> {
  const fields = db
    .prepare(
      `SELECT f.partnership_id, f.field, COALESCE(r.value_json, f.value_json) AS value_json, f.candidates_json FROM reconciled_fields f
       LEFT JOIN field_reviews r ON r.partnership_id = f.partnership_id AND r.field = f.field AND r.status != 'rejected'`,
    )
    .all() as { partnership_id: number; field: RecordFieldName; value_json: string; candidates_json: string }[];
  const members = db
    .prepare(
      `SELECT m.partnership_id, d.path, m.kind FROM reconciled_members m JOIN documents d ON d.id = m.document_id`,
    )
    .all() as { partnership_id: number; path: string; kind: string | null }[];
  const byRecord = new Map<number, { values: Partial<Record<RecordFieldName, unknown>>; names: string[]; kinds: Set<MatterKind>; paths: string[] }>();
  const entry = (id: number) => byRecord.get(id) ?? byRecord.set(id, { values: {}, names: [], kinds: new Set(), paths: [] }).get(id)!;
  for (const row of fields) {
    const e = entry(row.partnership_id);
    e.values[row.field] = JSON.parse(row.value_json);
    if (row.field === 'ideburna' || row.field === 'offentliga' || row.field === 'organ') {
      // The machine's candidates too: a filter on "Röda Korset" finds the record whatever spelling was chosen.
      e.names.push(...[e.values[row.field], (JSON.parse(row.candidates_json) as { value: unknown }[]).map((c) => c.value)].flat(2).map(String));
    }
  }
  for (const m of members) {
    const e = entry(m.partnership_id);
    e.paths.push(m.path);
    if (MATTER_KINDS.includes(m.kind as MatterKind)) e.kinds.add(m.kind as MatterKind);
  }
  return new Map(
    [...byRecord].map(([id, e]) => {
      const parties = [e.values.ideburna, e.values.offentliga].map((v) => (Array.isArray(v) ? v.join(', ') : '')).filter(Boolean).join(' / ');
      const period = e.values.period ? formatPeriod(e.values.period as Period) : '';
      const values = Object.entries(e.values).map(([field, v]) => showValue(field as RecordFieldName, v));
      return [
        id,
        {
          summary: [parties, period].filter(Boolean).join(', '),
          kinds: [...e.kinds].sort(),
          organisations: e.names.join('\n').toLocaleLowerCase('sv'),
          searchable: [...values, ...e.paths].join('\n').toLocaleLowerCase('sv'),
        },
      ];
    }),
  );
}
