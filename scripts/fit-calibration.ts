/**
 * Fits confidence calibration on the development set and writes extractors/engine/calibration.json.
 * Every devset document is extracted with raw (uncalibrated) confidence and judged against its gold as
 * `iop eval` judges it; calibration-fit.ts turns the judged values into the table. It then reports what
 * counts — calibration with each document left out of the fit that calibrates it (its text and its PDF
 * together), overall, per group and per field, and with each source left out whole — beside the raw and
 * the in-sample figures. Deterministic: same extraction, same table and report. Run: `npm run
 * fit-calibration [DIR...]` (default: DEFAULT_DIRS of pipeline/eval/calibration-set.ts — the devset, the
 * seeds as PDFs, so calibration sees reading errors too, and the real pages of fixtures/realset to realset25) and the
 * blind sets' first runs in fixtures/first-runs (scripts/first-runs.ts; each a source of its own, "first:" before its
 * documents' names; `--without-first-runs` fits without them). Its table of leave-one-set-out over the first runs
 * is the honest estimate of what a source nobody has seen gets.
 *
 * What is counted is what `iop eval` counts (pipeline/eval/score.ts): every value the output reports,
 * judged against gold, one count per value — doc_type, each case number and reference, the decision as one
 * value (date, body, § and outcome all right), each name, amount (sum and periodicity) and target group,
 * the period as one value, the extension, and a matter's kind in whole protocols (the only documents whose
 * gold has kinds). Missed values are not reported values, so calibration does not count them (recall does).
 * `iop eval fixtures/devset --only d_,e_` gives exactly this script's in-sample figures on those
 * documents; the figures differ only by population and by leaving out. The seeds' listings, as text and
 * as PDF, are 70 % of the devset's values, so the all-documents line is theirs; the per-group lines say
 * what each kind of document gets, and the checking half (no rule written against it) is the nearest to
 * unseen documents.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate, calibrationChecks, CALIBRATION_TARGETS, type Calibration } from '../pipeline/eval/calibration.js';
import { BY_SOURCE, DEFAULT_DIRS, documentOf, firstRunObservations, firstRunsTable, judgedLeftOutWhole, judgedWith, leaveOneDocumentOut, loadDevset, loadFirstRuns, sourceOf, type DevDoc, type FirstRunFile } from '../pipeline/eval/calibration-set.js';
import { scoreDocument, type JudgedValue } from '../pipeline/eval/score.js';
import { fixed3, formatTable } from '../pipeline/cli/table.js';
import { ratio } from '../pipeline/eval/metrics.js';
import { mapFields, type CalibrationTable, type FieldBins } from '../extractors/engine/calibration.js';
import { fitLeavingEachOut, type Observation } from '../extractors/engine/calibration-fit.js';
import { PER_SOURCE_DOCUMENTS } from '../extractors/engine/confidence.js';
import type { CalibratedField } from '../extractors/engine/review-rules.js';

export const CALIBRATION_PATH = 'extractors/engine/calibration.json';

/** The checking halves of fixtures/devset/SPLIT.md (as test/devset-split.json): documents no rule was written against. */
async function loadUnseen(): Promise<Set<string>> {
  const split = JSON.parse(await readFile(resolve('test/devset-split.json'), 'utf8')) as { deChecking: string[]; pChecking: string[] };
  return new Set([...split.deChecking, ...split.pChecking]);
}

/**
 * Values the output reports that no gold key judges, per field: a partnership's kind outside whole
 * protocols (gold gives kinds only there), and the document's case numbers and decision repeated in its
 * partnership. Calibrated like the rest, but unmeasured here; a scorer that judged them would count them.
 */
function unjudged(doc: DevDoc): Map<CalibratedField, number> {
  const reported = new Map<CalibratedField, number>();
  mapFields(doc.raw, (field, value) => {
    reported.set(field, (reported.get(field) ?? 0) + 1);
    return value;
  });
  scoreDocument(doc.name, doc.expected, doc.raw, (value, judged) => {
    const field = judged.field as CalibratedField;
    reported.set(field, reported.get(field)! - 1);
  });
  return reported;
}

