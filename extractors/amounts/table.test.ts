import { describe, expect, it } from 'vitest';
import { findAmountMentions } from './index.js';
import { columnMoney, headerFactor, headerUnit } from './table.js';

const table = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/gu, ' --- '), ...rows].join('\n');

describe('headerFactor: a column header that names money and its unit', () => {
  it.each([
    ['Belopp (kr)', 1],
    ['Belopp, tkr', 1000],
    ['Bidrag (tkr)', 1000],
    ['Summa kr', 1],
    ['Beviljat belopp 2025 (kronor)', 1],
    ['Föreslaget bidrag, mnkr', 1_000_000],
    ['Verksamhetsbidrag i tusen kronor', 1000],
    ['Tkr', 1000],
    ['(kr)', 1],
  ])('%s → ×%d', (header, factor) => expect(headerFactor(header)).toBe(factor));

  it.each(['År', 'Antal deltagare', 'Org.nr', 'Belopp', 'Budget (tkr)', 'Kostnad, kr', 'Förening', 'Antal (st)', 'Andel (%)'])(
    '%s names no money column with a unit',
    (header) => expect(headerFactor(header)).toBeNull(),
  );
});

describe('headerUnit: the money unit a header names anywhere in it', () => {
  it.each([
    ['Belopp (tkr/år)', 'tkr', 1000],
    ['Bidrag, kr/år', 'kr', 1],
    ['Verksamhetsbidrag i tusen kronor', 'tusen kronor', 1000],
    ['Budget (mnkr)', 'mnkr', 1_000_000],
  ])('%s → %s ×%d', (header, word, factor) => expect(headerUnit(header)).toEqual({ word, factor }));

  it.each(['Belopp', 'Antal (st)', 'Krav på redovisning', 'Tusen deltagare'])('%s names no unit', (header) => expect(headerUnit(header)).toBeNull());
});

describe('columnMoney: bare numbers under a money header', () => {
  it('reads cells under "Belopp (kr)" as kronor and under "Bidrag (tkr)" as thousands', () => {
    const text = table('| Förening | Belopp (kr) |', '| Föreningen A | 150 000 |', '| Föreningen B | 75 000 |');
    expect(columnMoney(text).map((c) => c.sek)).toEqual([150_000, 75_000]);
    const tkr = table('| Insats | År | Bidrag (tkr) |', '| Fritidsgård | 2025 | 500 |');
    expect(columnMoney(tkr).map((c) => c.sek)).toEqual([500_000]);
  });

  it('leaves columns of years, counts and organisation numbers alone', () => {
    const text = table('| Förening | Org.nr | År | Antal deltagare |', '| Föreningen A | 802456-1234 | 2025 | 120 |');
    expect(columnMoney(text)).toEqual([]);
  });

  it('reads no cell that is more than a number, and no table without a separator row', () => {
    expect(columnMoney(table('| Förening | Belopp (kr) |', '| Föreningen A | enligt avtal |'))).toEqual([]);
    expect(columnMoney('| Förening | Belopp (kr) |\n| Föreningen A | 150 000 |')).toEqual([]);
  });

  it('gives the amounts extractor the cell as money about funding', () => {
    const text = `Nämnden beslutar om bidrag enligt tabellen.\n\n${table('| Förening | Beviljat bidrag (kr) |', '| Föreningen A | 250 000 |')}\n`;
    expect(findAmountMentions(text).map((m) => [m.sek, m.aboutFunding])).toEqual([[250_000, true]]);
  });

  it('reads a column of money asked for as the request: beside the granted column it gives way', () => {
    const text = table('| Förening | Sökt belopp (kr) | Beviljat belopp (kr) |', '| Föreningen A | 400 000 | 250 000 |');
    expect(columnMoney(text).map((c) => [c.sek, c.secondary])).toEqual([
      [400_000, true],
      [250_000, false],
    ]);
    expect(findAmountMentions(text).map((m) => m.sek)).toEqual([250_000]);
  });

  it('reads a row labelled with money and its unit under year columns as each year\'s sum', () => {
    const text = table('| | 2025 | 2026 | 2027 |', '| Bidrag (tkr) | 500 | 520 | 540 |', '| Antal deltagare | 120 | 130 | 140 |');
    expect(columnMoney(text).map((c) => [c.sek, c.perYear])).toEqual([
      [500_000, true],
      [520_000, true],
      [540_000, true],
    ]);
    expect(findAmountMentions(text).map((m) => [m.sek, m.per?.per])).toEqual([
      [500_000, 'year'],
      [520_000, 'year'],
      [540_000, 'year'],
    ]);
  });

  it('reads a year column with its unit, and no row of counts or years', () => {
    const text = table('| Insats | 2025 (tkr) | 2026 (tkr) |', '| Fritidsgård | 300 | 300 |');
    expect(columnMoney(text).map((c) => c.sek)).toEqual([300_000, 300_000]);
    expect(columnMoney(table('| | 2025 | 2026 |', '| Antal platser | 12 | 14 |', '| Kostnad, kr | 100 000 | 120 000 |'))).toEqual([]);
  });

  it('reads a sum in thousands groups under a money header without a unit as kronor, and nothing smaller', () => {
    expect(columnMoney(table('| Förening | Beviljat bidrag |', '| Föreningen A | 150 000 |', '| Föreningen B | 800 |')).map((c) => c.sek)).toEqual([150_000]);
    expect(columnMoney(table('| Förening | Antal medlemmar |', '| Föreningen A | 1 200 |'))).toEqual([]);
  });
});
