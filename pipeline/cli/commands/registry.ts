/**
 * `iop registry [--format md|html] [--out FILE]`: the registry as a person would publish it — grouped by
 * kommun and region, one line per partnership with its parties, period, amount and kind, linked to the pages
 * of the documents it was read from. Records marked not a partnership are left out.
 */
import { Option, type Command } from 'commander';
import { DEFAULT_DB, withDataset } from '../../../output/db/open.js';
import { buildRegistry } from '../../../output/export/registry-entries.js';
import { registryHtml } from '../../../output/export/registry-html.js';
import { registryMarkdown } from '../../../output/export/registry-markdown.js';
import { openOutput } from '../output-file.js';

const RENDER = { md: registryMarkdown, html: registryHtml } as const;

export function registerRegistry(program: Command): void {
  program
    .command('registry')
    .description('write the registry as a publishable list, grouped by kommun/region, with links to the evidence (Markdown or a static HTML page)')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'md or html').choices(Object.keys(RENDER)).default('md'))
    .option('--out <file>', 'write to this file instead of stdout (links to the documents are relative to its folder)')
    .addHelpText('after', '\nExamples:\n  iop registry --out registry.md\n  iop registry --format html --out public/iop.html\n')
    .action((options: { db: string; format: keyof typeof RENDER; out?: string }) =>
      withDataset(options.db, async (db) => {
        const out = openOutput(options.out);
        const registry = buildRegistry(db, { dbFile: options.db, outFile: options.out });
        out.stream.write(RENDER[options.format](registry));
        await out.close();
        if (options.out) process.stderr.write(`iop registry: ${registry.partnerships} partnerships → ${options.out}\n`);
      }),
    );
}
