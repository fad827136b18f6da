import { describe, expect, it } from 'vitest';
import type { Amount, PartnershipValues } from '../../pipeline/contract.js';
import { sharedPeriodicity } from './shared-periodicity.js';

const row = (...pers: Amount['per'][]) => ({
  values: { amounts: pers.map((per, i) => ({ value: { sek: 1000 * (i + 1), per, payer: null }, confidence: 0.8, needsReview: false, evidence: [] })) } as unknown as PartnershipValues,
});
const pers = (rows: ReturnType<typeof row>[]) => sharedPeriodicity(rows).map((r) => r.values.amounts.map((a) => a.value.per));

describe('sharedPeriodicity', () => {
  it('reads a sum that says nothing as the list\'s others say, when two or more all say the same', () => {
    expect(pers([row('year'), row('unknown'), row('year')])).toEqual([['year'], ['year'], ['year']]);
  });

  it('leaves it unknown when the others disagree or only one says how often', () => {
    expect(pers([row('year'), row('unknown'), row('once')])).toEqual([['year'], ['unknown'], ['once']]);
    expect(pers([row('year'), row('unknown')])).toEqual([['year'], ['unknown']]);
  });
});