/** The same three figures as calibrate(), each document weighing the same whatever its number of values. */
function documentsWeighedEqually(judged: readonly JudgedValue[]): [number | null, number | null, number | null] {
  const perDocument = new Map<string, number>();
  for (const v of judged) perDocument.set(v.doc, (perDocument.get(v.doc) ?? 0) + 1);
  const share = (of: (v: JudgedValue) => boolean, among: (v: JudgedValue) => boolean): number | null => {
    const weight = (vs: JudgedValue[]) => vs.reduce((sum, v) => sum + 1 / perDocument.get(v.doc)!, 0);
    const base = judged.filter(among);
    return ratio(weight(base.filter(of)), weight(base));
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

/** A table's cells as JSON, one line per cell and field so a refit reads as a small diff. */
function cellsJson(table: CalibrationTable): string {
  const cells = (Object.entries(table) as Array<[string, FieldBins]>).map(([cell, bins]) => {
    const fields = Object.entries(bins).map(([field, counts]) => `      ${JSON.stringify(field)}: ${JSON.stringify(counts)}`);
    return `    ${JSON.stringify(cell)}: {\n${fields.join(',\n')}\n    }`;
  });
  return `{\n${cells.join(',\n')}\n  }`;
}

/**
 * The tables as JSON: every source's counts under "contexts" (as before cells refined them), and the first runs'
 * own under "firstRuns" (calibration.ts FIRST_RUNS_FLOOR; absent from a fit without them).
 */
function calibrationFile(dirs: readonly string[], firstRuns: readonly string[], table: CalibrationTable, firstRunTable: CalibrationTable | null): string {
  const comment =
    `Written by npm run fit-calibration from ${dirs.join(' and ')}` +
    (firstRuns.length > 0 ? ` and the first runs of ${firstRuns.join(', ')} (fixtures/first-runs, each a source of its own)` : '') +
    ': per cell (a context, refined by a variant: calibration.ts cellOf) and field, per raw-confidence bin ' +
    '(confidence.ts CALIBRATION_BINS), the documents with values there and how many of them were right, each document counting once ' +
    `with its share of right values and each source (name prefix) as at most ${PER_SOURCE_DOCUMENTS} document(s) at its mean rate ` +
    '(pooled so the rate never falls as confidence rises).';
  const gate = firstRunTable ? `,\n  "firstRuns": ${cellsJson(firstRunTable)}` : '';
  return `{\n  "_comment": ${JSON.stringify(comment)},\n  "contexts": ${cellsJson(table)}${gate}\n}\n`;
}

async function main(dirs: string[], withFirstRuns: boolean): Promise<void> {
  const docs = (await Promise.all(dirs.map(loadDevset))).flat();
  const unseen = await loadUnseen();
  // Read once: fitted on only with withFirstRuns, always reported (reportFirstRuns).
  const runs = await loadFirstRuns();
  const fitted = withFirstRuns ? runs : [];
  const { observations, table, firstRunTable, judged: looJudged } = leaveOneDocumentOut(docs, firstRunObservations(fitted));
  await writeFile(resolve(CALIBRATION_PATH), calibrationFile(dirs, fitted.map((r) => r.set), table, firstRunTable));

  const names = [...new Set(docs.map((d) => d.name))];
  const raw = calibrate(docs.flatMap((d) => scoreDocument(d.name, d.expected, d.raw).judged));
  const inSample = calibrate(docs.flatMap((d) => judgedWith(d, table, firstRunTable)));
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
  // What `iop eval` reports is every value the output carries, judged against gold, counted per value: the
  // same count as here, on another population. The seeds' long listings (as text and as PDF) are most of
  // the devset's values, so the all-documents line above is mostly theirs; the hidden documents are like
  // the checking half (real pages, no rule written against them), whose line is the one to read.
  const groups: Array<[string, (name: string) => boolean]> = [
    ['seeds (listings; text and PDF)', (n) => n.startsWith('seed_')],
    ['k_ (Kungsbacka ärenden)', (n) => n.startsWith('k_')],
    ['p_ and d_, e_: working half', (n) => /^[pde]_/.test(n) && !unseen.has(n)],
    ['p_ and d_, e_: checking half (unseen)', (n) => unseen.has(n)],
    ['d_, e_ (iop eval … --only d_,e_)', (n) => /^[de]_/.test(n)],
    ['r_ (fixtures/realset, real pages)', (n) => n.startsWith('r_')],
    ['s_ (fixtures/realset2, real pages)', (n) => n.startsWith('s_')],
    ['t_ (fixtures/realset3, real pages)', (n) => n.startsWith('t_')],
    ['u_ (fixtures/realset4, real pages)', (n) => n.startsWith('u_')],
    ['v_ (fixtures/realset5, real pages)', (n) => n.startsWith('v_')],
    ['y_ (fixtures/realset6, real pages)', (n) => n.startsWith('y_')],
    ['w_ (fixtures/realset7, real pages)', (n) => n.startsWith('w_')],
    ['x_ (fixtures/realset8, real pages)', (n) => n.startsWith('x_')],
    ['z_ (fixtures/realset9, real pages)', (n) => n.startsWith('z_')],
    ['g_ (fixtures/realset10, real pages)', (n) => n.startsWith('g_')],
    ['h_ (fixtures/realset11, real pages)', (n) => n.startsWith('h_')],
    ['j_ (fixtures/realset12, real pages)', (n) => n.startsWith('j_')],
    ['m_ (fixtures/realset13, real pages)', (n) => n.startsWith('m_')],
    ['n_ (fixtures/realset14, real pages)', (n) => n.startsWith('n_')],
    ['q_ (fixtures/realset15, real pages)', (n) => n.startsWith('q_')],
    ['f_ (fixtures/realset16, real pages)', (n) => n.startsWith('f_')],
    ['b_ (fixtures/realset17, real pages)', (n) => n.startsWith('b_')],
    ['c_ (fixtures/realset18, real pages)', (n) => n.startsWith('c_')],
    ['a_ (fixtures/realset19, real pages)', (n) => n.startsWith('a_')],
    ['i_ (fixtures/realset20, real pages)', (n) => n.startsWith('i_')],
    ['l_ (fixtures/realset21, real and invented pages)', (n) => n.startsWith('l_')],
    ['ab_ (fixtures/realset22, real and invented pages)', (n) => n.startsWith('ab_')],
    ['ac_ (fixtures/realset23, real and invented pages)', (n) => n.startsWith('ac_')],
    ['ad_ (fixtures/realset24, real and invented pages)', (n) => n.startsWith('ad_')],
    ['ae_ (fixtures/realset25, real and invented pages)', (n) => n.startsWith('ae_')],
    ['all but the seeds', (n) => !n.startsWith('seed_')],
  ];
  const perGroup = (judged: readonly JudgedValue[]): string =>
    formatTable(['documents', 'n', 'values', 'wrong', `values ≥ ${t.highConfidence}`, 'right ≥ 0.9', 'wrong flagged', 'all flagged', 'the three, documents equal'], groups.map(([label, member]) => {
      const inGroup = judged.filter((v) => member(v.doc));
      const c = calibrate(inGroup);
      const checks = calibrationChecks(c);
      const equally = documentsWeighedEqually(inGroup).map((x) => fixed3(x) ?? '—').join(' / ');
      return [label, names.filter(member).length, c.values, c.wrong, c.highConfidence.values, (fixed3(c.highConfidence.accuracy) ?? '—') + mark(checks.highConfidenceAccuracy), (fixed3(c.wrongFlaggedShare) ?? '—') + mark(checks.wrongFlagged), (fixed3(c.flaggedShare) ?? '—') + mark(checks.flaggedShare), equally];
    }));
  console.log('\nleave-one-document-out, per group of documents (what `iop eval DIR --only GROUP` would say had the fit not seen the document):\n');
  console.log(perGroup(looJudged));
  // Documents of one source are alike (one kommun's templates, one set's authors), so leaving one out still
  // lets its siblings vouch for it; a new source — a blind set — has no siblings in the fit.
  // d_ and e_ are one devset written together (one set's authors), so they are left out together.
  // A source's first run (fixtures/first-runs) is left out with it.
  const sourceLeftOut = (name: string): string => (/^[de]_/.test(documentOf(name)) ? 'd_/e_' : sourceOf(documentOf(name)));
  const leftOutSources = fitLeavingEachOut(observations, sourceLeftOut, BY_SOURCE);
  const firstRunsWithout = new Map([...leftOutSources.keys()].map((s) => [s, firstRunsTable(observations.filter((o) => sourceLeftOut(o.document) !== s))]));
  const lsoJudged = docs.flatMap((d) => {
    const source = sourceLeftOut(d.name);
    return judgedWith(d, leftOutSources.get(source) ?? table, firstRunsWithout.has(source) ? firstRunsWithout.get(source)! : firstRunTable);
  });
  // The line to choose calibration by: every development source but the seeds (constructed listings), each
  // judged by a table fitted without its source; the checking half is not counted (it is kept for scoring).
  const development = calibrate(lsoJudged.filter((v) => !v.doc.startsWith('seed_') && !unseen.has(v.doc)));
  const figures = [development.highConfidence.accuracy, development.wrongFlaggedShare, development.flaggedShare].map((x) => fixed3(x) ?? '—').join(' / ');
  console.log('\nleave-one-source-out (each source — seed_, k_, p_, d_/e_, r_ … n_ — left out whole: what a new source of documents would get);');
  console.log(`development sources but the seeds, checking half not counted (≥ ${t.highConfidence} right / wrong flagged / all flagged): ${figures}\n`);
  console.log(perGroup(lsoJudged));
  reportFirstRuns(runs, observations, withFirstRuns);
  const notJudged = new Map<CalibratedField, number>();
  for (const doc of docs) for (const [field, n] of unjudged(doc)) if (n > 0) notJudged.set(field, (notJudged.get(field) ?? 0) + n);
  console.log(`\nreported but judged by no gold key (not in the figures): ${[...notJudged].map(([field, n]) => `${field} ${n}`).join(', ') || 'none'}`);
  console.log('\nleave-one-document-out, per field:\n');
  const fields = [...new Set(looJudged.map((v) => v.field))].sort();
  console.log(formatTable(['field', 'values', `values ≥ ${t.highConfidence}`, 'right ≥ 0.9', 'wrong', 'wrong flagged', 'all flagged'], fields.map((field) => {
    const c = calibrate(looJudged.filter((v) => v.field === field));
    return [field, c.values, c.highConfidence.values, fixed3(c.highConfidence.accuracy), c.wrong, fixed3(c.wrongFlaggedShare), fixed3(c.flaggedShare)];
  })));
}

/**
 * The honest estimate: each blind set's FIRST run (fixtures/first-runs: the code before any rule was written from
 * it), calibrated by a table fitted without that set — neither its first run nor its documents as development —
 * and judged as `iop eval` judges. Leaving a development document out of the fit does not leave it out of the rules
 * tuned on it; a first run is what the extractors do on a source nobody has seen. Printed whether or not the fit
 * uses the first runs (--without-first-runs), so the two fits can be compared on the same line.
 */
function reportFirstRuns(runs: readonly FirstRunFile[], observations: readonly Observation[], withFirstRuns: boolean): void {
  const t = CALIBRATION_TARGETS;
  const all: JudgedValue[] = [];
  const rows = runs.map((run) => {
    const judged = judgedLeftOutWhole(run, observations);
    all.push(...judged);
    return [`${run.set} (${sourceOf(run.values[0]?.[0] ?? '')}, ${run.commit})`, ...summary('', calibrate(judged)).slice(1)];
  });
  console.log(`\nleave-one-set-out over the blind sets' first runs (${withFirstRuns ? 'the fit with the other sets\' first runs' : 'the fit without first runs'}; what a new source gets):\n`);
  console.log(formatTable(['first run', 'values', `values ≥ ${t.highConfidence}`, 'right ≥ 0.9', 'wrong flagged', 'all flagged'], [...rows, summary('all first runs', calibrate(all))]));
  const [eqHigh, eqWrong, eqFlagged] = documentsWeighedEqually(all);
  console.log(`the same, each document weighing the same: ${[eqHigh, eqWrong, eqFlagged].map((x) => fixed3(x) ?? '—').join(' / ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  await main(dirs.length > 0 ? dirs : DEFAULT_DIRS, !args.includes('--without-first-runs'));
}
