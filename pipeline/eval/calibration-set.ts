/**
 * The development set as calibration sees it, shared by `npm run fit-calibration` (which writes the table and prints
 * the figures) and the test that guards issue 10's calibration targets: every document extracted with raw
 * (uncalibrated) confidence, its judged values as observations, and each document calibrated by a table fitted
 * without it (leave-one-document-out) — what the confidence of a document nobody tuned on would be.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentResult, Field } from '../contract.js';
import { extractUncalibrated } from '../extract.js';
import { processFile } from '../process.js';
import { loadGold, type Expected } from './gold.js';
import { scoreDocument, type JudgedValue } from './score.js';
import { calibrateResult, cellOf, flaggedForReason, mapFields, vouchedConfidence, type CalibrationCell, type CalibrationContext, type CalibrationTable } from '../../extractors/engine/calibration.js';
import { fitCalibration, fitLeavingEachOut, type FitOptions, type Observation } from '../../extractors/engine/calibration-fit.js';
import { PER_SOURCE_DOCUMENTS } from '../../extractors/engine/confidence.js';
import type { CalibratedField } from '../../extractors/engine/review-rules.js';

export interface DevDoc {
  /** The file's name without extension: a seed's text and its PDF share it, and are one document. */
  name: string;
  expected: Expected;
  raw: DocumentResult;
}

export async function loadDevset(dir: string): Promise<DevDoc[]> {
  const docs: DevDoc[] = [];
  for (const file of (await readdir(join(dir, 'docs'))).sort()) {
    const name = basename(file, extname(file));
    const expected = await loadGold(join(dir, 'gold', `${name}.json`));
    const { pages, meta, result } = await processFile(join(dir, 'docs', file));
    docs.push({ name, expected, raw: meta ? extractUncalibrated(result.source, pages, meta.paged) : result });
  }
  return docs;
}

/**
 * The default folders: the devset as text, the seeds as PDFs, and the real pages of fixtures/realset,
 * fixtures/realset2 (development sets since 2026-12-03), fixtures/realset3 and fixtures/realset4 (since 2026-12-04) and
 * fixtures/realset5 (since the night of 2026-12-04), fixtures/realset6 and fixtures/realset7 (since 2026-12-05),
 * fixtures/realset8 (since the evening of 2026-12-05), fixtures/realset9 (since 2026-12-06), fixtures/realset10 (since the
 * morning of 2026-12-06), fixtures/realset11 (since the third session of 2026-12-06), fixtures/realset12 (since the
 * fourth session of 2026-12-06), fixtures/realset13 (since the fifth session of 2026-12-06), fixtures/realset14 (since the
 * sixth session of 2026-12-06), fixtures/realset15 (since the seventh session of 2026-12-06), fixtures/realset16 (since
 * the eighth session of 2026-12-06), fixtures/realset17 (since 2026-12-07), fixtures/realset18 (since the second session of
 * 2026-12-07), fixtures/realset19 (since the third session of 2026-12-07), fixtures/realset20 (since the fourth
 * session of 2026-12-07), fixtures/realset21 (since the fifth session of 2026-12-07), fixtures/realset22 (since the
 * sixth session of 2026-12-07), fixtures/realset23 (since the seventh session of 2026-12-07), fixtures/realset24 (since
 * the eighth session of 2026-12-07) and fixtures/realset25 (since the ninth session of 2026-12-07) — the only real texts from other kommuner the fit may see, and the kind of document the hidden ones are.
 */
export const DEFAULT_DIRS = ['fixtures/devset', 'fixtures/devset-pdf', 'fixtures/realset', 'fixtures/realset2', 'fixtures/realset3',
  'fixtures/realset4', 'fixtures/realset5', 'fixtures/realset6', 'fixtures/realset7', 'fixtures/realset8',
  'fixtures/realset9', 'fixtures/realset10', 'fixtures/realset11', 'fixtures/realset12',
  'fixtures/realset13', 'fixtures/realset14', 'fixtures/realset15', 'fixtures/realset16',
  'fixtures/realset17', 'fixtures/realset18', 'fixtures/realset19', 'fixtures/realset20', 'fixtures/realset21',
  'fixtures/realset22', 'fixtures/realset23', 'fixtures/realset24', 'fixtures/realset25'];

