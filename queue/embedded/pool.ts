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
import type { Processed } from '../../pipeline/process.js';
import { failedResult } from '../../pipeline/failed-result.js';
import type { ErrorCode } from '../../pipeline/contract.js';
import { DEFAULT_READ_LIMITS } from '../../pipeline/read/types.js';
import { compiledModule } from '../../output/package-root.js';
import { DEFAULT_MAX_MEMORY_MB, REPORT_FD, readerExecArgv, type GuardReport } from '../../pipeline/read/guard.js';
import type { CancelMessage, ReplyMessage, TaskMessage } from './messages.js';

/** Grace beyond the reader's own time limit (which fails cleanly with TIMEOUT) before the process is killed. */
const KILL_GRACE_MS = 5000;

/**
 * Tasks a process holds at once: the one it runs and the next ones, sent ahead. It starts the next the moment
 * it has answered one, reading its PDF's text layer while it extracts the one before (child.ts), so it never
 * waits for this process — whose event loop is busy for as long as the writer stores a batch — to send work.
 * Three rather than two: the one after the next is then there for the read-ahead even when the answer to the
 * last one has not been taken yet.
 */
export const IN_FLIGHT = 3;

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
  /** Asked back from its process for an idle one (CancelMessage). */
  cancelling?: boolean;
}

interface Slot {
  child: ChildProcess;
  /** The tasks sent to the process, in its order: the first is the one it runs, the others wait there. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
  /** When the kill timer fires (Date.now() time). */
  killAt: number;
  /** The process asked to be closed after its task (it failed outside the reader's error handling). */
  retiring: boolean;
  /** What its guard reported before stopping it. */
  report: GuardReport;
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

  /**
   * Lets every process go (one still holding tasks, whose results nobody will take, is killed); settles once
   * they have exited. A process sees its channel closed only when this process's event loop turns, so a
   * caller that goes on with long synchronous work (the ingest's reconcile) awaits this first, or the idle
   * processes keep their memory until that work is done.
   */
  close(): Promise<void> {
    const exited = [...this.slots].map(({ child }) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()))));
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.child.disconnect();
      if (slot.tasks.length > 0) slot.child.kill('SIGKILL');
    }
    this.slots.clear();
    return Promise.all(exited).then(() => undefined);
  }

  /**
   * Sends waiting tasks to the process holding the fewest, a new process first while the pool has room, up
   * to IN_FLIGHT each. With nothing waiting, an idle process takes over a task another holds but has not
   * started (the last documents of a run are not left queued behind a busy process).
   */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      const open = [...this.slots].filter((s) => !s.retiring);
      let slot = open.reduce<Slot | null>((best, s) => (!best || s.tasks.length < best.tasks.length ? s : best), null);
      if ((!slot || slot.tasks.length > 0) && this.slots.size < this.options.size) slot = this.spawn();
      if (!slot || slot.tasks.length >= IN_FLIGHT) return;
      this.send(slot, this.waiting.shift()!);
    }
    this.stealForIdle();
  }

  private send(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    const message: TaskMessage = { id: task.id, path: task.path, timeoutMs: task.timeoutMs };
    slot.child.send(message);
    if (slot.tasks.length === 1) this.started(slot);
  }

  /** The slot's first task is the one its process runs now: its time limit starts. */
  private started(slot: Slot): void {
    const task = slot.tasks[0];
    if (!task) return;
    this.killAfter(slot, task.timeoutMs + KILL_GRACE_MS);
    task.onStart?.();
  }

  private stealForIdle(): void {
    if (![...this.slots].some((s) => s.tasks.length === 0 && !s.retiring)) return;
    for (const holder of this.slots) {
      const task = holder.tasks.length > 1 ? holder.tasks.at(-1)! : null;
      if (!task || task.cancelling) continue;
      task.cancelling = true;
      const message: CancelMessage = { cancel: task.id };
      holder.child.send(message);
      return;
    }
  }

  /** A process leaving the pool hands the tasks it had not started back to the queue, first in line. */
  private release(slot: Slot, from: number): void {
    const unstarted = slot.tasks.splice(from);
    for (const task of unstarted) task.cancelling = false;
    this.waiting.unshift(...unstarted);
  }

  private spawn(): Slot {
    const child = fork(this.entry, [String(this.maxMemoryMb)], {
      serialization: 'advanced',
      execArgv: readerExecArgv(this.maxMemoryMb),
      stdio: ['ignore', 'ignore', 'inherit', 'ipc', 'pipe'],
    });
    const slot: Slot = { child, tasks: [], timer: null, killAt: 0, retiring: false, report: {} };
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
    if ('cancelled' in reply) {
      // Never started there: it goes back to the queue, first in line, for the idle process.
      const at = slot.tasks.findIndex((t) => t.id === reply.id);
      if (at < 0) return;
      const [task] = slot.tasks.splice(at, 1);
      task!.cancelling = false;
      this.waiting.unshift(task!);
      if (at === 0) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        this.started(slot);
      }
      return this.dispatch();
    }
    const task = slot.tasks[0];
    if (!task || task.id !== reply.id) return;
    if ('ocrPage' in reply) {
      // The reader allows each OCR page its own time on top of the document's limit; so does the pool.
      this.killAfter(slot, slot.killAt - Date.now() + DEFAULT_READ_LIMITS.ocrPageTimeoutMs);
      task.onOcrPage?.();
      return;
    }
    this.finish(slot, 'processed' in reply ? reply.processed : failed(task.path, 'INTERNAL', reply.error));
    // The process goes on with its next task by itself (unless it retires).
    if (!slot.retiring) this.started(slot);
    this.retireIfIdle(slot);
    this.dispatch();
  }

  /**
   * A retiring process says so with its last answer, or idle: it starts no other task. It is closed, and the
   * tasks it held run in a fresh one.
   */
  private retireIfIdle(slot: Slot): void {
    if (!slot.retiring || !this.slots.has(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    this.slots.delete(slot);
    this.release(slot, 0);
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

  /** The slot's running task is done (its process answered, or is given up). */
  private finish(slot: Slot, processed: Processed): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.tasks.shift()!.resolve(processed);
  }

  /** Gives up on a slot's process (hung or dead): its document fails with the code, a new process takes over. */
  private abandon(slot: Slot, code: ErrorCode, message: string): void {
    this.slots.delete(slot);
    this.release(slot, 1);
    slot.child.kill('SIGKILL');
    const task = slot.tasks[0];
    if (task) this.finish(slot, failed(task.path, code, message));
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
