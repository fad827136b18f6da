/**
 * pdftotext is a drop-in for pdf.js: on the seed PDFs and the Swedish real PDFs both readers give the
 * same words in the same order (≥ 99 %), and `iop eval fixtures/devset-pdf` scores the same with either
 * reader as `iop eval` on the seeds' own texts. Where poppler is not installed there is nothing to compare.
 */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateDir } from '../pipeline/eval/run.js';
import { readDocument } from '../pipeline/read/index.js';
import { pdftotextAvailable } from '../pipeline/read/pdftotext.js';
import type { ReadDocument } from '../pipeline/read/types.js';
import { REPO_ROOT } from '../scripts/pdf-render.js';
import { wordMatchRatio } from './word-match.js';

const MIN_WORD_MATCH = 0.99;
const hasPoppler = await pdftotextAvailable();
const text = async (path: string, pdfReader: 'pdftotext' | 'pdf.js') =>
  (await readDocument(path, { ocr: false, pdfReader })).pages.map((page) => page.text).join('\n');

const SEED_PDFS = join(REPO_ROOT, 'fixtures/pdf');
const SWEDISH_PDFS = join(REPO_ROOT, 'fixtures/real-pdf/sv');
const pdfsIn = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.pdf')).map((name) => join(dir, name));

describe('without poppler on PATH', () => {
  /** A PATH that holds node and nothing else (node may live beside pdftotext in /usr/bin). */
  function nodeOnlyPath(): { bin: string; env: NodeJS.ProcessEnv } {
    const bin = mkdtempSync(join(tmpdir(), 'iop-no-poppler-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    return { bin, env: { ...process.env, PATH: bin, REDIS_URL: '' } };
  }

  it('iop read reads PDFs through pdf.js and says so', () => {
    const path = join(SEED_PDFS, 'seed_001.pdf');
    const { bin, env } = nodeOnlyPath();
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/pipeline/cli/main.js'), 'read', '--json', '--no-ocr', path], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as ReadDocument;
    expect(doc.meta.reader).toBe('pdf.js');
    expect(doc.pages.map((page) => page.text).join('\n')).toContain('Röda Korset Gotland');
    rmSync(bin, { recursive: true });
  });

  it('iop ingest stores PDFs through pdf.js and says once which reader it uses', () => {
    const { bin, env } = nodeOnlyPath();
    const db = join(bin, 'iop.sqlite');
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/pipeline/cli/main.js'), 'ingest', SEED_PDFS, '--db', db, '--embedded'], { env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/done\s+5/);
    expect(run.stderr.match(/PDF text layers: pdf\.js/g)).toHaveLength(1);
    rmSync(bin, { recursive: true });
  });
});

describe.runIf(hasPoppler)('pdftotext and pdf.js', () => {
  it(`give the same words in the same order (≥ ${MIN_WORD_MATCH * 100} %) on the seed PDFs`, async () => {
    for (const path of await pdfsIn(SEED_PDFS)) {
      expect(wordMatchRatio(await text(path, 'pdf.js'), await text(path, 'pdftotext')), path).toBeGreaterThanOrEqual(MIN_WORD_MATCH);
    }
  });

  it('agree on the real Swedish PDFs (each ≥ 95 %, on average ≥ 99 %)', async () => {
    const ratios: number[] = [];
    for (const path of await pdfsIn(SWEDISH_PDFS)) {
      const viaPdfjs = await text(path, 'pdf.js').catch(() => null);
      if (viaPdfjs === null) continue;
      ratios.push(wordMatchRatio(viaPdfjs, await text(path, 'pdftotext')));
    }
    expect(ratios.length).toBeGreaterThan(5);
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(0.95);
    const mean = ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;
    expect(mean).toBeGreaterThanOrEqual(MIN_WORD_MATCH);
  }, 120_000);

  it('leave line-end hyphens to the clean stage: suspended compounds and codes survive, broken words join', async () => {
    const lines = ['Röda Korsets behandlingscentrum för krigs-', 'och tortyrskadade i Malmö, ärende ASN-2021-', '6250 och organisa-', 'tioner i IOP-', 'avtal ska följas.'];
    const pdf = new PDFDocument();
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => pdf.on('end', resolve));
    pdf.font('Helvetica').fontSize(12);
    for (const line of lines) pdf.text(line);
    pdf.end();
    await done;
    const dir = mkdtempSync(join(tmpdir(), 'iop-hyphens-'));
    const path = join(dir, 'hyphens.pdf');
    writeFileSync(path, Buffer.concat(chunks));
    const viaPdftotext = await text(path, 'pdftotext');
    expect(viaPdftotext).toBe(await text(path, 'pdf.js'));
    expect(viaPdftotext).toBe('Röda Korsets behandlingscentrum för krigs-\noch tortyrskadade i Malmö, ärende ASN-2021-6250\noch organisationer\ni IOP-avtal\nska följas.');
    rmSync(dir, { recursive: true });
  });

  describe('iop eval on fixtures/devset-pdf', () => {
    afterEach(() => {
      delete process.env.IOP_PDF_READER;
    });
    it('scores the same with either reader as on the seed texts', async () => {
      const texts = await evaluateDir(join(REPO_ROOT, 'fixtures/devset'), ['seed_']);
      for (const reader of ['pdftotext', 'pdf.js']) {
        process.env.IOP_PDF_READER = reader;
        const pdfs = await evaluateDir(join(REPO_ROOT, 'fixtures/devset-pdf'));
        expect(pdfs.failed, reader).toEqual([]);
        expect(pdfs.micro, reader).toEqual(texts.micro);
        expect(pdfs.fields, reader).toEqual(texts.fields);
      }
    }, 120_000);
  });
});
