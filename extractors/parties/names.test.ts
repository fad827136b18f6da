import { describe, expect, it } from 'vitest';
import { canonicalOrganisation, isTypeNounAlone, namedWithin, organisationKey, sameOrganisation, stripGenitive, swappedNounOf } from './names.js';

describe('canonicalOrganisation', () => {
  it.each([
    ['Röda Korsets Gotland-krets', 'Röda Korset Gotland'],
    ['Särö Golf Clubs', 'Särö Golf Club'],
    ['Vallda Tennishall ekonomisk förenings', 'Vallda Tennishall ekonomisk förening'],
    ['FK-Länkens', 'FK-Länken'],
    ['RKC:s', 'RKC'],
    ['FK-\nLänken Kungsbacka', 'FK-Länken Kungsbacka'],
    ['Röda Korset \nGotland', 'Röda Korset Gotland'],
    ['Föreningen Löftaleden Ideell Förening', 'Löftaleden Ideell Förening'],
    ['Ekby Stadsmission Uppsökarteam', 'Ekby Stadsmission'],
    ['Ekby Stadsmissions Fältteamet', 'Ekby Stadsmission'],
    ['Kvinnojouren Lunds', 'Kvinnojouren Lund'],
    ['Organisationen Ekby Mentorer', 'Ekby Mentorer'],
    ['Kvinnojouren Nacka/ Värmdö', 'Kvinnojouren Nacka/Värmdö'],
  ])('drops grammar from %j → %s', (raw, name) => {
    expect(canonicalOrganisation(raw)).toBe(name);
  });

  it.each([
    'Röda Korsets behandlingscenter för krigsskadade och torterade',
    'Svenska Röda Korsets Behandlingscenter för krigsskadade och torterade',
    'Sensus',
    'Convictus',
    'IFK Fjärås',
    'Föreningen Hela Människan i Malmö',
    'Göteborgs Stadsmission',
    'Arvikabygdens Rödakorskrets', // a place's krets of the organisation the krets word names
    'Borås',
    'Ekby Team', // a team word alone after one word may be the name
  ])('keeps %s as it is', (name) => {
    expect(canonicalOrganisation(name)).toBe(name);
  });
});

describe('stripGenitive', () => {
  it('keeps words that merely end in s', () => {
    expect(stripGenitive('Borås')).toBe('Borås');
    expect(stripGenitive('Gotlands')).toBe('Gotlands');
    expect(stripGenitive('Korsets')).toBe('Korset');
    expect(stripGenitive('rödakorskrets')).toBe('rödakorskrets');
  });

  it('drops the lower-case genitive s of an abbreviation in capitals', () => {
    expect(stripGenitive('IOGT-NTOs')).toBe('IOGT-NTO');
    expect(stripGenitive('ABFs')).toBe('ABF');
    expect(stripGenitive('ABF')).toBe('ABF');
    expect(stripGenitive('Ns')).toBe('Ns');
  });
});

