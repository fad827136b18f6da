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
export function distributedOptions(options: { redis?: string; queue?: string; embedded?: boolean }): DistributedOptions | undefined {
  const url = options.redis ?? (options.embedded ? undefined : process.env.REDIS_URL);
  return url ? { url, queue: options.queue ?? DEFAULT_QUEUE } : undefined;
}
