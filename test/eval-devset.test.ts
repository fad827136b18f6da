/**
 * Regression guard on the bundled development set: the F1 figures `iop eval fixtures/devset` reached at
 * the end of the session that wrote them, minus a small margin. A drop below them means a change made
 * extraction worse on documents it used to get right (calibration is guarded where issue 10 defines it,
 * leave-one-document-out over the whole development set: test/calibration-loo.test.ts). (The devset is what the rules were
 * written against, so these figures overstate accuracy on unseen documents; they guard, they do not measure.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateDir, type EvalReport } from '../pipeline/eval/run.js';
import split from './devset-split.json' with { type: 'json' };

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

});

/**
 * The groups of fixtures/devset/SPLIT.md, measured 2026-12-02 at the end of the matters session (issue 9):
 * micro-F1, and for the whole protocols the matters found (precision, recall) and the decisions of those
 * found (date, body, § and outcome all right). The checking halves were scored, not read.
 */
const GROUPS = [
  { name: 'd_/e_ working half', only: split.deWorking, micro: 0.48 },
  { name: 'd_/e_ checking half', only: split.deChecking, micro: 0.52 },
  { name: 'whole protocols, working half', only: split.pWorking, micro: 0.79, matters: { precision: 1, recall: 1, decisions: 1, withoutMatterYieldingOne: 0 } },
  { name: 'whole protocols, checking half', only: split.pChecking, micro: 0.87, matters: { precision: 0.75, recall: 1, decisions: 0.66, withoutMatterYieldingOne: 1 } },
] as const;

for (const group of GROUPS) {
  describe(`iop eval on fixtures/devset, ${group.name}`, () => {
    let report: EvalReport;
    beforeAll(async () => {
      report = await evaluateDir('fixtures/devset', group.only);
    });

    it('keeps micro-F1 at its measured level', () => {
      expect(report.failed).toEqual([]);
      expect(report.documents).toBe(group.only.length);
      expect(report.micro.f1).toBeGreaterThanOrEqual(group.micro - MARGIN);
    });

    if ('matters' in group) {
      it('finds the partnership matters of whole protocols, and their decisions, at the measured level', () => {
        const { total } = report.matters;
        expect(total.precision).toBeGreaterThanOrEqual(group.matters.precision - MARGIN);
        expect(total.recall).toBeGreaterThanOrEqual(group.matters.recall - MARGIN);
        expect(total.decisionAccuracy).toBeGreaterThanOrEqual(group.matters.decisions - MARGIN);
      });

      it('yields no partnership for the protocols without a matter, but as many as measured', () => {
        const without = report.matters.documents.filter((d) => d.gold === 0);
        expect(without.length).toBeGreaterThan(0);
        expect(without.filter((d) => d.extracted > 0).length).toBeLessThanOrEqual(group.matters.withoutMatterYieldingOne);
      });
    }
  });
}
