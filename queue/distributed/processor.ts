/**
 * The BullMQ sandboxed processor: runs in a child process of `iop worker`, one document per job, through
 * the same stages as the embedded pool (pipeline/process.ts). It posts the result to the results queue
 * BEFORE the job completes, so a kill at any moment loses nothing: either the document job is still there
 * (and is retried) or its result is (and the writer stores it; storing twice is harmless).
 */
import { Queue, UnrecoverableError, type SandboxedJob } from 'bullmq';
import { processFile } from '../../pipeline/process.js';
import type { DocumentOutcome } from '../../output/writer.js';
import { RESULT_JOB_OPTIONS, redisConnection, type DocumentJob } from './queues.js';

const resultQueues = new Map<string, Queue<DocumentOutcome>>();

function resultQueue(name: string): Queue<DocumentOutcome> {
  let queue = resultQueues.get(name);
  if (!queue) {
    const url = process.env.IOP_REDIS_URL;
    if (!url) throw new Error('IOP_REDIS_URL is not set in the processor (iop worker sets it)');
    queue = new Queue<DocumentOutcome>(name, { connection: redisConnection(url) });
    resultQueues.set(name, queue);
  }
  return queue;
}

export default async function processDocument(job: SandboxedJob<DocumentJob>): Promise<{ pages: number }> {
  // The worker's watchdog needs this process's id to stop it if it hangs past the time limit.
  await job.updateProgress({ pid: process.pid, ocrPages: 0 });
  const { path, sha256, bytes, timeoutMs, results } = job.data;
  // Each page sent to OCR grows the reader's limit; the watchdog learns of it through the job's progress.
  let ocrPages = 0;
  const onOcrPage = () => void job.updateProgress({ pid: process.pid, ocrPages: ++ocrPages });
  const processed = await processFile(path, { timeoutMs, onOcrPage });
  const { error } = processed.result;
  if (error) throw new UnrecoverableError(`${error.code}: ${error.message}`);
  const outcome: DocumentOutcome = { file: { path, sha256, bytes }, ...processed };
  await resultQueue(results).add('result', outcome, { ...RESULT_JOB_OPTIONS, jobId: sha256 });
  return { pages: processed.pages.length };
}
