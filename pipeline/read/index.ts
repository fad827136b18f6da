/**
 * The reading stage: any input file → clean text per page (see types.ts).
 * PLACEHOLDER until the PDF/encoding/OCR reader lands: reads UTF-8 text only.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { ReadError, type ReadDocument } from './types.js';

export interface ReadOptions {
  /** Abort reading one document after this many milliseconds (TIMEOUT). */
  timeoutMs?: number;
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<ReadDocument> {
  void options;
  if (/\.pdf$/i.test(path)) throw new ReadError('UNSUPPORTED', 'PDF reading is not wired in yet');
  const bytes = await readFile(path);
  const text = bytes.toString('utf8');
  return {
    pages: [{ number: 1, text, source: 'text-layer' }],
    meta: {
      path,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: 'text',
      paged: false,
      encoding: 'utf-8',
      pageCount: 1,
      ocrPages: 0,
      maskedIdentityNumbers: 0,
      warnings: [],
    },
  };
}
