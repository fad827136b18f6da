/**
 * `npm run bench`: throughput (pages/s) and peak RSS per process of each way through a corpus
 * of text PDFs, against `pdftotext` (poppler-utils) on the same files, and the queue's overhead per job.
 *
 * The corpus (1,000 PDFs of 1–20 pages, rendered from the seed texts by scripts/pdf-render.ts) is generated
 * once into .bench/corpus-1000/ and reused (BENCH_DOCS=100 npm run bench: a quick run on a smaller corpus). Every measurement runs in its own processes: a stage of this script
 * (`--stage read|read-poppler|extract|render`) or the built CLI, so its peak RSS is its own. Not a test: the
 * figures depend on the machine, and the README keeps the latest table with the machine it ran on.
 *
 * Then the text corpora (scripts/bench-corpora.ts): BENCH_PROTOCOLS generated whole protocols ingested
 * (matters and documents per second), the scale lines of scripts/bench-scale.ts (BENCH_SCALE, comma-separated
 * document counts; BENCH_LONG_DOCS documents in one extracting process) and reconcile at those sizes
 * (scripts/bench-reconcile.ts; BENCH_RECONCILE sizes, BENCH_SCALE's by default). Their defaults follow
 * BENCH_DOCS: 1,000 protocols, 100 and 1,000 documents (add 10,000 with BENCH_SCALE=100,1000,10000) and 2,000
 * documents in one process. BENCH_PARTS (comma-separated: pdf, protocols, scale, long, reconcile; all by
 * default) runs only some parts: `BENCH_PARTS=scale,long,reconcile` never renders the PDF corpus. The part
 * `ingest` is the pdf part's end-to-end lines alone (pdftotext and the embedded ingest, 1 and every core's
 * processes), for paired runs of the ingest; each ingest line says on stderr where its CPU time went.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { extractDocument } from '../pipeline/extract.js';
import { readDocument } from '../pipeline/read/index.js';
import type { Page } from '../pipeline/read/types.js';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { cleanPages } from '../pipeline/clean/index.js';
import { DEFAULT_MAX_MEMORY_MB, readerExecArgv } from '../pipeline/read/guard.js';
import { openDataset } from '../output/db/open.js';
import { renderMunicipalPdf } from './pdf-render.js';
import { benchReconcile, reconcileTable } from './bench-reconcile.js';
import { pageEquivalents, protocolCorpus } from './bench-corpora.js';
import { BENCH, CHARS_PER_PAGE, CLI, cpuBreakdown, embeddedIngestOf, mb, removeDataset, run, sampleTrees, type StageReport } from './bench-measure.js';
import { longRuns, longTable, scaleLines, scaleTable } from './bench-scale.js';

/** Inherited by the stage processes through the environment. */
const CORPUS_SIZE = Number(process.env.BENCH_DOCS ?? 1000);
const CORPUS = join(BENCH, `corpus-${CORPUS_SIZE}`);
const MANIFEST = join(CORPUS, 'manifest.json');
const PROTOCOLS = Number(process.env.BENCH_PROTOCOLS ?? CORPUS_SIZE);
const SCALE = (process.env.BENCH_SCALE ?? (CORPUS_SIZE >= 1000 ? '100,1000' : `${Math.max(1, Math.floor(CORPUS_SIZE / 10))},${CORPUS_SIZE}`)).split(',').map(Number);
const LONG_DOCS = Number(process.env.BENCH_LONG_DOCS ?? 2 * CORPUS_SIZE);
const RECONCILE = process.env.BENCH_RECONCILE ? process.env.BENCH_RECONCILE.split(',').map(Number) : SCALE;
const PART_NAMES = ['pdf', 'ingest', 'protocols', 'scale', 'long', 'reconcile'] as const;
const PARTS = new Set((process.env.BENCH_PARTS ?? PART_NAMES.join(',')).split(',').map((p) => p.trim()));
for (const part of PARTS) if (!(PART_NAMES as readonly string[]).includes(part)) throw new Error(`BENCH_PARTS: no part "${part}" (parts: ${PART_NAMES.join(', ')})`);
const PAGES = join(BENCH, 'pages.ndjson');
const SELF = join(PACKAGE_ROOT, 'dist', 'scripts', 'bench.js');
const HEADERS = [
  { organisation: 'Region Gotland', documentType: 'Protokoll' },
  { organisation: 'Malmö stad', documentType: 'Tjänsteskrivelse' },
  { organisation: 'Region Skåne', documentType: 'Överenskommelse' },
  { organisation: 'Lunds kommun', documentType: 'Rapport' },
];

