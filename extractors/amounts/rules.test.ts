import { describe, expect, it } from 'vitest';
import { extractAmounts, findAmountMentions, perInText } from './index.js';
import { DocText } from '../engine/doc-text.js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELLED_MONEY, LABELLED_MONEY_ANCHORS, LIST_NEXT_LINE, MONEY, MONEY_ANCHOR, MONEY_NEAR, PER_RULES, NOT_AMOUNT_RULES } from './rules.js';
import { readNumber } from './numerals.js';
import { eachMatch, matchesNear } from '../engine/sticky.js';

/** The SEK values a text's money expressions read as. */
const sekIn = (text: string) => findAmountMentions(text).map((m) => m.sek);
/** The periodicity read for the only amount in a sentence. */
const perOf = (text: string) => findAmountMentions(text)[0]?.per?.per ?? 'unknown';

describe('MONEY: money expressions read as integer SEK', () => {
  it.each([
    ['Partnerskapet finansieras med 1 300 000 kronor.', 1_300_000],
    ['bedömningen är 1,3 miljoner årligen', 1_300_000],
    ['om partnerskapet utökas med 500 tkr finns möjlighet', 500_000],
    ['Föreningen söker 40 kkr för lokalhyra.', 40_000],
    ['Ramen är 2,5 mnkr för insatsen.', 2_500_000],
    ['nämnden avsätter 11,9 mnkr till IOP', 11_900_000],
    ['motsvarande 962 000 kr per år', 962_000],
    ['ersättning om 40 000kronor/år', 40_000],
    ['ett stöd om 10.000 kr till föreningen', 10_000],
    ['cirka 3,7 miljoner kronor per år', 3_700_000],
    ['Kostnaden beräknas till drygt 5,2 miljoner.', 5_200_000],
    ['fördelar 2024 års föreningsbidrag med 137 500 kr.', 137_500],
    ['Bidraget är tre miljoner kronor.', 3_000_000],
    ['Regionen bidrar med en halv miljon kronor.', 500_000],
    ['Föreningen får en kvarts miljon kronor i föreningsbidrag.', 250_000],
    ['Tjejjouren får en och en halv miljon kronor.', 1_500_000],
    ['Kommunen satsar två och en halv miljon kronor på partnerskapet.', 2_500_000],
    ['beviljas 250 000 SEK', 250_000],
    ['med 75 000:- per år', 75_000],
    ['finansieringen från 1 \n260 000 kronor per år', 1_260_000],
    ['Regionen bidrar med 1,5 MSEK.', 1_500_000],
    ['Kommunen bidrar med 2,5 mn kr per år.', 2_500_000],
    ['Ersättningen uppgår till SEK 500 000 per år.', 500_000],
    ['Kommunen satsar 1,2 miljoner på partnerskapet.', 1_200_000],
    ['Kommunen ger 1.3 miljoner kronor per år.', 1_300_000],
    ['föreslås att sammanlagt 6,7 miljoner kommer att delas ut till sex föreningar', 6_700_000],
    ['Av potten går 2 miljoner till kvinnojouren.', 2_000_000],
    ['Kommunen betalar 300 000 (trehundratusen) kronor per år.', 300_000],
    ['Ersättningen är 1 300 000 :- per år.', 1_300_000],
    ['Ersättning utgår med kr 250 000 per år.', 250_000],
  ])('%s → %d', (text, sek) => {
    expect(sekIn(text)).toEqual([sek]);
  });

  it.each([
    ['konto 492.09402 ska belastas', 'an account number'],
    ['Sammanträdesdatum 2024-05-06, § 114', 'a date and a paragraph'],
    ['Telefon 0300-83 40 00', 'a phone number'],
    ['Dnr KS 2018/124 och ASN-2021-6250', 'case numbers'],
    ['ett reducerat belopp med 50 %.', 'a percentage'],
    ['Protokoll Sida 21 (84)', 'page numbers'],
    ['kommunen har 3 miljoner invånare', 'millions of something other than money'],
    ['3 miljoner människor på flykt', 'millions of people'],
    ['Flera tusen kommer att delta i loppet.', 'thousands of people'],
    ['3 miljoner invånare kommer att beröras', 'millions of people before a verb'],
    ['under 2022 ökade antalet till 1 200 kvadratmeter', 'an area'],
    ['ett år i taget', 'a number word alone'],
    ['Avgiften i kr 2024 höjs.', 'a year after "kr"'],
    ['Föreningen har 300 (trehundra) medlemmar.', 'a count spelled out'],
  ])('%s is not money (%s)', (text) => {
    expect(sekIn(text)).toEqual([]);
  });

  it.each([
    ['Beviljat belopp: 150 000', 150_000],
    ['Bidrag (tkr): 500', 500_000],
    ['Belopp: 150 000 kr', 150_000],
  ])('LABELLED_MONEY: %s → %d', (text, sek) => {
    expect(sekIn(text)).toEqual([sek]);
  });

  it.each(['Summa: 12', 'Bidrag: 25 %', 'Ersättning: 3 000 deltagare'])('LABELLED_MONEY leaves %s alone', (text) => {
    expect(sekIn(text)).toEqual([]);
  });

  it('reads amounts side by side separately ("år 2022 962 000 kronor")', () => {
    expect(sekIn('avsätter år 2022 962 000 kronor till föreningen')).toEqual([962_000]);
  });
});

describe('money anchors', () => {
  it('skip a text naming no money, and read one that does', () => {
    expect(findAmountMentions('Föreningen har 300 medlemmar och 12 anställda sedan 2019.')).toEqual([]);
    expect(findAmountMentions('Bidraget är tre miljoner.').map((m) => m.sek)).toEqual([3_000_000]);
    expect(findAmountMentions('Beviljat belopp: 150 000').map((m) => m.sek)).toEqual([150_000]);
  });
  it('hold wherever money is read in the development documents, line by line and whole', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/devset/docs');
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    const texts = [...docs, ...docs.flatMap((d) => d.split('\n'))];
    const names = (m: RegExpMatchArray) => Boolean(m.groups?.currency ?? m.groups?.dash ?? m.groups?.prefix ?? m.groups?.multiplier);
    const missed = texts.filter((t) => [...t.matchAll(MONEY)].some(names) && !MONEY_ANCHOR.test(t));
    const missedLabels = texts.filter((t) => [...t.matchAll(LABELLED_MONEY)].length > 0 && !LABELLED_MONEY_ANCHORS.every((a) => a.test(t)));
    expect([...missed, ...missedLabels]).toEqual([]);
  });
});

describe('MONEY near its number', () => {
  const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);
  const same = (text: string) => expect(spans(matchesNear(MONEY_NEAR, text)), text.slice(0, 80)).toEqual(spans(eachMatch(MONEY_NEAR.pattern, text)));
  it('finds what MONEY finds over the whole text: hedges, "SEK"/"kr" before, number words', () => {
    for (const text of ['sammanlagt \n SEK 250 000 kronor', 'upp till kr. 1.300.000', 'cirka en och en halv miljon', 'KR 5 000:-', 'tre miljoner, ca 2,5 mkr', 'entré 100 kr', 'enligt 2024']) same(text);
  });
  it("finds what MONEY finds in the development sets' texts", () => {
    for (const set of ['realset', 'realset2', 'realset3', 'realset4', 'realset5', 'realset6', 'realset7', 'realset8', 'realset9', 'realset10']) {
      const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures', set, 'docs');
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) same(readFileSync(join(dir, file), 'utf8'));
    }
  });
});

describe('readNumber', () => {
  it('reads grouped digits, decimal commas and number words', () => {
    expect(readNumber('1 300 000')).toBe(1_300_000);
    expect(readNumber('10.000')).toBe(10_000);
    expect(readNumber('2,5')).toBe(2.5);
    expect(readNumber('1.3')).toBe(1.3);
    expect(readNumber('1.300.000')).toBe(1_300_000);
    expect(readNumber('tolv')).toBe(12);
    expect(readNumber('abc')).toBeNaN();
  });
});

