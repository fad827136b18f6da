import { describe, expect, it } from 'vitest';
import { activityStart, isHeaderRoles, isLabelLine, readLabels, trailingPublicStart } from './collapsed-table.js';
import { findRunTogetherTables } from './run-together.js';

const rowsOf = (text: string) => findRunTogetherTables(text).map((t) => t.rows.map((row) => row.map((cell) => cell.text)));
const collapsedHeaderRoles = (line: string) => {
  const { roles } = readLabels(line);
  return isLabelLine(line) && isHeaderRoles(roles) ? roles : null;
};

describe('a header line of labels', () => {
  it.each([
    ['Idéburen aktör Offentlig aktör Innehåll', ['ideburen', 'offentlig', 'description']],
    ['Förening Nämnd Period', ['ideburen', 'organ', 'period']],
    ['Organisation: Kommun: Tidsperiod:', ['ideburen', 'offentlig', 'period']],
    ['Förening Verksamhet Belopp (tkr)', ['ideburen', 'description', 'amount']],
    ['Organisation Verksamhet Belopp tkr', ['ideburen', 'description', 'amount']],
    ['Förening Aktivitet Belopp, tkr', ['ideburen', 'description', 'amount']],
    ['Förening Aktivitet Bidrag i kr/år', ['ideburen', 'description', 'amount']],
    ['Parter Verksamhet Period', ['parties', 'description', 'period']],
    ['FöreningVerksamhetAvtalsperiod', ['ideburen', 'description', 'period']],
    ['Sökande Ändamål Beviljat belopp', ['ideburen', 'description', 'amount']],
    ['Föreningsnamn Verksamhetsområde Belopp', ['ideburen', 'description', 'amount']],
    ['Organisation Startdatum Slutdatum Nämnd', ['ideburen', 'period', 'organ']],
    ['Förening Bidrag 2024', ['ideburen', 'amount']],
    ['Förening Belopp/år Avtalsperiod', ['ideburen', 'amount', 'period']],
    ['Förening Verksamhet Belopp 2024 (kr)', ['ideburen', 'description', 'amount']],
  ])('reads %s', (line, roles) => expect(collapsedHeaderRoles(line)).toEqual(roles));

  it.each(['Idéburen aktör', 'Offentlig aktör Idéburen aktör', 'Föreningen ska redovisa perioden', 'Förening Nämnd Period och annat', 'Förening (se bilaga om stödet till föreningar)', 'FöreningenVerksamhet', 'Föreningsbidrag', 'Förening Aktivitet Belopp, se bilaga', 'Förening Bidrag 20245', 'Förening 2024 Bidrag', 'Förening\tPeriod', 'Sökanden har rätt att överklaga beslutet'])(
    'does not read %s as a header of run-together columns',
    (line) => expect(collapsedHeaderRoles(line)).toBeNull(),
  );
});

