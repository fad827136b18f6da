import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../pipeline/contract.js';
import type { Parties } from '../engine/context.js';
import { DocText } from '../engine/doc-text.js';
import { extractAmounts } from './index.js';
import { DECIDING_BODY, DECIDING_VERB, DEFINITE_PATTERNS, definiteMatches } from './payer.js';

const field = (value: string): Field<string> => ({ value, confidence: 0.9, needsReview: false, evidence: [] });
const parties = (p: Partial<Record<'ideburna' | 'offentliga' | 'organ', string[]>>, aliases: [string, string][] = []): Parties => ({
  ideburna: (p.ideburna ?? []).map(field),
  offentliga: (p.offentliga ?? []).map(field),
  organ: (p.organ ?? []).map(field),
  aliases: new Map(aliases),
});
const amounts = (text: string, p: Parties) =>
  extractAmounts(DocText.fromString(text), { docType: { ...field('annat'), value: 'annat' }, parties: p }).map((f) => f.value);

describe('payer rules', () => {
  it('party-med: each name right before "med" pays its sum, so equal sums from two payers stay two values', () => {
    const text = 'Verksamheten finansieras av Region Skåne med 400 000 kronor, Malmö stad med 400 000 kronor och Röda Korset med 270 000 kronor per år.';
    expect(amounts(text, parties({ offentliga: ['Region Skåne', 'Malmö stad'] }))).toEqual([
      { sek: 400_000, per: 'year', payer: 'Region Skåne' },
      { sek: 400_000, per: 'year', payer: 'Malmö stad' },
      { sek: 270_000, per: 'year', payer: 'Röda Korset' },
    ]);
  });

  it('party-med does not read an object as the payer: "regionen ersätter föreningen med …"', () => {
    const p = parties({ offentliga: ['Region Västerbotten'], ideburna: ['Föreningen Hela Människan'] });
    expect(amounts('Regionen ersätter föreningen med 450 000 kr/år.', p)[0]?.payer).toBe('Region Västerbotten');
  });

  it('party-share: "X:s del av finansieringen"', () => {
    const text = 'Förändringen påverkar arbetsmarknads- och socialnämndens del av finansieringen från 1 260 000 kronor per år till 962 000 kronor per år.';
    const p = parties({ organ: ['arbetsmarknads- och socialnämnden'], offentliga: ['Malmö stad'] });
    expect(amounts(text, p).map((a) => a.payer)).toEqual(['arbetsmarknads- och socialnämnden', 'arbetsmarknads- och socialnämnden']);
  });

  it('party-share: "Regionens ersättning …", "Stadsmissionens egen insats …"', () => {
    const p = parties({ offentliga: ['Region Stockholm'], ideburna: ['Stockholms Stadsmission'] }, [['Stadsmissionen', 'Stockholms Stadsmission']]);
    const text = 'Regionens ersättning till Stadsmissionen uppgår till 3 200 000 kronor per år. Stadsmissionens egen insats värderas till 1 100 000 kronor per år.';
    expect(amounts(text, p).map((a) => a.payer)).toEqual(['Region Stockholm', 'Stockholms Stadsmission']);
    const budget = parties({ organ: ['socialnämnden'] });
    expect(amounts('Kostnaden om 1,1 mnkr per år finansieras inom socialnämndens budgetram.', budget)[0]?.payer).toBe('socialnämnden');
  });

  it('source-after: the public party the idéburen one receives the sum from, named after it', () => {
    const p = parties({ offentliga: ['Region Dalarna', 'Falu kommun'], ideburna: ['Kvinnojouren Ronja'] });
    expect(amounts('Under tre år får Kvinnojouren Ronja 450 000 kronor om året från Region Dalarna.', p)[0]?.payer).toBe('Region Dalarna');
    expect(amounts('Kvinnojouren Ronja får 150 000 kronor av Falu kommun.', p)[0]?.payer).toBe('Falu kommun');
    // The receiving verb in the perfect or the infinitive: "har fått", "har tilldelats", "ska få".
    expect(amounts('Kvinnojouren Ronja har fått 150 000 kronor från Falu kommun.', p)[0]?.payer).toBe('Falu kommun');
    expect(amounts('Kvinnojouren Ronja har tilldelats 150 000 kronor av Region Dalarna.', p)[0]?.payer).toBe('Region Dalarna');
    expect(amounts('Kvinnojouren Ronja ska få 150 000 kronor per år från Region Dalarna.', p)[0]?.payer).toBe('Region Dalarna');
    // Not without a receiving verb, not an idéburen party, not across a full stop.
    expect(amounts('Kvinnojouren Ronja har kvar 450 000 kronor från Region Dalarna.', p)[0]?.payer).toBeNull();
    expect(amounts('Kvinnojouren Ronja får 450 000 kronor. Falu kommun har inget avtal från Region Dalarna.', p)[0]?.payer).toBeNull();
    expect(amounts('Falu kommun får 450 000 kronor från Kvinnojouren Ronja i hyra.', p)[0]?.payer).not.toBe('Kvinnojouren Ronja');
  });

  it('subject-pays: the subject of a paying verb, also through an alias or a definite noun', () => {
    const p = parties({ ideburna: ['Röda Korsets behandlingscenter'], organ: ['nämnden för Kultur & Fritid'] }, [['RKC', 'Röda Korsets behandlingscenter']]);
    expect(amounts('RKC kommer fortsättningsvis att finansiera verksamheten med 1 343 000 kronor per år.', p)[0]?.payer).toBe('Röda Korsets behandlingscenter');
    expect(amounts('Nämnden beslutar att bevilja ett stöd om 300.000 kr.', p)[0]).toEqual({ sek: 300_000, per: 'once', payer: 'nämnden för Kultur & Fritid' });
    const kommun = parties({ ideburna: ['Fontänhuset Kalix'], offentliga: ['Kalix kommun', 'Region Norrbotten'] });
    expect(amounts('Kalix kommun går in med 450 000 kronor årligen.', kommun)[0]?.payer).toBe('Kalix kommun');
    expect(amounts('Region Norrbotten satsar 1,2 miljoner på partnerskapet.', kommun)[0]?.payer).toBe('Region Norrbotten');
  });

  it('subject-pays does not take a name inside a phrase for the subject', () => {
    const p = parties({ offentliga: ['Malmö stad', 'Region Skåne'] });
    expect(amounts('Offentligt partnerskap med Malmö stad och delfinansierar verksamheten med 400 000 kronor per år.', p)[0]?.payer).toBeNull();
  });

  it('declared funder: a sentence without a sum names who funds; sums elsewhere without a payer of their own are its', () => {
    const p = parties({ offentliga: ['Göteborgs Stad'], organ: ['social resursförvaltning'], ideburna: ['Stadsmissionen'] });
    const text = '6,7 miljoner till insatser nästa år. Avtalet innebär att social resursförvaltning står för finansieringen och Stadsmissionen bidrar med lokaler.';
    expect(amounts(text, p)[0]?.payer).toBe('social resursförvaltning');
    const passive = 'Satsningen finansieras av kultur- och fritidsnämnden. Föreningen får 200 000 kronor per år.';
    expect(amounts(passive, parties({ offentliga: ['Borås stad'], organ: ['kultur- och fritidsnämnden'] }))[0]?.payer).toBe('kultur- och fritidsnämnden');
  });

  it('declared funder: not an idéburen party, not two funders, never over a payer named in the sentence of the sum', () => {
    const own = parties({ offentliga: ['Umeå kommun'], ideburna: ['Stadsmissionen'] });
    expect(amounts('Stadsmissionen står för kostnaderna för lokalerna. Kommunen ger ett bidrag om 80 000 kr.', own)[0]?.payer).toBe('Umeå kommun');
    const two = parties({ offentliga: ['Region Skåne', 'Malmö stad'] });
    const both = 'Region Skåne finansierar arbetet. Malmö stad bekostar lokalerna. Föreningen får 900 000 kr per år.';
    expect(amounts(both, two)[0]?.payer).toBeNull();
    const withSums = parties({ offentliga: ['Region Skåne', 'Malmö stad'] });
    const text2 = 'Överenskommelsens omfattning är 1 070 000 kronor per år. Verksamheten finansieras av Region Skåne med 400 000 kronor och Malmö stad med 670 000 kronor.';
    expect(amounts(text2, withSums).find((a) => a.sek === 1_070_000)?.payer).toBeNull();
    const named = parties({ offentliga: ['Region Skåne'], organ: ['socialnämnden'] });
    const text = 'Socialnämnden står för finansieringen. Region Skåne bidrar med 400 000 kronor per år.';
    expect(amounts(text, named)[0]?.payer).toBe('Region Skåne');
  });

  it('cost bearer: "Bidraget kommer från kommunstyrelsens driftbudget" names the body for a sum of its kommun', () => {
    const p = parties({ offentliga: ['Oskarshamns kommun'], organ: ['kommunstyrelsen'] });
    const text = 'Finansieringen till föreningen är 140 000 kronor per år. Bidraget kommer från kommunstyrelsens oförutsedda driftbudget.';
    expect(amounts(text, p)[0]?.payer).toBe('kommunstyrelsen');
    expect(amounts('Finansieringen till föreningen är 140 000 kronor per år. Idén kommer från kommunstyrelsens ordförande.', p)[0]?.payer).toBe('Oskarshamns kommun');
  });

  it('fee-payer: rent and fees are paid by the association', () => {
    const p = parties({ ideburna: ['IFK Fjärås'], offentliga: ['Kungsbacka kommun'] });
    expect(amounts('IFK Fjärås arrenderar marken. Arrendeavgiften är 5 000 kronor per år med indexreglering.', p)[0]?.payer).toBe('IFK Fjärås');
  });

  it('own-funds: money from the own collected funds of the organisation is paid by the one idéburen party', () => {
    const p = parties({ ideburna: ['Föreningen Ljuspunkten'], offentliga: ['Tierps kommun'] });
    expect(amounts('Därutöver tillförs 200 000 kronor per år ur egna insamlade medel.', p)[0]?.payer).toBe('Föreningen Ljuspunkten');
    expect(amounts('Därutöver tillförs 200 000 kronor per år i verksamhetsbidrag.', p)[0]?.payer).toBe('Tierps kommun');
  });

  it('sole-public-funder: funding with no payer named falls to the only public party, not to one of two', () => {
    const text = 'Partnerskapet finansieras årligen med 1 300 000 kronor.';
    expect(amounts(text, parties({ offentliga: ['Region Gotland'] }))[0]?.payer).toBe('Region Gotland');
    expect(amounts(text, parties({ offentliga: ['Region Skåne', 'Malmö stad'] }))[0]?.payer).toBeNull();
  });

  it('sole-public-funder: money the idéburen party receives falls to the only public party, not money a public party receives', () => {
    const p = parties({ offentliga: ['Lunds kommun'], ideburna: ['Kvinnojouren Lund'] });
    expect(amounts('Det innebär att Kvinnojouren Lund får 340 000 kronor varje år under IOP-perioden.', p)[0]?.payer).toBe('Lunds kommun');
    expect(amounts('Lunds kommun får 340 000 kronor varje år.', p)[0]?.payer).not.toBe('Lunds kommun');
  });

  it('subject-pays: "kommunen stöttar föreningen med …"', () => {
    const p = parties({ offentliga: ['Lunds kommun'], ideburna: ['Kvinnojouren Lund'] });
    expect(amounts('Avtalet innebär att kommunen stöttar Kvinnojouren Lund med drygt 1 miljon kronor över tre år.', p)[0]?.payer).toBe('Lunds kommun');
  });

  it('no payer when the sentence names none and is not about funding', () => {
    expect(amounts('det lån om 1 525 000 kronor som kommunen gått i borgen för', parties({ offentliga: ['Kungsbacka kommun'] }))).toEqual([
      { sek: 1_525_000, per: 'total', payer: null },
    ]);
  });

  it('a body and the region it belongs to paying the same sum are one payment', () => {
    const text =
      'Region Skåne tecknade genom hälso- och sjukvårdsnämnden en överenskommelse. Hälso- och sjukvårdsnämnden delfinansierar verksamheten med 400 000 kronor per år. Verksamheten finansieras av Region Skåne med 400 000 kronor och Malmö stad med 400 000 kronor per år.';
    const p = parties({ offentliga: ['Region Skåne', 'Malmö stad'], organ: ['hälso- och sjukvårdsnämnden'] });
    expect(amounts(text, p).map((a) => a.payer).sort()).toEqual(['Malmö stad', 'Region Skåne']);
  });

  it('subject-pays: a heading line or a list number before the subject, a verb in the perfect', () => {
    const p = parties({ organ: ['fritidsnämnden'], offentliga: ['Eksjö kommun'], ideburna: ['Scoutkåren Eken'] });
    expect(amounts('Ekonomi\nFritidsnämnden betalar föreningen 120 000 kronor per år.', p)[0]?.payer).toBe('fritidsnämnden');
    expect(amounts('2. Fritidsnämnden betalar föreningen 120 000 kronor per år.', p)[0]?.payer).toBe('fritidsnämnden');
    expect(amounts('Scoutkåren Eken har själv finansierat lägret med 45 000 kronor.', p)[0]?.payer).toBe('Scoutkåren Eken');
    expect(amounts('Fritidsnämnden ger Scoutkåren Eken 30 000 kronor per år.', p)[0]?.payer).toBe('fritidsnämnden');
  });

  it('subject-pays: an opening adverbial and an auxiliary before the subject ("Nu har kommunstyrelsen beviljat …")', () => {
    const p = parties({ offentliga: ['Knivsta kommun'], organ: ['kommunstyrelsen'], ideburna: ['Samverkan mot brott'] });
    expect(amounts('Nu har kommunstyrelsen beviljat Samverkan mot brott 5 000 kronor i kommunbidrag.', p)[0]?.payer).toBe('kommunstyrelsen');
    // Not a name after the subject: the object of the verb.
    expect(amounts('Nu har Knivsta kommun beviljat kommunstyrelsen ett bidrag om 5 000 kronor.', p)[0]?.payer).toBe('Knivsta kommun');
  });

  it('subject-pays takes the subject nearest the paying verb, not the one that opens the sentence', () => {
    const p = parties({ organ: ['kommunstyrelsen'], offentliga: ['Bodens kommun'] });
    const text = 'Kommunstyrelsen föreslås besluta 1. att godkänna avtalet, 2. att kommunen betalar 90 000 kronor per år.';
    expect(amounts(text, p)[0]?.payer).toBe('Bodens kommun');
  });

  it('inverted-subject-pays: "Därutöver betalar kommunen …", but not an object after the verb', () => {
    const p = parties({ offentliga: ['Tierps kommun'], ideburna: ['Hembygdsföreningen'] });
    expect(amounts('Därutöver betalar kommunen ett engångsbelopp om 15 000 kronor.', p)[0]).toEqual({ sek: 15_000, per: 'once', payer: 'Tierps kommun' });
    expect(amounts('Beloppet betalar Hembygdsföreningen tillbaka med 15 000 kronor.', p)[0]?.payer).not.toBe('Hembygdsföreningen');
    // An opening adverbial of purpose, agreement or time: "För detta betalar kommunen …", "Enligt avtalet ger kommunen …".
    expect(amounts('För detta betalar kommunen 200 000 kronor per år.', p)[0]?.payer).toBe('Tierps kommun');
    expect(amounts('Enligt avtalet ger kommunen föreningen 200 000 kronor per år.', p)[0]?.payer).toBe('Tierps kommun');
    // Not a word that is no adverbial: "Hembygdsföreningen ger kommunen …" keeps its subject.
    expect(amounts('Hembygdsföreningen ger kommunen 5 000 kronor i hyra.', p)[0]?.payer).not.toBe('Tierps kommun');
  });

  it('agent-pays: the party after "betalas ut av", "finansieras av", "ersättningen från" pays', () => {
    const p = parties({ organ: ['fritidsnämnden'], offentliga: ['Eksjö kommun'], ideburna: ['Scoutkåren Eken'] });
    expect(amounts('Bidraget om 45 000 kronor per år betalas ut av fritidsnämnden.', p)[0]?.payer).toBe('fritidsnämnden');
    expect(amounts('Ersättningen från fritidsnämnden är 45 000 kronor per år.', p)[0]?.payer).toBe('fritidsnämnden');
    expect(amounts('Lokalerna upplåts av fritidsnämnden, vilket motsvarar en lokalkostnad på 2 750 kronor per år.', p)[0]?.payer).toBe('fritidsnämnden');
    // A party that is not the agent of a paying verb is no payer: "avtal med fritidsnämnden".
    expect(amounts('Scoutkåren Eken har avtal med fritidsnämnden om 45 000 kronor per år.', p)[0]?.payer).not.toBe('fritidsnämnden');
  });

  it('decider-pays: an infinitive paying clause is paid by the body that decides or proposes, not by a party listed before it', () => {
    const p = parties({ organ: ['fritidsnämnden'], offentliga: ['Eksjö kommun'], ideburna: ['Scoutkåren Eken', 'Friluftsfrämjandet Eksjö'] });
    const text =
      'Fritidsnämnden föreslås besluta\natt ingå partnerskap mellan fritidsnämnden, Scoutkåren Eken och Friluftsfrämjandet Eksjö,\natt finansiera partnerskapet med 240 000 kr per år.';
    expect(amounts(text, p)[0]?.payer).toBe('fritidsnämnden');
    const heading = 'Fritidsnämndens beslut\n  • Att ge Scoutkåren Eken verksamhetsstöd för 2008 med 170 kkr.';
    expect(amounts(heading, p)[0]?.payer).toBe('fritidsnämnden');
    // Not a body named in the genitive before another noun: "fritidsnämndens beslutsunderlag".
    expect(amounts('Enligt fritidsnämndens beslutsunderlag\n  • Att ge Scoutkåren Eken verksamhetsstöd med 170 kkr.', p)[0]?.payer).not.toBe('fritidsnämnden');
    const two = 'Fritidsnämnden beslutar att bevilja Scoutkåren Eken 100 000 kronor och att kommunen står för 50 000 kronor i lokalkostnad.';
    expect(amounts(two, p).map((a) => a.payer)).toEqual(['fritidsnämnden', 'Eksjö kommun']);
  });

  it('a compound definite noun ("Stadsdelsnämnden") points at the body whose name holds it', () => {
    const p = parties({ organ: ['Rinkeby-Kista stadsdelsnämnd'], offentliga: ['Stockholms stad'] });
    expect(amounts('Stadsdelsnämnden avsätter 600 000 kronor per år.', p)[0]?.payer).toBe('Rinkeby-Kista stadsdelsnämnd');
    expect(amounts('Socialnämnden avsätter 600 000 kronor per år.', p)[0]?.payer).not.toBe('Rinkeby-Kista stadsdelsnämnd');
  });

  it('aliases the text defines: "nedan kallad X" for the first party of its clause, "(X)" after a party', () => {
    const p = parties({ offentliga: ['Region Jönköpings län'], organ: ['folkhälsonämnden'], ideburna: ['Föreningen Ljuspunkten'] });
    const text =
      'Region Jönköpings län, org.nr 232100-0057, genom folkhälsonämnden, nedan kallad RJL. Föreningen Ljuspunkten (Ljuspunkten) är part. RJL finansierar partnerskapet med 700 000 kronor per år. Ljuspunkten bidrar med egna medel om 90 000 kronor per år.';
    expect(amounts(text, p).map((a) => a.payer)).toEqual(['Region Jönköpings län', 'Föreningen Ljuspunkten']);
    // The alias ends at its line: the next line's name is not part of it.
    const wrapped = 'Föreningen Ljuspunkten, nedan kallad Ljuspunkten\nRegion Jönköpings län är part. Ljuspunkten bidrar med 90 000 kronor.';
    expect(amounts(wrapped, p)[0]?.payer).toBe('Föreningen Ljuspunkten');
    // "(IOP)" after a name is the partnership's abbreviation, not the party's.
    const iop = 'Partnerskap med Föreningen Ljuspunkten (IOP). IOP finansierar 50 000 kronor.';
    expect(amounts(iop, p)[0]?.payer).not.toBe('Föreningen Ljuspunkten');
  });

  it('same-sentence-payer: a total that goes on the sentence of a paid sum has the same payer', () => {
    const p = parties({ organ: ['fritidsnämnden'], offentliga: ['Eksjö kommun'] });
    const text = 'Partnerskapet finansieras av fritidsnämnden med 200 000 kronor per år, sammanlagt 600 000 kronor för hela perioden.';
    expect(amounts(text, p)).toEqual([
      { sek: 200_000, per: 'year', payer: 'fritidsnämnden' },
      { sek: 600_000, per: 'total', payer: 'fritidsnämnden' },
    ]);
  });

  it('the body whose budget bears the cost refines the kommun, and pays where no one is named', () => {
    const p = parties({ organ: ['kommunstyrelsen'], offentliga: ['Tierps kommun'] });
    const text = 'Kommunens ersättning är 80 000 kronor per år. Kostnaden ryms inom kommunstyrelsens anslag för folkhälsa.';
    expect(amounts(text, p)[0]?.payer).toBe('kommunstyrelsen');
    expect(amounts('Kommunens ersättning är 80 000 kronor per år.', p)[0]?.payer).toBe('Tierps kommun');
    const compound = 'Kommunen bidrar med 80 000 kronor per år. Finansiering sker inom kommunstyrelsens förfogandeanslag.';
    expect(amounts(compound, p)[0]?.payer).toBe('kommunstyrelsen');
    expect(amounts('Kommunen bidrar med 80 000 kronor per år. Insatsen ryms i kommunstyrelsens program för folkhälsa.', p)[0]?.payer).toBe('Tierps kommun');
    // A sum set aside from a body's funds: "avsatts från kommunstyrelsens ofördelade medel".
    const funds = 'Nämnden har hemställt att ytterligare 270 000 kronor avsatts från kommunstyrelsens ofördelade medel för 2015.';
    expect(amounts(funds, p)[0]?.payer).toBe('kommunstyrelsen');
    expect(amounts(funds, parties({ organ: ['kommunstyrelsen'] }))[0]?.payer).toBe('kommunstyrelsen');
    expect(amounts('Kommunen bidrar med 80 000 kronor per år. Föreningen har egna medel från kommunstyrelsens tid.', p)[0]?.payer).toBe('Tierps kommun');
    // With two public parties each pays its own share: the bearer does not replace them.
    const two = parties({ organ: ['kommunstyrelsen'], offentliga: ['Tierps kommun', 'Region Uppsala'] });
    expect(amounts('Tierps kommun bidrar med 80 000 kronor per år. Kostnaden belastar kommunstyrelsens budget.', two)[0]?.payer).toBe('Tierps kommun');
  });
});

