/** What the reading stage hands on: clean text per page, and what it learnt about the file. */
import type { ErrorCode } from '../contract.js';
import type { PdfReader } from './text-layer.js';

export type PageSource = 'text-layer' | 'ocr';

export interface Page {
  /** 1-based page number (a plain-text file is one page, number 1, unless it has form feeds). */
  number: number;
  /** The page's clean text; evidence offsets point into this string. */
  text: string;
  source: PageSource;
}

export interface ReadMeta {
  path: string;
  bytes: number;
  /** sha256 of the file's bytes, hex: the document's identity in the dataset and the queue. */
  sha256: string;
  format: 'pdf' | 'text';
  /** Which program read a PDF's text layer (absent for text files). */
  reader?: PdfReader;
  /** True for PDFs (evidence carries page numbers), false for plain text (evidence page is null). */
  paged: boolean;
  /** Detected encoding of a text file ('utf-8', 'utf-16le', 'windows-1252', …). */
  encoding?: string;
  pageCount: number;
  ocrPages: number;
  /** Personnummer/samordningsnummer masked in the text before anything downstream saw it. */
  maskedIdentityNumbers: number;
  /**
   * Running header/footer lines removed from the page text, each once, with the page it first stood on:
   * a protocol's header often carries the body and the meeting date ("Kommunstyrelsen",
   * "Sammanträdesdatum 2024-05-14") that its pages do not repeat.
   */
  runningLines: Array<{ page: number; text: string }>;
  /** Per-page or per-file warnings that did not stop reading (e.g. "page 3: no text layer and no OCR available"). */
  warnings: string[];
}

export interface ReadDocument {
  pages: Page[];
  meta: ReadMeta;
}

/** Limits and switches for reading one document; every field has a default (see DEFAULT_READ_LIMITS). */
export interface ReadOptions {
  /** Abort reading one document after this many milliseconds (TIMEOUT), plus ocrPageTimeoutMs per OCR page. */
  timeoutMs?: number;
  /** Limit of one page's OCR; a page that overruns it gets a warning. Each OCR page extends the document's limit by this. */
  ocrPageTimeoutMs?: number;
  /** Refuse files larger than this many bytes (TOO_LARGE). */
  maxBytes?: number;
  /** Refuse PDFs with more pages than this (TOO_LARGE). */
  maxPages?: number;
  /**
   * The memory one document's reading may take, in MB (TOO_LARGE beyond): pdftotext's address space, the
   * pdf.js reading child's heap and resident memory. Pool children and sandboxed processors take the same
   * setting (queue/), so the limit holds in both modes.
   */
  maxMemoryMb?: number;
  /** Which PDF reader to use: 'auto' (pdftotext where installed, pdf.js when it is absent or fails), or one forced. */
  pdfReader?: PdfReader | 'auto';
  /** OCR pages without a usable text layer when tesseract is installed (default true; false when IOP_OCR=0). */
  ocr?: boolean;
  /**
   * Called as a page goes to OCR, once the document's limit has grown by ocrPageTimeoutMs: a supervisor in
   * another process (the embedded pool, a BullMQ worker's watchdog) grows its own kill limit to match.
   */
  onOcrPage?: () => void;
}

export const DEFAULT_READ_LIMITS = {
  timeoutMs: 120_000,
  ocrPageTimeoutMs: 60_000,
  maxBytes: 200 * 1024 * 1024,
  maxPages: 5_000,
  maxMemoryMb: 1_024,
  pdfReader: 'auto',
} as const;

/** What is known about a file that failed: enough to store the failure under the file's identity. */
export type ReadErrorMeta = Partial<Pick<ReadMeta, 'path' | 'bytes' | 'sha256'>>;

/** A file that could not be read: a stable code and a one-line message. */
export class ReadError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly meta: ReadErrorMeta = {},
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