describe('rows one a line under a header line (findRunTogetherTables)', () => {
  it('finds the public column at a body, a coordination of bodies, or a kommun/region, and the rest at the period', () => {
    const text = [
      'Idéburen aktör Offentlig aktör Innehåll',
      'Skyddsvärnet och Fryshuset Socialförvaltningen Centrum 2022–2023. Syftet är att skapa trygghet.',
      'Kvinno- och tjejjouren Individ- och familjenämnden 2022-01-01–2024-12-31. Boende och stöttning.',
      'Guldkanten ideell förening Vård och äldreomsorgen 2023-01-01–2024-12-31. Mötesplats.',
      'Fritidsbanken Region Värmland 2020-12-18–tills vidare. Syftet är att investera i',
      ' parasport.',
      'Kompis Sverige 2022-01-01–2024-12-31. Integration.',
      'Brottsofferjouren Norrbotten Pajala Kommun Genom samverkan erbjuda stöd.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Skyddsvärnet och Fryshuset', 'Socialförvaltningen Centrum', '2022–2023. Syftet är att skapa trygghet.'],
        ['Kvinno- och tjejjouren', 'Individ- och familjenämnden', '2022-01-01–2024-12-31. Boende och stöttning.'],
        ['Guldkanten ideell förening', 'Vård och äldreomsorgen', '2023-01-01–2024-12-31. Mötesplats.'],
        ['Fritidsbanken', 'Region Värmland', '2020-12-18–tills vidare. Syftet är att investera i parasport.'],
        ['Kompis Sverige', '', '2022-01-01–2024-12-31. Integration.'],
        ['Brottsofferjouren Norrbotten', 'Pajala Kommun', 'Genom samverkan erbjuda stöd.'],
      ],
    ]);
  });

  it('finds a body again as an earlier row wrote it, and leaves a status label to the description', () => {
    const text = [
      'Förening Nämnd Innehåll',
      'Fryshuset Rinkeby-kista stadsdelsnämnd 2023-01-01–2023-12-31. Aktiviteter.',
      'Löparakademin Rinkeby-kista Stadsdelsnämnd, 2023-01-01–2023-12-31. Ungdomsprogram.',
      'Studiefrämjandet Rinkebykista Stadsdelsnämnd 2023-01-01–2023-12-31. Utbildningar.',
      'Brottsofferjouren Individ- och familjenämnden AVSLUTAD. 2018–2022. Stöd.',
    ].join('\n');
    expect(rowsOf(text)[0]!.map((row) => row.slice(0, 2))).toEqual([
      ['Fryshuset', 'Rinkeby-kista stadsdelsnämnd'],
      ['Löparakademin', 'Rinkeby-kista Stadsdelsnämnd,'],
      ['Studiefrämjandet', 'Rinkebykista Stadsdelsnämnd'],
      ['Brottsofferjouren', 'Individ- och familjenämnden'],
    ]);
  });

  it('ends the table at a numbered heading', () => {
    const text = 'Förening Nämnd Period\nRöda Korset Socialnämnden 2022–2023\n\n3.1.2 Malmö stad\nStadsmissionen Socialnämnden 2022–2023';
    expect(rowsOf(text)).toEqual([[['Röda Korset', 'Socialnämnden', '2022–2023']]]);
  });

  it('reads on as a paragraph past a line that is no row, which stays in the row before', () => {
    const text = 'Förening Nämnd Period\nRöda Korset Socialnämnden 2022–2023\nDärefter följer en mening.\nStadsmissionen Socialnämnden 2024–2025';
    expect(rowsOf(text)).toEqual([
      [
        ['Röda Korset', 'Socialnämnden', '2022–2023 Därefter följer en mening.'],
        ['Stadsmissionen', 'Socialnämnden', '2024–2025'],
      ],
    ]);
  });

  it('gives offsets of every cell into the text', () => {
    const text = 'Förening Nämnd Period\nRöda Korset Socialnämnden 2022–2023';
    const row = findRunTogetherTables(text)[0]!.rows[0]!;
    expect(row.map((c) => text.slice(c.start, c.end))).toEqual(['Röda Korset', 'Socialnämnden', '2022–2023']);
  });
});

describe('an activity column run into the organisation cell', () => {
  it('is cut off where a sentence-case phrase ends the cell', () => {
    const text = [
      'Organisation Verksamhet Avtalsperiod',
      'Kvinnojouren Tärnan Skyddat boende 2021-01-01–2025-12-31',
      'Föreningen för psykisk hälsa Öppen verksamhet 2022–2024',
    ].join('\n');
    expect(rowsOf(text)[0]!.map((row) => row[0])).toEqual(['Kvinnojouren Tärnan', 'Föreningen för psykisk hälsa']);
  });

  it('leaves a name whose lower-case words follow a connector or a hyphen, and a one-word activity', () => {
    expect(activityStart('Föreningen för psykisk hälsa')).toBeNull();
    expect(activityStart('Husby Konst- och hantverksförening')).toBeNull();
    expect(activityStart('Röda Korset Mötesplats')).toBeNull();
    expect(activityStart('Kvinnojouren Tärnan Skyddat boende')).toBe('Kvinnojouren Tärnan '.length);
  });

  it('cuts an activity that holds a connector after a name of two words, and a kind of grant', () => {
    expect(activityStart('Föreningen Gemenskap Mötesplats för äldre')).toBe('Föreningen Gemenskap '.length);
    expect(activityStart('Föreningen Mötesplats för unga')).toBeNull();
    expect(activityStart('Kvinnojouren Tärnan Verksamhetsbidrag')).toBe('Kvinnojouren Tärnan '.length);
    expect(activityStart('Röda Korset Projektstöd')).toBe('Röda Korset '.length);
    expect(activityStart('Verksamhetsbidrag')).toBeNull();
    expect(activityStart('Föreningen Anhörigstöd')).toBeNull();
  });

  it('cuts the activity after a name that gives its place ("… i Tierp")', () => {
    expect(activityStart('Stadsmissionen i Tierp Värmestuga')).toBe('Stadsmissionen i Tierp '.length);
    expect(activityStart('Kvinnojouren i Tierp')).toBeNull();
    expect(activityStart('Föreningen Hem i Tierp')).toBeNull();
  });

  it('cuts the one word after a name that closes on its organisation word ("Norrby IF Ungdomsverksamhet")', () => {
    expect(activityStart('Norrby IF Ungdomsverksamhet')).toBe('Norrby IF '.length);
    expect(activityStart('Åsens Pensionärsförening Träffpunkt')).toBe('Åsens Pensionärsförening '.length);
    expect(activityStart('Ekby Scoutkår Lägerverksamhet')).toBe('Ekby Scoutkår '.length);
    expect(activityStart('Hembygdsföreningen Gillet')).toBeNull();
    expect(activityStart('Ekby Hembygdsföreningen Gillet')).toBeNull();
    expect(activityStart('Norrby IF')).toBeNull();
    expect(activityStart('Norrby Skid IF')).toBeNull();
  });
});

