/** iop export --statements through the built CLI: one row per document's partnership, CSV that opens right in Swedish Excel, NDJSON and JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { iop, query, SEEDS, tempDir } from './ingest-harness.js';

let db: string;
let partnerships: number;

beforeAll(async () => {
  db = join(tempDir('db'), 'iop.sqlite');
  expect((await iop('ingest', SEEDS, '--db', db, '--json')).code).toBe(0);
  partnerships = query<{ n: number }>(db, 'SELECT count(*) AS n FROM partnerships')[0]!.n;
  expect(partnerships).toBeGreaterThan(0);
});

describe('iop export --statements', () => {
  it('writes CSV for Swedish Excel: BOM, semicolons, ISO dates, integer amounts, decimal commas', async () => {
    const out = join(tempDir('export'), 'iop.csv');
    const run = await iop('export', '--statements', '--db', db, '--format', 'csv', '--out', out);
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(partnerships);
    for (const column of ['ideburna', 'offentliga', 'amount_sek', 'period_start', 'amounts_confidence', 'amounts_needs_review', 'source_document', 'source_path']) {
      expect(header).toContain(column);
    }
    const col = (name: string) => rows.map((row) => row[header!.indexOf(name)]!).filter((cell) => cell !== '');
    expect(col('amount_sek').length).toBeGreaterThan(0);
    for (const cell of col('amount_sek')) expect(cell).toMatch(/^\d+$/);
    for (const cell of col('period_start')) expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const cell of col('amounts_confidence')) expect(cell).toMatch(/^(0|1)(,\d+)?$/);
    for (const cell of col('amounts_needs_review')) expect(cell).toMatch(/^[01]$/);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
  });

  it('writes the same rows as NDJSON and JSON, with typed values', async () => {
    const ndjson = (await iop('export', '--statements', '--db', db, '--format', 'ndjson')).stdout.trim().split('\n').map((line) => JSON.parse(line));
    const json = JSON.parse((await iop('export', '--statements', '--db', db, '--format', 'json')).stdout);
    expect(ndjson).toHaveLength(partnerships);
    expect(json).toEqual(ndjson);
    const withAmount = ndjson.filter((row) => row.amount_sek !== null);
    expect(withAmount.length).toBeGreaterThan(0);
    for (const row of withAmount) {
      expect(Number.isInteger(row.amount_sek)).toBe(true);
      expect(typeof row.amounts_needs_review).toBe('boolean');
      expect(row.amounts_confidence).toBeGreaterThan(0);
    }
    // Each row's source document is a stored document of that path.
    const stored = new Map(query<{ sha256: string; path: string }>(db, 'SELECT sha256, path FROM documents').map((d) => [d.sha256, d.path]));
    for (const row of ndjson) expect(stored.get(row.source_document)).toBe(row.source_path);
  });

  it('needs an existing dataset, and says which file it looked for', async () => {
    const missing = join(tempDir('none'), 'missing.sqlite');
    const run = await iop('export', '--db', missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`iop export: no dataset at ${missing} (iop ingest creates one; --db names another)\n`);
  });
});
