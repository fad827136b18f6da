/**
 * The organisation-type words of Swedish civil society (extractors/lexicon/ideburna.json): suffixMarkers ending a word of
 * a name, sportTokens standing in a club's name, knownOrganisations named alone, and the public words that only look
 * marked (publicCompounds). Each word with a name it marks and a name or a use it must not mark.
 */
import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { extractIdeburna } from './ideburna.js';
import { markerStrength } from './not-organisations.js';

const names = (text: string) => extractIdeburna(DocText.fromString(text)).fields.map((f) => f.value);

describe('organisation-type words ending a name (suffixMarkers)', () => {
  it.each([
    ['a bygdegård, the house its förening owns and is named by', 'Glumseruds bygdegård'],
    ['… in the definite form', 'Bygdegården Ekby'],
    ['a hembygdsgård', 'Ekby Hembygdsgård'],
    ['an umbrella of associations', 'Ekby Föreningsråd'],
    ['… in the definite form', 'Föreningsrådet Ekby'],
    ['a samorganisation of associations', 'Handikappföreningarnas Samorganisation'],
    ['a spelmanslag', 'Ekby Spelmanslag'],
    ['a kör', 'Ekby Kammarkör'],
    ['… in the definite form', 'Ekby Gospelkören'],
    ['an orkester', 'Ekby Blåsorkester'],
    ['a filmstudio', 'Ekby Filmstudio'],
    ['a volontärcentral', 'Ekby Volontärcentral'],
    ['a volontärbyrå', 'Volontärbyrån Ekby'],
    ['a främjande', 'Skidfrämjandet Ekby'],
    ['a gemenskap', 'Ekby Pensionärsgemenskap'],
    ['a pastorat in the definite form', 'Pastoratet Ekby'],
  ])('%s: %s', (_, name) => {
    expect(markerStrength(name, false)).toBeGreaterThan(0);
  });

  it.each([
    ['a company', 'Ekby Bygg'],
    ['a company of houses', 'Ekby Fastigheter'],
    ['a word shorter than a type word', 'Kör'],
    ['a word that only holds a type word inside', 'Körkort Ekby'],
  ])('not %s: %s', (_, name) => {
    expect(markerStrength(name, false)).toBe(0);
  });

  it('a marked name passes with a weak context, an unmarked one does not', () => {
    expect(names('Ekby Spelmanslag grundades 1975 av fyra fiolspelare.')).toEqual(['Ekby Spelmanslag']);
    expect(names('Ekby Kammarkör grundades 1975 av fyra sångare.')).toEqual(['Ekby Kammarkör']);
    expect(names('Ekby Musik grundades 1975 av fyra fiolspelare.')).toEqual([]);
  });

  it('the name extends left over its capitalised words, not over the sentence', () => {
    expect(names('Kultur- och fritidsnämnden beslutar att bevilja Västra Ekby Hembygdsgård ett bidrag om 5 000 kronor.')).toEqual(['Västra Ekby Hembygdsgård']);
    expect(names('Nämnden beviljar Ekby Föreningsråd 20 000 kronor.')).toEqual(['Ekby Föreningsråd']);
  });

  it('a type word written as a common noun names no organisation', () => {
    expect(names('Nämnden beslutar att bevilja bygdegården ett bidrag om 5 000 kronor.')).toEqual([]);
    expect(names('Nämnden beslutar att bevilja föreningen ett bidrag om 5 000 kronor.')).toEqual([]);
    expect(names('Nämnden beslutar att bevilja kören ett bidrag om 5 000 kronor.')).toEqual([]);
  });
});

describe('public words that only look marked (publicCompounds)', () => {
  it('a brandkår is a kommunalförbund or a kommun’s räddningstjänst', () => {
    expect(names('Avtal med Brandkåren Attunda tecknas för tre år.')).toEqual([]);
  });
  it('a symfoniorkester is a kommun’s or a region’s', () => {
    expect(names('Nämnden beviljar Ekby Symfoniorkester 200 000 kronor.')).toEqual([]);
  });
  it('… while an orchestra of amateurs is a förening', () => {
    expect(names('Nämnden beviljar Ekby Blåsorkester 20 000 kronor.')).toEqual(['Ekby Blåsorkester']);
  });
});

