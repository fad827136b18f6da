/**
 * What bounds a reading process — the pool's children (embedded ingest and `iop worker` alike) and the PDF
 * reader's pdf.js child: the V8 flags it is forked with, and the guard thread (guard-thread.ts) that ends it
 * when its parent dies or its memory passes the limit. Here, beside the reader, because both the queue's pool
 * and the reader start such processes; each side reads them from here, so the two cannot disagree.
 */
import { Worker } from 'node:worker_threads';
import { DEFAULT_READ_LIMITS } from './types.js';

/**
 * Default limit of one document's memory in MB (`--max-memory`): the reading process's heap and resident
 * set, and the reader's own limit for its PDF child (pipeline/read), which the pool passes on.
 */
export const DEFAULT_MAX_MEMORY_MB: number = DEFAULT_READ_LIMITS.maxMemoryMb;

/** The pipe (child's file descriptor) on which the guard reports why it stopped the process. */
export const REPORT_FD = 4;

/** How often the guard looks; a document's memory can overshoot the limit by what it allocates in this time. */
const GUARD_INTERVAL_MS = 100;

export interface GuardSettings {
  parentPid: number;
  /** Infinity: the parent-death watch only. */
  maxRssBytes: number;
  reportFd: number;
  intervalMs: number;
}

/** What the guard wrote before stopping the process. */
export interface GuardReport {
  memoryExceeded?: number;
}

/**
 * Node flags of a reading process. `--no-regexp-tier-up`: V8 otherwise recompiles the extractors' large
 * patterns after a few hundred documents into a form that runs 3× slower (issue 13: identical output, a
 * 100-document ingest 1.6× faster). The heap limit makes V8 itself stop at the memory limit when the heap,
 * rather than pdf.js's buffers, is what grows.
 */
export function readerExecArgv(maxMemoryMb: number): string[] {
  return ['--no-regexp-tier-up', `--max-old-space-size=${maxMemoryMb}`];
}

/**
 * Starts the guard thread in this (child) process: without a memory limit it only watches for the parent's
 * death (a process whose parent already watches its memory, such as pdf.js's reading child).
 */
export function startGuard(maxMemoryMb = Infinity): void {
  const settings: GuardSettings = {
    parentPid: process.ppid,
    maxRssBytes: maxMemoryMb * 1024 * 1024,
    reportFd: REPORT_FD,
    intervalMs: GUARD_INTERVAL_MS,
  };
  const guard = new Worker(new URL('./guard-thread.js', import.meta.url), {
    workerData: settings,
    resourceLimits: { maxOldGenerationSizeMb: 16 },
  });
  guard.unref();
}
