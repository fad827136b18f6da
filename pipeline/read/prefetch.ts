/**
 * The text layer of the PDF a process reads next, started early. A pool process reads a document, then
 * extracts it: extraction is synchronous JavaScript, during which the process would start nothing else.
 * Started before it, the next document's pdftotext runs on the other core's idle time (or the machine's)
 * while this one is extracted, and its reading then only waits for what is left.
 *
 * One prefetch at a time: a new one, or a read of another file, discards the one before (its pdftotext is
 * killed). The document's own deadline starts when its read does: a prefetch taken by that read is aborted
 * with it, and until then it runs under its own memory cap (pdftotext.ts), as every pdftotext does.
 */
import { pdftotextTextLayer } from './pdftotext.js';
import type { TextLayer } from './text-layer.js';

export interface PrefetchLimits {
  maxPages: number;
  maxMemoryMb: number;
}

interface Prefetch extends PrefetchLimits {
  path: string;
  controller: AbortController;
  layer: Promise<TextLayer | null>;
}

let pending: Prefetch | null = null;

/** Only a PDF by its name is prefetched: another file's read never asks for pdftotext. */
const PDF_NAME = /\.pdf$/i;

/** Starts pdftotext on the file a process will read next (a PDF by its name; anything else is left alone). */
export function prefetchTextLayer(path: string, limits: PrefetchLimits): void {
  discardPrefetch();
  if (!PDF_NAME.test(path)) return;
  const controller = new AbortController();
  const layer = pdftotextTextLayer({ path, ...limits, signal: controller.signal });
  // Its failure (TOO_LARGE, an abort) is the read's to report once it takes it; until then it is no crash.
  layer.catch(() => undefined);
  pending = { path, ...limits, controller, layer };
}

/**
 * The prefetched text layer of `path`, if one was started with the same limits (null otherwise: the caller
 * runs pdftotext itself). It is the caller's from now on: aborting `signal` kills its pdftotext.
 */
export function takePrefetched(path: string, limits: PrefetchLimits, signal: AbortSignal): Promise<TextLayer | null> | null {
  const taken = pending;
  if (!taken || taken.path !== path || taken.maxPages !== limits.maxPages || taken.maxMemoryMb !== limits.maxMemoryMb) {
    discardPrefetch();
    return null;
  }
  pending = null;
  if (signal.aborted) taken.controller.abort();
  else signal.addEventListener('abort', () => taken.controller.abort(), { once: true });
  return taken.layer;
}

/** Kills a prefetch nobody took (another file came, or the process is ending). */
export function discardPrefetch(): void {
  pending?.controller.abort();
  pending = null;
}
