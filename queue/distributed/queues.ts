/**
 * What the ingest (producer and single writer) and `iop worker` processes share through Redis: the queue
 * names, the job shapes and options, and how to connect.
 */
import { Redis } from 'ioredis';
import type { JobsOptions } from 'bullmq';
import type { ErrorCode } from '../../pipeline/contract.js';
import { ERROR_CODES } from '../../pipeline/contract.js';
import type { SourceFile } from '../../output/writer.js';

/** Documents to process (job id: content hash) and their results for the writer (same id). */
export function queueNames(base: string) {
  return { documents: `${base}-documents`, results: `${base}-results` };
}

export interface DocumentJob extends SourceFile {
  /** The queue the worker posts the result to. */
  results: string;
  timeoutMs: number;
}

/**
 * Transient failures (Redis away while posting the result) are retried with backoff; a document's own
 * failure, a crash of its reading process included, is final (UnrecoverableError).
 */
export const DOCUMENT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  // Failed jobs stay until the writer has stored them as failed documents, then it removes them.
  removeOnFail: false,
};

export const RESULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: false,
};

/**
 * Commands wait through a Redis restart instead of failing: BullMQ needs maxRetriesPerRequest null. Every
 * connection has an error listener (ioredis prints a stack trace per reconnect attempt for one without).
 */
export function redisConnection(url: string, onError: (error: Error) => void): Redis {
  return new Redis(url, { maxRetriesPerRequest: null }).on('error', onError);
}

/** How long a command waits for Redis to answer at start before it says it cannot reach it. */
const REACH_TIMEOUT_MS = 5000;

/**
 * Whether Redis answers at the URL, tried once: a command about to wait on it (which it then does through
 * any restart) first makes sure it is there at all. The reason when it is not, else null.
 */
export async function unreachableReason(url: string): Promise<string | null> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: REACH_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined); // the failure is the answer, read below
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return code ?? message;
  } finally {
    client.disconnect();
  }
}

/** Bad input fails for good with "CODE: message" (UnrecoverableError); this reads the code back. */
export function failureCode(reason: string): { code: ErrorCode; message: string } {
  const match = /^([A-Z_]+): (.*)$/s.exec(reason);
  const code = match && (ERROR_CODES as readonly string[]).includes(match[1]!) ? (match[1] as ErrorCode) : null;
  return code ? { code, message: match![2]! } : { code: 'INTERNAL', message: reason };
}

/** Logs a Redis connection error at most every few seconds (they repeat while Redis is away). */
export function throttledErrorLog(who: string): (error: Error) => void {
  let last = 0;
  return (error) => {
    if (Date.now() - last < 5000) return;
    last = Date.now();
    process.stderr.write(`${who}: ${error.message}\n`);
  };
}
