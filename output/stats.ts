/** `iop stats`: what the dataset holds — documents by type and error code, field coverage, values to review. */
import type { Dataset } from './db/open.js';
import { DOCUMENT_FIELDS, PARTNERSHIP_FIELDS, type FieldName } from './fields.js';

export interface FieldStats {
  field: FieldName;
  /** Documents (document-level fields) or partnerships with at least one value. */
  covered: number;
  /** Of how many: done documents, or partnerships. */
  of: number;
  values: number;
  needsReview: number;
}

export interface DatasetStats {
  documents: number;
  done: number;
  failed: number;
  pages: number;
  partnerships: number;
  /** Done documents that yield no partnership: no matter of theirs concerns one. */
  withoutPartnership: number;
  /** Every matter of the done documents (§ items, single matters, report rows), and those of a partnership kind. */
  matters: number;
  partnershipMatters: number;
  organisations: number;
  byDocType: Record<string, number>;
  byErrorCode: Record<string, number>;
  byExtractorVersion: Record<string, number>;
  fields: FieldStats[];
}

function counts(db: Dataset, sql: string): Record<string, number> {
  return Object.fromEntries((db.prepare(sql).raw().all() as [string, number][]).map(([key, n]) => [key, n]));
}

export function datasetStats(db: Dataset): DatasetStats {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  const done = one(`SELECT count(*) FROM documents WHERE status = 'done'`);
  const partnerships = one(`SELECT count(*) FROM partnerships`);
  const perField = db
    .prepare(
      `SELECT field, count(DISTINCT coalesce(partnership_id, -document_id)) AS covered, count(*) AS "values", sum(needs_review) AS needsReview
       FROM field_values GROUP BY field`,
    )
    .all() as { field: FieldName; covered: number; values: number; needsReview: number }[];
  const found = new Map(perField.map((row) => [row.field, row]));
  const fields = [...DOCUMENT_FIELDS, ...PARTNERSHIP_FIELDS].map((field): FieldStats => {
    const row = found.get(field);
    const of = (DOCUMENT_FIELDS as readonly string[]).includes(field) ? done : partnerships;
    return { field, covered: row?.covered ?? 0, of, values: row?.values ?? 0, needsReview: row?.needsReview ?? 0 };
  });
  return {
    documents: one(`SELECT count(*) FROM documents`),
    done,
    failed: one(`SELECT count(*) FROM documents WHERE status = 'failed'`),
    pages: one(`SELECT coalesce(sum(page_count), 0) FROM documents WHERE status = 'done'`),
    partnerships,
    withoutPartnership: one(`SELECT count(*) FROM documents d WHERE status = 'done' AND NOT EXISTS (SELECT 1 FROM partnerships p WHERE p.document_id = d.id)`),
    matters: one('SELECT count(*) FROM matters'),
    partnershipMatters: one('SELECT count(*) FROM matters WHERE kind IS NOT NULL'),
    organisations: one(`SELECT count(*) FROM organisations`),
    byDocType: counts(db, `SELECT doc_type, count(*) FROM documents WHERE status = 'done' GROUP BY doc_type ORDER BY 2 DESC`),
    byErrorCode: counts(db, `SELECT error_code, count(*) FROM documents WHERE status = 'failed' GROUP BY error_code ORDER BY 2 DESC`),
    byExtractorVersion: counts(db, `SELECT extractor_version, count(*) FROM documents GROUP BY extractor_version`),
    fields,
  };
}
