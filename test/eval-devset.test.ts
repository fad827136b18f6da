/**
 * Regression guard on the bundled development set: the F1 figures `iop eval fixtures/devset` reached at
 * the end of the session that wrote them, minus a small margin, and issue 4's calibration targets. A drop
 * below them means a change made extraction or calibration worse on documents it used to get right. (The devset is what the rules were
 * written against, so these figures overstate accuracy on unseen documents; they guard, they do not measure.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrationChecks } from '../pipeline/eval/calibration.js';
import { evaluateDir, type EvalReport } from '../pipeline/eval/run.js';

const MARGIN = 0.03;
/** F1 measured with `iop eval fixtures/devset` on 2026-11-24 (see the session's closing note). */
const MEASURED_F1 = {
  micro: 0.99,
  fields: { diarienummer: 1, amounts: 1, 'period.start': 1, 'period.end': 1 },
  listingRows: 0.95,
} as const;
describe('iop eval on fixtures/devset, seeds and Kungsbacka ärenden', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await evaluateDir('fixtures/devset', ['seed_', 'k_']);
  });

  it('keeps micro-F1 and the key fields at their measured level', () => {
    expect(report.failed).toEqual([]);
    expect(report.micro.f1).toBeGreaterThanOrEqual(MEASURED_F1.micro - MARGIN);
    for (const [field, f1] of Object.entries(MEASURED_F1.fields)) {
      expect(report.fields[field as keyof typeof MEASURED_F1.fields].f1, field).toBeGreaterThanOrEqual(f1 - MARGIN);
    }
  });

  it('keeps listing-row F1 at its measured level', () => {
    expect(report.listing.total.f1).toBeGreaterThanOrEqual(MEASURED_F1.listingRows - MARGIN);
  });

  // Guarded at issue 4's targets, not at the measured level: with a handful of wrong values on the devset,
  // one value changing moves "wrong values flagged" by 15–20 points.
  it('keeps confidence calibrated: confident values right, wrong values flagged, few flagged', () => {
    expect(calibrationChecks(report.calibration)).toEqual({ highConfidenceAccuracy: true, wrongFlagged: true, flaggedShare: true });
  });
});
