import { describe, expect, it } from 'vitest';
import type { DocType } from '../../pipeline/contract.js';
import { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { extractListings } from './index.js';
import { labelsGranted, nothingGranted, grantsProjects, isGrantRound, saysGranted } from './grant-round.js';

const context = (docType: DocType): ExtractContext => ({
  docType: { value: docType, confidence: 0.9, needsReview: false, evidence: [] },
  parties: { ideburna: [], offentliga: [], organ: [], aliases: new Map() },
});

const rowsOf = (lines: string[]) =>
  extractListings(DocText.fromString(lines.join('\n')), context('rapport')).map((r) => ({
    i: r.ideburna.map((f) => f.value),
    a: r.amounts.map((f) => `${f.value.sek}/${f.value.per}`),
    p: r.period?.value.start ?? null,
  }));

/** A web table's cells one a line with blank lines between, as a grant round's page gives them. */
const round = (labels: string[], cells: string[]) => ['Bygdemedel – ansökningar och utdelning 2023', '', ...[...labels, ...cells].flatMap((cell) => [cell, '']), 'Totalsumma', '', '90 000', '', '60 000'];

describe('a grant round\'s table (sum asked for beside sum granted)', () => {
  it('is one whose header names both sums, and only that', () => {
    expect(isGrantRound({ roles: ['ideburen', 'requested', 'amount'], rows: [] })).toBe(true);
    expect(isGrantRound({ roles: ['ideburen', 'description', 'amount'], rows: [] })).toBe(false);
    expect(grantsProjects({ roles: ['ideburen', 'description', 'requested', 'amount'], labels: ['Sökande', 'Projekt', 'Ansökt', 'Beviljat'], rows: [] })).toBe(true);
    expect(grantsProjects({ roles: ['ideburen', 'description', 'requested', 'amount'], labels: ['Förening', 'Verksamhet', 'Sökt', 'Beviljat'], rows: [] })).toBe(false);
  });

  it.each(['0', '0 kr', '0:-', '–', ' 0,00 '])('reads a granted cell "%s" as nothing granted', (cell) => expect(nothingGranted(cell)).toBe(true));
  it.each(['10 000', '0,5 mnkr', 'Avslag', ''])('does not read "%s" so', (cell) => expect(nothingGranted(cell)).toBe(false));

  it('gives one row per recipient, its sums once each for its projects, drops a nothing granted and dates the round by its year', () => {
    const rows = rowsOf(
      round(['Sökande', 'Projekt', 'Ansökt', 'Beviljat'], [
        'Ekby bygdegårdsförening', 'Hjärtstartare', '27 000', '27 000',
        'Ekby bygdegårdsförening', 'Brygga till badplatsen', '15 000', '15 000',
        'Norrby föräldraförening', 'Möbler', '30 000', '0',
        'Sjöby hembygdsförening', 'Upprustning av kök', '18 000', '18 000',
      ]),
    );
    expect(rows).toEqual([
      { i: ['Ekby bygdegårdsförening'], a: ['27000/once', '15000/once'], p: '2023-01-01' },
      { i: ['Sjöby hembygdsförening'], a: ['18000/once'], p: '2023-01-01' },
    ]);
  });

  it('keeps a recipient listed twice in a list of partners without the sum asked for as two rows, and a "0 kr" there as a row', () => {
    const rows = rowsOf(
      round(['Förening', 'Verksamhet', 'Belopp'], [
        'Ekby bygdegårdsförening', 'Mötesplats', '27 000',
        'Ekby bygdegårdsförening', 'Läxhjälp', '15 000',
        'Norrby föräldraförening', 'Lokaler', '0 kr',
      ]),
    );
    expect(rows.map((r) => r.i[0])).toEqual(['Ekby bygdegårdsförening', 'Ekby bygdegårdsförening', 'Norrby föräldraförening']);
  });

  it('gives a recipient named under two kinds of grant in a list of sums one row with both sums', () => {
    const rows = rowsOf([
      'Här är hela listan på alla kulturföreningar som får bidrag 2023:',
      '',
      'Administrationsbidrag',
      'Ekby musikkår 2 000',
      'Norrby gille 2 000',
      'Sjöby teaterförening 5 000',
      '',
      'Verksamhetsbidrag',
      'Ekby musikkår 10 000',
      'Torpa folkdanslag 43 568',
    ]);
    expect(rows.map((r) => [r.i[0], r.a.map((a) => a.split('/')[0])])).toEqual([
      ['Ekby musikkår', ['2000', '10000']],
      ['Norrby gille', ['2000']],
      ['Sjöby teaterförening', ['5000']],
      ['Torpa folkdanslag', ['43568']],
    ]);
  });

  it('keeps a recipient twice where a row has no sum', () => {
    const rows = rowsOf(['Förening\tKommun\tBelopp', 'Ekby musikkår\tEkby kommun\t2 000 kr', 'Norrby gille\tEkby kommun\t', 'Sjöby teaterförening\tEkby kommun\t5 000 kr', 'Ekby musikkår\tEkby kommun\t10 000 kr']);
    expect(rows.map((r) => r.i[0])).toEqual(['Ekby musikkår', 'Norrby gille', 'Sjöby teaterförening', 'Ekby musikkår']);
  });

});

describe('granted-lead: a table of sums under a lead that says the money was granted', () => {
  it.each(['Beviljade föreningsbidrag 2024', 'Fördelade bidrag 2023', 'Nämnden har fördelat årets verksamhetsbidrag.', 'Föreningar som fått bidrag 2023', 'Dessa föreningar beviljades stöd'])(
    'reads "%s" as grants made',
    (lead) => expect(saysGranted(lead)).toBe(true),
  );
  it.each(['Föreningar som kan söka bidrag', 'Kommunens IOP-avtal 2023', 'Beviljade ansökningar om lokal'])('does not read "%s" so', (lead) => expect(saysGranted(lead)).toBe(false));

  it('dates the rows of such a table by the one year its text names, their sums that year\'s', () => {
    const table = ['Beviljade föreningsbidrag 2024', '', 'Kultur- och fritidsnämnden har fördelat årets verksamhetsbidrag.', '', 'Förening\tBidrag', 'Ekby hembygdsförening\t25 000 kr', 'Norrby IF\t40 000 kr', 'Summa\t65 000 kr'];
    expect(rowsOf(table)).toEqual([
      { i: ['Ekby hembygdsförening'], a: ['25000/year'], p: '2024-01-01' },
      { i: ['Norrby IF'], a: ['40000/year'], p: '2024-01-01' },
    ]);
    // A table of partners' yearly sums under no such lead is no round of one year.
    const partners = ['Kommunens IOP-avtal 2024', '', 'Förening\tBelopp per år', 'Ekby hembygdsförening\t25 000 kr', 'Norrby IF\t40 000 kr'];
    expect(rowsOf(partners).map((r) => r.p)).toEqual([null, null]);
  });
});

describe('granted column: a money column its header calls the decision\'s', () => {
  it.each([['Sökande', 'Ändamål', 'Tilldelning'], ['Förening', 'Beviljat, kr'], ['Förening', 'Tilldelade medel'], ['Organisation', 'Utbetalt belopp']])('reads %j as grants made', (...labels) =>
    expect(labelsGranted({ roles: labels.map((_, i) => (i === 0 ? 'ideburen' : i === labels.length - 1 ? 'amount' : 'description')), labels, rows: [] })).toBe(true),
  );
  it.each([['Förening', 'Belopp per år'], ['Förening', 'Bidrag'], ['Förening', 'Sökt belopp']])('does not read %j so', (...labels) =>
    expect(labelsGranted({ roles: ['ideburen', labels[1] === 'Sökt belopp' ? 'requested' : 'amount'], labels, rows: [] })).toBe(false),
  );

  it('makes a table a grant round, whose purposes are projects paid once unless one is a recurring grant', () => {
    const cell = (text: string) => ({ text, start: 0, end: text.length, exact: true });
    const table = (purposes: string[]) => ({ roles: ['ideburen', 'description', 'amount'] as const, labels: ['Sökande', 'Ändamål', 'Tilldelning'], rows: purposes.map((p) => [cell('Ekby IK'), cell(p), cell('20 000 kr')]) });
    expect(isGrantRound({ ...table([]), roles: [...table([]).roles] })).toBe(true);
    expect(grantsProjects({ ...table(['Ny värmepump', 'Bryggor']), roles: [...table([]).roles] })).toBe(true);
    expect(grantsProjects({ ...table(['Ny värmepump', 'Verksamhetsbidrag']), roles: [...table([]).roles] })).toBe(false);
  });

  it('dates a web table of allocations, cells one a line and headed again per section, by the one year its text names', () => {
    const cells = (labels: string[], rows: string[]) => [...labels, ...rows].flatMap((cell) => [cell, '']);
    const header = ['Sökande', 'Ändamål', 'Tilldelning'];
    const page = [
      'Fördelning av bygdemedel 2021',
      '',
      'Norrby',
      '',
      ...cells(header, ['Ekby bygdegårdsförening', 'Ny värmepump', '20 000 kr', 'Norrby byalag', 'Rustning av brygga', '9 600 kr']),
      'Sörby',
      '',
      ...cells(header, ['Sörby IK', 'Fotbollsmål', '35 000 kr', 'Sörby IK', 'Bryggor', '4 000 kr']),
    ];
    expect(rowsOf(page)).toEqual([
      { i: ['Ekby bygdegårdsförening'], a: ['20000/once'], p: '2021-01-01' },
      { i: ['Norrby byalag'], a: ['9600/once'], p: '2021-01-01' },
      { i: ['Sörby IK'], a: ['35000/once', '4000/once'], p: '2021-01-01' },
    ]);
    // Under a column of sums that names no decision ("Belopp"), a page's one year dates no list of partners.
    const partners = ['Våra partner 2021', '', ...cells(['Förening', 'Verksamhet', 'Belopp'], ['Ekby bygdegårdsförening', 'Mötesplats', '20 000 kr', 'Norrby byalag', 'Läxhjälp', '9 600 kr'])];
    expect(rowsOf(partners).map((r) => r.p)).toEqual([null, null]);
  });
});
