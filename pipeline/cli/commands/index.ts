/**
 * Every command, one module each, loaded only when its command runs (or its help is asked for): `iop --help`
 * and a command's start then never pay for the others' imports (BullMQ, pdf.js, the extractors). The order
 * here is the order `iop --help` lists them in; the summary is the line it shows.
 */
import type { Command } from 'commander';

interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<(program: Command) => void>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'read', summary: "print each file's clean text page by page, as the extractors see it", load: async () => (await import('./read.js')).registerRead },
  { name: 'extract', summary: 'extract the contract fields from each file (NDJSON with --json)', load: async () => (await import('./extract.js')).registerExtract },
  { name: 'eval', summary: 'score extraction over DIR/docs against DIR/gold', load: async () => (await import('./eval.js')).registerEval },
  { name: 'ingest', summary: 'read and extract every PDF, .txt and .md under the paths into the dataset', load: async () => (await import('./ingest.js')).registerIngest },
  { name: 'worker', summary: 'process documents queued by `iop ingest --redis` (BullMQ)', load: async () => (await import('./worker.js')).registerWorker },
  { name: 'failed', summary: 'list the documents that failed, with error code and message', load: async () => (await import('./failed.js')).registerFailed },
  { name: 'retry', summary: 'run the failed documents again from their paths', load: async () => (await import('./retry.js')).registerRetry },
  { name: 'refresh', summary: 're-extract documents stored by an older extractor version', load: async () => (await import('./refresh.js')).registerRefresh },
  { name: 'export', summary: 'the registry, one row per partnership record, reviews applied (CSV, NDJSON, JSON)', load: async () => (await import('./export.js')).registerExport },
  { name: 'registry', summary: 'the registry as a publishable list by kommun/region (Markdown or HTML)', load: async () => (await import('./registry.js')).registerRegistry },
  { name: 'stats', summary: 'counts by document type and error code, field coverage, values needing review', load: async () => (await import('./stats.js')).registerStats },
  { name: 'reconcile', summary: 'link the stored documents into partnership records', load: async () => (await import('./reconcile.js')).registerReconcile },
  { name: 'review', summary: 'the review queue: list, show, accept, correct, reject, merge, split', load: async () => (await import('./review.js')).registerReview },
  { name: 'serve', summary: 'serve the review page', load: async () => (await import('./serve.js')).registerServe },
  { name: 'doctor', summary: 'check the system: Node, poppler, tesseract with Swedish, Redis, the dataset; say what to install', load: async () => (await import('./doctor.js')).registerDoctor },
];

/**
 * Registers the command argv names in full (loading its module) and every other one as a name and summary
 * only, enough for `iop --help` and for commander's "unknown command" suggestions.
 */
export async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  const words = argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const wanted = words[0] === 'help' ? words[1] : words[0];
  for (const entry of COMMANDS) {
    if (entry.name === wanted) (await entry.load())(program);
    else program.command(entry.name).summary(entry.summary);
  }
}
