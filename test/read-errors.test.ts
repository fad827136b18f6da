/**
 * Bad input: every file gets pages or a ReadError with a stable code, a one-line message, and as much of
 * its identity (path, bytes, sha256) as could be learnt.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../pipeline/read/index.js';
import { ocrAvailable } from '../pipeline/read/ocr.js';
import { ReadError, type ReadOptions } from '../pipeline/read/types.js';

const SEED_PDF = join(import.meta.dirname, '../fixtures/pdf/seed_004.pdf');
const OWNER_ONLY = join(import.meta.dirname, '../fixtures/real-pdf/sv/prop-2013-14-104-owner-encrypted.pdf');
const hasOcr = await ocrAvailable();
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iop-read-errors-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function failure(path: string, options?: ReadOptions): Promise<ReadError> {
  const error = await readDocument(path, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ReadError);
  expect((error as ReadError).message).not.toContain('\n');
  return error as ReadError;
}

describe('bad input', () => {
  it('a PNG named .pdf is NOT_A_DOCUMENT', async () => {
    const error = await failure(await file('scan.pdf', Buffer.from([...PNG_MAGIC, 0, 0, 0, 13])));
    expect(error.code).toBe('NOT_A_DOCUMENT');
    expect(error.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(error.meta.bytes).toBe(12);
  });
  it('a .pdf without a PDF header is NOT_A_DOCUMENT', async () => {
    expect((await failure(await file('notes.pdf', 'just some text'))).code).toBe('NOT_A_DOCUMENT');
  });
  it('binary data named .txt is NOT_A_DOCUMENT', async () => {
    expect((await failure(await file('data.txt', Buffer.from([1, 0, 2, 0, 0, 0, 3, 0xff, 0, 0, 7, 0])))).code).toBe('NOT_A_DOCUMENT');
  });
  it('a PDF header followed by garbage is CORRUPT', async () => {
    expect((await failure(await file('broken.pdf', `%PDF-1.7\n${'garbage '.repeat(200)}`))).code).toBe('CORRUPT');
  });
  it('a truncated PDF is CORRUPT', async () => {
    expect((await failure(await file('truncated.pdf', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'))).code).toBe('CORRUPT');
  });
  it('a 0-byte file is EMPTY', async () => {
    expect((await failure(await file('empty.txt', ''))).code).toBe('EMPTY');
  });
  it('a text file of whitespace is EMPTY', async () => {
    expect((await failure(await file('blank.md', ' \n\t\n '))).code).toBe('EMPTY');
  });
  it('a missing file is NOT_FOUND', async () => {
    expect((await failure(join(dir, 'nowhere.pdf'))).code).toBe('NOT_FOUND');
  });
  it('an unknown file type is UNSUPPORTED', async () => {
    expect((await failure(await file('sheet.csv', 'a;b\n1;2'))).code).toBe('UNSUPPORTED');
  });
  it('a file over the byte limit is TOO_LARGE', async () => {
    const error = await failure(SEED_PDF, { maxBytes: 1000 });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.meta.bytes).toBeGreaterThan(1000);
  });
  it('a PDF over the page limit is TOO_LARGE', async () => {
    expect((await failure(SEED_PDF, { maxPages: 3 })).code).toBe('TOO_LARGE');
  });
  it('a document that takes longer than the time limit is TIMEOUT', async () => {
    const error = await failure(SEED_PDF, { timeoutMs: 1 });
    expect(error.code).toBe('TIMEOUT');
    expect(error.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('a PDF with only an owner password opens normally', async () => {
    const doc = await readDocument(OWNER_ONLY, { ocr: false });
    expect(doc.meta.pageCount).toBe(81);
  });
  it('the same document reads within generous limits', async () => {
    const doc = await readDocument(SEED_PDF, { timeoutMs: 60_000, maxPages: 100, maxBytes: 10_000_000 });
    expect(doc.meta).toMatchObject({ format: 'pdf', paged: true, ocrPages: 0, warnings: [] });
  });
});

describe('the time limit and OCR', () => {
  const SCANNED = join(import.meta.dirname, '../fixtures/real-pdf/stress/jbig2-image-only-rotated-270.pdf');
  it.runIf(hasOcr)('a page whose OCR overruns its own limit costs that page, not the document limit', async () => {
    const error = await failure(SCANNED, { ocrPageTimeoutMs: 1 });
    // The only page lost its OCR, so the document has no text; the reason is in the message, not TIMEOUT.
    expect(error.code).toBe('NO_TEXT');
    expect(error.message).toContain('page 1: OCR failed (took longer than 1 ms)');
  });
  it.runIf(hasOcr)('OCR time does not count against the document limit', async () => {
    const started = Date.now();
    const doc = await readDocument(SCANNED, { timeoutMs: 300 });
    expect(doc.meta.ocrPages).toBe(1);
    // Loading tesseract's Swedish model alone takes longer than the document's own limit.
    expect(Date.now() - started).toBeGreaterThan(300);
  });
});