/** Each periodicity rule with sentences where it must fire for the amount and where it must not. */
const PER_EXAMPLES: Record<string, { per: string; positive: string[]; negative: string[] }> = {
  'year-after': {
    per: 'year',
    positive: ['finansierar med 962 000 kr per år.', 'ett bidrag om 40 000kronor/år.', '1 260 000 kr per helår.', 'tillförs 1,3 miljoner kronor årligen i ramtillskott.'],
    negative: ['ett bidrag om 300 000 kr till föreningen.'],
  },
  'month-after': {
    per: 'unknown',
    positive: ['ersättning med 30 000 kronor per månad.', 'bidrag med 15 000 kr per termin.', 'Föreningen hyr en lokal för 15 000 kronor i månaden.'],
    negative: [],
  },
  'total-after': {
    per: 'total',
    positive: [
      'Bidraget är 2 000 000 kronor för hela perioden.',
      'Regionen bidrar med 4 mnkr totalt för avtalsperioden.',
      'Kommunerna satsar sammanlagt drygt en miljon kronor under den kommande treårsperioden.',
      'Nämnden avsätter 900 000 kr för den nya avtalsperioden.',
    ],
    negative: ['Bidraget är 2 000 000 kronor till verksamheten.', 'Kommunen betalar 300 000 kr per år under den kommande avtalsperioden.'],
  },
  'year-range-after': {
    per: 'total',
    positive: ['Nämnden avsätter en ram om 2 mkr för 2024–2026.', 'Regionen bidrar med 600 000 kronor under 2025-2027.', 'Kommunen betalar 900 000 kr för 2024 till 2026.'],
    negative: ['Kommunen bidrar med 300 000 kr per år för 2024–2026.', 'Föreningen beviljas 200 tkr för 2024.'],
  },
  'year-range-gap-after': {
    per: 'total',
    positive: [
      'Regionen avsätter 3 686 747 kronor av anslag 1:1 Regionala utvecklingsåtgärder under perioden 2023-2027 till projekt.',
      'Kommunen bidrar med 1,2 miljoner kronor till föreningens arbete under åren 2024–2026.',
    ],
    negative: [
      'Kommunen bidrar med 300 000 kr i verksamhetsbidrag under perioden 2024–2026.',
      'Kommunen bidrar med 300 000 kr per år under perioden 2024–2026.',
      'Kommunen betalar 200 000 kr och 400 000 kr under perioden 2024–2026.',
      'Regionen avsätter 900 000 kronor till projektet under 2024–2026.',
    ],
  },
  'named-year-after': {
    per: 'year',
    positive: [
      'Nämnden har hemställt att ytterligare 270 000 kronor avsatts från kommunstyrelsens ofördelade medel för 2015.',
      'Nämnden avsätter 962 000 kronor år 2022 till föreningen.',
      'Föreningen beviljas ett bidrag om 200 tkr för 2024.',
      'Kommunen bidrar med 500 000 kr 2024, 520 000 kr 2025 och 540 000 kr 2026.',
      'Socialnämnden beviljar 250 000 kr till föreningen för 2025.',
      'Kommunen bidrar med 400 000 kr år 1 och 300 000 kr år 2.',
      'Regionen betalar 200 000 kronor under det första året.',
      'Äldrenämnden föreslås bevilja föreningen 500 000 kr i bidrag för verksamhetsåret 2018.',
      'Bidrag om 50 000 kr lämnas för 2024.',
      'Ett verksamhetsstöd på 120 000 kronor utgår för år 2025.',
      'Föreningen ansöker om 2 000 000 kronor i tidsbegränsat bidrag för det sociala arbetet på mötesplatsen för år 2024.',
      'Föreningen får 200 000 kronor från Malmö stad för 2025.',
      'Föreningen beviljas 80 000 kr av kommunen för år 2024.',
    ],
    negative: ['Föreningen får 200 000 kronor från Malmö stad för 2024–2026.', 'Föreningen får 300 000 kr till och med år 2025.', 'Föreningen får 300 000 kr årligen, år 1: 300 000 kr.', 'Föreningen beviljas 300 000 kr till föreningen under 2021–2024.', 'Föreningen beviljas 300 000 kr för 2021–2024.', 'Föreningen beviljas 300 000 kr 2021–2024.', 'Föreningen får 300 000 kr 2024-01-15.', 'Ett bidrag om 300 000 kr beviljas för 2024–2026.', 'Föreningen får 300 000 kr i bidrag för arbetet med planen. För 2024 gäller andra regler.'],
  },
  'verb-year-before': {
    per: 'year',
    positive: [
      'Föreningen erhåller för verksamhetsåret 2025 ett bidrag om 90 000 kronor.',
      'Föreningen beviljas för år 2025 ett stöd på 50 000 kr.',
      'Stödet uppgår 2024 till 500 000 kronor.',
    ],
    negative: ['Föreningen erhåller för 2025–2027 ett bidrag om 900 000 kronor.', 'Föreningen erhåller ett bidrag om 90 000 kronor.'],
  },
  'investment-grant-before': {
    per: 'once',
    positive: ['Hejnums Bygdegårdsförening beviljas investeringsbidrag för 2007 med högst 100 500 kr.', 'Föreningen får ett investeringsstöd på 200 000 kr.'],
    negative: ['Föreningen får ett verksamhetsbidrag på 200 000 kr per år.', 'Föreningen beviljas investeringsbidrag, och därtill 200 000 kr per år.'],
  },
  'purchase-purpose-before': {
    per: 'once',
    positive: ['Eke Hembygdsförening, materialkostnader 6 000 kr', 'Föreningen får bidrag till inköp av ny båt 20 000 kr.', 'Fårö Hembygdsförening, uppförande av kalkmila 5 000 kr', 'Klubben beviljas bidrag för renovering av taket med 50 000 kr.'],
    negative: ['Albatrossmuseet, verksamhetsbidrag 2 000 kr', 'Föreningen får 20 000 kr per år till driftkostnader.', 'Materialet visar att föreningen fick 20 000 kr per år.'],
  },
  'coming-year-after': {
    per: 'year',
    positive: [
      'Staden satsar 6,7 miljoner till insatser nästa år.',
      'Föreningen får 500 tkr för kommande år.',
      'Kvinnojouren får 300 000 kronor i kommunalt bidrag i år.',
      'Totalt bidrar man med 300 000 kronor till nästa års verksamhet i Brottsofferjouren.',
      'Kvinnojouren får nästan en miljon kronor av kommunen för sin verksamhet nästa år.',
    ],
    negative: ['Föreningen får 500 tkr till insatser i åratal.', 'Föreningen får 500 tkr. Nästa år ska verksamheten utvärderas av kommunen.', 'Föreningen får 500 tkr till insatser i år två av avtalet.'],
  },
  'total-duration-after': {
    per: 'total',
    positive: [
      'Regionen bidrar med 1,5 miljoner kronor under tre år.',
      'Överenskommelsen omfattar 1 350 000 kronor fördelat på tre år.',
      'Kommunen avsätter 900 000 kronor under en treårsperiod.',
      'Kommunen stöttar föreningen med 1,5 miljoner kronor över tre år.',
      'Föreningen får 900 000 kronor på tre år.',
      'Av dessa kommer 900 000 kronor fördelat på åren 2022, 2023 och 2024 från kommunen.',
      'Nämnden har äskat 3 625 000 kronor av kommunstyrelsen fördelat på 2015 och 2016.',
    ],
    negative: ['Partnerskapet finansieras årligen med 1 300 000 kronor under 4 år.', 'Föreningen får 300 000 kronor fördelat på två utbetalningar.'],
  },
  'years-in-a-row-after': {
    per: 'year',
    positive: [
      'Kommunstyrelsen har beviljat föreningen 5 000 kronor i kommunbidrag två år i följd.',
      'Föreningen får 50 000 kronor tre år i rad.',
    ],
    negative: ['Föreningen har vunnit tävlingen två år i följd och får 50 000 kronor.', 'Föreningen får 50 000 kronor under två år.'],
  },
  'once-after': {
    per: 'once',
    positive: ['Föreningen får 50 000 kronor som engångsbelopp.', 'Föreningen ansöker om 250 000 kronor i startbidrag.'],
    negative: ['Föreningen får 50 000 kronor i verksamhetsstöd.'],
  },
  'year-before': {
    per: 'year',
    positive: [
      'Partnerskapet finansieras årligen med 1 300 000 kronor under en 4 årsperiod.',
      'ett årligt bidrag på 200 000 kronor.',
      'Årsbeloppet är 600 000 kronor.',
      'Kostnaden för helår beräknas till 480 000 kronor.',
    ],
    negative: ['Partnerskapet finansieras med 1 300 000 kronor.'],
  },
  'each-year-before': {
    per: 'year',
    positive: [
      'Tidigare år har Folkets Hus fått 326.000 kronor i bidrag av kommunen.',
      'Varje år får föreningen 50 000 kronor.',
      'År efter år har jouren fått 200 000 kronor.',
    ],
    negative: ['De senaste tre åren fick föreningen 900 000 kronor.', 'I många år har föreningen fått 400 000 kronor.', 'Tidigare år. Föreningen får 400 000 kronor.'],
  },
  'gift-before': {
    per: 'once',
    positive: [
      'Gåvan på 10 000 kronor är därför ett värdefullt tillskott.',
      'Kommunen ger en jubileumsgåva om 25 000 kr.',
      'Kommunen skänker föreningen 50 000 kronor.',
      'Det blir en donation på 100 000 kronor.',
    ],
    negative: ['Kommunen ger föreningen 50 000 kronor.', 'Föreningen har fått ett gåvobrev och 50 000 kronor.'],
  },
  'gift-after': {
    per: 'once',
    positive: ['Föreningen får 20 000 kronor i gåva.', 'Kommunen ger 50 000 kronor som jubileumsgåva.'],
    negative: ['Föreningen får 20 000 kronor i bidrag.'],
  },
  'recurring-grant-before': {
    per: 'year',
    positive: ['Albatrossmuseet, verksamhetsbidrag 2 000 kr', 'Driftbidrag: 40 000 kr', 'Föreningen beviljas föreningsbidrag med 30 000 kronor.'],
    negative: [
      'Groddagårdens Hembygdsförening, stimulansbidrag 3 000 kr',
      'Föreningen beviljas projektbidrag med 30 000 kronor.',
      'Godkänna föreningens ansökan om räntebidrag med 35 tkr.',
    ],
  },
  'this-year-before': {
    per: 'year',
    positive: ['Men i år har det kommunala verksamhetsstödet höjts till 1,3 miljoner kronor.', 'I år får föreningen 400 000 kronor av nämnden.'],
    negative: ['I åratal har föreningen fått 400 000 kronor.', 'I år. Föreningen får 400 000 kronor.'],
  },
  'total-before': {
    per: 'total',
    positive: ['Kommunen bidrar totalt för hela avtalsperioden med 900 000 kronor.', 'Den totala kostnaden för avtalsperioden blir 4 440 000 kr.'],
    negative: ['Kommunen bidrar totalt med 900 000 kronor.'],
  },
  'period-before': {
    per: 'total',
    positive: ['Ersättningen ger för hela avtalsperioden 900 000 kronor.', 'Under avtalstiden betalar kommunen 600 000 kronor.'],
    negative: ['Under avtalstiden betalar kommunen ett årligt bidrag om 600 000 kronor.', 'Kommunen bidrar under perioden 2025–2027 med 1,2 mnkr.'],
  },
  'named-year-before': {
    per: 'year',
    positive: ['För 2017 fastställs det ekonomiska stödet från kommunen till sammanlagt 1 428 000 kronor.', 'Bidraget är klart. Under 2024 får föreningen 300 000 kr.'],
    negative: ['Under 2022–2024 får föreningen 900 000 kronor.', 'Föreningen har sedan 2019 fått 900 000 kronor.'],
  },
  'year-label-before': {
    per: 'year',
    positive: ['År 2025: 520 000 kr', 'Ersättning 2024: 500 000 kr'],
    // (and each sum of "År 2024: 500 000 kr, år 2025: 520 000 kr" is yearly: see the test below the examples)
    negative: ['Beslut 2024-05-06: 500 000 kr', 'Dnr KS 2024/12: 500 000 kr'],
  },
  'lump-sum-before': {
    per: 'total',
    positive: ['Bidraget betalades ut som en klumpsumma på 420 000 kr i januari.'],
    negative: ['Bidraget betalades ut med 420 000 kr i januari.'],
  },
  'total-word-lead': {
    per: 'total',
    positive: ['Sammanlagt 5,2 miljoner kronor går till partnerskapet under perioden.', 'Kommunen bidrar under tre år, totalt 900 000 kronor.'],
    negative: ['För 2017 fastställs stödet till sammanlagt 1 428 000 kronor.'],
  },
  'total-word-after': {
    per: 'total',
    positive: ['Kalix kommun betalar 2,4 miljoner kronor totalt.', 'Stödet är 900 000 kronor sammanlagt, fördelat efter behov.'],
    negative: ['Kommunen betalar 500 000 kronor, totalt 1,5 miljoner kronor.', 'Kommunen betalar 500 000 kronor totalt per år.'],
  },
  'total-word-anywhere': {
    per: 'total',
    positive: ['Nämnden föreslås dela ut sammanlagt 6,7 miljoner till föreningarna.', 'Ett IOP-avtal för 2024–2026 på sammanlagt 3 miljoner kronor.'],
    negative: ['Kommunen ger sammanlagt 300 000 kronor per år.', 'För 2017 fastställs stödet till sammanlagt 1 428 000 kronor.'],
  },
  'total-opening-before': {
    per: 'total',
    positive: ['Totalt omfattar överenskommelsen 1 350 000 kronor.', 'Totalt belopp: 1 350 000 kr', 'Sammanlagt uppgår stödet till 2,4 miljoner kronor.'],
    negative: [
      'Totalt per år: 450 000 kr',
      'Totalt får 12 föreningar 300 000 kronor.',
      'Föreningen får totalt ett bidrag om 300 000 kr.',
      'Totalt har kulturenheten i år fördelat 576 000 kronor.',
    ],
  },
  'agreement-value-before': {
    per: 'total',
    positive: ['Kommunen tecknar ett IOP-avtal värt 2,4 miljoner kronor med föreningen.', 'Överenskommelsen har ett avtalsvärde på 900 000 kronor.'],
    negative: ['Kommunen tecknar ett IOP-avtal värt 800 000 kronor per år.', 'Kommunen ger föreningen 900 000 kronor.'],
  },
  'debt-takeover-before': {
    per: 'once',
    positive: [
      'Kommunfullmäktige beslutar att kommunen övertar de skulder som klubben har till banken om 4,6 miljoner kronor.',
      'Nämnden föreslår övertagande av föreningens lån på 800 000 kr.',
    ],
    negative: ['Kommunen övertar driften av anläggningen och betalar 300 000 kr per år.', 'Föreningen har skulder till leverantörer.'],
  },
  'loan-before': {
    per: 'once',
    positive: [
      'Föreningen har efterfrågat ett borgensåtagande för ett lån om två miljoner kronor.',
      'Föreningen har ansökt om kommunal borgen för att kunna ta ett banklån på 200 000 kronor.',
      'Arbetsutskottet godkänner att föreningen tar upp ett nytt lån hos banken på 0,8 miljoner kronor.',
    ],
    negative: ['Föreningen tar upp 800 000 kronor.', 'Kommunen ger föreningen ett bidrag om 800 000 kronor per år.'],
  },
  'loan-size-before': {
    per: 'total',
    positive: [
      'Hembygdsföreningen behöver ett lån. Lånet är på drygt 600 000 kronor.',
      'Kommunen ska ta över ett lån från klubben, ett lån som är 2 828 356 kronor stort.',
      'Fullmäktige beviljade föreningen ett räntefritt lån på 20 000 kronor.',
      'Klubben ansöker om ett tioårigt räntefritt lån på 500 000 kronor.',
      'Det rör sig om två lån på sammanlagt 4 370 000 kronor till investeringarna.',
      'Föreningen får ett ränte- och amorteringsfritt lån om 300 000 kronor.',
    ],
    negative: ['Kommunen beviljar lån om 1,2 mkr till föreningen.', 'Föreningen tar upp ett nytt lån hos banken på 0,8 miljoner kronor.', 'Bidraget är på 50 000 kronor.'],
  },
  'guarantee-sum-before': {
    per: 'total',
    positive: [
      'Kommunstyrelsen föreslår fullmäktige att bevilja borgen på 3 240 000 kronor.',
      'Borgensåtagandet föreslås begränsas till ett maxbelopp på just 750 000 kronor.',
      'Golfklubben har ansökt om en kommunal borgen om 3,6 miljoner kronor.',
    ],
    negative: ['Föreningen har efterfrågat ett borgensåtagande för ett lån om två miljoner kronor.', 'Föreningen har ansökt om kommunal borgen för att kunna ta ett banklån på 200 000 kronor.'],
  },
  'guaranteed-loan-after': {
    per: 'total',
    positive: ['amortering ska ske för det lån om 1 525 000 kronor som kommunen gått i borgen för.'],
    negative: ['amortering ska ske för 1 525 000 kronor.', 'Kommunen går i borgen för ett lån om 1 525 000 kronor som föreningen tar upp.'],
  },
  'once-word-before': {
    per: 'once',
    positive: ['ett engångsbidrag på 25 000 kronor.', 'Därtill ges ett engångsbelopp om 60 000 kronor under 2026 för inventarier.'],
    negative: ['Föreningen får ett bidrag om 60 000 kronor under 2026.'],
  },
  'recurring-grant-after': {
    per: 'year',
    positive: ['Jouren får 30 000 kronor i föreningsbidrag.', 'Klubben beviljas 120 000 kr i verksamhetsstöd.'],
    negative: ['Jouren får 30 000 kronor i projektbidrag.', 'Föreningen får 50 000 kronor i engångsbidrag.'],
  },
  'temporary-grant-before': {
    per: 'once',
    positive: ['Det tillfälliga stödet uppgår till nio miljoner kronor.', 'Regionen fördelar extra stöd till studieförbunden med 2 miljoner kronor.'],
    negative: ['Föreningen får ett extra verksamhetsbidrag om 50 000 kronor per år.', 'Stödet uppgår till nio miljoner kronor.'],
  },
  'additional-before': {
    per: 'once',
    positive: ['För detta får Röda Korset ytterligare 300 000 kronor i föreningsbidrag av kommunen.', 'Nämnden ger ett extra tillskott på 200 000 kronor.'],
    negative: [
      'Föreningen får 300 000 kronor.',
      'Kommunen tillför ytterligare medel, totalt 300 000 kronor.',
      'Godkänna klubbens ansökan om räntebidrag med ytterligare 30 tkr till konstgräsplanen.',
      'Nämnden utökar driftbidraget med ytterligare 100 000 kronor.',
    ],
  },
  'once-before': {
    per: 'once',
    positive: ['Nämnden beslutar att bevilja ett stöd om 300.000 kr inom ramen för Särskilt stöd.', 'Nämnden beviljar klubben ett jubileumsbidrag om 8 000 kr.'],
    negative: [
      'Nämnden beviljar stöd med 300 000 kr.',
      'Nämnden beviljar klubben ett verksamhetsbidrag om 80 000 kr.',
      'Kommunen tecknar ett IOP-avtal mellan 1 januari 2022 och 31 december 2024, med finansiering upp till ett maxbelopp på 1,5 miljoner kronor.',
      'Kommunen tecknar ett IOP för 2022–2024 med ett stöd om 900 000 kronor.',
    ],
  },
  'year-sentence': {
    per: 'year',
    positive: [
      'En utökning med 500 tkr skulle innebära en årlig tillförsel av totalt 1,8 miljoner.',
      'Nämnden fördelar 2024 års föreningsbidrag till föreningen med 137 500 kr.',
      'Nämnden beviljar föreningsbidrag för 2025 med 50 000 kr.',
      'Ersättningen för 2026 uppgår till 1 030 000 kronor.',
      'Bland dem som får bidrag för det kommande året finns förbundet som får 4,1 miljoner kronor.',
    ],
    negative: ['Nämnden fördelar bidrag till föreningen med 137 500 kr.', 'Föreningen får bidrag för kommande projekt med 50 000 kr.'],
  },
  'once-sentence': {
    per: 'once',
    positive: ['Beloppet 80 000 kronor betalas ut i en engångsutbetalning.'],
    negative: ['Beloppet 80 000 kronor betalas ut i två delar.'],
  },
  'one-off-kind-sentence': {
    per: 'once',
    positive: ['Projektstöd delades ut till tre föreningar, Strokeföreningen får 13 000 kronor för sitt projekt.'],
    negative: ['Föreningen får projektmedel på 200 000 kronor per år.', 'Föreningen får 50 000 kronor i verksamhetsbidrag och söker projektstöd.'],
  },
  'granted-sentence': {
    per: 'once',
    positive: ['Nämnden beviljar föreningen 50 000 kronor till lägerverksamhet.', 'Föreningen tilldelas 120 000 kr för projektet.'],
    negative: ['Nämnden beviljar föreningen 50 000 kronor per år.', 'Föreningen får 50 000 kronor till lägerverksamhet.'],
  },
  'building-work-sentence': {
    per: 'once',
    positive: ['Bygdegården får 950 000 kronor av kommunen för renoveringsarbeten.', 'Kommunen ger 600.000 kronor i stöd till klubben för ombyggnader av banan.'],
    negative: ['Föreningen får 90 000 kronor per år för driften av den renoverade lokalen.', 'Föreningen får 50 000 kronor och följer kommunens uppförandekod.'],
  },
  'agreement-sentence': {
    per: 'total',
    positive: ['Avtalet omfattar 2 400 000 kronor.', 'Partnerskapet finansieras med 900 000 kronor.'],
    negative: ['Avtalet omfattar 800 000 kronor per år.', 'Föreningen får 900 000 kronor.', 'Nämnden beviljar avtalet 90 000 kronor.'],
  },
};

