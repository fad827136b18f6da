import { describe, expect, it } from 'vitest';
import { findRunTogetherTables } from './run-together.js';

const rowsOf = (text: string) => findRunTogetherTables(text).flatMap((t) => t.rows.map((row) => row.map((cell) => cell.text)));

describe('a ruled table read one cell a line (readCellLines through findRunTogetherTables)', () => {
  const header = ['Organisation', 'Verksamhet', 'Avtalsperiod'];

  it('takes the lines as many at a time as the header has labels, up to the text after a blank line', () => {
    const text = [...header, 'Kvinnojouren Tärnan', 'Skyddat boende', '2022-01-01–2025-12-31', 'Röda Korset Lund', 'Mötesplats', '2024–2025', '', 'Kontakt', 'Eva Strand'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Tärnan', 'Skyddat boende', '2022-01-01–2025-12-31'],
      ['Röda Korset Lund', 'Mötesplats', '2024–2025'],
    ]);
  });

  it('leaves a table whose count a wrapped cell breaks to the flowed reading, which keeps each row\'s period', () => {
    const text = [...header, 'Kvinnojouren Tärnan', 'Skyddat boende och', 'stödsamtal', '2022-01-01–2025-12-31', 'Röda Korset Lund', 'Mötesplats', '2024–2025'].join('\n');
    const rows = rowsOf(text);
    expect(rows.map((row) => row.at(-1)?.slice(0, 9))).not.toContain('stödsamta');
    expect(rows.map((row) => row.find((cell) => /\d{4}/.test(cell)))).toEqual(['2022-01-01–2025-12-31', '2024–2025']);
  });

  it('reads a cell a web table cut short ("…", "...") as a name, and one ending in a full stop as prose', () => {
    const cut = [...header, 'Kvinnojouren Tärnan', 'Skyddat boende', '2023–2025', 'Björkens intresseförening...', 'Mötesplats', '2022–2024', 'Röda Korset…', 'Läxhjälp', '2024–2025'].join('\n');
    expect(rowsOf(cut).map((row) => row[0])).toEqual(['Kvinnojouren Tärnan', 'Björkens intresseförening...', 'Röda Korset…']);
    const prose = [...header, 'Kvinnojouren Tärnan', 'Skyddat boende', '2023–2025', 'Avtalet förlängs.', 'Mötesplats', '2022–2024'].join('\n');
    expect(rowsOf(prose).map((row) => row[0])).not.toContain('Avtalet förlängs.');
  });

  it('reads cells one a line under a header of labels on one line', () => {
    const text = ['Förening Verksamhet Avtalsperiod', 'Kvinnojouren Tärnan', 'Skyddat boende', '2023–2025', 'Röda Korset Lund', 'Mötesplats för nyanlända', '2022–2024'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Tärnan', 'Skyddat boende', '2023–2025'],
      ['Röda Korset Lund', 'Mötesplats för nyanlända', '2022–2024'],
    ]);
  });

  it('reads rows one a line under a header on one line as rows, also where a wrap would let three lines pass for one row', () => {
    const text = ['Förening Verksamhet Avtalsperiod', 'Kvinnojouren Tärnan Skyddat boende för kvinnor och', 'barn 2023–2025', 'Röda Korset Lund Mötesplats för nyanlända 2022–2024'].join('\n');
    expect(rowsOf(text).map((row) => row.find((cell) => /\d{4}/.test(cell)))).toEqual(['2023–2025', '2022–2024']);
  });

  it('reads a money column under a label with its unit, and ends at the line of totals', () => {
    const text = ['Organisation', 'Verksamhet', 'Belopp (tkr)', 'Föreningen Linden', 'Läxhjälp', '250', 'Kvinnojouren Tärnan', 'Skyddat boende', '1 200', 'Summa', '', '1 450', 'Uppföljning sker årligen.'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Föreningen Linden', 'Läxhjälp', '250'],
      ['Kvinnojouren Tärnan', 'Skyddat boende', '1 200'],
    ]);
  });

  it('reads a column of sums asked for beside the granted one, each row three lines, up to the line of totals', () => {
    const text = ['Förening', 'Sökt belopp', 'Beviljat belopp', 'Föreningen Solrosen', '30 000', '25 000', 'Ekbacka IF', '50 000', '40 000', 'Summa', '80 000', '65 000'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Föreningen Solrosen', '30 000', '25 000'],
      ['Ekbacka IF', '50 000', '40 000'],
    ]);
  });

  it('takes no row whose cell under the sum asked for is not that sum alone', () => {
    const asked = ['Förening', 'Sökt belopp', 'Beviljat belopp', 'Föreningen Solrosen', 'Verksamhet för unga', '25 000', 'Ekbacka IF'].join('\n');
    expect(rowsOf(asked)).toEqual([]);
    // Rows one a line under a header on one line: three lines are no row ("Ekbacka IF 50 000 Avslag" is no sum).
    const rowLines = ['Förening Sökt belopp Beviljat belopp', 'Föreningen Solrosen 30 000 25 000', 'Ekbacka IF 50 000 Avslag', 'Kvinnojouren Lilja 20 000 20 000'].join('\n');
    expect(rowsOf(rowLines).flat()).not.toContain('Ekbacka IF 50 000 Avslag');
  });

  it('passes over a run-together row of an applicant turned down ("… 50 000 Avslag") and reads on, but not a name ending so', () => {
    const text = ['Förening Sökt belopp Beviljat belopp', 'Föreningen Solrosen 30 000 25 000', 'Ekbacka IF 50 000 Avslag', 'Kvinnojouren Lilja 20 000 20 000'].join('\n');
    expect(rowsOf(text).map((row) => row[0])).toEqual(['Föreningen Solrosen', 'Kvinnojouren Lilja']);
    const named = ['Förening Beviljat belopp', 'Föreningen Solrosen 25 000', 'Föreningen Avslagsgrund 5 000'].join('\n');
    expect(rowsOf(named).map((row) => row[0])).toEqual(['Föreningen Solrosen', 'Föreningen Avslagsgrund']);
  });

  it('cuts both sums off a run-together row under "Förening Sökt belopp Beviljat belopp", the granted one last', () => {
    const text = ['Förening Sökt belopp Beviljat belopp', 'Föreningen Solrosen 30 000 25 000', 'Ekbacka IF 50 000 40 000'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Föreningen Solrosen', '', '25 000'],
      ['Ekbacka IF', '', '40 000'],
    ]);
  });

  it('does not take lines whose money cell holds no number as rows', () => {
    const text = ['Organisation', 'Verksamhet', 'Belopp (tkr)', 'Föreningen Linden', 'Läxhjälp', 'Beslut tas i mars', 'Kvinnojouren Tärnan'].join('\n');
    expect(rowsOf(text)).not.toContainEqual(['Föreningen Linden', 'Läxhjälp', 'Beslut tas i mars']);
  });

  it('reads a header whose public column comes last, as a web table of IOPs gives it', () => {
    const text = ['Förening', 'Verksamhet', 'Avtalstid', 'Nämnd', 'Kvinnojouren Tärnan', 'Skyddat boende', '2023-01-01–2025-12-31', 'Socialnämnden', 'Idrottsklubben Pilen', 'Fritidsgård', '2024–2026', 'Kultur- och fritidsnämnden'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Tärnan', 'Skyddat boende', '2023-01-01–2025-12-31', 'Socialnämnden'],
      ['Idrottsklubben Pilen', 'Fritidsgård', '2024–2026', 'Kultur- och fritidsnämnden'],
    ]);
  });

  it('reads the organisation column in second place when a period column checks each row', () => {
    const text = ['Verksamhet', 'Organisation', 'Avtalsperiod', 'Skyddat boende', 'Kvinnojouren Tärnan', '2023–2025', 'Mötesplats', 'Röda Korset Lund', '2024–2025'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Skyddat boende', 'Kvinnojouren Tärnan', '2023–2025'],
      ['Mötesplats', 'Röda Korset Lund', '2024–2025'],
    ]);
  });

  it('reads a web table whose header cells were glued on one line, its cells one a line between blank lines, checked by the body column', () => {
    const text = ['Pågående partnerskap', '', 'AvtalFöreningAnsvarig nämnd', '', 'IOP Skyddat boende', '', 'Kvinnojouren Tärnan', '', 'Socialnämnden', '', 'IOP Fritidsgård', '', 'Idrottsklubben Pilen', '', 'Kultur- och fritidsnämnden', '', '', 'Sidan uppdaterades'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['IOP Skyddat boende', 'Kvinnojouren Tärnan', 'Socialnämnden'],
      ['IOP Fritidsgård', 'Idrottsklubben Pilen', 'Kultur- och fritidsnämnden'],
    ]);
  });

  it('reads a web table whose header cells stand one a line between blank lines, as its cells do', () => {
    const text = ['Organisation', '', 'Verksamhet', '', 'Avtalsperiod', '', 'Kvinnojouren Tärnan', '', 'Skyddat boende', '', '2023-01-01–2025-12-31', '', 'Röda Korset Lund', '', 'Mötesplats', '', '2024–2025', '', 'Kontakt'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Tärnan', 'Skyddat boende', '2023-01-01–2025-12-31'],
      ['Röda Korset Lund', 'Mötesplats', '2024–2025'],
    ]);
  });

  it('does not take two labels apart by a blank line, with prose under them, as a table', () => {
    expect(rowsOf(['Organisation', '', 'Verksamhet', '', 'Föreningen bildades 1990 och har i dag många medlemmar.', '', 'Den driver en mötesplats.'].join('\n'))).toEqual([]);
  });

  it('does not read cells under a glued header whose body cells name no body', () => {
    const text = ['AvtalFöreningAnsvarig nämnd', '', 'IOP Skyddat boende', '', 'Kvinnojouren Tärnan', '', 'Kontakta oss', '', 'IOP Fritidsgård'].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });

  it('does not read lines under labels with the organisation column second and nothing to check them by', () => {
    const text = ['Verksamhet', 'Organisation', 'Skyddat boende', 'Kvinnojouren Tärnan', 'Mötesplats', 'Röda Korset Lund'].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });

  it('reads a grant list whose money column the decision names ("Förening / Beviljat, kr"), cells between blank lines, up to its total', () => {
    const text = ['Fördelning av stödet', '', 'Förening', '', 'Beviljat, kr', '', 'Föreningen Linden', '', '2 000', '', 'Bygdens IF', '', '50 000', '', 'Totalt:', '', '52 000', '', 'För mer information'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Föreningen Linden', '2 000'],
      ['Bygdens IF', '50 000'],
    ]);
  });

  it('does not read a contact list under "Förening / Beviljat" whose second cells hold no number', () => {
    const text = ['Förening', '', 'Beviljat', '', 'Föreningen Linden', '', 'Kontakta föreningen', '', 'Bygdens IF', '', 'Besök hemsidan'].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });
});
