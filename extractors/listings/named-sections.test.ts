import { describe, expect, it } from 'vitest';
import { findNamedSections, findSectionsWithLeads, isOrganisationHeading, readPairHeading } from './named-sections.js';

const rowsOf = (text: string) => findNamedSections(text).flatMap((t) => t.rows.map((row) => row.map((cell) => cell.text).filter((cell) => cell !== '')));

describe('findNamedSections', () => {
  it('reads each section headed by an organisation\'s name as a row, its prose as the description', () => {
    const text = [
      'Våra partnerskap',
      '',
      'Kvinnojouren Vega',
      'Kommunen har ett IOP med jouren om skyddat boende. Överenskommelsen gäller 2022–2025.',
      '',
      'Idrottsföreningen Kometen',
      'Föreningen får stöd för läxhjälp och lov-aktiviteter under 2024.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Vega', 'Kommunen har ett IOP med jouren om skyddat boende. Överenskommelsen gäller 2022–2025.'],
      ['Idrottsföreningen Kometen', 'Föreningen får stöd för läxhjälp och lov-aktiviteter under 2024.'],
    ]);
  });

  it('takes a heading its section names as the partner, in the fuller form the section gives', () => {
    const text = [
      'Samverkan med föreningar och organisationer genom IOP',
      '',
      'Kommunen samverkar med föreningar genom idéburet offentligt partnerskap.',
      '',
      'Kvinnojouren',
      '',
      'Socialnämnden har ett IOP med Kvinnojouren i Norrby om skyddat boende. Partnerskapet gäller 2023–2025.',
      '',
      'Fritidsbanken',
      '',
      'Fritidsnämnden har tecknat en överenskommelse om IOP med Fritidsbanken Norrby om lån av utrustning.',
    ].join('\n');
    expect(rowsOf(text).map((row) => row[0])).toEqual(['Kvinnojouren i Norrby', 'Fritidsbanken Norrby']);
  });

  it('reads the partner of a heading "IOP med …" without the agreement word', () => {
    const text = ['IOP med Kvinnojouren Vega', 'Kommunen har ett IOP med jouren om skyddat boende 2022–2025.', '', 'IOP med Idrottsföreningen Kometen', 'Föreningen får stöd för lovaktiviteter 2024.'].join('\n');
    expect(rowsOf(text).map((row) => row[0])).toEqual(['Kvinnojouren Vega', 'Idrottsföreningen Kometen']);
  });

  it('takes no heading that speaks of organisations in general, nor a name its section does not name as partner', () => {
    expect(isOrganisationHeading('Samverkan med föreningar och organisationer genom IOP')).toBe(false);
    const text = ['Fritidsbanken', '', 'Här kan du låna utrustning gratis. Samverkan sker med skolorna.', '', 'Biblioteket', '', 'Biblioteket har öppet alla dagar. Samarbete med Fritidsbanken finns.'].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });

  it('reads numbered organisation headings over labelled lines, the number left off the name', () => {
    const text = [
      '1. Kvinnojouren Tärnan',
      'Verksamhet: Skyddat boende',
      'Avtalsperiod: 2022-01-01–2025-12-31',
      '',
      '2. Idrottsklubben Pilen',
      'Verksamhet: Fritidsgård',
      'Avtalsperiod: 2023–2026',
    ].join('\n');
    const [table] = findNamedSections(text);
    expect(table!.rows.map((row) => text.slice(row[0]!.start, row[0]!.end))).toEqual(['Kvinnojouren Tärnan', 'Idrottsklubben Pilen']);
  });

  it('reads sections headed by the pair of parties, a blank line after the heading', () => {
    const text = [
      'Nya partnerskap',
      '',
      'Strängnäs kommun och Drömverkstan',
      '',
      'I november ingicks ett partnerskap med föreningen om kulturverksamhet för unga.',
      '',
      'Göteborgs stad och Delningsekonomi Väst (DEV)',
      '',
      'Staden har tecknat ett IOP med föreningen om en karta över delningstjänster.',
    ].join('\n');
    expect(rowsOf(text).map((row) => row.slice(0, 2))).toEqual([
      ['Drömverkstan', 'Strängnäs kommun'],
      ['Delningsekonomi Väst (DEV)', 'Göteborgs stad'],
    ]);
  });

  it('reads a pair heading whose parts are all capitalised as a pair, not as one name ("Region Skåne och Kvinnojouren Vega")', () => {
    const text = [
      'Region Skåne och Kvinnojouren Vega',
      'Regionen har tecknat ett IOP med jouren om stöd till våldsutsatta kvinnor.',
      '',
      'Lunds kommun och Idrottsföreningen Kometen',
      'Kommunen har ett IOP med föreningen om en fritidsgård.',
    ].join('\n');
    expect(rowsOf(text).map((row) => row.slice(0, 2))).toEqual([
      ['Kvinnojouren Vega', 'Region Skåne'],
      ['Idrottsföreningen Kometen', 'Lunds kommun'],
    ]);
  });

  it('leaves sections with other headings, a single section and sections about no partnership alone', () => {
    expect(findNamedSections('Bakgrund\nKommunen har ett IOP.\n\nSyfte\nAtt stödja föreningar med avtal.')).toEqual([]);
    expect(findNamedSections('Kvinnojouren Vega\nKommunen har ett IOP med jouren.')).toEqual([]);
    expect(findNamedSections('Kvinnojouren Vega\nJouren har öppet på tisdagar.\n\nIdrottsföreningen Kometen\nKlubben spelar i division två.')).toEqual([]);
  });
});