describe("clubs' abbreviations (sportTokens)", () => {
  it.each(['Ekby AIF', 'Ekby GF', 'Ekby SoIK', 'Ekby BoIK', 'Ekby FBC', 'Ekby BBK', 'Ekby CK', 'Ekby SOK', 'Ekby SoK', 'Ekby DFF', 'Ekby VBK', 'Ekby BF', 'Ekby MK', 'Ekby RF'])('%s', (name) => {
    expect(markerStrength(name, false)).toBeGreaterThan(0);
  });
  it('two letters alone name no club', () => {
    expect(markerStrength('GF', false)).toBe(0);
    expect(markerStrength('CK', false)).toBe(0);
  });
  it('a club named by its abbreviation passes with a grant', () => {
    expect(names('Kultur- och fritidsnämnden beslutar att bevilja Ekby AIF ett bidrag om 5 000 kronor.')).toEqual(['Ekby AIF']);
  });
});

describe('national organisations named alone (knownOrganisations)', () => {
  it.each(['IOGT-NTO', 'RFSU', 'RFSL', 'DHR', 'FUB', 'RSMH', 'NSPH', 'Diakonia', 'Equmenia', 'EFS', 'Friluftsfrämjandet', 'Naturskyddsföreningen', 'Unga Örnar', 'SKPF', 'RPG', 'Junis', 'UNF', 'Folkets park'])('%s', (name) => {
    // Founding is a weak context (0.45): only a name known or marked passes with it.
    expect(names(`${name} grundades för länge sedan.`)).toEqual([name]);
  });
  it('a local unit keeps its place', () => {
    expect(names('RFSU Stockholm har ansökt om bidrag för läger.')).toEqual(['RFSU Stockholm']);
    expect(names('Nämnden beslutar att bevilja IOGT-NTO Ekby ett bidrag om 5 000 kronor.')).toEqual(['IOGT-NTO Ekby']);
  });
  it('an unknown, unmarked name does not pass with the same weak context', () => {
    expect(names('Ekby Musik grundades för länge sedan.')).toEqual([]);
  });
  it('the same words in a sentence about something else name no party', () => {
    expect(names('Folkets park ligger vid ån och är öppen hela sommaren.')).toEqual([]);
  });
});

describe('a sport ending a club’s name (suffixMarkers)', () => {
  it.each(['Ekby Hockey', 'Ekby Innebandy', 'Edsbyns IF Bandy', 'Ekby Fotboll', 'Ekby Handboll', 'Ekby Volleyboll', 'Ekby Basket', 'Ekby Friidrott', 'Ekby Gymnastik', 'Ekby Ridsport', 'Ekby Simidrott', 'Ekby Orientering', 'Ekby Brottning', 'Ekby Curling', 'Ekby Konståkning', 'Ekby Judo', 'Ekby Karate', 'Ekby Taekwondo', 'Ekby Boxning', 'Ekby Kampsport', 'Ekby Scouter'])('%s', (name) => {
    expect(markerStrength(name, false)).toBeGreaterThan(0);
  });
  it('a club named by its place and sport passes with a weak context', () => {
    expect(names('Ekby Innebandy grundades 1985 av några spelare.')).toEqual(['Ekby Innebandy']);
  });
  it('scouts as people, the plural written small, are no organisation', () => {
    expect(names('Nämnden beviljar bidrag till scouterna i Ekby med 20 000 kronor.')).toEqual([]);
  });
  it('the sport as a common noun names no organisation', () => {
    expect(names('Nämnden beviljar bidrag till fotboll för flickor med 20 000 kronor.')).toEqual([]);
    expect(names('Kommunen har ett avtal om innebandy i sporthallen.')).toEqual([]);
  });
  it('a public body about sport is no club', () => {
    expect(names('Avtal med Kultur- och fritidsnämnden om fotboll tecknas.')).toEqual([]);
  });
});

describe('a genitive word before a lower-case noun (not-organisations.ts modifiesNoun)', () => {
  it('modifies the noun, which heads what is named: an estate, a bank, an agency', () => {
    expect(names('Nya avtal mellan Ekbyviks fideikommiss och kommunen gällande skötsel.')).toEqual([]);
    expect(names('Nu har ett arrendeavtal skrivits mellan Åbydalens sparbank och kommunen.')).toEqual([]);
    expect(names('Vi fick ett nytt avtal med Statens fastighetsverk.')).toEqual([]);
  });
  it('is an organisation where the text writes the word alone too, where the noun says organisation, or outside a party slot', () => {
    expect(names('Nämnden tecknar avtal med Ekbyhusets ungdomsverksamhet. Ekbyhuset ansöker om bidrag.')).toEqual(['Ekbyhuset']);
    // Outside a party's slot the word may open a longer name, or own what follows.
    expect(names('Bidrag till Nattvandrarnas verksamhet, BUN beslutar.')).toEqual(['Nattvandrarna']);
    expect(names('avtal med Ekbys ridklubb')).toEqual(['Ekbys ridklubb']);
    expect(names('IOP med Pensionärernas riksorganisation (PRO) tecknas.').length).toBe(1);
  });
});
