/**
 * `iop serve [--db FILE] [--host H] [--port N] [--token T]`: the review page on http://127.0.0.1:8080/
 * by default. Bound to any other address it requires a token (generated and printed when not given) on
 * every request. Reviewers name themselves in the page; the server credits no one by default.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_DB, openDataset } from '../../../output/db/open.js';
import { ensureReconciled } from '../../../output/review/records.js';
import { startServer } from '../../../output/web/server.js';
import { EXIT } from '../exit-codes.js';

interface ServeCliOptions {
  db: string;
  host: string;
  port: string;
  token?: string;
}

/** What is wrong with the command line, in one line; null when nothing is. */
function usageProblem(options: ServeCliOptions, token: string | undefined): string | null {
  if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65535) return `--port takes a number from 0 to 65535 (0: any free port), not "${options.port}"`;
  if (!existsSync(options.db)) return `no dataset at ${options.db} (make one with iop ingest, or give --db FILE)`;
  if (token === '') return `the access token is empty (${options.token === '' ? '--token' : 'IOP_TOKEN'}): give a non-empty token, or none to have one generated`;
  return null;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the review page (127.0.0.1 unless --host; a token is required on any other address)')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0: any free one)', '8080')
    .option('--token <token>', 'access token (default: $IOP_TOKEN, else generated when not on 127.0.0.1)')
    .action(async (options: ServeCliOptions) => {
      const token = options.token ?? process.env.IOP_TOKEN;
      const problem = usageProblem(options, token);
      if (problem) {
        process.stderr.write(`iop serve: ${problem}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const db = openDataset(options.db, { mustExist: true });
      ensureReconciled(db);
      const server = await startServer(db, { host: options.host, port: Number(options.port), token });
      process.stdout.write(`iop serve: ${server.url}${server.token ? `?token=${server.token}` : ''}\n`);
      const stop = () => void server.close().then(() => db.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
