/** For the review tests that run the real pipeline: ingest files with the built CLI into a fresh dataset. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { embeddedEnv } from './ingest-harness.js';

export const CLI = join(PACKAGE_ROOT, 'dist', 'pipeline', 'cli', 'main.js');

/** Runs `iop ARGS` (the compiled CLI: `npm test` builds first) and returns its stdout. */
export function iop(args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...embeddedEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export const SEEDS = join(PACKAGE_ROOT, 'fixtures', 'seeds');
