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
 * Distributed mode only when asked for: `--redis URL`, or `--redis` alone for $REDIS_URL. A REDIS_URL in the
 * environment by itself (the test harness exports one) never turns an ingest into one waiting for workers.
 */
export function distributedOptions(options: { redis?: string | true; queue?: string; requeueAfter?: number }): DistributedOptions | undefined {
  if (options.redis === undefined) return undefined;
  const url = options.redis === true ? process.env.REDIS_URL : options.redis;
  if (!url) throw new InputError('--redis needs a URL (or REDIS_URL in the environment)');
  return { url, queue: options.queue ?? DEFAULT_QUEUE, ...(options.requeueAfter ? { lostAfterMs: options.requeueAfter * 1000 } : {}) };
}
