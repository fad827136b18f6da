/**
 * Outcomes on their way to the one writer, stored many per transaction (DatasetWriter.storeMany): a batch
 * is stored when it holds `documents` outcomes or when its first has waited `ms` — each document still
 * all-or-nothing in its own savepoint. `add` settles when its own outcome is stored, or with the error that
 * kept it out, so a caller that must hold on to a result until it is stored (a BullMQ result job) waits for
 * exactly that. One commit per batch instead of per document is what keeps the writer ahead of the readers.
 */
import type { DocumentOutcome } from '../output/writer.js';

export interface BatchLimits {
  documents: number;
  ms: number;
}

/** Small enough that progress stays live and a kill loses at most a moment's work (it is read again). */
export const DEFAULT_BATCH: BatchLimits = { documents: 64, ms: 200 };

interface Waiting {
  outcome: DocumentOutcome;
  resolve: (id: number) => void;
  reject: (error: Error) => void;
}

export class StoreBatch {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly storeMany: (outcomes: readonly DocumentOutcome[]) => (number | Error)[],
    private readonly limits: BatchLimits = DEFAULT_BATCH,
  ) {}

  /** Queues an outcome; resolves with its documents.id once its batch is stored. */
  add(outcome: DocumentOutcome): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ outcome, resolve, reject });
      if (this.waiting.length >= this.limits.documents) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.limits.ms);
    });
  }

  /** Stores what is waiting now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    let stored: (number | Error)[];
    try {
      stored = this.storeMany(batch.map((w) => w.outcome));
    } catch (error) {
      // The transaction itself failed (the disk, a lock): nothing of the batch was stored.
      for (const w of batch) w.reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    batch.forEach((w, i) => {
      const result = stored[i]!;
      if (result instanceof Error) w.reject(result);
      else w.resolve(result);
    });
  }
}
