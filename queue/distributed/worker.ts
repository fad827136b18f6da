/**
 * `iop worker`: a BullMQ worker running the sandboxed processor (processor.ts, compiled) in child processes,
 * so a hung or crashing PDF never blocks the worker's lock renewal or its other jobs. A watchdog enforces
 * the per-job time limit: BullMQ has none, and a processor stuck in synchronous code cannot stop itself.
 */
import { Worker, type Job } from 'bullmq';
import { compiledModule } from '../../output/package-root.js';
import { queueNames, redisConnection, throttledErrorLog, type DocumentJob } from './queues.js';
import { DEFAULT_READ_LIMITS } from '../../pipeline/read/types.js';

export interface WorkerOptions {
  url: string;
  queue: string;
  concurrency: number;
  /** How long a job's lock lasts without renewal: a killed worker's jobs are picked up again after this. */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs. */
  stalledIntervalMs?: number;
}

/** Grace beyond the reader's own time limit before the watchdog kills the processor. */
const WATCHDOG_GRACE_MS = 10_000;

function isPidProgress(progress: unknown): progress is { pid: number; ocrPages?: number } {
  return typeof progress === 'object' && progress !== null && typeof (progress as { pid?: unknown }).pid === 'number';
}

/** Starts the worker; the returned function stops it after its running jobs finish. */
export function startWorker(options: WorkerOptions): () => Promise<void> {
  const connection = redisConnection(options.url);
  const worker = new Worker<DocumentJob>(queueNames(options.queue).documents, compiledModule('queue/distributed/processor.ts'), {
    connection,
    concurrency: options.concurrency,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: 2,
    workerForkOptions: { env: { ...process.env, IOP_REDIS_URL: options.url } },
  });
  worker.on('error', throttledErrorLog('iop worker'));

  const running = new Map<string, { job: Job<DocumentJob>; pid: number; deadline: number }>();
  worker.on('progress', (job, progress) => {
    if (!isPidProgress(progress) || !job.id) return;
    const known = running.get(job.id);
    // A page gone to OCR has a limit of its own on top of the document's (pipeline/read): grow the deadline.
    const deadline = known && known.pid === progress.pid
      ? known.deadline + DEFAULT_READ_LIMITS.ocrPageTimeoutMs
      : Date.now() + job.data.timeoutMs + WATCHDOG_GRACE_MS;
    running.set(job.id, { job, pid: progress.pid, deadline });
  });
  const forget = (job: Job | undefined) => job?.id && running.delete(job.id);
  worker.on('completed', forget);
  worker.on('failed', forget);
  const watchdog = setInterval(() => {
    for (const [id, { job, pid, deadline }] of running) {
      if (Date.now() < deadline) continue;
      running.delete(id);
      void job.updateData({ ...job.data, timedOut: true }).finally(() => {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      });
    }
  }, 1000);
  return async () => {
    clearInterval(watchdog);
    await worker.close();
    connection.disconnect();
  };
}
