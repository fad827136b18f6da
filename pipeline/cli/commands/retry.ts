/**
 * `iop retry [--code X]`: runs the failed documents again (all, or those with one error code), in embedded
 * or distributed mode like ingest, and prints the same summary.
 */
import type { Command } from 'commander';
import { withDataset } from '../../../output/db/open.js';
import { DatasetWriter } from '../../../output/writer.js';
import { planRetry } from '../../../queue/plan.js';
import { addRunOptions, reportingInputErrors, runAndReport, type RunCommandOptions } from './ingest.js';

export function registerRetry(program: Command): void {
  addRunOptions(
    program
      .command('retry')
      .description('run the failed documents again from their paths')
      .option('--code <code>', 'only failures with this error code (e.g. TIMEOUT)'),
  ).action((options: RunCommandOptions & { code?: string }) =>
    reportingInputErrors('retry', () =>
      withDataset(options.db, async (db) => {
        const plan = await planRetry(db, options.code);
        const writer = new DatasetWriter(db);
        for (const sha256 of plan.obsolete) writer.forget(sha256);
        await runAndReport(db, plan, options);
      }),
    ),
  );
}
