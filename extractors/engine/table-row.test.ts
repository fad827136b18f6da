import { describe, expect, it } from 'vitest';
import { rowCells, splitLines } from './table-row.js';

const texts = (line: string, separator: Parameters<typeof rowCells>[1]) => rowCells({ text: line, start: 0 }, separator).map((c) => c.text);

describe('rowCells: a table row as its cells', () => {
  it('splits a markdown row without the empty cells its outer pipes leave, keeping empty cells inside', () => {
    expect(texts('| Förening | Belopp (kr) |', 'pipe')).toEqual(['Förening', 'Belopp (kr)']);
    expect(texts('|  | 2025 | 2026 |', 'pipe')).toEqual(['', '2025', '2026']);
  });

  it('splits layout text at runs of two or more spaces, not at one, and drops the indent', () => {
    expect(texts('   Röda Korset   2022–2024   Socialnämnden', 'spaces')).toEqual(['Röda Korset', '2022–2024', 'Socialnämnden']);
  });

  it('splits at tabs', () => expect(texts('Förening\t\tBelopp', 'tab')).toEqual(['Förening', '', 'Belopp']));

  it('gives each cell its span in the text, whitespace trimmed off', () => {
    const [, second] = splitLines('rubrik\n| A |  150 000 |');
    const cell = rowCells(second!, 'pipe')[1]!;
    expect(cell).toEqual({ text: '150 000', start: 14, end: 21 });
    expect('rubrik\n| A |  150 000 |'.slice(cell.start, cell.end)).toBe('150 000');
  });
});
