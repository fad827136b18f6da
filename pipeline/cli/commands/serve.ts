/**
 * `iop serve [--db FILE] [--host H] [--port N] [--token T] [--reviewer NAME]`: the review page on
 * http://127.0.0.1:8080/ by default. Bound to any other address it requires a token (generated and
 * printed when not given) on every request.
 */
import type { Command } from 'commander';
import { DEFAULT_DB, openDataset } from '../../../output/db/open.js';
import { ensureReconciled } from '../../../output/review/records.js';
import { startServer } from '../../../output/web/server.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the review page (127.0.0.1 unless --host; a token is required on any other address)')
    .option('--db <file>', 'the SQLite dataset', DEFAULT_DB)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0: any free one)', (v) => Number.parseInt(v, 10), 8080)
    .option('--token <token>', 'access token (default: generated when not on 127.0.0.1; $IOP_TOKEN)')
    .option('--reviewer <name>', 'reviewer for actions that name none (default: $USER)')
    .action(async (options: { db: string; host: string; port: number; token?: string; reviewer?: string }) => {
      const db = openDataset(options.db, { mustExist: true });
      ensureReconciled(db);
      const server = await startServer(db, { host: options.host, port: options.port, token: options.token ?? process.env.IOP_TOKEN, reviewer: options.reviewer ?? process.env.USER ?? null });
      process.stdout.write(`iop serve: ${server.url}${server.token ? `?token=${server.token}` : ''}\n`);
      const stop = () => void server.close().then(() => db.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
