/**
 * Reading throughput on the fixture PDFs (`npm run bench:read`): pages per second and per CPU-second
 * (this process and the child processes it waited for) of
 *   - pdf.js: unpdf's text extraction page by page, as the reading child does it (no OCR, no clean-up);
 *   - pdf.js + clean: the same text layer through the clean stage, in-process;
 *   - pdftotext -raw: poppler's extractor, one process per file (no clean-up);
 *   - readDocument (pdftotext + clean): the whole reading stage as it runs where poppler is installed.
 * Files that fail (encrypted, empty) count no pages; scanned pages are not OCRed. Each engine reads the
 * whole set ROUNDS times after one warm-up round. A benchmark, not a test: it prints a table and asserts
 * nothing.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readDocument } from '../pipeline/read/index.js';
import { readFileSync } from 'node:fs';
import { cleanPages } from '../pipeline/clean/index.js';
import { pdfjsTextLayer } from '../pipeline/read/pdfjs-text.js';
import { formatTable, type Cell } from '../pipeline/cli/table.js';
import { REPO_ROOT } from './pdf-render.js';

const ROUNDS = 3;
const run = promisify(execFile);

interface Engine {
  name: string;
  /** Reads one file; returns its page count, 0 when it fails. */
  read: (path: string) => Promise<number>;
}

const pdfjsPages = async (path: string) => (await pdfjsTextLayer(new Uint8Array(await readFile(path)), 100_000)).pages;

const ENGINES: Engine[] = [
  { name: 'pdf.js', read: async (path) => (await pdfjsPages(path)).length },
  {
    name: 'pdf.js + clean',
    read: async (path) => cleanPages((await pdfjsPages(path)).map((text, i) => ({ number: i + 1, text, source: 'text-layer' }))).pages.length,
  },
  {
    name: 'pdftotext -raw',
    read: async (path) => {
      const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { maxBuffer: 256 * 1024 * 1024 });
      // pdftotext ends every page with a form feed.
      return stdout.split('\f').length - 1;
    },
  },
  { name: 'readDocument (pdftotext + clean)', read: async (path) => (await readDocument(path, { ocr: false, pdfReader: 'pdftotext' })).meta.pageCount },
];

/** CPU seconds of this process and of the children it has waited for (Linux /proc: utime, stime, cutime, cstime). */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

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
  const startCpu = cpuSeconds();
  let pages = 0;
  for (let round = 0; round < ROUNDS; round++) pages += await readAll(engine, files);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = cpuSeconds() - startCpu;
  rows.push([engine.name, pages / ROUNDS, seconds.toFixed(2), Math.round(pages / seconds), Math.round(pages / cpu)]);
}

console.log(`${files.length} fixture PDFs, no OCR`);
console.log(formatTable(['engine', 'pages per round', `seconds (${ROUNDS} rounds)`, 'pages/s', 'pages per CPU-second'], rows));