describe('extractAmounts', () => {
  it('keeps one value with every mention as evidence, and its periodicity from the clearest mention', () => {
    const text = 'Om partnerskapet utökas med 500 tkr finns möjlighet till mer. En utökning med 500 tkr skulle innebära en årlig tillförsel av totalt 1,8 miljoner.';
    const [first, second] = extractAmounts(DocText.fromString(text), { docType: { ...field('annat'), value: 'annat' }, parties: parties({}) });
    expect(first?.value).toEqual({ sek: 500_000, per: 'year', payer: null });
    expect(first?.evidence.map((e) => e.text)).toEqual(['500 tkr', '500 tkr']);
    expect(second?.value.sek).toBe(1_800_000);
  });
});

describe('extractAmounts: sums beside the funding', () => {
  it('leaves out a sum whose sentence says nothing of funding when other sums are about it', () => {
    const text = 'Kommunen bidrar med 400 000 kronor per år till föreningen. Lokalen i centrum har en hyra på 9 000 kronor i månaden. Entré 100 kr.';
    expect(amounts(text, parties({})).map((a) => a.sek)).toEqual([400_000]);
  });
  it('keeps such a sum when it is the only one, or when its sentence names a party', () => {
    expect(amounts('Staden satsar 6,7 miljoner till insatser nästa år.', parties({})).map((a) => a.sek)).toEqual([6_700_000]);
    const text = 'Kommunen bidrar med 400 000 kronor per år. Föreningen Hjälp: 50 000 kronor i reserv.';
    expect(amounts(text, parties({ ideburna: ['Föreningen Hjälp'] })).map((a) => a.sek)).toEqual([400_000, 50_000]);
  });
  it('leaves out a bare sum, with no role of a grant, in a text that never speaks of funding: what a thing costs', () => {
    expect(amounts('Bara elen till anläggningen kostar runt 200 000 kronor per säsong.', parties({}))).toEqual([]);
    expect(amounts('Elräkningen för januari kan landa på 240 000 kronor eller mer.', parties({}))).toEqual([]);
    expect(amounts('Föreningen tar 70 kronor i inträde.', parties({}))).toEqual([]);
  });
});

