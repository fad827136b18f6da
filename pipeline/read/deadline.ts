/**
 * The time limit of reading one document, as a deadline that OCR can push back. In-process work (pdf.js,
 * clean-up) has timeoutMs in all; each page sent to OCR adds that page's own limit, so a long scanned
 * document is not cut off by a limit meant to catch a pathological PDF, and a stuck OCR page is still
 * killed (its child processes get the per-page signal).
 */
import { ReadError } from './types.js';

export class Deadline {
  readonly signal: AbortSignal;
  /** Rejects with TIMEOUT when the deadline passes; race the reading against it. */
  readonly expired: Promise<never>;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private reject: (error: ReadError) => void = () => {};
  private end: number;

  constructor(private limitMs: number) {
    this.signal = this.controller.signal;
    this.end = Date.now() + limitMs;
    this.expired = new Promise<never>((_, reject) => {
      this.reject = reject;
    });
    this.schedule();
  }

  /** Gives the document `ms` more (one OCR page's allowance). */
  extend(ms: number): void {
    this.limitMs += ms;
    this.end += ms;
    this.schedule();
  }

  /** The error the reading ends with once the deadline has passed. */
  get error(): ReadError {
    return new ReadError('TIMEOUT', `reading took longer than ${this.limitMs} ms`);
  }

  /** Throws TIMEOUT when the deadline has passed: for synchronous work, which the timer cannot interrupt. */
  throwIfPassed(): void {
    if (Date.now() >= this.end) throw this.error;
  }

  /** Stops the timer and cancels whatever still runs (a finished or failed read). */
  dispose(): void {
    clearTimeout(this.timer);
    this.controller.abort();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const error = this.error;
      this.controller.abort(error);
      this.reject(error);
    }, Math.max(0, this.end - Date.now()));
  }
}
