/**
 * The reading stage: any input file → clean text per page (see types.ts). readDocument = read + clean:
 * the raw text of a PDF (text layer, or OCR for scanned pages) or of a text file (encoding detected) goes
 * through the clean stage, so every page it returns is the text that evidence offsets point into.
 *
 * Every failure is a ReadError with a stable code. The time limit (deadline.ts) is a race against the
 * reading: it ends the wait at once and cancels what can be cancelled (OCR child processes are killed, the
 * page loop stops before its next page, pdftotext and the pdf.js reading child are killed). The memory
 * limit bounds the reader processes (pdftotext.ts, pdfjs-host.ts), so no PDF can take the caller's memory.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { maskIdentityNumbersInPath } from '../clean/identity-numbers.js';
import { cleanPages } from '../clean/index.js';
import { Deadline } from './deadline.js';
import { readPdfPages } from './pdf.js';
import { prefetchTextLayer } from './prefetch.js';
import { detectFormat } from './sniff.js';
import type { PdfReader } from './text-layer.js';
import { decodeText } from './text-encoding.js';
import { DEFAULT_READ_LIMITS, ReadError, type Page, type ReadDocument, type ReadMeta, type ReadOptions } from './types.js';

export type { ReadOptions } from './types.js';

export async function readDocument(path: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const limits = resolveLimits(options);
  // The path as stored and shown: personnummer in folder and file names masked (the file is read by its real path).
  const shownPath = maskIdentityNumbersInPath(path);
  const bytes = await readBytes(path, limits.maxBytes).catch((error: unknown) => {
    throw withIdentity(error, { path: shownPath });
  });
  const identity = { path: shownPath, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  const deadline = new Deadline(limits.timeoutMs);
  try {
    const raw = await Promise.race([readRaw(path, bytes, limits, deadline), deadline.expired]);
    // The clean stage runs synchronously (and in linear time): the limit covers it, checked once it is done.
    const { pages, maskedIdentityNumbers, runningLines } = cleanPages(raw.pages);
    deadline.throwIfPassed();
    if (!pages.some((page) => page.text.trim())) {
      throw new ReadError(raw.format === 'text' ? 'EMPTY' : 'NO_TEXT', raw.format === 'text' ? 'the file holds no text' : noTextMessage(raw.warnings));
    }
    const meta: ReadMeta = {
      ...identity,
      format: raw.format,
      ...(raw.reader ? { reader: raw.reader } : {}),
      paged: raw.format === 'pdf',
      ...(raw.encoding ? { encoding: raw.encoding } : {}),
      pageCount: pages.length,
      ocrPages: raw.ocrPages,
      maskedIdentityNumbers,
      runningLines: runningLines.map(({ pageIndex, text }) => ({ page: pages[pageIndex]!.number, text })),
      warnings: raw.warnings,
    };
    return { pages, meta };
  } catch (error) {
    throw withIdentity(deadline.signal.aborted ? deadline.error : error, identity);
  } finally {
    deadline.dispose();
  }
}

/**
 * Starts reading the file this process will read next (prefetch.ts: a PDF's pdftotext), with the limits its
 * own readDocument will have, so that its read takes it up.
 */
export function prefetchDocument(path: string, options: ReadOptions = {}): void {
  const limits = resolveLimits(options);
  if (limits.pdfReader !== 'pdf.js') prefetchTextLayer(path, limits);
}

function resolveLimits(options: ReadOptions): Required<ReadOptions> {
  return {
    timeoutMs: options.timeoutMs ?? DEFAULT_READ_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULT_READ_LIMITS.maxBytes,
    maxPages: options.maxPages ?? DEFAULT_READ_LIMITS.maxPages,
    maxMemoryMb: options.maxMemoryMb ?? DEFAULT_READ_LIMITS.maxMemoryMb,
    pdfReader: options.pdfReader ?? pdfReaderFromEnvironment() ?? DEFAULT_READ_LIMITS.pdfReader,
    ocrPageTimeoutMs: options.ocrPageTimeoutMs ?? DEFAULT_READ_LIMITS.ocrPageTimeoutMs,
    // IOP_OCR=0 turns OCR off where no option reaches (an ingest's pool children, a test's command line).
    ocr: options.ocr ?? process.env.IOP_OCR !== '0',
    onOcrPage: options.onOcrPage ?? (() => {}),
  };
}

/** IOP_PDF_READER=pdf.js (or pdftotext) forces one reader where no option reaches: an ingest's pool, `iop eval`, a benchmark. */
function pdfReaderFromEnvironment(): ReadOptions['pdfReader'] {
  const value = process.env.IOP_PDF_READER;
  if (value === undefined || value === '') return undefined;
  if (value === 'auto' || value === 'pdftotext' || value === 'pdf.js') return value;
  throw new ReadError('INTERNAL', `IOP_PDF_READER must be auto, pdftotext or pdf.js, not "${value}"`);
}

interface RawDocument {
  format: 'pdf' | 'text';
  pages: Page[];
  reader?: PdfReader;
  encoding?: string;
  ocrPages: number;
  warnings: string[];
}

async function readRaw(path: string, bytes: Uint8Array, limits: Required<ReadOptions>, deadline: Deadline): Promise<RawDocument> {
  const format = detectFormat(path, bytes);
  if (format === 'pdf') {
    const pdf = await readPdfPages({
      path,
      maxPages: limits.maxPages,
      maxMemoryMb: limits.maxMemoryMb,
      reader: limits.pdfReader,
      ocr: limits.ocr,
      signal: deadline.signal,
      ocrPageTimeoutMs: limits.ocrPageTimeoutMs,
      onOcrPage: () => {
        deadline.extend(limits.ocrPageTimeoutMs);
        limits.onOcrPage();
      },
    });
    return { format, ...pdf };
  }
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw new ReadError('NOT_A_DOCUMENT', 'the file holds binary data, not text');
  // A form feed is a page break in plain text (pdftotext output, printer files).
  const pages = text.split('\f').map((pageText, index): Page => ({ number: index + 1, text: pageText, source: 'text-layer' }));
  return { format, pages, encoding, ocrPages: 0, warnings: [] };
}

async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ReadError('NOT_A_DOCUMENT', 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('NOT_FOUND', `cannot open the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size === 0) throw new ReadError('EMPTY', 'the file is empty (0 bytes)', { bytes: 0 });
  if (size > maxBytes) throw new ReadError('TOO_LARGE', `${size} bytes, more than the limit of ${maxBytes}`, { bytes: size });
  return new Uint8Array(await readFile(path));
}

/** Why no page has text, in one line: the first page's warning says whether OCR was missing or failed. */
function noTextMessage(warnings: readonly string[]): string {
  if (warnings.length === 0) return 'no page has any text (OCR found none either)';
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more page(s) alike)` : '';
  return `no page has text: ${warnings[0]}${more}`;
}

/** Every failure carries the file's identity, so a failed file can still be stored under its hash. */
function withIdentity(error: unknown, identity: ReadError['meta']): ReadError {
  if (!(error instanceof ReadError)) {
    return new ReadError('INTERNAL', `unexpected failure while reading: ${error instanceof Error ? error.message : String(error)}`, identity);
  }
  return new ReadError(error.code, error.message, { ...error.meta, ...identity });
}
