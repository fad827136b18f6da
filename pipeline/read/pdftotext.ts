/**
 * A PDF's text layer through poppler's `pdftotext -raw`: one process per document, text in content-stream
 * order (the order pdf.js gives too; the default and -layout modes reorder columns), pages split on the
 * form feed pdftotext ends each page with. It reads two to three times as many pages per CPU-second as
 * pdf.js (README, `npm run bench:read`), and a child process is bounded from outside: its address space is
 * capped (`ulimit -v`), so a decompression bomb ends TOO_LARGE instead of taking the machine's memory, and
 * the document's deadline kills it.
 *
 * Null when pdftotext cannot give an answer (not installed, or it fails on this file): the caller falls back
 * to pdf.js, which then names the file's fault in its own words (CORRUPT, ENCRYPTED, …).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TextLayer } from './text-layer.js';
import { ReadError } from './types.js';

const run = promisify(execFile);

/** No real document's text comes near this; a file whose text does is refused rather than held in memory. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** What poppler prints when an allocation fails under the address-space cap. */
const OUT_OF_MEMORY = /out of memory|bad_alloc|cannot allocate/i;

let available: Promise<boolean> | undefined;

/** Whether poppler's pdftotext is on PATH (checked once per process). */
export function pdftotextAvailable(): Promise<boolean> {
  available ??= run('pdftotext', ['-v']).then(
    () => true,
    () => false,
  );
  return available;
}

export interface PdftotextInput {
  path: string;
  maxPages: number;
  maxMemoryMb: number;
  signal: AbortSignal;
}

export async function pdftotextTextLayer(input: PdftotextInput): Promise<TextLayer | null> {
  if (!(await pdftotextAvailable())) return null;
  // One page past the limit is enough to know the file is over it, without reading all of a huge one.
  const args = ['-raw', '-enc', 'UTF-8', '-q', '-l', String(input.maxPages + 1), input.path, '-'];
  let stdout: string;
  try {
    ({ stdout } = await run('/bin/sh', ['-c', 'ulimit -v "$0" && exec pdftotext "$@"', String(input.maxMemoryMb * 1024), ...args], {
      signal: input.signal,
      maxBuffer: MAX_OUTPUT_BYTES,
      encoding: 'utf8',
    }));
  } catch (error) {
    input.signal.throwIfAborted();
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') throw new ReadError('TOO_LARGE', `the text layer is larger than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB`);
    if (OUT_OF_MEMORY.test(failure.stderr ?? '')) {
      throw new ReadError('TOO_LARGE', `reading needs more than the memory limit of ${input.maxMemoryMb} MB`);
    }
    return null;
  }
  // Every page ends with a form feed, the last one too.
  const pages = stdout.split('\f');
  if (pages.at(-1) === '') pages.pop();
  if (pages.length === 0) return null;
  if (pages.length > input.maxPages) throw new ReadError('TOO_LARGE', `more than ${input.maxPages} pages, the limit`);
  return { pages, unparsed: [], warnings: [] };
}
