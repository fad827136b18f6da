/**
 * `iop refresh [--json]`: re-extract stored documents made by an older extractor version from their stored
 * text, and report per document and field what was added, removed or changed.
 */
import type { Command } from 'commander';
import { DEFAULT_DB, withDataset } from '../../../output/db/open.js';
import { refreshDataset, type RefreshedDocument } from '../../../queue/refresh.js';
import { ensureReconciled } from '../../../output/review/records.js';

function formatRefreshed(doc: RefreshedDocument): string {
  const lines = doc.changes.map((c) => {
    const where = c.partnership === null ? c.field : `partnership ${c.partnership} · ${c.field}`;
    if (c.kind === 'changed') return `  ${where}: changed ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`;
    return `  ${where}: ${c.kind} ${JSON.stringify(c.before ?? c.after)}`;
  });
  return [`${doc.path} (extractor ${doc.fromVersion} → ${doc.toVersion}): ${doc.changes.length ? `${doc.changes.length} changes` : 'no changes'}`, ...lines].join('\n');
}

export function registerRefresh(program: Command): void {
  program
    .command('refresh')
    .description('re-extract documents stored by an older extractor version, from their stored text, and report what changed')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--json', 'print NDJSON, one refreshed document with its changes per line')
    .action(async (options: { db: string; json?: boolean }) => {
      const refreshed = await withDataset(options.db, async (db) => {
        const documents = await refreshDataset(db);
        ensureReconciled(db); // records follow the refreshed documents (reviewed values are never overwritten)
        return documents;
      });
      for (const doc of refreshed) process.stdout.write(options.json ? `${JSON.stringify(doc)}\n` : `${formatRefreshed(doc)}\n`);
      if (!options.json) process.stdout.write(`${refreshed.length} documents refreshed\n`);
    });
}