describe('rows one a line under a last money column (findRunTogetherTables)', () => {
  it('cuts the sum off the end of each row and stops at the line of totals', () => {
    const text = ['Förening Verksamhet Belopp tkr', 'Kvinnojouren Tärnan Skyddat boende 250', 'Röda Korset Lund Mötesplats 1 400', 'Summa 1 650', 'Föreningen sköter lokalen 12'].join('\n');
    const [table] = findRunTogetherTables(text);
    expect(table!.rows.map((row) => [row[0]!.text, row[2]!.text])).toEqual([
      ['Kvinnojouren Tärnan', '250'],
      ['Röda Korset Lund Mötesplats', '1 400'],
    ]);
    expect(table!.labels?.[2]).toBe('Belopp tkr');
  });

  it('does not read a line that ends in no sum and states no period as a row', () => {
    const text = ['Förening Verksamhet Belopp tkr', 'Kvinnojouren Tärnan Skyddat boende', 'Röda Korset Lund Mötesplats'].join('\n');
    expect(findRunTogetherTables(text).flatMap((t) => t.rows)).toEqual([]);
  });
});

describe('rows one a line under a money column right before the period column (findRunTogetherTables)', () => {
  it('cuts the sum that closes the text before the period into the money column, the activity before it into its own', () => {
    const text = [
      'Förening Verksamhet Belopp per år Period',
      'Kvinnojouren Ekby Skyddat boende 450 000 kr 2024–2026',
      'Ekby Röda Korskrets Läxhjälp 120 000 kr 2023–2025',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Kvinnojouren Ekby', 'Skyddat boende', '450 000 kr', '2024–2026'],
        ['Ekby Röda Korskrets', 'Läxhjälp', '120 000 kr', '2023–2025'],
      ],
    ]);
    expect(rowsOf(['Förening Belopp Period', 'Norrby IF 120 000 2023–2025', 'Åsens Scoutkår 80 000 2024–2027'].join('\n'))).toEqual([
      [
        ['Norrby IF', '120 000', '2023–2025'],
        ['Åsens Scoutkår', '80 000', '2024–2027'],
      ],
    ]);
  });

  it('leaves a number before the period in the name where no money column stands before the period column', () => {
    expect(rowsOf(['Förening Period Belopp', 'IK 91 2023–2025 120 000'].join('\n'))).toEqual([[['IK 91', '2023–2025', '120 000']]]);
    expect(rowsOf(['Förening Period', 'IK 91 2023–2025', 'Norrby IF 2024–2026'].join('\n'))).toEqual([
      [
        ['IK 91', '2023–2025'],
        ['Norrby IF', '2024–2026'],
      ],
    ]);
  });
});