/** A document's source: the prefix of its name (seed_, k_, p_, d_, e_, r_, s_, t_, u_, v_, y_, w_, x_, z_, g_, h_, j_, m_, n_, q_, f_, b_, c_, a_, i_, l_, ab_, ac_, ad_, ae_), one set or one series. */
export const sourceOf = (name: string): string => name.slice(0, name.indexOf('_') + 1) || name;

/** Each source's documents count as at most PER_SOURCE_DOCUMENTS in a bin (calibration-fit.ts FitOptions). */
export const BY_SOURCE: FitOptions = { sourceOf, perSource: PER_SOURCE_DOCUMENTS };

/** Each judged value of a document as an observation: its raw confidence, field and cell (calibration.ts cellOf), right or wrong. */
function observe(doc: DevDoc): Observation[] {
  const placed = new Map<Field<unknown>, { field: CalibratedField; context: CalibrationContext; siblings: readonly Field<unknown>[] }>();
  mapFields(doc.raw, (field, value, context, siblings) => {
    // A document's own case numbers and decision are also its one partnership's: the first visit, as itself, decides.
    if (!placed.has(value)) placed.set(value, { field, context, siblings });
    return value;
  });
  const observations: Observation[] = [];
  scoreDocument(doc.name, doc.expected, doc.raw, (value, judged) => {
    const at = placed.get(value);
    if (!at) throw new Error(`${doc.name}: judged ${judged.field} "${judged.value}" is not a calibrated field`);
    // A value flagged for a reason is flagged whatever its bin says; counting it would lower the bin for the rest.
    if (!flaggedForReason(at.field, value, at.context, at.siblings)) {
      observations.push({ document: doc.name, field: at.field, cell: cellOf(at.field, value, at.context), confidence: value.confidence, correct: judged.correct });
    }
  });
  return observations;
}

/** Where fixtures/first-runs/ is (scripts/first-runs.ts writes it): each blind set's first run, judged today. */
export const FIRST_RUNS_DIR = 'fixtures/first-runs';

/**
 * One judged value of a first run: document, field, cell (its context refined by its variant: calibration.ts cellOf),
 * raw confidence, right (1/0), flagged for a reason (1/0: a review rule or an extractor's conflict; not counted in a
 * fit, as observe() leaves it out), on a guessed kind or a row of a listing read askew (1/0: counted in a fit, but
 * never vouched for; calibration.ts FieldMapper).
 */
export type FirstRunValue = [string, CalibratedField, CalibrationCell, number, 0 | 1, 0 | 1, 0 | 1];

export interface FirstRunFile {
  set: string;
  commit: string;
  columns: string[];
  values: FirstRunValue[];
}

/**
 * Every value `iop eval` judges in a document's raw result, placed as calibration places it: its field, cell and
 * raw confidence, whether it was right, and whether calibrateResult would leave it unvouched whatever its bin (a
 * review rule or an extractor's conflict flags it; or its partnership's kind was guessed). Observations for a fit
 * are the vouchable ones (as observe() takes); measuring calibration needs all of them.
 */
export function firstRunValues(doc: DevDoc): FirstRunValue[] {
  const placed = new Map<Field<unknown>, { field: CalibratedField; cell: CalibrationCell; reason: boolean; guessed: boolean }>();
  mapFields(doc.raw, (field, value, context, siblings, guessed) => {
    if (!placed.has(value)) placed.set(value, { field, cell: cellOf(field, value, context), reason: flaggedForReason(field, value, context, siblings), guessed });
    return value;
  });
  const values: FirstRunValue[] = [];
  scoreDocument(doc.name, doc.expected, doc.raw, (value, judged) => {
    const at = placed.get(value);
    if (!at) throw new Error(`${doc.name}: judged ${judged.field} "${judged.value}" is not a calibrated field`);
    values.push([doc.name, at.field, at.cell, value.confidence, judged.correct ? 1 : 0, at.reason ? 1 : 0, at.guessed ? 1 : 0]);
  });
  return values;
}

export const judgedWith = (doc: DevDoc, table: CalibrationTable, firstRuns: CalibrationTable | null): JudgedValue[] =>
  scoreDocument(doc.name, doc.expected, calibrateResult(doc.raw, table, firstRuns)).judged;

/** A set's stored first-run results (fixtures/first-runs/raw/SET.json) judged by today's scorer against the set's gold today. */
export async function judgeFirstRun(setDir: string, results: Readonly<Record<string, DocumentResult>>): Promise<FirstRunValue[]> {
  const values: FirstRunValue[] = [];
  const names = (await readdir(join(setDir, 'docs'))).map((f) => basename(f, extname(f))).sort();
  for (const name of names) {
    const raw = results[name];
    if (!raw) throw new Error(`${setDir}: no first-run result for ${name}`);
    values.push(...firstRunValues({ name, expected: await loadGold(join(setDir, 'gold', `${name}.json`)), raw }));
  }
  return values;
}

