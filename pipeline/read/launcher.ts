/**
 * Programs (pdftotext) started through a small process of their own, the launcher (launcher-child.ts), instead
 * of from the calling process: each start forks the process that starts it, and a fork costs in proportion to
 * that process's resident memory. A pool process (queue/embedded/child.ts) holds the extractors, ~250 MB: a
 * fork from it took 3 ms of CPU and blocked it ~10 ms, once per PDF; from the launcher (~40 MB) a fraction.
 * Only a process that calls useLauncher() uses it (a pool process, reading document after document); a
 * one-off reader (`iop read`, `iop extract`) starts its programs itself, as a launcher would cost it more
 * than it saves.
 *
 * The answer has execFile's shape: stdout, or an error carrying the exit code or Node's code
 * (ERR_CHILD_PROCESS_STDIO_MAXBUFFER), the signal and stderr. Aborting the signal kills the program and
 * rejects at once. A launcher that dies fails what it was running (as a failed program, code null) and the
 * next launch starts a new one; it ends with its caller (its channel closes).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { compiledModule } from '../../output/package-root.js';
import type { LaunchAbort, LaunchReply, LaunchRequest } from './launcher-messages.js';

export interface LaunchOptions {
  signal: AbortSignal;
  maxBuffer: number;
}

/** What a failed launch rejects with: execFile's error fields. */
export class LaunchError extends Error {
  constructor(
    message: string,
    readonly code: string | number | null,
    readonly signal: string | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

interface Pending {
  resolve: (stdout: string) => void;
  reject: (error: Error) => void;
}

let enabled = false;
let launcher: { process: ChildProcess; pending: Map<number, Pending> } | null = null;
let nextId = 1;

/** This process starts its programs through the launcher from now on. */
export function useLauncher(): void {
  enabled = true;
}

/** Runs the program through the launcher; null when this process does not use one (the caller runs it itself). */
export function launch(file: string, args: readonly string[], options: LaunchOptions): Promise<{ stdout: string }> | null {
  if (!enabled) return null;
  return new Promise((resolve, reject) => {
    options.signal.throwIfAborted();
    const current = running();
    const id = nextId++;
    const onAbort = () => {
      const message: LaunchAbort = { abort: id };
      if (current.pending.delete(id)) current.process.send(message, () => undefined);
      settled();
      reject(options.signal.reason instanceof Error ? options.signal.reason : new Error('aborted'));
    };
    const settled = () => {
      options.signal.removeEventListener('abort', onAbort);
      if (current.pending.size === 0) idle(current.process);
    };
    current.pending.set(id, {
      resolve: (stdout) => {
        settled();
        resolve({ stdout });
      },
      reject: (error) => {
        settled();
        reject(error);
      },
    });
    options.signal.addEventListener('abort', onAbort, { once: true });
    busy(current.process);
    const request: LaunchRequest = { id, file, args: [...args], maxBuffer: options.maxBuffer };
    current.process.send(request, () => undefined);
  });
}

/**
 * Lets the launcher go and settles once it has exited (at once when there is none): a process that ends after
 * this has waited for it, so the launcher's CPU time, and its programs', count in this process's children's.
 */
export function closeLauncher(): Promise<void> {
  const current = launcher;
  launcher = null;
  if (!current || current.process.exitCode !== null || current.process.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => current.process.once('exit', () => resolve()));
  busy(current.process);
  current.process.disconnect();
  return exited;
}

function running(): NonNullable<typeof launcher> {
  if (launcher) return launcher;
  const process = fork(compiledModule('pipeline/read/launcher-child.ts'), [], {
    serialization: 'advanced',
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const started = { process, pending: new Map<number, Pending>() };
  process.on('message', (reply: LaunchReply) => {
    const waiting = started.pending.get(reply.id);
    if (!waiting) return;
    started.pending.delete(reply.id);
    if ('stdout' in reply) waiting.resolve(reply.stdout);
    else waiting.reject(new LaunchError(reply.error.message, reply.error.code, reply.error.signal, reply.error.stderr));
  });
  // A send to a launcher that just died: its 'exit' follows.
  process.on('error', () => undefined);
  process.on('exit', (code, signal) => {
    if (launcher === started) launcher = null;
    const pending = [...started.pending.values()];
    started.pending.clear();
    for (const waiting of pending) waiting.reject(new LaunchError(`the launcher ended (${signal ?? `exit code ${code}`})`, null, null, ''));
  });
  launcher = started;
  idle(process);
  return started;
}

/** While a program runs, the launcher keeps the caller alive; idle, it must not. */
function busy(process: ChildProcess): void {
  process.ref();
  process.channel?.ref();
}

function idle(process: ChildProcess): void {
  process.unref();
  process.channel?.unref();
}
