/** The messages between the pool and its reading processes. */
import type { Processed } from '../../pipeline/process.js';

export interface TaskMessage {
  id: number;
  path: string;
  timeoutMs: number;
  /** The file the pool will send this process next, if it knows: its reading starts while this one is extracted. */
  next?: string;
}

/**
 * retire: the process failed outside the reader's error handling (an unhandled rejection); it finishes the
 * task it has, and the pool then closes it and runs the next task in a fresh process.
 */
export type ReplyMessage =
  | { id: number; processed: Processed; retire?: true }
  /** A page of the task went to OCR: its time limit grows by one OCR page's. */
  | { id: number; ocrPage: true }
  | { id: number; error: string; retire?: true }
  /** Retiring while idle. */
  | { retire: true };
