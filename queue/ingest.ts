/**
 * An ingest from plan to summary, in either mode: embedded (the in-process pool) or distributed (BullMQ
 * workers; this process is then the one writer consuming their results). Either way every outcome is
 * stored by the writer in its own transaction as it arrives, so an interrupted run keeps what it finished.
 */
import { availableParallelism } from 'node:os';
import type { Dataset } from '../output/db/open.js';
import { DatasetWriter, type DocumentOutcome } from '../output/writer.js';
import type { IngestPlan } from './plan.js';
import { startProgress } from './progress.js';
import { Tally, type IngestSummary } from './tally.js';
import { runEmbedded } from './embedded/run.js';
import type { DistributedOptions } from './distributed/run.js';

export interface IngestOptions {
  /** Embedded pool size (default: every core). */
  concurrency?: number;
  /** Per-document time limit. */
  timeoutMs?: number;
  /** Distributed mode: jobs go to BullMQ on this Redis, `iop worker` processes run them. */
  redis?: DistributedOptions;
  quiet?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

export async function runIngest(db: Dataset, plan: IngestPlan, options: IngestOptions = {}): Promise<IngestSummary> {
  const writer = new DatasetWriter(db);
  const tally = new Tally(plan.todo.length, plan.skipped, plan.duplicates);
  const progress = startProgress(tally, { quiet: options.quiet });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Only this run's documents are counted, each once; a distributed writer may also store results left over
  // from an earlier, interrupted run.
  const expected = new Set(plan.todo.map((file) => file.sha256));
  const store = (outcome: DocumentOutcome) => {
    writer.store(outcome);
    if (!expected.delete(outcome.file.sha256)) return;
    tally.count(outcome.meta?.pageCount ?? outcome.pages.length, outcome.result.error?.code);
    progress.update();
  };
  try {
    if (plan.todo.length === 0) return tally.summary();
    // BullMQ is loaded only when a run is distributed: an embedded ingest never pays for it.
    if (options.redis) await (await import('./distributed/run.js')).runDistributed(plan.todo, { ...options.redis, timeoutMs }, store);
    else await runEmbedded(plan.todo, { concurrency: options.concurrency ?? availableParallelism(), timeoutMs }, store);
  } finally {
    progress.stop();
  }
  return tally.summary();
}
