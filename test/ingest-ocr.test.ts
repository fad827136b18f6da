/**
 * A scanned document outlives the document time limit by its OCR pages: the reader grants each OCR page its
 * own time (pipeline/read), and the embedded pool, which kills a hung reader process, must grant the same
 * instead of killing a reader that is busy with OCR. Needs tesseract (installed in CI).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iop, query, tempDir } from './ingest-harness.js';

const SV = join(import.meta.dirname, '..', 'fixtures', 'real-pdf', 'sv');
const SCANS = ['prop-1991-92-43-scanned.pdf', 'prop-2008-09-5-bilaga1-scanned-two-column.pdf', 'prop-1991-92-43-scanned.pdf'];

describe('ingest of a scanned PDF under a short document time limit', () => {
  it('is not killed while its pages are read by OCR', async () => {
    const dir = tempDir('iop-ocr-');
    const db = join(dir, 'iop.sqlite');
    // Five scanned pages in one file (pdfunite, poppler-utils): their OCR takes well over the 1 s document
    // limit plus the pool's 5 s grace; each OCR page adds 60 s to both.
    const scanned = join(dir, 'scanned.pdf');
    execFileSync('pdfunite', [...SCANS.map((file) => join(SV, file)), scanned]);
    const run = await iop('ingest', scanned, '--db', db, '--timeout', '1', '--embedded', '--json');
    expect(run.code).toBe(0);
    const [row] = query<{ status: string; code: string | null; ocrPages: number }>(db, 'SELECT status, error_code AS code, ocr_pages AS ocrPages FROM documents');
    expect(row).toEqual({ status: 'done', code: null, ocrPages: 5 });
  });
});
