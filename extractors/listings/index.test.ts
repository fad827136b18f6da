import { describe, expect, it } from 'vitest';
import type { DocType } from '../../pipeline/contract.js';
import { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { extractParties } from '../parties/index.js';
import { extractListings } from './index.js';

const context = (docType: DocType): ExtractContext => ({
  docType: { value: docType, confidence: 0.9, needsReview: false, evidence: [] },
  parties: { ideburna: [], offentliga: [], organ: [], aliases: new Map() },
});

const report = [
  'Sammanställning av idéburet offentligt partnerskap',
  '',
  '2.1 Lunds kommun',
  '',
  'Idéburen part\tFörvaltning\tPeriod',
  'Stadsmissionen och Kvinnojouren\tSocialförvaltningen\t2022-01-01–2024-12-31',
  'Röda Korset (RK)\tKulturnämnden\t2023 – tills vidare',
  '',
  '2.2 Region Skåne',
  '',
  'Idéburen part\tFörvaltning\tPeriod',
  'Funktionsrätt Skåne\tHälso- och sjukvårdsnämnden\t2021–2023 (förlängt 2024-01-01–2024-12-31)',
].join('\n');

describe('extractListings', () => {
  const doc = DocText.fromString(report);
  const rows = extractListings(doc, context('rapport'));

  it('gives one partnership per listed row with the section heading\'s public party', () => {
    expect(rows.map((r) => ({ i: r.ideburna.map((f) => f.value), o: r.offentliga.map((f) => f.value), g: r.organ.map((f) => f.value), p: r.period?.value }))).toEqual([
      { i: ['Stadsmissionen', 'Kvinnojouren'], o: ['Lunds kommun'], g: ['socialförvaltningen'], p: { start: '2022-01-01', end: '2024-12-31', openEnded: false } },
      { i: ['Röda Korset'], o: ['Lunds kommun'], g: ['kulturnämnden'], p: { start: '2023-01-01', end: null, openEnded: true } },
      { i: ['Funktionsrätt Skåne'], o: ['Region Skåne'], g: ['hälso- och sjukvårdsnämnden'], p: { start: '2021-01-01', end: '2023-12-31', openEnded: false } },
    ]);
  });

  it('reads the same rows when the column gaps were tidied to single spaces', () => {
    const values = (text: string) =>
      extractListings(DocText.fromString(text), context('rapport')).map((r) => [r.ideburna, r.offentliga, r.organ].map((fs) => fs.map((f) => f.value)).concat([[JSON.stringify(r.period?.value)]]));
    expect(values(report.replace(/\t/g, ' '))).toEqual(values(report));
  });

  it('points every value at the text it was read from', () => {
    const [first] = rows;
    expect(first!.ideburna[1]!.evidence).toEqual([{ page: null, start: report.indexOf('Kvinnojouren'), end: report.indexOf('Kvinnojouren') + 12, text: 'Kvinnojouren' }]);
    expect(first!.offentliga[0]!.evidence[0]!.text).toBe('Lunds kommun');
    expect(first!.period!.evidence[0]!.text).toBe('2022-01-01–2024-12-31');
  });

  it('flags a row that states a second period for review', () => {
    expect(rows[2]!.period!.needsReview).toBe(true);
    expect(rows[0]!.period!.needsReview).toBe(false);
    expect(rows[2]!.period!.confidence).toBeLessThan(rows[0]!.period!.confidence);
  });

  it('reads a bare number in an amount column with the unit and periodicity its header gives', () => {
    const list = DocText.fromString('Förening\tNämnd\tBelopp (tkr/år)\nStadsmissionen\tSocialnämnden\t500\nRöda Korset\tSocialnämnden\t1,2 mnkr totalt för hela perioden');
    const rows = extractListings(list, context('rapport'));
    expect(rows.map((r) => r.amounts.map((a) => [a.value.sek, a.value.per]))).toEqual([[[500000, 'year']], [[1200000, 'total']]]);
    expect(rows[0]!.amounts[0]!.evidence[0]!.text).toBe('500');
  });

  it('reads a bare sum in thousands groups as kronor under a money header that names no unit, but no small bare number', () => {
    const list = DocText.fromString('Förening\tNämnd\tBelopp per år\nStadsmissionen\tSocialnämnden\t800 000\nRöda Korset\tSocialnämnden\t800');
    const rows = extractListings(list, context('rapport'));
    expect(rows.map((r) => r.amounts.map((a) => [a.value.sek, a.value.per]))).toEqual([[[800000, 'year']], []]);
    expect(rows[0]!.amounts[0]!.evidence[0]!.text).toBe('800 000');
  });

  it('reads the granted sum, not the sum asked for, in a grant table read one cell a line (pdftotext -raw)', () => {
    const list = DocText.fromString(['Förening', 'Sökt belopp', 'Beviljat belopp', 'Föreningen Solrosen', '30 000', '25 000', 'Ekbacka IF', '50 000', '40 000', 'Summa', '80 000', '65 000'].join('\n'));
    const rows = extractListings(list, context('rapport'));
    expect(rows.map((r) => r.ideburna.map((f) => f.value))).toEqual([['Föreningen Solrosen'], ['Ekbacka IF']]);
    expect(rows.map((r) => r.amounts.map((a) => a.value.sek))).toEqual([[25000], [40000]]);
  });

  it('reads the granted sum of a grant table whose gaps were kept, the sum asked for no part of the name', () => {
    const list = DocText.fromString(['Förening                Sökt belopp    Beviljat belopp', 'Föreningen Solrosen     30 000         25 000', 'Ekbacka IF              50 000         40 000'].join('\n'));
    const rows = extractListings(list, context('rapport'));
    expect(rows.map((r) => r.ideburna.map((f) => f.value))).toEqual([['Föreningen Solrosen'], ['Ekbacka IF']]);
    expect(rows.map((r) => r.amounts.map((a) => a.value.sek))).toEqual([[25000], [40000]]);
  });

  it('reads a table whose gaps were kept once, though the run-together reader reads its lines too', () => {
    const list = DocText.fromString(['Förening                Beviljat belopp', 'Föreningen Solrosen     25 000', 'Ekbacka IF              40 000'].join('\n'));
    const rows = extractListings(list, context('rapport'));
    expect(rows.map((r) => r.ideburna.map((f) => f.value))).toEqual([['Föreningen Solrosen'], ['Ekbacka IF']]);
  });

  it('reads no row for an applicant a grant table turned down ("Avslag"), one cell a line or with its gaps kept', () => {
    const cellLines = ['Förening', 'Sökt belopp', 'Beviljat belopp', 'Föreningen Solrosen', '30 000', '25 000', 'Ekbacka IF', '50 000', 'Avslag', 'Kvinnojouren Lilja', '20 000', '20 000'];
    const gapped = ['Förening                Beviljat belopp', 'Föreningen Solrosen     25 000', 'Ekbacka IF              Avslag', 'Kvinnojouren Lilja      20 000'];
    for (const lines of [cellLines, gapped]) {
      const rows = extractListings(DocText.fromString(lines.join('\n')), context('rapport'));
      expect(rows.map((r) => r.ideburna.map((f) => f.value))).toEqual([['Föreningen Solrosen'], ['Kvinnojouren Lilja']]);
    }
  });

  it('keeps a row whose granted cell holds a dash, no refusal (an IOP list may give a partnership without money so)', () => {
    const list = ['Förening                Beviljat belopp', 'Föreningen Solrosen     25 000', 'Ekbacka IF              –', 'Kvinnojouren Lilja      20 000'];
    const rows = extractListings(DocText.fromString(list.join('\n')), context('rapport'));
    expect(rows.map((r) => r.ideburna.map((f) => f.value))).toEqual([['Föreningen Solrosen'], ['Ekbacka IF'], ['Kvinnojouren Lilja']]);
  });

  it('never reads the line of totals as a partnership, but reads an organisation whose name only starts alike', () => {
    const list = DocText.fromString('Förening\tVerksamhet\tBelopp tkr\nStadsmissionen\tLäxhjälp\t250\nRöda Korset\tMötesplats\t400\nTotalförsvarets frivilliga\tKurser\t100\nSumma\t\t750');
    const rows = extractListings(list, context('rapport'));
    expect(rows.map((r) => r.ideburna.map((f) => f.value))).toEqual([['Stadsmissionen'], ['Röda Korset'], ['Totalförsvarets frivilliga']]);
    expect(rows.map((r) => r.amounts.map((a) => a.value.sek))).toEqual([[250000], [400000], [100000]]);
  });

  it('trusts a period that opens the description, after a status label too, more than one later in its prose', () => {
    const list = DocText.fromString('Förening\tNämnd\tInnehåll\nA-föreningen\tSocialnämnden\tAVSLUTAD. 2019–2022. Stöd.\nB-föreningen\tSocialnämnden\tStöd till unga under 2019–2022.');
    const [closed, prose] = extractListings(list, context('rapport'));
    expect(closed!.period!.value).toEqual(prose!.period!.value);
    expect(closed!.period!.needsReview).toBe(false);
    expect(prose!.period!.needsReview).toBe(true);
  });

  it('reads money a description says funds the row, for review, but not other numbers', () => {
    const list = DocText.fromString('Förening\tNämnd\tInnehåll\nA-föreningen\tSocialnämnden\t2023–2024. Kommunen bidrar med 1,2 mnkr per år till verksamheten.\nB-föreningen\tSocialnämnden\t2023–2024. Mötesplats för 300 barn i åldrarna 7–12.');
    const [funded, other] = extractListings(list, context('rapport'));
    expect(funded!.amounts.map((a) => [a.value.sek, a.value.per, a.needsReview])).toEqual([[1200000, 'year', true]]);
    expect(other!.amounts).toEqual([]);
  });

  it('reads start and end columns as one period', () => {
    const list = DocText.fromString('Förening\tStartdatum\tSlutdatum\nStadsmissionen\t2023-01-01\t2025-06-30\nRöda Korset\t2024-01-01\t2024-12-31');
    const [row] = extractListings(list, context('annat'));
    expect(row!.period!.value).toEqual({ start: '2023-01-01', end: '2025-06-30', openEnded: false });
  });

  it('lists no rows where it reads one: a document about one partnership is read in full by the other extractors', () => {
    const one = DocText.fromString('Förening\tStartdatum\tSlutdatum\nStadsmissionen\t2023-01-01\t2025-06-30');
    expect(extractListings(one, context('rapport'))).toEqual([]);
  });

  it('lists no rows that all name the same partner, one partnership renewed; two partners are a list', () => {
    const renewed = 'Förening\tStartdatum\tSlutdatum\nStadsmissionen\t2021-01-01\t2022-12-31\nStadsmissionen\t2023-01-01\t2025-06-30';
    expect(extractListings(DocText.fromString(renewed), context('rapport'))).toEqual([]);
    const two = extractListings(DocText.fromString(`${renewed}\nRöda Korset\t2023-01-01\t2024-12-31`), context('rapport'));
    expect(two.map((row) => row.ideburna[0]?.value)).toEqual(['Stadsmissionen', 'Stadsmissionen', 'Röda Korset']);
  });

  it('gives a row without any public party the document\'s one public party, for review', () => {
    const list = DocText.fromString('Förening\tNämnd\tPeriod\nStadsmissionen\tSocialnämnden\t2023–2024\nRöda Korset\tKulturnämnden\t2022–2023');
    const own = { value: 'Lunds kommun', confidence: 0.95, needsReview: false, evidence: [{ page: null, start: 0, end: 4, text: 'Lund' }] };
    const ctx = context('rapport');
    const [row] = extractListings(list, { ...ctx, parties: { ...ctx.parties, offentliga: [own] } });
    expect(row!.offentliga).toEqual([{ ...own, confidence: 0.6, needsReview: true }]);
    const two = extractListings(list, { ...ctx, parties: { ...ctx.parties, offentliga: [own, { ...own, value: 'Malmö stad' }] } });
    expect(two[0]!.offentliga).toEqual([]);
    // A kommun the document only names, in no party's role (a news page's "föreningar i Lunds kommun"), is no row's party…
    const onlyNamed = { ...ctx, parties: { ...ctx.parties, offentliga: [own], offentligaOnlyNamed: true } };
    const activities = DocText.fromString('Förening\tVerksamhet\tPeriod\nStadsmissionen\tMötesplats\t2023–2024\nRöda Korset\tLäxhjälp\t2022–2023');
    expect(extractListings(activities, onlyNamed)[0]!.offentliga).toEqual([]);
    // … unless the row's own body column ("Nämnd: Socialnämnden") shows it a public party's, and the one kommun named is the one.
    expect(extractListings(list, onlyNamed)[0]!.offentliga.map((f) => f.value)).toEqual(['Lunds kommun']);
    // A list's lead-in naming a body is no body column of the rows'.
    const ledIn = DocText.fromString('Aktuella partnerskap i socialnämnden\n\nStadsmissionen – 1 januari 2023–31 december 2024.\n\nRöda Korset – 1 januari 2022–31 december 2023.');
    expect(extractListings(ledIn, onlyNamed).map((row) => row.offentliga)).toEqual([[], []]);
  });

  it('gives rows under a body heading that body as their organ, unless a row names its own', () => {
    const list = DocText.fromString(
      [
        'Äldrenämnden',
        '',
        'Partner: Frivilligcentralen. Verksamhet: Besöksvänner. Period: 2023–2025.',
        'Partner: Seniorföreningen. Nämnd: Socialnämnden. Period: 2022–2024.',
        '',
        'Fritidsnämnden',
        '',
        'Partner: Ungdomens hus. Verksamhet: Läxhjälp. Period: 2024–2026.',
      ].join('\n'),
    );
    const organs = extractListings(list, context('annat')).map((row) => row.organ.map((o) => o.value));
    expect(organs).toEqual([['äldrenämnden'], ['socialnämnden'], ['fritidsnämnden']]);
  });

  it('gives nothing for protocols and agreements without a listing table', () => {
    const protocol = DocText.fromString(
      'Protokoll\nSocialnämnden\n\nNärvarande\tLedamöter\nAnna Andersson (S)\tordförande\n\n§ 12 Idéburet offentligt partnerskap med Röda Korset\nSocialnämnden beslutar att godkänna överenskommelsen för perioden 2023–2025.',
    );
    expect(extractListings(protocol, context('protokoll'))).toEqual([]);
  });

  it('leaves a table of other IOPs to a protocol\'s background unless its document type is doubtful', () => {
    const background = DocText.fromString('Förening\tNämnd\tPeriod\nA-föreningen\tSocialnämnden\t2021–2022\nB-föreningen\tSocialnämnden\t2022–2023\nC-föreningen\tKulturnämnden\t2023–2024');
    expect(extractListings(background, context('tjansteskrivelse'))).toEqual([]);
    const doubtful = { ...context('protokoll'), docType: { value: 'protokoll' as const, confidence: 0.4, needsReview: true, evidence: [] } };
    expect(extractListings(background, doubtful)).toHaveLength(3);
    expect(extractListings(DocText.fromString(report), doubtful)).toEqual([]);
  });

  it('reads a table of associations and grants as a listing only in a report', () => {
    const grants = DocText.fromString('Förening\tBelopp\nIdrottsföreningen Kamraterna\t50 000 kr\nPRO Centrum\t20 000 kr');
    expect(extractListings(grants, context('protokoll'))).toEqual([]);
    const listed = extractListings(grants, context('rapport'));
    expect(listed.map((r) => r.amounts.map((a) => a.value.sek))).toEqual([[50000], [20000]]);
  });

  it('gives the rows of a list that states no period the period the document states, and the document\'s one body', () => {
    const text = 'Föreningarna får fortsatt stöd från stadsdelen till och med 31 december 2022.\n\nSå fördelades pengarna:\nIdrottsklubben Kometen 1 200 000 kronor.\nKonstföreningen Penseln 300 000 kronor.';
    const organ = [{ value: 'stadsdelsnämnden', confidence: 0.8, needsReview: true, evidence: [] }];
    const rows = extractListings(DocText.fromString(text), { ...context('rapport'), parties: { ...context('rapport').parties, organ } });
    expect(rows.map((r) => [r.ideburna[0]?.value, r.period?.value.end, r.organ.map((o) => o.value)])).toEqual([
      ['Idrottsklubben Kometen', '2022-12-31', ['stadsdelsnämnden']],
      ['Konstföreningen Penseln', '2022-12-31', ['stadsdelsnämnden']],
    ]);
    expect(rows[0]!.period!.confidence).toBeLessThanOrEqual(0.6);
  });

  it('reads a listed sum as the text reads it, when its cell alone says nothing of how often it is paid', () => {
    const text = 'Sammanlagt 6,7 miljoner kommer att delas ut till tre föreningar. Se hur de 6,7 miljonerna fördelades:\n\nFryshuset Norr 1 378 000 kronor.\n\nHusby konstförening 324 000 kronor.\n\nKista SK 1 312 000 kronor.';
    const rows = extractListings(DocText.fromString(text), context('rapport'));
    expect(rows.flatMap((r) => r.amounts.map((a) => `${a.value.sek}/${a.value.per}`))).toEqual(['1378000/total', '324000/total', '1312000/total']);
  });

  it('gives a list of sums that no period covers the year its grants are for, read per year; a list without sums no year', () => {
    const grants = 'Så fördelas föreningsbidragen 2021\n\nNämnden beslutade hur årets bidrag fördelas.\n\n1. Kulturföreningar:\nNorrby musikkår 15 000\nKonstföreningen Penseln 5 000\n2. Studieförbund:\nStudieförbundet Nordan 18 224\nLärcentret Väst 627';
    const rows = extractListings(DocText.fromString(grants), context('rapport'));
    expect(rows.map((r) => [r.ideburna[0]?.value, r.period?.value.start, r.period?.value.end, r.amounts.map((a) => `${a.value.sek}/${a.value.per}`)])).toEqual([
      ['Norrby musikkår', '2021-01-01', '2021-12-31', ['15000/year']],
      ['Konstföreningen Penseln', '2021-01-01', '2021-12-31', ['5000/year']],
      ['Studieförbundet Nordan', '2021-01-01', '2021-12-31', ['18224/year']],
      ['Lärcentret Väst', '2021-01-01', '2021-12-31', ['627/year']],
    ]);
    expect(rows[0]!.period!.confidence).toBeLessThanOrEqual(0.6);
    const partners = 'Föreningsbidragen 2021 är beslutade.\n\nStadsdelen har följande IOP:\nFöreningen Gemenskap\nTjejjouren Vega';
    expect(extractListings(DocText.fromString(partners), context('rapport')).map((r) => r.period)).toEqual([null, null]);
  });

  it('reads no line list in a protocol (its lists are of members, mail and delegations) unless its type is doubtful and the list clear', () => {
    const text = 'Beslutet skickas till följande föreningar:\nIdrottsklubben Kometen\nKonstföreningen Penseln';
    expect(extractListings(DocText.fromString(text), context('protokoll'))).toEqual([]);
    expect(extractListings(DocText.fromString(text), context('rapport'))).toHaveLength(2);
    const dated = DocText.fromString('Kvinnojouren Linnea – 2024–2027\nBrottsofferjouren Syd – 2023–2025\nIdrottsföreningen Hästen – 2022–2024');
    const doubtful = { ...context('beslut'), docType: { value: 'beslut' as const, confidence: 0.4, needsReview: true, evidence: [] } };
    expect(extractListings(dated, doubtful)).toHaveLength(3);
    expect(extractListings(dated, context('beslut'))).toEqual([]);
  });

  it('reads a protocol\'s point granting several associations a sum each as one grant a line; no such list without the granting lead-in or a sum on every line', () => {
    const lines = ['Eke Hembygdsförening, materialkostnader 6 000 kr', 'Norrby Musikkår, verksamhetsbidrag 12 000 kr', 'Ås Idrottsförening, stimulansbidrag 3 000 kr'];
    const point = ' • Följande föreningar beviljas bidrag ur verksamhet 491, utbetalning sker efter redovisning.';
    const granted = extractListings(DocText.fromString([point, '', ...lines].join('\n')), context('protokoll'));
    expect(granted.map((r) => [r.ideburna[0]?.value, r.amounts.map((a) => a.value.sek)])).toEqual([
      ['Eke Hembygdsförening', [6000]],
      ['Norrby Musikkår', [12000]],
      ['Ås Idrottsförening', [3000]],
    ]);
    // Budget lines under a point on the budget, and members under a point naming them, are no grants.
    expect(extractListings(DocText.fromString(['Nämnden fastställer budgeten enligt följande:', ...lines].join('\n')), context('protokoll'))).toEqual([]);
    expect(extractListings(DocText.fromString(['Följande föreningar beviljas bidrag:', 'Eke Hembygdsförening', 'Norrby Musikkår', 'Ås Idrottsförening'].join('\n')), context('protokoll'))).toEqual([]);
  });

  it('reads a clear list of partners, each with its own period, in a page read as an agreement, and no list without one', () => {
    const dated = DocText.fromString('Kommunen har följande IOP-avtal:\nKvinnojouren Linnea – 2024–2027\nBrottsofferjouren Syd – 2023–2025\nIdrottsföreningen Hästen – 2022–2024');
    expect(extractListings(dated, context('overenskommelse')).map((r) => r.ideburna[0]?.value)).toEqual(['Kvinnojouren Linnea', 'Brottsofferjouren Syd', 'Idrottsföreningen Hästen']);
    const undated = DocText.fromString('Kommunen har följande IOP-avtal:\nKvinnojouren Linnea\nBrottsofferjouren Syd\nIdrottsföreningen Hästen');
    expect(extractListings(undated, context('overenskommelse'))).toEqual([]);
    expect(extractListings(dated, context('tjansteskrivelse'))).toEqual([]);
  });

  it('reads a heading per activity with "Parter:" lines as one partnership each, the parties parted by kind', () => {
    const text = ['Läxhjälp', 'Parter: Umeå pastorat och Umeå kommun', 'Period: 2021–2023', '', 'Mötesplats', 'Parter: Föreningen Gemenskap och Kultur- och fritidsnämnden i Umeå kommun', 'Period: 2020'].join('\n');
    const rows = extractListings(DocText.fromString(text), context('rapport'));
    expect(rows.map((r) => [r.ideburna.map((f) => f.value), r.offentliga.map((f) => f.value), r.organ.map((f) => f.value), r.period?.value.end])).toEqual([
      [['Umeå pastorat'], ['Umeå kommun'], [], '2023-12-31'],
      [['Föreningen Gemenskap'], ['Umeå kommun'], ['kultur- och fritidsnämnden'], '2020-12-31'],
    ]);
  });

  it('reads an example a report presents in "Parter:" blocks and lists again in its table as the table\'s row only', () => {
    const text = [
      '2.1 Umeå kommun',
      'Parter: Umeå pastorat och Umeå kommun',
      'Period: 2021–2023',
      '',
      '2.2 Lunds kommun',
      'Parter: Föreningen Gemenskap och Lunds kommun',
      'Period: 2020',
      '',
      '3 Alla partnerskap',
      'Idéburen part\tKommun\tPeriod',
      'Umeå pastorat och Pingstkyrkan\tUmeå kommun\t2021-01-01–2023-04-30',
      'Kvinnojouren Vega\tLunds kommun\t2022–2024',
    ].join('\n');
    const rows = extractListings(DocText.fromString(text), context('rapport'));
    expect(rows.map((r) => r.ideburna.map((f) => f.value))).toEqual([['Föreningen Gemenskap'], ['Umeå pastorat', 'Pingstkyrkan'], ['Kvinnojouren Vega']]);
  });

  it('gives a section per partnership the body its prose opens with', () => {
    const page = [
      'Pågående partnerskap',
      '',
      'Kvinnojouren Vega',
      '',
      'Socialnämnden har ett IOP med Kvinnojouren Vega om skyddat boende. Överenskommelsen gäller 2023–2025.',
      '',
      'Idrottsföreningen Kometen',
      '',
      'Fritidsnämnden har ett partnerskap med föreningen om lovaktiviteter 2024–2026.',
    ].join('\n');
    const read = extractListings(DocText.fromString(page), context('rapport'));
    expect(read.map((r) => ({ i: r.ideburna.map((f) => f.value), g: r.organ.map((f) => f.value) }))).toEqual([
      { i: ['Kvinnojouren Vega'], g: ['socialnämnden'] },
      { i: ['Idrottsföreningen Kometen'], g: ['fritidsnämnden'] },
    ]);
  });

  it('gives a row no body of the document when the rows name several public parties', () => {
    const page = [
      'Exempel på partnerskap',
      '',
      'Sammanställningen har gjorts på uppdrag av socialnämnden.',
      '',
      'Föreningen Linden, Idrottsklubben Pilen och Lunds kommun',
      'Period för överenskommelse: 2021–2023.',
      'Funktionsrätt Skåne och Region Skåne',
      'Period för överenskommelse: 2020–2022.',
    ].join('\n');
    const doc = DocText.fromString(page);
    const read = extractListings(doc, { ...context('rapport'), parties: extractParties(doc) });
    expect(read.map((r) => ({ o: r.offentliga.map((f) => f.value), g: r.organ.map((f) => f.value) }))).toEqual([
      { o: ['Lunds kommun'], g: [] },
      { o: ['Region Skåne'], g: [] },
    ]);
  });

  describe('pages that list no partnerships give no rows (their one partnership is read by the other extractors)', () => {
    const withParties = (text: string) => {
      const doc = DocText.fromString(text);
      return extractListings(doc, { ...context('annat'), parties: extractParties(doc) });
    };

    it('a municipal page explaining IOP: criteria bullets, a heading naming IOP, links and a contact', () => {
      const page = [
        'Idéburet offentligt partnerskap (IOP)',
        '',
        'IOP är en samverkansform mellan kommunen och idéburna organisationer.',
        '',
        'Aktuellt om IOP',
        '',
        ' • Verksamheten sker på initiativ av den idéburna organisationen.',
        ' • Båda parter bidrar till verksamheten, med pengar eller annat.',
        ' • Partnerskapet avses pågå under längre tid, till exempel 2024–2027.',
        '',
        'Mer information',
        '',
        'IOP, idéburet offentligt partnerskap - forum.se',
        'Utveckla idéburet offentligt partnerskap - skr.se',
        '',
        'Kontakt',
        'Eva Strand, processledare, e-post: eva.strand@kommun.se',
        'Telefon 0522-123 45',
      ].join('\n');
      expect(withParties(page)).toEqual([]);
    });

    it('a news article about one IOP that recalls the organisation\'s earlier agreement', () => {
      const article = [
        'Kommunen tecknar IOP med Kvinnojouren Tärnan',
        '',
        'Socialnämnden har beslutat att teckna ett idéburet offentligt partnerskap med Kvinnojouren Tärnan för 2025–2027.',
        '',
        'Kvinnojouren Tärnan har sedan 2019 haft ett avtal med kommunen om skyddat boende, som löper ut 2024.',
        '',
        '– Vi är glada att kunna fortsätta, säger jourens ordförande Lena Berg.',
      ].join('\n');
      expect(withParties(article)).toEqual([]);
    });

    it('a page listing the board, the nämnder and the kommuner of a partnership', () => {
      const page = [
        'Samverkan mot våld i Skåne',
        '',
        'Medverkande kommuner i partnerskapet:',
        'Lunds kommun',
        'Eslövs kommun',
        '',
        'Berörda nämnder i partnerskapet:',
        'Socialnämnden',
        'Kultur- och fritidsnämnden',
        '',
        'Styrelsen för föreningen:',
        'Anna Lindqvist, ordförande, 2023–2026',
        'Per Holm, kassör, 2023–2026',
      ].join('\n');
      expect(withParties(page)).toEqual([]);
    });
  });
});

describe('calendar-year-grant: a listed sum on a row of one calendar year is that year\'s grant', () => {
  const list = (title: string, period: string) =>
    [
      title,
      '',
      'Förening\tBelopp\tPeriod',
      `Kvinnojouren Tranan\t25 000 kr\t${period}`,
      `Brottsofferjouren Mitt\t40 000 kr\t${period}`,
    ].join('\n');
  const pers = (text: string) => extractListings(DocText.fromString(text), context('rapport')).flatMap((r) => r.amounts.map((a) => a.value.per));

  it('reads per "year" when the row\'s period is exactly one calendar year', () => {
    expect(pers(list('Verksamhetsbidrag till föreningar', '2024-01-01–2024-12-31'))).toEqual(['year', 'year']);
  });

  it('leaves the sum unknown when the period is not one calendar year', () => {
    expect(pers(list('Verksamhetsbidrag till föreningar', '2024-01-01–2025-12-31'))).toEqual(['unknown', 'unknown']);
    expect(pers(list('Verksamhetsbidrag till föreningar', '2024-07-01–2025-06-30'))).toEqual(['unknown', 'unknown']);
  });

  it('leaves the sum alone when the list names it a one-off or an investment', () => {
    for (const title of ['Engångsbidrag till föreningar', 'Investeringsbidrag till föreningar', 'Bidrag som betalas ut en gång']) {
      const read = pers(list(title, '2024-01-01–2024-12-31'));
      expect(read).toHaveLength(2);
      expect(read).not.toContain('year');
    }
  });
});

describe('extractListings: a row named "Föreningen X" where the text writes X alone', () => {
  const names = (text: string) => extractListings(DocText.fromString(text), context('rapport')).map((row) => row.ideburna.map((f) => f.value));
  const table = (rows: string[], after: string) =>
    ['Sammanställning av partnerskap', '', 'Idéburen part\tFörvaltning\tPeriod', ...rows, '', after].join('\n');

  it('names the row X, as the document\'s idéburna are (parties/ideburna.ts withoutCommonNoun)', () => {
    const text = table(['Föreningen Gatans Röst\tSocialförvaltningen\t2022–2024', 'Kvinnojouren Vega\tSocialförvaltningen\t2023–2025'], 'Gatans Röst driver ett café.');
    expect(names(text)).toEqual([['Gatans Röst'], ['Kvinnojouren Vega']]);
  });

  it('keeps the noun where the text writes it with the name every time', () => {
    const text = table(['Föreningen Gatans Röst\tSocialförvaltningen\t2022–2024', 'Kvinnojouren Vega\tSocialförvaltningen\t2023–2025'], 'Samarbetet med Föreningen Gatans Röst fortsätter.');
    expect(names(text)).toEqual([['Föreningen Gatans Röst'], ['Kvinnojouren Vega']]);
  });
});
