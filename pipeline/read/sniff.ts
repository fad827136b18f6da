/**
 * What kind of file this is, from its first bytes and its name: a PDF, a plain-text file, or something that
 * is not a document (an image or archive named .pdf, a binary named .txt). The bytes win over the name.
 */
import { extname } from 'node:path';
import { ReadError } from './types.js';

export type DocumentFormat = 'pdf' | 'text';

/** Formats that are recognisably not a readable document, by their magic bytes. */
const NON_DOCUMENT_SIGNATURES: ReadonlyArray<{ name: string; magic: number[] }> = [
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a TIFF image', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a ZIP archive (e.g. .docx)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an OLE file (e.g. .doc)', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a gzip archive', magic: [0x1f, 0x8b] },
];

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown']);
/** pdf.js tolerates junk before the header; the PDF spec allows it within the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

export function detectFormat(path: string, bytes: Uint8Array): DocumentFormat {
  if (hasPdfHeader(bytes)) return 'pdf';
  const other = NON_DOCUMENT_SIGNATURES.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  if (other) throw new ReadError('NOT_A_DOCUMENT', `the file is ${other.name}, not a PDF or text document`);
  const extension = extname(path).toLowerCase();
  if (extension === '.pdf') throw new ReadError('NOT_A_DOCUMENT', 'named .pdf but has no PDF header');
  if (TEXT_EXTENSIONS.has(extension)) return 'text';
  throw new ReadError('UNSUPPORTED', `unsupported file type "${extension || '(none)'}": iop reads .pdf, .txt and .md`);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WINDOW));
  return head.includes('%PDF-', 0, 'latin1');
}
