/**
 * A 2,000-page PDF is read within the memory bound the README states (peak RSS of the reading process).
 * The PDF is generated once into a temp dir from the seed texts; the reading runs in a child process so its
 * peak RSS is its own, through the built reader in dist/ (`npm test` builds first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMunicipalPdf, REPO_ROOT } from '../scripts/pdf-render.js';
import { SEED_HEADERS, SEEDS_DIR, seedBody } from '../scripts/make-fixtures.js';

const PAGES = 2_000;
/** The bound stated in README.md ("Reading limits"). */
const MAX_PEAK_RSS_MB = 512;
const BUILT_READER = join(REPO_ROOT, 'dist/pipeline/read/index.js');

let dir: string;
let pdfPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iop-read-large-'));
  const seeds = await Promise.all(Object.keys(SEED_HEADERS).map(async (seed) => seedBody(await readFile(join(SEEDS_DIR, `${seed}.txt`), 'utf8'))));
  // One round of the five seeds fills about 25 pages; a fifth more rounds than that needs, for at least PAGES.
  const text = Array.from({ length: Math.ceil(PAGES / 20) }, () => seeds.join('\n\n')).join('\n\n');
  pdfPath = join(dir, 'large.pdf');
  await writeFile(pdfPath, await renderMunicipalPdf(text, { organisation: 'Kommunen', documentType: 'Protokoll', twoColumnPage: false, table: false }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a PDF of 2,000+ pages (about 2,500)', () => {
  it(`reads page by page with a peak RSS under ${MAX_PEAK_RSS_MB} MB`, async () => {
    expect(existsSync(BUILT_READER), 'run `npm run build` first').toBe(true);
    const script = `
      import { readDocument } from ${JSON.stringify(BUILT_READER)};
      const doc = await readDocument(${JSON.stringify(pdfPath)}, { ocr: false, maxPages: 10000 });
      console.log(JSON.stringify({ pages: doc.meta.pageCount, chars: doc.pages.reduce((n, p) => n + p.text.length, 0), peakRssMb: process.resourceUsage().maxRSS / 1024 }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1024 * 1024 });
    const result = JSON.parse(stdout) as { pages: number; chars: number; peakRssMb: number };
    expect(result.pages).toBeGreaterThanOrEqual(PAGES);
    expect(result.chars).toBeGreaterThan(result.pages * 1000);
    expect(result.peakRssMb).toBeLessThan(MAX_PEAK_RSS_MB);
    console.log(`read ${result.pages} pages, peak RSS ${result.peakRssMb.toFixed(0)} MB`);
  });
});
