/** `iop eval DIR [--json] [--verbose]`: extraction over DIR/docs scored against DIR/gold (see README "Evaluation"). */
import type { Command } from 'commander';
import { formatReport } from '../../eval/report.js';
import { evaluateDir } from '../../eval/run.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction over DIR/docs against DIR/gold: per-field precision/recall/F1, listing rows, calibration')
    .argument('<dir>', 'a folder with docs/ and gold/ (format: fixtures/devset/SCHEMA.md)')
    .option('--only <prefixes>', 'score only documents whose names start with one of these comma-separated prefixes (e.g. "d_,e_")')
    .option('--json', 'print the report as one JSON object')
    .option('--verbose', 'list every miss (document, field, expected, got); with --json also every judged value')
    .action(async (dir: string, options: { only?: string; json?: boolean; verbose?: boolean }) => {
      const only = options.only?.split(',').map((p) => p.trim()).filter(Boolean);
      const report = await evaluateDir(dir, only);
      const { misses, values, ...summary } = report;
      process.stdout.write(options.json ? `${JSON.stringify(options.verbose ? report : summary, null, 2)}\n` : `${formatReport(report, options.verbose ?? false)}\n`);
    });
}