describe('PER_RULES: how often an amount is paid', () => {
  it('reads a yearly sum and the total that follows it in its own clause', () => {
    const text = 'Regionen finansierar partnerskapet med 1,3 miljoner kronor per år, totalt 5,2 miljoner kronor.';
    expect(findAmountMentions(text).map((m) => [m.sek, m.per?.per])).toEqual([
      [1_300_000, 'year'],
      [5_200_000, 'total'],
    ]);
  });

  it('reads each sum after its own year label, not the next label as the sum before it', () => {
    const text = 'År 2024: 500 000 kr, år 2025: 520 000 kr och år 2026: 540 000 kr.';
    expect(findAmountMentions(text).map((m) => m.per?.name)).toEqual(['year-label-before', 'year-label-before', 'year-label-before']);
  });

  it('has examples for every rule', () => {
    expect(Object.keys(PER_EXAMPLES).sort()).toEqual(PER_RULES.map((r) => r.name).sort());
  });
  for (const rule of PER_RULES) {
    const examples = PER_EXAMPLES[rule.name]!;
    it.each(examples.positive)(`${rule.name} fires: %s`, (text) => {
      expect(findAmountMentions(text)[0]?.per?.name).toBe(rule.name);
      expect(perOf(text)).toBe(examples.per);
    });
    if (examples.negative.length > 0) {
      it.each(examples.negative)(`${rule.name} does not fire: %s`, (text) => {
        expect(findAmountMentions(text)[0]?.per?.name).not.toBe(rule.name);
      });
    }
  }
});

