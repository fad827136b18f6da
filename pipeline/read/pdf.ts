/**
 * PDF → raw text per page: the text layer from pdftotext (poppler) where it is installed and can read the
 * file, else from pdf.js in the reading child; then pages with too little text are handed to OCR (ocr.ts)
 * when it is available. Both readers give text in content-stream order and the same page contract, so the
 * clean stage and the extractors cannot tell them apart (test/read-pdftotext-parity.test.ts).
 */
import { ocrAvailable, ocrPdfPage } from './ocr.js';
import { pdfjsTextLayerInChild } from './pdfjs-host.js';
import { pdftotextAvailable, pdftotextTextLayer } from './pdftotext.js';
import { takePrefetched } from './prefetch.js';
import type { PdfReader, TextLayer } from './text-layer.js';
import type { Page } from './types.js';

/** A page with fewer visible characters than this is treated as scanned (no usable text layer). */
export const MIN_TEXT_LAYER_CHARS = 20;
/**
 * A text layer where more than this share of the characters are control characters comes from a font
 * with a broken or non-Unicode ToUnicode map (glyph ids shifted into control codes: "3HQČåQt\u0003SURV…");
 * its text is garbage, so the page is treated as scanned.
 */
export const MAX_CONTROL_CHAR_SHARE = 0.05;

export interface PdfReadInput {
  path: string;
  maxPages: number;
  maxMemoryMb: number;
  /** 'auto': pdftotext, pdf.js when pdftotext is absent or fails; the others force one reader. */
  reader: PdfReader | 'auto';
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
  reader: PdfReader;
  ocrPages: number;
  warnings: string[];
}

export async function readPdfPages(input: PdfReadInput): Promise<PdfReadOutput> {
  const { layer, reader } = await textLayer(input);
  const useOcr = input.ocr && layer.pages.some((text) => !hasUsableTextLayer(text)) && (await ocrAvailable());
  const pages: Page[] = [];
  const warnings = [...layer.warnings];
  let ocrPages = 0;
  for (const [index, text] of layer.pages.entries()) {
    input.signal.throwIfAborted();
    // A page that cannot be parsed already has its warning; it is kept, empty, so page numbers stay true.
    const page = layer.unparsed.includes(index + 1)
      ? ({ number: index + 1, text, source: 'text-layer' } as const)
      : await withOcr(index + 1, text, input, useOcr, warnings);
    pages.push(page);
    if (page.source === 'ocr') ocrPages++;
  }
  return { pages, reader, ocrPages, warnings };
}

/** One line saying which program reads PDF text layers in this process, for a command to print once. */
export async function pdfReaderNotice(reader: PdfReadInput['reader'] = 'auto'): Promise<string> {
  if (reader !== 'auto') return `PDF text layers: ${reader} (as asked)`;
  return (await pdftotextAvailable())
    ? 'PDF text layers: pdftotext (poppler), pdf.js where it fails'
    : 'PDF text layers: pdf.js (pdftotext not found: install poppler-utils to read 2–3× faster)';
}

async function textLayer(input: PdfReadInput): Promise<{ layer: TextLayer; reader: PdfReader }> {
  if (input.reader !== 'pdf.js') {
    // pdftotext may be running on this file already: started while the process extracted the one before.
    const layer = await (takePrefetched(input.path, input, input.signal) ?? pdftotextTextLayer(input));
    if (layer) return { layer, reader: 'pdftotext' };
  }
  return { layer: await pdfjsTextLayerInChild(input), reader: 'pdf.js' };
}

/** A page from its text layer, or from OCR when the text layer is missing or garbled and OCR is on. */
async function withOcr(number: number, text: string, input: PdfReadInput, useOcr: boolean, warnings: string[]): Promise<Page> {
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
