/**
 * `iop worker --redis URL [--concurrency N]`: process queued documents until stopped (SIGINT/SIGTERM finish
 * the running jobs first). Run as many as you like, on any machine that sees the same paths.
 */
import type { Command } from 'commander';
import { unreachableReason } from '../../../queue/distributed/queues.js';
import { DEFAULT_QUEUE } from '../../../queue/distributed/default-queue.js';
import { startWorker } from '../../../queue/distributed/worker.js';
import { DEFAULT_MAX_MEMORY_MB } from '../../read/guard.js';
import { defaultConcurrency, positiveInteger } from '../../../queue/options.js';
import { EXIT } from '../exit-codes.js';
import { pdfReaderNotice } from '../../read/pdf.js';

interface WorkerCommandOptions {
  redis?: string;
  queue: string;
  concurrency?: number;
  maxMemory: number;
  lockDuration?: number;
  stalledInterval?: number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process documents queued by `iop ingest --redis` (BullMQ), in sandboxed child processes')
    .option('--redis <url>', 'the Redis the ingest queues on (default: $REDIS_URL)')
    .option('--queue <name>', 'the queue name', DEFAULT_QUEUE)
    .option('--concurrency <n>', 'documents processed at once, each in its own process (default: every core, as many as half the memory holds at --max-memory)', positiveInteger)
    .option('--max-memory <MB>', 'memory limit of each reading process; a document needing more fails TOO_LARGE', positiveInteger, DEFAULT_MAX_MEMORY_MB)
    .option('--lock-duration <ms>', 'job lock lifetime: a dead worker\'s jobs are taken over after this', positiveInteger)
    .option('--stalled-interval <ms>', 'how often to look for jobs of dead workers', positiveInteger)
    .action(async (options: WorkerCommandOptions) => {
      const url = options.redis ?? process.env.REDIS_URL;
      if (!url) program.error('iop worker: --redis URL (or REDIS_URL) is required', { exitCode: 2 });
      const unreachable = await unreachableReason(url!);
      if (unreachable) {
        process.stderr.write(`iop worker: cannot reach Redis at ${url} (${unreachable})\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const concurrency = options.concurrency ?? defaultConcurrency(options.maxMemory);
      const stop = startWorker({
        url: url!,
        queue: options.queue,
        concurrency,
        maxMemoryMb: options.maxMemory,
        lockDurationMs: options.lockDuration,
        stalledIntervalMs: options.stalledInterval,
      });
      process.stderr.write(`iop worker: processing ${options.queue} on ${url} with concurrency ${concurrency}, at most ${options.maxMemory} MB per document\n`);
      process.stderr.write(`iop worker: ${await pdfReaderNotice()}\n`);
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, resolve);
      });
      await stop();
    });
}