const NOT_AMOUNT_EXAMPLES: Record<string, { positive: string[]; negative: string[] }> = {
  'instalment-before': {
    positive: [
      'Ersättningen är fördelad på fyra utbetalningar à 61 925 kr.',
      'Bidraget betalas ut i två lika stora delbetalningar om 50 000 kronor.',
    ],
    negative: ['Utbetalning om 50 000 kr sker i mars.', 'Ersättningen betalas ut i fyra utbetalningar, totalt 200 000 kr.'],
  },
  'balance-on-date-before': {
    positive: [
      'Kommunens borgensåtagande till föreningen uppgår 2013-12-31 till 3,6 miljoner kronor.',
      'Skulden uppgick per den 31 december 2023 till 450 000 kr.',
    ],
    negative: ['Bidraget uppgår 2025 till 300 000 kronor.', 'Ersättningen uppgår till 450 000 kr per år från 2024-01-01.'],
  },
  'other-total-before': {
    positive: [
      'Nämndens budget uppgår till 450 mnkr.',
      'Föreningens omsättning var 2 miljoner kronor.',
      'Kommunens kostnad för äldreomsorg uppgår till cirka 900 miljoner kronor per år.',
      'Styrelsens budget för lovaktiviteter 2025 är 700 000 kronor.',
      'Det prognostiserade resultatet för 2026 uppgår till -35 miljoner kronor.',
      'Den samlade investeringsbudgeten för 2025 om 60 mnkr ligger fast.',
      'Förvaltningens budget för föreningsfrågor, som för 2025 uppgår \ntill 3,1 miljoner kronor.',
      'Nämndens kostnad för boende för personer med funktionsnedsättning uppgår till 210 mnkr.',
      'Kostnaden ryms inom nämndens ram för föreningsbidrag, som för 2025 är 2,1 miljoner kronor.',
    ],
    negative: [
      'belastar nämndens budget med 400 000 kronor per år.',
      'Arrendeavgiften är 5 000 kronor per år.',
      'Kostnaden för partnerskapet uppgår till 7,2 miljoner kronor.',
      'Kostnaden om 1,1 mnkr per år finansieras inom socialnämndens budgetram.',
      'Inom nämndens budget beviljas ett bidrag om 250 000 kronor.',
      'Programmet för unga är 250 000 kronor.',
    ],
  },
  'budget-frame-before': {
    positive: ['I nämndens ram ingår medel för integrationsinsatser med 2,3 mnkr.'],
    negative: ['Nämnden avsätter 2,3 mnkr för partnerskapet.', 'I nämndens ram ingår partnerskapet med föreningen med 2,3 mnkr.'],
  },
  'comparison-after': {
    positive: ['Utfallet blev 3,4 miljoner kronor sämre än budget.'],
    negative: ['Kommunen bidrar med 3,4 miljoner kronor till verksamheten.'],
  },
  'member-fee-before': {
    positive: ['Skylten informerade om inträdesavgiften på 70 kronor.', 'Föreningen har en årlig medlemsavgift på 200 kronor.', 'Deltagaravgiften är 50 kr.', 'Fullmäktige antar budget 2025 med en skattesats på 22,15 kronor.'],
    negative: ['Arrendeavgiften är 5 000 kronor per år.'],
  },
  'unit-price-after': {
    positive: [
      'Ersättningen är 450 kronor per deltagare.',
      'Ett bad på badplatsen: 70 kronor per dag eller 1000 kronor för ett årskort.',
      'Timpriset är 650 kr/timme.',
      'Skattesatsen är 21,99 kronor per skattekrona.',
      'Bidrag ges med högst 5 000 kronor per arrangemang.',
      'Åtgärderna kan sänka vårdkostnaderna med upp till 200 000 kronor per fall.',
      'Bidraget har ett tak på 250 000 kronor per förening.',
      'Det fasta bidraget är 150 000 kronor per organisation.',
      'Stöd kan betalas ut med max 3 000 kr/aktivitet.',
      'Nämnden betalar ut 3 kronor extra per deltagartillfälle.',
      'Ersättningen till förtroendevalda höjs till 1 200 kr per sammanträde.',
      'Arrendeavgiften höjs från 1:- per odlingsbar kvadratmeter till 1:90 per odlingsbar kvadratmeter.',
    ],
    negative: ['Ersättningen är 450 000 kronor per år.', 'Föreningen får 450 000 kronor per helt år.', 'Föreningen får 450 000 kronor extra per år.', 'Nämnden ger 450 000 kronor till föreningen.'],
  },
  'saving-before': {
    positive: [
      'Det innebär en besparing för kommunen på cirka 2 miljoner kronor per år.',
      'Insatsen bedöms ge samhällsekonomiska vinster på 5 miljoner kronor.',
      'Kostnaden per deltagare beräknas till 45 000 kronor.',
      'Varje deltagare sparar samhället 250 000 kronor.',
      'Ett köp av platser hade kostat kommunen 2 miljoner kronor.',
    ],
    negative: ['Kommunen bidrar med 2 miljoner kronor per år, vilket ger en besparing.', 'Kostnaden för partnerskapet är 400 000 kronor.'],
  },
  'all-recipients-after': {
    positive: [
      'Nämnden betalar ut 12 mnkr i bidrag till samtliga föreningar.',
      'Potten om 2 mnkr fördelas mellan alla sökande.',
      'Kommunen delar varje år ut 25 miljoner kronor till föreningslivet.',
      'För 2008 finns 50 kkr avsatta för övriga folkhälsoprojekt.',
      'Nämnden betalar ut totalt 1 miljon kr extra till föreningar som tappat intäkter.',
      'Regeringen skjuter till 40 miljoner kronor till landets kvinnojourer.',
      'Kulturnämnden har totalt 670 000 kr per år att fördela till avtalsföreningar.',
      'Arbets- och socialnämnden har delat ut 502 800 kronor i bidrag till olika föreningar.',
      'Utskottet beviljade runt tre miljoner kronor till kommunens föreningar.',
    ],
    // Named recipients in the definite plural are parties, not föreningar in general; a counted set may be named after it.
    negative: [
      'Nämnden betalar ut 120 000 kronor till föreningen.',
      'Kommunen ger 500 000 kronor till föreningarna Hjälpen och Stödet.',
      'Kommunen ger 250 000 kronor till föreningen som är känd i föreningslivet.',
      'Totalt beviljades 661 000 kronor till sju föreningar:',
      'Sammanlagt 6,7 miljoner kronor delas ut till sex föreningar.',
      'Teaterföreningen får 60 000 kronor medan övriga kulturföreningar får dela på 90 000 kronor.',
    ],
  },
  'remainder-before': {
    positive: ['Resterande belopp, 110 kkr, kvarstår hos nämnden.', 'Återstående medel på 50 000 kr fördelas senare.'],
    negative: ['Föreningen får resterande del av bidraget, 50 000 kr, i juni.', 'Föreningen beviljas 110 kkr.'],
  },
  'remainder-after': {
    positive: ['Att fördela 100 kkr och att 110 kkr avsätts för senare fördelning av nämnden.'.slice(24), '50 000 kronor kvarstår för senare fördelning.'],
    negative: ['Föreningen får 50 000 kronor för sin verksamhet.', '50 000 kronor fördelas senare till föreningen Hjälpen.'],
  },
  'reserve-before': {
    positive: ['Följande fördelning föreslås:\n- Buffert                 68 kkr', 'Reserv: 50 000 kr', 'Ofördelat 20 000 kronor', 'Kvar till kommunstyrelsens förfogande blir 235 000 kronor.'],
    negative: ['Föreningen Reserven 20 000 kr', 'Kommunen avsätter 50 000 kr som buffert.', 'Föreningen får lokalen till sitt förfogande och 50 000 kronor.'],
  },
  'cost-of-thing-before': {
    positive: ['För föreningen har det kostat 99 924 kronor.', 'Bygdegården renoveras, en investering på 335 000 kr.', 'Kommunen bidrar med 30 % av den totala investeringen på 335 000 kr.', 'Det kostade 40 000 kronor att laga taket.', 'Total kostnad blir över 10 miljoner kronor.', 'Totalt kostnad beräknas bli 10 546 250 kronor.', 'Den totala kostnaden för ombyggnaden uppgår till 4 miljoner kronor.', 'Ombyggnaden kostar tio miljoner kronor.', 'Bara elen till anläggningen kostar runt 200 000 kronor per säsong.', 'Verksamheten kostade 5,5 miljoner kronor.', 'Bygget innebar att kommunens energikostnad ökade med ungefär 50 000 kronor.', 'Bara under 2019 ökade kostnaden med 8 miljoner kronor.'],
    negative: ['Föreningen beviljas ett investeringsbidrag på 100 000 kr.', 'Kostnaden för partnerskapet är 400 000 kronor per år.', 'Kommunen betalar 300 000 kronor för det som föreningen gör.', 'Den totala kostnaden för IOP:n är 1,2 miljoner kronor.', 'Den totala kostnaden för partnerskapet blir 900 000 kronor.', 'Partnerskapet kostar kommunen 500 000 kronor per år.', 'IOP-avtalet har kostat 300 000 kronor.', 'Kostnaden för partnerskapet ökar med 100 000 kronor per år.', 'Bidraget ökar med 100 000 kronor.'],
  },
  'appropriation-change-before': {
    positive: ['Anslaget för stöd till hembygdsföreningar ökas med 145 000 kronor som disponeras ur det egna kapitalet.', 'Ramen för föreningsbidrag utökas 2025 med 500 000 kronor.'],
    negative: ['Bidraget till föreningen höjs med 100 000 kronor.', 'Anslaget till Kvinnojouren ökas med 200 000 kronor.'],
  },
  'grant-frame-before': {
    positive: ['För att ingen ridskola skulle drabbas så höjdes ramen för bidrag till 1 000 000 kronor.', 'Ramen för ridskolebidrag är 800 000 kronor.'],
    negative: ['Ramen för bidraget till föreningen är 200 000 kronor.', 'Inom ramen för avtalet får föreningen 200 000 kronor.'],
  },
  'pot-before': {
    positive: ['Belopp att fördela skulle då totalt bli 422 000 kronor.', 'Medel att fördela är 1,2 miljoner kronor.'],
    negative: ['Medlen fördelas till föreningen med 50 000 kronor.', 'Nämnden har att fördela bidrag och beviljar föreningen 50 000 kronor.'],
  },
  'pot-left-after': {
    positive: ['Efter nämndens beslut i mars finns 81 000 kronor kvar att fördela.', 'Av ramen återstår 200 000 kr att fördela.', 'Det finns 50 000 kronor i ofördelade medel.'],
    negative: ['Föreningen har 50 000 kronor kvar av bidraget.', 'Nämnden fördelar 50 000 kronor till föreningen.'],
  },
  'shared-before': {
    positive: ['37 föreningar får dela på 2 miljoner kronor.', 'Samlingslokalerna får dela på drygt 1 miljon kronor i driftsbidrag.'],
    negative: ['Föreningen delar ut 2 miljoner kronor till sina lokalavdelningar.', 'Kommunen och regionen delar på kostnaden om 2 miljoner kronor.'],
  },
  'shared-by-count-before': {
    positive: ['Totalt fick 79 brottsofferjourer ta del av 21 miljoner kronor i kommunbidrag 2015.', '12 föreningar kan ta del av 600 000 kronor.'],
    negative: ['Föreningen får ta del av 200 000 kronor.', 'Kvinnojouren fick 2019 ta del av 200 000 kronor.', '2019 fick föreningen ta del av 200 000 kronor.'],
  },
  'granted-to-count-before': {
    positive: ['Totalt tilldelades 54 projekt en summa på 9 615 000 kronor.', 'Nämnden beviljade 35 föreningar sammanlagt 2,3 miljoner kronor.'],
    negative: ['2024 fick föreningen 50 000 kronor.', 'Föreningen beviljades 50 000 kronor.', 'Nämnden beviljade föreningen 2,3 miljoner kronor.'],
  },
  'delegation-ceiling-before': {
    positive: ['Arbetsutskottet medges delegation att besluta i ärenden avseende maximalt 50 tkr.', 'Förvaltningen ges rätt att besluta om bidrag upp till 20 000 kronor.'],
    negative: ['Nämnden beslutar att bevilja föreningen 50 000 kronor.', 'Med stöd av delegation beviljas föreningen 50 000 kronor.'],
  },
  'threshold-before': {
    positive: ['Investeringsstöd överstigande 50 kkr från samlingslokalsföreningar.', 'Ansökningar som understiger 10 000 kronor beslutas av förvaltningen.'],
    negative: ['Föreningen beviljas investeringsstöd med 50 kkr.', 'Föreningen får 10 000 kronor, vilket överstiger fjolårets bidrag.'],
  },
  'reduction-before': {
    positive: [
      'Bidraget till Kvinnojouren minskas med en halv miljon kronor.',
      'Stödet sänks med 100 000 kronor.',
      'Kommunen minskar det årliga verksamhetsstödet för bygdegården med 4 000 kronor.',
    ],
    negative: [
      'Bidraget till föreningen höjs med 100 000 kronor.',
      'Kommunen bidrar med 100 000 kronor för att minska ensamheten.',
      'För att minska ensamheten bidrar kommunen med 100 000 kronor.',
    ],
  },
  'many-agreements-before': {
    positive: ['Totalt har kommunen 25 IOP-avtal värda 40 miljoner kronor.', 'I år får 12 föreningar med sammanlagt 600 000 kronor stöd.'],
    negative: ['Kommunen tecknar ett IOP-avtal värt 2,4 miljoner kronor.', 'Föreningen har 35 medlemmar och får 150 800 kronor.', 'Avtalet från 2024 med 300 000 kronor per år förlängs.'],
  },
  'refused-before': {
    positive: ['Nämnden avslår ansökan om 400 000 kronor.', 'Föreningen ska återbetala 50 000 kronor.'],
    negative: ['Nämnden beviljar ansökan om 400 000 kronor.'],
  },
  'refused-after': {
    positive: ['Ett motförslag om 500 000 kronor avslogs.', 'Yrkandet om 450 tkr per år avslås.', 'Föreningen ansökte om 400 000 kronor men fick avslag.'],
    negative: ['Ett förslag om 500 000 kronor bifölls.'],
  },
  'past-decade-before': {
    positive: ['Bidraget har minskat flera gånger, på 80-talet var bidragssumman 500.000 kronor.', 'Under 1990-talet fick föreningen 2 miljoner kronor.'],
    negative: ['Under 2020-talet ska kommunen satsa 2 miljoner kronor.', 'Föreningen har funnits sedan 80-talet. Nu får den 200 000 kronor.'],
  },
  'own-loan-before': {
    positive: ['Klubben tvingades ta ett lån på tre miljoner kronor.', 'Föreningen tog ett banklån om 800 000 kr.'],
    negative: [
      'Korpen har ansökt om kommunal borgen för att kunna ta ett banklån på 200 000 kronor.',
      'Föreningen får ta ett lån från kommunen på 500 000 kronor.',
      'Kommunen beviljar föreningen ett lån på 500 000 kronor.',
    ],
  },
  'class-of-recipients-before': {
    positive: [
      'I dag är det fem Folkets hus-föreningar i olika stadsdelar som förra året fick totalt 905 082 kronor i bidrag.',
      'Pensionärsföreningarna får en kvarts miljon kronor i föreningsbidrag.',
      'Idrottsklubbarna fick totalt 2 miljoner kronor.',
      'Pensionärsorganisationerna som sammanlagt får 1 miljon kronor.',
      'Störst summa går till idrottsföreningarna, 2 275 000 kronor, som nämnden fördelar.',
      'Samt till kulturföreningar och studieförbund som får 1 940 000 kronor.',
    ],
    negative: [
      'Föreningen får 250 000 kronor i föreningsbidrag.',
      'Kvinnojouren får 300 000 kronor.',
      'Bidraget går till föreningen, 250 000 kronor.',
      'Det är föreningen som får 300 000 kronor.',
      'Bland dem finns Örebro läns idrottsförbund som får drygt 4,1 miljoner kronor.',
    ],
  },
  'other-funder-subject-before': {
    positive: ['Länsstyrelsen har beviljat föreningen 400 000 kronor.', 'Arvsfonden ger projektet 1,2 miljoner kronor.', 'Boverket delade ut 300 000 kronor till jouren.'],
    negative: ['Kommunen har beviljat föreningen 400 000 kronor.', 'Vanstastiftelsen ger föreningen 50 000 kronor.', 'Socialnämnden ger föreningen 300 000 kronor.'],
  },
  'other-funder-after': {
    positive: [
      'Föreningen har även fått 200 000 kronor från Allmänna arvsfonden.',
      'Projektet får 1 mnkr i statsbidrag från länsstyrelsen.',
      'Föreningen har fått 1,5 miljoner kronor från Postkodstiftelsen.',
      'Pengarna är en förutsättning för det bidrag på 5 miljoner kronor föreningen beviljats från Allmänna arvsfonden.',
      'Det gäller ett bidrag på 2 miljoner kronor som föreningen har sökt från Arvsfonden.',
    ],
    negative: [
      'Föreningen får 200 000 kronor som kommunen har beviljat från sin budget.',
      'Partnerskapet finansieras med 750 tkr per år från socialnämnden.',
      'Föreningen får 90 000 kronor från kommunen.',
      'Verksamheten får 300 000 kronor från Stiftelsen Hemmet.',
    ],
  },
  'fund-capital-before': {
    positive: ['Fonden förvaltar 5 miljoner kronor.', 'Fondens kapital uppgår till 2 mkr.', 'Stiftelsens tillgångar är 800 000 kronor.'],
    negative: ['Nämnden beviljar föreningen 20 000 kronor ur fonden.', 'Kommunens sociala fond delar ut 50 000 kronor till föreningen.'],
  },
  'fundraising-before': {
    positive: ['Föreningen samlade in 120 000 kronor vid en gala.', 'Insamlingen gav 50 000 kronor.'],
    negative: ['Kommunen samlar verksamheten i ett avtal om 120 000 kronor.', 'Föreningen får 120 000 kronor till insamlingsverksamhet.'],
  },
  'sector-total-before': {
    positive: ['Kommunens totala bidrag till föreningslivet uppgår till 25 miljoner kronor.', 'Stödet till civilsamhället är 3 mnkr per år.'],
    negative: ['Kommunens bidrag till föreningen uppgår till 250 000 kronor.'],
  },
  'scheme-grants-total-before': {
    positive: [
      'Föreningsbidragen uppgår totalt till 2,3 miljoner kronor och fördelas mellan 45 föreningar.',
      'Totalt uppgick bidragen till föreningar under 2023 till 5,6 miljoner kronor.',
      'Kommunens totala föreningsbidrag uppgår till 12 miljoner kronor.',
    ],
    negative: ['Bidraget till föreningen uppgår till 250 000 kronor.', 'Verksamhetsbidragen höjs med 100 000 kronor för föreningen.'],
  },
  'scheme-budget-after': {
    positive: ['I budgeten för 2025 finns 2 mnkr avsatta för föreningsbidrag.', 'Nämnden har 500 000 kronor till föreningsbidrag.'],
    negative: ['Föreningen får 50 000 kronor i föreningsbidrag.', 'Nämnden avsätter 500 000 kronor till föreningen.'],
  },
  'forecast-before': {
    positive: [
      'Prognosen för helår är - 1,6 miljoner kronor.',
      'Nämnden redovisar ett utfall om - 0,3 miljoner kronor per april.',
      'Prognosen för investeringar är ett överskott om + 3,9 miljoner kronor.',
      'De här revideringarna förklarar +8,0 mkr av det prognostiserade överskottet.',
      // A loss, as news pages write it.
      'Förra årets festival gick dock back med 300 000 kronor.', 'Föreningen redovisade en förlust på 80 000 kronor.',
    ],
    negative: [
      'Kommunen bidrar med 1,6 miljoner kronor till föreningen.', '- 500 000 kronor till föreningen för lokalhyra', 'Stödet går tillbaka till 300 000 kronor.',
      // A grant or guarantee that covers a loss is funding.
      'Föreningen beviljas förlustbidrag med 8 000 kronor för turnén.', 'Nämnden lämnar en underskottsgaranti på 50 000 kronor till festivalen.',
    ],
  },
  'price-or-penalty-before': {
    positive: [
      'Kommunen överlåter fastigheten mot en köpeskilling av 2 192 000 kronor.',
      'Yttrande över föreläggande med vite av 75 000 kronor.',
      'Kommunfullmäktige fattade beslut om att sälja till ridklubben för 700 000 kronor.',
    ],
    negative: [
      'Kommunen upplåter fastigheten till föreningen mot ett bidrag om 200 000 kronor.',
      'Föreningen får bidrag för att köpa in material för 20 000 kronor.',
      'Bidraget till föreningens lokalhyra är 50 000 kronor.',
    ],
  },
  'other-funder-granted-before': {
    positive: [
      'Framställning om bidrag har även ingivits till Regionala utvecklingsenheten som beviljat 150 000 kronor.',
      'Föreningen har också sökt medel hos Allmänna arvsfonden, som har beviljat 1,2 miljoner kronor.',
    ],
    negative: [
      'Föreningen har ansökt om bidrag hos kultur- och fritidsnämnden som beviljat 30 000 kronor.',
      'Ansökan till Region Gotland som beviljat 30 000 kronor.',
      'Nämnden beviljar föreningen 150 000 kronor.',
    ],
  },
  'price-or-penalty-after': {
    positive: ['Bolaget ska betala 9 200 000 kronor i vitesersättning till kommunen.'],
    negative: ['Kommunen betalar 9 200 000 kronor i verksamhetsstöd till föreningen.'],
  },
  'range-upper-before': {
    positive: [
      'Föreningen kan beviljas ett bidrag på mellan 200 000 och 300 000 kronor.',
      'Stödet beräknas till mellan 1 och 1,5 miljoner kronor per år.',
      'Ersättningen är 150 000–200 000 kronor per år.',
    ],
    negative: ['För 2025 – 500 000 kronor till föreningen.', 'Beslut KS 2024/123 - 300 000 kronor till föreningen.', 'Bidraget höjs från 200 000 till 300 000 kronor per år.', 'Partnerskapet mellan kommunen och föreningen omfattar 300 000 kronor.'],
  },
  'range-up-to-lead': {
    positive: ['Föreningarna kan söka bidragsbelopp från 2 000 upp till 500 000 kronor.', 'Bidrag ges från 5 000 upp till 50 000 kr.', 'Föreningar kan dela på två miljoner, från bidragsbelopp på 2 000 upp till 500 000 kronor.'],
    negative: ['Kommunen beviljar föreningen ett bidrag på upp till 500 000 kronor.', 'Bidraget höjs från 200 000 till 300 000 kronor.', 'För år 2025 upp till 300 000 kronor till föreningen.'],
  },
  'range-lower-before': {
    positive: ['Bidraget uppgår till mellan 200 000 kr och 300 000 kr per år.'],
    negative: ['Kommunen beviljar föreningen ett bidrag på upp till 500 000 kronor.', 'Överenskommelsen mellan parterna omfattar 500 000 kronor.'],
  },
  'interest-cost-before': {
    positive: ['För 2015 kommer räntekostnaden att uppgå till 19 tkr.', 'Föreningen betalar ränta med 12 000 kronor per år.'],
    negative: ['Föreningen beviljas räntebidrag med ytterligare 30 tkr.', 'Kommunen lämnar ett räntefritt lån på 500 000 kronor.'],
  },
  'interest-cost-after': {
    positive: ['Lånet genererar ytterligare 33 tkr i räntekostnad för föreningen.', 'Föreningen betalar 40 000 kronor i amortering varje år.'],
    negative: ['Föreningen får 33 tkr i räntebidrag.'],
  },
  'own-operation-after': {
    positive: ['Socialnämnden får en utökad budget med 140 000 kronor för att i egen regi driva verksamheten.'],
    negative: ['Föreningen får 140 000 kronor för att driva verksamheten, som kommunen tidigare drev i egen regi.'],
  },
};

