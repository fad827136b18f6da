/**
 * Extraction alone, quickly (`npm run bench:extract`): every development-set document read once, then
 * extracted ROUNDS times (BENCH_ROUNDS, default 3) in this process; pages of 3,000 characters per CPU-second
 * of extractDocument. Run it as production runs: `node --no-regexp-tier-up dist/scripts/bench-extract.js`
 * (add --cpu-prof to see where the time goes).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../pipeline/extract.js';
import { readDocument } from '../pipeline/read/index.js';
import { CHARS_PER_PAGE } from './bench-measure.js';
import { SNAPSHOT_DOCS } from './extract-snapshot.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const files = readdirSync(SNAPSHOT_DOCS).filter((f) => f.endsWith('.txt')).sort();
const docs = await Promise.all(files.map(async (file) => ({ file, doc: await readDocument(join(SNAPSHOT_DOCS, file)) })));
const pagesPerRound = docs.reduce((n, { doc }) => n + doc.pages.reduce((m, p) => m + p.text.length, 0), 0) / CHARS_PER_PAGE;
const cpu = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) for (const { file, doc } of docs) extractDocument(file, doc.pages, doc.meta.paged);
const used = process.cpuUsage(cpu);
const seconds = (used.user + used.system) / 1e6;
console.log(`${docs.length} documents × ${ROUNDS} rounds, ${(pagesPerRound * ROUNDS).toFixed(0)} pages: ${seconds.toFixed(2)} CPU-s, ${((pagesPerRound * ROUNDS) / seconds).toFixed(0)} pages per CPU-second (${process.execArgv.join(' ') || 'no node flags'})`);
