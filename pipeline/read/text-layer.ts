/** What a PDF reader (pdftotext or pdf.js) hands the reading stage: each page's raw text layer. */

export interface TextLayer {
  /** One raw text per page, in page order; a page that could not be parsed is '' (with a warning). */
  pages: string[];
  /** The numbers of the pages that could not be parsed. */
  unparsed: number[];
  warnings: string[];
}

/** Which program read a PDF's text layer: poppler's pdftotext, or pdf.js (the fallback). */
export type PdfReader = 'pdftotext' | 'pdf.js';

export function pageFailureWarning(number: number, reason: string): string {
  return `page ${number}: cannot be parsed (${reason}); skipped`;
}