describe('definiteMatches', () => {
  const read = (pattern: RegExp, matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], m.groups?.prefix]);
  const same = (text: string) => {
    for (const [, pattern] of DEFINITE_PATTERNS) expect(read(pattern, definiteMatches(pattern, text))).toEqual(read(pattern, text.matchAll(pattern)));
  };
  it('gives the matches matchAll gives', () => {
    for (const text of [
      'Stadsdelsnämnden och stadsdelsnämndens beslut; Nämnden, NÄMNDEN.',
      'nämndenämnden 1nämnden Kulturnämndenx styrelsen Föreningsstyrelsens',
      '𝐀nämnden é-nämnden Socialnämnden:s kommunen regionen föreningen',
      '',
    ])
      same(text);
  });
  it('gives the matches matchAll gives in every development document, whole and line by line', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/devset/docs');
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const text of [...docs, ...docs.flatMap((d) => d.split('\n'))]) same(text);
  });
});

describe('decidingBody: a sum no reading gives a payer is paid by the one body the text shows deciding', () => {
  it('DECIDING_VERB reads a decision or a grant after the body, not a proposal nor a refusal', () => {
    for (const after of [' beslutar att förlänga', ' beviljade stödet.', ' har beslutat att bevilja', ' beslöt att', ' har i dag beslutat'])
      expect(DECIDING_VERB.test(after), after).toBe(true);
    for (const after of [' föreslår att', ' föreslås besluta', ' beslutat avslå ansökan', ' beslutar att inte bevilja', ' beslutade att avslå', 's beslut'])
      expect(DECIDING_VERB.test(after), after).toBe(false);
  });
  it('DECIDING_BODY is a nämnd, a styrelse or an utskott, not a förvaltning', () => {
    for (const name of ['socialnämnden', 'kommunstyrelsen', 'kommunledningsutskottet', 'regionala utvecklingsnämnden']) expect(DECIDING_BODY.test(name), name).toBe(true);
    for (const name of ['socialförvaltningen', 'kultur- och fritidskontoret']) expect(DECIDING_BODY.test(name), name).toBe(false);
  });
  it('the body that decides pays a sum whose sentence names no payer', () => {
    const text =
      'Föreningen har ansökt om verksamhetsbidrag. Förvaltningen föreslår att föreningen beviljas 150 000 kronor i verksamhetsbidrag. Beslut\nSocialnämnden beslutar enligt förvaltningens förslag.';
    expect(amounts(text, parties({ ideburna: ['Kvinnojouren Tranås'], organ: ['socialnämnden'] }))).toEqual([{ sek: 150_000, per: 'year', payer: 'socialnämnden' }]);
  });
  it('not a body that refuses, nor one of two bodies that decide', () => {
    const refused = 'Föreningen fick 40 000 kronor i verksamhetsbidrag förra året. Kommunstyrelsen har beslutat avslå föreningens nya ansökan.';
    expect(amounts(refused, parties({ ideburna: ['Golfklubben'], organ: ['kommunstyrelsen'] }))[0]?.payer).toBeNull();
    const two = 'Föreningen får 40 000 kronor i verksamhetsbidrag. Kulturnämnden beslutar att bevilja bidraget. Kommunstyrelsen beslutar att lägga informationen till handlingarna.';
    expect(amounts(two, parties({ ideburna: ['Föreningen X'], organ: ['kulturnämnden', 'kommunstyrelsen'] }))[0]?.payer).toBeNull();
  });
  it('a kommun guessed as the payer stays: the body does not refine it', () => {
    const text = 'Föreningen får 40 000 kronor i verksamhetsbidrag. Kulturnämnden beslutar att bevilja bidraget.';
    expect(amounts(text, parties({ ideburna: ['Föreningen X'], offentliga: ['Ekby kommun'], organ: ['kulturnämnden'] }))[0]?.payer).toBe('Ekby kommun');
  });
});
