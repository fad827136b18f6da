/**
 * `iop worker --redis URL [--concurrency N]`: process queued documents until stopped (SIGINT/SIGTERM finish
 * the running jobs first). Run as many as you like, on any machine that sees the same paths.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_QUEUE } from '../../../queue/distributed/queues.js';
import { startWorker } from '../../../queue/distributed/worker.js';
import { positiveInteger } from '../../../queue/options.js';

interface WorkerCommandOptions {
  redis?: string;
  queue: string;
  concurrency: number;
  lockDuration?: number;
  stalledInterval?: number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process documents queued by `iop ingest --redis` (BullMQ), in sandboxed child processes')
    .option('--redis <url>', 'the Redis the ingest queues on (default: $REDIS_URL)')
    .option('--queue <name>', 'the queue name', DEFAULT_QUEUE)
    .option('--concurrency <n>', 'documents processed at once, each in its own process (default: every core)', positiveInteger, availableParallelism())
    .option('--lock-duration <ms>', 'job lock lifetime: a dead worker\'s jobs are taken over after this', positiveInteger)
    .option('--stalled-interval <ms>', 'how often to look for jobs of dead workers', positiveInteger)
    .action(async (options: WorkerCommandOptions) => {
      const url = options.redis ?? process.env.REDIS_URL;
      if (!url) program.error('iop worker: --redis URL (or REDIS_URL) is required', { exitCode: 2 });
      const stop = startWorker({
        url: url!,
        queue: options.queue,
        concurrency: options.concurrency,
        lockDurationMs: options.lockDuration,
        stalledIntervalMs: options.stalledInterval,
      });
      process.stderr.write(`iop worker: processing ${options.queue} on ${url} with concurrency ${options.concurrency}\n`);
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, resolve);
      });
      await stop();
    });
}
