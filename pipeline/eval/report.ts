/** `iop eval`'s human-readable output: per-field table, listing rows, calibration, and (verbose) every miss. */
import { fixed3, formatTable } from '../cli/table.js';
import { CALIBRATION_TARGETS, calibrationChecks } from './calibration.js';
import type { Scores } from './metrics.js';
import type { EvalReport } from './run.js';
import type { MatterTotals } from './matters.js';
import { INFO_FIELDS, SCORED_FIELDS, type FieldName } from './score.js';

const scoreCells = (s: Scores) => [s.tp, s.fp, s.fn, fixed3(s.precision), fixed3(s.recall), fixed3(s.f1)];
const pass = (ok: boolean | null) => (ok === null ? '(no values)' : ok ? 'meets target' : 'MISSES TARGET');

export function formatReport(report: EvalReport, verbose: boolean): string {
  const out: string[] = [];
  out.push(`Documents scored: ${report.documents}${report.failed.length ? `, failed to read: ${report.failed.length}` : ''}`);
  for (const { doc, error } of report.failed) out.push(`  failed ${doc}: ${error}`);
  for (const note of report.unmatched) out.push(`  not scored: ${note}`);

  const fieldRow = (name: FieldName, note = '') => [name + note, ...scoreCells(report.fields[name])];
  out.push('', 'Per field', formatTable(['field', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], [
    ...SCORED_FIELDS.map((f) => fieldRow(f)),
    ['micro (all fields above)', ...scoreCells(report.micro)],
    ...INFO_FIELDS.map((f) => fieldRow(f, ' (info, not in micro)')),
  ]));

  out.push('', 'Per document (all scored fields)');
  out.push(formatTable(['document', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], report.perDocument.map((d) => [d.doc, ...scoreCells(d)])));

  if (report.listing.documents.length > 0) {
    const rows = report.listing.documents.map((d) => [d.doc, d.goldRows, d.predictedRows, d.tp, fixed3(d.precision), fixed3(d.recall), fixed3(d.f1)]);
    const t = report.listing.total;
    rows.push(['all', t.tp + t.fn, t.tp + t.fp, t.tp, fixed3(t.precision), fixed3(t.recall), fixed3(t.f1)]);
    out.push('', 'Listing rows (found = same idéburna set, same public-party set, same period)');
    out.push(formatTable(['document', 'gold rows', 'extracted', 'found', 'precision', 'recall', 'F1'], rows));
  }

  if (report.matters.documents.length > 0) {
    const row = (doc: string, m: MatterTotals) => [doc, m.gold, m.extracted, m.paired, fixed3(m.precision), fixed3(m.recall), fixed3(m.kindAccuracy), fixed3(m.caseNumberScores.f1), fixed3(m.decisionAccuracy)];
    out.push('', 'Matters of whole documents (found = paired with a gold matter by §, else by parties; kind, case numbers and decision over those found)');
    out.push(formatTable(['document', 'gold', 'extracted', 'found', 'precision', 'recall', 'kind right', 'case no. F1', 'decision right'], [
      ...report.matters.documents.map((d) => row(d.doc, d)),
      row('all', report.matters.total),
    ]));
    const parts = report.matters.total.decisionPartAccuracy;
    out.push(`Decision parts right over matters found: date ${fixed3(parts.date) ?? '—'}, body ${fixed3(parts.body) ?? '—'}, § ${fixed3(parts.paragraph) ?? '—'}, outcome ${fixed3(parts.outcome) ?? '—'}`);
  }

  const c = report.calibration;
  const checks = calibrationChecks(c);
  out.push('', `Calibration over ${c.values} extracted values (${c.wrong} wrong, accuracy ${fixed3(c.accuracy) ?? '—'})`);
  // The table is fitted on fixtures/devset, fixtures/realset and fixtures/realset2: there these figures are in-sample; npm run
  // fit-calibration reports them with each document left out of the fit.
  out.push('(on fixtures/devset, fixtures/realset and fixtures/realset2 in-sample: the calibration was fitted there; `npm run fit-calibration` leaves each document out)');
  out.push(formatTable(['measure', 'value', 'target', ''], [
    [`accuracy of values with confidence ≥ ${CALIBRATION_TARGETS.highConfidence} (n=${c.highConfidence.values})`, fixed3(c.highConfidence.accuracy), `≥ ${CALIBRATION_TARGETS.highConfidenceAccuracy}`, pass(checks.highConfidenceAccuracy)],
    ['share of wrong values flagged needsReview', fixed3(c.wrongFlaggedShare), `≥ ${CALIBRATION_TARGETS.wrongFlagged}`, pass(checks.wrongFlagged)],
    ['share of all values flagged needsReview', fixed3(c.flaggedShare), `≤ ${CALIBRATION_TARGETS.flaggedShare}`, pass(checks.flaggedShare)],
  ]));
  out.push('', 'Reliability (accuracy per confidence bucket)');
  out.push(formatTable(['confidence', 'values', 'right', 'accuracy', 'mean confidence'], c.reliability.map((b) => [
    `${b.from.toFixed(2)}–${b.to.toFixed(2)}`, b.values, b.correct, fixed3(b.accuracy), fixed3(b.meanConfidence),
  ])));

  out.push('', 'Calibration per field');
  out.push(formatTable(['field', 'values', 'accuracy', 'mean confidence', 'flagged', 'wrong', 'wrong flagged'], c.byField.map((f) => [
    f.field, f.values, fixed3(f.accuracy), fixed3(f.meanConfidence), f.flagged, f.wrong, f.wrongFlagged,
  ])));

  if (verbose) {
    out.push('', `Misses (${report.misses.length})`);
    out.push(formatTable(['document', 'field', 'expected', 'got'], report.misses.map((m) => [m.doc, m.field, m.expected, m.got])));
  }
  return out.join('\n');
}
