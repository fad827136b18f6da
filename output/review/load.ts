/**
 * The reconcile stage's input from the dataset: every successfully read document's stored result, its
 * meta and its text, plus the reviewers' merge/split constraints. A path ingested again with changed
 * content leaves the old content's row behind (documents are keyed by content hash); only the newest
 * content of a path — the highest id, since new content is a new row — is current. (Reverting a file to
 * content seen before would make the older row current only if the dataset recorded last-ingest times.)
 */
import { DocumentResultSchema } from '../../pipeline/contract.js';
import { PAGE_SEPARATOR } from '../../extractors/engine/doc-text.js';
import type { LinkConstraint, ReconcileDocument } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';

interface DocumentRow {
  id: number;
  sha256: string;
  path: string;
  doc_type: string;
  result_json: string;
  ingested_at: string;
}

export function loadReconcileInput(db: Dataset): ReconcileDocument[] {
  const rows = db
    .prepare(
      `SELECT id, sha256, path, doc_type, result_json, ingested_at FROM documents d
       WHERE status = 'done' AND result_json IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.path = d.path AND n.status = 'done' AND n.id > d.id)
       ORDER BY id`,
    )
    .all() as DocumentRow[];
  const pages = db.prepare('SELECT text FROM pages WHERE document_id = ? ORDER BY number').pluck();
  return rows.map((row) => {
    // Stored by our own writer, but parsed through the contract: a result from an older schema fails loudly here.
    const result = DocumentResultSchema.parse(JSON.parse(row.result_json));
    return {
      meta: {
        id: row.id,
        sha256: row.sha256,
        path: row.path,
        docType: result.docType.value,
        date: result.decision?.value.date ?? row.ingested_at.slice(0, 10),
      },
      result,
      text: () => (pages.all(row.id) as string[]).join(PAGE_SEPARATOR),
    };
  });
}

export function loadConstraints(db: Dataset): LinkConstraint[] {
  return db.prepare('SELECT kind, a, b FROM link_constraints ORDER BY id').all() as LinkConstraint[];
}

/** Changes whenever what reconcile reads changes: documents stored or refreshed, a merge or split. */
export function datasetStamp(db: Dataset): string {
  const docs = db.prepare('SELECT count(*) AS n, coalesce(max(updated_at), \'\') AS latest FROM documents').get() as { n: number; latest: string };
  const constraints = db.prepare('SELECT count(*) FROM link_constraints').pluck().get() as number;
  return `${docs.n}|${docs.latest}|${constraints}`;
}
