/**
 * The registry through the built CLI, on a copy of the fixtures the main job ingests (seeds and their PDFs):
 * the analyst's views answer in one SELECT (with the sqlite3 shell when installed), paths are stored relative
 * to the dataset's folder, page search keeps å/ä/ö, and the default export and `iop registry` carry the
 * reviewers' values.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { parseCsv } from './csv.js';
import { iop, query, tempDir } from './ingest-harness.js';

let dir: string;
let db: string;

/** A SELECT as an analyst runs it: the sqlite3 shell when installed, else better-sqlite3 (same SQL, same file). */
function analystQuery(sql: string): string[][] {
  try {
    const out = execFileSync('sqlite3', ['-separator', '\t', db, sql], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map((line) => line.split('\t'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const file = new Database(db, { readonly: true });
    try {
      return (file.prepare(sql).raw().all() as unknown[][]).map((row) => row.map((v) => (v === null ? '' : String(v))));
    } finally {
      file.close();
    }
  }
}

beforeAll(async () => {
  dir = tempDir('registry');
  for (const folder of ['seeds', 'pdf']) cpSync(join(PACKAGE_ROOT, 'fixtures', folder), join(dir, folder), { recursive: true });
  db = join(dir, 'iop.sqlite');
  const run = await iop('ingest', join(dir, 'seeds'), join(dir, 'pdf'), '--db', db, '--json');
  expect(run.code).toBe(0);
});

describe("the analyst's SQLite", () => {
  it("answers the README's question in one SELECT on partnerships_v", () => {
    const rows = analystQuery("SELECT ideburna, amount_sek, period_start, period_end FROM partnerships_v WHERE ideburna LIKE '%Röda Korset%'");
    expect(rows).toContainEqual(['Röda Korset Gotland', '1300000', '2025-01-01', '2028-12-31']);
    for (const [ideburna] of rows) expect(ideburna).toMatch(/Röda Korset/);
  });

  it('has one partnerships_v row per active record, and evidence_v points into stored pages', () => {
    const [[records]] = analystQuery("SELECT count(*) FROM reconciled_partnerships WHERE status = 'active'") as [[string]];
    expect(analystQuery('SELECT count(*), count(DISTINCT record_id) FROM partnerships_v')).toEqual([[records, records]]);
    const mismatched = query<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM evidence_v e JOIN pages p ON p.document_id = e.document_id AND p.number = coalesce(e.page, 1)
       WHERE substr(p.text, e.start + 1, e."end" - e.start) <> e.text`,
    );
    expect(mismatched[0]!.n).toBe(0);
    expect(query<{ n: number }>(db, "SELECT count(*) AS n FROM evidence_v WHERE field = 'amount'")[0]!.n).toBeGreaterThan(0);
  });

  it('links records to their canonical organisations and kommun/region', () => {
    const rows = analystQuery(
      `SELECT o.name, o.municipality FROM record_organisations ro JOIN reconciled_organisations o ON o.key = ro.organisation_key
       JOIN partnerships_v p ON p.record_id = ro.record_id WHERE p.ideburna = 'Röda Korset Gotland' AND ro.role = 'offentlig'`,
    );
    expect(rows).toContainEqual(['Region Gotland', 'Region Gotland']);
  });

  it('stores paths relative to the folder of the dataset', () => {
    const paths = query<{ path: string }>(db, 'SELECT path FROM documents ORDER BY path').map((r) => r.path);
    expect(paths).toContain('seeds/seed_000.txt');
    expect(paths).toContain('pdf/seed_000.pdf');
    for (const observation of query<{ observation: string }>(db, 'SELECT observation FROM reconciled_members').map((r) => r.observation)) {
      expect(observation).toMatch(/^(seeds|pdf)\/seed_\d+\.(txt|pdf)#\d+$/);
    }
  });

  it('searches page text with å, ä and ö kept apart from a, o', () => {
    const hits = (word: string) => analystQuery(`SELECT DISTINCT path FROM page_search_v WHERE text MATCH '${word}'`).map(([path]) => path);
    expect(hits('Malmö')).toContain('seeds/seed_002.txt');
    expect(hits('Malmo')).not.toContain('seeds/seed_002.txt'); // (a web address elsewhere spells it "malmo")
    expect(query<{ n: number }>(db, 'SELECT (SELECT count(*) FROM pages_fts) - (SELECT count(*) FROM pages) AS n')[0]!.n).toBe(0);
  });

  it('keeps the search index in step when a document is removed', () => {
    const copy = join(tempDir('fts'), 'copy.sqlite');
    cpSync(db, copy);
    const file = new Database(copy);
    try {
      file.pragma('foreign_keys = ON');
      file.prepare("DELETE FROM documents WHERE path = 'seeds/seed_002.txt'").run();
      expect(file.prepare("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'Malmö'").pluck().get()).toBe(
        file.prepare("SELECT count(*) FROM pages WHERE text LIKE '%Malmö%'").pluck().get(),
      );
      expect(file.prepare('SELECT (SELECT count(*) FROM pages_fts) - (SELECT count(*) FROM pages)').pluck().get()).toBe(0);
    } finally {
      file.close();
    }
  });

  it('uses snake_case names in every table and view', () => {
    const names = query<{ name: string }>(db, "SELECT m.name || '.' || p.name AS name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type IN ('table', 'view')");
    expect(names.map((n) => n.name).filter((n) => /[A-Z]/.test(n))).toEqual([]);
  });
});

describe('iop export (the registry)', () => {
  let gotland: number;

  it('has one row per record with lists as arrays, and applies a correction without the machine\'s confidence', async () => {
    const before = JSON.parse((await iop('export', '--db', db, '--format', 'json')).stdout) as Record<string, unknown>[];
    const row = before.find((r) => (r.ideburna as string[]).includes('Röda Korset Gotland') && r.amount_sek === 1300000)!;
    expect(row).toMatchObject({ ideburna: ['Röda Korset Gotland'], offentliga: ['Region Gotland'], municipality: ['Region Gotland'], amount_status: 'machine', kind: 'iop' });
    gotland = row.record_id as number;
    const corrected = await iop('review', 'correct', String(gotland), 'amount', '1800000/year', '--db', db, '--reviewer', 'anna');
    expect(corrected.code).toBe(0);
    const after = JSON.parse((await iop('export', '--db', db, '--format', 'json')).stdout) as Record<string, unknown>[];
    expect(after).toHaveLength(before.length);
    expect(after.find((r) => r.record_id === gotland)).toMatchObject({
      amount_sek: 1800000,
      amount_per: 'year',
      amount_status: 'corrected',
      amount_confidence: null,
      amount_conflict: false,
      review_state: 'partly reviewed',
    });
    expect(analystQuery(`SELECT amount_sek FROM partnerships_v WHERE record_id = ${gotland}`)).toEqual([['1800000']]);
  });

  it('writes CSV for Swedish Excel with Swedish words for the periodicity', async () => {
    const [header, ...rows] = parseCsv((await iop('export', '--db', db)).stdout.replace(/^\uFEFF/, ''));
    const per = header!.indexOf('amount_per');
    const perValues = new Set(rows.map((row) => row[per]).filter(Boolean));
    expect([...perValues].every((v) => ['per år', 'totalt', 'engångs', 'okänt'].includes(v!))).toBe(true);
    expect(perValues.has('per år')).toBe(true);
  });

  it('exports per-document statements with --statements (and the registry with the old --reconciled)', async () => {
    const statements = (await iop('export', '--db', db, '--statements', '--format', 'ndjson')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(statements).toHaveLength(query<{ n: number }>(db, 'SELECT count(*) AS n FROM partnerships')[0]!.n);
    expect(statements[0]).toHaveProperty('statement_id');
    const alias = await iop('export', '--db', db, '--reconciled', '--format', 'json');
    expect(JSON.parse(alias.stdout)).toEqual(JSON.parse((await iop('export', '--db', db, '--format', 'json')).stdout));
  });
});

describe('iop registry', () => {
  it('writes Markdown grouped by kommun/region with amounts in Swedish and links to the evidence pages', async () => {
    const out = join(dir, 'publish', 'registry.md');
    mkdirSync(join(dir, 'publish'));
    expect((await iop('registry', '--db', db, '--out', out)).code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^## Regioner$/m);
    expect(md).toMatch(/^### Region Gotland \(\d+\)$/m);
    // Swedish number format: groups of three separated by a no-break space.
    const gotland = md.split('\n- ').find((item) => item.startsWith('**Röda Korset Gotland**') && item.includes('1\u00a0800\u00a0000'))!;
    expect(gotland).toContain('2025-01-01 – 2028-12-31');
    expect(gotland).toContain('kr per år');
    expect(gotland).toContain('delvis granskat');
    // Links are relative to the page's folder and open the PDF at the evidence page.
    expect(gotland).toMatch(/\]\(\.\.\/pdf\/seed_00[01]\.pdf#page=\d+\)/);
  });

  it('writes a self-contained HTML page', async () => {
    const html = (await iop('registry', '--db', db, '--format', 'html')).stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toMatch(/<h3 id="[^"]+">Malmö stad \(\d+\)<\/h3>/);
  });
});

describe('a record marked not a partnership', () => {
  it('leaves iop export, iop registry and partnerships_v', async () => {
    const rows = () => iop('export', '--db', db, '--format', 'json').then((r) => JSON.parse(r.stdout) as Record<string, unknown>[]);
    const before = await rows();
    const elfsborg = before.find((r) => (r.ideburna as string[]).includes('IF Elfsborg'))!;
    expect(elfsborg).toBeDefined();
    expect((await iop('registry', '--db', db)).stdout).toContain('**IF Elfsborg**');
    expect((await iop('review', 'not-partnership', String(elfsborg.record_id), '--db', db, '--reviewer', 'anna')).code).toBe(0);
    const after = await rows();
    expect(after).toHaveLength(before.length - 1);
    expect(after.find((r) => r.record_id === elfsborg.record_id)).toBeUndefined();
    expect((await iop('registry', '--db', db)).stdout).not.toContain('IF Elfsborg');
    expect(analystQuery(`SELECT count(*) FROM partnerships_v WHERE record_id = ${elfsborg.record_id as number}`)).toEqual([['0']]);
  });
});

describe('hostile values', () => {
  let hostile: string;

  beforeAll(async () => {
    hostile = join(tempDir('hostile'), 'iop.sqlite');
    const files = ['csv-targetgroup-first-eq.txt', 'csv-targetgroup-first-at.txt', 'xss-targetgroup.txt'].map((f) => join(PACKAGE_ROOT, 'fixtures', 'hostile', f));
    expect((await iop('ingest', ...files, '--db', hostile, '--json')).code).toBe(0);
  });

  it('neutralises formula cells in every CSV, machine values and reviewer corrections alike', async () => {
    const [id] = query<{ record_id: number }>(hostile, 'SELECT record_id FROM partnerships_v LIMIT 1');
    expect((await iop('review', 'correct', '--db', hostile, '--reviewer', 'x', String(id!.record_id), 'ideburna', '--', '-2+3; @SUM(A1)')).code).toBe(0);
    for (const args of [[], ['--statements']]) {
      const csv = (await iop('export', '--db', hostile, ...args)).stdout;
      const cells = parseCsv(csv.replace(/^\uFEFF/, '')).flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(cells.some((c) => c.includes('=HYPERLINK("http://evil.example'))).toBe(true); // exported, inside a cell that starts with text
    }
    expect(parseCsv((await iop('export', '--db', hostile)).stdout).flat()).toContain("'-2+3 | @SUM(A1)");
  });

  it('shows hostile markup as text in the registry page', async () => {
    const html = (await iop('registry', '--db', hostile, '--format', 'html')).stdout;
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes a header row for a dataset without partnerships', async () => {
    const folder = tempDir('empty');
    writeFileSync(join(folder, 'protokoll.txt'), 'Kommunstyrelsen\n\n§ 1 Val av justerare\n\nAnna Andersson utses att justera protokollet.\n');
    const empty = join(folder, 'iop.sqlite');
    expect((await iop('ingest', folder, '--db', empty, '--json')).code).toBe(0);
    for (const args of [[], ['--statements']]) {
      const csv = (await iop('export', '--db', empty, ...args)).stdout;
      expect(parseCsv(csv.replace(/^\uFEFF/, ''))).toHaveLength(1);
      expect(csv).toMatch(/^\uFEFF(record_id|statement_id);/);
    }
  });
});
