/**
 * The pool hands each process up to IN_FLIGHT tasks ahead (it starts the next without waiting for the pool)
 * and an idle process takes back one another has not started: every task is answered once, with its own
 * file's result, whatever the number of processes. Runs the compiled child (dist/), as the ingest does.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../output/package-root.js';
import { IN_FLIGHT, ProcessPool } from './pool.js';

const SEEDS = ['seed_000.txt', 'seed_001.txt', 'seed_002.txt', 'seed_003.txt', 'seed_004.txt'].map((f) => join(PACKAGE_ROOT, 'fixtures', 'seeds', f));

let pool: ProcessPool | null = null;
afterEach(() => pool?.close());

describe('ProcessPool', () => {
  it.each([1, 2])('answers every task once with its own result, %i process(es), more tasks than they hold', async (size) => {
    pool = new ProcessPool({ size });
    const files = Array.from({ length: size * IN_FLIGHT + 3 }, (_, i) => SEEDS[i % SEEDS.length]!);
    const started: string[] = [];
    const results = await Promise.all(files.map((file) => pool!.run(file, { timeoutMs: 60_000, onStart: () => started.push(file) })));
    expect(results.map((r) => r.result.error ?? null)).toEqual(files.map(() => null));
    expect(results.map((r) => r.result.source.split('/').pop())).toEqual(files.map((f) => f.split('/').pop()));
    expect(started).toHaveLength(files.length);
  }, 120_000);
});
