import { describe, expect, it } from 'vitest';
import { findKommun, findRegion, KOMMUNER, lookupPublicParty, REGIONER } from './lexicon.js';

describe('the kommun and region lexicons', () => {
  it('hold exactly 290 kommuner and 21 regioner, each once', () => {
    expect(KOMMUNER).toHaveLength(290);
    expect(new Set(KOMMUNER.map((k) => k.name)).size).toBe(290);
    expect(REGIONER).toHaveLength(21);
    expect(new Set(REGIONER.map((r) => r.official)).size).toBe(21);
  });

  it('spread the kommuner over the 21 län', () => {
    expect(new Set(KOMMUNER.map((k) => k.lan)).size).toBe(21);
    expect(KOMMUNER.filter((k) => k.lan === 'Skåne län')).toHaveLength(33);
    expect(KOMMUNER.filter((k) => k.lan === 'Västra Götalands län')).toHaveLength(49);
  });

  it('know the fourteen kommuner that call themselves stad', () => {
    const stad = KOMMUNER.filter((k) => k.designation === 'stad').map((k) => k.official);
    expect(stad).toHaveLength(14);
    expect(stad).toEqual(expect.arrayContaining(['Göteborgs stad', 'Malmö stad', 'Stockholms stad', 'Borås stad', 'Vaxholms stad']));
  });

  it('keep irregular stems and genitives of names ending in s/x', () => {
    expect(findKommun('Falun')?.official).toBe('Falu kommun');
    expect(findKommun('Kalmar')?.official).toBe('Kalmar kommun');
    expect(findKommun('Borås')?.genitive).toBe('Borås');
    expect(findKommun('Vaxholm')?.genitive).toBe('Vaxholms');
    expect(findKommun('Malmö')?.genitive).toBe('Malmös');
  });
});

describe('lookupPublicParty', () => {
  it.each([
    ['Göteborg Stad', 'Göteborgs stad'],
    ['Göteborgs stad', 'Göteborgs stad'],
    ['Stockholm stad', 'Stockholms stad'],
    ['KUNGSBACKA KOMMUN', 'Kungsbacka kommun'],
    ['Kungsbacka kommuns', 'Kungsbacka kommun'],
    ['Malmö Stads', 'Malmö stad'],
    ['Västerås kommun', 'Västerås kommun'],
    ['Region Skånes', 'Region Skåne'],
    ['Västra götalandregion', 'Västra Götalandsregionen'],
    ['Landstinget i Värmland', 'Region Värmland'],
    ['Stockholms läns landsting', 'Region Stockholm'],
    ['Gotlands kommun', 'Region Gotland'],
  ])('reads %s as %s', (text, name) => {
    expect(lookupPublicParty(text)?.name).toBe(name);
  });

  it('gives one official name for both designations of a stad', () => {
    expect(lookupPublicParty('Västerås kommun')?.official).toBe('Västerås stad');
    expect(lookupPublicParty('Västerås stad')?.official).toBe('Västerås stad');
  });

  it('marks "X stad" of a kommun that does not call itself stad as unusual', () => {
    expect(lookupPublicParty('Uppsala stad')).toMatchObject({ name: 'Uppsala stad', usual: false });
  });

  it.each(['Hallands kommuner', 'regionen', 'Göteborg', 'Gotlands Regionala', 'Storstads kommun'])('finds no party in %s', (text) => {
    expect(lookupPublicParty(text)).toBeNull();
  });

  it('finds regions by short name too', () => {
    expect(findRegion('Skåne')?.official).toBe('Region Skåne');
    expect(findRegion('Västra Götaland')?.official).toBe('Västra Götalandsregionen');
  });
});
