import { describe, expect, it } from 'vitest';
import { readPartiesCell } from './parties-cell.js';

const read = (cell: string) => {
  const r = readPartiesCell(cell);
  return { i: r.ideburna.map((n) => n.name), o: r.offentliga.map((p) => p.name), g: r.organ.map((b) => b.name) };
};

describe('readPartiesCell', () => {
  it.each([
    ['Umeå pastorat och Umeå kommun', { i: ['Umeå pastorat'], o: ['Umeå kommun'], g: [] }],
    ['Föreningen Gemenskap, Region Skåne', { i: ['Föreningen Gemenskap'], o: ['Region Skåne'], g: [] }],
    ['Kvinnojouren Vega och Socialnämnden i Lunds kommun', { i: ['Kvinnojouren Vega'], o: ['Lunds kommun'], g: ['socialnämnden'] }],
    ['Stadsmissionen, Röda Korset och Malmö stad', { i: ['Stadsmissionen', 'Röda Korset'], o: ['Malmö stad'], g: [] }],
    ['Kvinnoföreningen Linden och Malmö stad STEGET VIDARE', { i: ['Kvinnoföreningen Linden'], o: ['Malmö stad'], g: [] }],
  ])('parts the idéburna from the public parties and bodies: %s', (cell, expected) => expect(read(cell)).toEqual(expected));

  it('keeps a place inside an organisation\'s name with the organisation', () => {
    expect(read('Lunds Fontänhus och Lunds kommun')).toEqual({ i: ['Lunds Fontänhus'], o: ['Lunds kommun'], g: [] });
  });
});
