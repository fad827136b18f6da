import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { extractIdeburna, withoutCommonNoun } from './ideburna.js';
import { nameSpans } from './name-spans.js';
import { markerStrength } from './not-organisations.js';

const run = (text: string) => extractIdeburna(DocText.fromString(text));
const names = (text: string) => run(text).fields.map((f) => f.value);
const spanNames = (text: string) => nameSpans(text).map((s) => text.slice(s.start, s.end));

describe('idéburna context rules', () => {
  it.each([
    ['ideburen.partnership-with', 'Kommunstyrelsen godkänner arrendeavtal med Bokstugans Vänner avseende mark.', 'Bokstugans Vänner'],
    ['ideburen.partnership-with (IOP)', 'beslutar att förlänga befintligt Idéburet offentligt partnerskap med Erikshjälpen Second hand med start 2025.', 'Erikshjälpen Second hand'],
    ['ideburen.partnership-with-and', 'ingår överenskommelse om IOP med Malmö Stad och Stiftelsen Läxhjälpen avseende barn.', 'Stiftelsen Läxhjälpen'],
    ['ideburen.between', 'Överenskommelsen mellan nämnden för Gymnasium och Arbetsmarknad och Kvarnbyns Kamrater syftar till', 'Kvarnbyns Kamrater'],
    ['ideburen.parties', 'Parter\n\nNattvandrarna Visby\nRegion Gotland genom regionstyrelsen\n\nBakgrund\n', 'Nattvandrarna Visby'],
    ['ideburen.parties-are', 'Parterna i denna överenskommelse är Region Örebro län genom regionstyrelsen och Föreningen Gatans Röst, org.nr 802400-1234.', 'Föreningen Gatans Röst'],
    ['ideburen.parties-are (names right after "Parterna")', 'Parterna Ekbyvandrarna och Lunds kommun har gått in ett samarbete.', 'Ekbyvandrarna'],
    ['ideburen.parties (Avtalsparter)', 'Avtalsparter\nUppsala kommun, genom socialnämnden\nUppsala Stadsmission\n\nBakgrund\nText.', 'Uppsala Stadsmission'],
    ['ideburen.grant-to (appositive)', 'Kultur- och fritidsnämnden beviljar bidrag till föreningen Hallsbergs Konstvänner med 20 000 kr.', 'Hallsbergs Konstvänner'],
    ['ideburen.application-from', 'Ansökan om verksamhetsbidrag från Hallsbergs Konstvänner har inkommit.', 'Hallsbergs Konstvänner'],
    ['ideburen.application-from (a request)', 'Nämnden beslutade att bifalla en begäran om ändrad hyressättning från Ekby IF Bandy.', 'Ekby IF Bandy'],
    ['ideburen.receives (where it works between)', 'Föreningen Ekbygemenskap i Alby söder om Stockholm får 520 000 kronor för mötesrum.', 'Föreningen Ekbygemenskap'],
    ['ideburen.applicant', 'Länkens Kamratförening har inkommit med en ansökan om bidrag.', 'Länkens Kamratförening'],
    ['ideburen.labelled', 'Ansökan om föreningsbidrag\nSökande: Gatans Röst\nBelopp: 20 000 kr', 'Gatans Röst'],
    ['ideburen.granted', 'Kultur- och fritidsnämnden beslutar att bevilja Hälsinglands Ridklubb ett bidrag om 50 000 kronor.', 'Hälsinglands Ridklubb'],
    ['ideburen.signature (not "För" itself)', 'Överenskommelse\nFör Västerås stad\t\t\tFör Västerås Stadsmission\n', 'Västerås Stadsmission'],
    ['ideburen.grant-to', 'fördelar resterande medel 2024 års föreningsbidrag, inom området socialt arbete, till FK-Länken Kungsbacka, med 137 500 kr.', 'FK-Länken Kungsbacka'],
    ['ideburen.grant-to (a sum granted, no grant noun)', 'Vidare beviljade kommunstyrelsen 121 500 kronor till IOGT-NTOs samlingslokal i Ekby.', 'IOGT-NTO'],
  ])('%s', (_, text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('ideburen.shared-between: a grant shared out between marked names, not between areas', () => {
    expect(names('Stödet fördelas mellan Friluftsfrämjandet Region Ekby och RF-SISU Ekby, som fördelar det vidare.')).toEqual([
      'Friluftsfrämjandet Region Ekby',
      'RF-SISU Ekby',
    ]);
    expect(names('Pengarna fördelas mellan Kultur och Fritid.')).toEqual([]);
  });

  it('ideburen.parties-are: "Parterna" before a verb or a lower-case word names no party', () => {
    expect(names('Parterna har kommit överens om att Ekbyvandrarna ska patrullera.')).toEqual([]);
    expect(names('Parterna ska träffas. Ekbyvandrarna patrullerar.')).toEqual([]);
  });

  it('ideburen.partnership-with-and: a list of partners with lower-case marker words', () => {
    expect(names('har sedan 2020 ett IOP med Rädda Barnen Växjö lokalförening och Kronobergs Bildningsförbund.')).toEqual([
      'Rädda Barnen Växjö lokalförening',
      'Kronobergs Bildningsförbund',
    ]);
    expect(names('Avtal med Sociala Företagsgruppen ekonomisk förening tecknas för tre år.')).toEqual(['Sociala Företagsgruppen ekonomisk förening']);
  });

  it('ideburen.agreement-subject: the parties as subjects of entering or holding an agreement', () => {
    expect(names('Hospice Gabriel och Östra hälso- och sjukvårdsnämnden har en överenskommelse om IOP.')).toEqual(['Hospice Gabriel']);
    expect(names('Solna stad och Trygga Gatan tecknar ett IOP för tre år.')).toEqual(['Trygga Gatan']);
    expect(names('Falkenbergs kommun och Falkenbergs Fontänhus ingår i ett idéburet offentligt partnerskap.')).toEqual(['Falkenbergs Fontänhus']);
    expect(names('Trygga Gatan har en lokal i centrum. Sedan tecknades avtalet.')).toEqual([]);
  });

  it('ideburen.runs-unpaid: running a work unpaid, the name ending before the verb', () => {
    expect(names('Lokalen ligger där IK Ekbyström ideellt driver fritidsgård för ungdomar.')).toEqual(['IK Ekbyström']);
    expect(names('I parken finns caféet där Ekby Vänner, som bedriver caféet ideellt, säljer fika.')).toEqual(['Ekby Vänner']);
    expect(names('Kommunen driver fritidsgården i egen regi.')).toEqual([]);
    expect(names('Medlemmar gör ideellt arbete i Ekby IK.')).toEqual([]);
  });

  it('ideburen.founded: a marked name whose founding is told', () => {
    expect(names('Föreningen Ekbyvänner bildades våren 2016 i anslutning till boendet.')).toEqual(['Föreningen Ekbyvänner']);
    expect(names('Ekby Kamratförening grundades 1985 av boende.')).toEqual(['Ekby Kamratförening']);
    // Weak alone: an unmarked name founded is no organisation, nor a public kommunalförbund.
    expect(names('Ekby Sportcenter bildades 2010.')).toEqual([]);
    expect(names('Ekby Kommunalförbund bildades 1990.')).toEqual([]);
  });

  it('ideburen.cleft: a marked name a news text puts forward as its matter\'s actor', () => {
    expect(names('Kommunen medfinansierar ridskolan. Det är Ekby ryttarförening som vill starta ridskolan.')).toEqual(['Ekby ryttarförening']);
    // Weak alone: an unmarked name, or a body, put forward so is no party.
    expect(names('Det är Ekby Ridcenter som vill starta ridskolan.')).toEqual([]);
    expect(names('Det är socialnämndens arbetsutskott som beslutar vilka som får medel.')).toEqual([]);
  });

  it('ideburen.grant-for: a grant named for a marked recipient', () => {
    expect(names('Kommunen minskar det årliga verksamhetsstödet för Ekby bygdegård med 4 000 kronor.')).toEqual(['Ekby bygdegård']);
    expect(names('Kommunen minskar verksamhetsstödet för Ekby Ridcenter med 4 000 kronor.')).toEqual([]);
  });

  it('ideburen.receives: the news of an approval received', () => {
    expect(names('Ekby ryttarsällskap fick ett positivt besked av kommunstyrelsens arbetsutskott på måndagen.')).toEqual(['Ekby ryttarsällskap']);
    expect(names('Ekby ryttarsällskap får klartecken för nybygget.')).toEqual(['Ekby ryttarsällskap']);
    expect(names('Ekby ryttarsällskap fick besked om avslag.')).toEqual([]);
    // A grant from the state: its recipient is no party of the kommun's.
    expect(names('Ekby bygdegårdsförening får 180 000 kronor i investeringsstöd från Boverket.')).toEqual([]);
    expect(names('Ekby bygdegårdsförening får 180 000 kronor i stöd från kommunen.')).toEqual(['Ekby bygdegårdsförening']);
  });

  it('ideburen.contract-role: a lease\'s or a loan\'s party named by its role', () => {
    expect(names('Arrendator: Ekby Idrottsklubb\nUpplåtare: Ekby kommun')).toEqual(['Ekby Idrottsklubb']);
    expect(names('Arrendatorn [Ekby Skidklubb] ska svara för driften.')).toEqual(['Ekby Skidklubb']);
    // The role noun alone names nobody; a role in running text is no label.
    expect(names('Arrendatorn ska svara för driften.')).toEqual([]);
    expect(names('Arrendatorn Ekby Golf ska svara för driften.')).toEqual([]);
  });

  it('a name inside a quoted title is no party', () => {
    expect(names('Ekby hembygdsförening fick bidrag av nämnden för utställningen ”Från Ekbyverken till Ekbyklubben”.')).toEqual(['Ekby hembygdsförening']);
    // A quoted sentence, closed by its full stop, names its parties as any sentence does.
    expect(names('Citat från avtalstexten:\n\n”Arrendatorn [Ekby Idrottsklubb] ska säkerställa att nödvändiga försäkringar finns.”\n\nFöreningen Ekby Idrottsklubb vill anlägga ett utegym.')).toEqual(['Ekby Idrottsklubb']);
    // A quotation the name opens is the name's own marks.
    expect(names('Kommunen tecknar ett IOP med föreningen ”Vägen ut” om boende.')).toEqual(['Vägen ut']);
    // A quoted agreement's title names its parties.
    expect(names('Nämnden ger i uppdrag att upprätta ett ”Idéburet offentligt partnerskap mellan Ekby kommun och Brottsofferjouren i Ekby”.')).toEqual(['Brottsofferjouren i Ekby']);
  });

  it('a template\'s one-letter placeholder is no organisation', () => {
    expect(names('Avtal mellan Lunds kommun och X om drift av anläggningen.')).toEqual([]);
    // A short real name in the same role stays.
    expect(names('Avtal mellan Lunds kommun och Bris om stöd.')).toEqual(['Bris']);
  });

  it('public services and adverbs open no idéburen name', () => {
    expect(names('Samarbetsavtal mellan Socialtjänst Ekby och Ekby Brottsofferförening om stöd till brottsoffer.')).toEqual(['Ekby Brottsofferförening']);
    expect(names('Avtal mellan Ekby Brottsofferjour och Räddningstjänsten Ekby om övningar.')).toEqual(['Ekby Brottsofferjour']);
    expect(names('Nämnden beviljar föreningsbidrag. Sen ansöker föreningarna om bidrag.')).toEqual([]);
    // A kvinno- och tjejjour's own "och" is no verb after a name (here the tagline of the name before the dash).
    expect(names('Ekby kommun och Föreningen Gemenskap – Ekbys kvinno- och tjejjour har tecknat en överenskommelse.')).toContain('Föreningen Gemenskap – Ekbys kvinno- och tjejjour');
  });

  it('ideburen.is-ideell: what the text says the organisation is', () => {
    expect(names('Kvinnojouren Vega i Eskilstuna är en ideell förening som startade 1982.')).toEqual(['Kvinnojouren Vega']);
    expect(names('Läxhjälpen Söder, en ideell organisation, erbjuder stöd.')).toEqual(['Läxhjälpen Söder']);
    expect(names('Läxhjälpen Söder är en viktig aktör.')).toEqual([]);
    // Set off by a dash.
    expect(names('Utöver detta har kommunen ett IOP med Ekby Vänner. Läxhjälpen Söder – en ideell organisation som arbetar med barn.')).toEqual(['Ekby Vänner', 'Läxhjälpen Söder']);
    expect(names('Läxhjälpen Söder – en av kommunens viktigaste aktörer.')).toEqual([]);
    // In a relative clause without a comma.
    expect(names('Anläggningen ägs av kommunen men drivs av Ekby Alpina som är en ideell förening.')).toEqual(['Ekby Alpina']);
    expect(names('Anläggningen ägs av kommunen men drivs av Ekby Alpina som är en viktig aktör.')).toEqual([]);
  });

  it('ideburen.agreement-for: an agreement made for a marked party', () => {
    expect(names('Ett förslag om långsiktigt nyttjanderättsavtal för Ekby bygdegårdsförening ska behandlas.')).toEqual(['Ekby bygdegårdsförening']);
    expect(names('Nämnden godkänner hyresavtalet för Ekby IF.')).toEqual(['Ekby IF']);
    // Unmarked, the name may be a place or a purpose.
    expect(names('Ett nytt avtal för Ekbyskolan ska tecknas.')).toEqual([]);
    expect(names('Förslag till avtal för Sommarlovsaktiviteter 2024.')).toEqual([]);
  });

  it('a sentence opener that is a preposition or a decision’s infinitive is no part of the name after it', () => {
    expect(names('Arbetsutskottet föreslår kommunstyrelsen besluta 1 Godkänna Ekby IF ansökan om räntebidrag. 2 Bevilja lån till Ekby IF.')).toEqual(['Ekby IF']);
    expect(names('Utöver Ekby Vänner har kommunen ett IOP med Ekby Tjejjour.')).toEqual(['Ekby Vänner', 'Ekby Tjejjour']);
  });

  it('ideburen.titled: an agenda item titled by the partnership and a marked partner', () => {
    expect(names('Ärenden\n\n3. Idéburet Offentligt partnerskap (IOP) Brottsofferjouren Ekby län Dnr 2017/00005\n\n4. Jourschema Dnr 2016/00036')).toEqual(['Brottsofferjouren Ekby län']);
    expect(names('§ 12 IOP Ekby Tjejjour\nNämnden beslutar.')).toEqual(['Ekby Tjejjour']);
    expect(names('3. IOP Riktlinjer Dnr 2017/00005\n')).toEqual([]);
    expect(names('3. IOP Ekby Tjejjour har ansökt om förlängning.')).toEqual(['Ekby Tjejjour']);
  });

  it('ideburen.receives: one among a grant’s recipients, the list sharing it', () => {
    expect(names('Bojen, Ekby tjejjour och Solrosen är några av verksamheterna som får ta del av pengarna.')).toEqual(['Bojen', 'Ekby tjejjour', 'Solrosen']);
    expect(names('Ekby Vänner är exempel på verksamheter som beviljats bidrag.')).toEqual(['Ekby Vänner']);
    expect(names('Ekby Vänner är en av föreningarna som fick avslag.')).toEqual([]);
    expect(names('Ekby Vänner är en av kommunens största arbetsgivare.')).toEqual([]);
  });

  it('ideburen.receives: the recipients named as what a grant’s relative clause is about, the list sharing it', () => {
    expect(names('De organisationer som beviljats störst belopp är Ekby Vänner, Åby Ridcenter och Ekby Brukshundklubb.')).toEqual([
      'Ekby Vänner',
      'Åby Ridcenter',
      'Ekby Brukshundklubb',
    ]);
    expect(names('En ny förening som får ett startbidrag på 10 000 kronor är Ekby Vänner.')).toEqual(['Ekby Vänner']);
    expect(names('Bland de andra föreningarna som får bidrag 2017 finns Ekby Vänner och Åby Ridcenter.')).toEqual(['Ekby Vänner', 'Åby Ridcenter']);
    // Turned down, or only applying: no grant's verb.
    expect(names('De föreningar som fick avslag är Ekby Vänner och Åby Ridcenter.')).toEqual([]);
    expect(names('Föreningen som ansökt är Ekby Vänner.')).toEqual([]);
  });

  it('ideburen.receives: a borgen, a loan or a lease received as a grant is', () => {
    expect(names('Ekby KIK får borgen')).toEqual(['Ekby KIK']);
    expect(names('Ekby golfklubb får betydligt längre arrendetid av kommunen.')).toEqual(['Ekby golfklubb']);
    expect(names('Ekby KIK får nya medlemmar.')).toEqual([]);
  });

  it('ideburen.borrower: the marked borrower a kommun stands surety for', () => {
    expect(names('Kommunal borgen för Ekby Tennisklubb')).toEqual(['Ekby Tennisklubb']);
    expect(names('Kommunen går i borgen för Ekby Tennisklubbs banklån.')).toEqual(['Ekby Tennisklubb']);
    expect(names('Ekby kommun går i borgen för ett lån på tre miljoner kronor till en hall, som Ekby Fotbollklubb vill bygga.')).toEqual(['Ekby Fotbollklubb']);
    // No name, or an unmarked one (a company borrows so too).
    expect(names('Kommunen kan endast medge borgen för investeringar.')).toEqual([]);
    expect(names('Kommunen går i borgen för Ekby Sportcenter.')).toEqual([]);
  });

  it('ideburen.points-back: a lower-case type noun in a party’s context is the one organisation named with it last', () => {
    const story = 'På måndag samlar Nya Ekby Golfklubb intresserade. Första året betalas 270 000 kronor i bidrag till golfklubben.';
    expect(names(story)).toEqual(['Nya Ekby Golfklubb']);
    // Two clubs: "klubben" points at neither. None: nothing to point at.
    expect(names('Ekby Golfklubb och Åby Tennisklubb har träffats. Kommunen ger bidrag till klubben.')).toEqual([]);
    expect(names('Kommunen ger bidrag till golfklubben.')).toEqual([]);
    // A name the noun only opens is named by its whole.
    expect(names('Föreningen Ekbygemenskap – Ekby kvinnojour har tecknat en överenskommelse. Samverkan mellan föreningen och kommunen.')).not.toContain(
      'Föreningen Ekbygemenskap',
    );
  });

  it('a word opening a sentence before its verb and a pronoun subject is an adverbial, not a recipient (Swedish V2)', () => {
    expect(names('Ekby IF har fått bidrag.\n– Förr fick vi något som kallades administrationsbidrag.')).toEqual(['Ekby IF']);
    expect(names('Nu får vi 20 000 kronor i bidrag.')).toEqual([]);
    // The subject itself before its verb, or a marked name: untouched.
    expect(names('Fryshuset får 200 000 kronor i bidrag.')).toEqual(['Fryshuset']);
    expect(names('Ekby IF fick vi inget bidrag till.')).toEqual(['Ekby IF']);
  });

  it('ideburen.taken-up: a marked name the text takes up twice by its own noun in the definite is the text’s organisation', () => {
    const story =
      'Ett ärende gällande Ekby tennisklubb finns på dagordningen. Kommunen kan ta över ett lån från tennisklubben. Räntan för klubben överstiger kommunens.';
    expect(names(story)).toEqual(['Ekby tennisklubb']);
    // Taken up once only, or by another compound on the same noun ("golfklubben" is no mention of a tennisklubb): not kept.
    expect(names('Ett ärende gällande Ekby tennisklubb finns på dagordningen. Kommunen kan ta över ett lån från tennisklubben.')).toEqual([]);
    expect(names('Ett ärende gällande Ekby tennisklubb finns. Lånet från golfklubben. Räntan för golfklubben är hög.')).toEqual([]);
    // A sentence's or a heading's opening read as a name, its capitals no name's own: nothing taken up.
    expect(names('Behöver min förening göra något?\nDen summa föreningen fått. Föreningen ska redovisa. Så gör föreningen.')).toEqual([]);
  });

  it('ideburen.taken-up: a name its association noun opens is taken up by the bare noun', () => {
    const story = 'Föreningen Ekby kvarns vänner sköter kvarnen. I dag har föreningen 20 medlemmar. Kommunen ger föreningen en gåva.';
    expect(names(story)).toEqual(['Föreningen Ekby kvarns vänner']);
    // Taken up once only: not kept; nor by a compound on the noun ("idrottsföreningen" is another association).
    expect(names('Föreningen Ekby kvarns vänner sköter kvarnen. I dag har föreningen 20 medlemmar.')).toEqual([]);
    expect(names('Föreningen Ekby kvarns vänner sköter kvarnen. Idrottsföreningen har 20 medlemmar. Så gör idrottsföreningen.')).toEqual([]);
    // Two names the noun may take up: neither is.
    expect(names('Föreningen Ekby kvarns vänner och Åby hembygdsförening möts. I dag har föreningen 20 medlemmar. Så gör föreningen.')).toEqual([]);
  });

  it('an association noun in the indefinite, one word, is the kind, no name', () => {
    expect(names('Hockeyförening kan få stöd\n\nIshallen är dyr. Föreningen har 20 medlemmar. Så gör föreningen.')).toEqual([]);
    expect(names('Idrottsklubb får 20 000 kronor i bidrag.')).toEqual([]);
    // With words of its own, or in the definite, it is a name.
    expect(names('Ekby Idrottsklubb får 20 000 kronor i bidrag.')).toEqual(['Ekby Idrottsklubb']);
  });

  it('"Nya" opens a name inside a sentence, and ends one opening a heading', () => {
    expect(spanNames('På måndag samlar Nya Ekby Golfklubb intresserade.')).toContain('Nya Ekby Golfklubb');
    expect(spanNames('Nya lokaler för Ekby IF')).toEqual(['Ekby IF']);
  });

  it('a county association names its county after "i"; a marker in the definite genitive ends no name', () => {
    expect(spanNames('Stödet går till Hjärt- och lungsjukas länsförening i Ekby län och andra.')).toContain('Hjärt- och lungsjukas länsförening i Ekby län');
    expect(spanNames('Ekby IF i Åby får 5 000 kronor.')).toContain('Ekby IF');
    expect(spanNames('Lånen finansierar klubbens bygge.')).toEqual(['Lånen']);
    expect(spanNames('Uppsala kommun och Uppsala rödakorskrets har kommit överens.')).toContain('Uppsala rödakorskrets');
  });

  it('a place after another name’s "i" is no organisation, even in a list of recipients', () => {
    expect(names('Bojen, Föreningen Kvinnocenter i Bergby och Solrosen är exempel på verksamheter som beviljats bidrag.')).toEqual(['Bojen', 'Föreningen Kvinnocenter', 'Solrosen']);
    expect(names('Hon är aktiv i Ekby Vänner, som beviljas bidrag om 20 000 kronor.')).toEqual(['Ekby Vänner']);
  });

  it('an adjective closing a marked name is coordinated with the next adjective and its noun', () => {
    expect(names('Parter: Socialnämnden och Riksförbundet Social och Mental Hälsa i Ekby')).toEqual(['Riksförbundet Social och Mental Hälsa']);
    expect(names('IOP med Riksförbundet Social och Ekby Kvinnojour.')).toEqual(['Riksförbundet Social', 'Ekby Kvinnojour']);
    expect(names('IOP med Ekby Idrottsförening och Kvinnojouren Ekby.')).toEqual(['Ekby Idrottsförening', 'Kvinnojouren Ekby']);
  });

  it('a village association (byalag) is marked like any association: with a party context, not alone', () => {
    expect(names('När vi från Ekby byalag ansökte om att få bidraget på 2 000 kronor fick vi avslag.')).toEqual(['Ekby byalag']);
    expect(names('Ekby byalag har en hemsida.')).toEqual([]);
  });

  it('a public administration’s unit after a name starts a new phrase', () => {
    expect(names('Beslutsunderlag Ansökan från Ekby Tennisklubb Ekonomienhetens yttrande')).toEqual(['Ekby Tennisklubb']);
    expect(names('Kommunen tecknar IOP med Ekby Tennisklubb Veteraner.')).toEqual(['Ekby Tennisklubb Veteraner']);
    expect(names('Kommunen tecknar IOP med Föreningen Ekby Enhet.')).toEqual(['Föreningen Ekby Enhet']);
  });

  it('ideburen.receives: a grant to come or proposed, after a modal verb', () => {
    expect(names('Ekby hästsportklubb ska få åtta miljoner kronor i bidrag.')).toEqual(['Ekby hästsportklubb']);
    expect(names('Ekby hästsportklubb föreslås få 150 000 kronor från nämnden.')).toEqual(['Ekby hästsportklubb']);
    expect(names('Ekby hästsportklubb ska få en ny ridbana.')).toEqual([]);
  });

  it('ideburen.receives: a grant’s recipient as subject', () => {
    expect(names('Väsby Tjejgrupp får 150 000 kronor av kommunen under tre år.')).toEqual(['Väsby Tjejgrupp']);
    expect(names('Under tre år får Väsby Tjejgrupp 150 000 kronor av kommunen.')).toEqual(['Väsby Tjejgrupp']);
    expect(names('Väsby Tjejgrupp fick avslag på ansökan.')).toEqual([]);
    // The grant's noun in the verb's own clause, not past a comma in the next one.
    expect(names('Ingen vet hur många Ekbykvinnor som sökte eller fick hjälp, riktlinjerna säger att föreningsbidrag ska gå till invånarna.')).toEqual([]);
    expect(names('Väsby Tjejgrupp fick hjälp med lokalen, och nämnden gav föreningsbidrag till andra.')).toEqual([]);
  });

  it('ideburen.between: a party with its organisationsnummer or an appositive', () => {
    expect(names('Mellan Uppsala kommun (212000-3005) och Uppsala Stadsmission (802001-5643) har följande överenskommelse träffats.')).toEqual(['Uppsala Stadsmission']);
    expect(names('IOP mellan Region Skåne och föreningen Noaks Ark Syd.')).toEqual(['Noaks Ark Syd']);
    expect(names('Skillnaden mellan 2023 (12) och Noaks Ark Syd är liten.')).toEqual([]);
    // "mellan A och B" closes before a list of other things: "… och Lunds kommun LÖK, KSN och Modeller för samspelet".
    expect(names('Överenskommelsen mellan Lunds föreningsliv och Lunds kommun LÖK, KSN och Modeller för samspelet.')).toEqual([]);
    expect(names('Avtalet mellan Region Skåne, Lunds kommun och Noaks Ark Syd gäller.')).toEqual(['Noaks Ark Syd']);
    expect(names('Avtalet mellan nämnden för Individ & Familjeomsorg, socialnämnden och Noaks Ark Syd gäller.')).toEqual(['Noaks Ark Syd']);
  });

  it('a list of partners announced by a plural noun, or by what the partnership consists of', () => {
    const four = ['Tjejzonen', 'Gatans Lag', 'Nattcafé Fyren', 'Läxhjälpen Väst'];
    expect(names('Kommunen har tecknat IOP med följande organisationer: Tjejzonen, Gatans Lag, Nattcafé Fyren och Läxhjälpen Väst.')).toEqual(four);
    expect(names('I partnerskapet ingår Tjejzonen, Gatans Lag, Nattcafé Fyren och Läxhjälpen Väst.')).toEqual(four);
    expect(names('De organisationer som ingår i partnerskapet är Tjejzonen, Gatans Lag, Nattcafé Fyren och Läxhjälpen Väst.')).toEqual(four);
    expect(names('Partnerskapet består av Tjejzonen och Gatans Lag samt Malmö stad.')).toEqual(['Tjejzonen', 'Gatans Lag']);
    expect(names('Tjejzonen, Gatans Lag och Nattcafé Fyren är idéburna organisationer som arbetar med unga.')).toEqual(four.slice(0, 3));
    expect(names('Tjejzonen, Gatans Lag och Nattcafé Fyren är populära bland unga.')).toEqual([]);
    expect(names('I huset ingår Tjejzonen och Gatans Lag.')).toEqual([]);
  });

  it('ideburen.labelled: form fields naming the organisation', () => {
    expect(names('Ideell förening: Gatans Lag\nBelopp: 20 000 kr')).toEqual(['Gatans Lag']);
    expect(names('Föreningens namn: Gatans Lag\n')).toEqual(['Gatans Lag']);
    expect(names('Kontaktperson: Gatans Lag\n')).toEqual([]);
  });

  it('ideburen.signature: signing for an organisation in running text', () => {
    expect(names('Karin Lund och Eva Björk undertecknar för Föreningen Skogsbrynet.')).toEqual(['Föreningen Skogsbrynet']);
    expect(names('Karin Lund arbetar för Föreningen Skogsbrynet.')).toEqual([]);
  });

  it('ideburen.together-with: a partner in the work counts with a marker in its name, not alone', () => {
    expect(names('Kommunen har tillsammans med Tornby Idrottsförening byggt en plan.')).toEqual(['Tornby Idrottsförening']);
    expect(names('Kommunen har tillsammans med Hjälpande Händer startat en mötesplats.')).toEqual([]);
  });

  it('ideburen.line-listed: names one to a line under a line saying they are partners', () => {
    const list = 'Socialnämnden har IOP med följande organisationer:\n- Kvinnojouren Iris\n- Tjejzonen, 200 000 kr\n\n- Gatans Lag\n\n\nÖvrigt';
    expect(names(list)).toEqual(['Kvinnojouren Iris', 'Tjejzonen', 'Gatans Lag']);
    // A bulleted item is one however long its details after the name; an unbulleted long line is prose and ends the list.
    const long = 'Följande organisationer får projektstödet:\n  • Ekby Kvinnojour – Stöd\n  • Ekby Skolidrottsförbund – Förbättra barn och ungdomars psykiska hälsa genom mängder av olika aktiviteter\n  • Gatans Lag – Ledarstöd';
    expect(names(long)).toEqual(['Ekby Kvinnojour', 'Ekby Skolidrottsförbund', 'Gatans Lag']);
    expect(names(long.replace(/•/g, ''))).toEqual(['Ekby Kvinnojour']);
    // A dash opening a long line is a quotation, no bullet: the speaker named in it is no listed party.
    expect(names('Ordföranden ser positivt på överenskommelsen:\n\n– Vi är glada och stolta över samarbetet, och vi hoppas att vi kan fortsätta utbyggnaden även i framtiden, säger Anna Berg.\n\nAnna Berg\n')).toEqual([]);
    // Sentences under such a line, and a list under "med stöd av", are no names.
    expect(names('Avtalet syftar till följande:\nStärka föräldrar i sin roll\nLindra oro')).toEqual([]);
    expect(names('Beslut fattat med stöd av delegering. Delegeringsförteckning:\nGatans Lag\n')).toEqual([]);
    // A list of target groups, and short lines of wrapped prose (as PDF text has them) after a list, are no names.
    expect(names('Partnerskapet omfattar målgrupperna:\n- Individer i asylprocessen\nSamverkan\nSamverkan sker i dialog.')).toEqual([]);
    expect(names('IOP med följande föreningar:\n- Gatans Lag\nsom driver mötesplatser i\nkommunen.\nSamverkan\n')).toEqual(['Gatans Lag']);
    // A line turning to the refused ends a list of grants: what it lists received nothing.
    expect(names('Avdelningen föreslår följande fördelning:\n- Ekby bygdegårdsförening 12 kkr\n\nFöljande ansökningar föreslås avslås\n- Byn bygdegårdsförening\n')).toEqual(['Ekby bygdegårdsförening']);
  });

  it('ideburen.listed: every name of a list closed by "och" shares the list’s standing', () => {
    expect(names('ingå IOP med Röda Korset, Rädda Barnen, Göteborgs Räddningsmission, Bräcke diakoni och FC Gole enligt avtal.')).toEqual([
      'Röda Korset',
      'Rädda Barnen',
      'Göteborgs Räddningsmission',
      'Bräcke diakoni',
      'FC Gole',
    ]);
    expect(names('Göteborgs Stad och hjälporganisationerna Bräcke Diakoni, Frälsningsarmén och Stadsmissionen förlänger sitt samarbete.')).toEqual([
      'Bräcke Diakoni',
      'Frälsningsarmén',
      'Stadsmissionen',
    ]);
    // Commas alone separate a table's cells or an address, not a list of parties.
    expect(names('Ansökan från Skattkammarlandets ekonomiska förening, Frillesås mellanväg 10 om bygglov.')).toEqual(['Skattkammarlandets ekonomiska förening']);
  });

  it('ideburen.orgnr-ideell: an organisationsnummer of an ideell förening or stiftelse; an aktiebolag’s is no party', () => {
    expect(names('Stödet går till Gatans Röst, org.nr 802400-1234, enligt avtalet.')).toEqual(['Gatans Röst']);
    expect(names('Avtal med Ekonomikonsult Syd, org.nr 556677-8899, om revision.')).toEqual([]);
  });

  it('marker words and recipient lists together make a party', () => {
    expect(names('Beslutet skickas till\nSPF Vallda Släp Bridgesektion\n')).toEqual(['SPF Vallda Släp Bridgesektion']);
  });
});

describe('idéburna names', () => {
  it('drops a grammatical genitive and keeps one that is part of a unit’s name', () => {
    expect(names('resursstöd till Särö Golf Clubs satsning för unga')).toEqual(['Särö Golf Club']);
    expect(names('förlänga överenskommelsen om IOP med Röda Korsets behandlingscenter för krigsskadade och torterade i enlighet med underlaget')).toEqual([
      'Röda Korsets behandlingscenter för krigsskadade och torterade',
    ]);
  });

  it('folds an abbreviation, short forms and spelling slips into the fullest name, with all evidence', () => {
    const { fields, aliases } = run(
      'IOP mellan Region Gotland och Röda Korset \nGotland. Samarbete med Röda Korset Gotland (RKG) för stöd. ' +
        'RKG har kontakt med målgruppen. Partnerskap med Röda Koret Gotland. Röda korset verkar för jämställdhet.',
    );
    expect(fields.map((f) => f.value)).toEqual(['Röda Korset Gotland']);
    expect(fields[0]!.evidence.map((e) => e.text)).toEqual(['Röda Korset', 'Röda Korset Gotland', 'RKG', 'Röda Koret Gotland', 'Röda korset']);
    expect(aliases.get('RKG')).toBe('Röda Korset Gotland');
  });

  it('names an agreement’s party in its fullest form and skips its defined terms', () => {
    const agreement =
      '1. Parter\nDenna överenskommelse är tecknad mellan Göteborgs Stad, genom Socialnämnden Nordost, nedan kallad Staden, ' +
      'och Föreningen Kvinnojouren Rosenhill (org.nr 802015-6622), nedan kallad Föreningen.\n' +
      'Föreningen är medlem i Unizon. Staden bidrar med 850 000 kronor per år.\nFör Göteborgs Stad\t\t\tFör Kvinnojouren Rosenhill\n';
    expect(names(agreement)).toEqual(['Föreningen Kvinnojouren Rosenhill']);
  });

  it('a local or county unit after a genitive, with its place', () => {
    expect(names('Ekby Adoptionsförenings lokalgrupp på Gotland ansöker om kommunalt bidrag.')).toEqual(['Ekby Adoptionsförenings lokalgrupp på Gotland']);
    expect(names('Adoptionscentrums länsavdelning i Ekby ansöker om bidrag för 2025.')).toEqual(['Adoptionscentrums länsavdelning i Ekby']);
  });

  it('takes the unit, not its parent, when a text names both', () => {
    expect(
      names('överenskommelse med Malmö Stad och Röda Korsets behandlingscentrum för krigs- och tortyrskadade i Malmö, genom Svenska Röda Korset avseende barn'),
    ).toEqual(['Röda Korsets behandlingscentrum för krigs- och tortyrskadade i Malmö']);
  });

  it('goes on after a lower-case marker word, and stops at a heading’s end and a sentence’s body word', () => {
    expect(names('ingå idéburet offentligt partnerskap med Ideella föreningen Hela Människan Örebro för perioden 2024.')).toEqual([
      'Ideella föreningen Hela Människan Örebro',
    ]);
    expect(names('Tjänsteskrivelse\nIdéburet offentligt partnerskap med BRIS Region Syd\nFörvaltningen föreslår att nämnden godkänner.')).toEqual([
      'BRIS Region Syd',
    ]);
  });

  it('stops at a section heading and at a case number (PDF text without blank lines)', () => {
    expect(names('Parter\nRöda Korset Gotland\nRegion Gotland genom regionstyrelsen\nBakgrund\nEtt oroligt omvärldsläge.')).toEqual([
      'Röda Korset Gotland',
    ]);
    expect(
      names('Förlängning av överenskommelse om Idéburet offentligt partnerskap Svenska Röda\nKorset ASN-2021-6250\nSammanfattning IOP med Svenska Röda Korset.'),
    ).toEqual(['Svenska Röda Korset']);
  });

  it('reads name extents of other municipalities’ writing', () => {
    expect(names('IOP med Kvinnojouren i Sigtuna om skyddat boende.')).toEqual(['Kvinnojouren i Sigtuna']);
    expect(names('IOP med Brottsofferjourerna i Värmland om stöd.')).toEqual(['Brottsofferjourerna i Värmland']);
    expect(names('avtal med Frälsningsarmén Umeå kår om matutdelning')).toEqual(['Frälsningsarmén Umeå kår']);
    expect(names('överenskommelse med Svenska Röda Korset Sala krets om stöd')).toEqual(['Svenska Röda Korset Sala krets']);
    expect(names('IOP med Studieförbundet Vuxenskolan Stockholms län (SV) om läxhjälp. SV ansvarar.')).toEqual([
      'Studieförbundet Vuxenskolan Stockholms län',
    ]);
    expect(names('partnerskap med Demensföreningen i Helsingborg med omnejd om anhörigstöd')).toEqual(['Demensföreningen i Helsingborg med omnejd']);
    expect(names('partnerskap med Nationell Samverkan för Psykisk Hälsa Dalarna om stöd.')).toEqual(['Nationell Samverkan för Psykisk Hälsa Dalarna']);
    expect(names('Pensionärsorganisationerna PRO Sveg och SPF Seniorerna Härjedalen har ansökt. IOP med PRO Sveg.')).toContain('PRO Sveg');
    expect(names('Parter\nNattvandrarna Visby\nRegion Gotland\n')).toEqual(['Nattvandrarna Visby']);
  });

  it('a name in title case keeps its capitalised small word between two capitalised words (TITLE_CASE_SMALL)', () => {
    expect(names('Ansökan från föreningen Anhöriga Till Missbrukare\nDnr 421-0551/2007\n')).toEqual(['Anhöriga Till Missbrukare']);
    expect(spanNames('IOP med Föräldrar Mot Narkotika i Ekby.')).toContain('Föräldrar Mot Narkotika');
    // Not where a body follows, nor a small word opening more words than one.
    expect(spanNames('Ekby IF Till Kommunstyrelsen')).toEqual(['Ekby IF', 'Kommunstyrelsen']);
    expect(spanNames('Ekby IF Till Nya Lokaler i Åby')[0]).toBe('Ekby IF');
    // A short line broken after the small word: the name goes on onto the next line, its abbreviation in brackets after it.
    expect(names('10 Drogförebyggande och stöd till anhöriga\n\nAnsökan från föreningen Anhöriga Till\nMissbrukare (ATMISS)\nDnr 421-0297/2008\n')).toEqual(['Anhöriga Till Missbrukare']);
    // Not a line broken elsewhere, nor a small word before a new line's heading of more words.
    expect(spanNames('Ansökan från Ekby IF\nTill Kommunstyrelsen')).toEqual(['Ekby IF', 'Kommunstyrelsen']);
    expect(spanNames('Ekby IF Till\nNya Lokaler i Åby')[0]).toBe('Ekby IF');
  });

  it('a capitalised adjective alone takes its lower-case noun phrase as the name', () => {
    expect(spanNames('Ansökan från föreningen Kurdiska kvinnors kamp för frihet\n')).toEqual(['Kurdiska kvinnors kamp för frihet']);
    // A function word or a verb after the adjective is the sentence's: it is no noun of the name.
    expect(spanNames('Ansökan från föreningen Kurdiska har inkommit.')).toEqual(['Kurdiska']);
  });

  it('a national organisation’s letters with a place name its local branch, the place shared by no other name', () => {
    expect(names('PRO i Kil har ansökt om 20 000 kronor i hyresbidrag.')).toEqual(['PRO i Kil']);
    expect(names('Nämnden beslutade att skriva ett nytt avtal med 4H i Malmö.')).toEqual(['4H i Malmö']);
    // A state body's letters, more places, the last of two organisations before the place (below): the place is not the name's.
    expect(names('Nämnden tecknar avtal med MSB i Karlstad.')).toEqual([]);
    expect(names('IOP med RFSU i Malmö och Lund om sexualundervisning.')).toEqual(['RFSU']);
  });

  it('a place after a name of its own, or before more places, says where it works, not who it is', () => {
    expect(names('IOP med Kvinnojouren Embla i Östersund om skyddat boende.')).toEqual(['Kvinnojouren Embla']);
    expect(names('överenskommelse om IOP med Röda Korset och ABF i Malmö.')).toEqual(['Röda Korset', 'ABF']);
    expect(names('IOP med Stadsmissionen i Eskilstuna och Nyköping om vård.')).toEqual(['Stadsmissionen']);
    expect(names('ingå IOP med Skyddsvärnet i Göteborg, FC Gole och Reningsborg Göteborg.')).toEqual(['Skyddsvärnet i Göteborg', 'FC Gole', 'Reningsborg Göteborg']);
    // A kommun after "och" is the other party, not one more place.
    expect(names('ett IOP med Stadsmissionen i Linköping och Linköpings kommun.')).toEqual(['Stadsmissionen i Linköping']);
    // A kommun's genitive before "stad"/"kommun" is the place's whole name (the party "och Linköpings kommun" above is not).
    expect(names('IOP med Stadsmissionen i Lunds stad om stöd.')).toEqual(['Stadsmissionen i Lunds stad']);
    expect(names('IOP med Kvinnojouren i Linköpings kommun om skyddat boende.')).toEqual(['Kvinnojouren i Linköpings kommun']);
    // Opening a paragraph, the definite noun is still one word: the line before it is no part of it.
    expect(names('Jour får en miljon\n\nKvinnojouren i Ekby får en miljon kronor av kommunen.')).toEqual(['Kvinnojouren i Ekby']);
  });

  it('a type noun alone points back to the one name it ends', () => {
    const { fields } = run('Kommunen har IOP med Kvinnojouren Tranan. Jouren har avtal med kommunen om lokalen.');
    expect(fields.map((f) => f.value)).toEqual(['Kvinnojouren Tranan']);
    expect(fields[0]!.evidence.map((e) => e.text)).toEqual(['Kvinnojouren Tranan', 'Jouren']);
    // Two names it could point to: it stays apart.
    expect(names('IOP med Kvinnojouren Tranan och Tjejjouren Vega. Jouren har avtal med kommunen.')).toContain('Jouren');
    // The definite type noun after a name ending in its indefinite form: "Klubben" is "Ekby ridklubb".
    expect(names('Kommunen beviljar Ekby ridklubb 3,5 miljoner kronor. Klubben får också ett bidrag på 240 000 kronor.')).toEqual(['Ekby ridklubb']);
    expect(names('IOP med Ekby ridklubb och Åby tennisklubb. Klubben får också ett bidrag på 240 000 kronor.')).toContain('Klubben');
  });

  it('two spellings of one name: the one the text writes most often', () => {
    const text = 'Ekbyby ridklubb äger anläggningen. Ekbyby ridklubb har problem. Ekbyy ridklubb får 400 000 kronor i bidrag. Ekbyby ridklubb bildades 1970.';
    expect(names(text)).toEqual(['Ekbyby ridklubb']);
  });

  it('a plural name counts in a party’s place, or written mid-sentence', () => {
    expect(names('Kommunen har ett IOP med Nattvandrarna. Nattvandrarna får 50 000 kronor.')).toEqual(['Nattvandrarna']);
    expect(names('Nattvandrarna får 50 000 kronor.')).toEqual([]);
  });

  it('a place’s name ending like a surname is no person: "Fryshuset Husby", "Kista Bergslund"', () => {
    expect(names('IOP med Fryshuset Husby om fritid.')).toEqual(['Fryshuset Husby']);
    expect(names('IOP med Tjejzonen Ekholm om fritid.')).toEqual(['Tjejzonen Ekholm']);
  });

  it('takes the fullest form with its place, a place’s genitive over a slip, and drops a genitive after "-én"', () => {
    const text = 'Nämnden beviljar finansiering för Ung Företagsamhet Halland,\nunder förutsättning. Ung Företagsamhet har ansökt om stöd.';
    expect(names(text)).toEqual(['Ung Företagsamhet Halland']);
    // Another unit's name is no fuller form of this one.
    expect(names('Möte hos Ung Företagsamhet Ungdomsråd i maj. Ung Företagsamhet har ansökt om stöd.')).toEqual(['Ung Företagsamhet']);
    expect(names('IOP med Göteborg Stadsmission från 2025. Nämnden och Göteborgs Stadsmission syftar till det.')).toEqual(['Göteborgs Stadsmission']);
    expect(names('IOP med Bräcke diakoni och Frälsningsarméns.')).toEqual(['Bräcke diakoni', 'Frälsningsarmén']);
  });

  it('a compound half coordinated with the head word, and a county, belong to the name', () => {
    expect(names('Kvinno- och tjejjouren Blenda får 300 000 kronor per år.')).toEqual(['Kvinno- och tjejjouren Blenda']);
    expect(names('godkänna IOP-avtal med Brottsofferjouren Kalmar län enligt bilaga.')).toEqual(['Brottsofferjouren Kalmar län']);
    expect(names('godkänna IOP-avtal med Brottsofferjouren Kalmar i länet.')).toEqual(['Brottsofferjouren Kalmar']);
  });

  it('a national organisation written into a compound is the fuller organisation ("rödakorskrets")', () => {
    expect(names('Uppsala kommun och Uppsala rödakorskrets har kommit överens om ett samarbete. Röda korset gör en insats.')).toEqual(['Uppsala rödakorskrets']);
  });

  it('splits two organisations joined by "&" and keeps "&" inside one name', () => {
    expect(names('IOP med Skåne Stadsmission & Malmö Pingstförsamling om boende.')).toEqual(['Skåne Stadsmission', 'Malmö Pingstförsamling']);
    expect(names('avtal med Friskis & Svettis om träning')).toEqual(['Friskis & Svettis']);
    // After "&" a stop word opens no sentence: it is the name's.
    expect(names('Ansökan om verksamhetsbidrag från Ekbyhjälpen Råd & Stöd\nDnr 421-0334/2008')).toEqual(['Ekbyhjälpen Råd & Stöd']);
    // A national organisation's "&" written "och" is the same one name; two names joined by "och" stay two.
    expect(names('ett lån till Friskis och Svettis för bygget.')).toEqual(['Friskis och Svettis']);
    expect(names('IOP med Ekby Tennisklubb och Ekby Ryttarförening om ridskolan.')).toEqual(['Ekby Tennisklubb', 'Ekby Ryttarförening']);
  });

  it('a definite noun\'s genitive before a house is a name; a name\'s genitive before an activity is the name', () => {
    expect(names('Ekonomiskt stöd till Folkmusikens hus för perioden 2014.')).toEqual(['Folkmusikens hus']);
    expect(names('Kommunen ger bidrag till Nattvandrarnas verksamhet under 2024.')).toEqual(['Nattvandrarna']);
    expect(names('Bidrag till Föreningens hus beviljas.')).toEqual([]);
  });

  it('a kommun\'s genitive opens an organisation\'s name', () => {
    expect(names('Upplevelsenämnden ingår IOP med Enköpings stads hembygdsförening om gården.')).toEqual(['Enköpings stads hembygdsförening']);
    expect(names('Malmö stads föreningar får bidrag.')).toEqual([]);
  });

  it('a lower-case run to a marker word stops at a word opening a phrase ("vad gäller")', () => {
    expect(names('Bidrag till Floda Boif vad gäller föreningens verksamhet.')).toEqual(['Floda Boif']);
    expect(names('IOP med Vallda tennishall ekonomisk förening har tecknats.')).toEqual(['Vallda tennishall ekonomisk förening']);
  });

  it('after "föreningen" a capitalised word and a lower-case definite noun are one name', () => {
    expect(names('partnerskap med föreningen Lokala hjälpen för perioden 2024-06-01 till 2027-05-31.')).toEqual(['Lokala hjälpen']);
    expect(names('Avtal med föreningen Ekby ansöker om stöd.')).not.toContain('Ekby ansöker');
    expect(names('IOP med föreningen Ekby och kommunen.')).not.toContain('Ekby och kommunen');
  });

  it('after "föreningen" a capitalised word, "och" and a lower-case word closing the line are one name', () => {
    expect(names('Ansökan från föreningen Ung och förälder\nDnr 10.1-0626/2008')).toEqual(['Ung och förälder']);
    expect(names('Ansökan från föreningen Ekbyhjälp och kommunen\nDnr 10.1-0626/2008')).not.toContain('Ekbyhjälp och kommunen');
    expect(names('Bidrag till stiftelsen Ekbygården och fråga om ansvarsfrihet.')).not.toContain('Ekbygården och fråga');
  });

  it('a name opens after a dash opening a line without its space', () => {
    expect(spanNames('Kommunen ger bidrag.\n-Kvinnojouren Ekby är en livsavgörande verksamhet.')).toContain('Kvinnojouren Ekby');
    // Not after a hyphen inside a word.
    expect(spanNames('Ett kvinno-Jouren Ekby')).not.toContain('Jouren Ekby');
  });

  it('partners named among several: "med flera ideella organisationer, däribland A och B"', () => {
    expect(names('Kommunen har IOP med flera ideella organisationer, däribland Kvinnojouren Ekby och Stadsmissionen i Ekby.')).toEqual(['Kvinnojouren Ekby', 'Stadsmissionen i Ekby']);
    expect(names('Kommunen har flera ideella organisationer, däribland Kvinnojouren Ekby.')).toEqual([]);
  });

  it('a name spelled out before its initials takes its lower-case words', () => {
    expect(names('Ansökan om bidrag till Barnens rätt i samhället, BRIS år 2014.')).toEqual(['Barnens rätt i samhället, BRIS']);
    expect(names('Ansökan om bidrag till Barnens rätt i samhället (BRIS) för 2014.')).toEqual(['Barnens rätt i samhället']);
    expect(names('Bidrag till Nattvandrarnas verksamhet, BUN beslutar.')).toEqual(['Nattvandrarna']);
    // Initials written as a word, the name opening a sentence; the initials alone later are its mentions.
    expect(names('Barnens rätt i samhället, Bris, hade ansökt om bidrag. Kommunen beviljar Bris 4000 kronor.')).toEqual(['Barnens rätt i samhället, Bris']);
    expect(names('Ekby IF, Ekby BK och Ekby FF har ansökt om bidrag.')).toEqual(['Ekby IF', 'Ekby BK', 'Ekby FF']);
  });

  it('a possessive after an organisation\'s definite noun opens the rest of its name', () => {
    expect(names('IOP med Riksföreningen Våra Gårdar om samlingslokaler.')).toEqual(['Riksföreningen Våra Gårdar']);
    expect(names('IOP med Ekby Tennisklubb. Vår förening har ansökt.')).toEqual(['Ekby Tennisklubb']);
  });

  it('after a prefix marker and one word, "och" and one more capitalised word are the name\'s', () => {
    expect(names('IOP med Stiftelsen Barn och Hem om stöd.')).toEqual(['Stiftelsen Barn och Hem']);
    expect(names('IOP med Stiftelsen Gläntan och Ekby Tennisklubb om stöd.')).toEqual(['Stiftelsen Gläntan', 'Ekby Tennisklubb']);
    expect(names('IOP med Föreningen Hemgården och Lund om stöd.')).not.toContain('Föreningen Hemgården och Lund');
  });
});

describe('what is no idéburen party', () => {
  it('a company whose form follows lower-case words of its own', () => {
    expect(names('Staden går i borgen för ett lån till Ekholmsnäs golf AB.')).toEqual([]);
    expect(names('Staden beviljar lån till Ekby IF och Ekby Bygg AB.')).toEqual(['Ekby IF']);
    // … or after its place, one more word of its name: the company's, not an organisation's.
    expect(names('Hyresavtal tecknat mellan Tennis & Paddel i Ekby Förvaltning AB och kommunen.')).toEqual([]);
    expect(names('Hyresavtal tecknat mellan Ekby Tennisklubb i Ekby Förvaltning AB och kommunen.')).toEqual(['Ekby Tennisklubb']);
  });

  it.each([
    ['a public party', 'överenskommelse med Region Halland och Kungsbacka kommun'],
    ['a public body', 'avtal med Kommunstyrelsen om mark'],
    ['a company', 'avtal med Familjebostäder i Göteborg AB om lokaler'],
    ['a person with a title', 'Nämnden beslutar att teckna avtal med Anders Svensson, verksamhetschef, om stödet.'],
    ['a person by the form of the name', 'Ansökan om bidrag från Anna Svensson har inkommit. Nämnden beviljar Per Lindqvist 5 000 kr.'],
    ['a plural noun opening a sentence, as a recipient', 'Deltagarna får ersättning för resor. Familjerna får stöd i form av samtal.'],
    ['a company by a word in its name', 'Avtalet med Bostadsbolaget Hem gäller lokalen.'],
    ['a politician', 'Ordförande Tommy Rydfeldt (L) finner att nämnden bifaller avtal med Lisa Andersson (M).'],
    ['a politician, the party written small', 'För information om IOP-avtal, kontakta:\n\nHåkan Berg (m) Kommunalråd, 0585-000 00'],
    ['an organisation-type word alone, opening a title', 'Förening - Bidrag till föreningsdriven fritidsgård\n\nNämnden beviljar bidrag.'],
    ['a funder named without a party context', 'Föreningen har ansökt om stöd ur Arvsfondsdelegationen och från Allmänna arvsfonden.'],
    ['a partner’s own collaborator, named without a marker', 'IOP med Uppsala Stadsmission. Stadsmissionen har även ett samarbete med Convictus.'],
    ['a place qualifying a body', 'Överenskommelsen mellan Rinkeby-Kista stadsdelsförvaltning och kommunen'],
    ['a sum that is no grant', 'Bygget kostar 2 miljoner kronor till Gatans Lag. Hyran är 5 000 kr till Ekbyhem.'],
    ['an event a grant is for, not who arranges it', 'Ekby Fotbollsförbund, ansökan om bidrag till Krullis Cup 2002. Bidrag till Ekbyloppet.'],
    ['a capitalised word qualifying a unit of the administration', 'Ansökan om bidrag har även ingivits till Regionala utvecklingsenheten.'],
    ['a capitalised sentence opener that contributes', 'Skogen är viktig. Digitaliseringen bidrar till att möjliggöra nya tjänster.'],
    ['a word after a table’s sums', 'Fjärrvärme 6043 MWh, Olja 16,6 m3(166 MWh), samt Biobränsle i egen eldning. Avtal mellan kommunen och bolaget.'],
    ['a route between two kommuner', 'verka för att inlandsbanan mellan Mora-\nFilipstad rustas upp'],
    ['countries', 'Avtal mellan Sverige och Danmark om broförbindelsen.'],
    ['state bodies', 'Överenskommelse med Migrationsverket och samarbete med Europeiska kommissionen. Avtal med MSB.'],
    ['a region’s care units', 'IOP med Ekby Vårdcentral. Avtal med Ekby Sjukhus.'],
    ['municipal companies', 'Stöd till Ekby Kommunala Bostäder. Avtal med Ekby Fastigheter och Ekby Bostäder.'],
    ['a kommunalförbund', 'Information från Regionförbundet. Avtal med Samordningsförbundet Östra Södertörn och Miljöförbundet Blekinge Väst.'],
    ['a place', 'samverkan med Region Halland och Hallands kommuner'],
    ['a marked name mentioned once without context', 'Krav från Vallda Tennishall ekonomisk förening har inkommit till nämnden.'],
    ['a generic lower-case mention', 'samverkan med studieförbunden och övriga föreningar i Frillesås och Förlanda'],
    ['a common noun after an abbreviation', 'ge stöd till EU-medborgare utan försörjning'],
    ['a heading after a document title', 'Vallda Tennisklubb Årsredovisning 2022'],
    ['pronouns and generic nouns as subjects', 'Vi har tecknat ett IOP. Nämnden har ingått avtalet. Avtalsparterna har tecknat avtal. Vår förening har ingått ett avtal.'],
    ['a contract’s defined role', 'Entreprenören har tecknat avtal om bygget.'],
    ['political parties receiving partistöd', 'Kommunfullmäktige beviljar Moderaterna, Centerpartiet och Liberalerna partistöd.'],
  ])('%s', (_, text) => {
    expect(names(text).filter((n) => !/(?:Tennisklubb|Uppsala Stadsmission)$/.test(n))).toEqual([]);
  });
});

describe('idéburna: forms of municipal writing beyond the tuned documents', () => {
  it('ideburen.partnership-with: a passive verb between the agreement and its partner', () => {
    expect(names('Avtal har slutits med Brottsofferjouren Fyrbodal om stöd till brottsutsatta.')).toEqual(['Brottsofferjouren Fyrbodal']);
    expect(names('Ett nytt partnerskap har nu tecknats med Gatans Lag.')).toEqual(['Gatans Lag']);
    expect(names('Avtal har slutits om städning. Med Gatans Lag pratade vi i går.')).toEqual([]);
  });

  it('a quoted name takes the context outside its quotation marks', () => {
    expect(names('Kommunen har ett IOP med föreningen ”Gatans Röst” sedan 2020.')).toEqual(['Gatans Röst']);
    expect(names('Projektet kallas ”Gatans Röst” i folkmun.')).toEqual([]);
  });

  it('ideburen.labelled: more form labels for the idéburen party', () => {
    expect(names('Sökande förening: Mjölby Skidklubb\nBelopp: 10 000 kr')).toEqual(['Mjölby Skidklubb']);
    expect(names('Bidragsmottagare: Gatans Lag\n')).toEqual(['Gatans Lag']);
    expect(names('IOP-partner: Noaks Ark Öst\n')).toEqual(['Noaks Ark Öst']);
    expect(names('Handläggare: Gatans Lag\n')).toEqual([]);
  });

  it('ideburen.is-ideell: ", som är en ideell organisation"', () => {
    expect(names('Mentor Norden, som är en ideell organisation, har erbjudit ett partnerskap.')).toEqual(['Mentor Norden']);
    expect(names('Mentor Norden, som är en viktig aktör, har erbjudit ett partnerskap.')).toEqual([]);
  });

  it('ideburen.runs: who runs the work or is charged with it counts with a marker in its name', () => {
    expect(names('Uppdraget utförs av Frälsningsarmén i Jönköping inom ramen för IOP.')).toEqual(['Frälsningsarmén']);
    expect(names('Nämnden ger Stiftelsen Fryshuset i uppdrag att driva verksamheten.')).toEqual(['Stiftelsen Fryshuset']);
    expect(names('Verksamheten drivs av Trygga Händer sedan 2019.')).toEqual([]);
    expect(names('Nämnden ger Socialförvaltningen i uppdrag att återkomma.')).toEqual([]);
  });

  it('a grant’s noun opening a sentence is no recipient', () => {
    expect(names('Bidrag beviljas till Vimmerby BK med 15 000 kr.')).toEqual(['Vimmerby BK']);
    expect(names('Stöd beviljas med 20 000 kronor. Ersättning utgår med 500 kr per timme.')).toEqual([]);
  });

  it('a listed name closed by its place keeps the list going; a genitive place starts the next name', () => {
    expect(names('Nämnden ingår IOP med Frivilligcentralen i Mölndal, Mölndals Stadsmission och Kvinnojouren Mölndal.')).toEqual([
      'Frivilligcentralen i Mölndal',
      'Mölndals Stadsmission',
      'Kvinnojouren Mölndal',
    ]);
    // A list of places after a definite noun is still where it works.
    expect(names('IOP med Stadsmissionen i Eskilstuna, Nyköping och Katrineholm.')).toEqual(['Stadsmissionen']);
  });

  it('ideburen.supported: a funder supporting the organisation, stronger with an amount', () => {
    expect(names('Kommunen stöttar Tjejzonen Lund med 100 000 kronor per år.')).toEqual(['Tjejzonen Lund']);
    expect(names('Region Skåne finansierar Tjejzonen Lund under tre år.')).toEqual([]);
    expect(names('Region Skåne finansierar Lunds Kvinnojour under tre år.')).toEqual(['Lunds Kvinnojour']);
    // Co-financing is financing: "Regionen medfinansierar Leader Ekbybygd med totalt 446 743 kronor".
    expect(names('Region Ekby medfinansierar Leader Ekbybygd med totalt 446 743 kronor under perioden 2023-2027.')).toEqual(['Leader Ekbybygd']);
  });

  it('a lower-case marker word ends a name, coordinated halves too, not the words after it', () => {
    expect(names('Ekby kommun och Ekby kvinno- och tjejjour har tecknat en överenskommelse om samarbete.')).toEqual(['Ekby kvinno- och tjejjour']);
    expect(names('Kommunen har ett IOP med Ljusgårdens vänner sedan 2019.')).toEqual(['Ljusgårdens vänner']);
    expect(names('Kommunen har ett IOP med Ljusgården om stöd till unga sedan 2019.')).toEqual(['Ljusgården']);
  });

  it('an adverb opening a sentence is no name, whatever verb follows it', () => {
    expect(names('Nu tecknar kommunen ett idéburet offentligt partnerskap med Mötesplats Kvarnen.')).toEqual(['Mötesplats Kvarnen']);
    expect(names('Idag har kommunen avtal med flera föreningar.')).toEqual([]);
  });

  it('news phrasing: a clause about what the organisation runs, a recipient past it, its work standing for it', () => {
    // Weak alone, as ideburen.runs: it counts with a marker in the name.
    expect(names('Ekby Kvinnoförening, som driver kvinnojouren, har arbetat länge i kommunen.')).toEqual(['Ekby Kvinnoförening']);
    expect(names('Ekby Kvinnoforum, som driver kvinnojouren, har arbetat länge i kommunen.')).toEqual([]);
    expect(names('Trygga Gatan, som driver natthärbärget, får 2 miljoner kronor.')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan, som ligger i centrum, har många besökare.')).toEqual([]);
    expect(names('Brottsofferjourens verksamhet får stöd genom ett IOP med kommunen.')).toEqual(['Brottsofferjouren']);
    expect(names('Trygga Gatans verksamhet har många besökare.')).toEqual([]);
  });

  it('news phrasing: perfect forms of receiving, a funder giving, money going to', () => {
    expect(names('Trygga Gatan har fått 300 000 kronor i bidrag.')).toEqual(['Trygga Gatan']);
    expect(names('Kommunen ger Trygga Gatan 200 000 kronor per år.')).toEqual(['Trygga Gatan']);
    expect(names('Kommunen ger Trygga Gatan en eloge för arbetet.')).toEqual([]);
    expect(names('Pengarna går till Trygga Gatan.')).toEqual(['Trygga Gatan']);
  });

  it('news phrasing: collaboration since some time, signing verbs, the partner named so', () => {
    expect(names('Kommunen samarbetar sedan flera år med Fontänhuset Ljusgården.')).toEqual(['Fontänhuset Ljusgården']);
    expect(names('Trygga Gatan och kommunen skriver avtal om nattvandring.')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan skriver om nattvandring på sin webbplats.')).toEqual([]);
    expect(names('Kommunens partner i projektet är Trygga Gatan.')).toEqual(['Trygga Gatan']);
  });

  it('news phrasing: support in the infinitive, an amount after a list of the supported', () => {
    expect(names('Syftet är att stödja Kvinnojouren Tranans arbete med våldsutsatta.')).toEqual(['Kvinnojouren Tranan']);
    expect(names('Kommunen stöttar Tjejjouren Stella och Trygga Gatan med totalt 300 000 kronor.')).toEqual(['Tjejjouren Stella', 'Trygga Gatan']);
  });

  it('ideburen.represented: who speaks for a marked organisation, never for an unmarked name', () => {
    expect(names('– Vi är glada, säger Anna Berg, ordförande i Kvinnojouren Tranan.')).toEqual(['Kvinnojouren Tranan']);
    expect(names('– Vi är glada, säger Anna Berg, verksamhetschef på Trygga Gatan.')).toEqual([]);
    expect(names('– Pengarna är avgörande, säger Anna Berg, ekonomiskt ansvarig för Ekby kvinnojour.')).toEqual(['Ekby kvinnojour']);
    expect(names('– Pengarna är avgörande, säger Anna Berg, projektledare på Trygga Gatan.')).toEqual([]);
    expect(names('– Vi är tacksamma, säger Lars Berg, sekreterare och informationsansvarig i Ekby läns bygdegårdsdistrikt.')).toEqual(['Ekby läns bygdegårdsdistrikt']);
    expect(names('– Vi är tacksamma, säger Lars Berg, informationsansvarig i Trygga Gatan.')).toEqual([]);
  });

  it('ideburen.represented: the organisation apposed to a person’s name, as a caption writes who signs', () => {
    expect(names('Bilden visar Anna Andersson, Astma- och allergiföreningen i Ekby, som skriver på.')).toEqual(['Astma- och allergiföreningen i Ekby']);
    // An unmarked name, or a name after no person, stays out.
    expect(names('Bilden visar Anna Andersson, Riksteatern Ekby, som skriver på.')).toEqual([]);
    expect(names('Bilden visar Anna Berg, Ekby Idrottsförening, som skriver på.')).toEqual([]);
  });

  it('ideburen.own-site: the page\'s own organisation, named as its site, when the page says it is a party', () => {
    const page = (text: string) => names(`# source: https://www.ekby-guide.se/2018/10/19/nyhet/\n\n${text}`);
    expect(page('Idag har vi tecknat ett IOP-avtal med Östersunds kommun. – Vi är glada, säger Anna Berg, verksamhetschef för Ekby-Guide.')).toEqual(['Ekby-Guide']);
    // An umbrella organisation's site writing of others' partnerships names itself in passing only.
    expect(page('Region Stockholm vill ingå IOP med Röda Korset, tillika medlem i Ekby-Guide.')).toEqual(['Röda Korset']);
  });

  it('ideburen.category: a category noun before a name, not one the text was only in touch with', () => {
    expect(names('Stödet går till hjälporganisationerna Bräcke Diakoni och Gatans Lag.')).toContain('Gatans Lag');
    expect(names('Kommunen har haft kontakt med organisationen Fritidsbanken i Sverige om utlåning.')).toEqual([]);
    // The indefinite "förening" as an apposition, as news texts write it.
    expect(names('Lokalen som hyrts åt bland annat förening RSMH Ekby ska sägas upp.')).toEqual(['RSMH Ekby']);
    expect(names('Kommunen har haft kontakt med förening Ekbyvännerna.')).toEqual([]);
  });

  it('a lower-case definite marker noun and its place is a name in a party\'s own context only', () => {
    expect(names('Efter 25 år säger Ekby kommun upp sitt avtal med kvinnojouren i Nacka/Värmdö.')).toEqual(['Kvinnojouren i Nacka/Värmdö']);
    expect(names('Kvinnor söker sig till kvinnojouren i Nacka när de behöver stöd.')).toEqual([]);
    expect(names('Avtal med föreningen i Nacka gäller lokalen.')).toEqual([]);
    // A grant's recipient too, in the singular; in the plural the kind of organisation there, in general.
    expect(names('Förutsatt att statsbidrag beviljas, får samhällsföreningen i Åby 600 000 kronor till samlingslokalen.')).toEqual(['Samhällsföreningen i Åby']);
    expect(names('Nämnden beviljar bidrag till hembygdsföreningen i Åby för taket.')).toEqual(['Hembygdsföreningen i Åby']);
    expect(names('Nio miljoner i extra stöd till studieförbunden i Åby län.')).toEqual([]);
    expect(names('Kommunen ger bidrag till kvinnojourerna i Åby varje år.')).toEqual([]);
    expect(names('Samhällsföreningen i Åby har många medlemmar.')).toEqual([]);
  });

  it('"Andra" opening a list\'s intro is no name', () => {
    expect(names('Andra som får stöd:\n\nKvinnojouren Ekby får 500 000 kronor för sin verksamhet.')).toEqual(['Kvinnojouren Ekby']);
  });

  it('news headings: a partnership\'s words open no name; the partner in a new partnership or becoming one', () => {
    expect(names('Nytt IOP med Trygga Gatan')).toEqual(['Trygga Gatan']);
    expect(names('Kommunen och Trygga Gatan i nytt partnerskap')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan blir kommunens nya IOP-partner')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan blir större i år.')).toEqual([]);
    expect(names('IOP för nyanlända')).toEqual([]);
  });

  it('an abbreviation spelled out in brackets after it takes its long form, and stands for it later', () => {
    const result = run('Kommunen tecknar IOP med TGE (Trygga Gatan Ekby). TGE får 100 000 kronor.');
    expect(result.fields.map((f) => f.value)).toEqual(['Trygga Gatan Ekby']);
    expect(result.aliases.get('TGE')).toBe('Trygga Gatan Ekby');
    expect(names('Kommunen tecknar IOP med KEG (Kollaborativ ekonomi Göteborg).')).toEqual(['Kollaborativ ekonomi Göteborg']);
    expect(names('Kommunen tecknar IOP med KEG (se bilaga).')).toEqual(['KEG']);
  });

  it('a plural noun of partners announces a list on its line or after a colon, not a heading\'s next sentence', () => {
    expect(names('Kommunen har IOP med tre föreningar: Gatans Lag, Trygga Gatan och Ljusgårdens vänner.')).toHaveLength(3);
    expect(names('Samverkansavtal med organisationer\n\nFler idéburna partnerskap väntas i höst.')).toEqual([]);
  });

  it('a network is no state body for ending like one ("Nätverket X" beside "Migrationsverket")', () => {
    expect(names('Regionen tecknar ett avtal om partnerskap med Nätverket Ekby Idéburna.')).toEqual(['Nätverket Ekby Idéburna']);
    expect(names('Regionen tecknar ett avtal om partnerskap med Migrationsverket.')).toEqual([]);
  });

  it('"Social Ekonomi" goes on a name; an abbreviation in brackets stands between a name and what is said of it', () => {
    expect(names('Föreningen Social Ekonomi Ekby (SEE) får bidrag för att utveckla samverkan.')).toEqual(['Föreningen Social Ekonomi Ekby']);
    expect(names('Trygga Gatan (TG) får 100 000 kronor.')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan (TG) har många besökare.')).toEqual([]);
  });

  it('an abbreviation between commas stands for the name whose letters it takes, not for the next name of a list', () => {
    const result = run('Stödet till Brottsofferjouren, BOJ, flyttas. Kommunstyrelsen ska teckna ett avtal med BOJ.');
    expect(result.fields.map((f) => f.value)).toEqual(['Brottsofferjouren']);
    expect(result.aliases.get('BOJ')).toBe('Brottsofferjouren');
    expect(run('IOP med Trygga Gatan, ABF, och Ljusgårdens vänner.').aliases.has('ABF')).toBe(false);
  });

  it('applicants and recipients in more tenses: handing in an application, seeking money, granted before', () => {
    expect(names('Trygga Gatan har lämnat in en ansökan om bidrag.')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan söker 300 000 kronor för verksamheten.')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan söker volontärer till nattvandringen.')).toEqual([]);
    expect(names('Nämnden har tidigare beviljat Trygga Gatan bidrag.')).toEqual(['Trygga Gatan']);
  });

  it('the idéburen side named as such, and a marked organisation running work on commission', () => {
    expect(names('Den idéburna parten är Trygga Gatan.')).toEqual(['Trygga Gatan']);
    expect(names('Den offentliga parten är Trygga Gatan.')).toEqual([]);
    expect(names('Ekby Stadsmission driver härbärget på uppdrag av kommunen.')).toEqual(['Ekby Stadsmission']);
    // Unmarked, it may be a company running contracted work.
    expect(names('Trygga Gatan driver boendet på uppdrag av kommunen.')).toEqual([]);
  });

  it('a project, programme or method is no organisation, named by its noun inside or before the name', () => {
    expect(names('Projektet Trygga Hem beviljas 200 000 kronor.')).toEqual([]);
    expect(names('Satsningen Unga Ledare får 300 000 kronor.')).toEqual([]);
    expect(names('Kommunen har ett IOP med Trygga Gatan inom ramen för projektet Unga Ledare.')).toEqual(['Trygga Gatan']);
    expect(names('Avtal med Migrationsverket, Polisen och Kriminalvården.')).toEqual([]);
  });

  it('contract and form layouts: numbered parties, a label alone on its line, "Namn på organisationen"', () => {
    expect(names('1. Parter\n1.1 Lunds kommun (nedan kallad Kommunen)\n1.2 Trygga Gatan (nedan kallad Föreningen)')).toEqual(['Trygga Gatan']);
    expect(names('Sökande organisation\nTrygga Gatan\n')).toEqual(['Trygga Gatan']);
    expect(names('Namn på organisationen: Trygga Gatan\n')).toEqual(['Trygga Gatan']);
    // "Organisation" heads sections too: alone on its line it labels nothing.
    expect(names('Organisation\nTrygga Gatan leds av en styrgrupp.')).toEqual([]);
  });

  it('recipients of a decision under more labels, and a signature\'s title, count with a marker in the name', () => {
    expect(names('Kopia till: Ekby Kvinnojour, Ekonomienheten')).toEqual(['Ekby Kvinnojour']);
    expect(names('Beslutet expedieras till\nEkby Kvinnojour\nSocialförvaltningen')).toEqual(['Ekby Kvinnojour']);
    expect(names('Kopia till: Trygga Gatan')).toEqual([]);
    expect(names('Anna Berg\nOrdförande, Ekby Kvinnojour')).toEqual(['Ekby Kvinnojour']);
  });

  it('ideburen.titled: a title naming the organisation, a dash and its matter', () => {
    expect(names('Trygga Gatan – ansökan om fortsatt IOP\n\nBakgrund')).toEqual(['Trygga Gatan']);
    expect(names('Utbildning - Leva Avtal\n\nBeslut')).toEqual([]);
  });

  it('a word of a name may open with a digit before its capital and a hyphen', () => {
    expect(names('Mest bidrag fick Ekby 4H-gård, som beviljades 200 000 kronor.')).toEqual(['Ekby 4H-gård']);
    expect(names('Gatans Lag fick 2 000 kronor för 4H-dagen.')).toEqual(['Gatans Lag']);
  });

  it('a name may be a digit and capitals alone, an organisation’s letters', () => {
    expect(names('Fritidsnämnden har beslutat att skriva ett nytt avtal med 4H.')).toEqual(['4H']);
    expect(names('Nämnden beviljar bidrag till 2a klassens resa.')).toEqual([]);
    expect(names('Avtal med 4Hs medlemmar tecknas.')).toEqual([]);
  });

  it('ideburen.titled: a protocol paragraph’s heading, the name before its matter or after it', () => {
    expect(names('§ 40\nEkby Fotbollsförbund, ansökan om bidrag till cupen\n\nText.')).toEqual(['Ekby Fotbollsförbund']);
    expect(names('§ 40 Gatans Lag, ansökan om verksamhetsbidrag 2024\n\nText.')).toEqual(['Gatans Lag']);
    expect(names('§ 45 Ansökan om bidrag – Gatans Lag\n\nText.')).toEqual(['Gatans Lag']);
    expect(names('Ansökan om bidrag – Gatans Lag\n\nText.')).toEqual([]);
    expect(names('§ 45 Ansökan om bidrag – Gatans Lag och Ekby kommun i samverkan\n\nText.')).toEqual([]);
    expect(names('Vi träffade Gatans Lag, ansökan om bidrag kom sedan.')).toEqual([]);
    // The officialese of a request: a framställning, a hemställan, an anhållan, and the verbs "hemställer", "anhåller".
    expect(names('§ 119 Gatans Lag, framställning om omprövning av delegationsbeslut\n\nGatans Lag hemställer att nämnden omprövar beslutet.')).toEqual(['Gatans Lag']);
    expect(names('Nämnden har tillstyrkt Ekby Bygdegårdsförenings anhållan om 100 500 kr i bidrag.')).toEqual(['Ekby Bygdegårdsförening']);
    expect(names('Gatans Lag anhåller om bidrag till lokalhyra.')).toEqual(['Gatans Lag']);
    expect(names('Gatans Lag hemställer om 20 000 kronor.')).toEqual(['Gatans Lag']);
  });

  it('a company form anywhere in a name makes a company; "mellan" names parties of an agreement only', () => {
    expect(names('Avtal om lokalhyra med Fastighets AB Ekby.')).toEqual([]);
    expect(names('Samarbetet mellan Lunds kommun och Trygga Gatan fortsätter.')).toEqual(['Trygga Gatan']);
    expect(names('Mellan Lunds kommun och Trygga Gatan har följande avtal träffats.')).toEqual(['Trygga Gatan']);
    expect(names('Skillnaden mellan Lunds kommun och Trygga Gatan är stor.')).toEqual([]);
  });

  it('ideburen.agreement-subject: the other party is a name, and "har" holds the agreement, not a clause about it', () => {
    expect(names('Trygga Gatan har sedan 2019 ett IOP.')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan och Lunds kommun har en överenskommelse om nattvandring.')).toEqual(['Trygga Gatan']);
    expect(names('Trygga Gatan har berättat att de vill fortsätta samarbetet.')).toEqual([]);
    expect(names('Vi har träffat Trygga Gatan och haft ett möte där de har förklarat att de vill fortsätta samarbetet.')).toEqual([]);
    // "skrev" signs an agreement, "skrev om" writes about one (a newspaper's reporting).
    expect(names('När Trygga Gatan och kommunen skrev avtalet var alla nöjda.')).toEqual(['Trygga Gatan']);
    expect(names('Det sa chefen när Ekby Kuriren skrev om avtalet i våras.')).toEqual([]);
  });

  it('ideburen.application-from: several applications, one named among others', () => {
    expect(names('Nämnden godkände ansökningar om föreningsbidrag inför jullovet, bland annat från Ekby Läxhjälp.')).toEqual(['Ekby Läxhjälp']);
    expect(names('Nämnden godkände ansökningar om föreningsbidrag inför jullovet, bland annat i Ekby Centrum.')).toEqual([]);
  });
});


describe('idéburna name boundaries in real documents', () => {
  it('a protocol section word ends a name where a PDF runs the items together, and starts none', () => {
    expect(names('§ 12 IOP med Kvinnojouren Ekby Ärendebeskrivning Kommunen har ett samarbete.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('Kommunstyrelsen beslutar att ingå IOP med Kvinnojouren Ekby\nÄrendebeskrivning\nKommunen har ett samarbete.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Kvinnojouren Ekby Yrkanden Anna Berg (S) yrkar bifall.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Kvinnojouren Ekby Föredragning Kommunen har ett samarbete.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Kvinnojouren Ekby Ärendenummer 2023/45')).toEqual(['Kvinnojouren Ekby']);
    // Two-word headings whose first word alone may stand in a name.
    expect(names('IOP med Kvinnojouren Ekby Ekonomiska konsekvenser Kostnaden ryms i budget.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Kvinnojouren Ekby Facklig samverkan har skett.')).toEqual(['Kvinnojouren Ekby']);
    // A letterhead's or signature's field after the name: its organisationsnummer then counts for it.
    expect(names('Parter\nKvinnojouren Ekby Organisationsnummer 802000-1234')).toEqual(['Kvinnojouren Ekby']);
    // A capitalised word that is no section word still goes on the name.
    expect(names('§ 12 IOP med Kvinnojouren Ekby Norra om skyddat boende.')).toEqual(['Kvinnojouren Ekby Norra']);
  });

  it('a name does not repeat its own word: the repeat opens the next sentence', () => {
    expect(names('IOP med Brottsofferjouren i Ekby Brottsofferjouren har ansökt om fortsatt stöd.')).toEqual(['Brottsofferjouren i Ekby']);
    expect(names('IOP med Brottsofferjouren Ekby Brottsofferjourens ansökan gäller stöd.')).toEqual(['Brottsofferjouren Ekby']);
    // Different words of one name, and a type word repeated as a different form, stay.
    expect(names('IOP med Föreningen Ekbyleden Ideell Förening om stigar.')).toEqual(['Ekbyleden Ideell Förening']);
    expect(names('IOP med Röda Korset Ekby Norra om stöd.')).toEqual(['Röda Korset Ekby Norra']);
  });

  it('a verb particle closes a name after "Föreningen"/"Stiftelsen" where a name may end, not before an object', () => {
    expect(names('Idéburet offentligt partnerskap med Föreningen Vägen ut om boende.')).toEqual(['Föreningen Vägen ut']);
    expect(names('IOP med Stiftelsen Steget vidare.')).toEqual(['Stiftelsen Steget vidare']);
    // The subject put after its verb: the particle is the verb's.
    expect(names('I år delar Föreningen Vägen ut stipendier. IOP med Föreningen Vägen.')).toEqual(['Föreningen Vägen']);
    expect(names('IOP med föreningen Vägen ut om boende.')).toEqual(['Vägen ut']);
    // After a verb the subject is put after it: the particle is the verb's, at a sentence's end too.
    expect(names('IOP med Kvinnojouren Ekby. Sedan flyttade föreningen Ekby in.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('Nu flyttar Föreningen Ekby in i nya lokaler. IOP med Föreningen Ekby.')).toEqual(['Föreningen Ekby']);
    // Without an opening "Föreningen" a particle is the sentence's: "… Kvinnojouren Ekby in i lokalen".
    expect(names('IOP med Kvinnojouren Ekby. Sedan flyttade Kvinnojouren Ekby in i lokalen.')).toEqual(['Kvinnojouren Ekby']);
  });

  it('a quoted name runs to its closing mark; a quoted sentence is no name', () => {
    expect(names('IOP med föreningen ”Vägen ut” om boende.')).toEqual(['Vägen ut']);
    expect(names('IOP med stiftelsen »Hem för alla» om boende.')).toEqual(['Hem för alla']);
    // A quotation without an organisation's noun before it is as often a headline.
    expect(names('IOP med Kvinnojouren Ekby.\n\nLÄS MER: "Kvinnojour hyllar nytt samarbete"')).not.toContain('Kvinnojour hyllar nytt samarbete');
    expect(names('IOP med föreningen ”Ekby Hem, en plats för alla som vill vara med” om boende.')).not.toContain('Ekby Hem, en plats för alla som vill vara med');
  });

  it('a number of four digits closes a name; a year of the documents, an amount, a column or a list of sums does not', () => {
    expect(names('avtal med Kultur 1740 om verksamhet 2024–2026.')).toEqual(['Kultur 1740']);
    expect(names('Bidrag beviljas till Kvinnojouren Ekby 1500, Tjejjouren Norra 2300.')).toContain('Kvinnojouren Ekby');
    expect(names('IOP med Kvinnojouren Ekby 112 om stöd.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Förening 2000 om verksamhet.')).toEqual(['Förening 2000']);
    expect(names('bidrag till Föreningen Solstrålen 2025 enligt ansökan.')).toEqual(['Föreningen Solstrålen']);
    expect(names('Kommunen ger Föreningen Solstrålen 200 000 kronor per år.')).toEqual(['Föreningen Solstrålen']);
    expect(names('bidrag till Föreningen Solstrålen 150 tkr enligt ansökan.')).toEqual(['Föreningen Solstrålen']);
    expect(names('Parter\nFöreningen Solstrålen    150\n')).toEqual(['Föreningen Solstrålen']);
  });

  it('an acronym or a noun-opened name takes its tagline after a dash; a second name or a lower-case apposition does not', () => {
    expect(names('ingå IOP med Röda Korset och EKBO – Råd, stöd och kunskapscenter, tillika medlemmar.')).toContain('EKBO – Råd, stöd och kunskapscenter');
    expect(names('Ekby kommun och Föreningen systergemenskap – Ekby kvinno- och tjejjour har tecknat en överenskommelse.')).toContain(
      'Föreningen systergemenskap – Ekby kvinno- och tjejjour',
    );
    expect(names('Projektansökan från EKBO - Råd, Stöd & Kunskapscenter Ideell förening\n')).toEqual(['EKBO - Råd, Stöd & Kunskapscenter Ideell förening']);
    // A second name of capitalised words, a lower-case apposition, or a tagline ending in no organisation's noun.
    expect(names('IOP med KFUM – Kvinnojouren Ekby om stöd.')).not.toContain('KFUM – Kvinnojouren Ekby');
    expect(names('IOP med Föreningen Ekby – en ideell förening om stöd.')).toEqual(['Föreningen Ekby']);
    expect(names('IOP med EKBO – Stöd till unga i Ekby om boende.')).not.toContain('EKBO – Stöd till unga i Ekby');
  });

  it('a number of two digits closes a one-word name spoken of as one; a numbered part of a document does not', () => {
    expect(names('Socialnämnden beviljar Länk 80:s ansökan om bidrag.')).toEqual(['Länk 80']);
    expect(names('Länk 80 har lämnat en ansökan. Bidrag beviljas till Länk 80:s verksamhet.')).toContain('Länk 80');
    expect(names('bidrag till Kvinnojouren enligt Bilaga 12:s tabell.')).not.toContain('Bilaga 12');
    expect(names('Föreningen Ekby ansöker om bidrag, se Paragraf 14 har ändrats.')).not.toContain('Paragraf 14');
    // Not a number after a name of more words, nor one that is a sum or ordinal in running text.
    expect(names('bidrag till Kvinnojouren Ekby 80 om stöd.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('Bidrag till Ekby 12 procent.')).not.toContain('Ekby 12');
  });

  it('company forms beyond AB: a group, a holding, a foreign form make a company; an ekonomisk förening stays possible', () => {
    expect(names('avtal med Ekby Group om städning. IOP med Föreningen Ekby.')).toEqual(['Föreningen Ekby']);
    expect(names('avtal med Ekby Holding om lokaler.')).toEqual([]);
    expect(names('avtal med Ekby Omsorg Aktiebolag om städning.')).toEqual([]);
    expect(names('avtal med Vallda Tennishall Ekonomisk Förening om hallen.')).toEqual(['Vallda Tennishall Ekonomisk Förening']);
  });

  it('ideburen.recipient: "Beslutet skickas till X" and "Expedieras till X" without a colon, a marked name only', () => {
    expect(names('Beslutet skickas till Kvinnojouren Ekby.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('Expedieras till Kvinnojouren Ekby\nEkonomiavdelningen')).toEqual(['Kvinnojouren Ekby']);
    expect(names('Beslutet skickas till Ekby Fritid.')).toEqual([]);
    expect(names('Beslutet skickas till Anna Berg.')).toEqual([]);
  });

  it('a case number\'s letters, a page header and a capitalised body end a name run together with them', () => {
    expect(names('IOP med Kvinnojouren Ekby KS 2023/12 Sammanfattning')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Kvinnojouren Ekby Sid 2 (4)')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Kvinnojouren Ekby Beslutet skickas till')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Kvinnojouren Ekby Barn- och utbildningsnämnden beslutar')).toEqual(['Kvinnojouren Ekby']);
    // A club's letters before a season stay; a place before a lower-case body qualifies it.
    expect(names('IOP med Ekby KFUM 2023/24 om verksamhet')).toEqual(['Ekby KFUM']);
    expect(names('Bidrag till Ekby vård- och omsorgsnämnd.')).toEqual([]);
  });

  it('an address after a name (a street and its number, a post box) is no part of it; a street-like name is', () => {
    expect(names('För Kvinnojouren Ekby Box 123, 123 45 Ekby')).toEqual(['Kvinnojouren Ekby']);
    expect(names('Parter\nKvinnojouren Ekby Storgatan 12, 123 45 Ekby')).toEqual(['Kvinnojouren Ekby']);
    expect(names('IOP med Föreningen Ekbyvägen om stöd')).toEqual(['Föreningen Ekbyvägen']);
    expect(names('IOP med Föreningen Ekbyvägen 2000 om stöd')).toEqual(['Föreningen Ekbyvägen 2000']);
  });

  it('a person after a marked name ends it where a signature runs together; after an unmarked name it is left alone', () => {
    expect(names('För Kvinnojouren Ekby Anna Svensson, ordförande')).toEqual(['Kvinnojouren Ekby']);
    // A caption's list of people, whatever their surnames end in; a signatory after the name's comma is no list.
    expect(spanNames('Delar av styrelsen för Ekby Ridklubb Jessica Westerholm, Per Bynander, Ingar Jansen och Emma Karlsson.')).toContain('Ekby Ridklubb');
    expect(spanNames('För Föreningen Gamla Ekby, Anna Berg, ordförande')).toContain('Föreningen Gamla Ekby');
    expect(names('IOP med Röda Korset Ekby Anna Lindqvist')).toEqual(['Röda Korset Ekby']);
    // A surname ending none of the surname endings is no person's to this rule; a place after a marked name stays.
    expect(names('IOP med Kvinnojouren Ekby Norra om stöd')).toEqual(['Kvinnojouren Ekby Norra']);
  });

  it('a prefix marker alone takes its "för" and lower-case words as its name, up to a verb or a function word', () => {
    expect(names('IOP med Föreningen för psykisk hälsa om stöd.')).toEqual(['Föreningen för psykisk hälsa']);
    expect(names('IOP med Riksförbundet för social och mental hälsa i Ekby om stöd.')).toEqual(['Riksförbundet för social och mental hälsa i Ekby']);
    expect(names('IOP med Stiftelsen för kvinnor och barn har ansökt om stöd.')).toEqual(['Stiftelsen för kvinnor och barn']);
    // A purpose clause or an adverbial after it is no name; a marker with a name of its own keeps "för" out.
    expect(names('IOP med Föreningen Ekby. Föreningen för att stödja unga har ansökt.')).toEqual(['Föreningen Ekby']);
    expect(names('Föreningen för närvarande inte aktiv.')).toEqual([]);
    expect(names('IOP med Föreningen Ekby för barn och unga.')).toEqual(['Föreningen Ekby']);
  });

  it('a kommun’s genitive at a name’s end is the sentence’s; one at its start is the name’s', () => {
    expect(names('Lunds kommun ingår IOP med Kvinnojouren Lund. Kvinnojouren Lunds arbete är viktigt.')).toEqual(['Kvinnojouren Lund']);
    expect(names('IOP med Göteborgs Stadsmission. Göteborg Stadsmission driver härbärget.')).toEqual(['Göteborgs Stadsmission']);
  });

  it('places joined by a slash are one organisation’s, written with or without "i"', () => {
    expect(names('Avtal med Kvinnojouren i Nacka/Värmdö. Kvinnojouren Nacka/ Värmdö har ansökt om bidrag.')).toHaveLength(1);
    expect(names('IOP med Tjejjouren Ekby/Tranås om stöd.')).toEqual(['Tjejjouren Ekby/Tranås']);
    expect(names('Samarbete med Nacka/Värmdö om stöd.')).toEqual([]);
  });

  it('a web address as a name, its appositive with an adjective, a time adverbial before the verb', () => {
    expect(names('Lunds kommun och den nationella stiftelsen Trygghet.nu har sedan årsskiftet 18/19 ingått ett idéburet offentligt partnerskap.')).toEqual([
      'Trygghet.nu',
    ]);
    expect(names('IOP med den lokala föreningen Gröna Vägen om stöd.')).toEqual(['Gröna Vägen']);
    expect(names('Trygghet.nu har sedan länge en hemsida om nattvandring.')).toEqual([]);
  });

  it('a grant shared out under "följande fördelning:", one recipient a line, its sum in the next column', () => {
    const list = 'Gruppen föreslår följande fördelning:\n- Bris Region syd 40 kkr\n- Föreningen för anhöriga 5 kkr\n- Röda Korset region Skåne 52 kkr\n- Buffert 68 kkr\n';
    expect(names(list)).toEqual(['Bris Region syd', 'Föreningen för anhöriga', 'Röda Korset region Skåne']);
    expect(names('Avtalet reglerar följande fördelning av ansvar:\nStärka föräldrar i sin roll\n')).toEqual([]);
  });

  it('a lower-case organisation in a list of names takes the list’s standing; alone it is a common noun', () => {
    expect(names('Nämnden godkände ansökningar om föreningsbidrag, bland annat från Ekby Läxhjälp, Stödnätet, svensk-somaliska ungdomsföreningen och Ekby sportklubb.')).toEqual([
      'Ekby Läxhjälp',
      'Stödnätet',
      'svensk-somaliska ungdomsföreningen',
      'Ekby sportklubb',
    ]);
    expect(names('Bidrag beviljas till kvinnojouren, som har ansökt.')).toEqual([]);
    expect(names('Lokalen delas av skolan, fritidsgården och biblioteket.')).toEqual([]);
  });

  it('an orienteringsklubb’s "OK" marks a club as "IF" does', () => {
    expect(names('Kommunen har ett samarbete med OK Ravinen om kartor.')).toEqual(['OK Ravinen']);
    expect(names('Kommunen har ett samarbete med Ravinen om kartor.')).toEqual([]);
  });

  it('a hockey, table-tennis or golf club’s letters mark a club as "IF" does ("HC Ekby", "Ekby BTK", "Ekby IS")', () => {
    expect(names('Kommunen har ett samarbete med HC Ravinen om ishallen.')).toEqual(['HC Ravinen']);
    expect(names('Kommunen har ett samarbete med Ravinen BTK om hallen.')).toEqual(['Ravinen BTK']);
    expect(names('Kommunen har ett samarbete med Ravinen IS om hallen.')).toEqual(['Ravinen IS']);
    // Lower-case or inside a word the letters mark nothing.
    expect(names('Kommunen har ett samarbete med Ravinen hc om hallen.')).toEqual([]);
    // Two letters alone are no club's name (a newspaper's initials, "när KK skrev"); a longer token may be an organisation's.
    expect(markerStrength('KK', false)).toBe(0);
    expect(markerStrength('HC Ekby', false)).toBeGreaterThan(0);
    expect(markerStrength('AIK', false)).toBeGreaterThan(0);
  });

  it('the verb before its subject once a phrase opens the sentence (Swedish puts the verb second)', () => {
    expect(names('I dag tecknar Lunds kommun och Ekby Hundklubb ett IOP.')).toEqual(['Ekby Hundklubb']);
    expect(names('Nu förlänger kommunen och Gatans Lag avtalet.')).toEqual(['Gatans Lag']);
    expect(names('Nu blir Ekby Hundklubb kommunens nya IOP-partner.')).toEqual(['Ekby Hundklubb']);
    expect(names('I år tecknar Gatans Lag fler medlemmar.')).toEqual([]);
    expect(names('I går undertecknade Anna Berg och Per Lind avtalet.')).toEqual([]);
    // An adverb opening the sentence is no subject: "Därefter ingick …".
    expect(names('Därefter ingick föreningen ett avtal.')).toEqual([]);
  });

  it('a list on its intro’s line, a repeated "med", an agreement given', () => {
    expect(names('Följande föreningar föreslås få bidrag: Ekby Schackklubb, Gatans Lag och Ekby Konstförening.')).toEqual([
      'Ekby Schackklubb',
      'Gatans Lag',
      'Ekby Konstförening',
    ]);
    expect(names('Avtalet reglerar följande villkor: Gatans Lag ska redovisa.')).toEqual([]);
    expect(names('Kommunen har IOP med Ekby Kvinnojour och med Gatans Lag.')).toEqual(['Ekby Kvinnojour', 'Gatans Lag']);
    expect(names('Nämnden har beslutat att ge Gatans Lag ett IOP.')).toEqual(['Gatans Lag']);
    expect(names('Nämnden har beslutat att ge Gatans Lag en chans.')).toEqual([]);
    // A grant of any compound given ("projektbidrag", "verksamhetsstöd"); not something else given.
    expect(names('Nämnden beslutade att ge Föreningen Solglimten ett projektbidrag på 450 000 kronor per år.')).toEqual(['Föreningen Solglimten']);
    expect(names('Nämnden beslutade att ge Föreningen Solglimten ett verksamhetsstöd.')).toEqual(['Föreningen Solglimten']);
    expect(names('Nämnden beslutade att ge Föreningen Solglimten ett besked i januari.')).toEqual([]);
    expect(names('Nämnden beslutade att ge Föreningen Solglimten ett uppdrag att utreda saken.')).toEqual([]);
  });

  it('ideburen.sum-row: a marked name opening a row that a sum closes; an unmarked one needs more', () => {
    expect(names('Verksamhetsbidrag 2024\nEkby Pensionärsförening 12 000\nEkby Schackklubb 8 000 kr\nPersonalkostnader 20 000\nGatans Lag 5 000\n')).toEqual([
      'Ekby Pensionärsförening',
      'Ekby Schackklubb',
    ]);
    expect(names('Ekby Schackklubb 45\n')).toEqual([]);
  });

  it('a place written as a stop word before its association\'s type word, on a row of sums or a list line', () => {
    expect(names('Följande fördelning föreslås:\nÅby bygdegårdsförening          200 000 kr\nNär bygdegårdsförening             73 000 kr\n')).toEqual([
      'Åby bygdegårdsförening',
      'När bygdegårdsförening',
    ]);
    expect(names('Bidrag 2024\nVi idrottsförening 8 000\nBland hembygdsförening 12 500 kr\n')).toEqual(['Vi idrottsförening', 'Bland hembygdsförening']);
    expect(names('Beviljade bidrag:\n- När skytteförening 5 000 kr\n')).toEqual(['När skytteförening']);
  });

  it('"Föreningen X" is X where the text also writes "föreningen X" in lower case', () => {
    expect(names('Föreningen Solbacken hade ansökt om 8 000 kronor. – Både föreningen Solbacken och Ekby IF har fått sina bidrag.')).toContain('Solbacken');
    expect(names('Föreningen Gatans Röst får 20 000 kronor. Kommunen har länge samarbetat med föreningen Gatans Röst.')).toEqual(['Gatans Röst']);
    expect(names('Nämnden beviljar bidrag till Föreningen Gatans Röst. Enligt föreningen Gatans Röst ökar behovet.')).toEqual(['Gatans Röst']);
  });

  it('"Föreningen X" is X where the text also writes X alone, opening a heading or a sentence', () => {
    expect(names('Solbacken får nytt avtal\n\nFöreningen Solbacken har tecknat ett IOP med kommunen.')).toEqual(['Solbacken']);
    expect(names('Föreningen Gatans Röst har ett IOP med staden. Gatans Röst driver ett café.')).toEqual(['Gatans Röst']);
    // Inside a sentence or before more of a name, the bare words are no name of their own.
    expect(names('Föreningen Gatans Röst har ett IOP med staden. Projektet heter Gatans Röst Ung.')).toEqual(['Föreningen Gatans Röst']);
  });

  it('withoutCommonNoun (also asked of listing rows\' names): "Föreningen X" is X where the text writes X alone or after "föreningen"', () => {
    expect(withoutCommonNoun('Föreningen Hela Ekby', 'Hela Ekby får bidrag\n\nFöreningen Hela Ekby ansöker om projektbidrag')).toBe('Hela Ekby');
    expect(withoutCommonNoun('Föreningen KRIS-08', 'Föreningen KRIS-08 ansöker om bidrag. Nämnden stödjer föreningen KRIS-08.')).toBe('KRIS-08');
    // The noun with the name every time, or the bare words only inside a sentence or before more of a name: it stays.
    expect(withoutCommonNoun('Föreningen Fanzingo', 'Radio Ekby\nProjektansökan från Föreningen Fanzingo\n')).toBe('Föreningen Fanzingo');
    expect(withoutCommonNoun('Föreningen Hela Ekby', 'Föreningen Hela Ekby ansöker om bidrag\nAnsökan från Hela Ekby\n')).toBe('Föreningen Hela Ekby');
    expect(withoutCommonNoun('Föreningen Hela Ekby', 'Föreningen Hela Ekby får bidrag. Hela Ekby Ung är ett projekt.')).toBe('Föreningen Hela Ekby');
  });

  it('ideburen.holds-grant: an organisation that has a grant of a stated sum', () => {
    expect(names('Årligen har simhallsföreningen i Ekby ett driftbidrag på 450 000 kronor från kommunen.')).toEqual(['Simhallsföreningen i Ekby']);
    expect(names('Ekby IF har ett årligt verksamhetsstöd om 80 000 kronor.')).toEqual(['Ekby IF']);
    // Not a bare "har", a grant without its sum, nor the state's grant.
    expect(names('Ekby IF har många medlemmar och ett nytt klubbhus.')).toEqual([]);
    expect(names('Ekby IF har ett bidrag som snart tar slut.')).toEqual([]);
    expect(names('Ekby IF har ett investeringsstöd på 300 000 kronor från Boverket.')).toEqual([]);
  });

  it('ideburen.works-with-public: a marked organisation working with a public party', () => {
    expect(names('Föreningen Ekby Vänner har tidigare samarbetat med socialtjänsten i Åby.')).toEqual(['Föreningen Ekby Vänner']);
    expect(names('Ekby Scoutkår samarbetar sedan 2019 med kommunen.')).toEqual(['Ekby Scoutkår']);
    expect(names('Ekby Ryttarförening har länge samverkat med Ekby kommun.')).toEqual(['Ekby Ryttarförening']);
    expect(names('Ekby Scoutkår samarbetar med fritidsförvaltningen.')).toEqual(['Ekby Scoutkår']);
  });

  it('ideburen.works-with-public: not another organisation\'s partner, nor an unmarked name', () => {
    // (The partner is taken by ideburen.collaboration-with; the subject is not.)
    expect(names('Ekby Scoutkår samarbetar med Åby Ryttarförening.')).not.toContain('Ekby Scoutkår');
    expect(names('Anna Berg har tidigare samarbetat med socialtjänsten.')).toEqual([]);
    expect(names('Ekby Bygg AB har tidigare samarbetat med kommunen.')).toEqual([]);
    expect(names('Ekby Scoutkår har tidigare samarbetat med skolor i området.')).toEqual([]);
  });

  it('"Föreningen X" stays whole where the text writes the noun capitalised only, or the lower case names another', () => {
    expect(names('Föreningen Gatans Röst får 20 000 kronor. Föreningen Gatans Röst är ideell.')).toEqual(['Föreningen Gatans Röst']);
    expect(names('Nämnden beviljar bidrag till Föreningen för långtidssjukskrivna. Enligt föreningen för långtidssjukskrivna ökar behovet.')).toEqual(['Föreningen för långtidssjukskrivna']);
    expect(names('Föreningen Gatans Röst får 20 000 kronor. Även föreningen Gatans Rösters vänner har sökt.')).toContain('Föreningen Gatans Röst');
    expect(names('Stiftelsen Läxhjälpen får 20 000 kronor. Enligt stiftelsen Läxhjälpen ökar behovet.')).toEqual(['Stiftelsen Läxhjälpen']);
  });

  it('a name in an all-caps heading runs over its small words to the marker closing the line', () => {
    expect(spanNames('AVTAL MELLAN EKBY KOMMUN OCH HJÄLP FÖR ALLA I EKBY IDEELL FÖRENING\n')).toContain('HJÄLP FÖR ALLA I EKBY IDEELL FÖRENING');
    expect(spanNames('IOP MED FÖRÄLDRAR MOT NARKOTIKA I EKBY FÖRENING\n')).toEqual(['FÖRÄLDRAR MOT NARKOTIKA I EKBY FÖRENING']);
    // The heading's name is the fullest form of the one the text writes in mixed case.
    expect(names('Nämnden har ett IOP med föreningen Lokala hjälpen.\n\nÖVERENSKOMMELSE MELLAN EKBY STAD (NÄMNDEN FÖR FRITID) OCH LOKALA HJÄLPEN FÖR ETT HÅLLBART SVERIGE EKONOMISK FÖRENING\n')).toContain(
      'LOKALA HJÄLPEN FÖR ETT HÅLLBART SVERIGE EKONOMISK FÖRENING',
    );
  });

  it('an all-caps heading joins no two names, nor a heading\'s words, into one', () => {
    expect(spanNames('AVTAL MED EKBY IF OCH ÅBY SKYTTEFÖRENING\n')).toEqual(['EKBY IF', 'ÅBY SKYTTEFÖRENING']);
    expect(spanNames('IOP MED EKBY HEMBYGDSFÖRENING FÖR ALLA HEMBYGDSFÖRENINGAR\n')).toContain('EKBY HEMBYGDSFÖRENING');
    expect(spanNames('Avtal med Hjälp för alla i Ekby förening\n')).not.toContain('Hjälp för alla i Ekby förening');
    expect(spanNames('RIKTLINJER FÖR STÖD TILL IDROTTSFÖRENINGAR\n')).not.toContain('RIKTLINJER FÖR STÖD TILL IDROTTSFÖRENINGAR');
  });

  it('a stop word before a type word in a sentence stays a sentence\'s word', () => {
    expect(names('När föreningen bildades 1990 fick den 5 000 kr.\n')).toEqual([]);
    expect(names('När idrottsförening ansöker om bidrag ska ansökan lämnas senast 1 mars.\n')).toEqual([]);
    expect(names('Vi bygdegårdsföreningar i länet får 10 000 kr.\n')).toEqual([]);
    expect(names('När bygdegårdsföreningen 73 000 kr\n')).toEqual([]);
    expect(names('Det idrottsförening 8 000 kr\n')).toEqual([]);
  });

  it('ideburen.sum-row: a bulleted row with a dash before its sum and a comma after it', () => {
    expect(names('Årets största anslagstagare är:\n  • Ekby Reumatikerförbund – 310 000 kronor,\n  • Gatans Lag – 250 000 kronor,\n')).toEqual([
      'Ekby Reumatikerförbund',
    ]);
    expect(names('  • Ekby Reumatikerförbund – 310 000 kronor till lokalhyra och resor\n')).toEqual([]);
  });

  it('ideburen.agreement-subject: starting an agreement is entering one', () => {
    expect(names('Ekby kvinnojour startar ett nytt samarbete med kommunen.')).toEqual(['Ekby kvinnojour']);
    expect(names('Ekby kvinnojour startar en ny stödgrupp i höst.')).toEqual([]);
  });

  it('a grant\'s recipient past its membership count, an apposition or a relative clause; an opening adverb is none', () => {
    expect(names('Ekby Alpo, 83 medlemmar, fick ett stöd på 97 200 kronor.')).toEqual(['Ekby Alpo']);
    expect(names('Dessutom erhöll Ekbyjouren med 76 medlemmar, 56 400 kronor.')).toEqual(['Ekbyjouren']);
    expect(names('Sammanlagt fick Gatans Lag som med sina 35 medlemmar fick 150 800 kronor.')).toEqual(['Gatans Lag']);
    expect(names('Gatans Lag fick 150 800 kronor.')).toEqual(['Gatans Lag']);
    expect(names('Gatans Lag, 83 medlemmar, fick en ny lokal.')).toEqual([]);
    expect(names('Medan Gatans Lag har lättare att nå behövande, har förvaltningen ett IOP med Gatans Lag.')).toEqual(['Gatans Lag']);
  });

  it('an abbreviation with its long form between commas is one name, written so; "people against a cause" names one', () => {
    expect(names('RSMH, Riksförbundet för social och mental hälsa, med 22 medlemmar fick sänkt bidrag.')).toEqual(['RSMH, Riksförbundet för social och mental hälsa']);
    expect(names('KRIS, kriminellas rätt i samhället, erhöll 63 400 kronor.')).toEqual(['KRIS, kriminellas rätt i samhället']);
    expect(names('IOP med ABF, Ekby Schackklubb, Ekby Kvinnojour och Gatans Lag.')).toContain('ABF');
    expect(names('IOP med ABF, Ekby Schackklubb, Ekby Kvinnojour och Gatans Lag.')).not.toContain('ABF, Ekby Schackklubb');
    expect(names('Föräldrar mot narkotika med 22 medlemmar erhöll 45 000 kronor.')).toEqual(['Föräldrar mot narkotika']);
    expect(names('Insatser mot narkotika får 45 000 kronor.')).toEqual([]);
  });

  it('a capitalised adjective before a plural noun names no organisation', () => {
    expect(names('Kommunen kan sluta IOP med Idéburna organisationer, som inte är vinstdrivande.')).toEqual([]);
    expect(names('Kommunen tecknar IOP med Gatans Lag.')).toEqual(['Gatans Lag']);
  });

  it('a person run into an organisation named by its definite type noun is no part of its name', () => {
    expect(names('Överens. Anna Öhman Kvinnojouren Ekby och Per Lind. Kommunen har tecknat avtal med Kvinnojouren Ekby.')).toEqual(['Kvinnojouren Ekby']);
    expect(names('Kommunen har tecknat avtal med Svenska Kyrkan Ekby.')).toEqual(['Svenska Kyrkan Ekby']);
    expect(names('Kommunen har tecknat avtal med Göteborgs Räddningsmissionen.')).toEqual(['Göteborgs Räddningsmissionen']);
  });

  it('a short form folds into the one fuller name that stays a party, past one merely named', () => {
    expect(names('Förr drev Ekby Stadsmission härbärget. Nämnden förlänger IOP med Sörby Stadsmission. Stadsmissionen har visat goda resultat.')).toEqual([
      'Sörby Stadsmission',
    ]);
  });

  it('ideburen.agreement-subject: a modal verb and its infinitive of signing or entering', () => {
    expect(names('Representanter från Ekby Schackklubb samt Gatans Lag fick underteckna överenskommelsen.')).toEqual(['Ekby Schackklubb', 'Gatans Lag']);
    expect(names('Gatans Lag ska teckna ett IOP med kommunen.')).toEqual(['Gatans Lag']);
    expect(names('Gatans Lag fick underteckna gästboken.')).toEqual([]);
  });

  it('ideburen.sum-after: a sum right after a marked name in a sentence of grants; an unmarked name needs more', () => {
    expect(names('Ekby Manskör får 10 000 kronor, Ekby Historiska Sällskap 3 000 kronor och Gatans Lag 2 000 kronor.')).toEqual([
      'Ekby Manskör',
      'Ekby Historiska Sällskap',
    ]);
    expect(names('Stödet går till Musikkåren Lyran, 65 000 kronor.')).toEqual(['Musikkåren Lyran']);
    expect(names('Kostnaden för Gatans Lag 3 000 kronor har betalats.')).toEqual([]);
    expect(names('Från Ekby Lajvförening, som får 13 000 kronor, till Gatans Lag.')).toEqual(['Ekby Lajvförening']);
  });

  it('a quantifier opening a sentence is no name; an association\'s treasurer speaks for it', () => {
    expect(names('Många andra kvinnojourer har avtal med sina kommuner.')).toEqual([]);
    expect(names('Följande föreningar ska få bidrag. Dessa föreningar får 5 000 kronor var.')).toEqual([]);
    expect(names('– Vi har inget avtal, säger Anna Berg, tidigare kassör i Tjej- och Kvinnojouren Ekby.')).toEqual(['Tjej- och Kvinnojouren Ekby']);
  });

  it('a name written with and without a place\'s "i" is named as the text usually writes it', () => {
    const text = (extra: string) => `IOP mellan Värmdö kommun och Kvinnojouren Ekby/Sörby. ${extra} Kvinnojouren i Ekby/Sörby får 400 000 kronor.`;
    expect(names(text('Kvinnojouren Ekby/Sörby har en jourtelefon.'))).toEqual(['Kvinnojouren Ekby/Sörby']);
    expect(names(text('Kvinnojouren i Ekby/Sörby har en jourtelefon.'))).toEqual(['Kvinnojouren i Ekby/Sörby']);
  });

  it('a name written with and without the definite ending of its closing type word is named as the text usually writes it', () => {
    const text = (extra: string) =>
      `Medfinansiering klar till Ekby Hembygdsförening\n\nKommunstyrelsen har beslutat att bidra till Ekby hembygdsförenings bygge av ett arkiv. ${extra}\n\nVi ringde Anna Berg, som är ordförande i Ekby hembygdsföreningen:\n\n– Vi är tacksamma att kommunen stöttar oss!`;
    expect(names(text(''))).toEqual(['Ekby Hembygdsförening']);
    expect(names(text('Ekby hembygdsföreningen fick mer i fjol. Ekby hembygdsföreningen firar.'))).toEqual(['Ekby hembygdsföreningen']);
    // A type word opening the name is no ending: "Kvinnojouren Iris" and "Kvinnojour Iris" are not compared so.
    expect(names('Kommunen har IOP med Kvinnojouren Iris. Kvinnojouren Iris får 100 000 kronor.')).toEqual(['Kvinnojouren Iris']);
  });

  it('a type noun in the indefinite plural, alone or after adjectives, names a kind, not an organisation', () => {
    expect(names('Föreningar kan ingå IOP med kommunen.')).toEqual([]);
    expect(names('Ideella föreningar kan ingå IOP med kommunen.')).toEqual([]);
    expect(names('Kvinnojourer kan teckna avtal med kommunen.')).toEqual([]);
    expect(names('Ekby Kvinnojour kan ingå IOP med kommunen.')).toEqual(['Ekby Kvinnojour']);
    expect(names('Kommunen har IOP med Brottsofferjourerna i Värmland.')).toEqual(['Brottsofferjourerna i Värmland']);
    // The definite plural alone is the kind's members in general.
    expect(names('Pengarna från kommunen räcker inte till Kvinnojourerna.')).toEqual([]);
  });

  it('a number or quantity before a kind\'s plural counts the kind; a gård, klubb or organisation is a kind too', () => {
    expect(names('Tre gotländska bygdegårdsföreningar beviljas bidrag. Mest pengar går till Ekby bygdegårdsförening.')).toEqual(['Ekby bygdegårdsförening']);
    expect(names('Bygdegårdar beviljas bidrag av kommunen.')).toEqual([]);
    expect(names('Flera klubbar beviljas bidrag av kommunen.')).toEqual([]);
    expect(names('Tretton föreningar hade ansökt om sammanlagt 7,2 miljoner kronor.')).toEqual([]);
    expect(names('Ekby Bygdegård beviljas bidrag av kommunen.')).toEqual(['Ekby Bygdegård']);
  });

  it('a place\'s genitive before a lower-case noun describes; the text\'s form with the bare place is the name', () => {
    const text = 'Nu får Sigtunas kvinnojour mer pengar\n\nKommunen har beviljat Sigtuna kvinnojour 1,3 miljoner kronor.';
    expect(names(text)).toEqual(['Sigtuna kvinnojour']);
    // A capitalised name after the genitive keeps it: the genitive is the name's own.
    expect(names('IOP med Göteborgs Stadsmission. Göteborg Stadsmission får 200 000 kronor.')).toEqual(['Göteborgs Stadsmission']);
  });

  it('the agreement\'s worth may stand between it and its partner', () => {
    expect(names('Ekby kommun ingår ett IOP-avtal värt 200 000 kronor med Frivilligcentrum, vars verksamhet säkras.')).toEqual(['Frivilligcentrum']);
    expect(names('Ekby kommun tecknar ett avtal på 1,2 miljoner kronor per år med Kvinnojouren Ekby.')).toEqual(['Kvinnojouren Ekby']);
    // A sum that is no agreement's worth leaves an unmarked name without a party's standing.
    expect(names('Ekby kommun betalar 200 000 kronor för lokalen med Frivilligcentrum.')).toEqual([]);
  });
});

describe('idéburna: examples and appositions', () => {
  it('names in a sentence giving an example are no parties', () => {
    expect(names('Som när Frälsningsarmén och Ekby Stadsmission tillsammans med Ekby kommun ingick ett IOP för att hjälpa.')).toEqual([]);
    expect(names('Några exempel på IOP-samverkan är Ekby kommun och Kvinnojouren Ekby.')).toEqual([]);
    expect(names('Kommunen stöttar organisationer, dit bland annat Ekby Hembygdsförening och IFK Ekby hör.')).toEqual([]);
  });

  it('a colon after the cue opens the text’s own instances, which stay parties', () => {
    expect(names('Några exempel på vart pengarna har gått: 550 000 kronor gick till Systerjouren Ekby, en kvinnojour.')).toEqual(['Systerjouren Ekby']);
  });

  it('a hyphenated lower-case word before an apposition of what it is belongs to the name', () => {
    expect(names('Kommunen har ett IOP med Locker room-talk, en ideell organisation som arbetar förebyggande.')).toEqual(['Locker room-talk']);
    expect(names('Kommunen har ett IOP med Ekby IF, en förening som arbetar förebyggande.')).toEqual(['Ekby IF']);
  });

  it('a stray lower-case glyph opening a paragraph is no part of the name after it', () => {
    expect(names('Rubrik\n\nfEkby kvinnojour är en ideell förening som driver ett skyddat boende.')).toEqual(['Ekby kvinnojour']);
    expect(names('Hon köpte en iPhone till Ekby kvinnojour.')).not.toContain('Phone');
  });

  it('a house coordinated with the movement that runs it is one name', () => {
    expect(names('Regionen tecknar en överenskommelse med Folkets hus och parkrörelsen i Östergötland.')).toEqual(['Folkets hus och parkrörelsen i Östergötland']);
    expect(names('IOP med Folkets hus och biblioteket i Ekby.')).not.toContain('Folkets hus och biblioteket');
    // The national organisation of houses and parks is one name, not "Folkets Hus" and "Parker".
    expect(names('Biografer med filmsättning av Folkets Hus och Parker får ta emot 4 424 000 kronor.')).toEqual(['Folkets Hus och Parker']);
  });

  it('a house of a kind takes its place after "i"; a house of a name of its own does not', () => {
    expect(names('Kommunstyrelsen beslutade att halvera stödet till Folkets hus i Ekby för nästa år.')).toEqual(['Folkets hus i Ekby']);
    expect(names('Kommunstyrelsen beviljar bidrag till Folkets Park i Ekby.')).toEqual(['Folkets Park i Ekby']);
    expect(names('Kommunstyrelsen beviljar bidrag till Ekby Folkets Hus i Ekby.')).toEqual(['Ekby Folkets Hus']);
    expect(names('Kommunstyrelsen beviljar bidrag till Folkets hus i Eslöv och Höör.')).toEqual(['Folkets hus']);
  });

  it('a name after an indefinite article is a kind, one of many', () => {
    expect(names('Klart med pengar till ett Folkets Hus i Ekby. Kommunen beviljar bidrag till Ekby Folketshusförening.')).toEqual(['Ekby Folketshusförening']);
    expect(names('Kommunen ger bidrag till bildandet av en Kvinnojour i Ekby.')).toEqual([]);
    expect(names('Kommunen ger bidrag till Kvinnojouren i Ekby.')).toEqual(['Kvinnojouren i Ekby']);
  });

  it('one compound with its association noun swapped is one organisation, named by the noun the text uses most', () => {
    const text = 'Ekby jaktskytteklubb har haft det motigt. Jaktskytteklubben bygger bullervallar. Jaktskytteklubben arbetar ideellt. Kultur- och fritidsnämnden bidrar med 150 000 kronor. Ekby jaktskytteförening får 75 000 kronor under 2014.';
    expect(names(text)).toEqual(['Ekby jaktskytteklubb']);
  });

  it("a public administration's unit as a name of its own is no organisation", () => {
    expect(names('Föreningen har tecknat ett nytt arrendeavtal med Fastighetskontoret.')).toEqual([]);
    expect(names('Föreningen har tecknat ett nytt arrendeavtal med Ekby Odlarförening.')).toEqual(['Ekby Odlarförening']);
  });
});

describe("a saved web page's chrome (lexicon webChrome)", () => {
  it.each([
    ['a headline before its publication stamp', 'Nytt partnerskap med Föreningen Solgläntan\nPublicerad 12 mars 2024\nKommunen har ingått IOP med Föreningen Solgläntan.', ['Föreningen Solgläntan']],
    ['a menu line after a lower-case noun', 'Start › Nyheter › Nytt partnerskap med föreningen\nKontakta oss\nKommunen har ingått IOP med Föreningen Solgläntan.', ['Föreningen Solgläntan']],
    ['share buttons under a Parter list', 'Parter\nLunds kommun\nFöreningen Vintergatan\nFacebook\nInstagram\nDela\nSkriv ut\n', ['Föreningen Vintergatan']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a credit for a photo or a text (lexicon creditLabels) names a person, no party', () => {
    expect(names('Beslut om bidrag till Stampen avslås. Foto: Anna Berglind.')).toEqual(['Stampen']);
    expect(names('Kommunen beviljar bidrag till Ekby IF. Bild: Per Lindholm')).toEqual(['Ekby IF']);
    // Without the label's colon the words are the sentence's own.
    expect(names('Kommunen beviljar bidrag till Ekby IF.')).toEqual(['Ekby IF']);
  });

  it("a teaser's line (lexicon teaserLabels) links to another article: its name is no party here", () => {
    const page = 'Kommunen har ingått IOP med Föreningen Regnbågen.\nLäs också: Stiftelsen Gryningen får bidrag\nLÄS MER: Idrottsklubben Norrsken tecknar avtal\n';
    expect(names(page)).toEqual(['Föreningen Regnbågen']);
    expect(names('Kommunen har ingått IOP med Föreningen Regnbågen.\nLÄS MER: Föreningen Regnbågen hyllar avtalet\n')).toEqual(['Föreningen Regnbågen']);
    expect(names('Du kan läsa mer om Föreningen Regnbågen här. Kommunen har ingått IOP med Föreningen Regnbågen.')).toEqual(['Föreningen Regnbågen']);
  });

  it('leaves a name that only contains such a word alone', () => {
    expect(names('Kommunen har ingått IOP med Föreningen Lyssnande Örat.')).toEqual(['Föreningen Lyssnande Örat']);
  });
});

describe('parties by their roles in grant news and protocols', () => {
  it('ideburen.applicant: an application in the pluperfect ("hade ansökt"), not any "hade"', () => {
    expect(names('Ekby atletklubb hade ansökt om integrationsmedel för ett projekt.')).toEqual(['Ekby atletklubb']);
    expect(names('Ekby atletklubb hade en träning i hallen.')).toEqual([]);
  });

  it('ideburen.between: the first party, before the other one, after a definite type noun', () => {
    expect(names('Nämnden röstade igenom avtalet mellan fotbollsklubben IFK Ekby och Ekby kommun.')).toEqual(['IFK Ekby']);
    // No agreement between them: a comparison.
    expect(names('Skillnaden mellan IFK Ekby och Åby BK är stor.')).toEqual([]);
  });

  it('ideburen.grant-to: a definite plural type noun before a list, its items with sums in brackets', () => {
    expect(names('Slutligen beviljades kartbidrag till orienteringsklubbarna OK Ekby (33 390 kronor) och OK Åby (5 472 kronor).')).toEqual([
      'OK Ekby',
      'OK Åby',
    ]);
    // A list without a party's context stays unnamed.
    expect(names('Tävlingen vanns av OK Ekby (33 poäng) och OK Åby (5 poäng).')).toEqual([]);
  });

  it('a list under a granting sentence without its colon ("Följande föreningar beviljas bidrag …")', () => {
    const granted = '• Följande föreningar beviljas bidrag ur verksamhet 491\n\n  Ekby hembygdsförening, renovering av ladan\n\n  40 000 kr\n\n  Åby hembygdsförening, fönster\n\n  8 000 kr\n';
    expect(names(granted)).toEqual(['Ekby hembygdsförening', 'Åby hembygdsförening']);
    // Applied for, not granted; refused.
    expect(names('Följande föreningar har ansökt om bidrag\nEkby hembygdsförening, renovering av ladan\n')).toEqual([]);
    expect(names('Följande föreningar föreslås få avslag\nEkby hembygdsförening, renovering av ladan\n')).toEqual([]);
  });
});

describe('the form of a name in agendas and news', () => {
  it('a compound definite type noun opening a marked name says what it is, and is no part of it', () => {
    expect(names('Idrottsföreningen Ekby IF har skickat en begäran till kommunen. Nämnden beviljar Ekby IF bidrag.')).toEqual(['Ekby IF']);
    // Without a marker of its own the name keeps it; the bare noun stays too.
    expect(names('Kommunen tecknar IOP med Hembygdsföreningen Gamla Ekby.')).toEqual(['Hembygdsföreningen Gamla Ekby']);
    expect(names('Kommunen tecknar IOP med Föreningen Ekby IF.')).toEqual(['Föreningen Ekby IF']);
  });

  it('ideburen.titled: an agenda item "X/Ansökan", the slash closing the name', () => {
    const agenda = 'ÄRENDELISTA 3 Budget 2016 Investeringsbudget/Beslut 4 Ekbymuseet i Åby/Ansökan 5 Motion från Per Persson 6 Ekby Hockey/Ansökan Per Persson 7 Ekby simsällskap/ansökan 8 Skötsel';
    expect(names(agenda)).toEqual(['Ekbymuseet i Åby', 'Ekby Hockey', 'Ekby simsällskap']);
    // Places joined by a slash stay one name.
    expect(names('Kommunen tecknar IOP med Kvinnojouren Nacka/Värmdö.')).toEqual(['Kvinnojouren Nacka/Värmdö']);
  });

  it("an agenda's item number after a name opens the next item, not more of the name", () => {
    expect(names('Ärendelista: 6 Ekby Hockey/Ansökan Per Persson 7 Ekby simsällskap/ansökan 10 Förslag om Lund 11 Lions Club Åby/Ansökan')).toEqual([
      'Ekby Hockey',
      'Ekby simsällskap',
      'Lions Club Åby',
    ]);
  });

  it('a kind of project in one word, and a city district unit, are no organisations', () => {
    expect(names('Kulturnämnden beviljar Utvecklingsprojekt två gånger om året.')).toEqual([]);
    expect(names('Föreningen vill ingå ett IOP med SDF Majorna-Linné.')).toEqual([]);
    expect(names('Kulturnämnden beviljar Ekbyprojektföreningen 20 000 kronor.')).toEqual(['Ekbyprojektföreningen']);
  });
});

describe('a national organisation inside a name', () => {
  it('a type noun opening the line is part of the name; a sentence opener is not', () => {
    expect(names('Totalt beviljades 85 000 kronor till sju föreningar:\nSällskapet Länkarna 85 000 kronor\n')).toEqual(['Sällskapet Länkarna']);
    expect(names('Även Länkarna får 85 000 kronor i bidrag.')).toEqual(['Länkarna']);
  });
});

describe('signatures', () => {
  it('ideburen.signed-by: the agreement signed by its parties, named after "av"', () => {
    expect(names('Avtalet undertecknades av Växjö kommun och Ekby Ryttarförening i går.')).toEqual(['Ekby Ryttarförening']);
    expect(names('IOP:et signerades av båda parter, Växjö kommun och Ekby Ryttarförening.')).toEqual(['Ekby Ryttarförening']);
    expect(names('Avtalet undertecknades av Ekby Ryttarförening och Växjö kommun.')).toEqual(['Ekby Ryttarförening']);
    // Drawn by, not signed.
    expect(names('Bilden är tecknad av Ekby Konstförening och Ekby Ryttarförening.')).toEqual([]);
  });

  it('ideburen.signature: a name under a line of underscores or dots, not under a dashed rule', () => {
    expect(names('Växjö den 1 mars 2024\n\n______________\nVäxjö kommun\n\n______________\nEkby Ryttarförening\n')).toEqual(['Ekby Ryttarförening']);
    expect(names('Ort och datum\n..............................\nEkby Ryttarförening\n')).toEqual(['Ekby Ryttarförening']);
    expect(names('Nyheter\n-----------\nEkby Ryttarförening\n')).toEqual([]);
  });

  it('ideburen.signature: parties side by side, set apart by a run of spaces; the names under them are no part of the name', () => {
    const block = 'Underskrifter\n\nFör Växjö kommun, fritidsnämnden      För Föreningen Ekbybron Norr\nAnna Berg                            Ali Ek\nordförande                           ordförande\n';
    expect(names(block)).toEqual(['Föreningen Ekbybron Norr']);
    expect(spanNames(block)).toContain('Föreningen Ekbybron Norr');
    // One space before "för" in a sentence is no signature.
    expect(names('Det var en bra dag för Ekbybron Norr.')).toEqual([]);
  });
});

describe('refused applicants', () => {
  it('an applicant refused or sent back among others granted is no party', () => {
    const protocol =
      'Förvaltningen föreslår följande fördelning:\n- Ekby bygdegårdsförening 50 kkr\n- Åby bygdegårdsförening 40 kkr\n\nAnsökan från Åby bygdegårdsförening återremitteras till förvaltningen för förnyad prövning.\n';
    expect(names(protocol)).toEqual(['Ekby bygdegårdsförening']);
    expect(names('Nämnden beviljar Ekby Ryttarförening 20 000 kronor och beslutar att avslå ansökan från Åby Ryttarförening.')).toEqual(['Ekby Ryttarförening']);
  });

  it('keeps the one applicant a text refuses, and one refused only in part', () => {
    expect(names('Nämnden beslutar att avslå ansökan från Ekby Ryttarförening.')).toEqual(['Ekby Ryttarförening']);
    expect(names('Nämnden beviljar Ekby IF 20 000 kronor. Ansökan från Åby Ryttarförening avslås delvis.')).toEqual(['Ekby IF', 'Åby Ryttarförening']);
  });
});

describe('grant wording', () => {
  it('ideburen.receives: a grant proposed in the passive ("föreslås beviljas")', () => {
    expect(names('Ekby Ryttarförening föreslås beviljas 5 000 kronor.')).toEqual(['Ekby Ryttarförening']);
    expect(names('Ekby Ryttarförening föreslås att delta i mötet.')).toEqual([]);
  });

  it('ideburen.applicant: its application with the name in the genitive, a marked name only', () => {
    expect(names('Nämnden bifaller Ekby Ryttarförenings ansökan om 5 000 kronor.')).toEqual(['Ekby Ryttarförening']);
    expect(names('Nämnden bifaller Ekby IF:s ansökan.')).toEqual(['Ekby IF']);
    expect(names('Annas ansökan om bidrag kom in i går.')).toEqual([]);
  });
});

describe('ideburen.becomes-partner: is or is approved as an IOP partner', () => {
  it('names the partner, not a partner in general', () => {
    expect(names('Nämnden godkänner Ekby Ryttarförening som IOP-partner.')).toEqual(['Ekby Ryttarförening']);
    expect(names('Ekby Ryttarförening är en av kommunens IOP-partners.')).toEqual(['Ekby Ryttarförening']);
    expect(names('Ekby Bygg är en av kommunens partners.')).toEqual([]);
  });
});

describe('roles in news texts: who receives, who is named in full', () => {
  it('ideburen.receives: not a name after a preposition of place, the subject is before it', () => {
    expect(names('Sommarlägret på Ekbyholm beviljas 60 000 kronor.')).toEqual([]);
    expect(names('Lägerverksamheten vid Åbysjön beviljades 120 000 kronor.')).toEqual([]);
    expect(names('Ekbyholms Vänner beviljas 60 000 kronor.')).toEqual(['Ekbyholms Vänner']);
  });

  it('ideburen.receives: a relative clause with a "som" of its own gives the grant to its own noun', () => {
    expect(names('Precis som för alla andra föreningar som får stöd gäller samma regler.')).toEqual([]);
    expect(names('Ekby Länken, som med sina 35 medlemmar fick 150 800 kronor, är nöjda.')).toEqual(['Ekby Länken']);
  });

  it('ideburen.applicant: a subordinate clause drops its "har" ("efter att X inkommit med en ansökan")', () => {
    expect(names('Nämnden har beslutat efter att Ekby Ridskola inkommit med en ansökan om stöd.')).toEqual(['Ekby Ridskola']);
    expect(names('Sedan Ekby Vänner ansökt om bidrag har nämnden beslutat.')).toEqual(['Ekby Vänner']);
    expect(names('Nämnden har beslutat efter att Ekby Ridskola inkommit med synpunkter.')).toEqual([]);
  });

  it('a name the text writes with the same tail every time has the tail as its own (lexicon facilityNouns, a place after "i")', () => {
    const text = 'Jazz i Ekbyland får behålla bidrag. Enligt ett förslag skulle föreningen Jazz i Ekbyland mista sitt anslag. Jazz i Ekbyland får sitt årliga bidrag på 50 000 kronor.';
    expect(names(text)).toEqual(['Jazz i Ekbyland']);
    expect(names('Avtal mellan kommunen och Föreningen Åby simhall. Föreningen Åby simhall driver simhallen.')).toEqual(['Föreningen Åby simhall']);
    // Written once with the tail and once without: the shorter form stands.
    expect(names('Avtal med Ekby Vänner i Åby tecknas. Ekby Vänner får 10 000 kronor.')).toEqual(['Ekby Vänner']);
  });
});

describe('where a name starts and ends around its people and units', () => {
  it('a role or people noun before "i" and a marked name is no part of it; a marked noun keeps its place', () => {
    expect(names('Ordföranden i Ekby Flygklubb undrar om kommunen känner till avtalet. Ekby Flygklubb har ett avtal med kommunen.')).toEqual(['Ekby Flygklubb']);
    expect(spanNames('Medlemmarna i Åby Ridklubb röstade.')).toEqual(['Åby Ridklubb']);
    expect(spanNames('Avtal med Kvinnojouren i Ekby.')).toEqual(['Kvinnojouren i Ekby']);
    // A definite noun before a place alone stays a name with its place.
    expect(spanNames('Avtal med Skyddsvärnet i Ekby.')).toEqual(['Skyddsvärnet i Ekby']);
  });

  it('a person speaking after a name closing with its marker compound is no part of it, whatever the surname', () => {
    expect(spanNames('Ordförande i Ekby Flygklubb Mikael Zagerholm undrar om kommunen vet.')).toContain('Ekby Flygklubb');
    // Not before another verb: more capitalised words may be a section's name.
    expect(spanNames('Ekby Hembygdsförening Norra Delen har ansökt om bidrag.')).toEqual(['Ekby Hembygdsförening Norra Delen']);
  });

  it('a unit named with "av" and its organisation is one name (lexicon unitNouns)', () => {
    expect(names('Kommunen beviljar Ekby Distrikt av Bygdegårdarnas Riksförbund 8 000 kronor.')).toEqual(['Ekby Distrikt av Bygdegårdarnas Riksförbund']);
    expect(names('Kommunen beviljar Åby krets av Svenska Röda Korset 5 000 kronor.')).toEqual(['Åby krets av Svenska Röda Korset']);
    // No marked name after "av": the unit's name stops before it.
    expect(spanNames('Bidrag till Åby Distrikt av frivilliga.')).toEqual(['Åby Distrikt']);
  });
});

describe('an association\'s farm (lexicon suffixMarkers)', () => {
  it('a 4H-gård is an association\'s (lexicon suffixMarkers)', () => {
    expect(names('Ekby 4H-gård har drabbats av en nedskärning av bidraget från stadsdelsnämnden. 4H-gården får 250 000 kronor.')).toEqual(['Ekby 4H-gård']);
  });
});

describe('agreement-subject: how a news text says the parties signed', () => {
  it('"har skrivit ett avtal", also with what it does so as between ("har som första klubb skrivit")', () => {
    expect(names('Ekby båtsällskap har som första båtklubb i kommunen skrivit ett nytt avtal med Ekby kommun.')).toEqual(['Ekby båtsällskap']);
    expect(names('Åby Fotbollsklubb har skrivit avtal med kommunen om planen.')).toEqual(['Åby Fotbollsklubb']);
  });
});

describe('"Egen", "Eget", "Egna" opening a sentence (lexicon nameStopWords)', () => {
  it('a possessive adjective capitalised at a sentence start names no organisation', () => {
    expect(names('Bidrag utgår med 50 procent. Eget arbete får högst upptas till 5 000 kronor.')).toEqual([]);
    expect(names('Egna medel får användas. Ekby Fiskevårdsförening får 10 000 kronor.')).toEqual(['Ekby Fiskevårdsförening']);
  });
});

describe('onlyNamed: the one organisation a text names where none is kept as a party', () => {
  const onlyNamed = (text: string) => run(text).onlyNamed?.value ?? null;
  it('is that organisation, its mentions one: named by its marker, or in a context too weak alone', () => {
    expect(onlyNamed('Ekby Motorklubb har i många år arrenderat fastigheten. Klubben ingår i ett projekt.')).toBe('Ekby Motorklubb');
    expect(onlyNamed('Kommunen tar nästa steg i samarbetet med Ekbyfabriken. Ekbyfabriken är en mötesplats.')).toBe('Ekbyfabriken');
  });
  it('is none beside a party kept, beside a second organisation, where no name is found, or below the page\'s opening', () => {
    expect(onlyNamed('Ekby Motorklubb har arrenderat fastigheten. Kommunen beviljar Åby IK 5 000 kronor.')).toBeNull();
    expect(onlyNamed('Ekby Motorklubb och Åby IK har arrenderat fastigheten.')).toBeNull();
    expect(onlyNamed('Anna Berg har arrenderat fastigheten av Ekby kommun.')).toBeNull();
    // Named below the page's title and lead's opening, in passing.
    expect(onlyNamed('Nytt arrende\n\nKommunen arrenderar ut marken.\n\nAvtalet gäller i fem år.\n\nEkby Motorklubb ligger intill.')).toBeNull();
    expect(onlyNamed('Toppbild\nNytt arrende för Ekby Motorklubb\n\nKommunen arrenderar ut marken.')).toBe('Ekby Motorklubb');
  });
});