describe('a header line that closes on a label of no known role (findRunTogetherTables)', () => {
  it('reads the rows under it one a line, the last column left unread in the period cell', () => {
    const text = ['Idéburen part Belopp/år Avtalsperiod Kontaktperson', 'Kvinnojouren Ekby 450 000 2024-01-01–2026-12-31 Anna Berg', 'Norrby IF 120 000 2023-01-01–2025-12-31 Per Lind'].join('\n');
    const [table] = findRunTogetherTables(text);
    expect(table!.labels).toEqual(['Idéburen part', 'Belopp/år', 'Avtalsperiod']);
    expect(table!.rows.map((row) => [row[0]!.text, row[1]!.text])).toEqual([
      ['Kvinnojouren Ekby', '450 000'],
      ['Norrby IF', '120 000'],
    ]);
  });

  it('still reads labels that run on into a first row, its name cut by the line break', () => {
    const text = 'Förening Nämnd Period Röda\nKorset Socialnämnden 2022–2023';
    expect(rowsOf(text).flat().map((row) => row[0])).toEqual(['Röda Korset']);
  });
});

describe('a grant table whose tabs were lost (findRunTogetherTables)', () => {
  it('reads "Förening Ändamål Beviljat belopp": the kind of grant cut off the name, the sum off the end', () => {
    const text = [
      'Förening Ändamål Beviljat belopp',
      'Kvinnojouren Tärnan Verksamhetsbidrag 250 000 kr',
      'Föreningen Gemenskap Projektbidrag 45 000 kr',
      'Röda Korset Lund Verksamhetsbidrag 60 000 kr',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Kvinnojouren Tärnan', 'Verksamhetsbidrag', '250 000 kr'],
        ['Föreningen Gemenskap', 'Projektbidrag', '45 000 kr'],
        ['Röda Korset Lund', 'Verksamhetsbidrag', '60 000 kr'],
      ],
    ]);
  });

  it('cuts a target group in sentence case off the name, but no lower-case words a name may hold', () => {
    const text = ['Organisation Målgrupp Period', 'Kvinnojouren Tärnan Våldsutsatta kvinnor 2023–2025', 'Lunds hembygdsförening Äldre personer 2024–2026', 'Föreningen för psykisk hälsa 2022–2024'].join('\n');
    expect(rowsOf(text)[0]!.map((row) => row[0])).toEqual(['Kvinnojouren Tärnan', 'Lunds hembygdsförening', 'Föreningen för psykisk hälsa']);
    // The part cut off is the group's cell, and the period the period column's.
    expect(rowsOf(text)[0]![0]).toEqual(['Kvinnojouren Tärnan', 'Våldsutsatta kvinnor', '2023–2025']);
  });

  it('reads an activity column holding a connector: "Föreningen Gemenskap Mötesplats för äldre 2022–2024"', () => {
    const text = ['Förening Verksamhet Avtalsperiod', 'Kvinnojouren Tärnan Skyddat boende 2023–2025', 'Föreningen Gemenskap Mötesplats för äldre 2022–2024'].join('\n');
    expect(rowsOf(text)[0]!.map((row) => row[0])).toEqual(['Kvinnojouren Tärnan', 'Föreningen Gemenskap']);
  });
});

