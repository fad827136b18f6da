/**
 * The reconcile part of `npm run bench`: synthetic datasets of 100, 1,000 and 10,000 documents — agreements,
 * tjänsteskrivelser, whole protocols of several matters and reports with listed rows, over organisations
 * in twenty kommuner that share case numbers, parties and periods, with extensions — stored by the writer,
 * then reconciled from scratch, then one more document added and reconciled. Each step runs in its own
 * process, so its peak RSS is its own. `node dist/scripts/bench-reconcile.js [N...]` runs it alone.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Amount, Decision, DocType, DocumentResult, Evidence, Field, Matter, Partnership, Period } from '../pipeline/contract.js';
import { openDataset } from '../output/db/open.js';
import { ensureReconciled } from '../output/review/records.js';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { DatasetWriter, type DocumentOutcome } from '../output/writer.js';
import { prng as random } from './prng.js';

const SELF = fileURLToPath(import.meta.url);
const DIR = join(PACKAGE_ROOT, '.bench', 'reconcile');
export const RECONCILE_SIZES = [100, 1000, 10_000];
/** Documents per writer commit. */
const WRITE_BATCH = 200;
const FILLER =
  'Nämnden har att ta ställning till förvaltningens förslag. Verksamheten riktar sig till personer i utsatta livssituationer och bedrivs i samverkan med civilsamhället. Uppföljning sker årligen genom en gemensam dialog mellan parterna. ';

export interface ReconcileBench {
  documents: number;
  statements: number;
  write: { seconds: number; peakRssMb: number };
  reconcile: { seconds: number; cpuSeconds: number; peakRssMb: number; partnerships: number };
  addOne: { seconds: number; cpuSeconds: number; peakRssMb: number };
}

// ---------------------------------------------------------------------------------------------- the data

interface Agreement {
  organisation: string;
  kommun: string;
  caseNumber: string;
  period: Period;
  sek: number;
}

/** Organisations in twenty kommuner, each with one to three successive periods; a later period is a förlängning under the first one's case number. */
function agreements(documents: number, next: () => number): Agreement[] {
  const kommuner = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'extractors', 'lexicon', 'kommuner.json'), 'utf8')) as { official: string }[]).slice(0, 20).map((k) => k.official);
  const kinds = ['Föreningen Gemenskap', 'Stiftelsen Hjälpande', 'Kvinnojouren', 'Idrottsklubben', 'Röda Korset', 'Stadsmissionen', 'Fritidsgården'];
  const found: Agreement[] = [];
  for (let i = 0; found.length < documents / 3; i++) {
    const organisation = `${kinds[i % kinds.length]} ${['Norra', 'Södra', 'Östra', 'Västra', 'Centrum'][i % 5]}${Math.floor(i / 35) || ''}`;
    const kommun = kommuner[i % kommuner.length]!;
    const first = 2018 + Math.floor(next() * 5);
    const caseNumber = `KS-${first - 1}-${String(100 + i).padStart(5, '0')}`;
    const periods = 1 + Math.floor(next() * 3);
    for (let p = 0, year = first; p < periods; p++) {
      const years = 1 + Math.floor(next() * 3);
      found.push({ organisation, kommun, caseNumber, period: { start: `${year}-01-01`, end: `${year + years - 1}-12-31`, openEnded: false }, sek: 100_000 * (1 + Math.floor(next() * 30)) });
      year += years;
    }
  }
  return found;
}

/** A document's one page: filler with the values' sentences, and each value's evidence pointing into it. */
class Page {
  text = '';
  say<T>(value: T, sentence: string, confidence = 0.9): Field<T> {
    this.text += FILLER;
    const start = this.text.length;
    this.text += `${sentence} `;
    const evidence: Evidence = { page: 1, start, end: start + sentence.length, text: sentence };
    return { value, confidence, needsReview: confidence < 0.9, evidence: [evidence] };
  }
}

