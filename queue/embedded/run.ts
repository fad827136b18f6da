/** Embedded mode: the files through the in-process pool, each outcome handed to the writer as it arrives (settles once stored). */
import type { DocumentOutcome, SourceFile } from '../../output/writer.js';
import type { Activity } from '../tally.js';
import { ProcessPool } from './pool.js';

export interface EmbeddedOptions {
  concurrency: number;
  timeoutMs: number;
  maxMemoryMb?: number;
}

export async function runEmbedded(
  files: readonly SourceFile[],
  options: EmbeddedOptions,
  onOutcome: (outcome: DocumentOutcome) => Promise<void>,
  activity: Activity,
): Promise<void> {
  const pool = new ProcessPool({ size: Math.max(1, Math.min(options.concurrency, files.length)), maxMemoryMb: options.maxMemoryMb });
  try {
    await Promise.all(
      files.map(async (file) => {
        const processed = await pool.run(file.path, {
          timeoutMs: options.timeoutMs,
          onStart: () => activity.started(file),
          onOcrPage: () => activity.ocrPage(file),
        });
        await onOutcome({ file, ...processed });
      }),
    );
  } finally {
    await pool.close();
  }
}
