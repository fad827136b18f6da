/** `iop stats [--json]`: documents by type and error code, field coverage, values needing review. */
import type { Command } from 'commander';
import { DEFAULT_DB, withDataset } from '../../../output/db/open.js';
import { datasetStats, type DatasetStats } from '../../../output/stats.js';
import { formatTable } from '../table.js';

const percent = (n: number, of: number) => (of > 0 ? `${Math.round((100 * n) / of)}%` : '—');

function formatStats(s: DatasetStats): string {
  const tally = (title: string, counts: Record<string, number>) =>
    formatTable([title, 'documents'], Object.entries(counts).map(([key, n]) => [key, n]));
  return [
    `${s.documents} documents (${s.done} done, ${s.failed} failed), ${s.pages} pages, ${s.partnerships} partnerships, ${s.organisations} organisations`,
    `${s.done} documents read, ${s.withoutPartnership} with no partnership matter; ${s.matters} matters, ${s.partnershipMatters} of them partnership matters`,
    tally('document type', s.byDocType),
    tally('error code', s.byErrorCode),
    tally('extractor version', s.byExtractorVersion),
    formatTable(
      ['field', 'covered', 'of', 'coverage', 'values', 'needs review'],
      s.fields.map((f) => [f.field, f.covered, f.of, percent(f.covered, f.of), f.values, f.needsReview]),
    ),
  ].join('\n\n');
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts by document type and error code, field coverage, values needing review')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--json', 'print the statistics as JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      const stats = await withDataset(options.db, datasetStats);
      process.stdout.write(options.json ? `${JSON.stringify(stats)}\n` : `${formatStats(stats)}\n`);
    });
}