describe('NOT_AMOUNT_RULES: money that does not fund the partnership', () => {
  it('has examples for every rule', () => {
    expect(Object.keys(NOT_AMOUNT_EXAMPLES).sort()).toEqual(NOT_AMOUNT_RULES.map((r) => r.name).sort());
  });
  for (const [name, examples] of Object.entries(NOT_AMOUNT_EXAMPLES)) {
    it.each(examples.positive)(`${name} excludes: %s`, (text) => expect(sekIn(text)).toEqual([]));
    const needs = NOT_AMOUNT_RULES.find((r) => r.name === name)?.needs;
    if (needs) it.each(examples.positive)(`${name} finds the words it needs in: %s`, (text) => expect(needs.test(text)).toBe(true));
    it.each(examples.negative)(`${name} keeps: %s`, (text) => expect(sekIn(text)).toHaveLength(1));
  }
});

describe('a clause of its own after an excluded sum', () => {
  it('gives its sum to a recipient, not to the excluded whole', () => {
    expect(sekIn('Nämndens budget för 2025 är 45 miljoner kronor och föreningen får 200 000 kronor.')).toEqual([200_000]);
    expect(sekIn('Budgeten är 350 000 kronor, varav 212 000 kronor återstår.')).toEqual([]);
  });
});

describe('an instalment gives way to the sum it is part of', () => {
  it('keeps the whole and drops its instalments', () => {
    expect(sekIn('Socialtjänsten utger ersättning med totalt 247 700 kr, fördelat på fyra utbetalningar à 61 925 kr.')).toEqual([247_700]);
  });
});

