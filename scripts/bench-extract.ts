/**
 * Extraction alone, quickly (`npm run bench:extract`): every development-set document read once, then
 * extracted ROUNDS times (BENCH_ROUNDS, default 5) in this process; pages of 3,000 characters per CPU-second
 * of extractDocument, over all rounds and in the fastest. Run it as production runs: `node --no-regexp-tier-up dist/scripts/bench-extract.js`
 * (add --cpu-prof to see where the time goes).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../pipeline/extract.js';
import { readDocument } from '../pipeline/read/index.js';
import { CHARS_PER_PAGE } from './bench-measure.js';
import { SNAPSHOT_DOCS } from './extract-snapshot.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const files = readdirSync(SNAPSHOT_DOCS).filter((f) => f.endsWith('.txt')).sort();
const docs = await Promise.all(files.map(async (file) => ({ file, doc: await readDocument(join(SNAPSHOT_DOCS, file)) })));
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
  for (const { file, doc } of docs) extractDocument(file, doc.pages, doc.meta.paged);
  rounds.push(cpuSeconds(cpu));
}
const total = rounds.reduce((a, b) => a + b, 0);
const rate = (seconds: number, pages: number) => (pages / seconds).toFixed(0);
console.log(
  `${docs.length} documents, ${pagesPerRound.toFixed(0)} pages × ${ROUNDS} rounds: ${total.toFixed(2)} CPU-s, ` +
    `${rate(total, pagesPerRound * ROUNDS)} pages per CPU-second (first round ${rate(rounds[0]!, pagesPerRound)}, fastest ${rate(Math.min(...rounds), pagesPerRound)}) ` +
    `(${process.execArgv.join(' ') || 'no node flags'})`,
);
