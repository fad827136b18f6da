/**
 * `iop export --format csv|ndjson|json [--out FILE]`: one row per partnership with its fields, per-field
 * confidence and needs-review columns, and its source document.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { DEFAULT_DB, withDataset } from '../../../output/db/open.js';
import { exportRows } from '../../../output/export/rows.js';
import { reconciledExportRows } from '../../../output/review/export-records.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../../../output/export/write.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export one row per partnership (CSV for Swedish Excel, NDJSON or JSON)')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--reconciled', "one row per reconciled partnership (linked across documents), with each field's review status and the source documents")
    .action(async (options: { db: string; format: ExportFormat; out?: string; reconciled?: boolean }) => {
      const rows = await withDataset(options.db, options.reconciled ? reconciledExportRows : exportRows);
      // A reader that stops early (`| head`) is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(0) : undefined));
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      await writeExport(rows, options.format, out);
      if (options.out) {
        out.end();
        await finished(out);
        process.stderr.write(`iop export: ${rows.length} partnerships → ${options.out}\n`);
      }
    });
}
