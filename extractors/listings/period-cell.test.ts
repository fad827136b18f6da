import { describe, expect, it } from 'vitest';
import { completePeriod, readCellPeriod, readCellPeriods, readPeriodColumn } from './period-cell.js';

const period = (cell: string) => readCellPeriod(cell)?.period ?? null;

describe('readCellPeriod', () => {
  it.each([
    ['2022-01-01–2023-12-31. Syftet är …', { start: '2022-01-01', end: '2023-12-31', openEnded: false }],
    ['2023-02-01 – 2024-01-31. Syftet …', { start: '2023-02-01', end: '2024-01-31', openEnded: false }],
    ['2021-01-01 till 2024-12-31', { start: '2021-01-01', end: '2024-12-31', openEnded: false }],
    ['2022–2023. Syftet …', { start: '2022-01-01', end: '2023-12-31', openEnded: false }],
    ['AVSLUTAD. 2018 - 2022.', { start: '2018-01-01', end: '2022-12-31', openEnded: false }],
    ['2020-12-18–tills vidare. Syftet …', { start: '2020-12-18', end: null, openEnded: true }],
    ['2022-03-25– tills vidare.', { start: '2022-03-25', end: null, openEnded: true }],
    ['från 2019 och tills vidare', { start: '2019-01-01', end: null, openEnded: true }],
    ['2023-01-01 2025-12-31', { start: '2023-01-01', end: '2025-12-31', openEnded: false }],
  ])('reads %s', (cell, expected) => expect(period(cell)).toEqual(expected));

  it('takes the first period and leaves later extensions and renewals', () => {
    const found = readCellPeriod('2021–2022 (Förnyad 2022-04-01–2023-03-31). Partnerskapet …');
    expect(found).toMatchObject({ period: { start: '2021-01-01', end: '2022-12-31' }, start: 0, end: 9 });
  });

  it.each([
    'Syftet är att bryta segregationen. (Länk)',
    'barn och unga i åldrarna 7–25 bosatta i Göteborg',
    'nollvisionen som beslutades av riksdagen 2008',
    'Dnr 2021-1234',
    '2023–2019',
    '2025-12-31 2023-01-01',
  ])('finds no period in %s', (cell) => expect(readCellPeriod(cell)).toBeNull());
});

describe('readPeriodColumn', () => {
  it('reads a lone year as the whole year and a lone date as the start', () => {
    expect(readPeriodColumn('2023')[0]?.period).toEqual({ start: '2023-01-01', end: '2023-12-31', openEnded: false });
    expect(readPeriodColumn(' 2022-04-01 ')[0]).toEqual({ period: { start: '2022-04-01', end: null, openEnded: false }, start: 1, end: 11 });
  });

  it('reads a range as any cell does and nothing from words', () => {
    expect(readPeriodColumn('2022–2023')[0]?.period).toEqual({ start: '2022-01-01', end: '2023-12-31', openEnded: false });
    expect(readPeriodColumn('Löpande')).toEqual([]);
    expect(readPeriodColumn('tills vidare')[0]?.period).toEqual({ start: null, end: null, openEnded: true });
    expect(readPeriodColumn('Tillsvidare.')[0]?.period).toEqual({ start: null, end: null, openEnded: true });
    expect(readPeriodColumn('vidare')).toEqual([]);
  });

  it('reads a date or year that a dash and nothing else follows as the start of an open period', () => {
    expect(readPeriodColumn('2024-01-01 –')[0]?.period).toEqual({ start: '2024-01-01', end: null, openEnded: true });
    expect(readPeriodColumn('2022–')[0]?.period).toEqual({ start: '2022-01-01', end: null, openEnded: true });
    expect(readPeriodColumn('– 2022')).toEqual([]);
  });
});

describe('completePeriod', () => {
  const first = (cell: string) => completePeriod(readCellPeriods(cell))[0]?.period ?? null;

  it.each([
    ['Socialnämnden har sedan 2022 ett IOP med Kvinnojouren Vega. Överenskommelsen gäller 2022–2025.', { start: '2022-01-01', end: '2025-12-31', openEnded: false }],
    ['Kommunen har sedan 2019 ett partnerskap med föreningen. Avtalet gäller till och med 2025-12-31.', { start: '2019-01-01', end: '2025-12-31', openEnded: false }],
    ['Sedan 2021 har fritidsnämnden ett IOP med klubben; avtalet löper 2021-01-01–2024-12-31.', { start: '2021-01-01', end: '2024-12-31', openEnded: false }],
  ])('completes a start from a later end in %s', (cell, expected) => expect(first(cell)).toEqual(expected));

  it('spans from the start to the end that completed it, and keeps the later periods it did not use', () => {
    const cell = 'Har sedan 2022 ett IOP. Gäller 2022–2025 (förlängt 2026-01-01–2026-12-31).';
    const [completed, ...later] = completePeriod(readCellPeriods(cell));
    expect(completed).toMatchObject({ start: cell.indexOf('sedan') });
    expect(completed!.end).toBe(cell.indexOf('2025') + 4);
    expect(later.map((p) => p.period.start)).toEqual(['2026-01-01']);
  });

  it.each([
    ['Kommunen har sedan 2019 ett partnerskap med föreningen. Nuvarande avtal gäller 2023–2025.', { start: '2019-01-01', end: null, openEnded: false }],
    ['Från 2019 och tills vidare. Bidraget för 2024 är 50 000 kr.', { start: '2019-01-01', end: null, openEnded: true }],
    ['2022–2023. Förlängt till och med 2024-12-31.', { start: '2022-01-01', end: '2023-12-31', openEnded: false }],
  ])('leaves %s as its first period says', (cell, expected) => expect(first(cell)).toEqual(expected));
});
