/**
 * The per-document statements export (`iop export --statements`): one row per partnership as one document
 * states it, with its document's fields (type, case numbers, decision), each
 * field's values, confidence and needs-review flag, and the source document. A field with several values
 * (two idéburna parties, three amounts) joins them with " | "; its confidence is the lowest of them and it
 * needs review when any of them does.
 */
import type { Amount, Decision, Period } from '../../pipeline/contract.js';
import type { Dataset } from '../db/open.js';
import { DOCUMENT_FIELDS, type FieldName } from '../fields.js';

export const LIST_SEPARATOR = ' | ';

export type ExportValue = string | number | boolean | null;
export type ExportRow = Record<string, ExportValue>;
/** A row as the JSON formats write it: lists stay arrays. */
export type ListRow = Record<string, ExportValue | readonly (string | number)[]>;

/** Lists joined with " | " (a CSV cell holds one value), null for an empty list: the flat form of a row. */
export function flatRow(row: Readonly<ListRow>): ExportRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? (v.length ? v.join(LIST_SEPARATOR) : null) : (v as ExportValue)]));
}

interface StoredValue {
  field: FieldName;
  value: unknown;
  text: string;
  confidence: number;
  needsReview: boolean;
}

/** The columns of one field: its value columns, then <prefix>_confidence and <prefix>_needs_review. */
interface FieldColumns {
  field: FieldName;
  prefix: string;
  values: (stored: StoredValue[]) => ExportRow;
}

const joined = (prefix: string) => (stored: StoredValue[]) => ({ [prefix]: stored.length ? stored.map((s) => s.text).join(LIST_SEPARATOR) : null });

const FIELD_COLUMNS: FieldColumns[] = [
  { field: 'docType', prefix: 'doc_type', values: joined('doc_type') },
  { field: 'diarienummer', prefix: 'diarienummer', values: joined('diarienummer') },
  {
    field: 'decision',
    prefix: 'decision',
    values: ([stored]) => {
      const decision = stored?.value as Decision | undefined;
      return {
        decision_date: decision?.date ?? null,
        decision_body: decision?.body ?? null,
        decision_paragraph: decision?.paragraph ?? null,
        decision_outcome: decision?.outcome ?? null,
      };
    },
  },
  { field: 'ideburna', prefix: 'ideburna', values: joined('ideburna') },
  { field: 'offentliga', prefix: 'offentliga', values: joined('offentliga') },
  { field: 'organ', prefix: 'organ', values: joined('organ') },
  {
    field: 'amounts',
    prefix: 'amounts',
    values: (stored) => {
      // The most confident amount as numbers, every amount as text.
      const best = [...stored].sort((a, b) => b.confidence - a.confidence)[0]?.value as Amount | undefined;
      return { amount_sek: best?.sek ?? null, amount_per: best?.per ?? null, ...joined('amounts')(stored) };
    },
  },
  {
    field: 'period',
    prefix: 'period',
    values: ([stored]) => {
      const period = stored?.value as Period | undefined;
      return { period_start: period?.start ?? null, period_end: period?.end ?? null, period_open_ended: period ? period.openEnded : null };
    },
  },
  { field: 'extension', prefix: 'extension', values: joined('extension') },
  { field: 'targetGroups', prefix: 'target_groups', values: joined('target_groups') },
];

function fieldColumns(columns: FieldColumns, stored: StoredValue[]): ExportRow {
  return {
    ...columns.values(stored),
    [`${columns.prefix}_confidence`]: stored.length ? Math.min(...stored.map((s) => s.confidence)) : null,
    [`${columns.prefix}_needs_review`]: stored.length ? stored.some((s) => s.needsReview) : null,
  };
}

interface PartnershipRow {
  id: number;
  ordinal: number;
  documentId: number;
  sha256: string;
  path: string;
}

/** Stored values grouped by owner (a partnership, or a document for its document-level fields) and field. */
function groupValues(db: Dataset, ownerColumn: 'partnership_id' | 'document_id', where: string) {
  const groups = new Map<number, Map<FieldName, StoredValue[]>>();
  const rows = db
    .prepare(
      `SELECT ${ownerColumn} AS owner, field, value_json, value_text, confidence, needs_review
       FROM field_values WHERE ${where} ORDER BY ${ownerColumn}, field, ordinal`,
    )
    .all() as { owner: number; field: FieldName; value_json: string; value_text: string; confidence: number; needs_review: number }[];
  for (const row of rows) {
    const byField = groups.get(row.owner) ?? new Map<FieldName, StoredValue[]>();
    groups.set(row.owner, byField);
    const list = byField.get(row.field) ?? [];
    byField.set(row.field, list);
    list.push({ field: row.field, value: JSON.parse(row.value_json), text: row.value_text, confidence: row.confidence, needsReview: row.needs_review === 1 });
  }
  return groups;
}

/** The statements export's columns, in order (also the header of an empty export). */
export const STATEMENT_COLUMNS = [
  'statement_id',
  ...FIELD_COLUMNS.flatMap((columns) => Object.keys(fieldColumns(columns, []))),
  'source_document',
  'source_path',
  'source_partnership',
];

export function statementRows(db: Dataset): ExportRow[] {
  const partnerships = db
    .prepare(
      `SELECT p.id, p.ordinal, d.id AS documentId, d.sha256, d.path FROM partnerships p
       JOIN documents d ON d.id = p.document_id WHERE d.status = 'done' ORDER BY d.path, p.ordinal`,
    )
    .all() as PartnershipRow[];
  const documentValues = groupValues(db, 'document_id', 'partnership_id IS NULL');
  const partnershipValues = groupValues(db, 'partnership_id', 'partnership_id IS NOT NULL');
  const isDocumentField = new Set<FieldName>(DOCUMENT_FIELDS);
  return partnerships.map((p) => {
    const values = (field: FieldName) =>
      (isDocumentField.has(field) ? documentValues.get(p.documentId) : partnershipValues.get(p.id))?.get(field) ?? [];
    const row: ExportRow = { statement_id: p.id };
    for (const columns of FIELD_COLUMNS) Object.assign(row, fieldColumns(columns, values(columns.field)));
    return { ...row, source_document: p.sha256, source_path: p.path, source_partnership: p.ordinal + 1 };
  });
}
