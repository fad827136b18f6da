/**
 * An ingest from plan to summary, in either mode: embedded (the in-process pool) or distributed (BullMQ
 * workers; this process is then the one writer consuming their results). Either way outcomes are stored as
 * they arrive, many per transaction (store-batch.ts) and each document all or nothing, so an interrupted run
 * keeps what it finished.
 */
import { maskIdentityNumbersInPath } from '../pipeline/clean/identity-numbers.js';
import type { Dataset } from '../output/db/open.js';
import { DatasetWriter, type DocumentOutcome } from '../output/writer.js';
import type { IngestPlan } from './plan.js';
import { startProgress } from './progress.js';
import { StoreBatch } from './store-batch.js';
import { Tally, type IngestSummary } from './tally.js';
import { runEmbedded } from './embedded/run.js';
import type { DistributedOptions } from './distributed/run.js';
import { defaultConcurrency } from './options.js';

export interface IngestOptions {
  /** Embedded pool size (default: every core, as many as the memory limit lets the machine hold). */
  concurrency?: number;
  /** Per-document time limit. */
  timeoutMs?: number;
  /** Embedded mode: memory limit of each reading process in MB (`iop worker` has its own). */
  maxMemoryMb?: number;
  /** Distributed mode: jobs go to BullMQ on this Redis, `iop worker` processes run them. */
  redis?: DistributedOptions;
  quiet?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

export async function runIngest(db: Dataset, plan: IngestPlan, options: IngestOptions = {}): Promise<IngestSummary> {
  const writer = new DatasetWriter(db);
  const tally = new Tally(plan.todo, plan.skipped, plan.duplicates, plan.brokenLinks);
  const progress = startProgress(tally, { quiet: options.quiet });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Only this run's documents are counted, each once; a distributed writer may also store results left over
  // from an earlier, interrupted run.
  const expected = new Set(plan.todo.map((file) => file.sha256));
  const batch = new StoreBatch((outcomes) => writer.storeMany(outcomes));
  const store = async (outcome: DocumentOutcome) => {
    await batch.add(masked(outcome));
    if (!expected.delete(outcome.file.sha256)) return;
    tally.count(outcome.file, outcome.meta?.pageCount ?? outcome.pages.length, outcome.result.error?.code);
    progress.update();
  };
  try {
    // Distributed, the writer runs even with nothing to do: it stores the results a killed writer left.
    if (plan.todo.length === 0 && !options.redis) return tally.summary();
    // BullMQ is loaded only when a run is distributed: an embedded ingest never pays for it.
    if (options.redis) await (await import('./distributed/run.js')).runDistributed(plan.todo, { ...options.redis, timeoutMs }, store, tally);
    else {
      const concurrency = options.concurrency ?? defaultConcurrency(options.maxMemoryMb);
      await runEmbedded(plan.todo, { concurrency, timeoutMs, maxMemoryMb: options.maxMemoryMb }, store, tally);
    }
  } finally {
    batch.flush();
    progress.stop();
  }
  return tally.summary();
}

/**
 * The outcome as it is stored: a personnummer in a folder or file name ("ansökan_121212-1212.pdf") never
 * reaches documents.path or the result's source, whichever process made the outcome (a failure the pool or
 * the writer made up carries the raw path). The price: such a file cannot be found again by its stored path
 * (`iop retry` stores it NOT_FOUND); ingesting its folder again finds it by content.
 */
function masked(outcome: DocumentOutcome): DocumentOutcome {
  return {
    ...outcome,
    file: { ...outcome.file, path: maskIdentityNumbersInPath(outcome.file.path) },
    result: { ...outcome.result, source: maskIdentityNumbersInPath(outcome.result.source) },
  };
}