describe('money asked for or of the past gives way to money granted now', () => {
  it('drops a requested sum beside a granted one, and keeps it when it is the only sum', () => {
    expect(sekIn('Föreningen ansökte om 600 000 kronor men nämnden beviljar 400 000 kronor.')).toEqual([400_000]);
    expect(sekIn('Föreningen sökte 2.148.924 kronor och fick 2 150 000 kronor.')).toEqual([2_150_000]);
    expect(sekIn('Föreningen ansöker om 350 000 kronor i verksamhetsbidrag.')).toEqual([350_000]);
    // The words that say it was asked for may follow the sum.
    expect(sekIn('Föreningen får 300 000 kronor av de 500 000 kronor som föreningen ansökt om.')).toEqual([300_000]);
    expect(sekIn('Föreningen fick 300 000 kronor, mindre än de 500 000 kronor man sökt.')).toEqual([300_000]);
    expect(sekIn('Föreningen får de 50 000 kronor den ansökt om.')).toEqual([50_000]);
    expect(sekIn('Kommunen ger 100 000 kronor. Föreningen har fått 500 000 kronor som den sökt från Allmänna arvsfonden.')).toEqual([100_000]);
    expect(sekIn('Sökt belopp: 450 000 kr. Beviljat belopp: 300 000 kr.')).toEqual([300_000]);
    expect(sekIn('Den sökta summan är 1 500 000 kronor. Förvaltningen föreslår 1 000 000 kronor.')).toEqual([1_000_000]);
  });

  it('drops the parts of a requested or past sum with it, not a part granted in a clause of its own', () => {
    expect(sekIn('Föreningen ansöker om 500 000 kronor, varav 200 000 kronor till lokalhyra. Nämnden beviljar 300 000 kronor.')).toEqual([300_000]);
    expect(sekIn('Kostnaden 2017 var 340 000 kronor, varav hyra 200 000 kronor. Nu föreslås ett bidrag på 250 000 kronor.')).toEqual([250_000]);
    // Near misses: a part of a sum granted now stays, and so does a part the clause gives someone.
    expect(sekIn('Nämnden beviljar 500 000 kronor, varav 200 000 kronor till lokalhyra.')).toEqual([500_000, 200_000]);
    expect(sekIn('Föreningen ansökte om 500 000 kronor och får 300 000 kronor.')).toEqual([300_000]);
  });

  it('a granting word after the request makes the sum granted: "Ansökan beviljas med …"', () => {
    expect(sekIn('Föreningens ansökan beviljas med 300 000 kronor. Föreningen ansökte om 400 000 kronor.')).toEqual([300_000]);
    expect(sekIn('Föreningen har sökt och beviljats 250 000 kronor. Tidigare har föreningen fått 200 000 kronor.')).toEqual([250_000]);
  });

  it('a granting word before the request makes the sum granted: "Godkänna … ansökan om … med …"', () => {
    expect(sekIn('Godkänna att kommunen beviljar lån om 1,2 mkr till föreningen. Godkänna föreningens ansökan om räntebidrag med 35 tkr.')).toEqual([1_200_000, 35_000]);
    expect(sekIn('Kommunen ger 100 000 kronor i driftbidrag. Nämnden beslutar att bevilja klubbens ansökan om investeringsbidrag på 50 000 kronor.')).toEqual([100_000, 50_000]);
    expect(sekIn('Kommunen ger 100 000 kronor i driftbidrag. Nämnden bifaller ansökan om 20 000 kr.')).toEqual([100_000, 20_000]);
    // Near misses: a request denied, or one merely received, stays a request beside a granted sum.
    expect(sekIn('Kommunen ger 100 000 kronor i driftbidrag. Nämnden godkänner inte ansökan om 20 000 kr.')).toEqual([100_000]);
    expect(sekIn('Kommunen ger 100 000 kronor i driftbidrag. Föreningen har lämnat in en ansökan om 20 000 kr.')).toEqual([100_000]);
  });

  it('drops a sum its clause puts in the past, not one that replaces a past grant', () => {
    expect(sekIn('Tidigare år har föreningen fått 180 000 kronor per år. Nu föreslås 250 000 kronor per år.')).toEqual([250_000]);
    expect(sekIn('Föreningen har sedan 2019 fått föreningsbidrag om 300 000 kronor per år. Nu föreslås 1,2 miljoner kronor per år.')).toEqual([1_200_000]);
    expect(sekIn('Kommunen ersätter 650 000 kr per år. En ersättning på 350 000 kr per år ersätter det tidigare föreningsbidraget.')).toEqual([650_000, 350_000]);
    expect(sekIn('Föreningen vill återgå till den nivå som gällde 2003–2005, nämligen 180 kkr/år. Nämnden beviljar 170 kkr/år.')).toEqual([170_000]);
    expect(sekIn('Kvinnojouren får 300 000 kronor i år. Kvinnojouren fick i fjol 150 000 kronor.')).toEqual([300_000]);
    // A past word inside a relative clause dates something else: the sum stays beside another.
    expect(sekIn('Stödet blir 6 000 kronor. För klubbhuset, som föreningen sedan tidigare äger, får de ett årligt bidrag på 40 000 kronor.')).toEqual([6_000, 40_000]);
    expect(sekIn('Stödet blir 6 000 kronor. För klubbhuset får de, som tidigare, ett årligt bidrag på 40 000 kronor.')).toEqual([6_000, 40_000]);
    expect(sekIn('Stödet blir 6 000 kronor. Tidigare fick föreningen, som äger klubbhuset, 40 000 kronor.')).toEqual([6_000]);
    // The agreement in force is the one being replaced; alone, its sum stays.
    expect(sekIn('Enligt nu gällande avtal har föreningen ett stöd på 65 000 kr. Föreningen erhåller driftbidrag med 68 000 kr/år.')).toEqual([68_000]);
    expect(sekIn('Enligt nu gällande avtal har föreningen ett stöd på 65 000 kr.')).toEqual([65_000]);
    // A loan the kommun already stands surety for, beside the new one.
    expect(sekIn('Staden går i borgen för ett lån om sex miljoner kronor. Staden har redan gått i borgen för ett lån om åtta miljoner kronor.')).toEqual([6_000_000]);
    expect(sekIn('Redan i år får föreningen 300 000 kronor. Nästa år får den 400 000 kronor.')).toEqual([300_000, 400_000]);
    // What the organisation has had, beside the new grant; alone it stays.
    expect(sekIn('Ridklubben har haft avtalsreglerat driftbidrag på 20 000 kronor/år under tre år. Ridklubben beviljas 30 000 kronor/år.')).toEqual([30_000]);
    expect(sekIn('Ridklubben har haft driftbidrag på 20 000 kronor per år.')).toEqual([20_000]);
    expect(sekIn('MKU har under två år haft avtalsreglerat bidrag på 40 000kronor/år. MKU erhåller ett årligt bidrag på 50 000 kronor under tre år.')).toEqual([50_000]);
  });

  it('a sum of the present takes the periodicity its own past mention stated', () => {
    const found = findAmountMentions('Ridklubben får 400 000 kronor i bidrag av nämnden. Kommunen skrev redan 2014 ett avtal som innebar att föreningen även då fick 400 000 kronor årligen.');
    expect(found.map((m) => [m.sek, m.per?.per])).toEqual([[400_000, 'year']]);
    // A sum that states its own periodicity keeps it.
    expect(findAmountMentions('Ridklubben får 400 000 kronor i engångsbidrag. Tidigare fick föreningen 400 000 kronor årligen.').map((m) => m.per?.per)).toEqual(['once']);
  });

  it('a sum excluded where the text says what it is stays excluded where it is named again without words of its own', () => {
    expect(sekIn('905 082 kronor i bidrag\nI dag är det fem föreningar i olika stadsdelar som förra året fick totalt 905 082 kronor i bidrag.')).toEqual([]);
    expect(sekIn('Kvinnojouren får 300 000 kronor.\nNämndens budget uppgår till 300 000 kronor.')).toEqual([300_000]);
  });

  it('a number written in full before "miljoner" is a slip of the pen, not millions of millions', () => {
    expect(sekIn('Kommunen bidrar med 2 263 875 miljoner kronor och föreningen med 900 000 kronor.')).toEqual([2_263_875, 900_000]);
    expect(sekIn('Föreningen får 15 miljoner kronor.')).toEqual([15_000_000]);
    expect(sekIn('Föreningen får 2,5 miljoner kronor.')).toEqual([2_500_000]);
  });

  it('CLAUSE_YEAR: a sum whose clause names only years over by the page\'s date, and grants nothing now, gives way to money of the present', () => {
    const page = 'Sammanträdesdatum 2002-03-27\n\n';
    expect(sekIn(`${page}Klubben har för åren 1998–2000 ett avtalsreglerat bidrag på 60 000 kronor, för 2001 har de erhållit bidrag med 20 000 kronor. Föreningen beviljas 35 000 kronor för år 2002.`)).toEqual([35_000]);
    // A grant decided now for a year gone by, or a page with no date of its own, keeps its sum.
    expect(sekIn(`${page}För 2001 beviljas föreningen 20 000 kronor. Föreningen beviljas 35 000 kronor för år 2002.`)).toEqual([20_000, 35_000]);
    expect(sekIn('Klubben har för åren 1998–2000 ett bidrag på 60 000 kronor. Föreningen beviljas 35 000 kronor för år 2002.')).toEqual([60_000, 35_000]);
    // A year that dates the decision before a present verb of funding: the sum is paid now.
    const meeting = 'Möte 2024-12-17\n\n';
    expect(sekIn(`${meeting}Nämnden beslutade i september 2022 att regionen medfinansierar föreningen med totalt 446 743 kronor under perioden 2023-2027. Medlen betalas ut med 89 349 kronor per år.`)).toEqual([446_743, 89_349]);
    expect(sekIn(`${meeting}Nämnden beslutade i september 2022 att föreningen hade 446 743 kronor. Medlen betalas ut med 89 349 kronor per år.`)).toEqual([89_349]);
  });
  it('PAST_YEAR_MONEY: drops a sum a year and a past verb of receiving or paying put in that year, beside money of the present', () => {
    expect(sekIn('Under 2022 fick föreningen 200 000 kronor. Nämnden beviljar 250 000 kronor för 2024.')).toEqual([250_000]);
    expect(sekIn('År 2021 fick föreningen 150 000 kronor. För 2024 föreslås 250 000 kronor.')).toEqual([250_000]);
    expect(sekIn('Föreningen erhöll 2023 ett bidrag om 180 000 kronor. Kommunen bidrar nu med 300 000 kronor per år.')).toEqual([300_000]);
    expect(sekIn('Bidraget 2023 var 180 000 kronor. Kommunen bidrar med 300 000 kronor per år 2024–2026.')).toEqual([300_000]);
    // Not the agreement's own years, not a present verb, not a protocol's decision; alone, a past sum stays.
    expect(sekIn('Under 2022–2024 fick föreningen 200 000 kronor per år, totalt 600 000 kronor.')).toEqual([200_000, 600_000]);
    expect(sekIn('För 2024 får föreningen 200 000 kronor. Regionen bidrar med 100 000 kronor.')).toEqual([200_000, 100_000]);
    expect(sekIn('Nämnden beviljade 2024-03-12 föreningen 200 000 kronor. Regionen bidrar med 100 000 kronor.')).toEqual([200_000, 100_000]);
    expect(sekIn('Under 2022 fick föreningen 200 000 kronor.')).toEqual([200_000]);
    expect(
      sekIn('Finansieringen ligger på 140 000 kronor/år. Bidraget kommer från driftbudgeten (år 2020) och betalades ut som en klumpsumma på 420 000 kr.'),
    ).toEqual([140_000, 420_000]);
  });

  it('CHANGED_FROM_BEFORE: drops the level a sum is raised or lowered from, beside the new level', () => {
    expect(sekIn('Bidraget till föreningen höjs från 500 000 kronor till 600 000 kronor.')).toEqual([600_000]);
    expect(sekIn('Nämnden beslutar att höja bidraget till föreningen från 400 000 kronor till 450 000 kronor per år.')).toEqual([450_000]);
    expect(sekIn('Ersättningen sänks från 2 mkr till 1,5 mkr.')).toEqual([1_500_000]);
    // Not a payer or a start named with "från".
    expect(sekIn('Föreningen får 300 000 kronor från kommunen. Från 2025 får föreningen 200 000 kronor.')).toEqual([300_000, 200_000]);
  });

  it('the forms kommuner and regioner write money in', () => {
    expect(findAmountMentions('Kommunen bidrar med 1,5 mnkr till föreningen.').map((m) => m.sek)).toEqual([1_500_000]);
    expect(sekIn('Nämnden beviljar 1 500 tkr till föreningen.')).toEqual([1_500_000]);
    expect(sekIn('Kommunen betalar 1.500.000 kr till föreningen.')).toEqual([1_500_000]);
    expect(sekIn('Kommunen betalar 500 000:- till föreningen.')).toEqual([500_000]);
    expect(sekIn('Ersättning utgår med kr 50 000 till föreningen.')).toEqual([50_000]);
    expect(sekIn('Ersättning utgår med SEK 200 000 till föreningen.')).toEqual([200_000]);
    expect(perOf('Föreningen erhåller 50 tkr årligen.')).toBe('year');
    expect(sekIn('Nämnden beviljar ett bidrag om 200 000 kronor till Föreningen Exempel.')).toEqual([200_000]);
    expect(perOf('Kommunen stödjer föreningen med ett belopp på 75 000 kr per år.')).toBe('year');
    expect(perOf('Bidraget uppgår till 1,2 miljoner kronor per år.')).toBe('year');
    expect(perOf('Kommunen bidrar med totalt 3 miljoner kronor under avtalsperioden.')).toBe('total');
    expect(perOf('Föreningen beviljas ett engångsbidrag på 40 000 kr.')).toBe('once');
    expect(findAmountMentions('Kommunen bidrar med 150 000 kronor per år, totalt 450 000 kronor för 2025–2027.').map((m) => m.per?.per)).toEqual(['year', 'total']);
    // SCHEMA has no monthly periodicity: the sum as written, its periodicity unknown (month-after), not multiplied by twelve.
    expect(findAmountMentions('Föreningen får ersättning med 25 000 kr per månad.').map((m) => [m.sek, m.per?.per])).toEqual([[25_000, 'unknown']]);
    // Numbers that are not money.
    expect(sekIn('Föreningen Exempel, org.nr 802000-1234, bankgiro 123-4567, tel 08-123 45 67. Kommunen bidrar med 100 000 kr.')).toEqual([100_000]);
    expect(sekIn('Föreningen har ansökt om 300 000 kronor. Nämnden beviljar 200 000 kronor.')).toEqual([200_000]);
  });

  it('PAST_MONEY_AFTER: drops a sum the past year named right after it puts in the past', () => {
    expect(sekIn('Brottsofferjouren lär få 55 000 kronor mot 50 000 kronor i fjol.')).toEqual([55_000]);
    // The end of the arrangement the sum belonged to puts it in the past too; an end ahead does not.
    expect(sekIn('Det fasta årliga bidraget på 100 000 kronor/år upphörde vid årsskiftet. Nu föreslås ett bidrag på 110 000 kronor per år.')).toEqual([110_000]);
    expect(sekIn('Föreningen får 200 000 kronor per år tills avtalet går ut. Därtill får den 50 000 kronor i startbidrag.')).toEqual([200_000, 50_000]);
    expect(sekIn('Bidraget höjs till 200 000 kronor, 155 000 kronor förra året.')).toEqual([200_000]);
    // Not the present year, nor a grant for last year's operation paid now; alone, a past sum stays.
    expect(sekIn('Föreningen får 55 000 kronor i år och 60 000 kronor nästa år.')).toEqual([55_000, 60_000]);
    expect(sekIn('Föreningen får 50 000 kronor för föregående års verksamhet.')).toEqual([50_000]);
    expect(sekIn('Föreningen fick 50 000 kronor i fjol.')).toEqual([50_000]);
    // A sum granted before, named after the new one.
    expect(sekIn('Nämnden beviljar lån om ytterligare 1,1 mkr utöver de 1,5 mkr som beviljats tidigare.')).toEqual([1_100_000]);
    expect(sekIn('Nämnden beviljar 1,1 mkr som betalas ut tidigare än planerat.')).toEqual([1_100_000]);
  });
});

