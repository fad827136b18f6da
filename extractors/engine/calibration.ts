/**
 * Step 2 of confidence (see confidence.ts): every field's raw confidence becomes the rate at which values
 * of that field with a raw confidence in the same bin were right on the development set, with the raw
 * confidence counted as PRIOR_WEIGHT further observations:
 *     calibrated = (right + PRIOR_WEIGHT · raw) / (values + PRIOR_WEIGHT)
 * The counts are in calibration.json, written by `npm run fit-calibration`. Then needsReview is decided
 * once, on the calibrated value, plus the review rules (review-rules.ts) and any flag an extractor set on
 * a value it was otherwise sure of (a conflict, a contradiction).
 */
import type { DocumentResult, Field, Partnership } from '../../pipeline/contract.js';
import fitted from './calibration.json' with { type: 'json' };
import { CALIBRATION_BINS, MAX_CONFIDENCE, PRIOR_WEIGHT, REVIEW_THRESHOLD } from './confidence.js';
import { reviewReasons, type CalibratedField } from './review-rules.js';

/** Per field, per bin of CALIBRATION_BINS: development-set values whose raw confidence fell in the bin, and how many were right. */
export type CalibrationTable = Partial<Record<CalibratedField, Array<{ values: number; right: number }>>>;

export const FITTED_CALIBRATION: CalibrationTable = fitted.fields;

export function binOf(raw: number): number {
  let bin = 0;
  CALIBRATION_BINS.forEach((from, i) => {
    if (raw >= from) bin = i;
  });
  return bin;
}

export function calibratedConfidence(table: CalibrationTable, field: CalibratedField, raw: number): number {
  const counts = table[field]?.[binOf(raw)] ?? { values: 0, right: 0 };
  const p = (counts.right + PRIOR_WEIGHT * raw) / (counts.values + PRIOR_WEIGHT);
  return Math.round(Math.min(MAX_CONFIDENCE, p) * 1000) / 1000;
}

function calibrateField<T>(table: CalibrationTable, name: CalibratedField, field: Field<T>): Field<T> {
  const confidence = calibratedConfidence(table, name, field.confidence);
  // An extractor's flag on a value it was sure of is a reason (conflict, contradiction), not a low score.
  const flaggedForReason = field.needsReview && field.confidence >= REVIEW_THRESHOLD;
  const needsReview = confidence < REVIEW_THRESHOLD || flaggedForReason || reviewReasons(name, field).length > 0;
  return { ...field, confidence, needsReview };
}

function calibratePartnership(table: CalibrationTable, p: Partnership): Partnership {
  const each = <T>(name: CalibratedField, fields: Field<T>[]) => fields.map((f) => calibrateField(table, name, f));
  return {
    kind: calibrateField(table, 'kind', p.kind),
    paragraph: p.paragraph,
    diarienummer: each('diarienummer', p.diarienummer),
    decision: p.decision && calibrateField(table, 'decision', p.decision),
    ideburna: each('ideburna', p.ideburna),
    offentliga: each('offentliga', p.offentliga),
    organ: each('organ', p.organ),
    amounts: each('amounts', p.amounts),
    period: p.period && calibrateField(table, 'period', p.period),
    extension: p.extension && calibrateField(table, 'extension', p.extension),
    targetGroups: each('target_groups', p.targetGroups),
  };
}

/** The result with every field's confidence calibrated and needsReview decided. */
export function calibrateResult(result: DocumentResult, table: CalibrationTable = FITTED_CALIBRATION): DocumentResult {
  if (result.error) return result;
  return {
    ...result,
    docType: calibrateField(table, 'doc_type', result.docType),
    diarienummer: result.diarienummer.map((f) => calibrateField(table, 'diarienummer', f)),
    diarienummerRefs: result.diarienummerRefs.map((f) => calibrateField(table, 'diarienummer_refs', f)),
    decision: result.decision && calibrateField(table, 'decision', result.decision),
    partnerships: result.partnerships.map((p) => calibratePartnership(table, p)),
  };
}