function partnership(page: Page, a: Agreement, matter: { paragraph: string | null; decision: Decision | null }, kind: 'iop' | 'bidrag' = 'iop'): Partnership {
  const amount: Amount = { sek: a.sek, per: 'year', payer: a.kommun };
  return {
    kind: page.say(kind, `Idéburet offentligt partnerskap med ${a.organisation}.`),
    paragraph: matter.paragraph,
    diarienummer: [page.say(a.caseNumber, `Dnr ${a.caseNumber}`)],
    decision: matter.decision ? page.say(matter.decision, `Beslut ${matter.decision.date}`) : null,
    ideburna: [page.say(a.organisation, `${a.organisation} (org.nr 802002-8711)`)],
    offentliga: [page.say(a.kommun, a.kommun)],
    organ: [page.say('kommunstyrelsen', 'Kommunstyrelsen beslutar')],
    amounts: [page.say(amount, `${a.sek} kronor per år`, 0.8)],
    period: page.say(a.period, `Perioden ${a.period.start} till ${a.period.end}`),
    extension: null,
    targetGroups: [page.say('unga vuxna', 'Målgruppen är unga vuxna')],
  };
}

const decided = (a: Agreement, paragraph: string, outcome: Decision['outcome']): Decision => ({ date: `${Number(a.period.start!.slice(0, 4)) - 1}-11-20`, body: 'kommunstyrelsen', paragraph, outcome });

/** Document i of the dataset: an agreement, a tjänsteskrivelse, a whole protocol or a report, in turn. */
function syntheticDocument(i: number, all: readonly Agreement[], next: () => number): DocumentOutcome {
  const page = new Page();
  const pick = () => all[Math.floor(next() * all.length)]!;
  const kind: DocType = (['overenskommelse', 'tjansteskrivelse', 'protokoll', 'rapport'] as const)[i % 4]!;
  const docType = page.say(kind, `Dokumenttyp ${kind}`);
  let result: Omit<DocumentResult, 'source' | 'docType'>;
  if (kind === 'protokoll') {
    // Eight § items, one to three of them partnership matters of the same kommun.
    const first = pick();
    const same = all.filter((a) => a.kommun === first.kommun);
    const chosen = [first, ...Array.from({ length: Math.floor(next() * 3) }, () => same[Math.floor(next() * same.length)]!)];
    const partnerships = chosen.map((a, n) => partnership(page, a, { paragraph: `§ ${10 + n}`, decision: decided(a, `§ ${10 + n}`, 'bifall') }, n % 2 ? 'bidrag' : 'iop'));
    const matters: Matter[] = Array.from({ length: 8 }, (_, n) => ({ paragraph: `§ ${10 + n}`, title: `Ärende ${n}`, kind: n < partnerships.length ? partnerships[n]!.kind.value : null, confidence: 0.9, rule: null, partnership: n < partnerships.length ? n : null, page: 1, start: 0, endPage: 1, end: 0 }));
    result = { diarienummer: [], diarienummerRefs: [page.say('KS-2020-00001', 'Dnr KS-2020-00001')], decision: null, partnerships, matters };
  } else if (kind === 'rapport') {
    const rows = Array.from({ length: 5 }, () => partnership(page, pick(), { paragraph: null, decision: null }));
    for (const row of rows) row.diarienummer = [];
    result = { diarienummer: [], diarienummerRefs: [], decision: null, partnerships: rows, matters: rows.map((_, n) => ({ paragraph: null, title: `Rad ${n}`, kind: 'iop', confidence: 0.8, rule: null, partnership: n, page: 1, start: 0, endPage: 1, end: 0 })) };
  } else {
    const a = pick();
    const decision = kind === 'tjansteskrivelse' ? decided(a, '§ 5', 'förslag') : null;
    const p = partnership(page, a, { paragraph: null, decision });
    result = { diarienummer: p.diarienummer, diarienummerRefs: [], decision: p.decision, partnerships: [p], matters: [{ paragraph: null, title: null, kind: 'iop', confidence: 0.9, rule: null, partnership: 0, page: 1, start: 0, endPage: 1, end: 0 }] };
  }
  const path = `/bench/doc-${String(i).padStart(6, '0')}.txt`;
  return { file: { path, sha256: `bench-${i}`, bytes: page.text.length }, meta: null, pages: [{ number: 1, text: page.text, source: 'text-layer' }], result: { source: path, docType, ...result } };
}

// ---------------------------------------------------------------------------------------------- stages

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU time since `from`: on a shared machine wall time also measures the neighbours. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

function buildStage(documents: number, file: string): { seconds: number; peakRssMb: number; statements: number } {
  rmSync(file, { force: true });
  const db = openDataset(file);
  const writer = new DatasetWriter(db);
  const next = random(documents);
  const all = agreements(documents, next);
  let seconds = 0;
  let statements = 0;
  for (let from = 0; from < documents; from += WRITE_BATCH) {
    const batch = Array.from({ length: Math.min(WRITE_BATCH, documents - from) }, (_, k) => syntheticDocument(from + k, all, next));
    statements += batch.reduce((n, o) => n + o.result.partnerships.length, 0);
    const started = performance.now();
    writer.storeMany(batch);
    seconds += (performance.now() - started) / 1000;
  }
  db.close();
  return { seconds, peakRssMb: peakRssMb(), statements };
}

