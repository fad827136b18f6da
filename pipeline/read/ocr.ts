/**
 * OCR of one PDF page: poppler's pdftoppm renders the page to a grayscale PNG, tesseract reads it with the
 * Swedish model. Both are external programs (Debian: poppler-utils, tesseract-ocr, tesseract-ocr-swe), so a
 * stuck or slow page is killed through the AbortSignal — unlike in-process pdf.js work, this part of the
 * time limit is always enforceable.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** 300 dpi is tesseract's recommended input resolution for body text. */
const RENDER_DPI = 300;
const OCR_LANGUAGE = 'swe';

let available: Promise<boolean> | undefined;

/** Whether pdftoppm and tesseract with the Swedish model are installed (checked once per process). */
export function ocrAvailable(): Promise<boolean> {
  available ??= (async () => {
    try {
      await run('pdftoppm', ['-v']);
      const { stdout, stderr } = await run('tesseract', ['--list-langs']);
      return `${stdout}\n${stderr}`.split(/\s+/).includes(OCR_LANGUAGE);
    } catch {
      return false;
    }
  })();
  return available;
}

export async function ocrPdfPage(path: string, pageNumber: number, signal: AbortSignal): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'iop-ocr-'));
  try {
    const image = join(dir, 'page');
    const page = String(pageNumber);
    await run('pdftoppm', ['-r', String(RENDER_DPI), '-gray', '-png', '-singlefile', '-f', page, '-l', page, path, image], { signal });
    // One OpenMP thread per tesseract: documents are parallelised by the pool, not inside one page.
    const { stdout } = await run('tesseract', [`${image}.png`, 'stdout', '-l', OCR_LANGUAGE], {
      signal,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
