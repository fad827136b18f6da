/** `iop failed [--code X] [--json]`: the documents that failed, with their error code and message. */
import type { Command } from 'commander';
import { DEFAULT_DB, withDataset } from '../../../output/db/open.js';
import { listFailures } from '../../../output/failures.js';
import { formatTable } from '../table.js';

export function registerFailed(program: Command): void {
  program
    .command('failed')
    .description('list the documents that failed, with error code and message')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--code <code>', 'only failures with this error code (e.g. ENCRYPTED, TIMEOUT)')
    .option('--json', 'print NDJSON, one failed document per line')
    .action(async (options: { db: string; code?: string; json?: boolean }) => {
      const failures = await withDataset(options.db, (db) => listFailures(db, options.code));
      if (options.json) {
        for (const failure of failures) process.stdout.write(`${JSON.stringify(failure)}\n`);
      } else {
        const rows = failures.map((f) => [f.code, f.path, f.message, f.sha256.slice(0, 12)]);
        process.stdout.write(`${formatTable(['code', 'path', 'message', 'sha256'], rows)}\n${failures.length} failed\n`);
      }
    });
}
