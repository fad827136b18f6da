/**
 * Export rows for reconciled partnerships (`iop export --reconciled`): one row per partnership record, in
 * the export's conventions (output/export: lists joined with " | ", <prefix>_confidence and
 * <prefix>_needs_review), plus each field's review status and whether it conflicts or changed since
 * review, the parties' organisationsnummer, the predecessor/successor records and the source documents
 * it was reconciled from.
 */
import type { Amount, Period } from '../../pipeline/contract.js';
import { RECORD_FIELDS, type RecordFieldName } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { LIST_SEPARATOR, type ExportRow } from '../export/rows.js';
import { activeRecordIds, readRecord, type RecordField } from './records-read.js';
import { ensureReconciled } from './records.js';
import { showValue } from './show.js';

const PREFIX: Record<RecordFieldName, string> = {
  ideburna: 'ideburna',
  offentliga: 'offentliga',
  organ: 'organ',
  amount: 'amount',
  period: 'period',
  extension: 'extension',
  targetGroups: 'target_groups',
  diarienummer: 'diarienummer',
};

/** The value columns of one field: numbers and dates as such for amount and period, readable text otherwise. */
function valueColumns(f: RecordField): ExportRow {
  if (f.field === 'amount') {
    const a = f.value as Amount | null;
    return { amount_sek: a?.sek ?? null, amount_per: a?.per ?? null, amount_payer: a?.payer ?? null };
  }
  if (f.field === 'period') {
    const p = f.value as Period | null;
    return { period_start: p?.start ?? null, period_end: p?.end ?? null, period_open_ended: p ? p.openEnded : null };
  }
  const value = f.value as string[] | string | null;
  return { [PREFIX[f.field]]: value === null || (Array.isArray(value) && value.length === 0) ? null : Array.isArray(value) ? value.join(LIST_SEPARATOR) : showValue(f.field, value) };
}

export function reconciledExportRows(db: Dataset): ExportRow[] {
  ensureReconciled(db);
  return activeRecordIds(db).map((id) => {
    const record = readRecord(db, id)!;
    const row: ExportRow = { partnership_id: id };
    for (const f of RECORD_FIELDS.map((name) => record.fields[name])) {
      const prefix = PREFIX[f.field];
      Object.assign(row, valueColumns(f), {
        [`${prefix}_status`]: f.status,
        [`${prefix}_confidence`]: f.confidence,
        [`${prefix}_needs_review`]: f.needsReview,
        [`${prefix}_conflict`]: f.conflict,
        [`${prefix}_changed_since_review`]: f.review?.changedSinceReview ?? false,
      });
    }
    Object.assign(row, { ideburna_orgnr: orgnrOf(db, record.fields.ideburna), offentliga_orgnr: orgnrOf(db, record.fields.offentliga) });
    const related = (role: 'predecessor' | 'successor') => record.relations.filter((r) => r.role === role).map((r) => r.other).join(LIST_SEPARATOR) || null;
    return {
      ...row,
      predecessor_ids: related('predecessor'),
      successor_ids: related('successor'),
      source_documents: record.documents.map((d) => d.sha256).join(LIST_SEPARATOR),
      source_paths: record.documents.map((d) => d.observation).join(LIST_SEPARATOR),
      link_reasons: record.links.map((l) => l.reason).join(LIST_SEPARATOR) || null,
    };
  });
}

/** The Luhn-valid organisationsnummer of a party field's organisations, in the field's order ("" where a text gave none). */
function orgnrOf(db: Dataset, field: RecordField): string | null {
  const names = new Set(Array.isArray(field.value) ? (field.value as string[]) : []);
  const lookup = db.prepare('SELECT orgnr FROM reconciled_organisations WHERE key = ? AND orgnr_valid = 1').pluck();
  const numbers = field.candidates.filter((c) => names.has(c.value as string)).map((c) => (lookup.get(c.key) as string | undefined) ?? '');
  return numbers.some(Boolean) ? numbers.join(LIST_SEPARATOR) : null;
}
