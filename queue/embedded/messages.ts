/** The messages between the embedded pool and its child processes. */
import type { Processed } from '../../pipeline/process.js';

export interface TaskMessage {
  id: number;
  path: string;
  timeoutMs: number;
}

export type ReplyMessage =
  | { id: number; processed: Processed }
  | { id: number; error: string };
