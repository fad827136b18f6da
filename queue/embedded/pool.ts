/**
 * The pool of reading processes, for the embedded ingest and for `iop worker` alike: child processes, one
 * document at a time each, running the per-document stages. Processes rather than threads so each has its
 * own heap and memory limit, and so a document that hangs, crashes or bloats the reader costs one process:
 * past the time limit the process is killed (TIMEOUT), past the memory limit its guard stops it (TOO_LARGE),
 * a crash fails that document alone (INTERNAL, with a message of our own), and the next document always runs
 * in a healthy process. A process never outlives the pool's process (guard.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { failedResult, type Processed } from '../../pipeline/process.js';
import type { ErrorCode } from '../../pipeline/contract.js';
import { DEFAULT_READ_LIMITS } from '../../pipeline/read/types.js';
import { compiledModule } from '../../output/package-root.js';
import { DEFAULT_MAX_MEMORY_MB, REPORT_FD, readerExecArgv, type GuardReport } from '../../pipeline/read/guard.js';
import type { ReplyMessage, TaskMessage } from './messages.js';

/** Grace beyond the reader's own time limit (which fails cleanly with TIMEOUT) before the process is killed. */
const KILL_GRACE_MS = 5000;

export interface PoolOptions {
  /** Processes at most. */
  size: number;
  /** Memory limit of each process in MB (heap and resident set). */
  maxMemoryMb?: number;
}

export interface TaskOptions {
  timeoutMs: number;
  /** The task went to a process. */
  onStart?: () => void;
  /** A page of the task went to OCR. */
  onOcrPage?: () => void;
}

interface Task extends TaskOptions {
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
  /** The process asked to be closed after its task (it failed outside the reader's error handling). */
  retiring: boolean;
  /** What its guard reported before stopping it. */
  report: GuardReport;
  /**
   * The task this process gets next, named to it with its current one so that it reads it ahead (while it
   * extracts the current one). Another process with nothing to do takes it over rather than wait.
   */
  reserved: Task | null;
}

export class ProcessPool {
  private readonly entry = compiledModule('queue/embedded/child.ts');
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private readonly maxMemoryMb: number;
  private nextId = 0;

  constructor(private readonly options: PoolOptions) {
    this.maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  }

  /** Runs the stages for one file; never rejects — failures come back as failed results. */
  run(path: string, options: TaskOptions): Promise<Processed> {
    return new Promise((resolve) => {
      this.waiting.push({ ...options, id: this.nextId++, path, resolve });
      this.dispatch();
    });
  }

  close(): void {
    for (const slot of this.slots) slot.child.disconnect();
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.waiting.length > 0 || [...this.slots].some((s) => s.reserved)) {
      // An idle process with a reserved task first: it has been reading that task ahead.
      const idle = [...this.slots].filter((s) => s.task === null && !s.retiring);
      const slot = idle.find((s) => s.reserved) ?? idle[0] ?? (this.slots.size < this.options.size ? this.spawn() : null);
      if (!slot) return;
      const task = slot.reserved ?? this.waiting.shift() ?? this.takeReserved();
      if (!task) return;
      slot.task = task;
      slot.reserved = this.waiting.shift() ?? null;
      this.killAfter(slot, task.timeoutMs + KILL_GRACE_MS);
      const message: TaskMessage = { id: task.id, path: task.path, timeoutMs: task.timeoutMs, ...(slot.reserved ? { next: slot.reserved.path } : {}) };
      slot.child.send(message);
      task.onStart?.();
    }
  }

  /** A task another (busy) process holds for next: taken over by an idle process once nothing else waits. */
  private takeReserved(): Task | null {
    const holder = [...this.slots].find((s) => s.reserved);
    if (!holder) return null;
    const task = holder.reserved;
    holder.reserved = null;
    return task;
  }

  /** A process leaving the pool hands its reserved task back to the queue, first in line. */
  private release(slot: Slot): void {
    if (slot.reserved) this.waiting.unshift(slot.reserved);
    slot.reserved = null;
  }

  private spawn(): Slot {
    const child = fork(this.entry, [String(this.maxMemoryMb)], {
      serialization: 'advanced',
      execArgv: readerExecArgv(this.maxMemoryMb),
      stdio: ['ignore', 'ignore', 'inherit', 'ipc', 'pipe'],
    });
    const slot: Slot = { child, task: null, timer: null, killAt: 0, retiring: false, report: {}, reserved: null };
    (child.stdio[REPORT_FD] as Readable).setEncoding('utf8').on('data', (text: string) => Object.assign(slot.report, parseReport(text)));
    child.on('message', (reply: ReplyMessage) => this.receive(slot, reply));
    // A send to a process that just died: its 'close' follows and fails the task.
    child.on('error', () => undefined);
    child.on('close', (code, signal) => {
      if (!this.slots.has(slot)) return;
      const { code: errorCode, message } = this.deathCause(slot, code, signal);
      this.abandon(slot, errorCode, message);
    });
    this.slots.add(slot);
    return slot;
  }

  private receive(slot: Slot, reply: ReplyMessage): void {
    if ('retire' in reply) slot.retiring = true;
    if (!('id' in reply)) return this.retireIfIdle(slot);
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    if ('ocrPage' in reply) {
      // The reader allows each OCR page its own time on top of the document's limit; so does the pool.
      this.killAfter(slot, slot.killAt - Date.now() + DEFAULT_READ_LIMITS.ocrPageTimeoutMs);
      task.onOcrPage?.();
      return;
    }
    this.finish(slot, 'processed' in reply ? reply.processed : failed(task.path, 'INTERNAL', reply.error));
    this.retireIfIdle(slot);
    this.dispatch();
  }

  /** A retiring process with nothing to do is closed; the next task gets a fresh one. */
  private retireIfIdle(slot: Slot): void {
    if (!slot.retiring || slot.task) return;
    this.slots.delete(slot);
    this.release(slot);
    slot.child.disconnect();
    this.dispatch();
  }

  /** Why a process ended that the pool did not close. */
  private deathCause(slot: Slot, code: number | null, signal: NodeJS.Signals | null): { code: ErrorCode; message: string } {
    const limit = `${this.maxMemoryMb} MB`;
    if (slot.report.memoryExceeded) {
      const used = Math.round(slot.report.memoryExceeded / 1024 / 1024);
      return { code: 'TOO_LARGE', message: `reading it needed more than the memory limit of ${limit} (${used} MB; --max-memory); its process was stopped` };
    }
    // V8 aborts a process whose heap reaches --max-old-space-size.
    if (signal === 'SIGABRT') return { code: 'TOO_LARGE', message: `reading it filled the heap limit of ${limit} (--max-memory); its process was stopped` };
    return { code: 'INTERNAL', message: `the reading process died (${signal ?? `exit code ${code}`}); the next document runs in a new one` };
  }

  /** (Re)arms the slot's kill timer: past it the process is taken for hung. */
  private killAfter(slot: Slot, ms: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.killAt = Date.now() + ms;
    slot.timer = setTimeout(() => this.abandon(slot, 'TIMEOUT', `no result within the time limit; the reading process was killed`), ms);
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
    this.release(slot);
    slot.child.kill('SIGKILL');
    if (slot.task) this.finish(slot, failed(slot.task.path, code, message));
    this.dispatch();
  }
}

function parseReport(text: string): GuardReport {
  try {
    return JSON.parse(text) as GuardReport;
  } catch {
    return {};
  }
}

function failed(path: string, code: ErrorCode, message: string): Processed {
  return { meta: null, pages: [], result: failedResult(path, code, message) };
}
