import { describe, expect, it } from 'vitest';
import { extractUncalibrated } from './extract.js';

/** A page of invented text, read as one page of a web page or a converted PDF. */
const read = (lines: string[]) => extractUncalibrated('invented', [{ number: 1, text: lines.join('\n') }], false);
const names = (lines: string[]) => read(lines).partnerships.map((p) => p.ideburna.map((f) => f.value).join(' + '));
const kinds = (lines: string[]) => read(lines).partnerships.map((p) => p.kind.value);

/** A table of organisations and their sums, its columns set apart by gaps, under a heading. */
const table = (head: string[], rows: Array<[string, string]>, label = 'Förening              Belopp') => [...head, '', label, ...rows.map(([name, sum]) => `${name}        ${sum}`)];
const ROWS: Array<[string, string]> = [
  ['Solbackens Idrottsförening', '25 000 kr'],
  ['Ekdalens Scoutkår', '18 500 kr'],
  ['Föreningen Ljusglimten', '12 000 kr'],
];
const ROW_NAMES = ROWS.map(([name]) => name);

describe('a grant list: a heading that names a grant over organisations with sums, no sentence', () => {
  it('gives a web page\'s rows the kind its heading names, not an IOP guessed', () => {
    const page = table(['Verksamhetsbidrag 2025'], ROWS);
    expect(names(page)).toEqual(ROW_NAMES);
    expect(kinds(page)).toEqual(['bidrag', 'bidrag', 'bidrag']);
  });

  it("reads a protocol extract's or a tjänsteskrivelse's grant table as rows, not one matter of every organisation", () => {
    for (const type of ['Protokollsutdrag', 'Tjänsteskrivelse']) {
      const page = table(['Kultur- och fritidsnämnden', type, '2024-03-12', '', 'Fördelning av verksamhetsbidrag 2025'], ROWS);
      expect(names(page)).toEqual(ROW_NAMES);
      expect(kinds(page)).toEqual(['bidrag', 'bidrag', 'bidrag']);
    }
    const pensioners: Array<[string, string]> = [['PRO Norrby', '14 000'], ['SPF Seniorerna Ekdalen', '11 000']];
    const page = table(['Socialnämnden', 'Protokollsutdrag', '2024-02-20', '', 'Beviljade bidrag till pensionärsorganisationer 2024'], pensioners, 'Organisation              Beviljat belopp');
    expect(names(page)).toEqual(['PRO Norrby', 'SPF Seniorerna Ekdalen']);
  });
});

describe("a page's type from the rows it lists", () => {
  it('types a page no rule typed but whose rows the listing reader read as a report; a page of one row stays', () => {
    const rows = (lines: string[]) => read(lines).docType.value;
    const page = ['Nyheter', '', 'Oförändrat stöd till kulturföreningarna', '', 'Kulturnämnden har fördelat stödet.', ''];
    const listed = table(page, ROWS);
    expect(names(listed)).toEqual(ROW_NAMES);
    expect(rows(listed)).toBe('rapport');
    expect(rows([...page, 'Föreningen Ljusglimten får 12 000 kronor i verksamhetsstöd.'])).toBe('annat');
  });
});

describe("a digest of a meeting's decisions", () => {
  const digest = (item: string[]) => ['Regionstyrelsen i korthet 240126', '', 'Regionstyrelsen hade sammanträde i fredags. Här är ett urval av besluten.', '', ...item];
  const typeOf = (lines: string[]) => read(lines).docType.value;
  it('is the meeting\'s protocol where it records a partnership matter', () => {
    const grant = ['Stöd till kulturföreningen', '', 'Regionstyrelsen beslutade att bevilja Föreningen Ljusglimten 500 000 kronor i projektstöd för 2024.'];
    expect(names(digest(grant))).toEqual(['Föreningen Ljusglimten']);
    expect(typeOf(digest(grant))).toBe('protokoll');
  });
  it('stays annat without one, as a page of the same matter not titled a digest does', () => {
    expect(typeOf(digest(['Ny regional strategi', '', 'Regionstyrelsen godkände förslaget till regional utvecklingsstrategi.']))).toBe('annat');
    expect(typeOf(['Nyheter från regionen', '', 'Regionstyrelsen beslutade att bevilja Föreningen Ljusglimten 500 000 kronor i projektstöd för 2024.'])).not.toBe('protokoll');
  });
});

