/** Parsing the queue-related command-line options shared by ingest, retry and worker. */
import { InvalidArgumentError } from 'commander';
import { DEFAULT_QUEUE } from './distributed/queues.js';
import type { DistributedOptions } from './distributed/run.js';

export function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** --redis URL, else REDIS_URL from the environment (unless --embedded), else embedded mode (undefined). */
export function distributedOptions(options: { redis?: string; queue?: string; embedded?: boolean; requeueAfter?: number }): DistributedOptions | undefined {
  const url = options.redis ?? (options.embedded ? undefined : process.env.REDIS_URL);
  if (!url) return undefined;
  return { url, queue: options.queue ?? DEFAULT_QUEUE, ...(options.requeueAfter ? { lostAfterMs: options.requeueAfter * 1000 } : {}) };
}
