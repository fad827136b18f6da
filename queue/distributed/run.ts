/**
 * Distributed mode, the ingest side: queue one job per document (job id = content hash, so a document is
 * never queued twice), then be the single writer — consume the results queue and the failed document jobs
 * until every queued document is stored. Everything in flight lives in Redis, not in this process: after a
 * kill, the next ingest finds the results and failures waiting. A periodic sweep re-queues documents whose
 * job and result have both vanished (a Redis restart without persistence), so nothing is lost either way.
 * A Redis that does not answer at the start is a usage error at once, and a queue no worker takes jobs
 * from is said within seconds (the ingest keeps waiting: workers may be started after it).
 */
import { Queue, Worker, type Job } from 'bullmq';
import { failedResult } from '../../pipeline/failed-result.js';
import type { DocumentOutcome, SourceFile } from '../../output/writer.js';
import { InputError } from '../plan.js';
import { DEFAULT_BATCH } from '../store-batch.js';
import type { Activity } from '../tally.js';
import {
  DOCUMENT_JOB_OPTIONS,
  failureCode,
  queueNames,
  redisConnection,
  throttledErrorLog,
  unreachableReason,
  type DocumentJob,
} from './queues.js';

const WRITER_LOCK_MS = 10_000;
/** How long the queue may go without a worker before the ingest says so, and how often it repeats it. */
const NO_WORKER_NOTICE_MS = 5000;
const NO_WORKER_REPEAT_MS = 60_000;

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
  onOutcome: (outcome: DocumentOutcome) => Promise<void>,
  activity: Pick<Activity, 'started'>,
): Promise<void> {
  const unreachable = await unreachableReason(options.url);
  if (unreachable) throw new InputError(`cannot reach Redis at ${options.url} (${unreachable}); start it, or ingest without Redis: --embedded`);
  const names = queueNames(options.queue);
  const log = throttledErrorLog('iop ingest');
  // BullMQ leaves connections it was given open: these are closed at the end.
  const connections = [redisConnection(options.url, log), redisConnection(options.url, log), redisConnection(options.url, log)] as const;
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
  const settle = async (outcome: DocumentOutcome) => {
    await onOutcome(outcome);
    pending.delete(outcome.file.sha256);
    lastProgress = Date.now();
    if (pending.size === 0) finish();
  };
  if (pending.size === 0) finish();

  const jobOf = (file: SourceFile) => ({
    name: 'document',
    data: { ...file, results: names.results, timeoutMs: options.timeoutMs },
    opts: { ...DOCUMENT_JOB_OPTIONS, jobId: file.sha256 },
  });

  // A writer that stopped before storing some results left them failed; give them another go.
  await results.retryJobs({ state: 'failed' });
  await documents.addBulk((await withoutResults(results, files)).map(jobOf));

  // Many result jobs at once, each completed only when its outcome is stored: the writer stores them a batch
  // per transaction (queue/store-batch.ts), and a killed writer leaves every unstored result in Redis.
  const writer = new Worker<DocumentOutcome>(names.results, async (job) => settle(job.data), {
    connection: connections[2],
    concurrency: DEFAULT_BATCH.documents,
    // Storing takes milliseconds: a short lock lets the next ingest take over the result a killed writer
    // was storing within seconds (it is stored again; storing is idempotent).
    lockDuration: WRITER_LOCK_MS,
    stalledInterval: WRITER_LOCK_MS / 2,
  });
  writer.on('error', log);

  const storeFailure = async (job: Job<DocumentJob>) => {
    const { path, sha256, bytes } = job.data;
    const { code, message } = failureCode(job.failedReason);
    await settle({ file: { path, sha256, bytes }, meta: null, pages: [], result: failedResult(path, code, message) });
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

  const started = Date.now();
  let noWorkerSaid = 0;
  /** Says so when no worker has been taking jobs for a while; repeats now and then while it lasts. */
  const watchWorkers = async () => {
    // A Redis that refuses CLIENT LIST (some managed ones) cannot tell: then nothing is said.
    const workers = await documents.getWorkersCount().catch(() => 1);
    if (workers > 0) {
      noWorkerSaid = 0;
      return;
    }
    if (Date.now() - started < NO_WORKER_NOTICE_MS || Date.now() - noWorkerSaid < NO_WORKER_REPEAT_MS) return;
    noWorkerSaid = Date.now();
    process.stderr.write(
      `iop ingest: no worker is taking jobs from queue "${options.queue}" on ${options.url}; still waiting — start one with: iop worker --redis ${options.url} --queue ${options.queue}\n`,
    );
  };

  const sweep = async () => {
    await watchWorkers();
    const [active] = await documents.getActive(0, 0);
    if (active) activity.started(active.data);
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
    await finished;
    await drainResults(results);
  } finally {
    clearInterval(sweeper);
    await writer.close();
    await Promise.all([documents.close(), results.close()]);
    for (const connection of connections) connection.disconnect();
  }
}

/**
 * Waits (a bounded time) until the results queue is empty: results this run did not wait for — a document
 * stored by a writer that was killed before it completed the result's job, which comes back once that lock
 * expires, or a result posted twice after a worker was taken over — are stored (again, harmlessly) instead of
 * staying in Redis.
 */
async function drainResults(results: Queue<DocumentOutcome>): Promise<void> {
  const deadline = Date.now() + 2 * WRITER_LOCK_MS;
  while (Date.now() < deadline) {
    const counts = await results.getJobCounts('wait', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).every((n) => n === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The files whose result is not in the results queue already. A document whose job completed while no writer
 * ran has its result waiting there but no job any more: queued again it would be read twice, and its second
 * result, arriving after this run ended, would stay in Redis.
 */
async function withoutResults(results: Queue<DocumentOutcome>, files: readonly SourceFile[]): Promise<SourceFile[]> {
  const fresh: SourceFile[] = [];
  for (let i = 0; i < files.length; i += 500) {
    const batch = files.slice(i, i + 500);
    const states = await Promise.all(batch.map((file) => results.getJobState(file.sha256)));
    fresh.push(...batch.filter((_, j) => states[j] === 'unknown'));
  }
  return fresh;
}
