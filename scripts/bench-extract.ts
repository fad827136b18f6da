/**
 * Extraction alone, quickly (`npm run bench:extract`): every development-set document read once, then
 * extracted ROUNDS times (BENCH_ROUNDS, default 5) in this process; pages of 3,000 characters per CPU-second
 * of extractDocument, over all rounds and in the fastest. Run it as production runs: `node --no-regexp-tier-up dist/scripts/bench-extract.js`
 * (add --cpu-prof to see where the time goes).
 *
 * BENCH_PAGES=.bench/pages.ndjson extracts the PDF corpus's pages instead (the file `npm run bench`'s reading
 * stage leaves: one `{file, pages}` per line), as the bench's extraction line does. BENCH_DIGEST=1 prints a
 * SHA-256 of every result of the first round: equal before and after a refactoring when output is unchanged.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../pipeline/extract.js';
import { readDocument } from '../pipeline/read/index.js';
import type { Page } from '../pipeline/read/types.js';
import { CHARS_PER_PAGE } from './bench-measure.js';
import { SNAPSHOT_DOCS } from './extract-snapshot.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

type Doc = { file: string; doc: { pages: Page[]; meta: { paged: boolean } } };

async function devset(): Promise<Doc[]> {
  const files = readdirSync(SNAPSHOT_DOCS).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map(async (file) => ({ file, doc: await readDocument(join(SNAPSHOT_DOCS, file)) })));
}

function benchCorpus(path: string): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as { file: string; pages: Page[] })
    .map(({ file, pages }) => ({ file, doc: { pages, meta: { paged: true } } }));
}

const docs = process.env.BENCH_PAGES ? benchCorpus(process.env.BENCH_PAGES) : await devset();
const digest = process.env.BENCH_DIGEST ? createHash('sha256') : null;
const pagesPerRound = docs.reduce((n, { doc }) => n + doc.pages.reduce((m, p) => m + p.text.length, 0), 0) / CHARS_PER_PAGE;
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};
// Each round timed on its own: on a shared machine the fastest round is the steadiest figure; the first has no
// help from anything a cache kept from an earlier round (later rounds extract the same texts again).
const rounds: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const cpu = process.cpuUsage();
  for (const { file, doc } of docs) {
    const result = extractDocument(file, doc.pages, doc.meta.paged);
    if (round === 0) digest?.update(JSON.stringify(result));
  }
  rounds.push(cpuSeconds(cpu));
}
const total = rounds.reduce((a, b) => a + b, 0);
const rate = (seconds: number, pages: number) => (pages / seconds).toFixed(0);
console.log(
  `${docs.length} documents, ${pagesPerRound.toFixed(0)} pages × ${ROUNDS} rounds: ${total.toFixed(2)} CPU-s, ` +
    `${rate(total, pagesPerRound * ROUNDS)} pages per CPU-second (first round ${rate(rounds[0]!, pagesPerRound)}, fastest ${rate(Math.min(...rounds), pagesPerRound)}) ` +
    `(${process.execArgv.join(' ') || 'no node flags'})`,
);
if (digest) console.log(`digest ${digest.digest('hex')}`);