/** Every first run of fixtures/first-runs/ (scripts/first-runs.ts), in file-name order. */
export async function loadFirstRuns(dir: string = FIRST_RUNS_DIR): Promise<FirstRunFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as FirstRunFile));
}

/**
 * A first run's document in a fit: its name behind FIRST_RUN, so sourceOf makes each set's first run a source of its
 * own ("first:n_" beside today's "n_"), one more voice per bin like every other source.
 */
export const FIRST_RUN = 'first:';

/** The document a fitted observation is about: a first run's and today's run of one document are one document. */
export const documentOf = (name: string): string => (name.startsWith(FIRST_RUN) ? name.slice(FIRST_RUN.length) : name);

/** A first run's values as observations for a fit: those no reason flags (as observe() takes today's), guessed kinds too. */
export function firstRunObservations(runs: readonly FirstRunFile[]): Observation[] {
  return runs.flatMap((run) =>
    run.values
      .filter(([, , , , , reason]) => reason === 0)
      .map(([document, field, cell, confidence, right]) => ({ document: FIRST_RUN + document, field, cell, confidence, correct: right === 1 })),
  );
}

/** The first runs' own table among `observations` (calibration.ts FIRST_RUNS_FLOOR); null where there are none: no gate. */
export function firstRunsTable(observations: readonly Observation[]): CalibrationTable | null {
  const firstRuns = observations.filter((o) => o.document.startsWith(FIRST_RUN));
  return firstRuns.length > 0 ? fitCalibration(firstRuns, BY_SOURCE) : null;
}

/** A first run's value as `iop eval` would judge it under `table` and its first runs' (calibration.ts vouchedConfidence, as calibrateResult: unvouched values stay below 0.9). */
export function judgedFirstRunValue([document, field, cell, raw, right, reason, guessed]: FirstRunValue, table: CalibrationTable, firstRuns: CalibrationTable | null): JudgedValue {
  const { confidence, needsReview } = vouchedConfidence(table, firstRuns, field, cell, raw, reason === 1 || guessed === 1);
  return { doc: document, field, value: '', confidence, needsReview, correct: right === 1 };
}

/**
 * A blind set's first run calibrated as a new source's values would be: by the tables fitted without its set — neither
 * its first run nor its documents today — the first runs' own table (the gate) among them. The honest estimate of
 * what a source nobody has seen gets (fit-calibration's last table, test/calibration-loo.test.ts's bound).
 */
export function judgedLeftOutWhole(run: FirstRunFile, observations: readonly Observation[]): JudgedValue[] {
  const source = sourceOf(run.values[0]?.[0] ?? '');
  const without = observations.filter((o) => sourceOf(documentOf(o.document)) !== source);
  const table = fitCalibration(without, BY_SOURCE);
  const firstRuns = firstRunsTable(without);
  return run.values.map((v) => judgedFirstRunValue(v, table, firstRuns));
}

/**
 * The table fitted on every document (and on `firstRuns`, the blind sets' first runs), and each document's values
 * judged under the table fitted without it — without its first run too.
 */
export function leaveOneDocumentOut(docs: readonly DevDoc[], firstRuns: readonly Observation[] = []): { observations: Observation[]; table: CalibrationTable; firstRunTable: CalibrationTable | null; judged: JudgedValue[] } {
  const observations = [...docs.flatMap(observe), ...firstRuns];
  const table = fitCalibration(observations, BY_SOURCE);
  const firstRunTable = firstRunsTable(observations);
  const leftOut = fitLeavingEachOut(observations, documentOf, BY_SOURCE);
  // Only a document with a first run of its own changes the first runs' table when it is left out.
  const withFirstRun = new Set(firstRuns.map((o) => documentOf(o.document)));
  const firstRunsWithout = (name: string) => (withFirstRun.has(name) ? firstRunsTable(firstRuns.filter((o) => documentOf(o.document) !== name)) : firstRunTable);
  // A document with no judged values has nothing to leave out: the full table is as unseen to it as any.
  const judged = docs.flatMap((d) => judgedWith(d, leftOut.get(d.name) ?? table, firstRunsWithout(d.name)));
  return { observations, table, firstRunTable, judged };
}
