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
      ['Kvinnojouren Tärnan', '2023-01-01–2025-12-31', '', 'Skyddat boende', ''],
      ['Idrottsklubben Pilen', '2024–2026', '', 'Fritidsgård i centrum', ''],
    ]);
  });

  it('reads a card whose activity stands over the organisation as its description, and no caption without a named line under it', () => {
    const text = 'Härbärge för hemlösa\nVästerby Stadsmission\n2023-01-01 – 2025-12-31\n\nSkyddat boende\nKvinnojouren Tärnan\n2022–2024';
    expect(rowsOf(text).map((row) => `${row[0]} | ${row[1]} | ${row[3]}`)).toEqual(['Västerby Stadsmission | 2023-01-01 – 2025-12-31 | Härbärge för hemlösa', 'Kvinnojouren Tärnan | 2022–2024 | Skyddat boende']);
    expect(rowsOf('Härbärge för hemlösa\nöppet varje dag\n2023–2025\n\nSkyddat boende\nför kvinnor\n2022–2024')).toEqual([]);
  });

  it('reads a card that gives a sum instead of a period', () => {
    const text = ['Föreningen Linden', '250 000 kr per år', '', 'Stiftelsen Gröna Gården', '400 000 kr per år'].join('\n');
    expect(rowsOf(text).map((row) => [row[0], row[2]])).toEqual([
      ['Föreningen Linden', '250 000 kr per år'],
      ['Stiftelsen Gröna Gården', '400 000 kr per år'],
    ]);
  });

  it('reads a line that is only a body as the card\'s body, and a card without an organisation\'s form among cards with one', () => {
    const text = ['Kvinnojouren Tärnan', 'Socialnämnden', '2023–2025', '', 'Fritidsbanken Norr', 'Fritidsnämnden', '2024–2026', '', 'Idrottsklubben Pilen', 'Fritidsnämnden', '2024–2025'].join('\n');
    expect(rowsOf(text).map((row) => [row[0], row[4]])).toEqual([
      ['Kvinnojouren Tärnan', 'Socialnämnden'],
      ['Fritidsbanken Norr', 'Fritidsnämnden'],
      ['Idrottsklubben Pilen', 'Fritidsnämnden'],
    ]);
  });

  it('takes no list of cards of which fewer than two have an organisation\'s form', () => {
    expect(findCards('Fritidsbanken Norr\n2024–2026\n\nMötesplats Syd\n2023–2025\n\nKvinnojouren Tärnan\n2023–2025')).toEqual([]);
  });

  it('takes no card of people, of places, of prose or of a single organisation', () => {
    expect(findCards('Anna Lindqvist\nOrdförande\n2023–2026\n\nPer Holm\nKassör\n2023–2026')).toEqual([]);
    expect(findCards('Kvinnojouren Tärnan\nAvtalet gäller 2023–2025 och kan förlängas.\n\nIdrottsklubben Pilen\nAvtalet gäller 2024–2026.')).toEqual([]);
    expect(findCards('Kvinnojouren Tärnan\nSkyddat boende\n2023–2025\n\nKontakt\nEva Strand\n070-123 45 67')).toEqual([]);
  });
});
