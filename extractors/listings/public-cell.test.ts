import { describe, expect, it } from 'vitest';
import { normaliseOrgan, readPublicCell } from './public-cell.js';

const read = (cell: string, bare = false) => {
  const { offentliga, organ } = readPublicCell(cell, { bare });
  return { offentliga: offentliga.map((p) => p.name), organ: organ.map((o) => o.name) };
};

describe('readPublicCell', () => {
  it('tells public parties from their bodies', () => {
    expect(read('Malmö stad genom Arbetsmarknads- och socialnämnden samt Region Skåne genom Hälso- och sjukvårdsnämnden')).toEqual({
      offentliga: ['Malmö stad', 'Region Skåne'],
      organ: ['arbetsmarknads- och socialnämnden', 'hälso- och sjukvårdsnämnden'],
    });
    expect(read('Västra götalandregion via Göteborgs hälso-och sjukvårdsnämnd')).toEqual({
      offentliga: ['Västra Götalandsregionen'],
      organ: ['göteborgs hälso- och sjukvårdsnämnd'],
    });
    expect(read('Region Gotland, regionstyrelsen')).toEqual({ offentliga: ['Region Gotland'], organ: ['regionstyrelsen'] });
    expect(read('Linköping Kommun')).toEqual({ offentliga: ['Linköpings kommun'], organ: [] });
  });

  it('splits several bodies but keeps a coordination that shares its head word', () => {
    expect(read('Arbetsmarknadsnämnden, utbildningsnämnden och kulturnämnden').organ).toEqual(['arbetsmarknadsnämnden', 'utbildningsnämnden', 'kulturnämnden']);
    expect(read('Idrotts och föreningsförvaltningen').organ).toEqual(['idrotts och föreningsförvaltningen']);
    expect(read('Malmö stad - Hälsa, vård & omsorgsnämnden').organ).toEqual(['hälsa, vård & omsorgsnämnden']);
    expect(read('Avdelningen för socialtjänst och administrativa avdelningen').organ).toEqual(['avdelningen för socialtjänst', 'administrativa avdelningen']);
  });

  it('drops the preposition before a party and numbers left in the cell', () => {
    expect(read('Funktionsstödsnämnden i Malmö Stad')).toEqual({ offentliga: ['Malmö stad'], organ: ['funktionsstödsnämnden'] });
    expect(read('Rinkeby-kista Stadsdelsnämnd, 18').organ).toEqual(['rinkeby-kista stadsdelsnämnd']);
  });

  it('reads a bare place name as the kommun only when allowed', () => {
    expect(read('Vård- och omsorgsförvaltningen Lund', true)).toEqual({ offentliga: ['Lunds kommun'], organ: ['vård- och omsorgsförvaltningen'] });
    expect(read('Vård- och omsorgsförvaltningen Lund', false).offentliga).toEqual([]);
    expect(read('Mark- och exploateringsnämnden', true)).toEqual({ offentliga: [], organ: ['mark- och exploateringsnämnden'] });
  });

  it('reads a cell that is nothing but a place name as the kommun, even where bare names are not allowed', () => {
    expect(read('Lund', false).offentliga).toEqual(['Lunds kommun']);
    expect(read('Göteborgs hälso- och sjukvårdsnämnd', false).offentliga).toEqual([]);
  });

  it('finds nothing in an empty cell', () => expect(read('')).toEqual({ offentliga: [], organ: [] }));
});

describe('normaliseOrgan', () => {
  it('joins a letter a line break split off and spaces a hyphen before "och"', () => {
    expect(normaliseOrgan('Arbetsmarknads- och socialförvaltninge n')).toBe('arbetsmarknads- och socialförvaltningen');
    expect(normaliseOrgan('Gymnasie-och utbildningsnämnden')).toBe('gymnasie- och utbildningsnämnden');
    // Only one lower-case letter, last, after a word of three letters or more: not two letters, a capital or a short word.
    expect(normaliseOrgan('Kultur- och fritidsförvaltningen ab')).toBe('kultur- och fritidsförvaltningen ab');
    expect(normaliseOrgan('Socialförvaltningen N')).toBe('socialförvaltningen n');
    expect(normaliseOrgan('Kultur av n')).toBe('kultur av n');
  });

  it('drops the genitive -s of a body named before its partnerships, and no other final s', () => {
    expect(normaliseOrgan('Socialnämndens')).toBe('socialnämnden');
    expect(normaliseOrgan('Kommunfullmäktiges')).toBe('kommunfullmäktige');
    expect(normaliseOrgan('Vård- och omsorgsförvaltningens')).toBe('vård- och omsorgsförvaltningen');
    expect(normaliseOrgan('Kommunens')).toBe('kommunens');
    expect(normaliseOrgan('Hälsa och omsorg')).toBe('hälsa och omsorg');
  });
});

