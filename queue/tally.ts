/** Counting an ingest as it goes, and the summary it ends with: done, skipped, failed by code, time, pages/s. */
import type { ErrorCode } from '../pipeline/contract.js';

export interface IngestSummary {
  /** Documents this run had to process. */
  total: number;
  done: number;
  skipped: number;
  duplicates: number;
  failed: number;
  failedByCode: Partial<Record<ErrorCode, number>>;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
}

export class Tally {
  private readonly started = performance.now();
  done = 0;
  failed = 0;
  pages = 0;
  private readonly failedByCode: Partial<Record<ErrorCode, number>> = {};

  constructor(
    readonly total: number,
    private readonly skipped: number,
    private readonly duplicates: number,
  ) {}

  /** One stored document: its page count, and its error code when it failed. */
  count(pages: number, errorCode: ErrorCode | undefined): void {
    this.pages += pages;
    if (errorCode === undefined) {
      this.done++;
    } else {
      this.failed++;
      this.failedByCode[errorCode] = (this.failedByCode[errorCode] ?? 0) + 1;
    }
  }

  get finished(): number {
    return this.done + this.failed;
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  get pagesPerSecond(): number {
    return this.seconds > 0 ? this.pages / this.seconds : 0;
  }

  summary(): IngestSummary {
    const seconds = this.seconds;
    return {
      total: this.total,
      done: this.done,
      skipped: this.skipped,
      duplicates: this.duplicates,
      failed: this.failed,
      failedByCode: { ...this.failedByCode },
      pages: this.pages,
      seconds: Math.round(seconds * 1000) / 1000,
      pagesPerSecond: Math.round((seconds > 0 ? this.pages / seconds : 0) * 10) / 10,
    };
  }
}

export function formatSummary(s: IngestSummary): string {
  const codes = Object.entries(s.failedByCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `done      ${s.done}`,
    `skipped   ${s.skipped} already stored${s.duplicates ? `, ${s.duplicates} duplicate files` : ''}`,
    `failed    ${s.failed}${codes ? ` (${codes})` : ''}`,
    `time      ${s.seconds.toFixed(1)} s`,
    `pages/s   ${s.pagesPerSecond.toFixed(1)} (${s.pages} pages)`,
  ].join('\n');
}
