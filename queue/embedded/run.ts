/** Embedded mode: the files through the in-process pool, each outcome handed to the writer as it arrives. */
import type { DocumentOutcome, SourceFile } from '../../output/writer.js';
import { ProcessPool } from './pool.js';

export interface EmbeddedOptions {
  concurrency: number;
  timeoutMs: number;
}

export async function runEmbedded(files: readonly SourceFile[], options: EmbeddedOptions, onOutcome: (outcome: DocumentOutcome) => void): Promise<void> {
  const pool = new ProcessPool(Math.max(1, Math.min(options.concurrency, files.length)), options.timeoutMs);
  try {
    await Promise.all(files.map(async (file) => onOutcome({ file, ...(await pool.run(file.path)) })));
  } finally {
    pool.close();
  }
}