describe('look-alikes of a grant list stay what they were', () => {
  const protocol = (heading: string) => ['Kultur- och fritidsnämnden', 'Protokollsutdrag', '2024-03-12', '', heading];

  it('a list of organisations without sums is no list of rows', () => {
    const page = [...protocol('Fördelning av verksamhetsbidrag 2025'), '', 'Förening              Ort', ...ROW_NAMES.map((n) => `${n}        Norrby`)];
    expect(read(page).partnerships.length).toBeLessThanOrEqual(1);
  });

  it('budget lines, projects or companies with sums are no rows', () => {
    const budget: Array<[string, string]> = [['Kultur', '1 200 000'], ['Fritid', '800 000'], ['Idrott', '500 000']];
    expect(read(table(protocol('Föreningsbidrag 2025'), budget, 'Område              Belopp')).partnerships).toEqual([]);
    const companies: Array<[string, string]> = [['Norrby Bygg AB', '120 000'], ['Ekdalens Måleri AB', '80 000'], ['Solbacken Städ AB', '45 000']];
    expect(read(table(protocol('Bidrag till lokala företag 2025'), companies, 'Företag              Belopp')).partnerships.length).toBeLessThanOrEqual(1);
  });

  it('a list of applicants turned down gives no rows', () => {
    const refused: Array<[string, string]> = [['Solbackens Idrottsförening', 'Avslag'], ['Ekdalens Scoutkår', 'Avslag'], ['Föreningen Ljusglimten', 'Avslag']];
    expect(read(table(protocol('Ansökningar om verksamhetsbidrag 2025'), refused, 'Förening              Beslut')).partnerships.length).toBeLessThanOrEqual(1);
  });

  it('a call for applications with example sums and a contact list give no rows', () => {
    const call = ['Sök föreningsbidrag 2025', '', 'Exempel på bidrag:', '', 'Liten förening 5 000 kr', 'Stor förening 25 000 kr', '', 'Ansök senast 15 mars.'];
    expect(read(call).partnerships.length).toBeLessThanOrEqual(1);
    const contacts = table(protocol('Handläggare för föreningsbidrag'), [['Solbackens Idrottsförening', '0123-456 78'], ['Ekdalens Scoutkår', '0123-456 79']], 'Förening              Telefon');
    expect(read(contacts).partnerships.length).toBeLessThanOrEqual(1);
  });
});

describe("a state agency's list of grants", () => {
  const lines = (lead: string) => [
    'Nytt stöd till våra föreningar',
    '',
    lead,
    '',
    'Dessa föreningar beviljades stöd:',
    '',
    'Solbackens Idrottsförening            120 000 kronor',
    'Ekdalens Scoutkår                      80 000 kronor',
    'Föreningen Ljusglimten                 45 000 kronor',
  ];

  it('gives no rows on a page that names no kommun, region or municipal body', () => {
    expect(read(lines('Besked från Boverket om stöd till samlingslokaler.')).partnerships).toEqual([]);
    expect(read(lines('Pengarna kommer från Allmänna arvsfonden.')).partnerships).toEqual([]);
  });

  it('types the page by its own words, not as a report of the partnerships its list is not', () => {
    expect(read(lines('Besked från Boverket om stöd till samlingslokaler.')).docType.value).toBe('annat');
    expect(read(lines('Kultur- och fritidsnämnden har fördelat årets bidrag.')).docType.value).toBe('rapport');
  });

  it("keeps the rows of a kommun's own grants, or where a nämnd is named beside the agency", () => {
    expect(read(lines('Kultur- och fritidsnämnden har fördelat årets bidrag.')).partnerships.length).toBe(3);
    expect(read(lines('Besked från Boverket och från kulturnämnden om stöd till samlingslokaler.')).partnerships.length).toBe(3);
  });
});

