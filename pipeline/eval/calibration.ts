/**
 * Does confidence mean what it says? From every extracted value judged right or wrong: accuracy per
 * confidence bucket (a reliability table), accuracy of the confident values, and how well needsReview
 * catches the wrong ones without flagging everything. The targets are issue 10's.
 */
import { ratio } from './metrics.js';
import type { JudgedValue } from './score.js';

export const CALIBRATION_TARGETS = {
  /** Values at or above this confidence… */
  highConfidence: 0.9,
  /** …are at least this often right. */
  highConfidenceAccuracy: 0.95,
  /** At least this share of wrong values is flagged for review… */
  wrongFlagged: 0.85,
  /** …while at most this share of all values is. */
  flaggedShare: 0.4,
} as const;

/** Lower bounds of the reliability table's buckets; each runs to the next bound (the last includes 1). */
export const BUCKET_BOUNDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95] as const;

export interface Bucket {
  from: number;
  to: number;
  values: number;
  correct: number;
  accuracy: number | null;
  meanConfidence: number | null;
}

export interface Calibration {
  values: number;
  accuracy: number | null;
  highConfidence: { values: number; accuracy: number | null };
  wrong: number;
  wrongFlaggedShare: number | null;
  flagged: number;
  flaggedShare: number | null;
  reliability: Bucket[];
  /** The same per field: which extractor's confidence runs high or low. */
  byField: FieldCalibration[];
}

export interface FieldCalibration {
  field: string;
  values: number;
  accuracy: number | null;
  meanConfidence: number | null;
  flagged: number;
  wrong: number;
  wrongFlagged: number;
}

export function calibrate(judged: readonly JudgedValue[]): Calibration {
  const correct = judged.filter((v) => v.correct).length;
  const confident = judged.filter((v) => v.confidence >= CALIBRATION_TARGETS.highConfidence);
  const wrong = judged.filter((v) => !v.correct);
  const flagged = judged.filter((v) => v.needsReview).length;
  return {
    values: judged.length,
    accuracy: ratio(correct, judged.length),
    highConfidence: { values: confident.length, accuracy: ratio(confident.filter((v) => v.correct).length, confident.length) },
    wrong: wrong.length,
    wrongFlaggedShare: ratio(wrong.filter((v) => v.needsReview).length, wrong.length),
    flagged,
    flaggedShare: ratio(flagged, judged.length),
    byField: [...new Set(judged.map((v) => v.field))].map((field) => fieldCalibration(field, judged.filter((v) => v.field === field))),
    reliability: BUCKET_BOUNDS.map((from, i) => {
      const to = BUCKET_BOUNDS[i + 1] ?? 1;
      const inside = judged.filter((v) => v.confidence >= from && (i + 1 < BUCKET_BOUNDS.length ? v.confidence < to : true));
      const right = inside.filter((v) => v.correct).length;
      const meanConfidence = ratio(inside.reduce((sum, v) => sum + v.confidence, 0), inside.length);
      return { from, to, values: inside.length, correct: right, accuracy: ratio(right, inside.length), meanConfidence };
    }),
  };
}

function fieldCalibration(field: string, values: readonly JudgedValue[]): FieldCalibration {
  const wrong = values.filter((v) => !v.correct);
  return {
    field,
    values: values.length,
    accuracy: ratio(values.length - wrong.length, values.length),
    meanConfidence: ratio(values.reduce((sum, v) => sum + v.confidence, 0), values.length),
    flagged: values.filter((v) => v.needsReview).length,
    wrong: wrong.length,
    wrongFlagged: wrong.filter((v) => v.needsReview).length,
  };
}

/** Whether each calibration target is met (null: no values to judge it on). */
export function calibrationChecks(c: Calibration): Record<'highConfidenceAccuracy' | 'wrongFlagged' | 'flaggedShare', boolean | null> {
  const atLeast = (x: number | null, bound: number) => (x === null ? null : x >= bound);
  return {
    highConfidenceAccuracy: atLeast(c.highConfidence.accuracy, CALIBRATION_TARGETS.highConfidenceAccuracy),
    wrongFlagged: atLeast(c.wrongFlaggedShare, CALIBRATION_TARGETS.wrongFlagged),
    flaggedShare: c.flaggedShare === null ? null : c.flaggedShare <= CALIBRATION_TARGETS.flaggedShare,
  };
}