function reconcileStage(file: string): ReconcileBench['reconcile'] {
  const db = openDataset(file, { mustExist: true });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const summary = ensureReconciled(db);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { seconds, cpuSeconds: cpuSeconds(cpu), peakRssMb: peakRssMb(), partnerships: summary?.partnerships ?? 0 };
}

/** One more document of the same dataset (sharing its cases and parties), stored and reconciled. */
function addOneStage(documents: number, file: string): ReconcileBench['addOne'] {
  const db = openDataset(file, { mustExist: true });
  const next = random(documents);
  const outcome = syntheticDocument(documents + 1, agreements(documents, next), random(documents + 1));
  new DatasetWriter(db).store({ ...outcome, file: { ...outcome.file, sha256: 'bench-added' } });
  const started = performance.now();
  const cpu = process.cpuUsage();
  ensureReconciled(db);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { seconds, cpuSeconds: cpuSeconds(cpu), peakRssMb: peakRssMb() };
}

// ---------------------------------------------------------------------------------------------- running

const execFileAsync = promisify(execFile);
async function inChild<T>(...args: string[]): Promise<T> {
  const { stdout } = await execFileAsync(process.execPath, [SELF, '--stage', ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as T;
}

export async function benchReconcile(sizes: readonly number[] = RECONCILE_SIZES, say: (what: string) => void = () => {}): Promise<ReconcileBench[]> {
  mkdirSync(DIR, { recursive: true });
  const results: ReconcileBench[] = [];
  for (const documents of sizes) {
    const file = join(DIR, `dataset-${documents}.sqlite`);
    say(`reconcile: writing ${documents} synthetic documents`);
    const write = await inChild<{ seconds: number; peakRssMb: number; statements: number }>('build', String(documents), file);
    say(`reconcile: ${documents} documents from scratch`);
    const reconcile = await inChild<ReconcileBench['reconcile']>('reconcile', file);
    say(`reconcile: one more document to ${documents}`);
    const addOne = await inChild<ReconcileBench['addOne']>('add', String(documents), file);
    results.push({ documents, statements: write.statements, write, reconcile, addOne });
    say(`reconcile:   ${documents} documents: ${reconcile.seconds.toFixed(1)} s, ${reconcile.peakRssMb.toFixed(0)} MB; one more ${(addOne.seconds * 1000).toFixed(0)} ms`);
  }
  return results;
}

export function reconcileTable(results: readonly ReconcileBench[]): string {
  const rows = results.map((r) =>
    `| ${r.documents.toLocaleString('en')} | ${r.statements.toLocaleString('en')} | ${(r.documents / r.write.seconds).toFixed(0)} docs/s, ${r.write.peakRssMb.toFixed(0)} MB | ${r.reconcile.seconds.toFixed(1)} s (${r.reconcile.cpuSeconds.toFixed(1)} s CPU) | ${r.reconcile.peakRssMb.toFixed(0)} MB | ${r.reconcile.partnerships.toLocaleString('en')} | ${(r.addOne.seconds * 1000).toFixed(0)} ms (${(r.addOne.cpuSeconds * 1000).toFixed(0)} ms CPU) | ${r.addOne.peakRssMb.toFixed(0)} MB |`,
  );
  return [
    '| documents | statements | writer (storeMany) | reconcile from scratch | peak RSS | records | add one document: reconcile | peak RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] === SELF) {
  const [flag, stage, ...args] = process.argv.slice(2);
  if (flag === '--stage' && stage === 'build') process.stdout.write(JSON.stringify(buildStage(Number(args[0]), args[1]!)));
  else if (flag === '--stage' && stage === 'reconcile') process.stdout.write(JSON.stringify(reconcileStage(args[0]!)));
  else if (flag === '--stage' && stage === 'add') process.stdout.write(JSON.stringify(addOneStage(Number(args[0]), args[1]!)));
  else {
    const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
    const results = await benchReconcile(sizes.length ? sizes : RECONCILE_SIZES, (what) => process.stderr.write(`bench: ${what} …\n`));
    process.stdout.write(`${reconcileTable(results)}\n`);
  }
}
