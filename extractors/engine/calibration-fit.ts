/**
 * Fits the calibration table (calibration.ts) from extracted values judged right or wrong: counts per
 * field and raw-confidence bin, pooled where a higher bin was right less often than a lower one, so that
 * calibrated confidence never falls as raw confidence rises (pool-adjacent-violators).
 */
import type { CalibrationTable } from './calibration.js';
import { binOf } from './calibration.js';
import { CALIBRATION_BINS } from './confidence.js';
import type { CalibratedField } from './review-rules.js';

export interface Observation {
  field: string;
  /** Raw confidence, before calibration. */
  confidence: number;
  correct: boolean;
}

export function fitCalibration(observations: readonly Observation[]): CalibrationTable {
  const table: Record<string, Array<{ values: number; right: number }>> = {};
  for (const o of observations) {
    const bins = (table[o.field] ??= CALIBRATION_BINS.map(() => ({ values: 0, right: 0 })));
    const bin = bins[binOf(o.confidence)]!;
    bin.values++;
    if (o.correct) bin.right++;
  }
  for (const bins of Object.values(table)) poolViolators(bins);
  return table as CalibrationTable & Record<CalibratedField, Array<{ values: number; right: number }>>;
}

/** Makes the right-rate non-decreasing over non-empty bins by pooling adjacent violators (in place). */
function poolViolators(bins: Array<{ values: number; right: number }>): void {
  const blocks: Array<{ members: number[]; values: number; right: number }> = [];
  bins.forEach((bin, i) => {
    if (bin.values === 0) return;
    blocks.push({ members: [i], values: bin.values, right: bin.right });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const before = blocks[blocks.length - 2]!;
      if (before.right / before.values <= last.right / last.values) break;
      blocks.splice(-2, 2, { members: [...before.members, ...last.members], values: before.values + last.values, right: before.right + last.right });
    }
  });
  for (const block of blocks) {
    const rate = block.right / block.values;
    for (const i of block.members) bins[i]!.right = Math.round(rate * bins[i]!.values * 1000) / 1000;
  }
}
