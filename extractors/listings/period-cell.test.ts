import { describe, expect, it } from 'vitest';
import { readCellPeriod, readPeriodColumn } from './period-cell.js';

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
