/**
 * The embedded pool: child processes, one document at a time each, running the per-document stages.
 * Processes rather than threads so each has its own heap (and its own peak RSS), and so a document that
 * hangs or crashes the reader costs one process: past the timeout the process is killed and replaced, and
 * the document gets a TIMEOUT (or INTERNAL) failure instead of stalling the run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { failedResult, type Processed } from '../../pipeline/process.js';
import type { ErrorCode } from '../../pipeline/contract.js';
import { DEFAULT_READ_LIMITS } from '../../pipeline/read/types.js';
import { compiledModule } from '../../output/package-root.js';
import type { ReplyMessage, TaskMessage } from './messages.js';

/** Grace beyond the reader's own time limit (which fails cleanly with TIMEOUT) before the process is killed. */
const KILL_GRACE_MS = 5000;

interface Task {
  id: number;
  path: string;
  resolve: (processed: Processed) => void;
}

interface Slot {
  child: ChildProcess;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** When the kill timer fires (Date.now() time). */
  killAt: number;
}

export class ProcessPool {
  private readonly entry = compiledModule('queue/embedded/child.ts');
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private nextId = 0;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  /** Runs the stages for one file; never rejects — failures come back as failed results. */
  run(path: string): Promise<Processed> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, path, resolve });
      this.dispatch();
    });
  }

  close(): void {
    for (const slot of this.slots) slot.child.disconnect();
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = [...this.slots].find((s) => s.task === null) ?? (this.slots.size < this.size ? this.spawn() : null);
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.task = task;
      this.killAfter(slot, this.timeoutMs + KILL_GRACE_MS);
      const message: TaskMessage = { id: task.id, path: task.path, timeoutMs: this.timeoutMs };
      slot.child.send(message);
    }
  }

  private spawn(): Slot {
    const child = fork(this.entry, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const slot: Slot = { child, task: null, timer: null, killAt: 0 };
    child.on('message', (reply: ReplyMessage) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      if ('ocrPage' in reply) {
        // The reader allows each OCR page its own time on top of the document's limit; so does the pool.
        this.killAfter(slot, slot.killAt - Date.now() + DEFAULT_READ_LIMITS.ocrPageTimeoutMs);
        return;
      }
      this.finish(slot, 'processed' in reply ? reply.processed : failed(task.path, 'INTERNAL', reply.error));
      this.dispatch();
    });
    child.on('exit', (code, signal) => {
      if (!this.slots.has(slot)) return;
      this.abandon(slot, 'INTERNAL', `the reader process exited (${signal ?? `code ${code}`})`);
    });
    this.slots.add(slot);
    return slot;
  }

  /** (Re)arms the slot's kill timer: past it the process is taken for hung. */
  private killAfter(slot: Slot, ms: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.killAt = Date.now() + ms;
    slot.timer = setTimeout(() => this.abandon(slot, 'TIMEOUT', `no result within the time limit; the reader process was killed`), ms);
  }

  private finish(slot: Slot, processed: Processed): void {
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task!;
    slot.task = null;
    slot.timer = null;
    task.resolve(processed);
  }

  /** Gives up on a slot's process (hung or dead): its document fails with the code, a new process takes over. */
  private abandon(slot: Slot, code: ErrorCode, message: string): void {
    this.slots.delete(slot);
    slot.child.kill('SIGKILL');
    if (slot.task) this.finish(slot, failed(slot.task.path, code, message));
    this.dispatch();
  }
}

function failed(path: string, code: ErrorCode, message: string): Processed {
  return { meta: null, pages: [], result: failedResult(path, code, message) };
}