interface CorpusFile {
  file: string;
  pages: number;
}

const execFileAsync = promisify(execFile);

// ---------------------------------------------------------------------------------------------- stages

/** Renders documents [from, to) of the corpus: doc i has 1–20 pages of seed text from a moving offset. */
async function renderStage(from: number, to: number): Promise<void> {
  const seeds = readdirSync(join(PACKAGE_ROOT, 'fixtures', 'seeds'))
    .sort()
    .map((file) => readFileSync(join(PACKAGE_ROOT, 'fixtures', 'seeds', file), 'utf8'));
  const pool = seeds.join('\n\n');
  for (let i = from; i < to; i++) {
    const pages = 1 + ((i * 7919) % 20);
    const start = (i * 997) % pool.length;
    const text = (pool + '\n\n' + pool).slice(start, start + pages * CHARS_PER_PAGE);
    const file = join(CORPUS, `doc-${String(i).padStart(4, '0')}.pdf`);
    if (existsSync(file)) continue; // rendered by an interrupted earlier run (rendering is deterministic)
    const pdf = await renderMunicipalPdf(`Handling ${i + 1}\n\n${text}`, HEADERS[i % HEADERS.length]!);
    writeFileSync(`${file}.tmp`, pdf);
    renameSync(`${file}.tmp`, file);
  }
}

/** Reading only, one process: readDocument (the project's reader), or `pdftotext -raw` as a subprocess per
 * file, its pages split on form feed, + the project's clean stage (the poppler reader of issue 13). The
 * pages readDocument gives are kept for the extraction stage. */
