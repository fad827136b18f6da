import { describe, expect, it } from 'vitest';
import { tidyWhitespace } from '../../pipeline/clean/whitespace.js';
import { findListingTables, headerRole, mayHoldStyle } from './table.js';

const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));

describe('headerRole', () => {
  it.each([
    ['Idéburen aktör', 'ideburen'],
    ['Idéburen part (organisation)', 'ideburen'],
    ['Förening:', 'ideburen'],
    ['Avtalspart', 'ideburen'],
    ['Samarbetspart', 'ideburen'],
    ['Stadsdelsnämnd', 'organ'],
    ['Beviljat belopp (kr)', 'amount'],
    ['Tidsram', 'period'],
    ['Offentlig part', 'offentlig'],
    ['Ansvarig nämnd', 'organ'],
    ['Tidsperiod', 'period'],
    ['Innehåll', 'description'],
    ['Belopp per år', 'amount'],
    ['Målgrupp', 'targetGroup'],
    // A grant list's money column named by the decision ("Beviljat, kr", "Tilldelat belopp").
    ['Beviljat, kr', 'amount'],
    ['Beviljat', 'amount'],
    ['Tilldelat belopp', 'amount'],
    // The sum an applicant asked for is a column of its own, never the amount.
    ['Sökt belopp', 'requested'],
    ['Ansökt bidrag', 'requested'],
    // … also written bare beside "Beviljat" ("Sökande | Projekt | Ansökt | Beviljat").
    ['Ansökt', 'requested'],
    ['Sökt', 'requested'],
  ])('reads %s as %s', (cell, role) => expect(headerRole(cell)).toBe(role));

  it.each(['Ledamot', 'Namn', 'Ersättare', '§ 12', 'Beviljats bidrag tidigare år', 'Sökta föreningar', 'Ansökan', 'Föreningen ska redovisa hur medlen har använts under hela perioden'])(
    'gives %s no role',
    (cell) => expect(headerRole(cell)).toBeNull(),
  );
});

describe('mayHoldStyle', () => {
  it('holds for a text with a tab, a pipe or two spaces in a row, which a table line needs', () => {
    expect(mayHoldStyle('Förening\tPeriod')).toBe(true);
    expect(mayHoldStyle('| Förening | Period |')).toBe(true);
    expect(mayHoldStyle('Förening    Period')).toBe(true);
  });
  it('does not for a text of single spaces, whose lines no style splits, and then no table is read', () => {
    const text = 'Förening Period\nKvinnojouren Tärnan 2023–2025\nStadsmissionen 2022–2024';
    expect(mayHoldStyle(text)).toBe(false);
    expect(findListingTables(text)).toEqual([]);
  });
});

describe('findListingTables', () => {
  it('reads a tab-separated table, joining a wrapped cell and skipping a separator row and blank lines', () => {
    const text = [
      'Idéburen aktör\tOffentlig aktör\tInnehåll',
      'Fritidsbanken\tRegion Värmland\t2020-12-18–tills vidare. Syftet är att främja',
      '',
      '\t\thälsa för alla.',
      'Kompis Sverige\t\t2022-01-01–2024-12-31. Integration.',
      '--\t--\t---',
      'Nästa stycke är prosa.',
    ].join('\n');
    const [table, ...rest] = findListingTables(text);
    expect(rest).toEqual([]);
    expect(table!.roles).toEqual(['ideburen', 'offentlig', 'description']);
    expect(texts(table!.rows)).toEqual([
      ['Fritidsbanken', 'Region Värmland', '2020-12-18–tills vidare. Syftet är att främja hälsa för alla.'],
      ['Kompis Sverige', '', '2022-01-01–2024-12-31. Integration.'],
    ]);
    expect(table!.rows[0]![2]!.exact).toBe(false);
    const first = table!.rows[0]![0]!;
    expect(text.slice(first.start, first.end)).toBe('Fritidsbanken');
  });

  it('reads a tab table the clean stage tidied: its gaps stay, spaces beside them go', () => {
    const raw = 'Förening \tOmråde\tPeriod\nStadsmissionen  \tMötesplats\t2023–2025\nKompis Sverige\t\t2022–2024';
    const [table] = findListingTables(tidyWhitespace(raw));
    expect(texts(table!.rows)).toEqual([
      ['Stadsmissionen', 'Mötesplats', '2023–2025'],
      ['Kompis Sverige', '', '2022–2024'],
    ]);
  });

  it('reads a Markdown pipe table', () => {
    const text = '| Förening | Nämnd | Period |\n|---|---|---|\n| Röda Korset | Socialnämnden | 2023–2024 |';
    const [table] = findListingTables(text);
    expect(table!.roles).toEqual(['ideburen', 'organ', 'period']);
    expect(texts(table!.rows)).toEqual([['Röda Korset', 'Socialnämnden', '2023–2024']]);
  });

  it('reads layout text aligned by spaces, placing a wrapped line under its column', () => {
    const text = [
      'Organisation          Nämnd                 Period',
      'Stadsmissionen        Socialnämnden         2022-01-01–2023-12-31',
      '                      Kulturnämnden',
      'Brottsofferjouren     Socialnämnden         2021–2023',
    ].join('\n');
    const [table] = findListingTables(text);
    expect(texts(table!.rows)).toEqual([
      ['Stadsmissionen', 'Socialnämnden Kulturnämnden', '2022-01-01–2023-12-31'],
      ['Brottsofferjouren', 'Socialnämnden', '2021–2023'],
    ]);
  });

  it('ends a table at a line that is not a row, so a later table starts afresh', () => {
    const text = 'Förening\tPeriod\nA-föreningen\t2022\n\n3.1.2 Malmö stad\n\nFörening\tPeriod\nB-föreningen\t2023';
    expect(findListingTables(text).map((t) => t.rows.length)).toEqual([1, 1]);
  });

  it('finds nothing in a table of contents, an attendance list or a header without an organisation column', () => {
    expect(findListingTables('Innehåll\n\nFörord\t1\n3.1 Aktiva IOP i kommuner\t10')).toEqual([]);
    expect(findListingTables('Ledamöter\tParti\nAnna Andersson (S)\tordförande')).toEqual([]);
    expect(findListingTables('Nämnd\tPeriod\tBelopp\nSocialnämnden\t2023\t500 tkr')).toEqual([]);
    expect(findListingTables('Förening\tKontaktperson\nRöda Korset\tAnna')).toEqual([]);
  });
});
