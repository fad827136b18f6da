/** The messages between the embedded pool and its child processes. */
import type { Processed } from '../../pipeline/process.js';

export interface TaskMessage {
  id: number;
  path: string;
  timeoutMs: number;
}

export type ReplyMessage =
  | { id: number; processed: Processed }
  /** A page of the task went to OCR: its time limit grows by one OCR page's. */
  | { id: number; ocrPage: true }
  | { id: number; error: string };