describe('comparing organisation names', () => {
  it('sees one organisation through case, spelling slips and definite forms', () => {
    expect(sameOrganisation('Röda Koret Gotland', 'Röda Korset Gotland')).toBe(true);
    expect(sameOrganisation('SPF Vallda Släp Bridgesektionen', 'SPF Vallda Släp Bridgesektion')).toBe(true);
    expect(sameOrganisation('KF-Länken', 'FK-Länken')).toBe(true);
    expect(sameOrganisation('Kvinnojouren i Nacka', 'Kvinnojouren Nacka')).toBe(true);
    expect(sameOrganisation('Adoptionscentrums lokalgrupp på Gotland', 'Adoptionscentrums lokalgrupp Gotland')).toBe(true);
    expect(organisationKey('Vallda tennisklubb')).toBe(organisationKey('Vallda Tennisklubbs'));
    // An association noun swapped in one compound (lexicon swappedNouns) is a slip of the text's.
    expect(sameOrganisation('Ekby Ryttarsällskap', 'Ekby Ryttarförening')).toBe(true);
    expect(sameOrganisation('Ekby jaktskytteklubb', 'Ekby jaktskytteföreningen')).toBe(true);
  });

  it('tells different organisations apart', () => {
    expect(sameOrganisation('Vallda Tennisklubb', 'Vallda Tennishall ekonomisk förening')).toBe(false);
    expect(sameOrganisation('Rädda Barnen', 'Röda Korset')).toBe(false);
    expect(sameOrganisation('IFK Fjärås', 'IFK Kungsbacka')).toBe(false);
    // Not a noun outside swappedNouns ("jour" makes another organisation), nor a compound of another first half.
    expect(sameOrganisation('Ekby Kvinnojour', 'Ekby Kvinnoförening')).toBe(false);
    expect(sameOrganisation('Ekby Ryttarförening', 'Ekby Skytteförening')).toBe(false);
    expect(sameOrganisation('Ekby Förening', 'Ekby Klubb')).toBe(false);
  });

  it('finds a short form inside the fullest one, generic words aside', () => {
    expect(namedWithin('Röda korset', 'Röda Korset Gotland')).toBe(true);
    expect(namedWithin('Svenska Röda Korset', 'Röda Korsets behandlingscentrum för krigs- och tortyrskadade i Malmö')).toBe(true);
    expect(namedWithin('Föreningen Löftaleden', 'Löftaleden Ideell Förening')).toBe(true);
    expect(namedWithin('Röda Korset Gotland', 'Röda Korset')).toBe(false);
    expect(namedWithin('Rädda Barnen', 'Röda Korset Gotland')).toBe(false);
    expect(namedWithin('Röda korset', 'Uppsala rödakorskrets')).toBe(true);
    expect(namedWithin('Uppsala rödakorskrets', 'Röda korset')).toBe(false);
    expect(namedWithin('Röda Ö', 'Röda Öns Förening')).toBe(false);
    // A unit named by its noun and place: "Ekbyförbundet, Länsavdelningen Gotland" beside "Ekbyförbundets länsavdelning på Gotland".
    expect(namedWithin('Länsavdelningen Gotland', 'Svenska Ekbyförbundets länsavdelning på Gotland')).toBe(true);
  });
});

describe('isTypeNounAlone', () => {
  it.each(['Föreningen', 'Klubben', 'Stiftelsen', 'Förbundet', 'föreningen', ' Jouren '])('%j is a type noun pointing back', (name) =>
    expect(isTypeNounAlone(name)).toBe(true),
  );
  it.each(['Hembygdsföreningen', 'Scoutkåren', 'Föreningen Fanzingo', 'Ekby IF', 'Friluftsfrämjandet', 'Klubben Ekby'])('%j names an organisation', (name) =>
    expect(isTypeNounAlone(name)).toBe(false),
  );
});

describe('namedWithin: a club called by its sport without its type noun', () => {
  it.each([
    ['Bodens Hockey', 'Bodens Hockeyförening'],
    ['Ekby Fotboll', 'Ekby Fotbollsklubb'],
    ['Åby Tennis', 'Åby Tennisklubben'],
  ])('%j is named within %j', (shorter, fuller) => expect(namedWithin(shorter, fuller)).toBe(true));
  it.each([
    ['Hockey', 'Bodens Hockeyförening'],
    ['Ekby Hockey', 'Ekby Hockeyhall'],
    ['Ekby Is', 'Ekby Isförening'],
    ['Åby Hockey', 'Bodens Hockeyförening'],
    ['Ekby Fotboll', 'Ekby Fotbollsarena'],
  ])('%j is not named within %j', (shorter, fuller) => expect(namedWithin(shorter, fuller)).toBe(false));
});

describe('swappedNounOf', () => {
  it('reads the association noun closing the last word, in any form', () => {
    expect(swappedNounOf('Ekby Jaktskytteklubben')).toBe('klubb');
    expect(swappedNounOf('Ekby jaktskytteförening')).toBe('förening');
    expect(swappedNounOf('Ekby Kvinnojour')).toBeNull();
    expect(swappedNounOf('Klubben')).toBeNull();
  });
});
