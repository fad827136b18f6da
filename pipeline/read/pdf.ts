/**
 * PDF → raw text per page, through unpdf's bundled pdf.js (the project's only pdf.js: see README "Design
 * notes: PDF"). Pages are read one at a time and released, so a 2,000-page file never holds every page's
 * text items at once. Pages with too little text are handed to OCR (ocr.ts) when it is available.
 */
import { getDocumentProxy } from 'unpdf';
import { ReadError, type Page } from './types.js';
import { ocrAvailable, ocrPdfPage } from './ocr.js';

/** A page with fewer visible characters than this is treated as scanned (no usable text layer). */
export const MIN_TEXT_LAYER_CHARS = 20;
/**
 * A text layer where more than this share of the characters are control characters comes from a font
 * with a broken or non-Unicode ToUnicode map (glyph ids shifted into control codes: "3HQČåQt\u0003SURV…");
 * its text is garbage, so the page is treated as scanned.
 */
export const MAX_CONTROL_CHAR_SHARE = 0.05;

/** A text run that starts this many font sizes left of where the previous one ended starts a new line. */
const LINE_JUMP_BACK_EMS = 2;

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

export interface PdfReadInput {
  path: string;
  bytes: Uint8Array;
  maxPages: number;
  ocr: boolean;
  /** The document's deadline: aborting it stops everything. */
  signal: AbortSignal;
  /** One page's OCR limit; an overrun costs that page (a warning), not the document. */
  ocrPageTimeoutMs: number;
  /** Called as a page goes to OCR, so that the document's deadline can make room for it. */
  onOcrPage: () => void;
}

export interface PdfReadOutput {
  pages: Page[];
  ocrPages: number;
  warnings: string[];
}

export async function readPdfPages(input: PdfReadInput): Promise<PdfReadOutput> {
  const pdf = await openPdf(input.bytes);
  try {
    if (pdf.numPages > input.maxPages) {
      throw new ReadError('TOO_LARGE', `${pdf.numPages} pages, more than the limit of ${input.maxPages}`);
    }
    if (pdf.numPages === 0) throw new ReadError('CORRUPT', 'the PDF has no pages');
    const useOcr = input.ocr && (await ocrAvailable());
    const pages: Page[] = [];
    const warnings: string[] = [];
    let ocrPages = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      input.signal.throwIfAborted();
      const page = await readPage(pdf, number, input, useOcr, warnings);
      pages.push(page);
      if (page.source === 'ocr') ocrPages++;
    }
    return { pages, ocrPages, warnings };
  } finally {
    await pdf.destroy();
  }
}

/** One page from its text layer, or from OCR when the text layer is missing or garbled and OCR is on. */
async function readPage(pdf: PDFDocumentProxy, number: number, input: PdfReadInput, useOcr: boolean, warnings: string[]): Promise<Page> {
  const parsed = await pageText(pdf, number);
  if (parsed === null) warnings.push(`page ${number}: its content stream is damaged; read what survived`);
  const text = parsed ?? '';
  if (hasUsableTextLayer(text)) return { number, text, source: 'text-layer' };
  if (!useOcr) {
    warnings.push(`page ${number}: no usable text layer (scanned, or a font without a Unicode map) and no OCR available (install tesseract-ocr tesseract-ocr-swe)`);
    return { number, text, source: 'text-layer' };
  }
  const ocrText = await ocrPage(input, number, warnings);
  // A garbled text layer is worth nothing; an almost empty one is worth its few characters.
  const textLayerWorth = isGarbled(text) ? 0 : visibleChars(text);
  return visibleChars(ocrText) > textLayerWorth ? { number, text: ocrText, source: 'ocr' } : { number, text, source: 'text-layer' };
}

/** OCR of one page; when the OCR programs fail or overrun the page's limit, the page loses its text with a warning. */
async function ocrPage(input: PdfReadInput, number: number, warnings: string[]): Promise<string> {
  input.onOcrPage();
  const pageSignal = AbortSignal.timeout(input.ocrPageTimeoutMs);
  try {
    return await ocrPdfPage(input.path, number, AbortSignal.any([input.signal, pageSignal]));
  } catch (error) {
    input.signal.throwIfAborted();
    const reason = pageSignal.aborted ? `took longer than ${input.ocrPageTimeoutMs} ms` : error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push(`page ${number}: OCR failed (${reason})`);
    return '';
  }
}

/** Opens the document, translating pdf.js's exceptions into the reading stage's stable codes. */
async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
    return await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    throw toReadError(error);
  }
}

function toReadError(error: unknown): ReadError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ReadError('ENCRYPTED', 'the PDF needs a user password to open');
  return new ReadError('CORRUPT', `the PDF cannot be parsed: ${message.split('\n')[0]}`);
}

/**
 * A page's text in content-stream order: pdf.js marks line ends with hasEOL, so columns stay in reading
 * order instead of being interleaved by y position. pdf.js misses one kind of line end: a run of text that
 * jumps back to the left margin without a line feed (a side-margin label such as "Prop. 2013/14:104"
 * followed by a heading); a line break is added there. Null when the page's content cannot be parsed.
 */
async function pageText(pdf: PDFDocumentProxy, number: number): Promise<string | null> {
  const page = await pdf.getPage(number);
  try {
    const content = await page.getTextContent();
    let text = '';
    let previousEnd: number | null = null;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a, b, c, , x] = item.transform as number[];
      const horizontal = b === 0 && c === 0 && a! > 0;
      if (horizontal && previousEnd !== null && item.str.trim() && x! < previousEnd - LINE_JUMP_BACK_EMS * a! && !text.endsWith('\n')) text += '\n';
      text += item.str;
      previousEnd = horizontal ? x! + item.width : null;
      if (item.hasEOL) {
        text += '\n';
        previousEnd = null;
      }
    }
    return text;
  } catch {
    // One damaged content stream costs that page its text, not the document.
    return null;
  } finally {
    page.cleanup();
  }
}

function visibleChars(text: string): number {
  return text.replace(/\s/g, '').length;
}

function hasUsableTextLayer(text: string): boolean {
  return visibleChars(text) >= MIN_TEXT_LAYER_CHARS && !isGarbled(text);
}

function isGarbled(text: string): boolean {
  const controls = (text.match(/[\u0000-\u0008\u000B\u000E-\u001F]/g) ?? []).length;
  return controls > 0 && controls / Math.max(1, visibleChars(text)) > MAX_CONTROL_CHAR_SHARE;
}
