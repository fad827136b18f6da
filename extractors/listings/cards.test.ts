import { describe, expect, it } from 'vitest';
import { findCards } from './cards.js';

const rowsOf = (text: string) => findCards(text).flatMap((t) => t.rows.map((row) => row.map((cell) => cell.text)));

describe('findCards', () => {
  it('reads cards of short lines, the organisation over its activity and period, as rows', () => {
    const text = [
      'Pågående partnerskap',
      '',
      'Kvinnojouren Tärnan',
      'Skyddat boende',
      '2023-01-01–2025-12-31',
      '',
      'Idrottsklubben Pilen',
      'Fritidsgård i centrum',
      '2024–2026',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Tärnan', '2023-01-01–2025-12-31', '', 'Skyddat boende'],
      ['Idrottsklubben Pilen', '2024–2026', '', 'Fritidsgård i centrum'],
    ]);
  });

  it('reads a card that gives a sum instead of a period', () => {
    const text = ['Föreningen Linden', '250 000 kr per år', '', 'Stiftelsen Gröna Gården', '400 000 kr per år'].join('\n');
    expect(rowsOf(text).map((row) => [row[0], row[2]])).toEqual([
      ['Föreningen Linden', '250 000 kr per år'],
      ['Stiftelsen Gröna Gården', '400 000 kr per år'],
    ]);
  });

  it('takes no card of people, of places, of prose or of a single organisation', () => {
    expect(findCards('Anna Lindqvist\nOrdförande\n2023–2026\n\nPer Holm\nKassör\n2023–2026')).toEqual([]);
    expect(findCards('Kvinnojouren Tärnan\nAvtalet gäller 2023–2025 och kan förlängas.\n\nIdrottsklubben Pilen\nAvtalet gäller 2024–2026.')).toEqual([]);
    expect(findCards('Kvinnojouren Tärnan\nSkyddat boende\n2023–2025\n\nKontakt\nEva Strand\n070-123 45 67')).toEqual([]);
  });
});
