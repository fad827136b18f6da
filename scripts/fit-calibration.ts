/**
 * Fits confidence calibration on the development set and writes extractors/engine/calibration.json.
 * Every devset document is extracted with raw (uncalibrated) confidence and judged against its gold as
 * `iop eval` judges it; calibration-fit.ts turns the judged values into the table. It then reports what
 * counts — calibration with each document left out of the fit that calibrates it (its text and its PDF
 * together), overall and per field — beside the raw and the in-sample figures. Deterministic: same
 * extraction, same table and report. Run: `npm run fit-calibration [DIR...]` (default: fixtures/devset and
 * fixtures/devset-pdf, the seeds as PDFs, so calibration sees reading errors too).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentResult, Field } from '../pipeline/contract.js';
import { extractUncalibrated } from '../pipeline/extract.js';
import { processFile } from '../pipeline/process.js';
import { calibrate, calibrationChecks, CALIBRATION_TARGETS, type Calibration } from '../pipeline/eval/calibration.js';
import { loadGold, type Expected } from '../pipeline/eval/gold.js';
import { scoreDocument, type JudgedValue } from '../pipeline/eval/score.js';
import { fixed3, formatTable } from '../pipeline/cli/table.js';
import { calibrateResult, mapFields, type CalibrationContext, type CalibrationTable } from '../extractors/engine/calibration.js';
import { fitCalibration, fitLeavingEachOut, type Observation } from '../extractors/engine/calibration-fit.js';
import type { CalibratedField } from '../extractors/engine/review-rules.js';

export const CALIBRATION_PATH = 'extractors/engine/calibration.json';

interface DevDoc {
  /** The file's name without extension: a seed's text and its PDF share it, and are one document. */
  name: string;
  expected: Expected;
  raw: DocumentResult;
}

async function loadDevset(dir: string): Promise<DevDoc[]> {
  const docs: DevDoc[] = [];
  for (const file of (await readdir(join(dir, 'docs'))).sort()) {
    const name = basename(file, extname(file));
    const expected = await loadGold(join(dir, 'gold', `${name}.json`));
    const { pages, meta, result } = await processFile(join(dir, 'docs', file));
    docs.push({ name, expected, raw: meta ? extractUncalibrated(result.source, pages, meta.paged) : result });
  }
  return docs;
}

/** The default folders: the devset as text, and the seeds as PDFs. */
const DEFAULT_DIRS = ['fixtures/devset', 'fixtures/devset-pdf'];

/** Each judged value of a document as an observation: its raw confidence, field and context, right or wrong. */
function observe(doc: DevDoc): Observation[] {
  const placed = new Map<Field<unknown>, { field: CalibratedField; context: CalibrationContext }>();
  mapFields(doc.raw, (field, value, context) => {
    // A document's own case numbers and decision are also its one partnership's: the first visit, as itself, decides.
    if (!placed.has(value)) placed.set(value, { field, context });
    return value;
  });
  const observations: Observation[] = [];
  scoreDocument(doc.name, doc.expected, doc.raw, (value, judged) => {
    const at = placed.get(value);
    if (!at) throw new Error(`${doc.name}: judged ${judged.field} "${judged.value}" is not a calibrated field`);
    observations.push({ document: doc.name, ...at, confidence: value.confidence, correct: judged.correct });
  });
  return observations;
}

const judgedWith = (doc: DevDoc, table: CalibrationTable): JudgedValue[] => scoreDocument(doc.name, doc.expected, calibrateResult(doc.raw, table)).judged;

/** The same three figures as calibrate(), each document weighing the same whatever its number of values. */
function documentsWeighedEqually(judged: readonly JudgedValue[]): [number, number, number] {
  const perDocument = new Map<string, number>();
  for (const v of judged) perDocument.set(v.doc, (perDocument.get(v.doc) ?? 0) + 1);
  const share = (of: (v: JudgedValue) => boolean, among: (v: JudgedValue) => boolean): number => {
    const weight = (vs: JudgedValue[]) => vs.reduce((sum, v) => sum + 1 / perDocument.get(v.doc)!, 0);
    const base = judged.filter(among);
    return weight(base.filter(of)) / weight(base);
  };
  return [
    share((v) => v.correct, (v) => v.confidence >= CALIBRATION_TARGETS.highConfidence),
    share((v) => v.needsReview, (v) => !v.correct),
    share((v) => v.needsReview, () => true),
  ];
}

