import { describe, expect, it } from 'vitest';
import { findRunTogetherTables } from './run-together.js';

const rowsOf = (text: string) => findRunTogetherTables(text).map((t) => t.rows.map((row) => row.map((cell) => cell.text)));

describe('rows poured into a paragraph (findRunTogetherTables)', () => {
  it('cuts a paragraph of rows at each row\'s period, with the organisation in the sentence before it', () => {
    const text = [
      'Idéburen aktör Offentlig aktör Innehåll Passalen Socialförvaltningen Centrum 2022-01-01–2023-12-31.',
      'Syftet är att fler unga ska delta. (Länk) Skyddsvärnet och',
      'Fryshuset Socialförvaltningen Centrum 2022–2023. Syftet är att skapa trygghet. Riksidrottsförbundet-SISU',
      'Västra Götaland Idrotts- och föreningsnämnden, Socialnämnderna inom Göteborgs',
      'stad. 2022-01-01–2023-12-31. IOP för en meningsfull fritid.',
      '3.1.2 Borås kommun',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Passalen', 'Socialförvaltningen Centrum', '2022-01-01–2023-12-31. Syftet är att fler unga ska delta. (Länk)'],
        ['Skyddsvärnet och Fryshuset', 'Socialförvaltningen Centrum', '2022–2023. Syftet är att skapa trygghet.'],
        ['Riksidrottsförbundet-SISU Västra Götaland', 'Idrotts- och föreningsnämnden, Socialnämnderna inom Göteborgs stad.', '2022-01-01–2023-12-31. IOP för en meningsfull fritid.'],
      ],
    ]);
  });

  it('keeps a renewal inside its row, reads a row without a public party or without a period, and a name after an unended sentence', () => {
    const text = [
      'Förening Offentlig part Innehåll Stiftelsen Ett Socialnämnden 2021–2022 (Förnyad 2022-04-01–2023-03-31). Våld i',
      'ungas relationer. Kompis Sverige 2022-01-01–2024-12-31. Integration. Brottsofferjouren Norrbotten Pajala Kommun Genom',
      'samverkan erbjuda stöd till brottsoffer Kvinnohuset Västerås kommun, Individ- och familjförvaltningen 2021–2023. Stöd.',
    ].join('\n');
    expect(rowsOf(text)[0]!.map((row) => row.slice(0, 2))).toEqual([
      ['Stiftelsen Ett', 'Socialnämnden'],
      ['Kompis Sverige', ''],
      ['Brottsofferjouren Norrbotten', 'Pajala Kommun'],
      ['Kvinnohuset', 'Västerås kommun, Individ- och familjförvaltningen'],
    ]);
  });

  it('gives spans into the text across line breaks', () => {
    const text = 'Förening Nämnd Period Röda\nKorset Socialnämnden 2022–2023';
    const [cell] = findRunTogetherTables(text)[0]!.rows[0]!;
    expect(cell).toMatchObject({ text: 'Röda Korset', exact: false });
    expect(text.slice(cell!.start, cell!.end)).toBe('Röda\nKorset');
  });

  it('reads cells of a ruled table given one a line, under labels one a line', () => {
    const text = 'Idéburen part\nFörvaltning\nPeriod\nRöda Korset\nSocialförvaltningen\n2022–2023\nStadsmissionen\nKulturförvaltningen\n2023-01-01 – 2024-12-31';
    expect(rowsOf(text)).toEqual([
      [
        ['Röda Korset', 'Socialförvaltningen', '2022–2023'],
        ['Stadsmissionen', 'Kulturförvaltningen', '2023-01-01 – 2024-12-31'],
      ],
    ]);
  });

  it('cuts an activity column off the organisation when a wrapped cell pours the rows into lines', () => {
    const text = ['Förening Verksamhet Avtalsperiod', 'Kvinnojouren Tärnan Skyddat boende för kvinnor och', 'barn 2023–2025', 'Föreningen Gemenskap Mötesplats för äldre 2022–2024'].join('\n');
    expect(rowsOf(text)[0]!.map((row) => row[0])).toEqual(['Kvinnojouren Tärnan', 'Föreningen Gemenskap']);
  });

  it('finds nothing in prose or in periods without organisations', () => {
    expect(findRunTogetherTables('Kommunen har sedan 2019–2022 haft ett avtal med Röda Korset om stöd.')).toEqual([]);
    expect(findRunTogetherTables('Förening Nämnd Period Avtalet har gällt 2019–2022 och förlängs.')).toEqual([]);
  });
});
