/**
 * A PDF's text layer through unpdf's bundled pdf.js (the project's only pdf.js: see README "Design notes:
 * PDF"), the fallback reader when pdftotext is absent or fails. It runs in the reading child
 * (pdfjs-child.ts), whose memory is bounded and which can be killed, never in the caller's process.
 * Pages are read one at a time and released, so a 2,000-page file never holds every page's text items at
 * once. A page that pdf.js cannot parse costs that page (a warning), not the document.
 */
import { getDocumentProxy } from 'unpdf';
import { pageFailureWarning, type TextLayer } from './text-layer.js';
import { ReadError } from './types.js';

/** A text run that starts this many font sizes left of where the previous one ended starts a new line. */
const LINE_JUMP_BACK_EMS = 2;

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

export async function pdfjsTextLayer(bytes: Uint8Array, maxPages: number): Promise<TextLayer> {
  const pdf = await openPdf(bytes);
  try {
    if (pdf.numPages > maxPages) throw new ReadError('TOO_LARGE', `${pdf.numPages} pages, more than the limit of ${maxPages}`);
    if (pdf.numPages === 0) throw new ReadError('CORRUPT', 'the PDF has no pages');
    const pages: string[] = [];
    const warnings: string[] = [];
    const unparsed: number[] = [];
    let firstFailure = '';
    for (let number = 1; number <= pdf.numPages; number++) {
      try {
        pages.push(await pageText(pdf, number));
      } catch (error) {
        const reason = firstLine(error);
        if (unparsed.push(number) === 1) firstFailure = reason;
        warnings.push(pageFailureWarning(number, reason));
        pages.push('');
      }
    }
    if (unparsed.length === pdf.numPages) throw new ReadError('CORRUPT', `no page of the PDF can be parsed: ${firstFailure}`);
    return { pages, unparsed, warnings };
  } finally {
    await pdf.destroy();
  }
}

/** Opens the document, translating pdf.js's exceptions into the reading stage's stable codes. */
async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
    return await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ReadError('ENCRYPTED', 'the PDF needs a user password to open');
    // Whatever pdf.js cannot open — a bad xref, a page tree that loops, arrays nested past the call stack —
    // is a fault of the file's structure.
    throw new ReadError('CORRUPT', `the PDF cannot be parsed: ${firstLine(error)}`);
  }
}

/**
 * A page's text in content-stream order: pdf.js marks line ends with hasEOL, so columns stay in reading
 * order instead of being interleaved by y position. pdf.js misses one kind of line end: a run of text that
 * jumps back to the left margin without a line feed (a side-margin label such as "Prop. 2013/14:104"
 * followed by a heading); a line break is added there. Throws when the page cannot be parsed.
 */
async function pageText(pdf: PDFDocumentProxy, number: number): Promise<string> {
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
  } finally {
    page.cleanup();
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/**
 * pdf.js rejects some promises that nobody awaits (a damaged xref entry met while it prefetches); Node's
 * default would end the process for it. The document that caused it fails through the promise that is
 * awaited, so such a stray rejection is dropped; any other unhandled rejection still ends the process.
 */
export function dropStrayPdfjsRejections(): void {
  process.on('unhandledRejection', (reason) => {
    if (reason instanceof Error && /[\\/]unpdf[\\/]dist[\\/]pdfjs/.test(reason.stack ?? '')) return;
    throw reason;
  });
}
