/**
 * `iop doctor [--db FILE] [--redis URL]`: checks Node, poppler (pdftotext, pdftoppm), tesseract with the
 * Swedish model, Redis (when --redis or REDIS_URL names one) and the dataset's schema version, and prints the
 * Debian packages to install for whatever is missing. Exit 1 when a required check fails.
 */
import type { Command } from 'commander';
import { DEFAULT_DB } from '../../../output/db/default-file.js';
import { runChecks } from '../doctor/checks.js';
import { EXIT } from '../exit-codes.js';
import { formatTable } from '../table.js';

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check Node, poppler, tesseract with Swedish data, Redis (when configured) and the dataset; print what to install')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--redis <url>', 'check this Redis (default: $REDIS_URL; none checked without either)')
    .action(async (options: { db: string; redis?: string }) => {
      const checks = await runChecks({ db: options.db, redis: options.redis ?? process.env.REDIS_URL });
      const state = (c: (typeof checks)[number]) => (c.ok ? 'ok' : c.optional ? 'optional' : 'MISSING');
      process.stdout.write(`${formatTable(['check', 'state', 'detail'], checks.map((c) => [c.name, state(c), c.detail]))}\n`);
      const packages = [...new Set(checks.filter((c) => !c.ok).flatMap((c) => c.install))];
      if (packages.length) process.stdout.write(`\nTo install (Debian/Ubuntu): sudo apt-get install -y ${packages.join(' ')}\n`);
      if (checks.some((c) => !c.ok && !c.optional)) process.exitCode = EXIT.failed;
    });
}