describe('rows whose public column comes last (findRunTogetherTables)', () => {
  it('cuts the body or kommun off the end of each row, and reads the rest as before', () => {
    const text = [
      'Förening Verksamhet Avtalstid Ansvarig nämnd',
      'Kvinnojouren Tärnan Skyddat boende 2023–2025 Socialnämnden',
      'Föreningen Gemenskap Mötesplats för äldre 2022–2024 Vård- och omsorgsnämnden',
    ].join('\n');
    const [table] = findRunTogetherTables(text);
    expect(table!.roles.at(-1)).toBe('organ');
    expect(table!.rows.map((row) => [row[0]!.text, row.at(-1)!.text])).toEqual([
      ['Kvinnojouren Tärnan', 'Socialnämnden'],
      ['Föreningen Gemenskap', 'Vård- och omsorgsnämnden'],
    ]);
  });

  it('reads a kommun, or a kommun and its body, that ends a row', () => {
    const rows = rowsOf(['Förening Period Kommun Nämnd', 'Kvinnojouren Tärnan 2023–2025 Sala kommun Socialnämnden', 'Röda Korset Lund 2022–2024 Region Skåne'].join('\n'));
    expect(rows[0]!.map((row) => [row[0], row.at(-1)])).toEqual([
      ['Kvinnojouren Tärnan', 'Sala kommun Socialnämnden'],
      ['Röda Korset Lund', 'Region Skåne'],
    ]);
  });

  it('reads start and end date columns run together as one period, an open end too', () => {
    const rows = rowsOf('Organisation Startdatum Slutdatum Ansvarig förvaltning\nBrottsofferjouren Syd 2023-01-01 2025-12-31 Socialförvaltningen\nFontänhuset Linden 2021-01-01 Tillsvidare Socialförvaltningen');
    expect(rows[0]!.map((row) => row.join(' | '))).toEqual(['Brottsofferjouren Syd | 2023-01-01 2025-12-31 | Socialförvaltningen', 'Fontänhuset Linden | 2021-01-01 Tillsvidare | Socialförvaltningen']);
  });

  it('finds where a public cell ends a line, and none in an activity or a sentence', () => {
    expect(trailingPublicStart('Kvinnojouren Tärnan 2023–2025 Kultur- och fritidsnämnden')).toBe('Kvinnojouren Tärnan 2023–2025 '.length);
    expect(trailingPublicStart('Kvinnojouren Tärnan 2023–2025 Region Skåne')).toBe('Kvinnojouren Tärnan 2023–2025 '.length);
    expect(trailingPublicStart('Kvinnojouren Tärnan 2023–2025 Skyddat boende')).toBeNull();
    expect(trailingPublicStart('Verksamheten får stöd av socialnämnden')).toBeNull();
  });
});

describe('rows whose public column comes first (findRunTogetherTables)', () => {
  it('reads the body or kommun that opens each row, then the organisation up to the period', () => {
    const text = [
      'Nämnd Förening Period',
      'Socialnämnden Kvinnojouren Tärnan 2023–2025',
      'Kultur- och fritidsnämnden Idrottsklubben Pilen 2024-01-01–2026-12-31',
      'Rinkeby-Kista stadsdelsnämnd Föreningen Linden 2022–2024',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Socialnämnden', 'Kvinnojouren Tärnan', '2023–2025'],
        ['Kultur- och fritidsnämnden', 'Idrottsklubben Pilen', '2024-01-01–2026-12-31'],
        ['Rinkeby-Kista stadsdelsnämnd', 'Föreningen Linden', '2022–2024'],
      ],
    ]);
  });

  it('reads a kommun, or a kommun and its body, as the public cell', () => {
    const text = ['Kommun Organisation Avtalstid', 'Sala kommun Kvinnojouren Tärnan 2023–2025', 'Region Skåne Socialnämnden Röda Korset Lund 2024–2025'].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Sala kommun', 'Kvinnojouren Tärnan', '2023–2025'],
        ['Region Skåne Socialnämnden', 'Röda Korset Lund', '2024–2025'],
      ],
    ]);
  });

  it('reads no row from a line that does not open with a public body or party', () => {
    const text = ['Nämnd Förening Period', 'Under året har flera föreningar ansökt om partnerskap 2023–2025'].join('\n');
    expect(rowsOf(text).flat()).toEqual([]);
  });

  it('does not take a header with the organisation column last as one whose public column comes first', () => {
    expect(rowsOf(['Nämnd Period Förening', 'Socialnämnden 2023–2025 Kvinnojouren Tärnan'].join('\n')).flat()).toEqual([]);
  });
});

describe('rows under a parties column (findRunTogetherTables)', () => {
  it('reads the parties up to the activity written in sentence case, the activity, and the period', () => {
    const text = ['Parter Verksamhet Period', 'Sala kommun och Kvinnojouren Tärnan Skyddat boende 2023–2025', 'Sala kommun och Idrottsklubben Pilen Öppen fritidsgård 2024–2026'].join('\n');
    expect(rowsOf(text).flat().map((row) => row.filter((cell) => cell !== ''))).toEqual([
      ['Sala kommun och Kvinnojouren Tärnan', 'Skyddat boende', '2023–2025'],
      ['Sala kommun och Idrottsklubben Pilen', 'Öppen fritidsgård', '2024–2026'],
    ]);
  });

  it('does not read a header with both a parties and an organisation column as a parties table', () => {
    expect(rowsOf('Parter Förening Period\nSala kommun Kvinnojouren Tärnan 2023–2025').flat()).toEqual([]);
  });
});

