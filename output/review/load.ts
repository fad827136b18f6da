/**
 * The reconcile stage's input from the dataset, for a set of paths: each path's current document (its
 * stored result, meta and text), plus the reviewers' constraints. Only what a reconcile step touches is
 * loaded, never the whole dataset. A path ingested again with changed content leaves the old content's row
 * behind (documents are keyed by content hash); only the newest content of a path — the highest id, since
 * new content is a new row — is current. (Reverting a file to content seen before would make the older
 * row current only if the dataset recorded last-ingest times.)
 */
import type { DocumentResult, Evidence } from '../../pipeline/contract.js';
import { pageFacts, type TextFacts } from '../../pipeline/reconcile/text-facts.js';
import type { LinkConstraint, ReconcileDocument } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { prepared } from '../db/statements.js';

interface DocumentRow {
  id: number;
  sha256: string;
  path: string;
  result_json: string;
  reconcile_facts_json: string | null;
  ingested_at: string;
}

/** The current document of each path (none for a path whose every content failed or was forgotten). */
export function loadDocuments(db: Dataset, paths: Iterable<string>): ReconcileDocument[] {
  const current = prepared(
    db,
    `SELECT id, sha256, path, result_json, reconcile_facts_json, ingested_at FROM documents
     WHERE path = ? AND status = 'done' AND result_json IS NOT NULL ORDER BY id DESC LIMIT 1`,
  );
  const pages = prepared(db, 'SELECT text FROM pages WHERE document_id = ? ORDER BY number', { pluck: true });
  const documents: ReconcileDocument[] = [];
  for (const path of paths) {
    const row = current.get(path) as DocumentRow | undefined;
    if (!row) continue;
    const result = storedResult(row.result_json, row.path);
    documents.push({
      meta: { id: row.id, sha256: row.sha256, path: row.path, docType: result.docType.value, date: result.decision?.value.date ?? row.ingested_at.slice(0, 10) },
      result,
      // Stored with the document by the writer; a document stored before that has its pages read instead.
      facts: () => (row.reconcile_facts_json ? (JSON.parse(row.reconcile_facts_json) as TextFacts) : pageFacts(result, pages.all(row.id) as string[])),
    });
  }
  return documents;
}

/**
 * A stored result as reconcile reads it. It was checked against the contract where it was made
 * (extract-file.ts) before the writer stored it, so it is not parsed through the schema again — only its
 * shape is looked at, so a result from an older schema still fails loudly here. Results stored before the
 * list of matters existed simply lack it. Evidence keeps its places (page, start, end) but not its text:
 * reconcile stores candidates as places only (records.ts), and the text is most of a stored result.
 */
export function storedResult(json: string, path: string): DocumentResult {
  const stored = JSON.parse(json) as Partial<DocumentResult>;
  if (typeof stored !== 'object' || stored === null || typeof stored.docType?.value !== 'string' || !Array.isArray(stored.partnerships) || !Array.isArray(stored.diarienummer)) {
    throw new Error(`${path}: the stored result does not have the shape of the contract (stored by an older version? run iop refresh)`);
  }
  dropEvidenceText(stored);
  return { ...stored, matters: stored.matters ?? [] } as DocumentResult;
}

/** Every evidence list in a parsed result, its items' text emptied (page, start and end kept). */
function dropEvidenceText(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) dropEvidenceText(item);
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    for (const key in o) {
      const v = o[key];
      if (key === 'evidence' && Array.isArray(v)) o[key] = (v as Evidence[]).map(({ page, start, end }) => ({ page, start, end, text: '' }));
      else dropEvidenceText(v);
    }
  }
}

/** The reviewers' merges and splits that involve any of the observations. */
export function loadConstraints(db: Dataset, observations: ReadonlySet<string>): LinkConstraint[] {
  const all = prepared(db, 'SELECT kind, a, b FROM link_constraints ORDER BY id').iterate() as IterableIterator<LinkConstraint>;
  const found: LinkConstraint[] = [];
  for (const c of all) if (observations.has(c.a) || observations.has(c.b)) found.push(c);
  return found;
}

/** The path an observation ("<path>#<ordinal>") belongs to. */
export const pathOf = (observation: string) => observation.slice(0, observation.lastIndexOf('#'));
