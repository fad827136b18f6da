import { describe, expect, it } from 'vitest';
import { findEntries, openingName } from './entries.js';

const rowsOf = (text: string) => findEntries(text).flatMap((t) => t.rows.map((row) => row.map((cell) => cell.text)));

describe('findEntries: grants as short entries under a lead-in, one paragraph a recipient', () => {
  const lead = 'Följande föreningar har ansökt och fått föreningsbidrag 2023:';

  it('reads each entry\'s opening name and the sum it was granted, the last sum of the entry', () => {
    const text = [
      lead,
      '',
      'Föreningen Linden vill ordna läxhjälp för barn i mellanstadiet.',
      'De sökte 45 000 och får 45 000.',
      '',
      'Bygdens idrottsklubb sökte 70 000 till en öppen mötesplats en gång i veckan.',
      'Ansökan beviljas delvis med 45 000 kronor.',
      '',
      'Kvinnojouren Tärnan i Norrby som ordnar gruppträffar.',
      'Sökte 100 000 och fick det beviljat.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Föreningen Linden', '45 000'],
      ['Bygdens idrottsklubb', '45 000 kronor'],
      ['Kvinnojouren Tärnan i Norrby', '100 000'],
    ]);
  });

  it('leaves out an entry turned down, and ends the list at the first paragraph that is no entry', () => {
    const text = [
      lead,
      '',
      'Föreningen Linden sökte 50 000 kronor men fick avslag.',
      '',
      'Bygdens IF sökte 30 000 och får 30 000.',
      '',
      'Scoutkåren Pilen sökte 20 000 och beviljas 20 000 kronor.',
      '',
      'Nämnden fattar beslut på torsdag. Då avgörs också 200 000 kronor till lokalhyror.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Bygdens IF', '30 000'],
      ['Scoutkåren Pilen', '20 000 kronor'],
    ]);
  });

  it('does not read entries that grant no sum (a contact list, members of a network) as rows', () => {
    const members = [
      'Följande organisationer ingår i nätverket:',
      '',
      'Föreningen Linden arbetar med läxhjälp.',
      '',
      'Bygdens IF driver en fritidsgård.',
    ].join('\n');
    expect(rowsOf(members)).toEqual([]);
    const contacts = ['Kontakta föreningarna:', '', 'Föreningen Linden, tel 0123-456 789', '', 'Bygdens IF, tel 0123-987 654'].join('\n');
    expect(rowsOf(contacts)).toEqual([]);
  });

  it('reads no row from entries that count organisations sharing a sum ("20 barn- och ungdomsföreningar får dela på …")', () => {
    const text = [
      'På nämndens möte beslutades att bevilja föreningsbidrag enligt följande:',
      '',
      '20 barn- och ungdomsföreningar får dela på 1 298 000 kr',
      '',
      '17 vuxenföreningar får dela på 209 000 kr',
    ].join('\n');
    expect(rowsOf(text)).toEqual([]);
    expect(openingName('17 vuxenföreningar får dela på 209 000 kr')).toBeNull();
    expect(openingName('IK 91 sökte 30 000 och får 30 000.')).toBe('IK 91');
  });

  it('needs a lead-in, and some name with an organisation\'s form', () => {
    expect(rowsOf(['Föreningen Linden sökte 45 000 och får 45 000.', '', 'Bygdens IF sökte 30 000 och får 30 000.'].join('\n'))).toEqual([]);
    expect(rowsOf([lead, '', 'Anna Berg fick 5 000 kronor.', '', 'Erik Lund fick 7 000 kronor.'].join('\n'))).toEqual([]);
  });
});

describe('openingName', () => {
  it.each([
    ['Filadelfiakyrkan i Stockholm vill anordna aktiviteter varje vecka.', 'Filadelfiakyrkan i Stockholm'],
    ['Ishockey föreningen Akalla sökte pengar till skridskoåkning.', 'Ishockey föreningen Akalla'],
    ['Existera som anordnar gruppträffar.', 'Existera'],
  ])('reads %s as %s', (entry, name) => expect(openingName(entry)).toBe(name));

  it('finds no name in a sentence that opens with a clause', () => expect(openingName('De sökte 45 000 och får 45 000.')).toBeNull());
});
