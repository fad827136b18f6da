/** Parsing the queue-related command-line options shared by ingest, retry and worker. */
import { InvalidArgumentError } from 'commander';
import { DEFAULT_QUEUE } from './distributed/queues.js';
import type { DistributedOptions } from './distributed/run.js';
import { InputError } from './plan.js';

export function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
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
