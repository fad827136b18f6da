/**
 * A command line that fails clearly: every wrong option or path ends with one line on stderr naming what was
 * wrong, and exit code 2 — never a stack trace. And `iop doctor` says what is missing and how to install it.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { iop, SEEDS, tempDir, type Run } from './ingest-harness.js';

let db: string;

beforeAll(async () => {
  db = join(tempDir('cli'), 'iop.sqlite');
  expect((await iop('ingest', join(SEEDS, 'seed_001.txt'), '--db', db, '--json')).code).toBe(0);
});

function usageError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('usage errors', () => {
  it('an --out in a folder that does not exist', async () => {
    usageError(await iop('export', '--db', db, '--out', '/nonexistent/x.csv'), /^iop export: cannot write \/nonexistent\/x\.csv: its folder does not exist$/m);
    usageError(await iop('registry', '--db', db, '--out', '/nonexistent/x.md'), /^iop registry: cannot write \/nonexistent\/x\.md/m);
  });

  it('a --db that does not exist, named', async () => {
    for (const command of ['export', 'registry', 'stats', 'failed', 'reconcile']) {
      usageError(await iop(command, '--db', '/nowhere/d.sqlite'), /^iop \w+: no dataset at \/nowhere\/d\.sqlite/m);
    }
    usageError(await iop('ingest', SEEDS, '--db', '/nowhere/d.sqlite'), /^iop ingest: cannot create the dataset \/nowhere\/d\.sqlite: its folder does not exist$/m);
  });

  it('a --db that is not a dataset', async () => {
    usageError(await iop('export', '--db', join(SEEDS, 'seed_001.txt')), /seed_001\.txt is not an SQLite dataset/);
  });

  it('an unknown format, option or command', async () => {
    usageError(await iop('export', '--db', db, '--format', 'xml'), /argument 'xml' is invalid/);
    usageError(await iop('registry', '--db', db, '--format', 'pdf'), /argument 'pdf' is invalid/);
    usageError(await iop('export', '--bogus'), /unknown option '--bogus'/);
    usageError(await iop('exprot'), /unknown command 'exprot' \(did you mean export\?\)/);
  });

  it('--absolute-paths on a dataset that stores relative paths', async () => {
    const dir = tempDir('rel');
    const relative = join(dir, 'iop.sqlite');
    expect((await iop('ingest', SEEDS, '--db', relative, '--json')).code).toBe(0);
    usageError(await iop('ingest', SEEDS, '--db', relative, '--absolute-paths'), /--absolute-paths works only for a new dataset/);
  });
});

describe('iop --help', () => {
  it('lists every command, the new ones too', async () => {
    const run = await iop('--help');
    expect(run.code).toBe(0);
    for (const command of ['read', 'extract', 'eval', 'ingest', 'worker', 'export', 'registry', 'review', 'serve', 'doctor']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it("shows a command's own options", async () => {
    const run = await iop('export', '--help');
    expect(run.stdout).toContain('--statements');
  });
});

describe('iop doctor', () => {
  it('checks the system and the dataset, and names the package for anything missing', async () => {
    const run = await iop('doctor', '--db', db);
    expect(run.stdout).toMatch(/^node\s+ok\s+v\d+/m);
    expect(run.stdout).toMatch(/^pdftotext\s+(ok|MISSING)/m);
    expect(run.stdout).toMatch(/^tesseract swe\s+(ok|MISSING)/m);
    expect(run.stdout).toMatch(/^dataset\s+ok\s+.*schema \d+, 1 documents/m);
    const missing = /MISSING/.test(run.stdout);
    expect(run.code).toBe(missing ? 1 : 0);
    if (missing) expect(run.stdout).toMatch(/^To install \(Debian\/Ubuntu\): sudo apt-get install -y \S+/m);
  });

  it('says when the configured Redis does not answer', async () => {
    const run = await iop('doctor', '--db', db, '--redis', 'redis://127.0.0.1:1');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^redis\s+MISSING\s+redis:\/\/127\.0\.0\.1:1 does not answer .*--embedded/m);
    expect(run.stdout).toMatch(/apt-get install -y .*redis-server/);
  });
});
