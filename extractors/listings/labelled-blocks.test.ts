import { describe, expect, it } from 'vitest';
import { findLabelledBlocks, inlineLabelledLines } from './labelled-blocks.js';

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

  it('reads a label no column has, opening a block under its heading, as the block\'s description', () => {
    const text = [
      'Ekby Bygdegårdsförening',
      'Form: överenskommelse om drift av bygdegården',
      'Ansvarig nämnd: kultur- och fritidsnämnden',
      'Gäller: 2025–2027',
      '',
      'Ekby Kvinnojour',
      'Form: IOP om stödsamtal',
      'Ansvarig nämnd: socialnämnden',
      'Gäller: 2025–2029',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Ekby Bygdegårdsförening', organ: 'kultur- och fritidsnämnden', period: '2025–2027', description: 'Form: överenskommelse om drift av bygdegården' },
      { ideburen: 'Ekby Kvinnojour', organ: 'socialnämnden', period: '2025–2029', description: 'Form: IOP om stödsamtal' },
    ]);
    // Only over a label that has a column: contact cards open no block.
    expect(findLabelledBlocks('Ekby Kvinnojour\nKontakt: Anna Berg\nTelefon: 010-123 45 67\n\nEkby IF\nKontakt: Per Ek\nTelefon: 010-765 43 21')).toEqual([]);
  });

  it('needs a list: one block, or blocks without an organisation, are no listing', () => {
    expect(findLabelledBlocks('Organisation: Röda Korset Gotland\nOrganisationsnummer: 802002-8711\nPeriod: 2025–2028')).toEqual([]);
    expect(findLabelledBlocks('Syfte: Läxhjälp\nPeriod: 2021–2023\n\nSyfte: Mötesplats\nPeriod: 2020')).toEqual([]);
    expect(findLabelledBlocks('Datum: 2024-05-06\nPlats: Visby\nOrdförande: Anna Andersson')).toEqual([]);
  });

  it('reads "Parter:" blocks under a heading per activity, the parties cell naming idéburna and public parties together', () => {
    const text = ['Läxhjälp', 'Parter: Umeå pastorat och Umeå kommun', 'Period för överenskommelse: 2021–2023', '', 'Mötesplats', 'Parter: Föreningen Gemenskap och Umeå kommun', 'Period: 2020'].join('\n');
    expect(rowsOf(text)).toEqual([
      { parties: 'Umeå pastorat och Umeå kommun', period: '2021–2023' },
      { parties: 'Föreningen Gemenskap och Umeå kommun', period: '2020' },
    ]);
  });

  it('reads a lone "Parter:" line under each activity as a block when it names an idéburen party and a body', () => {
    const text = ['Mötesplats för anhöriga', 'Stöd och gemenskap', 'Parter: Vård- och omsorgsnämnden och Anhörigföreningen', '', 'Läxhjälp', '', 'Parter: Barn- och utbildningsnämnden, Studieförbundet Vuxenskolan och Rädda Barnen'].join('\n');
    expect(rowsOf(text)).toEqual([
      { parties: 'Vård- och omsorgsnämnden och Anhörigföreningen' },
      { parties: 'Barn- och utbildningsnämnden, Studieförbundet Vuxenskolan och Rädda Barnen' },
    ]);
  });

  it('reads a sentence under a short "Parter:" line as the block\'s description, and a wrapped or lower-case line as the rest of its value', () => {
    const text = ['Stöd till våldsutsatta', 'Parter: Region Värmland och Kvinnojouren Tärnan', 'Avtalet gäller 2024–2027', '', 'Anhörigstöd', 'Parter: Region Värmland och Anhörigföreningen,', 'Alzheimerföreningen i Värmland', 'Period: 2022–2025'].join('\n');
    expect(rowsOf(text)).toEqual([
      { parties: 'Region Värmland och Kvinnojouren Tärnan', description: 'Avtalet gäller 2024–2027' },
      { parties: 'Region Värmland och Anhörigföreningen, Alzheimerföreningen i Värmland', period: '2022–2025' },
    ]);
  });

  it('reads an unlabelled line of parties over a labelled line as the block\'s parties, even right after the prose of the block above', () => {
    const text = [
      'Lunds kommun',
      'Föreningen Linden, Idrottsklubben Pilen och Lunds kommun',
      'Period för överenskommelse: 2021–2023.',
      'Partnerskapet gav läxhjälp till många unga i kommunen.',
      'Region Skåne',
      'Funktionsrätt Skåne och Region Skåne',
      'Period för överenskommelse: 2020–2022.',
    ].join('\n');
    expect(rowsOf(text).map((row) => row['parties'])).toEqual(['Föreningen Linden, Idrottsklubben Pilen och Lunds kommun', 'Funktionsrätt Skåne och Region Skåne']);
  });

  it('takes no sentence naming the parties, nor a line of parties without a labelled line under it, as a block\'s parties', () => {
    const text = ['Föreningen Linden och Lunds kommun har ett partnerskap.', 'Period: 2021–2023', '', 'Funktionsrätt Skåne och Region Skåne', '', 'Period: 2020–2022'].join('\n');
    expect(findLabelledBlocks(text)).toEqual([]);
  });

  it('takes the heading over blocks whose labels name no organisation as their organisation, after an agreement word', () => {
    const text = [
      'IOP med Kvinnojouren Tärnan',
      'Avtalsperiod: 2023-01-01 till 2025-12-31',
      'Ansvarig nämnd: Socialnämnden',
      '',
      'IOP med Fritidsbanken',
      '',
      'Avtalsperiod: 2024–2026',
      'Ansvarig nämnd: Fritidsnämnden',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Kvinnojouren Tärnan', organ: 'Socialnämnden', period: '2023-01-01 till 2025-12-31' },
      { ideburen: 'Fritidsbanken', organ: 'Fritidsnämnden', period: '2024–2026' },
    ]);
  });

  it('takes a heading of a name\'s shape but no organisation\'s form as the organisation of a block after blocks headed so', () => {
    const text = [
      'Insamlingsstiftelsen Tjejer i Rörelse',
      '',
      'Projekt: ”Coacha framtiden”',
      'Belopp: 930 604 SEK',
      '',
      'Kvinnor för fred',
      '',
      'Projekt: ”Scen för alla”',
      'Belopp: 300 000 SEK',
    ].join('\n');
    expect(rowsOf(text).map((row) => [row['ideburen'], row['amount']])).toEqual([
      ['Insamlingsstiftelsen Tjejer i Rörelse', '930 604 SEK'],
      ['Kvinnor för fred', '300 000 SEK'],
    ]);
    // Not first: a list is known by a heading of an organisation's form above; nor a sentence after such a block.
    const first = ['Kvinnor för fred', 'Projekt: ”Scen för alla”', 'Belopp: 300 000 SEK', '', 'Läxhjälp ges varje vecka.', 'Projekt: ”Läxor”', 'Belopp: 20 000 SEK'].join('\n');
    expect(findLabelledBlocks(first)).toEqual([]);
  });

  it('takes no activity heading, nor a sentence, over blocks as their organisation', () => {
    const text = ['Mötesplats för seniorer', 'Avtalsperiod: 2023–2025', 'Ansvarig nämnd: Socialnämnden', '', 'Läxhjälp ges varje vecka.', 'Avtalsperiod: 2024–2026', 'Ansvarig nämnd: Fritidsnämnden'].join('\n');
    expect(findLabelledBlocks(text)).toEqual([]);
  });

  it('takes no lone "Parter:" line that names one side only', () => {
    expect(findLabelledBlocks(['Parter: Föreningen Gemenskap och Rädda Barnen', '', 'Parter: Anhörigföreningen'].join('\n'))).toEqual([]);
  });
});