describe('BARE_RECEIVED_MONEY: a grouped sum received, beside money written out', () => {
  it('reads the sum without its own currency', () => {
    expect(sekIn('Föräldrar mot narkotika erhöll 45 000 och KRIS erhöll 63 400 kronor.')).toEqual([45_000, 63_400]);
    expect(sekIn('Föreningen A fick 120 000, föreningen B fick 80 000 kronor.')).toEqual([120_000, 80_000]);
    expect(sekIn('Nämnden beviljar 200 000 kronor. Föreningen B tilldelas ett bidrag på 35 000 i verksamhetsbidrag.')).toEqual([200_000, 35_000]);
  });
  it('not a count, nor a text that names no money, nor a year or a decimal', () => {
    expect(sekIn('Föreningen fick 45 000 besökare och 300 000 kronor i bidrag.')).toEqual([300_000]);
    expect(sekIn('Föreningen erhöll 1 200 ansökningar.')).toEqual([]);
    expect(sekIn('Föreningen fick 45 000 och KRIS fick 63 400.')).toEqual([]);
    expect(sekIn('Föreningen får 2025 och 300 000 kronor.')).toEqual([300_000]);
  });
});

describe('DISTRIBUTION: the parts of a broken-down sum are paid as often as the whole', () => {
  const pers = (text: string) => findAmountMentions(text).map((m) => [m.sek, m.per?.per ?? 'unknown']);
  it('a part with no periodicity of its own takes the whole one', () => {
    expect(pers('Nämnden beviljar totalt 1 200 000 kronor per år. Medlen fördelas enligt följande:\nFörening A 400 000 kronor.\nFörening B 800 000 kronor.')).toEqual([
      [1_200_000, 'year'],
      [400_000, 'year'],
      [800_000, 'year'],
    ]);
    expect(pers('Sammanlagt 6,7 miljoner kommer att delas ut. Se hur de 6,7 miljonerna fördelades:\n\nFörening A 1 378 000 kronor.\n\nFörening B 324 000 kronor.')).toEqual([
      [6_700_000, 'total'],
      [1_378_000, 'total'],
      [324_000, 'total'],
    ]);
  });
  it('GRANT_YEAR_BREAKDOWN: where no whole states one, the parts of a grant named with its one year are yearly', () => {
    expect(pers('Verksamhetsstöd för 2008 till sociala föreningar. Budgetramen är 520 kkr. Följande fördelning föreslås:\n- Förening A 40 kkr\n- Förening B 35 kkr')).toEqual([
      [40_000, 'year'],
      [35_000, 'year'],
    ]);
    expect(pers('Nämnden beslutar att fördela föreningsbidrag år 2021 enligt följande: Förening A 15 000 kronor, Förening B 5 000 kronor.')).toEqual([
      [15_000, 'year'],
      [5_000, 'year'],
    ]);
    // No grant year, or a range of years: the parts say nothing of how often.
    expect(pers('Medlen fördelas enligt följande:\n- Förening A 40 kkr')).toEqual([[40_000, 'unknown']]);
    expect(pers('Projektstöd för 2022-2024 fördelas enligt följande:\n- Förening A 40 kkr')).toEqual([[40_000, 'unknown']]);
  });
  it('ANNUAL_GRANT_EARLIER: a sum nothing else reads is yearly when the text just before names the grant as yearly', () => {
    expect(perOf('Nämnden har beslutat att höja det årliga bidraget till jouren. Det innebär att jouren nu får 600 000 kronor till sin verksamhet.')).toBe('year');
    expect(perOf('Föreningen har ett verksamhetsstöd som betalas ut årligen. Nu får föreningen 90 000 kronor.')).toBe('year');
    expect(findAmountMentions('Förslaget gäller föreningsbidrag under 2015. Hembygdsföreningen får 100 000 kronor.')[0]?.per?.per).toBe('year');
    expect(findAmountMentions('Förslaget gäller föreningsbidrag under 2015–2017. Hembygdsföreningen får 100 000 kronor.')[0]?.per?.per).toBeUndefined();
    expect(findAmountMentions('Utskottet fördelade årets verksamhetsbidrag till stödföreningarna.\n\nFöreningen A 15 000 kronor')[0]?.per?.per).toBe('year');
    expect(findAmountMentions('Nu är årets fördelning avgjord. Teatern får 565 000 kronor.')[0]?.per?.per).toBe('year');
    expect(findAmountMentions('Utskottet fördelade årets investeringsbidrag till föreningarna.\n\nFöreningen A 15 000 kronor')[0]?.per?.per).not.toBe('year');
    // Its own words outweigh it; without a yearly grant named before, nothing is read.
    expect(perOf('Föreningen har ett årligt bidrag. Nu får föreningen 90 000 kronor i engångsstöd.')).toBe('once');
    expect(perOf('Det innebär att jouren nu får 600 000 kronor till sin verksamhet.')).toBe('unknown');
  });
  it('GRANT_KIND_IN_TEXT: a sum nothing else reads is yearly where the text names its grant as yearly by its kind or its one year', () => {
    expect(perOf('Mest får Teaterföreningen (90 000 kronor).\n\nTolv föreningar sökte verksamhetsbidrag hos stadsdelsförvaltningen.')).toBe('year');
    expect(perOf('Mest får Bygdegården med 120 000 kronor.\n\nBygdegården fick mest i bidrag från kommunen för år 2024.')).toBe('year');
    expect(perOf('Nämnden beviljar bidrag till samlingslokaler 2024 enligt nedan:\n\nFolkets hus 45 000 kr')).toBe('year');
    // A range of years, a one-off kind, a year the funding has run since, or no grant named: nothing is read.
    expect(perOf('Mest får Teaterföreningen (90 000 kronor). Det gäller föreningsbidrag under 2015–2017.')).toBe('unknown');
    expect(perOf('Mest får Teaterföreningen (90 000 kronor). Det gäller projektbidrag för 2024.')).toBe('unknown');
    expect(perOf('Föreningen får 90 000 kronor. Kommunen har bidragit till sedan 2008.')).toBe('unknown');
    expect(perOf('Mest får Teaterföreningen (90 000 kronor).')).toBe('unknown');
    expect(perOf('Mest får Teaterföreningen (90 000 kronor) för sitt verksamhetsstödjande arbete.')).toBe('unknown');
    // The sum's own words outweigh it.
    expect(perOf('Föreningen får 90 000 kronor i engångsstöd. Övriga får verksamhetsbidrag.')).toBe('once');
  });
  it('BUILDING_WORK_EARLIER: a sum nothing else reads is paid once when the text just before names building work as its purpose', () => {
    expect(perOf('Föreningen har fått ett anläggningsbidrag för folkets hus. Det gör att vi kan börja. Bidraget är på 25 000 kr.')).toBe('once');
    expect(perOf('Vi har lämnat in slutredovisningen för upprustningen av hembygdsgården. Kommunen har bidragit med 50 000 kronor.')).toBe('once');
    // A yearly grant named before, or the sum's own words, outweigh it.
    expect(perOf('Lokalen renoverades 2019. Föreningen har ett årligt bidrag. Nu får föreningen 90 000 kronor.')).toBe('year');
    expect(perOf('Lokalen renoverades 2019. Nu får föreningen 90 000 kronor per år.')).toBe('year');
    expect(perOf('Föreningen följer kommunens uppförandekod. Kommunen har bidragit med 50 000 kronor.')).toBe('unknown');
  });
  it('LIST_NEXT_LINE: the lines of a list under a yearly grant named once above it are yearly, however long the list', () => {
    const filler = 'Här är föreningarna och hur mycket pengar det handlar om, enligt förslaget som nu ska beredas vidare i nämnden. '.repeat(3);
    const rows = Array.from({ length: 12 }, (_, i) => `  • Förening ${String.fromCharCode(65 + i)} – ${i + 1}0.000 kronor`).join('\n');
    const listed = findAmountMentions(`De riskerar att bli av med sina årliga verksamhetsbidrag. ${filler}\n\n${rows}`);
    expect(listed).toHaveLength(12);
    expect(listed.every((m) => m.per?.per === 'year')).toBe(true);
    // A blank line ends the list: a sum in the next paragraph is prose again, as is a new sentence on the same line.
    const far = `Föreningen har ett årligt bidrag.\n  • Förening A – 10.000 kronor\n\n${filler}${filler}Föreningen B får 20.000 kronor.`;
    expect(findAmountMentions(far).map((m) => m.per?.per)).toEqual(['year', undefined]);
    expect(LIST_NEXT_LINE.test('\n  • Spelhobbyförbundet Norrbotten – ')).toBe(true);
    expect(LIST_NEXT_LINE.test('.\n\nFöreningen B får ')).toBe(false);
    expect(LIST_NEXT_LINE.test('. Det är mer än i fjol. Föreningen B får ')).toBe(false);
  });
  it('ONE_YEAR_VALUE_RULES: what an agreement of one calendar year is worth is that year\'s sum', () => {
    const perOfDoc = (text: string) => extractAmounts(DocText.fromString(text), { docType: { value: 'annat', confidence: 1, needsReview: false, evidence: [] }, parties: { ideburna: [], offentliga: [], organ: [], aliases: new Map() } } as never).map((f) => f.value.per);
    expect(perOfDoc('Kommunen ingår ett IOP-avtal värt 200 000 kronor med föreningen, vars verksamhet därmed är säkrad för 2021.')).toEqual(['year']);
    // A longer term, or a total that says it adds up, stays the whole period's.
    expect(perOfDoc('Kommunen ingår ett IOP-avtal värt 600 000 kronor med föreningen för 2021–2023.')).toEqual(['total']);
    expect(perOfDoc('Avtalet gäller 2021. Kommunen betalar totalt 200 000 kronor enligt avtalet.')).toEqual(['total']);
    expect(perOfDoc('Kommunen ingår ett IOP-avtal värt 200 000 kronor med föreningen.')).toEqual(['total']);
  });
  it('ONCE_GRANT_BREAKDOWN: where no whole states one, the parts of an investment or one-off grant are paid once', () => {
    expect(pers('Ansökningar om investeringsstöd från samlingslokalsföreningar 2007. Avdelningen föreslår följande fördelning:\n- Förening A 12 kkr\n- Förening B 100 kkr')).toEqual([
      [12_000, 'once'],
      [100_000, 'once'],
    ]);
    // An investment grant paid every year says so; then the year's grant is yearly.
    expect(pers('Investeringsbidrag för 2008, utbetalt per år. Följande fördelning föreslås:\n- Förening A 40 kkr')).toEqual([[40_000, 'year']]);
  });
  it('perInText: a piece of the text read alone takes the periodicity the whole text reads for its sum', () => {
    const text = 'Sammanlagt 6,7 miljoner kommer att delas ut. Se hur de 6,7 miljonerna fördelades:\n\nFörening A 1 378 000 kronor.\n\nFörening B 324 000 kronor.';
    const at = text.indexOf('324 000');
    expect(perInText(text, at, at + '324 000 kronor'.length)).toBe('total');
    // No sum there, or none the text reads a periodicity for.
    expect(perInText(text, text.indexOf('Se hur'), text.indexOf('Se hur') + 6)).toBeNull();
    expect(perInText('Förening A 40 000 kronor.', 11, 24)).toBeNull();
    // The text's own yearly grant (GRANT_KIND_IN_TEXT) reads no cell's sum: the cell's column says more.
    const round = 'Verksamhetsbidrag till föreningarna.\n\nFörening A 40 000 kronor';
    expect(findAmountMentions(round)[0]?.per?.per).toBe('year');
    expect(perInText(round, round.indexOf('40 000'), round.length)).toBeNull();
  });
  it('GRANTED_BREAKDOWN: where nothing else says, the parts a lead-in grants are paid once', () => {
    expect(pers('Fritidsavdelningen föreslår fördelning av medlen.\n • Följande föreningar beviljas bidrag\n\n  Förening A, renovering\n\n  40 000 kr\n\n  Förening B, fönster\n\n  8 000 kr')).toEqual([
      [40_000, 'once'],
      [8_000, 'once'],
    ]);
    // A grant year named before outweighs it; a lead-in that grants nothing reads nothing.
    expect(pers('Föreningsbidrag för 2024. Följande fördelning föreslås. Föreningarna beviljas:\n- Förening A 40 kkr')).toEqual([[40_000, 'year']]);
    expect(pers('Medlen fördelas enligt följande:\n- Förening A 40 kkr')).toEqual([[40_000, 'unknown']]);
  });
  it('leaves sums alone that no distribution word introduces, or that stand far after the breakdown', () => {
    expect(pers('Kommunen bidrar med 3 mnkr totalt. Föreningen får 200 000 kronor i startbidrag.')).toEqual([
      [3_000_000, 'total'],
      [200_000, 'once'],
    ]);
    const far = 'Medlen fördelas enligt följande: Förening A 400 000 kronor. ' + 'Föreningen har verksamhet i hela kommunen och når många unga. '.repeat(3) + 'Hyran är 90 000 kronor.';
    expect(pers('Nämnden beviljar 1 200 000 kronor per år. ' + far)).toEqual([
      [1_200_000, 'year'],
      [400_000, 'year'],
      [90_000, 'unknown'],
    ]);
    expect(pers('Regionen bidrar med 1 350 000 kronor fördelat på tre år. Föreningen får 450 000 kronor.')).toEqual([
      [1_350_000, 'total'],
      [450_000, 'unknown'],
    ]);
  });
});