describe('readPairHeading', () => {
  it('is a kommun or region with its designation beside a name', () => {
    const parts = (title: string) => {
      const pair = readPairHeading(title);
      return pair && [title.slice(pair.ideburen.start, pair.ideburen.end), title.slice(pair.offentlig.start, pair.offentlig.end)];
    };
    expect(parts('Region Skåne – Föreningen Gemenskap')).toEqual(['Föreningen Gemenskap', 'Region Skåne']);
    expect(parts('Lunds kommun och Kvinnojouren Vega')).toEqual(['Kvinnojouren Vega', 'Lunds kommun']);
  });

  it('is no heading of two public parties, of a bare place, or of a topic', () => {
    expect(readPairHeading('Lunds kommun och Region Skåne')).toBeNull();
    expect(readPairHeading('Lund och Kvinnojouren Vega')).toBeNull();
    expect(readPairHeading('Mål och syfte')).toBeNull();
    expect(readPairHeading('Lunds kommun och civilsamhället')).toBeNull();
  });
});

describe('isOrganisationHeading', () => {
  it('is a name with an organisation-type word or a national organisation\'s name', () => {
    expect(isOrganisationHeading('Kvinnojouren Vega')).toBe(true);
    expect(isOrganisationHeading('Röda Korset Lund')).toBe(true);
    expect(isOrganisationHeading('Shanta IF')).toBe(true);
    expect(isOrganisationHeading('Mötesplats Norr')).toBe(false);
    expect(isOrganisationHeading('Föreningen erbjuder stöd till unga')).toBe(false);
  });
});

describe('lead-partner: a section headed by what the partnership does, its first sentence naming the partner', () => {
  const news = [
    'Samarbete med föreningar ger mer förebyggande arbete',
    '',
    'Vid sammanträdet beslutade socialnämnden om två nya överenskommelser om IOP och ett tilläggsavtal.',
    '',
    'Läxhjälp för att stärka barn och föräldrar',
    '',
    'Socialnämnden påbörjar ett IOP med Norrby Studiecenter Läxhjälpen. Partnerskapet gäller fram till 2024.',
    '',
    'Kooperativet kan öppna upp för yngre åldrar',
    '',
    'Förvaltningen har sedan flera år tillbaka ett partnerskap med Kooperativet Berget via IOP för att skapa meningsfull fritid.',
    '',
    'Kulturtolkar når fler föräldrar',
    '',
    'Föreningen Tidigt Stöd har tidigare samarbetat med socialtjänsten. I det nya avtalet ingår kurser.',
  ].join('\n');
  const leadRows = (text: string) => findSectionsWithLeads(text).flatMap((t) => t.rows.map((row) => row[0]!.text));

  it('reads the partner after the agreement word, or after "Föreningen" opening the section', () => {
    expect(leadRows(news)).toEqual(['Norrby Studiecenter Läxhjälpen', 'Kooperativet Berget', 'Tidigt Stöd']);
  });

  it('takes a news subheading longer than a label, standing apart, but no wrapped paragraph\'s first line', () => {
    const long = news.replace('Kulturtolkar når fler föräldrar', 'Tidigt Stöd möter föräldrars oro kring socialtjänsten i stadsdelen');
    expect(leadRows(long)).toEqual(['Norrby Studiecenter Läxhjälpen', 'Kooperativet Berget', 'Tidigt Stöd']);
    const wrapped = [
      'Beslut i nämnden',
      '',
      'Nämnden för Arbetsmarknad beslutar att förlänga och utöka befintligt',
      'idéburet offentligt partnerskap med Kvinnojouren Vega till och med 2027-07-31.',
      '',
      'Nämnden för Arbetsmarknad beslutar att förlänga och utöka befintligt',
      'idéburet offentligt partnerskap med Fritidsbanken Norrby till och med 2027-07-01.',
    ].join('\n');
    expect(leadRows(wrapped)).toEqual([]);
  });

  it('is read by the listings only: the sections a document type asks for are those headed by names', () => {
    expect(rowsOf(news)).toEqual([]);
  });

  it('reads no partner that is a body or a public party, none named only later, and one partner told of twice once', () => {
    const text = [
      'Bakgrund',
      '',
      'Kommunen har ett avtal med Socialnämnden om lokaler. Föreningen Gemenskap nämns senare.',
      '',
      'Ärendet',
      '',
      'Förvaltningen föreslår ett IOP med Region Norrland om stöd.',
      '',
      'Uppföljning',
      '',
      'Kommunen har avtal med flera föreningar om stöd.',
    ].join('\n');
    expect(leadRows(text)).toEqual([]);
    const story = ['Ett nytt IOP', '', 'Kommunen tecknar ett IOP med Kvinnojouren Vega om stöd.', '', 'Så arbetar jouren', '', 'Avtalet med Kvinnojouren Vega ger jouren stöd i tre år.'].join('\n');
    expect(leadRows(story)).toEqual([]);
    const decision = ['Beslut', '', 'Nämnden beslutar att förlänga IOP med Kvinnojouren Vega Second hand till 2025-06-30.', '', 'Beslutsgång', '', 'Ordföranden frågar om nämnden kan förlänga IOP med Kvinnojouren till 2025-06-30.'].join('\n');
    expect(leadRows(decision)).toEqual([]);
    // A protocol's "Beslut" sections, one § after another, each name their § 's partner: no list of sections.
    const protocol = ['§ 83 IOP Kvinnojouren', '', 'Beslut', '', 'Nämnden beslutar att förlänga IOP med Kvinnojouren Vega till 2027.', '', '§ 84 IOP Fritidsbanken', '', 'Beslut', '', 'Nämnden beslutar att förlänga IOP med Fritidsbanken Norrby till 2027.'].join('\n');
    expect(leadRows(protocol)).toEqual([]);
  });
});
