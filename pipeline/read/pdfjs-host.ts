/**
 * The caller's side of the reading child (pdfjs-child.ts): pdf.js reads text layers in one child process
 * per calling process, forked on first use and reused, one document at a time. The child's heap is capped
 * at the document memory limit and its resident memory is watched (a decompression bomb's inflated streams
 * live outside the heap): over the limit, or past the document's deadline, the child is killed, that
 * document fails (TOO_LARGE, TIMEOUT) and the next document gets a fresh child. A crash of pdf.js fails
 * only the document that caused it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { compiledModule } from '../../output/package-root.js';
import type { PdfjsReply, PdfjsRequest } from './pdfjs-messages.js';
import type { TextLayer } from './text-layer.js';
import { ReadError } from './types.js';

/** How often the child's resident memory is looked at while it reads. */
const MEMORY_WATCH_MS = 50;

export interface PdfjsInput {
  path: string;
  maxPages: number;
  maxMemoryMb: number;
  signal: AbortSignal;
}

interface Child {
  process: ChildProcess;
  maxMemoryMb: number;
  stderr: string;
}

let child: Child | null = null;
let nextId = 1;
/** Documents wait for the child one at a time. */
let queue: Promise<unknown> = Promise.resolve();

export function pdfjsTextLayerInChild(input: PdfjsInput): Promise<TextLayer> {
  const result = queue.then(() => readInChild(input));
  queue = result.catch(() => {});
  return result;
}

function readInChild(input: PdfjsInput): Promise<TextLayer> {
  input.signal.throwIfAborted();
  const current = childFor(input.maxMemoryMb);
  const id = nextId++;
  return new Promise<TextLayer>((resolve, reject) => {
    const watch = setInterval(() => {
      const rssMb = residentMb(current.process.pid);
      if (rssMb > input.maxMemoryMb) end(new ReadError('TOO_LARGE', `reading needs more than the memory limit of ${input.maxMemoryMb} MB`), true);
    }, MEMORY_WATCH_MS);
    const onMessage = (reply: PdfjsReply) => {
      if (reply.id !== id) return;
      if ('layer' in reply) end(null, false, reply.layer);
      else end(new ReadError(reply.error.code, reply.error.message), false);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      const outOfMemory = /heap out of memory|allocation failed/i.test(current.stderr);
      end(
        outOfMemory
          ? new ReadError('TOO_LARGE', `reading needs more than the memory limit of ${input.maxMemoryMb} MB`)
          : new ReadError('CORRUPT', `the PDF made the reader crash (${signal ?? `exit code ${code}`})`),
        true,
      );
    };
    const onAbort = () => end(input.signal.reason instanceof Error ? input.signal.reason : new ReadError('TIMEOUT', 'reading was stopped'), true);
    function end(error: Error | null, kill: boolean, layer?: TextLayer) {
      clearInterval(watch);
      current.process.off('message', onMessage);
      current.process.off('exit', onExit);
      input.signal.removeEventListener('abort', onAbort);
      if (kill) discard(current);
      else idle(current);
      if (error) reject(error);
      else resolve(layer!);
    }
    current.process.on('message', onMessage);
    current.process.on('exit', onExit);
    input.signal.addEventListener('abort', onAbort, { once: true });
    busy(current);
    current.stderr = '';
    const request: PdfjsRequest = { id, path: input.path, maxPages: input.maxPages };
    current.process.send(request);
  });
}

/** The running child, or a new one when there is none or it was started with another memory limit. */
function childFor(maxMemoryMb: number): Child {
  if (child && child.maxMemoryMb === maxMemoryMb) return child;
  if (child) discard(child);
  const process = fork(compiledModule('pipeline/read/pdfjs-child.ts'), [], {
    serialization: 'advanced',
    execArgv: [`--max-old-space-size=${maxMemoryMb}`],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const started: Child = { process, maxMemoryMb, stderr: '' };
  // Only the end of what it says matters (V8's out-of-memory report).
  process.stderr!.on('data', (chunk: Buffer) => {
    started.stderr = (started.stderr + chunk.toString()).slice(-4096);
  });
  process.on('exit', () => {
    if (child === started) child = null;
  });
  child = started;
  idle(started);
  return started;
}

/** While it reads, the child keeps the caller alive; idle, it must not (a CLI exits when its work is done). */
function busy(current: Child): void {
  current.process.ref();
  current.process.channel?.ref();
  (current.process.stderr as unknown as { ref?: () => void }).ref?.();
}

function idle(current: Child): void {
  current.process.unref();
  current.process.channel?.unref();
  (current.process.stderr as unknown as { unref?: () => void }).unref?.();
}

function discard(current: Child): void {
  if (child === current) child = null;
  idle(current);
  current.process.kill('SIGKILL');
}

/** The process's resident memory in MB (Linux /proc); 0 where it cannot be read, leaving the heap cap alone. */
function residentMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
