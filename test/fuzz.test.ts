/**
 * Fuzz: a few hundred PDFs mutated at test time from the fixtures (test/fuzz-pdf.ts, seeded: the same
 * files on every run). Every one ends read or with a coded error — never INTERNAL, never a crash of the
 * command line — and an ingest of them all stores each distinct file once, as a document or a failure.
 * A failing input is reproduced by the seed and its file name (base and mutations).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../pipeline/contract.js';
import { REPO_ROOT } from '../scripts/pdf-render.js';
import { mutatedPdfs } from './fuzz-pdf.js';
import { iop, query, tempDir } from './ingest-harness.js';

const SEED = 20_261_202;
const INPUTS = 200;
const BASES = [
  'fixtures/pdf/seed_000.pdf',
  'fixtures/pdf/seed_001.pdf',
  'fixtures/pdf/seed_003.pdf',
  'fixtures/hostile/pii-3pages.pdf',
  'fixtures/hostile/pagetree-loop.pdf',
  'fixtures/real-pdf/stress/zlib-corrupted-stream.pdf',
  'fixtures/real-pdf/stress/broken-startxref-8-pages.pdf',
];

let dir: string;
let files: string[];
let distinct: number;

beforeAll(() => {
  // Damaged pages lose their text; OCR of hundreds of them would test tesseract's speed, not the reader.
  process.env.IOP_OCR = '0';
  dir = tempDir('fuzz');
  const inputs = mutatedPdfs(
    BASES.map((path) => readFileSync(join(REPO_ROOT, path))),
    INPUTS,
    SEED,
  );
  files = inputs.map(({ name, bytes }) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  });
  distinct = new Set(inputs.map(({ bytes }) => createHash('sha256').update(bytes).digest('hex'))).size;
});

describe(`${INPUTS} mutated PDFs (seed ${SEED})`, () => {
  it('iop read prints one line per file, each read or coded, none INTERNAL', async () => {
    const run = await iop('read', '--json', '--no-ocr', ...files);
    expect(run.stderr).not.toMatch(/Error|at .*\.js/);
    expect([0, 1]).toContain(run.code);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { meta?: { path: string }; path?: string; error?: { code: string; message: string } });
    expect(lines.map((line) => line.meta?.path ?? line.path)).toEqual(files);
    const internal = lines.filter((line) => line.error?.code === 'INTERNAL');
    expect(internal, JSON.stringify(internal)).toEqual([]);
    for (const line of lines) if (line.error) expect(ERROR_CODES).toContain(line.error.code);
  }, 180_000);

  it('iop ingest stores every distinct file once, as a document or a failure', async () => {
    const db = join(tempDir('fuzz-db'), 'iop.sqlite');
    const run = await iop('ingest', dir, '--db', db, '--json');
    expect(run.stderr).not.toMatch(/at .*\.js/);
    const summary = JSON.parse(run.stdout) as { done: number; failed: number; failedByCode: Record<string, number> };
    expect(summary.done + summary.failed).toBe(distinct);
    expect(summary.failedByCode.INTERNAL ?? 0).toBe(0);
    const [rows] = query<{ n: number }>(db, 'SELECT count(*) AS n FROM documents');
    expect(rows!.n).toBe(distinct);
  }, 300_000);
});
