import { describe, expect, it } from 'vitest';
import type { Field } from '../../pipeline/contract.js';
import { reviewReasons } from './review-rules.js';

const f = <T>(value: T): Field<T> => ({ value, confidence: 0.97, needsReview: false, evidence: [] });

describe('organisation-in-two-rows', () => {
  it('flags in a twin row what a reviewer merges or keeps apart (the organisation, its sums), not what makes the rows twins', () => {
    expect(reviewReasons('ideburna', f('Musiksällskapet'), 'twin-row')).toContain('organisation-in-two-rows');
    expect(reviewReasons('amounts', f({ sek: 2000, per: 'year', payer: null }), 'twin-row')).toContain('organisation-in-two-rows');
    expect(reviewReasons('offentliga', f('Härnösands kommun'), 'twin-row')).toEqual([]);
    expect(reviewReasons('period', f({ start: '2024-01-01', end: null, openEnded: false }), 'twin-row')).toEqual([]);
    expect(reviewReasons('ideburna', f('Musiksällskapet'), 'row')).toEqual([]);
  });
});
