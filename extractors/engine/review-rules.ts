/**
 * Reasons a reviewer should look at a value whatever its confidence: shapes of value that are often
 * wrong for reasons no single rule sees. Named data; calibration.ts applies them.
 */
import type { Amount, Field, Period } from '../../pipeline/contract.js';

/** The fields confidence is calibrated per (the same names `iop eval` reports calibration under). */
export type CalibratedField =
  | 'doc_type'
  | 'kind'
  | 'diarienummer'
  | 'diarienummer_refs'
  | 'decision'
  | 'ideburna'
  | 'offentliga'
  | 'organ'
  | 'amounts'
  | 'period'
  | 'extension'
  | 'target_groups';

export interface ReviewRule {
  name: string;
  fields: readonly CalibratedField[];
  /** True when the value should be reviewed. */
  applies: (field: Field<unknown>) => boolean;
}

export const REVIEW_RULES: readonly ReviewRule[] = [
  {
    // "Stiftelsen Fryshuset och Mellanstaden", "X och kyrkliga samfund": one name, or two run together?
    // Read once, nothing settles it; names repeated in the text ("… för krigsskadade och torterade") are let be.
    name: 'names-run-together',
    fields: ['ideburna', 'offentliga'],
    applies: (f) => typeof f.value === 'string' && /\s(?:och|samt|eller)\s+\p{Ll}/u.test(f.value) && f.evidence.length <= 1,
  },
  {
    name: 'period-ends-before-start',
    fields: ['period'],
    applies: (f) => {
      const { start, end } = f.value as Period;
      return start !== null && end !== null && end < start;
    },
  },
  {
    // "Bidrag: 495 000 kr" in a list cell: the sum is read, but not whether it is a year's or the whole
    // agreement's. Half a value; a reviewer settles the other half.
    name: 'amount-periodicity-unknown',
    fields: ['amounts'],
    applies: (f) => (f.value as Amount).per === 'unknown',
  },
];

export function reviewReasons(field: CalibratedField, value: Field<unknown>): string[] {
  return REVIEW_RULES.filter((rule) => rule.fields.includes(field) && rule.applies(value)).map((rule) => rule.name);
}
