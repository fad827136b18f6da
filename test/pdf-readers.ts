/** The PDF readers a test holds to the same expectations: pdf.js always, pdftotext where poppler is installed. */
import { pdftotextAvailable } from '../pipeline/read/pdftotext.js';

export const PDF_READERS = (await pdftotextAvailable()) ? (['pdftotext', 'pdf.js'] as const) : (['pdf.js'] as const);
