import { describe, expect, it } from 'vitest';
import { findLabelledBlocks } from './labelled-blocks.js';

const rowsOf = (text: string) =>
  findLabelledBlocks(text).flatMap((t) => t.rows.map((row) => Object.fromEntries(row.map((cell, i) => [t.roles[i], cell.text]).filter(([, v]) => v))));

describe('findLabelledBlocks', () => {
  it('reads each block of labelled lines as a row, a repeated label starting the next', () => {
    const text = [
      'Pågående IOP',
      '',
      'Organisation: Stadsmissionen',
      'Nämnd: Socialnämnden',
      'Period: 2022-01-01 – 2024-12-31',
      'Organisation: Röda Korset',
      '• Förvaltning: Kulturförvaltningen',
      'Beskrivning: Mötesplats för nyanlända',
      'och asylsökande.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Stadsmissionen', organ: 'Socialnämnden', period: '2022-01-01 – 2024-12-31' },
      { ideburen: 'Röda Korset', organ: 'Kulturförvaltningen', description: 'Mötesplats för nyanlända och asylsökande.' },
    ]);
  });

  it('needs a list: one block, or blocks without an organisation, are no listing', () => {
    expect(findLabelledBlocks('Organisation: Röda Korset Gotland\nOrganisationsnummer: 802002-8711\nPeriod: 2025–2028')).toEqual([]);
    expect(findLabelledBlocks('Parter: Umeå pastorat och Umeå kommun\nPeriod för överenskommelse: 2021–2023\n\nParter: A och B\nPeriod: 2020')).toEqual([]);
    expect(findLabelledBlocks('Datum: 2024-05-06\nPlats: Visby\nOrdförande: Anna Andersson')).toEqual([]);
  });
});
