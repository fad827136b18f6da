/**
 * `npm run bench`: throughput (pages/s) and peak RSS per process of each way through a corpus
 * of text PDFs, against `pdftotext` (poppler-utils) on the same files, and the queue's overhead per job.
 *
 * The corpus (1,000 PDFs of 1–20 pages, rendered from the seed texts by scripts/pdf-render.ts) is generated
 * once into .bench/corpus-1000/ and reused (BENCH_DOCS=100 npm run bench: a quick run on a smaller corpus). Every measurement runs in its own processes: a stage of this script
 * (`--stage read|extract|render`) or the built CLI, so its peak RSS is its own. Not a test: the figures
 * depend on the machine, and the README keeps the latest table with the machine it ran on.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { extractDocument } from '../pipeline/extract.js';
import { readDocument } from '../pipeline/read/index.js';
import type { Page } from '../pipeline/read/types.js';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { renderMunicipalPdf } from './pdf-render.js';
import { benchReconcile, reconcileTable } from './bench-reconcile.js';

const BENCH = join(PACKAGE_ROOT, '.bench');
/** Inherited by the stage processes through the environment. */
const CORPUS_SIZE = Number(process.env.BENCH_DOCS ?? 1000);
const CORPUS = join(BENCH, `corpus-${CORPUS_SIZE}`);
const MANIFEST = join(CORPUS, 'manifest.json');
const PAGES = join(BENCH, 'pages.ndjson');
const CLI = join(PACKAGE_ROOT, 'dist', 'pipeline', 'cli', 'main.js');
const SELF = join(PACKAGE_ROOT, 'dist', 'scripts', 'bench.js');
/** About one A4 page of body text in the renderer's layout. */
const CHARS_PER_PAGE = 3000;
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

interface StageReport {
  seconds: number;
  pages: number;
  peakRssMb: number;
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

/** Reading only: readDocument over the files, one process; the pages are kept for the extraction stage. */
async function readStage(files: readonly string[]): Promise<StageReport> {
  rmSync(PAGES, { force: true });
  let seconds = 0;
  let pages = 0;
  for (const file of files) {
    const started = performance.now();
    const doc = await readDocument(file);
    seconds += (performance.now() - started) / 1000;
    pages += doc.pages.length;
    appendFileSync(PAGES, `${JSON.stringify({ file, pages: doc.pages })}\n`);
  }
  return { seconds, pages, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Extraction only: extractDocument over the pages the read stage kept, one process. */
async function extractStage(): Promise<StageReport> {
  let seconds = 0;
  let pages = 0;
  for await (const line of createInterface({ input: createReadStream(PAGES) })) {
    const doc = JSON.parse(line) as { file: string; pages: Page[] };
    const started = performance.now();
    extractDocument(doc.file, doc.pages, true);
    seconds += (performance.now() - started) / 1000;
    pages += doc.pages.length;
  }
  return { seconds, pages, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

// ---------------------------------------------------------------------------------------------- measuring

/** Peak RSS (VmHWM) of every process in the trees under the given roots, sampled until stopped. */
function sampleTrees(roots: () => number[]): { stop: () => number } {
  const peaks = new Map<number, number>();
  const sample = () => {
    const parents = new Map<number, number[]>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
      } catch {
        // Gone meanwhile.
      }
    }
    const todo = [...roots()];
    while (todo.length > 0) {
      const pid = todo.pop()!;
      todo.push(...(parents.get(pid) ?? []));
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1]) / 1024));
      } catch {
        // Gone meanwhile.
      }
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      sample();
      clearInterval(timer);
      return Math.max(0, ...peaks.values());
    },
  };
}

function run(command: string, args: readonly string[], options: { detached?: boolean } = {}): ChildProcess & { done: Promise<string> } {
  const env = { ...process.env };
  delete env.REDIS_URL;
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'], detached: options.detached ?? false });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  const done = new Promise<string>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)))),
  );
  return Object.assign(child, { done });
}

async function stageInChild(stage: 'read' | 'extract', files: readonly string[]): Promise<StageReport> {
  const listFile = join(BENCH, 'files.json');
  writeFileSync(listFile, JSON.stringify(files));
  return JSON.parse(await run(process.execPath, [SELF, '--stage', stage, listFile]).done) as StageReport;
}

/** pdftotext over the files, `parallel` at a time; peak RSS from GNU time over the whole process tree. */
async function pdftotext(files: readonly string[], parallel: number, pages: number): Promise<StageReport> {
  const started = performance.now();
  const script = `printf '%s\\0' "$@" | /usr/bin/time -f %M xargs -0 -P ${parallel} -I{} pdftotext {} - 2>&1 >/dev/null | tail -1`;
  const { stdout } = await execFileAsync('sh', ['-c', script, 'sh', ...files], { maxBuffer: 1 << 20 });
  return { seconds: (performance.now() - started) / 1000, pages, peakRssMb: Number(stdout.trim()) / 1024 };
}

