/** Parsing the queue-related command-line options shared by ingest, retry and worker. */
import { availableParallelism, totalmem } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_MEMORY_MB } from '../pipeline/read/guard.js';
import { DEFAULT_QUEUE } from './distributed/default-queue.js';
import type { DistributedOptions } from './distributed/run.js';
import { InputError } from './plan.js';

export function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/**
 * Reading processes to run at once by default: one per core, but no more than half the machine's memory
 * holds at the memory limit each, so a pool of bombs cannot take the machine down with it.
 */
export function defaultConcurrency(maxMemoryMb = DEFAULT_MAX_MEMORY_MB): number {
  const fit = Math.floor(totalmem() / 2 / (maxMemoryMb * 1024 * 1024));
  return Math.max(1, Math.min(availableParallelism(), fit));
}

/**
 * Distributed mode with `--redis URL`, `--redis` alone (then $REDIS_URL), or a REDIS_URL in the environment;
 * embedded otherwise, and always with `--embedded` (a REDIS_URL exported for other tools does not then
 * turn an ingest into one waiting for workers).
 */
export function distributedOptions(options: { redis?: string | true; embedded?: boolean; queue?: string; requeueAfter?: number }): DistributedOptions | undefined {
  if (options.embedded) {
    if (typeof options.redis === 'string' || options.redis === true) throw new InputError('--embedded and --redis exclude each other');
    return undefined;
  }
  const url = typeof options.redis === 'string' ? options.redis : process.env.REDIS_URL;
  if (options.redis === true && !url) throw new InputError('--redis needs a URL (or REDIS_URL in the environment)');
  if (!url) return undefined;
  return { url, queue: options.queue ?? DEFAULT_QUEUE, ...(options.requeueAfter ? { lostAfterMs: options.requeueAfter * 1000 } : {}) };
}
