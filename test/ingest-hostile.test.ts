/**
 * Embedded ingest of hostile input through the built CLI: a PDF that crashes pdf.js and a document too big
 * for the memory limit each fail alone with a code of their own, the documents after them are stored, and a
 * killed ingest leaves no reading process behind, even one stuck in synchronous code.
 */
import { copyFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descendantsOf, exited, HOSTILE, iop, isRunning, makeCorpus, query, residentMb, startIop, tempDir, waitFor, writeHugeText } from './ingest-harness.js';

describe('iop ingest (embedded) of hostile input', () => {
  it('fails a crashing PDF and a document over --max-memory (TOO_LARGE) alone and stores every valid document', async () => {
    const corpus = makeCorpus(6);
    copyFileSync(join(HOSTILE, 'read-crash-unhandled-rejection.pdf'), join(corpus, 'a-crash.pdf'));
    writeHugeText(join(corpus, 'b-huge.txt'));
    const db = join(tempDir('db'), 'iop.sqlite');
    const started = Date.now();
    const run = await iop('ingest', corpus, '--db', db, '--concurrency', '1', '--max-memory', '150', '--timeout', '60', '--json');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 8, done: 6, failed: 2 });
    const failed = query<{ path: string; error_code: string; error_message: string }>(
      db,
      `SELECT path, error_code, error_message FROM documents WHERE status = 'failed' ORDER BY path`,
    );
    expect(failed.map((f) => [f.path.split('/').pop(), f.error_code])).toEqual([
      ['a-crash.pdf', expect.stringMatching(/^(CORRUPT|INTERNAL)$/)],
      ['b-huge.txt', 'TOO_LARGE'],
    ]);
    expect(failed[1]!.error_message).toMatch(/(memory|heap) limit of 150 MB/);
    for (const f of failed) expect(f.error_message).not.toMatch(/Unexpected exit code|This error originated/);
    // Node's report of the unhandled rejection is not printed: the pool answers for it.
    expect(run.stderr).not.toMatch(/UnhandledPromiseRejection/);
  }, 90_000);

  it('leaves no reading process running after the ingest is killed with -9, even one stuck in synchronous code', async () => {
    const corpus = makeCorpus(2);
    writeHugeText(join(corpus, 'a-huge.txt'));
    const db = join(tempDir('db'), 'iop.sqlite');
    const ingest = startIop(['ingest', corpus, '--db', db, '--concurrency', '1', '--max-memory', '3000']);
    // A reader cleaning and extracting 40 MB is in synchronous code for a long time: no 'disconnect' event
    // reaches it, only its guard thread can notice the parent's death.
    let readers: number[] = [];
    await waitFor(
      () => {
        readers = descendantsOf(ingest.pid!);
        return readers.some((pid) => residentMb(pid) > 150);
      },
      60_000,
      'a reader to be working on the huge document',
    );
    process.kill(ingest.pid!, 'SIGKILL'); // the ingest alone, not its process group
    await exited(ingest); // not 'close': an orphan would hold the stderr pipe open
    await waitFor(() => !readers.some(isRunning), 5000, 'the orphaned reading processes to end');
  }, 90_000);

  it('follows a symbolic link to a document, and counts a dangling one in the summary', async () => {
    const corpus = makeCorpus(2);
    const elsewhere = makeCorpus(1);
    symlinkSync(join(elsewhere, 'doc-0000.txt'), join(corpus, 'linked.txt'));
    symlinkSync(join(elsewhere, 'missing.txt'), join(corpus, 'dangling.txt'));
    const db = join(tempDir('db'), 'iop.sqlite');
    const run = await iop('ingest', corpus, '--db', db, '--json');
    // doc-0000.txt of both corpora has the same content: the link is found, and counted a duplicate.
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 2, done: 2, duplicates: 1, brokenLinks: 1 });
    const text = await iop('ingest', corpus, '--db', db);
    expect(text.stdout).toMatch(/1 broken or looping links/);
  });

  it('stores no personnummer of a file name: path and source masked, for stored and failed documents alike', async () => {
    const corpus = makeCorpus(2);
    renameSync(join(corpus, 'doc-0001.txt'), join(corpus, 'ansökan_121212-1212.txt'));
    writeFileSync(join(corpus, 'tom 19121212-1212.txt'), '');
    const db = join(tempDir('db'), 'iop.sqlite');
    await iop('ingest', corpus, '--db', db, '--json');
    const rows = query<{ path: string; status: string; result_json: string }>(db, 'SELECT path, status, result_json FROM documents ORDER BY path');
    const paths = rows.map((r) => r.path.slice(corpus.length + 1));
    expect(paths).toEqual(['ansökan_XXXXXX-XXXX.txt', 'doc-0000.txt', 'tom XXXXXXXX-XXXX.txt']);
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'failed']);
    expect(rows.filter((r) => r.result_json).map((r) => JSON.parse(r.result_json).source)).toEqual([rows[0]!.path, rows[1]!.path]);
    // Nowhere in the documents table, nor among the pages and evidence of the dataset.
    for (const table of ['documents', 'pages', 'evidence']) expect(JSON.stringify(query(db, `SELECT * FROM ${table}`))).not.toMatch(/1212-1212/);
  });
});
