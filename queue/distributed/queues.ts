/**
 * What the ingest (producer and single writer) and `iop worker` processes share through Redis: the queue
 * names, the job shapes and options, and how to connect.
 */
import { Redis } from 'ioredis';
import type { JobsOptions } from 'bullmq';
import type { ErrorCode } from '../../pipeline/contract.js';
import { ERROR_CODES } from '../../pipeline/contract.js';
import type { SourceFile } from '../../output/writer.js';

/** The default queue name; datasets sharing one Redis each use their own (--queue). */
export const DEFAULT_QUEUE = 'iop';

/** Documents to process (job id: content hash) and their results for the writer (same id). */
export function queueNames(base: string) {
  return { documents: `${base}-documents`, results: `${base}-results` };
}

export interface DocumentJob extends SourceFile {
  /** The queue the processor posts the result to. */
  results: string;
  timeoutMs: number;
  /** Set by the worker's watchdog when it killed the processor for running past the time limit. */
  timedOut?: boolean;
}

/** Transient failures (a crashed or killed processor, a file share hiccup) are retried with backoff. */
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

/** Commands wait through a Redis restart instead of failing: BullMQ needs maxRetriesPerRequest null. */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** Bad input fails for good with "CODE: message" (UnrecoverableError); this reads the code back. */
export function failureCode(reason: string, timedOut: boolean): { code: ErrorCode; message: string } {
  if (timedOut) return { code: 'TIMEOUT', message: `the worker stopped the processor after the time limit (${reason})` };
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
