/** The messages between the pool and its reading processes. */
import type { Processed } from '../../pipeline/process.js';

/**
 * A document for the process: it runs its tasks one at a time in the order they came, so the pool can hand
 * it the next ones before it is done with the current one (pool.ts: IN_FLIGHT).
 */
export interface TaskMessage {
  id: number;
  path: string;
  timeoutMs: number;
}

/** Take back a task the process has not started (another process is idle): it answers `cancelled`, or nothing if it started it. */
export interface CancelMessage {
  cancel: number;
}

export type PoolMessage = TaskMessage | CancelMessage;

/**
 * retire: the process failed outside the reader's error handling (an unhandled rejection); it finishes the
 * task it has and starts no other; the pool then closes it and runs the tasks it held in a fresh process.
 */
export type ReplyMessage =
  | { id: number; processed: Processed; retire?: true }
  /** A page of the task went to OCR: its time limit grows by one OCR page's. */
  | { id: number; ocrPage: true }
  | { id: number; error: string; retire?: true }
  /** The task was taken back before it started (CancelMessage). */
  | { id: number; cancelled: true }
  /** Retiring while idle. */
  | { retire: true };
