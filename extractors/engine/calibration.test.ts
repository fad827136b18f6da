import { describe, expect, it } from 'vitest';
import type { DocumentResult, Field } from '../../pipeline/contract.js';
import { calibratedConfidence, calibrateResult, FITTED_CALIBRATION, type CalibrationTable } from './calibration.js';
import { fitCalibration } from './calibration-fit.js';
import { CALIBRATION_BINS, MAX_CONFIDENCE, PRIOR_WEIGHT, REVIEW_THRESHOLD } from './confidence.js';
import { reviewReasons } from './review-rules.js';

const f = <T>(value: T, confidence: number, needsReview = confidence < REVIEW_THRESHOLD, evidence = 1): Field<T> => ({
  value,
  confidence,
  needsReview,
  evidence: Array.from({ length: evidence }, (_, i) => ({ page: null, start: i, end: i + 1, text: 'x' })),
});

describe('calibratedConfidence', () => {
  it('keeps the raw confidence where the development set has no values of that field and bin', () => {
    expect(calibratedConfidence({}, 'organ', 0.8)).toBe(0.8);
  });

  it('moves toward the observed rate by the weight of the observations, never to certainty', () => {
    const bins = CALIBRATION_BINS.map(() => ({ values: 0, right: 0 }));
    bins[3] = { values: 100, right: 100 }; // raw 0.75–0.825: all right
    const table: CalibrationTable = { organ: bins };
    const raised = calibratedConfidence(table, 'organ', 0.8);
    expect(raised).toBeCloseTo((100 + PRIOR_WEIGHT * 0.8) / (100 + PRIOR_WEIGHT), 3);
    expect(raised).toBeLessThanOrEqual(MAX_CONFIDENCE);
    expect(calibratedConfidence(table, 'organ', 0.76)).toBeLessThan(raised);
    bins[3] = { values: 100, right: 50 };
    expect(calibratedConfidence(table, 'organ', 0.8)).toBeLessThan(0.6);
  });
});

describe('fitCalibration', () => {
  it('counts right values per field and bin, pooling a higher bin that was right less often', () => {
    const obs = [
      ...Array.from({ length: 4 }, (_, i) => ({ field: 'period', confidence: 0.6, correct: i < 3 })), // 3/4
      ...Array.from({ length: 4 }, (_, i) => ({ field: 'period', confidence: 0.96, correct: i < 1 })), // 1/4
    ];
    const bins = fitCalibration(obs).period!;
    const low = bins[CALIBRATION_BINS.indexOf(0.5)]!;
    const high = bins[CALIBRATION_BINS.indexOf(0.95)]!;
    expect(low).toEqual({ values: 4, right: 2 });
    expect(high).toEqual({ values: 4, right: 2 });
  });
});

describe('calibrateResult', () => {
  const result = (over: Partial<DocumentResult['partnerships'][number]>): DocumentResult => ({
    source: 'x',
    docType: f('protokoll' as const, 0.95),
    diarienummer: [],
    diarienummerRefs: [],
    decision: null,
    partnerships: [{ kind: f('iop' as const, 0.9), paragraph: null, diarienummer: [], decision: null, ideburna: [], offentliga: [], organ: [], amounts: [], period: null, extension: null, targetGroups: [], ...over }],
    matters: [],
  });

  it('re-judges a flag that came only from low raw confidence, and keeps a flag set for a reason', () => {
    const bins = CALIBRATION_BINS.map(() => ({ values: 0, right: 0 }));
    bins[CALIBRATION_BINS.indexOf(0.75)] = { values: 200, right: 200 };
    const out = calibrateResult(result({ organ: [f('kommunstyrelsen', 0.8, true)], offentliga: [f('Region Gotland', 0.95, true)] }), { organ: bins });
    expect(out.partnerships[0]!.organ[0]).toMatchObject({ needsReview: false });
    expect(out.partnerships[0]!.organ[0]!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(out.partnerships[0]!.offentliga[0]!.needsReview).toBe(true);
  });

  it('flags two names that may have run together, read once, but not a name repeated in the text', () => {
    expect(reviewReasons('ideburna', f('Stiftelsen Fryshuset och mellanstaden', 0.95))).toEqual(['names-run-together']);
    expect(reviewReasons('ideburna', f('Röda Korsets behandlingscenter för krigsskadade och torterade', 0.95, false, 3))).toEqual([]);
    expect(reviewReasons('ideburna', f('Göteborgs Räddningsmission', 0.95))).toEqual([]);
  });

  it('flags a period that ends before it starts', () => {
    const out = calibrateResult(result({ period: f({ start: '2025-01-01', end: '2024-12-31', openEnded: false }, 0.97) }), {});
    expect(out.partnerships[0]!.period!.needsReview).toBe(true);
  });

  it('keeps a conflict flagged under the fitted table: a conflict-lowered confidence never calibrates to 0.9', () => {
    // Conflicts reach calibration only as lowered confidence (markConflict: ×0.5; listings: ×0.75).
    const fields = ['doc_type', 'diarienummer', 'decision', 'ideburna', 'offentliga', 'organ', 'amounts', 'period', 'extension', 'target_groups'] as const;
    for (const field of fields) expect(calibratedConfidence(FITTED_CALIBRATION, field, MAX_CONFIDENCE * 0.75), field).toBeLessThan(REVIEW_THRESHOLD);
  });

  it('leaves a failed document as it is', () => {
    const failed = { ...result({}), partnerships: [], error: { code: 'CORRUPT' as const, message: 'x' } };
    expect(calibrateResult(failed, {})).toBe(failed);
  });
});
