/**
 * `iop worker`: a BullMQ worker whose jobs run in the reading processes of the pool (queue/embedded/pool.ts),
 * the same as an embedded ingest's, so a hung, crashing or bloated PDF never blocks the worker's lock
 * renewal or its other jobs: the pool kills a process past the time limit (TIMEOUT), its guard stops one
 * past the memory limit (TOO_LARGE), a crash fails that document alone with a message of ours, the next
 * document runs in a healthy process, and no process outlives the worker.
 *
 * The result goes to the results queue BEFORE the job completes, so a kill at any moment loses nothing:
 * either the document job is still there (and is taken over) or its result is (and the writer stores it;
 * storing twice is harmless).
 */
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { DocumentOutcome } from '../../output/writer.js';
import { ProcessPool } from '../embedded/pool.js';
import { RESULT_JOB_OPTIONS, queueNames, redisConnection, throttledErrorLog, type DocumentJob } from './queues.js';

export interface WorkerOptions {
  url: string;
  queue: string;
  concurrency: number;
  /** Memory limit of each reading process in MB. */
  maxMemoryMb?: number;
  /** How long a job's lock lasts without renewal: a killed worker's jobs are picked up again after this. */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs. */
  stalledIntervalMs?: number;
}

/** Starts the worker; the returned function stops it after its running jobs finish. */
export function startWorker(options: WorkerOptions): () => Promise<void> {
  const log = throttledErrorLog('iop worker');
  const pool = new ProcessPool({ size: options.concurrency, maxMemoryMb: options.maxMemoryMb });
  const connections = [redisConnection(options.url, log), redisConnection(options.url, log)] as const;
  const resultQueues = new Map<string, Queue<DocumentOutcome>>();
  const resultQueue = (name: string) => {
    let queue = resultQueues.get(name);
    if (!queue) {
      queue = new Queue<DocumentOutcome>(name, { connection: connections[1] });
      queue.on('error', log);
      resultQueues.set(name, queue);
    }
    return queue;
  };

  const processDocument = async (job: Job<DocumentJob>) => {
    const { path, sha256, bytes, timeoutMs, results } = job.data;
    let ocrPages = 0;
    const processed = await pool.run(path, { timeoutMs, onOcrPage: () => void job.updateProgress({ ocrPages: ++ocrPages }).catch(log) });
    const { error } = processed.result;
    // Bad input (and a reader that failed on it) fails for good: the writer reads the code back (failureCode).
    if (error) throw new UnrecoverableError(`${error.code}: ${error.message}`);
    await resultQueue(results).add('result', { file: { path, sha256, bytes }, ...processed }, { ...RESULT_JOB_OPTIONS, jobId: sha256 });
    return { pages: processed.pages.length };
  };

  const worker = new Worker<DocumentJob>(queueNames(options.queue).documents, processDocument, {
    connection: connections[0],
    concurrency: options.concurrency,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: 2,
  });
  worker.on('error', log);
  return async () => {
    await worker.close();
    await Promise.all([...resultQueues.values()].map((queue) => queue.close()));
    await pool.close();
    for (const connection of connections) connection.disconnect();
  };
}
