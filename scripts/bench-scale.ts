/**
 * The scale part of `npm run bench`:
 *  - embedded ingest of 100, 1,000 (and, asked for, 10,000) mixed text documents: wall time per 1,000
 *    documents (linear when it stays level), peak RSS of every process, the writer's and the largest;
 *  - one long-running process extracting N documents (2,000 by default) one after the other: pages per
 *    CPU-second over its first and its last 500, with and without V8's regexp tier-up (`--no-regexp-tier-up`).
 * `node dist/scripts/bench-scale.js --stage long N WINDOW` is that process.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../pipeline/extract.js';
import { readDocument } from '../pipeline/read/index.js';
import { mixedCorpus, pageEquivalents } from './bench-corpora.js';
import { BENCH, CHARS_PER_PAGE, embeddedIngestOf, mb, run, type IngestRun } from './bench-measure.js';

const SELF = fileURLToPath(import.meta.url);
/** The window at each end of the long-running process. */
const WINDOW = 500;

export interface ScaleLine extends IngestRun {
  documents: number;
  /** In pages of CHARS_PER_PAGE characters. */
  pages: number;
}

export async function scaleLines(sizes: readonly number[], say: (what: string) => void): Promise<ScaleLine[]> {
  const lines: ScaleLine[] = [];
  for (const documents of sizes) {
    const dir = mixedCorpus(documents);
    say(`scale: embedded ingest of ${documents} documents`);
    const line = { documents, pages: pageEquivalents(dir), ...(await embeddedIngestOf(dir, join(BENCH, `scale-${documents}.sqlite`), availableParallelism())) };
    say(`scale:   ${line.seconds.toFixed(1)} s, ${line.peaks.cpuSeconds.toFixed(0)} CPU-s, writer ${mb(line.peaks.rootMb)} (${line.peaks.rootCpuSeconds.toFixed(1)} CPU-s), reading processes ${mb(line.peaks.othersMaxMb)}`);
    lines.push(line);
  }
  return lines;
}

export function scaleTable(lines: readonly ScaleLine[]): string {
  return [
    '| documents | pages (3,000 characters) | wall time | s per 1,000 documents | documents/s | CPU-s per 1,000 documents (all processes) | writer CPU-s (store + reconcile) | processes | writer peak RSS | largest reading process peak RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...lines.map((l) =>
      `| ${l.documents.toLocaleString('en')} | ${l.pages.toLocaleString('en')} | ${l.seconds.toFixed(1)} s | ${((l.seconds * 1000) / l.documents).toFixed(0)} | ${(l.documents / l.seconds).toFixed(1)} | ${((l.peaks.cpuSeconds * 1000) / l.documents).toFixed(0)} | ${l.peaks.rootCpuSeconds.toFixed(1)} | ${l.peaks.processes} | ${mb(l.peaks.rootMb)} | ${mb(l.peaks.othersMaxMb)} |`,
    ),
  ].join('\n');
}

interface Window {
  documents: number;
  pages: number;
  cpuSeconds: number;
}

export interface LongRun {
  tierUp: boolean;
  first: Window;
  last: Window;
  peakRssMb: number;
}

/** In the long-running process: read every document first, then extract one after the other, CPU time per document. */
async function longStage(documents: number, window: number): Promise<Omit<LongRun, 'tierUp'>> {
  const dir = mixedCorpus(documents);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const perDocument: { pages: number; cpuSeconds: number }[] = [];
  for (const file of files) {
    const doc = await readDocument(join(dir, file));
    const cpu = process.cpuUsage();
    extractDocument(file, doc.pages, doc.meta.paged);
    const used = process.cpuUsage(cpu);
    perDocument.push({ pages: doc.pages.reduce((n, p) => n + p.text.length, 0) / CHARS_PER_PAGE, cpuSeconds: (used.user + used.system) / 1e6 });
  }
  const sum = (part: typeof perDocument): Window => ({ documents: part.length, pages: part.reduce((n, d) => n + d.pages, 0), cpuSeconds: part.reduce((n, d) => n + d.cpuSeconds, 0) });
  return { first: sum(perDocument.slice(0, window)), last: sum(perDocument.slice(-window)), peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

export async function longRuns(documents: number, say: (what: string) => void): Promise<LongRun[]> {
  const window = Math.min(WINDOW, Math.floor(documents / 4));
  const runs: LongRun[] = [];
  for (const tierUp of [true, false]) {
    say(`extraction in one process over ${documents} documents, regexp tier-up ${tierUp ? 'on' : 'off'}`);
    const flags = tierUp ? [] : ['--no-regexp-tier-up'];
    const report = JSON.parse(await run(process.execPath, [...flags, SELF, '--stage', 'long', String(documents), String(window)]).done) as Omit<LongRun, 'tierUp'>;
    runs.push({ tierUp, ...report });
  }
  return runs;
}

const rate = (w: Window) => w.pages / w.cpuSeconds;

export function longTable(runs: readonly LongRun[]): string {
  return [
    '| node flags | first documents: pages (3,000 characters) per CPU-second | last documents: the same | last ÷ first | peak RSS |',
    '|---|---:|---:|---:|---:|',
    ...runs.map((r) =>
      `| ${r.tierUp ? '(default: tier-up on)' : '--no-regexp-tier-up'} | ${rate(r.first).toFixed(0)} (${r.first.documents}) | ${rate(r.last).toFixed(0)} (${r.last.documents}) | ${(rate(r.last) / rate(r.first)).toFixed(2)} | ${mb(r.peakRssMb)} |`,
    ),
  ].join('\n');
}

if (process.argv[1] === SELF && process.argv[2] === '--stage' && process.argv[3] === 'long') {
  process.stdout.write(JSON.stringify(await longStage(Number(process.argv[4]), Number(process.argv[5]))));
}
