/**
 * The registry: one row per reconciled partnership record with the reviewers' values applied, read from the
 * dataset's views (output/db/migrations/110-analyst-views.sql) so that `iop export`, `iop registry` and an
 * analyst's SELECT on partnerships_v say the same. List fields are arrays here; the CSV joins them.
 */
import { RECORD_FIELDS } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { ensureReconciled } from '../review/records.js';
import { LIST_SEPARATOR, type ExportRow, type ExportValue } from './rows.js';

/** A record field's name in the views and the export (snake_case). */
export const REGISTRY_FIELDS = RECORD_FIELDS.map((f) => (f === 'targetGroups' ? 'target_groups' : f));

/** partnerships_v's columns that hold a list (joined with " | " there) and come as arrays here. */
const LIST_FIELDS = ['ideburna', 'offentliga', 'organ', 'target_groups', 'diarienummer'] as const;

/** The export's columns, in order: partnerships_v's, each field's review columns, then where it comes from. */
export const REGISTRY_COLUMNS = [
  'record_id', 'kind', 'ideburna', 'offentliga', 'municipality', 'organ',
  'amount_sek', 'amount_per', 'amount_payer', 'period_start', 'period_end', 'period_open_ended', 'extension',
  'target_groups', 'diarienummer', 'decision_date', 'decision_body', 'decision_paragraph', 'decision_outcome',
  'review_state', 'fields_needing_review', 'conflicting_fields',
  ...REGISTRY_FIELDS.flatMap((f) => [`${f}_status`, `${f}_confidence`, `${f}_needs_review`, `${f}_conflict`, `${f}_changed_since_review`]),
  'ideburna_orgnr', 'offentliga_orgnr', 'predecessor_ids', 'successor_ids', 'documents', 'source_documents', 'source_paths', 'link_reasons',
] as const;

export type RegistryRow = Record<(typeof REGISTRY_COLUMNS)[number], ExportValue | string[] | number[]>;

interface FieldState {
  record_id: number;
  field: string;
  value_json: string;
  status: string;
  confidence: number | null;
  needs_review: number;
  conflict: number;
}

/** Groups rows by record id. */
function byRecord<T extends { record_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.record_id, [...(groups.get(row.record_id) ?? []), row]);
  return groups;
}

/**
 * The registry's rows — active records only: one marked not a partnership, or that no document states any
 * more, is retired — ordered by kommun/region and record. Reconciles first when documents or reviews changed.
 */
export function registryRows(db: Dataset): RegistryRow[] {
  ensureReconciled(db);
  const records = db.prepare(`SELECT * FROM partnerships_v ORDER BY municipality IS NULL, municipality, record_id`).all() as Record<string, ExportValue>[];
  const fields = byRecord(db.prepare('SELECT record_id, field, value_json, status, confidence, needs_review, conflict FROM record_values_v').all() as FieldState[]);
  const municipalities = byRecord(
    db.prepare(`SELECT DISTINCT ro.record_id, o.municipality AS name FROM record_organisations ro JOIN reconciled_organisations o ON o.key = ro.organisation_key
                WHERE ro.role = 'offentlig' AND o.municipality IS NOT NULL ORDER BY o.municipality`).all() as { record_id: number; name: string }[],
  );
  const orgnr = byRecord(
    db.prepare(`SELECT ro.record_id, ro.role, o.orgnr FROM record_organisations ro JOIN reconciled_organisations o ON o.key = ro.organisation_key
                WHERE o.orgnr_valid = 1 ORDER BY o.name`).all() as { record_id: number; role: string; orgnr: string }[],
  );
  const statements = byRecord(db.prepare('SELECT record_id, path, sha256 FROM statements_v ORDER BY path, ordinal').all() as { record_id: number; path: string; sha256: string }[]);
  const links = byRecord(db.prepare('SELECT partnership_id AS record_id, reason FROM reconciled_links ORDER BY rowid').all() as { record_id: number; reason: string }[]);
  const relations = db.prepare("SELECT from_id, to_id FROM reconciled_relations WHERE kind = 'predecessor'").all() as { from_id: number; to_id: number }[];

  return records.map((record) => {
    const id = record.record_id as number;
    const state = new Map((fields.get(id) ?? []).map((f) => [f.field, f]));
    const row = { ...record } as Record<string, ExportValue | string[] | number[]>;
    for (const f of LIST_FIELDS) row[f] = (JSON.parse(state.get(f)?.value_json ?? 'null') as string[] | null) ?? [];
    row.municipality = (municipalities.get(id) ?? []).map((m) => m.name);
    for (const f of REGISTRY_FIELDS) {
      const s = state.get(f);
      Object.assign(row, {
        [`${f}_status`]: s?.status ?? 'machine',
        [`${f}_confidence`]: s?.confidence ?? null,
        [`${f}_needs_review`]: s ? s.needs_review === 1 : false,
        [`${f}_conflict`]: s ? s.conflict === 1 : false,
        [`${f}_changed_since_review`]: s ? s.status !== 'machine' && s.needs_review === 1 : false,
      });
    }
    row.period_open_ended = record.period_open_ended === null ? null : record.period_open_ended === 1;
    const numbers = orgnr.get(id) ?? [];
    row.ideburna_orgnr = numbers.filter((n) => n.role === 'ideburen').map((n) => n.orgnr);
    row.offentliga_orgnr = numbers.filter((n) => n.role === 'offentlig').map((n) => n.orgnr);
    row.predecessor_ids = relations.filter((r) => r.to_id === id).map((r) => r.from_id);
    row.successor_ids = relations.filter((r) => r.from_id === id).map((r) => r.to_id);
    row.source_documents = (statements.get(id) ?? []).map((s) => s.sha256);
    row.source_paths = [...new Set((statements.get(id) ?? []).map((s) => s.path))];
    row.link_reasons = (links.get(id) ?? []).map((l) => l.reason);
    return Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c, row[c] ?? null])) as RegistryRow;
  });
}