const mark = (ok: boolean | null): string => (ok === null ? '' : ok ? ' ✓' : ' ✗');

function summary(label: string, c: Calibration): string[] {
  const checks = calibrationChecks(c);
  return [
    label,
    String(c.values),
    String(c.highConfidence.values),
    (fixed3(c.highConfidence.accuracy) ?? '—') + mark(checks.highConfidenceAccuracy),
    (fixed3(c.wrongFlaggedShare) ?? '—') + mark(checks.wrongFlagged),
    (fixed3(c.flaggedShare) ?? '—') + mark(checks.flaggedShare),
  ];
}

/** The table as JSON, one line per context and field so a refit reads as a small diff. */
function calibrationFile(dirs: readonly string[], table: CalibrationTable): string {
  const contexts = Object.entries(table).map(([context, bins]) => {
    const fields = Object.entries(bins).map(([field, counts]) => `      ${JSON.stringify(field)}: ${JSON.stringify(counts)}`);
    return `    ${JSON.stringify(context)}: {\n${fields.join(',\n')}\n    }`;
  });
  const comment =
    `Written by npm run fit-calibration from ${dirs.join(' and ')}: per context and field, per raw-confidence bin ` +
    '(confidence.ts CALIBRATION_BINS), the documents with values there and how many of them were right, each document counting once ' +
    'with its share of right values (pooled so the rate never falls as confidence rises).';
  return `{\n  "_comment": ${JSON.stringify(comment)},\n  "contexts": {\n${contexts.join(',\n')}\n  }\n}\n`;
}

async function main(dirs: string[]): Promise<void> {
  const docs = (await Promise.all(dirs.map(loadDevset))).flat();
  const observations = docs.flatMap(observe);
  const table = fitCalibration(observations);
  await writeFile(resolve(CALIBRATION_PATH), calibrationFile(dirs, table));

  const names = [...new Set(docs.map((d) => d.name))];
  const leftOut = fitLeavingEachOut(observations);
  // A document with no judged values has nothing to leave out: the full table is as unseen to it as any.
  const looJudged = docs.flatMap((d) => judgedWith(d, leftOut.get(d.name) ?? table));
  const raw = calibrate(docs.flatMap((d) => scoreDocument(d.name, d.expected, d.raw).judged));
  const inSample = calibrate(docs.flatMap((d) => judgedWith(d, table)));
  const loo = calibrate(looJudged);
  const [eqHigh, eqWrong, eqFlagged] = documentsWeighedEqually(looJudged);

  const t = CALIBRATION_TARGETS;
  console.log(`wrote ${CALIBRATION_PATH} from ${docs.length} files (${names.length} documents), ${raw.values} values (${raw.wrong} wrong)\n`);
  console.log(`targets: accuracy of values ≥ ${t.highConfidence} at least ${t.highConfidenceAccuracy}, wrong flagged at least ${t.wrongFlagged}, all flagged at most ${t.flaggedShare}\n`);
  console.log(formatTable(['confidence', 'values', `values ≥ ${t.highConfidence}`, 'right ≥ 0.9', 'wrong flagged', 'all flagged'], [
    summary('raw (rules only)', raw),
    summary('calibrated, in-sample', inSample),
    summary('calibrated, leave-one-document-out', loo),
    ['  the same, each document weighing the same', `${names.length} docs`, null, fixed3(eqHigh), fixed3(eqWrong), fixed3(eqFlagged)],
  ]));
  console.log('\nleave-one-document-out, per field:\n');
  const fields = [...new Set(looJudged.map((v) => v.field))].sort();
  console.log(formatTable(['field', 'values', `values ≥ ${t.highConfidence}`, 'right ≥ 0.9', 'wrong', 'wrong flagged', 'all flagged'], fields.map((field) => {
    const c = calibrate(looJudged.filter((v) => v.field === field));
    return [field, c.values, c.highConfidence.values, fixed3(c.highConfidence.accuracy), c.wrong, fixed3(c.wrongFlaggedShare), fixed3(c.flaggedShare)];
  })));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirs = process.argv.slice(2);
  await main(dirs.length > 0 ? dirs : DEFAULT_DIRS);
}
