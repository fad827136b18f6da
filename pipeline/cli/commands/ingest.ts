/**
 * `iop ingest PATH... [--db FILE] [--concurrency N] [--redis URL]`: every PDF, .txt and .md under the paths
 * into the dataset, skipping what is already stored under the current extractor version; ends with a
 * summary. Embedded (an in-process pool) unless --redis names a Redis, where `iop worker` processes do the
 * work and this process stores their results. Exit 1 when any document failed.
 */
import type { Command } from 'commander';
import { DEFAULT_DB, openDataset, type Dataset } from '../../../output/db/open.js';
import { DEFAULT_MAX_MEMORY_MB } from '../../read/guard.js';
import { DEFAULT_TIMEOUT_MS, runIngest } from '../../../queue/ingest.js';
import { distributedOptions, positiveInteger } from '../../../queue/options.js';
import { InputError, planIngest, type IngestPlan } from '../../../queue/plan.js';
import { formatSummary } from '../../../queue/tally.js';
import { EXIT } from '../exit-codes.js';
import { ensureReconciled } from '../../../output/review/records.js';
import { useAbsolutePaths } from '../../../output/db/paths.js';
import { pdfReaderNotice } from '../../read/pdf.js';

export interface RunCommandOptions {
  db: string;
  concurrency?: number;
  redis?: string | true;
  embedded?: boolean;
  queue?: string;
  requeueAfter?: number;
  timeout: number;
  maxMemory: number;
  json?: boolean;
}

/** The options ingest and retry share. */
export function addRunOptions(command: Command): Command {
  return command
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--concurrency <n>', 'embedded mode: processes in the pool (default: every core, as many as half the memory holds at --max-memory)', positiveInteger)
    .option('--redis [url]', 'distributed mode: queue the documents on this Redis for `iop worker` (default when REDIS_URL is set)')
    .option('--embedded', 'embedded mode even when REDIS_URL is set (the default without it)')
    .option('--queue <name>', 'distributed mode: the queue name, one per dataset sharing a Redis')
    .option('--requeue-after <seconds>', 'distributed mode: re-queue documents lost from Redis after this long without progress', positiveInteger)
    .option('--timeout <seconds>', 'time limit per document', positiveInteger, DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-memory <MB>', 'embedded mode: memory limit of each reading process; a document needing more fails TOO_LARGE', positiveInteger, DEFAULT_MAX_MEMORY_MB)
    .option('--json', 'print the summary as JSON (and no progress)');
}

/** Runs a command's work; a wrong path or option (InputError) is a usage error: message, exit 2. */
export async function reportingInputErrors(command: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`iop ${command}: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  }
}

/** Runs a plan as the command-line options say and prints the summary; exit 1 when a document failed. */
export async function runAndReport(db: Dataset, plan: IngestPlan, options: RunCommandOptions): Promise<void> {
  const redis = distributedOptions(options);
  // Which program reads PDF text layers, said once; distributed, each worker says it for itself.
  if (!redis && !options.json && plan.todo.some((file) => file.path.toLowerCase().endsWith('.pdf'))) process.stderr.write(`${await pdfReaderNotice()}\n`);
  const summary = await runIngest(db, plan, {
    concurrency: options.concurrency,
    timeoutMs: options.timeout * 1000,
    maxMemoryMb: options.maxMemory,
    redis,
    quiet: options.json,
  });
  // The reconcile stage follows every run, so the dataset's partnership records are never behind its documents.
  const records = ensureReconciled(db);
  const recordsLine = records ? `\nrecords   ${records.partnerships} partnerships, ${records.conflicts} conflicting fields` : '';
  process.stdout.write(options.json ? `${JSON.stringify({ ...summary, records })}\n` : `${formatSummary(summary)}${recordsLine}\n`);
  if (summary.failed > 0) process.exitCode = EXIT.failed;
}

export function registerIngest(program: Command): void {
  addRunOptions(
    program
      .command('ingest')
      .description('read and extract every PDF, .txt and .md under the paths into the dataset, skipping stored ones')
      .argument('<paths...>', 'files and folders to ingest')
      .option('--absolute-paths', "store absolute paths (a new dataset only; by default paths inside the dataset's folder are stored relative to it)"),
  ).action((paths: string[], options: RunCommandOptions & { absolutePaths?: boolean }) =>
    reportingInputErrors('ingest', async () => {
      const db = openDataset(options.db);
      try {
        if (options.absolutePaths) useAbsolutePaths(db);
        await runAndReport(db, await planIngest(db, paths), options);
      } finally {
        db.close();
      }
    }),
  );
}
