/**
 * The page search index (pages_fts) holds exactly the stored pages: the writer indexes each batch's pages
 * after its documents (migration 115), so a document rolled back leaves no words behind, a document stored
 * again or refreshed is indexed once, and a dataset migrated from the trigger-indexed schema stays searchable.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../output/db/migrate.js';
import { openDataset, type Dataset } from '../output/db/open.js';
import { DatasetWriter, type DocumentOutcome } from '../output/writer.js';
import { document } from './reconcile-builders.js';

let dir: string;
let db: Dataset;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-page-search-'));
});

afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A one-page document; source 'bogus' breaks the pages' CHECK, so that document cannot be stored. */
const outcome = (sha: string, text: string, source = 'text-layer'): DocumentOutcome => ({
  file: { path: `/in/${sha}.txt`, sha256: sha, bytes: 1 },
  meta: null,
  pages: [{ number: 1, text, source: source as 'ocr' }],
  result: document({ id: 0, path: `/in/${sha}.txt`, partnerships: [] }).result,
});
const hits = (word: string) =>
  db.prepare('SELECT path FROM page_search_v WHERE text MATCH ? ORDER BY path').pluck().all(word) as string[];
const indexedRowsBeyondPages = () => db.prepare('SELECT (SELECT count(*) FROM pages_fts) - (SELECT count(*) FROM pages)').pluck().get();

describe('page search', () => {
  it("finds a stored page's words, å ä ö kept apart", () => {
    db = openDataset(join(dir, 'd.sqlite'));
    new DatasetWriter(db).storeMany([outcome('a', 'Bidrag till föreningen i Malmö'), outcome('b', 'Avtal om lokaler')]);
    expect(hits('föreningen')).toEqual(['/in/a.txt']);
    expect(hits('Malmo')).toEqual([]);
    expect(hits('lokaler')).toEqual(['/in/b.txt']);
    expect(indexedRowsBeyondPages()).toBe(0);
  });

  it('leaves out the pages of a document rolled back in the same batch', () => {
    db = openDataset(join(dir, 'd.sqlite'));
    const stored = new DatasetWriter(db).storeMany([outcome('a', 'första sidan'), outcome('b', 'trasiga sidan', 'bogus'), outcome('c', 'tredje sidan')]);
    expect(stored[1]).toBeInstanceOf(Error);
    expect(hits('sidan')).toEqual(['/in/a.txt', '/in/c.txt']);
    expect(hits('trasiga')).toEqual([]);
    expect(indexedRowsBeyondPages()).toBe(0);
  });

  it('indexes a document stored again, twice in one batch, or refreshed once, with its new text', () => {
    db = openDataset(join(dir, 'd.sqlite'));
    const writer = new DatasetWriter(db);
    writer.store(outcome('a', 'gammal text'));
    writer.storeMany([outcome('a', 'mellan text'), outcome('a', 'ny text')]);
    expect(hits('ny')).toEqual(['/in/a.txt']);
    expect(hits('gammal OR mellan')).toEqual([]);
    const id = writer.store(outcome('a', 'ny text'));
    writer.storeExtraction(id, outcome('a', '').result);
    expect(hits('text')).toEqual(['/in/a.txt']);
    expect(indexedRowsBeyondPages()).toBe(0);
    // A failed re-store keeps the document's earlier pages and their index rows.
    expect(writer.storeMany([outcome('a', 'trasig', 'bogus')])[0]).toBeInstanceOf(Error);
    expect(hits('ny')).toEqual(['/in/a.txt']);
    expect(indexedRowsBeyondPages()).toBe(0);
  });

  it('keeps a dataset indexed by the old insert trigger searchable, and indexes new pages once', () => {
    const before = join(dir, 'before-115');
    cpSync(MIGRATIONS_DIR, before, { recursive: true });
    for (const file of readdirSync(before)) if (Number.parseInt(file, 10) >= 115) rmSync(join(before, file));
    db = new Database(join(dir, 'd.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, before);
    // A page as the writer before 115 stored it: the insert trigger indexes it.
    db.prepare(
      `INSERT INTO documents (id, sha256, path, bytes, status, extractor_version, ingested_at, updated_at) VALUES (1, 'a', '/in/a.txt', 1, 'done', 1, '', '')`,
    ).run();
    db.prepare(`INSERT INTO pages (document_id, number, text, source) VALUES (1, 1, 'äldre sida', 'text-layer')`).run();
    expect(hits('sida')).toEqual(['/in/a.txt']);
    migrate(db);
    const writer = new DatasetWriter(db);
    writer.store(outcome('b', 'nyare sida'));
    expect(hits('sida')).toEqual(['/in/a.txt', '/in/b.txt']);
    writer.store(outcome('a', 'äldre sida omskriven'));
    expect(hits('omskriven')).toEqual(['/in/a.txt']);
    expect(indexedRowsBeyondPages()).toBe(0);
  });
});
