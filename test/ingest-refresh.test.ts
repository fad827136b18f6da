/** iop refresh and iop stats through the built CLI, on a dataset whose extraction is made to look outdated. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../pipeline/contract.js';
import { EXTRACTOR_VERSION } from '../pipeline/extractor-version.js';
import { iop, query, SEEDS, tempDir } from './ingest-harness.js';

let db: string;

beforeAll(async () => {
  db = join(tempDir('db'), 'iop.sqlite');
  expect((await iop('ingest', SEEDS, '--db', db, '--json')).code).toBe(0);
});

/** Makes one document look as if an older extractor had found one amount fewer and another document type. */
function makeOutdated(): { id: number; path: string; fieldValues: number } {
  const handle = new Database(db);
  try {
    const doc = handle
      .prepare(
        `SELECT d.id, d.path, d.result_json FROM documents d JOIN field_values f ON f.document_id = d.id
         WHERE f.field = 'amounts' GROUP BY d.id ORDER BY d.path LIMIT 1`,
      )
      .get() as { id: number; path: string; result_json: string };
    const fieldValues = (handle.prepare('SELECT count(*) FROM field_values WHERE document_id = ?').pluck().get(doc.id) as number);
    const old = JSON.parse(doc.result_json) as DocumentResult;
    old.partnerships[0]!.amounts.shift();
    old.docType.value = old.docType.value === 'annat' ? 'rapport' : 'annat';
    handle.prepare('UPDATE documents SET extractor_version = ?, result_json = ? WHERE id = ?').run(EXTRACTOR_VERSION - 1, JSON.stringify(old), doc.id);
    return { id: doc.id, path: doc.path, fieldValues };
  } finally {
    handle.close();
  }
}

describe('iop refresh', () => {
  it('re-extracts outdated documents from stored text and reports each changed field', async () => {
    const outdated = makeOutdated();
    const run = await iop('refresh', '--db', db, '--json');
    expect(run.code).toBe(0);
    const refreshed = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(refreshed).toHaveLength(1);
    expect(refreshed[0]).toMatchObject({ path: outdated.path, fromVersion: EXTRACTOR_VERSION - 1, toVersion: EXTRACTOR_VERSION });
    const changes = refreshed[0].changes as { partnership: number | null; field: string; kind: string }[];
    expect(changes).toContainEqual(expect.objectContaining({ partnership: 1, field: 'amounts', kind: 'added' }));
    expect(changes).toContainEqual(expect.objectContaining({ partnership: null, field: 'docType', kind: 'changed' }));
    expect(changes).toHaveLength(2);

    const [doc] = query<{ extractor_version: number }>(db, 'SELECT extractor_version FROM documents WHERE id = ?', outdated.id);
    expect(doc!.extractor_version).toBe(EXTRACTOR_VERSION);
    const [values] = query<{ n: number }>(db, 'SELECT count(*) AS n FROM field_values WHERE document_id = ?', outdated.id);
    expect(values!.n).toBe(outdated.fieldValues);

    const again = await iop('refresh', '--db', db);
    expect(again.stdout).toMatch(/^0 documents refreshed/m);
  });

  it('reports readable changes without --json', async () => {
    const outdated = makeOutdated();
    const run = await iop('refresh', '--db', db);
    expect(run.stdout).toContain(outdated.path);
    expect(run.stdout).toMatch(/partnership 1 · amounts: added "\d+ kr/);
    expect(run.stdout).toMatch(/docType: changed "\w+" → "\w+"/);
  });
});

describe('iop stats', () => {
  it('counts documents by type, field coverage and values needing review', async () => {
    const stats = JSON.parse((await iop('stats', '--db', db, '--json')).stdout);
    const docs = query<{ doc_type: string }>(db, `SELECT doc_type FROM documents WHERE status = 'done'`);
    expect(stats.done).toBe(docs.length);
    expect(Object.values(stats.byDocType as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(docs.length);
    const docType = stats.fields.find((f: { field: string }) => f.field === 'docType');
    expect(docType).toMatchObject({ covered: docs.length, of: docs.length });
    const [review] = query<{ n: number }>(db, 'SELECT count(*) AS n FROM field_values WHERE needs_review = 1');
    expect(stats.fields.reduce((sum: number, f: { needsReview: number }) => sum + f.needsReview, 0)).toBe(review!.n);
  });
});
