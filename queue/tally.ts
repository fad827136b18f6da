/**
 * Counting an ingest as it goes — with the file being read and an estimate of the time left — and the
 * summary it ends with: done, skipped, failed by code, time, pages/s.
 */
import { basename } from 'node:path';
import { maskIdentityNumbersInPath } from '../pipeline/clean/identity-numbers.js';
import type { ErrorCode } from '../pipeline/contract.js';
import type { SourceFile } from '../output/writer.js';

/** What the processes report while a document is in work (embedded mode; workers' jobs are not watched). */
export interface Activity {
  started(file: SourceFile): void;
  /** A page of the file went to OCR: a page of work even before the document is done. */
  ocrPage(file: SourceFile): void;
}

export interface IngestSummary {
  /** Documents this run had to process. */
  total: number;
  done: number;
  skipped: number;
  duplicates: number;
  /** Symbolic links the folder walk could not follow (to nothing, or a loop). */
  brokenLinks: number;
  failed: number;
  failedByCode: Partial<Record<ErrorCode, number>>;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
}

export class Tally implements Activity {
  private readonly begun = performance.now();
  readonly total: number;
  done = 0;
  failed = 0;
  pages = 0;
  /** The file a process took last. */
  current: string | null = null;
  private readonly failedByCode: Partial<Record<ErrorCode, number>> = {};
  private readonly totalBytes: number;
  private bytesDone = 0;
  /** OCR pages of documents still in work, by content hash. */
  private readonly ocrInWork = new Map<string, number>();

  constructor(
    files: readonly SourceFile[],
    private readonly skipped: number,
    private readonly duplicates: number,
    private readonly brokenLinks = 0,
  ) {
    this.total = files.length;
    this.totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  }

  started(file: SourceFile): void {
    this.current = maskIdentityNumbersInPath(basename(file.path));
  }

  ocrPage(file: SourceFile): void {
    this.ocrInWork.set(file.sha256, (this.ocrInWork.get(file.sha256) ?? 0) + 1);
  }

  /** One stored document: its size and page count, and its error code when it failed. */
  count(file: SourceFile, pages: number, errorCode: ErrorCode | undefined): void {
    this.pages += pages;
    this.bytesDone += file.bytes;
    this.ocrInWork.delete(file.sha256);
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
    return (performance.now() - this.begun) / 1000;
  }

  /**
   * Seconds left, estimated by pages rather than documents (one protocol has 200 pages, the next 2): the
   * pages still to come are the remaining bytes at the pages per byte seen so far, and the pace counts the
   * OCR pages of documents still in work, so a long scanned document slows the estimate as it goes instead
   * of stalling it. Null until a document with pages is done.
   */
  get etaSeconds(): number | null {
    if (this.pages === 0 || this.bytesDone === 0) return null;
    let inWork = 0;
    for (const n of this.ocrInWork.values()) inWork += n;
    const progressed = this.pages + inWork;
    const expected = this.pages + ((this.totalBytes - this.bytesDone) * this.pages) / this.bytesDone;
    const pace = progressed / this.seconds;
    return pace > 0 ? Math.max(0, (expected - progressed) / pace) : null;
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
      brokenLinks: this.brokenLinks,
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
    `skipped   ${s.skipped} already stored${s.duplicates ? `, ${s.duplicates} duplicate files` : ''}${s.brokenLinks ? `, ${s.brokenLinks} broken or looping links` : ''}`,
    `failed    ${s.failed}${codes ? ` (${codes})` : ''}`,
    `time      ${s.seconds.toFixed(1)} s`,
    `pages/s   ${s.pagesPerSecond.toFixed(1)} (${s.pages} pages)`,
  ].join('\n');
}
