/**
 * Files made to break a reader (fixtures/hostile/, README there): each ends read or with its own coded
 * error, never INTERNAL, never a crash, and the files after it on the command line are still read.
 * Both PDF readers are held to it: pdftotext (where poppler is installed) and pdf.js in the reading child.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../pipeline/read/index.js';
import { DEFAULT_READ_LIMITS, ReadError, type ReadOptions } from '../pipeline/read/types.js';
import { REPO_ROOT } from '../scripts/pdf-render.js';
import { PDF_READERS as READERS } from './pdf-readers.js';
import { iop } from './run-cli.js';

const HOSTILE = join(REPO_ROOT, 'fixtures/hostile');
const hostile = (name: string) => join(HOSTILE, name);
const VALID = join(REPO_ROOT, 'fixtures/pdf/seed_001.pdf');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iop-read-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function outcome(path: string, options: ReadOptions): Promise<{ code: string } | { text: string; warnings: string[] }> {
  try {
    const doc = await readDocument(path, { ocr: false, ...options });
    return { text: doc.pages.map((page) => page.text).join('\f'), warnings: doc.meta.warnings };
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return { code: (error as ReadError).code };
  }
}

describe('iop read over crashing and valid PDFs', () => {
  it('prints one JSON line per file, in order, with no INTERNAL error and no crash', async () => {
    const files = [
      'read-crash-unhandled-rejection.pdf',
      'nested-array-page.pdf',
      'pagetree-loop.pdf',
      'page-getpage-fails-whole-doc-INTERNAL.pdf',
      'identical-pages-2.pdf',
    ].map(hostile);
    for (const reader of READERS) {
      const { stdout, code } = await iop('read', '--json', '--no-ocr', '--pdf-reader', reader, ...files, VALID);
      const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { meta?: { path: string }; path?: string; error?: { code: string } });
      expect(lines.map((line) => line.meta?.path ?? line.path)).toEqual([...files, VALID]);
      expect(lines.map((line) => line.error?.code).filter((c) => c === 'INTERNAL')).toEqual([]);
      expect(lines.at(-1)!.error).toBeUndefined();
      expect(lines[0]!.error?.code).toBe('CORRUPT');
      expect(code).toBe(1);
    }
  });
});

describe('iop extract over crashing and valid PDFs', () => {
  it('prints one JSON line per file and goes on after a crashing one', async () => {
    const files = [hostile('read-crash-unhandled-rejection.pdf'), hostile('pagetree-loop.pdf'), VALID];
    const { stdout } = await iop('extract', '--json', ...files);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { source: string; error?: { code: string } });
    expect(lines.map((line) => line.source)).toEqual(files);
    expect(lines[0]!.error?.code).toBe('CORRUPT');
    expect(lines[2]!.error).toBeUndefined();
  });
});

describe('structure faults', () => {
  it.each(READERS)('with %s, a page that cannot be parsed costs that page only', async (pdfReader) => {
    const result = await outcome(hostile('page-getpage-fails-whole-doc-INTERNAL.pdf'), { pdfReader });
    expect(result).toHaveProperty('text');
    const { text, warnings } = result as { text: string; warnings: string[] };
    const [first, second] = text.split('\f');
    expect(first).toContain('Idéburet Offentligt Partnerskap');
    expect(second).toContain('Famna och Fremia');
    if (pdfReader === 'pdf.js') expect(warnings).toEqual([expect.stringMatching(/^page 3: cannot be parsed \(.+\); skipped$/)]);
  });
  it.each(READERS)('with %s, a page tree that loops and arrays nested past the call stack are CORRUPT or read, never INTERNAL', async (pdfReader) => {
    for (const name of ['pagetree-loop.pdf', 'nested-array-page.pdf']) {
      const result = await outcome(hostile(name), { pdfReader });
      if ('code' in result) expect(result.code).toBe('CORRUPT');
      else expect(result.text).toContain('Kommunstyrelsen beslutar');
    }
  });
  it('pdf.js names a page tree that loops CORRUPT', async () => {
    expect(await outcome(hostile('pagetree-loop.pdf'), { pdfReader: 'pdf.js' })).toEqual({ code: 'CORRUPT' });
  });
});

describe('a PDF whose pages are identical', () => {
  it.each(READERS)('keeps the text of every page with %s', async (pdfReader) => {
    const doc = await readDocument(hostile('identical-pages-2.pdf'), { ocr: false, pdfReader });
    expect(doc.pages).toHaveLength(2);
    for (const page of doc.pages) expect(page.text).toContain('Beloppet ar 500 000 kronor per ar.');
  });
});

describe('decompression bombs', () => {
  const limits = { maxMemoryMb: 256, timeoutMs: DEFAULT_READ_LIMITS.timeoutMs };
  it('the 4 MB font bomb ends TOO_LARGE under a 256 MB limit in the pdf.js reading child, and the child is replaced', async () => {
    expect(await outcome(hostile('bomb-fontfile-4GiB.pdf'), { ...limits, pdfReader: 'pdf.js' })).toEqual({ code: 'TOO_LARGE' });
    // The next document is read by a fresh child.
    expect(await outcome(VALID, { ...limits, pdfReader: 'pdf.js' })).toHaveProperty('text');
  });
  // pdftotext reads the content bomb's gigabyte of spaces in bounded memory but for tens of seconds: it is
  // left to the pdf.js case, which has to stop it, to keep the suite's time.
  it.each(READERS)('with %s, the bombs end read or TOO_LARGE within the limits', async (pdfReader) => {
    const bombs = ['bomb-fontfile-1GiB.pdf', 'bomb-fontfile-4GiB.pdf', ...(pdfReader === 'pdf.js' ? ['bomb-content-1GiB-spaces.pdf'] : [])];
    for (const name of bombs) {
      const result = await outcome(hostile(name), { ...limits, pdfReader });
      if ('code' in result) expect(result.code).toBe('TOO_LARGE');
      else expect(result.text).toContain('802002-4280');
    }
  }, 400_000);
});

describe('a 1 MB line', () => {
  it('is read and cleaned within the document time limit', async () => {
    const words = ['kommunen', 'beslutar', 'att', 'organisa-', 'tioner', 'ASN-2021-6250', '121212-1212', 'KS', '§', '12', '2024-01-01', 'Sida 3 (9)'];
    let line = '';
    for (let i = 0; line.length < 1024 * 1024; i++) line += `${words[(i * 7) % words.length]}${i % 5 === 0 ? '\t' : ' '}`;
    const path = join(dir, 'long-line.txt');
    await writeFile(path, `Rubrik\n${line}\nslut\n`);
    const doc = await readDocument(path);
    expect(doc.pages[0]!.text.length).toBeGreaterThan(1_000_000);
    expect(doc.pages[0]!.text).not.toContain('121212-1212');
  }, DEFAULT_READ_LIMITS.timeoutMs + 10_000);
});

describe('personnummer', () => {
  it('every writing in pii-masking-gaps.txt is masked, the organisationsnummer kept', async () => {
    const doc = await readDocument(hostile('pii-masking-gaps.txt'));
    const text = doc.pages[0]!.text;
    for (const line of text.split('\n').filter((l) => l.startsWith('Variant'))) expect(line).not.toMatch(/\d{4}/);
    expect(text).not.toMatch(/1212/);
    expect(text).toContain('802002-4280');
    expect(doc.meta.maskedIdentityNumbers).toBe(21);
  });
  it.each(READERS)('are masked in a PDF read with %s', async (pdfReader) => {
    const doc = await readDocument(hostile('pii-3pages.pdf'), { ocr: false, pdfReader });
    const text = doc.pages.map((page) => page.text).join('\n');
    expect(text).not.toMatch(/1212/);
    expect(text).toContain('802002-4280');
  });
  it('in a file name are masked in what iop read and iop extract print', async () => {
    const path = join(dir, 'ansökan_121212-1212.pdf');
    await copyFile(hostile('pii-3pages.pdf'), path);
    const missing = join(dir, 'saknas 19121212-1212.pdf');
    for (const args of [['read', '--json'], ['extract', '--json'], ['read']]) {
      const { stdout } = await iop(...args, path, missing);
      expect(stdout).toContain('ansökan_XXXXXX-XXXX.pdf');
      expect(stdout).toContain('saknas XXXXXXXX-XXXX.pdf');
      expect(stdout).not.toMatch(/1212/);
    }
  });
});