describe('money excluded by the sum or the funder before it', () => {
  it('BREAKDOWN: the parts of an excluded budget are excluded, parts naming a party are kept', () => {
    expect(sekIn('Nämndens budget för fritidsverksamhet 2025 är 4 mnkr, varav 1,2 mnkr avser lokaler.')).toEqual([]);
    expect(sekIn('Styrelsens budget för kultur 2025 är 900 000 kronor samt 50 000 kronor i reserv.')).toEqual([]);
    expect(sekIn('Partnerskapet får 900 000 kronor, varav 300 000 kronor avser lokaler.')).toEqual([900_000, 300_000]);
    expect(sekIn('Föreningens totala budget för verksamheten är 1,2 miljoner kronor, varav kommunens del utgör 300 000 kronor.')).toEqual([300_000]);
    expect(sekIn('Projektets budget är 3 mnkr och finansieras med 1 mnkr från kommunen och 2 mnkr från Arvsfonden.')).toEqual([1_000_000]);
  });

  it('THIRD_PARTY_FUNDER: money from a funder that is not a party is another matter', () => {
    expect(sekIn('Föreningen driver också ett projekt med finansiering från Postkodstiftelsen om 800 000 kronor.')).toEqual([]);
    expect(sekIn('Föreningen får bidrag från Socialstyrelsen med 1,2 miljoner kronor.')).toEqual([]);
    expect(sekIn('Föreningen får finansiering med 800 000 kronor per år.')).toEqual([800_000]);
    expect(sekIn('Föreningen får stöd från socialnämnden om 800 000 kronor per år.')).toEqual([800_000]);
    // A funder that gives "also", beside the partnership's money, unless it is a public body or a party.
    expect(sekIn('Bidraget förutsätter att även Idrottsförbundet stöttar projektet med 400.000 kronor.')).toEqual([]);
    expect(sekIn('Idrottslyftet har också beviljat 400 000 kr till projektet.')).toEqual([]);
    expect(sekIn('Regionen har också beviljat 400 000 kr till projektet.')).toEqual([400_000]);
    expect(sekIn('Även kommunen bidrar med 400 000 kr.')).toEqual([400_000]);
    expect(sekIn('Föreningen får också 400 000 kr.')).toEqual([400_000]);
  });
});

describe('WHOLE_OF_YEARLY_PARTS, WHOLE_OF_ONCE_PARTS: a sum followed by the parts it adds up to', () => {
  const pers = (text: string) => findAmountMentions(text).map((m) => [m.sek, m.per?.name ?? null]);
  it('is the total of parts each of their own year', () => {
    expect(pers('Kultur- och fritidsnämnden bidrar med 150 000 kronor. Föreningen får 75 000 kronor under 2014 och 75 000 kronor under 2015.')[0]).toEqual([150_000, 'whole-of-yearly-parts']);
  });
  it('is paid once when each part is paid once, whatever its "totalt" says', () => {
    expect(pers('Nämnden beviljade lägerverksamheten totalt 60 000 kr. 30 000 kr i inkluderingsbidrag och 30 000 kr i projektstöd.')[0]).toEqual([60_000, 'whole-of-once-parts']);
  });
  it('keeps its own sure words, and reads nothing from parts that do not add up to it or name fewer years', () => {
    expect(pers('Föreningen får 150 000 kronor per år. Av dessa går 75 000 kronor under 2014 och 75 000 kronor under 2015.')[0]).toEqual([150_000, 'year-after']);
    expect(pers('Föreningen får 150 000 kronor. Hyran är 75 000 kronor under 2014 och 50 000 kronor under 2015.')[0]?.[1]).not.toBe('whole-of-yearly-parts');
    expect(pers('Föreningen får 150 000 kronor. 50 000 kronor under 2014, 50 000 kronor under 2015 och 50 000 kronor 2014.')[0]?.[1]).not.toBe('whole-of-yearly-parts');
  });
});