describe('inlineLabelledLines', () => {
  it('splits a line of run-together labelled values at each known label, without the full stops between', () => {
    const line = { text: 'Partner: Hela Människan. Verksamhet: mötesplats. Period: 2022-07-01 – 2025-06-30.', start: 10 };
    expect(inlineLabelledLines(line)).toEqual([
      { text: 'Partner: Hela Människan', start: 10 },
      { text: 'Verksamhet: mötesplats', start: 35 },
      { text: 'Period: 2022-07-01 – 2025-06-30', start: 59 },
    ]);
  });
  it('leaves a line with one label, or with colons that are no column labels, whole', () => {
    for (const text of ['Syfte: att stödja anhöriga. Det gäller alla.', 'Kl. 13.00: Mötet öppnas. Närvarande: se bilaga.']) {
      expect(inlineLabelledLines({ text, start: 0 })).toEqual([{ text, start: 0 }]);
    }
  });
});

describe('findLabelledBlocks on one line per partnership', () => {
  it('reads each line of run-together labels as a row', () => {
    const text = ['Socialnämnden', 'Partner: Föreningen Anhörigstöd. Verksamhet: stödgrupper. Period: 2022–2024. Ekonomi: 200 000 kr per år.', 'Partner: Frivilligcentralen. Period: 2023-01-01 – tills vidare.'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Föreningen Anhörigstöd', description: 'stödgrupper', period: '2022–2024', amount: '200 000 kr per år' },
      { ideburen: 'Frivilligcentralen', period: '2023-01-01 – tills vidare' },
    ]);
  });

  it('reads labels alone on their lines with the value on the next, as a definition list reads once extracted', () => {
    const text = ['Förening', 'Kvinnojouren Tärnan', 'Avtalsperiod', '2023-01-01–2025-12-31', '', 'Förening', 'Idrottsklubben Pilen', 'Avtalsperiod', '2024–2026'].join('\n');
    const [table] = findLabelledBlocks(text);
    const column = (role: string) => table!.rows.map((row) => row[table!.roles.indexOf(role as never)]!.text);
    expect(column('ideburen')).toEqual(['Kvinnojouren Tärnan', 'Idrottsklubben Pilen']);
    expect(column('period')).toEqual(['2023-01-01–2025-12-31', '2024–2026']);
  });

  it('takes neither a header of one label a line nor a section heading over a paragraph for a label alone', () => {
    expect(findLabelledBlocks(['Förening', 'Verksamhet', 'Avtalstid', 'Kvinnojouren Tärnan', 'Skyddat boende', '2023–2025', 'Idrottsklubben Pilen', 'Fritidsgård', '2024–2026'].join('\n'))).toEqual([]);
    const sections = ['Organisation', 'Föreningen bildades för många år sedan och har i dag ett hundratal medlemmar som arbetar ideellt med stöd till unga i kommunen.', '', 'Organisation', 'Styrelsen består av sju ledamöter som väljs av årsmötet och som ansvarar för föreningens verksamhet och ekonomi under året.'].join('\n');
    expect(findLabelledBlocks(sections)).toEqual([]);
  });
});