async function embeddedIngest(concurrency: number, pages: number): Promise<StageReport> {
  const db = join(BENCH, 'embedded.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const started = performance.now();
  const child = run(process.execPath, [CLI, 'ingest', CORPUS, '--db', db, '--concurrency', String(concurrency), '--json']);
  const sampler = sampleTrees(() => [child.pid!]);
  const summary = JSON.parse(await child.done) as { done: number; pages: number };
  const seconds = (performance.now() - started) / 1000;
  if (summary.pages !== pages) throw new Error(`embedded ingest stored ${summary.pages} pages, the corpus has ${pages}`);
  return { seconds, pages, peakRssMb: sampler.stop() };
}

async function distributedIngest(workers: number, redisUrl: string, pages: number): Promise<StageReport> {
  const db = join(BENCH, 'distributed.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const queue = `bench-${process.pid}-${workers}`;
  const started = performance.now();
  const workerProcesses = Array.from({ length: workers }, () =>
    run(process.execPath, [CLI, 'worker', '--redis', redisUrl, '--queue', queue, '--concurrency', '1']),
  );
  const ingest = run(process.execPath, [CLI, 'ingest', CORPUS, '--db', db, '--redis', redisUrl, '--queue', queue, '--json']);
  const sampler = sampleTrees(() => [ingest.pid!, ...workerProcesses.map((w) => w.pid!)]);
  const summary = JSON.parse(await ingest.done) as { pages: number };
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = sampler.stop();
  for (const worker of workerProcesses) worker.kill('SIGTERM');
  await Promise.all(workerProcesses.map((w) => w.done.catch(() => undefined)));
  if (summary.pages !== pages) throw new Error(`distributed ingest stored ${summary.pages} pages, the corpus has ${pages}`);
  return { seconds, pages, peakRssMb };
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

async function main(): Promise<void> {
  const corpus = await ensureCorpus();
  const files = corpus.map((f) => join(CORPUS, f.file));
  const pages = corpus.reduce((sum, f) => sum + f.pages, 0);
  const cores = availableParallelism();
  const loadStart = loadavg()[0]!.toFixed(1);
  const say = (what: string) => process.stderr.write(`bench: ${what} …\n`);
  /** Each figure as soon as it is measured, so an interrupted run still tells something. */
  const measured = (report: StageReport) => {
    process.stderr.write(`bench:   ${(report.pages / report.seconds).toFixed(1)} pages/s, ${report.seconds.toFixed(1)} s, peak RSS ${report.peakRssMb.toFixed(0)} MB\n`);
    return report;
  };

  say('pdftotext, 1 process');
  const pdf1 = measured(await pdftotext(files, 1, pages));
  say(`pdftotext, ${cores} at a time`);
  const pdfN = measured(await pdftotext(files, cores, pages));
  say('reading only (unpdf)');
  const read = measured(await stageInChild('read', files));
  say('extraction only');
  const extract = measured(await stageInChild('extract', files));
  say('embedded ingest, 1 process');
  const embedded1 = measured(await embeddedIngest(1, pages));
  say(`embedded ingest, ${cores} processes`);
  const embeddedN = measured(await embeddedIngest(cores, pages));

  const rows: Row[] = [
    { name: 'pdftotext (poppler)', processes: '1', report: pdf1, baseline: pdf1 },
    { name: 'pdftotext (poppler)', processes: String(cores), report: pdfN, baseline: pdfN },
    { name: 'reading only (readDocument: unpdf + clean)', processes: '1', report: read, baseline: pdf1 },
    { name: 'extraction only (extractDocument)', processes: '1', report: extract, baseline: pdf1 },
    { name: 'embedded ingest, end to end', processes: '1 pool process + writer', report: embedded1, baseline: pdf1 },
    { name: 'embedded ingest, end to end', processes: `${cores} pool processes + writer`, report: embeddedN, baseline: pdfN },
  ];

  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let overhead = 'not measured (no Redis)';
  if (await redisAnswers(redisUrl)) {
    say('distributed ingest, 1 worker');
    const dist1 = measured(await distributedIngest(1, redisUrl, pages));
    say('distributed ingest, 2 workers');
    const dist2 = measured(await distributedIngest(2, redisUrl, pages));
    rows.push(
      { name: 'distributed ingest (BullMQ), 1 worker', processes: '1 worker (1 sandbox) + writer', report: dist1, baseline: pdf1 },
      { name: 'distributed ingest (BullMQ), 2 workers', processes: '2 workers (1 sandbox each) + writer', report: dist2, baseline: pdfN },
    );
    // The same documents through one process each way, one run after the other: what BullMQ adds per job
    // (queueing, the sandbox round trip, the results queue) over the embedded pool's IPC.
    const perJob = (dist1.seconds - embedded1.seconds) / files.length;
    overhead = `${(perJob * 1000).toFixed(1)} ms per job (1 worker with 1 sandboxed processor vs 1 embedded pool process, wall time per document)`;
  }

  const reconciled = reconcileTable(await benchReconcile(undefined, say));

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    [
      `Corpus: ${files.length} text PDFs, ${pages} pages (1–20 each). Machine: ${cores} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; load average ${loadStart} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`,
      '',
      table(rows),
      '',
      `Queue overhead: ${overhead}.`,
      '',
      'Reconcile (synthetic datasets, scripts/bench-reconcile.ts):',
      '',
      reconciled,
      '',
    ].join('\n'),
  );
}

const stage = process.argv[2] === '--stage' ? process.argv[3] : undefined;
if (stage === 'render') {
  await renderStage(Number(process.argv[4]), Number(process.argv[5]));
} else if (stage === 'read' || stage === 'extract') {
  const files = JSON.parse(readFileSync(process.argv[4]!, 'utf8')) as string[];
  const report = stage === 'read' ? await readStage(files) : await extractStage();
  process.stdout.write(JSON.stringify(report));
} else {
  await main();
}
