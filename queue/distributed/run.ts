/**
 * Distributed mode, the ingest side: queue one job per document (job id = content hash, so a document is
 * never queued twice), then be the single writer — consume the results queue and the failed document jobs
 * until every queued document is stored. Everything in flight lives in Redis, not in this process: after a
 * kill, the next ingest finds the results and failures waiting. A periodic sweep re-queues documents whose
 * job and result have both vanished (a Redis restart without persistence), so nothing is lost either way.
 */
import { Queue, Worker, type Job } from 'bullmq';
import { failedResult } from '../../pipeline/process.js';
import type { DocumentOutcome, SourceFile } from '../../output/writer.js';
import {
  DOCUMENT_JOB_OPTIONS,
  failureCode,
  queueNames,
  redisConnection,
  throttledErrorLog,
  type DocumentJob,
} from './queues.js';

const WRITER_LOCK_MS = 10_000;

export interface DistributedOptions {
  url: string;
  queue: string;
  /** How often the writer collects failed jobs and checks for lost ones. */
  sweepMs?: number;
  /** How long without any stored document before the sweep checks every pending document's job. */
  lostAfterMs?: number;
}

export async function runDistributed(
  files: readonly SourceFile[],
  options: DistributedOptions & { timeoutMs: number },
  onOutcome: (outcome: DocumentOutcome) => void,
): Promise<void> {
  const names = queueNames(options.queue);
  const log = throttledErrorLog('iop ingest');
  // BullMQ leaves connections it was given open: these are closed at the end.
  const connections = [redisConnection(options.url), redisConnection(options.url), redisConnection(options.url)] as const;
  const documents = new Queue<DocumentJob>(names.documents, { connection: connections[0] });
  const results = new Queue<DocumentOutcome>(names.results, { connection: connections[1] });
  documents.on('error', log);
  results.on('error', log);

  const pending = new Map(files.map((file) => [file.sha256, file]));
  let lastProgress = Date.now();
  let finish!: () => void;
  let abort!: (error: Error) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    abort = reject;
  });
  const settle = (outcome: DocumentOutcome) => {
    onOutcome(outcome);
    pending.delete(outcome.file.sha256);
    lastProgress = Date.now();
    if (pending.size === 0) finish();
  };

  const jobOf = (file: SourceFile) => ({
    name: 'document',
    data: { ...file, results: names.results, timeoutMs: options.timeoutMs },
    opts: { ...DOCUMENT_JOB_OPTIONS, jobId: file.sha256 },
  });

  // A writer that stopped before storing some results left them failed; give them another go.
  await results.retryJobs({ state: 'failed' });
  await documents.addBulk(files.map(jobOf));

  const writer = new Worker<DocumentOutcome>(names.results, async (job) => settle(job.data), {
    connection: connections[2],
    concurrency: 1,
    // Storing takes milliseconds: a short lock lets the next ingest take over the result a killed writer
    // was storing within seconds (it is stored again; storing is idempotent).
    lockDuration: WRITER_LOCK_MS,
    stalledInterval: WRITER_LOCK_MS / 2,
  });
  writer.on('error', log);

  const storeFailure = async (job: Job<DocumentJob>) => {
    const { path, sha256, bytes, timedOut } = job.data;
    const { code, message } = failureCode(job.failedReason, timedOut === true);
    settle({ file: { path, sha256, bytes }, meta: null, pages: [], result: failedResult(path, code, message) });
    await job.remove();
  };

  /** A pending document is lost when neither its job nor its result exists (checked in that order). */
  const requeueLost = async () => {
    for (const file of [...pending.values()]) {
      if ((await documents.getJobState(file.sha256)) !== 'unknown') continue;
      if ((await results.getJobState(file.sha256)) !== 'unknown') continue;
      if (!pending.has(file.sha256)) continue;
      await documents.addBulk([jobOf(file)]);
    }
  };

  const sweep = async () => {
    for (const job of await documents.getFailed()) if (job) await storeFailure(job);
    const [failedResult] = await results.getFailed(0, 0);
    if (failedResult) throw new Error(`could not store the result of ${failedResult.data.file.path}: ${failedResult.failedReason}`);
    if (Date.now() - lastProgress > (options.lostAfterMs ?? 15_000)) {
      await requeueLost();
      lastProgress = Date.now();
    }
  };

  let sweeping = false;
  const sweeper = setInterval(() => {
    if (sweeping || pending.size === 0) return;
    sweeping = true;
    sweep()
      .catch(abort)
      .finally(() => (sweeping = false));
  }, options.sweepMs ?? 1000);

  try {
    if (pending.size > 0) await finished;
  } finally {
    clearInterval(sweeper);
    await writer.close();
    await Promise.all([documents.close(), results.close()]);
    for (const connection of connections) connection.disconnect();
  }
}
