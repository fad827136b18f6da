/** `iop read` through the built command line (`npm test` builds first): page headers, error codes, exit codes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../scripts/pdf-render.js';

const CLI = join(REPO_ROOT, 'dist/pipeline/cli/main.js');
const iop = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('iop read', () => {
  it('prints clean text with a header line per page and exits 0', () => {
    const run = iop('read', 'fixtures/pdf/seed_001.pdf');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--- page 1 (text-layer) ---');
    expect(run.stdout).toContain('--- page 2 (text-layer) ---');
    expect(run.stdout).toContain('Röda Korset Gotland');
    expect(run.stdout).not.toContain('Utdragsbestyrkande');
  });

  it('prints one JSON line per file, the error code for a failed one, and exits 1', () => {
    const run = iop('read', '--json', 'fixtures/seeds/seed_001.txt', 'fixtures/real-pdf/stress/empty-zero-bytes.pdf');
    expect(run.status).toBe(1);
    const [ok, failed] = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(ok.meta).toMatchObject({ format: 'text', encoding: 'utf-8', pageCount: 1 });
    expect(failed).toEqual({ path: 'fixtures/real-pdf/stress/empty-zero-bytes.pdf', error: { code: 'EMPTY', message: 'the file is empty (0 bytes)' } });
  });

  it('names the error code in text mode', () => {
    const run = iop('read', 'fixtures/real-pdf/stress/user-password-encrypted-password-test.pdf');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/FAILED ENCRYPTED/);
  });

  it('exits 2 on a usage error', () => {
    expect(iop('read', '--timeout', 'soon', 'x.pdf').status).toBe(2);
  });
});
