/**
 * `iop extract FILE... [--json]`: the contract for each file, in input order. With --json one NDJSON
 * line per file (a file that fails gets its error and empty fields); without, a readable summary per
 * document. Exit 1 when any file failed.
 */
import type { Command } from 'commander';
import type { DocumentResult, Field } from '../../contract.js';
import { extractFile } from '../../extract-file.js';
import { showAmount, showPeriod } from '../../eval/score.js';
import { EXIT } from '../exit-codes.js';
import { fixed3, formatTable, type Cell } from '../table.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the contract fields from each file (NDJSON with --json, one line per file in input order)')
    .argument('<files...>', 'documents to read (PDF or text)')
    .option('--json', 'print one JSON object per file (NDJSON), as ../shared/CONTRACT.md defines')
    .action(async (files: string[], options: { json?: boolean }) => {
      let failed = false;
      for (const file of files) {
        const result = await extractFile(file);
        failed ||= result.error !== undefined;
        process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${formatSummary(result)}\n\n`);
      }
      if (failed) process.exitCode = EXIT.failed;
    });
}

/** One row per value: field, value, confidence, the pages its evidence is on, and whether to review it. */
export function formatSummary(result: DocumentResult): string {
  if (result.error) return `${result.source}: FAILED ${result.error.code}: ${result.error.message}`;
  const rows: Cell[][] = [];
  const add = <T>(name: string, field: Field<T> | null, show: (value: T) => string = String) => {
    if (!field) return;
    const pages = [...new Set(field.evidence.map((e) => e.page))].filter((p) => p !== null).join(',');
    rows.push([name, show(field.value), fixed3(field.confidence), pages || null, field.needsReview ? 'review' : '']);
  };
  add('docType', result.docType);
  result.diarienummer.forEach((f) => add('diarienummer', f));
  result.diarienummerRefs.forEach((f) => add('diarienummerRefs', f));
  add('decision', result.decision, (d) => [d.outcome, d.body, d.paragraph, d.date].filter(Boolean).join(', '));
  result.partnerships.forEach((p, i) => {
    const prefix = result.partnerships.length > 1 ? `[${i + 1}] ` : '';
    p.ideburna.forEach((f) => add(`${prefix}ideburna`, f));
    p.offentliga.forEach((f) => add(`${prefix}offentliga`, f));
    p.organ.forEach((f) => add(`${prefix}organ`, f));
    p.amounts.forEach((f) => add(`${prefix}amount`, f, showAmount));
    add(`${prefix}period`, p.period, showPeriod);
    add(`${prefix}extension`, p.extension);
    p.targetGroups.forEach((f) => add(`${prefix}targetGroup`, f));
  });
  return `${result.source}\n${formatTable(['field', 'value', 'confidence', 'page', 'needs review'], rows)}`;
}
