/**
 * One reading process of the pool: runs the per-document stages (pipeline/process.ts) for each task the
 * pool sends and replies with the result. It never touches the dataset. Forked with the flags and the guard
 * thread of guard.ts (memory limit, parent-death watch); the memory limit in MB is its one argument.
 */
import { processFile, type Processed } from '../../pipeline/process.js';
import { startGuard } from '../../pipeline/read/guard.js';
import { discardPrefetch } from '../../pipeline/read/prefetch.js';
import { prefetchDocument } from '../../pipeline/read/index.js';
import type { PoolMessage, ReplyMessage, TaskMessage } from './messages.js';

/** How long a task may still finish by itself after an unhandled rejection before it is given up. */
const CRASH_GRACE_MS = 2000;

const maxMemoryMb = Number(process.argv[2]);
startGuard(maxMemoryMb);

let current: TaskMessage | null = null;
/**
 * Tasks the pool sent ahead of the current one, in order. The next starts as soon as the current one is
 * answered, without waiting for the pool (whose event loop may be busy storing a batch), and its PDF's text
 * layer is read (prefetch.ts) while the current one is extracted.
 */
const queued: TaskMessage[] = [];
/** Set once something failed outside the reader's error handling: this process then retires. */
let crash: string | null = null;

function reply(message: ReplyMessage, then?: () => void): void {
  process.send!(message, undefined, {}, () => then?.());
}

/** The task's reply, unless it was given up already. */
function answer(task: TaskMessage, outcome: { processed: Processed } | { error: string }, then?: () => void): void {
  if (current !== task) return;
  current = null;
  reply({ id: task.id, ...outcome, ...(crash ? { retire: true as const } : {}) }, then);
}

/** Runs the queued tasks one after another; a retiring process starts none (the pool runs them elsewhere). */
async function runQueued(): Promise<void> {
  while (!current && !crash && queued.length > 0) {
    const task = queued.shift()!;
    current = task;
    try {
      const options = { timeoutMs: task.timeoutMs, maxMemoryMb };
      const prefetchNext = () => {
        if (queued[0]) prefetchDocument(queued[0].path, options);
      };
      const processed = await processFile(task.path, { ...options, onOcrPage: () => reply({ id: task.id, ocrPage: true }) }, prefetchNext);
      answer(task, { processed });
    } catch (error) {
      answer(task, { error: error instanceof Error ? error.message : String(error) });
    }
  }
}

process.on('message', (message: PoolMessage) => {
  if ('cancel' in message) {
    const at = queued.findIndex((task) => task.id === message.cancel);
    if (at >= 0) reply({ id: queued.splice(at, 1)[0]!.id, cancelled: true });
    return;
  }
  queued.push(message);
  void runQueued();
});

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

function crashMessage(kind: string): string {
  return `the reader failed outside its own error handling (${kind}: ${crash}); its process was replaced`;
}

// A promise that pdf.js rejects with nobody awaiting it (a damaged xref) would end the process with Node's
// boilerplate; the read it belongs to usually settles by itself, so it gets a moment to, and the process
// retires after it either way: the next document runs in a fresh one.
process.on('unhandledRejection', (reason) => {
  if (crash) return;
  crash = describe(reason);
  const task = current;
  if (!task) return reply({ retire: true });
  setTimeout(() => answer(task, { error: crashMessage('unhandled rejection') }), CRASH_GRACE_MS).unref();
});

// After an uncaught exception nothing in this process can be trusted: answer for the task and exit.
process.on('uncaughtException', (error) => {
  crash ??= describe(error);
  const task = current;
  if (task) answer(task, { error: crashMessage('uncaught exception') }, () => process.exit(1));
  else process.exit(1);
});

// Ctrl-C reaches the whole process group: the parent decides (a worker finishes its running jobs first).
process.on('SIGINT', () => undefined);
// The pool closes the IPC channel when it is done; nothing else keeps this process alive.
process.on('disconnect', () => {
  discardPrefetch();
  process.exit(0);
});