async function readStage(files: readonly string[], poppler: boolean): Promise<StageReport> {
  if (!poppler) rmSync(PAGES, { force: true });
  let seconds = 0;
  let pages = 0;
  for (const file of files) {
    const started = performance.now();
    if (poppler) {
      const { stdout } = await execFileAsync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 256 << 20 });
      const raw = stdout.split('\f').slice(0, -1).map((text, i) => ({ number: i + 1, text, source: 'text-layer' as const }));
      pages += cleanPages(raw).pages.length;
      seconds += (performance.now() - started) / 1000;
      continue;
    }
    const doc = await readDocument(file);
    seconds += (performance.now() - started) / 1000;
    pages += doc.pages.length;
    appendFileSync(PAGES, `${JSON.stringify({ file, pages: doc.pages })}\n`);
  }
  return { seconds, pages, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/**
 * Extraction only: extractDocument over the pages the read stage kept, one process started with a pool child's node
 * flags (readerExecArgv: no regexp tier-up), as ingest extracts. Its CPU time too: on a shared machine the wall time
 * counts the waits for a core.
 */
async function extractStage(): Promise<StageReport> {
  let seconds = 0;
  let cpuSeconds = 0;
  let pages = 0;
  for await (const line of createInterface({ input: createReadStream(PAGES) })) {
    const doc = JSON.parse(line) as { file: string; pages: Page[] };
    const started = performance.now();
    const cpu = process.cpuUsage();
    extractDocument(doc.file, doc.pages, true);
    const used = process.cpuUsage(cpu);
    seconds += (performance.now() - started) / 1000;
    cpuSeconds += (used.user + used.system) / 1e6;
    pages += doc.pages.length;
  }
  process.stderr.write(`bench:   extraction ${(pages / cpuSeconds).toFixed(1)} pages per CPU-second (${cpuSeconds.toFixed(1)} CPU-s)\n`);
  return { seconds, pages, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

// ---------------------------------------------------------------------------------------------- measuring

type Stage = 'read' | 'read-poppler' | 'extract';

async function stageInChild(stage: Stage, files: readonly string[]): Promise<StageReport> {
  const listFile = join(BENCH, 'files.json');
  writeFileSync(listFile, JSON.stringify(files));
  const flags = stage === 'extract' ? readerExecArgv(DEFAULT_MAX_MEMORY_MB) : [];
  return JSON.parse(await run(process.execPath, [...flags, SELF, '--stage', stage, listFile]).done) as StageReport;
}

/** pdftotext over the files, `parallel` at a time; peak RSS from GNU time over the whole process tree. */
async function pdftotext(files: readonly string[], parallel: number, pages: number): Promise<StageReport> {
  const started = performance.now();
  const script = `printf '%s\\0' "$@" | /usr/bin/time -f %M xargs -0 -P ${parallel} -I{} pdftotext {} - 2>&1 >/dev/null | tail -1`;
  const { stdout } = await execFileAsync('sh', ['-c', script, 'sh', ...files], { maxBuffer: 1 << 20 });
  return { seconds: (performance.now() - started) / 1000, pages, peakRssMb: Number(stdout.trim()) / 1024 };
}

async function embeddedIngest(concurrency: number, pages: number): Promise<StageReport> {
  const ingest = await embeddedIngestOf(CORPUS, join(BENCH, 'embedded.sqlite'), concurrency);
  const { seconds, summary, peaks } = ingest;
  if (summary.pages !== pages) throw new Error(`embedded ingest stored ${summary.pages} pages, the corpus has ${pages}`);
  process.stderr.write(`bench:   writer ${peaks.rootMb.toFixed(0)} MB; reading processes ${peaks.othersMaxMb.toFixed(0)} MB; ${cpuBreakdown(ingest)}\n`);
  return { seconds, pages, peakRssMb: peaks.maxMb };
}

async function distributedIngest(workers: number, redisUrl: string, pages: number): Promise<StageReport> {
  const db = join(BENCH, 'distributed.sqlite');
  removeDataset(db);
  const queue = `bench-${process.pid}-${workers}`;
  const started = performance.now();
  const workerProcesses = Array.from({ length: workers }, () =>
    run(process.execPath, [CLI, 'worker', '--redis', redisUrl, '--queue', queue, '--concurrency', '1']),
  );
  const ingest = run(process.execPath, [CLI, 'ingest', CORPUS, '--db', db, '--redis', redisUrl, '--queue', queue, '--json']);
  const sampler = sampleTrees(() => [ingest.pid!, ...workerProcesses.map((w) => w.pid!)]);
  const summary = JSON.parse(await ingest.done) as { pages: number };
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = sampler.stop().maxMb;
  for (const worker of workerProcesses) worker.kill('SIGTERM');
  await Promise.all(workerProcesses.map((w) => w.done.catch(() => undefined)));
  if (summary.pages !== pages) throw new Error(`distributed ingest stored ${summary.pages} pages, the corpus has ${pages}`);
  return { seconds, pages, peakRssMb };
}

/** BENCH_PROTOCOLS generated whole protocols through the embedded ingest: documents and matters per second. */
async function protocolLine(count: number, concurrency: number): Promise<string> {
  const dir = protocolCorpus(count);
  const db = join(BENCH, 'protocols.sqlite');
  const { seconds, summary, peaks } = await embeddedIngestOf(dir, db, concurrency);
  const pages = pageEquivalents(dir);
  const dataset = openDataset(db, { mustExist: true });
  const counted = dataset.prepare("SELECT count(*) AS matters, count(kind) AS partnershipMatters FROM matters").get() as { matters: number; partnershipMatters: number };
  dataset.close();
  return [
    '| protocols | § matters | of them partnership matters | pages (3,000 characters) | wall time | documents/s | matters/s | pages/s | processes | writer peak RSS | largest peak RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${count.toLocaleString('en')} | ${counted.matters.toLocaleString('en')} | ${counted.partnershipMatters.toLocaleString('en')} | ${pages.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${(summary.done / seconds).toFixed(2)} | ${(counted.matters / seconds).toFixed(1)} | ${(pages / seconds).toFixed(1)} | ${peaks.processes} | ${mb(peaks.rootMb)} | ${mb(peaks.maxMb)} |`,
  ].join('\n');
}

async function ensureCorpus(): Promise<CorpusFile[]> {
  if (existsSync(MANIFEST)) return JSON.parse(readFileSync(MANIFEST, 'utf8')) as CorpusFile[];
  mkdirSync(CORPUS, { recursive: true });
  const parts = availableParallelism();
  const started = performance.now();
  process.stderr.write(`bench: rendering ${CORPUS_SIZE} PDFs into ${CORPUS} (once) …\n`);
  await Promise.all(
    Array.from({ length: parts }, (_, p) =>
      run(process.execPath, [SELF, '--stage', 'render', String(Math.floor((p * CORPUS_SIZE) / parts)), String(Math.floor(((p + 1) * CORPUS_SIZE) / parts))]).done,
    ),
  );
  const files: CorpusFile[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort()) {
    const { stdout } = await execFileAsync('pdfinfo', [join(CORPUS, file)]);
    files.push({ file, pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)![1]) });
  }
  writeFileSync(MANIFEST, JSON.stringify(files));
  process.stderr.write(`bench: corpus ready in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return files;
}

async function redisAnswers(url: string): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------- table

interface Row {
  name: string;
  processes: string;
  report: StageReport;
  /** The pdftotext row it is compared with (same parallelism). */
  baseline: StageReport;
}

function table(rows: readonly Row[]): string {
  const lines = [
    '| measurement | processes | pages/s | × pdftotext | peak RSS per process |',
    '|---|---|---:|---:|---:|',
    ...rows.map(({ name, processes, report, baseline }) => {
      const rate = report.pages / report.seconds;
      const ratio = rate / (baseline.pages / baseline.seconds);
      return `| ${name} | ${processes} | ${rate.toFixed(1)} | ${ratio.toFixed(2)} | ${report.peakRssMb.toFixed(0)} MB |`;
    }),
  ];
  return lines.join('\n');
}

/**
 * The PDF lines: pdftotext, reading, extraction, embedded and distributed ingest over the rendered corpus; with
 * `endToEnd` only pdftotext and the embedded ingest.
 */
async function pdfLines(say: (what: string) => void, endToEnd = false): Promise<string[]> {
  const corpus = await ensureCorpus();
  const files = corpus.map((f) => join(CORPUS, f.file));
  const pages = corpus.reduce((sum, f) => sum + f.pages, 0);
  const cores = availableParallelism();
  /** Each figure as soon as it is measured, so an interrupted run still tells something. */
  const measured = (report: StageReport) => {
    process.stderr.write(`bench:   ${(report.pages / report.seconds).toFixed(1)} pages/s, ${report.seconds.toFixed(1)} s, peak RSS ${report.peakRssMb.toFixed(0)} MB\n`);
    return report;
  };

  say('pdftotext, 1 process');
  const pdf1 = measured(await pdftotext(files, 1, pages));
  say(`pdftotext, ${cores} at a time`);
  const pdfN = measured(await pdftotext(files, cores, pages));
  const rows: Row[] = [
    { name: 'pdftotext (poppler)', processes: '1', report: pdf1, baseline: pdf1 },
    { name: 'pdftotext (poppler)', processes: String(cores), report: pdfN, baseline: pdfN },
  ];
  if (!endToEnd) {
    say('reading only (readDocument)');
    const read = measured(await stageInChild('read', files));
    say('reading only (pdftotext -raw + clean)');
    const readPoppler = measured(await stageInChild('read-poppler', files));
    say('extraction only');
    const extract = measured(await stageInChild('extract', files));
    rows.push(
      { name: 'reading only (readDocument: unpdf + clean)', processes: '1', report: read, baseline: pdf1 },
      { name: 'reading only (pdftotext -raw subprocess + clean)', processes: '1 + pdftotext', report: readPoppler, baseline: pdf1 },
      { name: 'extraction only (extractDocument)', processes: '1', report: extract, baseline: pdf1 },
    );
  }
  say('embedded ingest, 1 process');
  const embedded1 = measured(await embeddedIngest(1, pages));
  say(`embedded ingest, ${cores} processes`);
  const embeddedN = measured(await embeddedIngest(cores, pages));
  rows.push(
    { name: 'embedded ingest, end to end', processes: '1 pool process + writer', report: embedded1, baseline: pdf1 },
    { name: 'embedded ingest, end to end', processes: `${cores} pool processes + writer`, report: embeddedN, baseline: pdfN },
  );

  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let overhead = 'not measured (no Redis)';
  if (!endToEnd && (await redisAnswers(redisUrl))) {
    say('distributed ingest, 1 worker');
    const dist1 = measured(await distributedIngest(1, redisUrl, pages));
    say('distributed ingest, 2 workers');
    const dist2 = measured(await distributedIngest(2, redisUrl, pages));
    rows.push(
      { name: 'distributed ingest (BullMQ), 1 worker', processes: '1 worker (1 reading process) + writer', report: dist1, baseline: pdf1 },
      { name: 'distributed ingest (BullMQ), 2 workers', processes: '2 workers (1 reading process each) + writer', report: dist2, baseline: pdfN },
    );
    // The same documents through one reading process each way, one run after the other: what BullMQ adds
    // per job (queueing, the results queue) over the embedded pool's IPC.
    const perJob = (dist1.seconds - embedded1.seconds) / files.length;
    overhead = `${(perJob * 1000).toFixed(1)} ms per job (1 worker with 1 reading process vs 1 embedded pool process, wall time per document)`;
  }
  return [`Corpus: ${files.length} text PDFs, ${pages} pages (1–20 each).`, '', table(rows), '', ...(endToEnd ? [] : [`Queue overhead: ${overhead}.`, ''])];
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  const loadStart = loadavg()[0]!.toFixed(1);
  const say = (what: string) => process.stderr.write(`bench: ${what} …\n`);
  const out: string[] = [];

  if (PARTS.has('pdf')) out.push(...(await pdfLines(say)));
  else if (PARTS.has('ingest')) out.push(...(await pdfLines(say, true)));
  if (PARTS.has('protocols')) {
    say(`whole protocols: ${PROTOCOLS} generated, embedded ingest with ${cores} processes`);
    const protocols = await protocolLine(PROTOCOLS, cores);
    process.stderr.write(`${protocols}\n`);
    out.push('Whole protocols (generated from the development protocols, text; embedded ingest, reconcile included):', '', protocols, '');
  }
  if (PARTS.has('scale')) {
    const scaled = scaleTable(await scaleLines(SCALE, say));
    process.stderr.write(`${scaled}\n`);
    out.push('Scale (mixed text documents from the development set; embedded ingest, reconcile included):', '', scaled, '');
  }
  if (PARTS.has('long')) {
    const long = longTable(await longRuns(LONG_DOCS, say));
    process.stderr.write(`${long}\n`);
    out.push(
      `Extraction in one long-running process (${LONG_DOCS} mixed text documents; pages per CPU-second of extractDocument over the first and the last documents, their number in brackets):`,
      '',
      long,
      '',
    );
  }
  if (PARTS.has('reconcile')) out.push('Reconcile (synthetic datasets, scripts/bench-reconcile.ts):', '', reconcileTable(await benchReconcile(RECONCILE, say)), '');

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const machine = `Machine: ${cores} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; load average ${loadStart} at the start, ${loadavg()[0]!.toFixed(1)} at the end. Parts: ${[...PARTS].join(', ')}.`;
  process.stdout.write([machine, '', ...out].join('\n'));
}

const stage = process.argv[2] === '--stage' ? process.argv[3] : undefined;
if (stage === 'render') {
  await renderStage(Number(process.argv[4]), Number(process.argv[5]));
} else if (stage === 'read' || stage === 'read-poppler' || stage === 'extract') {
  const files = JSON.parse(readFileSync(process.argv[4]!, 'utf8')) as string[];
  const report = stage === 'extract' ? await extractStage() : await readStage(files, stage === 'read-poppler');
  process.stdout.write(JSON.stringify(report));
} else {
  await main();
}
