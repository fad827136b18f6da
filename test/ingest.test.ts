/** Embedded ingest through the built CLI: storing, skipping, failures as rows, retry, kill -9 and resume. */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iop, makeCorpus, query, rowsPerPath, SEEDS, startIop, storedCount, tempDir, waitFor } from './ingest-harness.js';

describe('iop ingest (embedded)', () => {
  it('stores each seed with its pages, fields and evidence, then skips them all on the next run', async () => {
    const db = join(tempDir('db'), 'iop.sqlite');
    const first = await iop('ingest', SEEDS, '--db', db, '--json');
    expect(first.code).toBe(0);
    const seeds = readdirSync(SEEDS).length;
    expect(JSON.parse(first.stdout)).toMatchObject({ total: seeds, done: seeds, skipped: 0, failed: 0 });

    const docs = query<{ id: number; status: string; page_count: number }>(db, 'SELECT id, status, page_count FROM documents');
    expect(docs).toHaveLength(seeds);
    for (const doc of docs) {
      expect(doc.status).toBe('done');
      const [pages] = query<{ n: number; chars: number }>(db, 'SELECT count(*) AS n, sum(length(text)) AS chars FROM pages WHERE document_id = ?', doc.id);
      expect(pages!.n).toBe(doc.page_count);
      expect(pages!.chars).toBeGreaterThan(1000);
    }
    // Every field value has evidence that is a span of its page's text.
    const evidence = query<{ page_text: string; start: number; end: number; text: string }>(
      db,
      `SELECT p.text AS page_text, e.start, e."end", e.text FROM evidence e JOIN field_values f ON f.id = e.field_value_id
       JOIN pages p ON p.document_id = f.document_id AND p.number = coalesce(e.page, 1)`,
    );
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) expect(e.page_text.slice(e.start, e.end)).toBe(e.text);
    const [links] = query<{ n: number }>(db, 'SELECT count(*) AS n FROM partnership_organisations');
    expect(links!.n).toBeGreaterThan(0);
    // The reconcile stage ran at the end of the ingest: the records are there, and the summary counts them.
    const [records] = query<{ n: number }>(db, 'SELECT count(*) AS n FROM reconciled_partnerships');
    expect(records!.n).toBeGreaterThan(0);
    expect(JSON.parse(first.stdout).records.partnerships).toBe(records!.n);

    const second = await iop('ingest', SEEDS, '--db', db, '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ total: 0, done: 0, skipped: seeds, failed: 0 });
  });

  it('stores a broken file as a failed row, lists it, and retries it once fixed', async () => {
    const dir = tempDir('mixed');
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[0]!), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really a pdf');
    writeFileSync(join(dir, 'empty.txt'), '');
    const db = join(tempDir('db'), 'iop.sqlite');

    const run = await iop('ingest', dir, '--db', db, '--json');
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ total: 3, done: 1, failed: 2 });
    expect(summary.failedByCode.EMPTY).toBe(1);

    const failed = (await iop('failed', '--db', db, '--json')).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(failed.map((f) => f.path.split('/').pop()).sort()).toEqual(['broken.pdf', 'empty.txt']);
    expect(failed.find((f) => f.path.endsWith('empty.txt')).code).toBe('EMPTY');
    expect((await iop('failed', '--db', db, '--code', 'EMPTY', '--json')).stdout.trim().split('\n')).toHaveLength(1);

    // Fixed, the empty file is a new content: retry stores it and drops the obsolete failed row.
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[1]!), join(dir, 'empty.txt'));
    const retry = await iop('retry', '--db', db, '--code', 'EMPTY', '--json');
    expect(JSON.parse(retry.stdout)).toMatchObject({ total: 1, done: 1, failed: 0 });
    expect(retry.code).toBe(0);
    const statuses = query<{ path: string; status: string }>(db, 'SELECT path, status FROM documents ORDER BY path');
    expect(statuses.map((s) => [s.path.split('/').pop(), s.status])).toEqual([
      ['broken.pdf', 'failed'],
      ['empty.txt', 'done'],
      ['good.txt', 'done'],
    ]);
  });

  it('resumes after kill -9 without redoing finished documents and without duplicates', async () => {
    const corpus = makeCorpus(400, 3000);
    const db = join(tempDir('db'), 'iop.sqlite');
    const first = startIop(['ingest', corpus, '--db', db, '--concurrency', '2'], { detached: true });
    await waitFor(() => storedCount(db) >= 20, 60_000, 'the first documents to be stored');
    process.kill(-first.pid!, 'SIGKILL'); // the ingest and its pool, like a power cut
    await first.done;
    const before = storedCount(db);
    expect(before).toBeLessThan(400);

    const second = await iop('ingest', corpus, '--db', db, '--json');
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout);
    expect(summary.skipped).toBe(before);
    expect(summary.done).toBe(400 - before);
    const perPath = rowsPerPath(db);
    expect(perPath.size).toBe(400);
    expect([...perPath.values()].every((n) => n === 1)).toBe(true);
  }, 180_000); // 400 documents twice: minutes on a loaded machine

  it('refuses a path that does not exist with a usage error', async () => {
    const run = await iop('ingest', join(tempDir('none'), 'missing'), '--db', join(tempDir('db'), 'x.sqlite'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no such file or folder/);
  });

  it('walks folders for .pdf, .txt and .md only', async () => {
    const dir = tempDir('walk');
    mkdirSync(join(dir, 'nested'));
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[0]!), join(dir, 'nested', 'a.md'));
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[1]!), join(dir, 'b.txt'));
    writeFileSync(join(dir, 'c.docx'), 'not ours');
    const db = join(tempDir('db'), 'iop.sqlite');
    const run = await iop('ingest', dir, '--db', db, '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 2, done: 2 });
  });
});
