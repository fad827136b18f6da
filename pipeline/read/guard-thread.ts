/**
 * The guard of a reading process, run as a worker thread inside it: a thread has its own event loop, so it
 * keeps watching while the main thread is stuck in synchronous pdf.js code that no timer or message reaches.
 * It stops the whole process (SIGKILL) when the parent that forked it is gone — a killed `iop worker` or
 * ingest must not leave a reader running as an orphan — and when the process's resident memory passes the
 * limit, after writing the reason on the report pipe so the pool can fail the document as TOO_LARGE.
 */
import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import type { GuardSettings } from './guard.js';

const { parentPid, maxRssBytes, reportFd, intervalMs } = workerData as GuardSettings;

function stop(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: the process was killed');
}

setInterval(() => {
  if (process.ppid !== parentPid) stop();
  const rss = process.memoryUsage.rss();
  if (rss <= maxRssBytes) return;
  try {
    writeSync(reportFd, `${JSON.stringify({ memoryExceeded: rss })}\n`);
  } finally {
    stop();
  }
}, intervalMs);
