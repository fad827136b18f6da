/**
 * `iop export [--format csv|ndjson|json] [--out FILE]`: the registry — one row per reconciled partnership
 * record with the reviewers' values applied, records marked not a partnership left out. `--statements`
 * exports instead one row per partnership as each document states it.
 */
import { Option, type Command } from 'commander';
import { DEFAULT_DB, withDataset } from '../../../output/db/open.js';
import { REGISTRY_COLUMNS, registryRows } from '../../../output/export/registry.js';
import { STATEMENT_COLUMNS, statementRows } from '../../../output/export/rows.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../../../output/export/write.js';
import { openOutput } from '../output-file.js';

interface ExportOptions {
  db: string;
  format: ExportFormat;
  out?: string;
  statements?: boolean;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the registry: one row per partnership record, reviewers\' values applied (CSV for Swedish Excel, NDJSON or JSON)')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('csv'))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--statements', 'one row per partnership as each document states it, with the machine\'s confidence per field')
    .addOption(new Option('--reconciled', 'the registry (the default; kept for scripts written before it was)').hideHelp().conflicts('statements'))
    .addHelpText('after', '\nExamples:\n  iop export --out iop.csv\n  iop export --format ndjson --statements > statements.ndjson\n')
    .action(async (options: ExportOptions) => {
      const count = await withDataset(options.db, async (db) => {
        const out = openOutput(options.out); // after the dataset opened: a wrong --db leaves no empty file behind
        const [rows, columns] = options.statements ? [statementRows(db), STATEMENT_COLUMNS] : [registryRows(db), REGISTRY_COLUMNS];
        await writeExport(rows, columns, options.format, out.stream);
        await out.close();
        return rows.length;
      });
      if (options.out) process.stderr.write(`iop export: ${count} ${options.statements ? 'statements' : 'partnerships'} → ${options.out}\n`);
    });
}
