/**
 * `iop reconcile [--db FILE] [--json]`: rebuilds the partnership records from every stored document (the
 * review, serve and export commands also do this on their own when documents changed) and prints counts.
 */
import type { Command } from 'commander';
import { DEFAULT_DB, openDataset } from '../../../output/db/open.js';
import { rebuildRecords } from '../../../output/review/records.js';

export function registerReconcile(program: Command): void {
  program
    .command('reconcile')
    .description('link the stored documents into partnership records, with field histories, conflicts and predecessors')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--json', 'print the counts as JSON')
    .action((options: { db: string; json?: boolean }) => {
      const db = openDataset(options.db, { mustExist: true });
      try {
        const s = rebuildRecords(db);
        process.stdout.write(
          options.json
            ? `${JSON.stringify(s)}\n`
            : `${s.partnerships} partnerships, ${s.organisations} organisations, ${s.relations} predecessor relations, ${s.conflicts} conflicting fields, ${s.changedSinceReview} reviewed fields changed since review\n`,
        );
      } finally {
        db.close();
      }
    });
}
