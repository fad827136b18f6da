import { describe, expect, it } from 'vitest';
import { editableValue, parseTypedValue, showValue } from '../output/review/show.js';
import { readTyped } from '../output/review/typed.js';
import { canonicalJson, checkValue } from '../output/review/values.js';
import type { RecordFieldName } from '../pipeline/reconcile/types.js';

const value = (field: RecordFieldName, typed: string, current: unknown = null) => {
  const read = readTyped(field, typed, current);
  if (!read.ok) throw new Error(read.message);
  return read.value;
};
const refusal = (field: RecordFieldName, typed: string) => {
  const read = readTyped(field, typed);
  return read.ok ? null : read.message;
};
/** Swedish typography groups thousands with a no-break space; the tests write plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('typed review values', () => {
  it('reads amounts as Swedish reviewers write them', () => {
    expect(value('amount', '1,8 miljoner')).toEqual({ sek: 1_800_000, per: 'year', payer: null });
    expect(value('amount', '500 tkr')).toEqual({ sek: 500_000, per: 'year', payer: null });
    expect(value('amount', '400 000 kr/år')).toEqual({ sek: 400_000, per: 'year', payer: null });
    expect(value('amount', '4 mnkr totalt')).toEqual({ sek: 4_000_000, per: 'total', payer: null });
    expect(value('amount', '50 000 kronor engångs')).toEqual({ sek: 50_000, per: 'once', payer: null });
    expect(value('amount', '10.000 kr per år')).toEqual({ sek: 10_000, per: 'year', payer: null });
    expect(value('amount', '1 300 000 kr/år (Region Gotland)')).toEqual({ sek: 1_300_000, per: 'year', payer: 'Region Gotland' });
  });

  it("keeps an amount's periodicity and payer when only the number is typed", () => {
    expect(value('amount', '1,8 miljoner', { sek: 1_300_000, per: 'total', payer: 'Region Gotland' })).toEqual({ sek: 1_800_000, per: 'total', payer: 'Region Gotland' });
    expect(value('amount', '1,8 miljoner kr/år', { sek: 1_300_000, per: 'total', payer: 'Region Gotland' })).toEqual({ sek: 1_800_000, per: 'year', payer: null });
  });

  it('reads the short forms of the CLI and JSON', () => {
    expect(parseTypedValue('amount', '1800000')).toEqual({ sek: 1800000, per: 'year', payer: null });
    expect(parseTypedValue('amount', '1 800 000/total')).toEqual({ sek: 1800000, per: 'total', payer: null });
    expect(parseTypedValue('amount', '1800000/year (Region Gotland)')).toEqual({ sek: 1800000, per: 'year', payer: 'Region Gotland' });
    expect(parseTypedValue('amount', '{"sek":5,"per":"once","payer":null}')).toEqual({ sek: 5, per: 'once', payer: null });
    expect(parseTypedValue('period', '2025-01-01..2028-12-31')).toEqual({ start: '2025-01-01', end: '2028-12-31', openEnded: false });
    expect(parseTypedValue('period', '2020-12-18..tills vidare')).toEqual({ start: '2020-12-18', end: null, openEnded: true });
    expect(parseTypedValue('ideburna', 'Röda Korset Gotland; Frivilliga försvarsorganisationers samarbetskommitté')).toEqual(['Röda Korset Gotland', 'Frivilliga försvarsorganisationers samarbetskommitté']);
  });

  it('reads periods as the page shows them', () => {
    expect(value('period', '2025-01-01–2028-12-31')).toEqual({ start: '2025-01-01', end: '2028-12-31', openEnded: false });
    expect(value('period', '2025-01-01 till 2028-12-31')).toEqual({ start: '2025-01-01', end: '2028-12-31', openEnded: false });
    expect(value('period', 'från 2025-01-01 tills vidare')).toEqual({ start: '2025-01-01', end: null, openEnded: true });
    expect(value('period', '–2028-12-31')).toEqual({ start: null, end: '2028-12-31', openEnded: false });
  });

  it('refuses what it cannot read, and impossible values, with a sentence for the reviewer', () => {
    expect(refusal('amount', 'ungefär en miljon')).toMatch(/^Skriv beloppet som till exempel ”1 800 000 kr\/år”/);
    expect(refusal('period', '2025')).toMatch(/^Skriv perioden som/);
    expect(refusal('period', '2025-01-01–2024-12-31')).toBe('Slutdatumet 2024-12-31 ligger före startdatumet 2025-01-01.');
    expect(refusal('period', '2025-02-30–2025-12-31')).toBe('2025-02-30 är inget datum som finns.');
    expect(refusal('ideburna', ' ; ')).toMatch(/^Skriv minst ett namn/);
    expect(refusal('amount', '')).toMatch(/^Skriv ett värde/);
    expect(refusal('amount', '{"sek":-5,"per":"year","payer":null}')).toMatch(/^Skriv beloppet/);
    expect(checkValue('period', { start: '2025-01-01', end: '2024-01-01', openEnded: false })).toEqual({ ok: false, message: 'Slutdatumet 2024-01-01 ligger före startdatumet 2025-01-01.' });
    expect(() => parseTypedValue('period', '2025')).toThrow(/Skriv perioden/);
  });

  it('shows values in Swedish number formats, and edits them in a form that reads back as itself', () => {
    expect(plain(showValue('amount', { sek: 1300000, per: 'year', payer: 'Region Gotland' }))).toBe('1 300 000 kr/år (Region Gotland)');
    expect(plain(showValue('amount', { sek: 400000, per: 'total', payer: null }))).toBe('400 000 kr totalt');
    expect(showValue('ideburna', ['A', 'B'])).toBe('A; B');
    expect(showValue('period', null)).toBe('—');
    const cases: [RecordFieldName, unknown][] = [
      ['amount', { sek: 1300000, per: 'once', payer: 'Region Gotland' }],
      ['amount', { sek: 250, per: 'unknown', payer: null }],
      ['period', { start: '2025-01-01', end: null, openEnded: true }],
      ['period', { start: null, end: '2028-12-31', openEnded: false }],
      ['targetGroups', ['barn och unga', 'äldre']],
      ['extension', '1+1 år'],
    ];
    // The page edits the current value, so a periodicity the text leaves out ("250 kr": unknown) is kept.
    for (const [field, v] of cases) expect(value(field, editableValue(field, v), v)).toEqual(v);
  });

  it('compares list values as sets', () => {
    expect(canonicalJson(['B', 'A'])).toBe(canonicalJson(['A', 'B']));
    expect(canonicalJson({ per: 'year', sek: 1 })).toBe(canonicalJson({ sek: 1, per: 'year' }));
    expect(canonicalJson({ sek: 1, per: 'year' })).not.toBe(canonicalJson({ sek: 2, per: 'year' }));
  });
});
