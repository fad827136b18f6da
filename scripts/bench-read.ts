/**
 * Reading throughput on the fixture PDFs (`npm run bench:read`): pages per second of
 *   - unpdf: pdf.js text extraction page by page, as pipeline/read/pdf.ts does it (no OCR, no clean-up);
 *   - readDocument: the whole reading stage, unpdf + clean (no OCR);
 *   - pdftotext: poppler's command-line extractor, one process per file.
 * Files that fail (encrypted, empty) count no pages; scanned pages are not OCRed. Each engine reads the
 * whole set ROUNDS times after one warm-up round. A benchmark, not a test: it prints a table and asserts
 * nothing.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readDocument } from '../pipeline/read/index.js';
import { readPdfPages } from '../pipeline/read/pdf.js';
import { formatTable, type Cell } from '../pipeline/cli/table.js';
import { REPO_ROOT } from './pdf-render.js';

const ROUNDS = 3;
const run = promisify(execFile);

interface Engine {
  name: string;
  /** Reads one file; returns its page count, 0 when it fails. */
  read: (path: string) => Promise<number>;
}

const ENGINES: Engine[] = [
  {
    name: 'unpdf (pdf.js)',
    read: async (path) => {
      const bytes = new Uint8Array(await readFile(path));
      const signal = new AbortController().signal;
      const input = { path, bytes, maxPages: 100_000, ocr: false, signal, ocrPageTimeoutMs: 0, onOcrPage: () => {} };
      return (await readPdfPages(input)).pages.length;
    },
  },
  { name: 'readDocument (unpdf + clean)', read: async (path) => (await readDocument(path, { ocr: false })).meta.pageCount },
  {
    name: 'pdftotext (poppler)',
    read: async (path) => {
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 256 * 1024 * 1024 });
      // pdftotext ends every page with a form feed.
      return stdout.split('\f').length - 1;
    },
  },
];

async function fixturePdfs(): Promise<string[]> {
  const roots = ['fixtures/pdf', 'fixtures/real-pdf/sv', 'fixtures/real-pdf/stress'].map((dir) => join(REPO_ROOT, dir));
  const lists = await Promise.all(roots.map(async (dir) => (await readdir(dir)).filter((name) => name.endsWith('.pdf')).map((name) => join(dir, name))));
  return lists.flat().sort();
}

async function readAll(engine: Engine, files: readonly string[]): Promise<number> {
  let pages = 0;
  for (const file of files) pages += await engine.read(file).catch(() => 0);
  return pages;
}

const files = await fixturePdfs();
const rows: Cell[][] = [];
for (const engine of ENGINES) {
  await readAll(engine, files);
  const start = process.hrtime.bigint();
  let pages = 0;
  for (let round = 0; round < ROUNDS; round++) pages += await readAll(engine, files);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rows.push([engine.name, pages / ROUNDS, seconds.toFixed(2), Math.round(pages / seconds)]);
}

console.log(`${files.length} fixture PDFs, no OCR`);
console.log(formatTable(['engine', 'pages per round', `seconds (${ROUNDS} rounds)`, 'pages/s'], rows));
