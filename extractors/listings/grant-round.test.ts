import { describe, expect, it } from 'vitest';
import type { DocType } from '../../pipeline/contract.js';
import { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { extractListings } from './index.js';
import { nothingGranted, grantsProjects, isGrantRound, saysGranted } from './grant-round.js';

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
