/**
 * Cold start: `iop --help` loads the command line and commander only, and an embedded ingest never loads
 * BullMQ — each command's code is imported when it runs (pipeline/cli/commands/index.ts). What the process
 * imports is traced with a module hook; the time it takes is measured, not asserted (README, Commands).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { embeddedEnv, SEEDS, tempDir } from './ingest-harness.js';

const CLI = join(PACKAGE_ROOT, 'dist', 'pipeline', 'cli', 'main.js');
const HOOK = pathToFileURL(join(PACKAGE_ROOT, 'test', 'support', 'trace-imports.mjs')).href;

/** The modules `iop ARGS` imports, as URLs. */
function imported(...args: string[]): string[] {
  const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(HOOK)})`;
  const run = spawnSync(process.execPath, ['--import', register, CLI, ...args], { env: embeddedEnv(), encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stderr.split('\n').filter((l) => l.startsWith('import ')).map((l) => l.slice(7));
}

describe('cold start', () => {
  it('`iop --help` imports the command line and commander, nothing else', () => {
    const urls = imported('--help');
    expect(urls.filter((u) => u.includes('/node_modules/') && !u.includes('/node_modules/commander/'))).toEqual([]);
    expect(urls.filter((u) => u.includes('/dist/') && !u.includes('/dist/pipeline/cli/') && !u.endsWith('/dist/pipeline/usage-error.js'))).toEqual([]);
  });

  it('an embedded ingest never imports BullMQ', () => {
    const urls = imported('ingest', join(SEEDS, 'seed_001.txt'), '--db', join(tempDir('cold'), 'iop.sqlite'), '--embedded', '--json');
    expect(urls.some((u) => u.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(urls.filter((u) => u.includes('/node_modules/bullmq/'))).toEqual([]);
  });

  // The storing process only stores and reconciles: the extractors (pipeline/extract.js and what it imports) load in
  // the pool's processes, and ioredis only in a distributed run. Loading them here cost the writer ~0.3 CPU-s and ~25 MB.
  it("an embedded ingest's writer imports neither the extractors nor ioredis", () => {
    const urls = imported('ingest', join(SEEDS, 'seed_001.txt'), '--db', join(tempDir('cold'), 'iop.sqlite'), '--embedded', '--json');
    expect(urls.some((u) => u.endsWith('/dist/output/writer.js'))).toBe(true);
    expect(urls.filter((u) => u.endsWith('/dist/pipeline/extract.js') || u.endsWith('/dist/pipeline/process.js'))).toEqual([]);
    expect(urls.filter((u) => u.includes('/node_modules/ioredis/'))).toEqual([]);
  });
});
