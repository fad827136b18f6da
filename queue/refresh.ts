/**
 * Refresh: re-extract the stored documents whose extractor version is older than the current one, from
 * their stored page text (no file is read again), store the new extraction and report what changed.
 */
import { DocumentResultSchema } from '../pipeline/contract.js';
import { extractDocument } from '../pipeline/extract.js';
import { EXTRACTOR_VERSION } from '../pipeline/extractor-version.js';
import type { Dataset } from '../output/db/open.js';
import { diffResults, type FieldChange } from '../output/diff.js';
import { DatasetWriter } from '../output/writer.js';

export interface RefreshedDocument {
  sha256: string;
  path: string;
  fromVersion: number;
  toVersion: number;
  changes: FieldChange[];
}

interface StoredDocument {
  id: number;
  sha256: string;
  path: string;
  paged: number;
  extractor_version: number;
  result_json: string;
}

export function refreshDataset(db: Dataset): RefreshedDocument[] {
  const stale = db
    .prepare(
      `SELECT id, sha256, path, paged, extractor_version, result_json FROM documents
       WHERE status = 'done' AND extractor_version < ? ORDER BY path`,
    )
    .all(EXTRACTOR_VERSION) as StoredDocument[];
  const pagesOf = db.prepare('SELECT number, text FROM pages WHERE document_id = ? ORDER BY number');
  const writer = new DatasetWriter(db);
  return stale.map((doc) => {
    const pages = pagesOf.all(doc.id) as { number: number; text: string }[];
    const before = DocumentResultSchema.parse(JSON.parse(doc.result_json));
    const after = extractDocument(doc.path, pages, doc.paged === 1);
    writer.storeExtraction(doc.id, after);
    return { sha256: doc.sha256, path: doc.path, fromVersion: doc.extractor_version, toVersion: EXTRACTOR_VERSION, changes: diffResults(before, after) };
  });
}
