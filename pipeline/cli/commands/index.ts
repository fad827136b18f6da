/** Every command, one module each; the order here is the order `iop --help` lists them in. */
import type { Command } from 'commander';
import { registerRead } from './read.js';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerWorker } from './worker.js';
import { registerFailed } from './failed.js';
import { registerRetry } from './retry.js';
import { registerRefresh } from './refresh.js';
import { registerExport } from './export.js';
import { registerStats } from './stats.js';
import { registerReconcile } from './reconcile.js';
import { registerReview } from './review.js';
import { registerServe } from './serve.js';

export function registerCommands(program: Command): void {
  registerRead(program);
  registerExtract(program);
  registerEval(program);
  registerIngest(program);
  registerWorker(program);
  registerFailed(program);
  registerRetry(program);
  registerRefresh(program);
  registerExport(program);
  registerStats(program);
  registerReconcile(program);
  registerReview(program);
  registerServe(program);
}