describe('matters that name their party or kind only in passing', () => {
  it("reads a meeting report's sections whose headlines name no kind by their text, the lead's form for an agreement", () => {
    const page = [
      'Samarbete med föreningar ger mer förebyggande arbete',
      '',
      'Publicerad 31 augusti 2022',
      '',
      'Vid sammanträdet den 30 augusti beslutade socialnämnden bland annat om två nya överenskommelser om idéburet offentligt partnerskap (IOP).',
      '',
      'Läxhjälp för att stärka barn och föräldrar',
      '',
      'Socialnämnden påbörjar ett IOP med Föreningen Läxhjälpen. Partnerskapet gäller fram till 2024.',
      '',
      'Ny mötesplats för unga',
      '',
      'Socialnämnden tecknar ett nytt avtal med Föreningen Ungdomsgården. I det nya avtalet ingår kurser för föräldrar.',
      '',
      'Nya öppettider i simhallen',
      '',
      'Simhallen öppnar en timme tidigare från och med september.',
    ];
    expect(names(page)).toEqual(['Föreningen Läxhjälpen', 'Föreningen Ungdomsgården']);
    expect(kinds(page)).toEqual(['iop', 'iop']);
  });

  it("takes an agenda item titled 'Name/Ansökan' for a grant to that name, and not a topic's application", () => {
    const agenda = [
      'Kultur- och fritidsnämnden KALLELSE/FÖREDRAGNINGSLISTA',
      '',
      'Ärenden',
      '',
      '1. Gimo simsällskap/ansökan Dnr KFN 2016/11',
      '',
      '2. Ansökan avseende båtens placering i hamnen Dnr KFN 2016/12',
      '',
      '3. Delegationsärenden Dnr KFN 2016/13',
    ];
    expect(kinds(agenda)).toEqual(['bidrag']);
    expect(names(agenda)).toEqual(['Gimo simsällskap']);
  });

  it("gives an item that names no body the body that approves the meeting's agenda, not where the item names its own", () => {
    // A meeting page whose header names no body: its agenda, then its minutes.
    const meeting = (application: string) => [
      'Sammanträde 2012-12-18', '', 'Datum', 'Klockan', '17.30', 'Plats', 'Stadshuset', '',
      '2 Godkännande av föredragningslista', '', '4 Tid för justering av protokollet', '', '5 Anmälan av protokolljustering', '',
      '6 Anmälan av ordförandebeslut', '', '7 Anmälan av tjänstemannabeslut', '', '8 Redovisning år 2013', '',
      '9 Förslag till fördelning av verksamhetsbidrag för år 2013', '', '10 Ledsagarservice för föreningar år 2013', '',
      'Ansökan om föreningsledsagning', 'Dnr 10.1-0576/2012', '', '11 Ekby Vänner - Jouren', '', application, 'Dnr 10.1-0618/2012', '', '',
      '§1 Sammanträdet öppnades', '', 'Ordföranden öppnade sammanträdet.', '',
      '§2 Godkännande av föredragningslista', '', 'Organisations- och föreningsutskottet godkände föredragningslistan.',
    ];
    const organ = (lines: string[]) => read(lines).partnerships.map((p) => p.organ.map((f) => f.value));
    expect(organ(meeting('Projektansökan från föreningen Ekby Vänner'))).toEqual([['organisations- och föreningsutskottet']]);
    expect(organ(meeting('Projektansökan från föreningen Ekby Vänner. Socialnämnden beslutar om bidraget.'))).toEqual([['socialnämnden']]);
  });

  it("makes a news page's agreement approved with a förening-kind party a partnership, not a wish for one", () => {
    const page = ['Under måndagen röstade en enig kultur- och fritidsnämnd igenom avtalet mellan fotbollsklubben Exempel IF och Exempelby kommun. Ett avtal där klubben får 900 000 kronor under två år.'];
    expect(kinds(page)).toEqual(['overenskommelse']);
    const wish = ['Fotbollsklubben Exempel IF vill teckna ett avtal med Exempelby kommun. Klubben begär 900 000 kronor under två år.'];
    expect(read(wish).matters.map((m) => m.rule)).not.toContain('agreement-approved');
  });
});

describe('a page that names the form and its terms but no party', () => {
  it('keeps an agreement with an unnamed party, not a grant with no recipient (a scheme, a distribution to come)', () => {
    const agreement = ['Nu har vi tecknat ett nytt avtal med Exempelby kommun. Vår förening får 140 000 kronor per år under 2025–2027.'];
    expect(kinds(agreement)).toEqual(['overenskommelse']);
    const scheme = [
      'Stöd till särskilda arrangemang',
      '',
      'Förvaltningen föreslår att stöd till arrangemang ges två gånger per år. Nämnden har avsatt 200 000 kronor för bidrag 2025.',
    ];
    expect(kinds(scheme)).toEqual([]);
  });

  it("gives a partnership's page the one organisation it names by a marker where none stands in a party's role", () => {
    const saved = ['Ekbyjouren räddad', '', 'Ekbyjourens verksamhet de närmaste tre åren är säkrad. Kommunen bidrar med 60 000 kronor i år.'];
    expect(names(saved)).toEqual(['Ekbyjouren']);
    // Two such organisations: which is the party is not said.
    const two = ['Jourer räddade', '', 'Ekbyjourens och Åby IK:s verksamhet de närmaste tre åren är säkrad. Kommunen bidrar med 60 000 kronor i år.'];
    expect(names(two)).toEqual(['']);
    // A page no partnership's: the organisation it names stays none.
    expect(names(['Ekbyjouren flyttar', '', 'Ekbyjouren har flyttat till nya lokaler vid torget.'])).toEqual([]);
  });
});

describe("a report's parties named in prose, no table", () => {
  const report = (sentence: string) => ['Rapport', '', 'Sammanställning av kulturbidrag 2025', '', sentence];
  it('gives each named party its own row, its sums left out (which party gets which is not read)', () => {
    const page = report('Kulturnämnden beviljade verksamhetsbidrag för 2025 till Föreningen Ljusglimten, Ekdalens Scoutkår och Solbackens Idrottsförening. Totalt delas 300 000 kronor ut.');
    expect(names(page)).toEqual(['Föreningen Ljusglimten', 'Ekdalens Scoutkår', 'Solbackens Idrottsförening']);
    expect(read(page).partnerships.every((p) => p.amounts.length === 0)).toBe(true);
  });
  it('keeps a report of one party as one row with its sum', () => {
    const page = report('Kulturnämnden beviljade verksamhetsbidrag för 2025 till Föreningen Ljusglimten med 300 000 kronor.');
    expect(names(page)).toEqual(['Föreningen Ljusglimten']);
  });
});
