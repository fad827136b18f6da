import { describe, expect, it } from 'vitest';
import { parseTypedValue, showValue } from '../output/review/show.js';
import { canonicalJson } from '../output/review/values.js';

describe('typed review values', () => {
  it('reads the forms a reviewer types', () => {
    expect(parseTypedValue('amount', '1800000')).toEqual({ sek: 1800000, per: 'year', payer: null });
    expect(parseTypedValue('amount', '1 800 000/total')).toEqual({ sek: 1800000, per: 'total', payer: null });
    expect(parseTypedValue('amount', '1800000/year (Region Gotland)')).toEqual({ sek: 1800000, per: 'year', payer: 'Region Gotland' });
    expect(parseTypedValue('period', '2025-01-01..2028-12-31')).toEqual({ start: '2025-01-01', end: '2028-12-31', openEnded: false });
    expect(parseTypedValue('period', '2020-12-18..tills vidare')).toEqual({ start: '2020-12-18', end: null, openEnded: true });
    expect(parseTypedValue('ideburna', 'Röda Korset Gotland; Frivilliga försvarsorganisationers samarbetskommitté')).toEqual(['Röda Korset Gotland', 'Frivilliga försvarsorganisationers samarbetskommitté']);
    expect(parseTypedValue('amount', '{"sek":5,"per":"once","payer":null}')).toEqual({ sek: 5, per: 'once', payer: null });
  });

  it('leaves what it cannot read as text, for the value schema to refuse', () => {
    expect(parseTypedValue('amount', 'ungefär en miljon')).toBe('ungefär en miljon');
    expect(parseTypedValue('period', '2025')).toBe('2025');
  });

  it('shows values as people read them', () => {
    expect(showValue('amount', { sek: 1300000, per: 'year', payer: 'Region Gotland' })).toBe('1300000 kr/år (Region Gotland)');
    expect(showValue('ideburna', ['A', 'B'])).toBe('A; B');
    expect(showValue('period', null)).toBe('—');
  });

  it('compares list values as sets', () => {
    expect(canonicalJson(['B', 'A'])).toBe(canonicalJson(['A', 'B']));
    expect(canonicalJson({ per: 'year', sek: 1 })).toBe(canonicalJson({ sek: 1, per: 'year' }));
    expect(canonicalJson({ sek: 1, per: 'year' })).not.toBe(canonicalJson({ sek: 2, per: 'year' }));
  });
});
