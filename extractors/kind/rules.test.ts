import { describe, expect, it } from 'vitest';
import { classifyMatter, cuedKind, documentTitle, isLookAlike, titleKind } from './index.js';
import { KIND_RULES, PARTY_SIGNED } from './rules.js';

const rule = (name: string) => {
  const found = KIND_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found.pattern;
};

/** Each rule's examples (it fires) and counter-examples (it does not), in the place it reads. */
const EXAMPLES: Record<string, { yes: string[]; no: string[] }> = {
  withdrawn: { yes: ['Punkten utgår.', 'Ärendet utgår från dagordningen.'], no: ['Bidraget utgår med 20 000 kronor.'] },
  'delegation-list': {
    yes: ['Anmälan av delegationsbeslut november 2025', 'Delegeringsärenden', 'Delegeringsbeslut antagna av nämnden 2025', 'Anmälan av ordförandebeslut', 'Redovisning av beslut fattade på delegation', 'Redovisning av delegerade beslut', 'Delegationslista april 2024', 'Beslut fattade med stöd av delegering'],
    no: ['Ansökan om verksamhetsstöd för Ung Företagsamhet', 'Delegation till Sverige', 'Ekby NHR, framställning om omprövning av delegationsbeslut', 'Överklagande av delegationsbeslut om föreningsbidrag'],
  },
  'report-filed': {
    yes: ['Organisations- och föreningsutskottet beslutade att lägga rapporten till handlingarna.', 'Informationen läggs till handlingarna.', 'Nämnden beslutar att lägga redovisningen av delegationsbeslut till handlingarna.'],
    no: ['Nämnden beslutar att bevilja föreningen 20 000 kr och att lägga ansökan i övrigt till handlingarna.', 'Nämnden godkänner överenskommelsen och lägger informationen till handlingarna.', 'Nämnden beslutar att ingå IOP med föreningen.'],
  },
  'incoming-mail': { yes: ['Redovisning av inkomna skrivelser 2025', 'Meddelanden', 'Redovisning av inkomna handlingar 2026'], no: ['Inkomna ansökningar om föreningsbidrag'] },
  procurement: {
    yes: ['Information om upphandling av badhusdrift', 'Placeringsavtal', 'Tilldelningsbeslut skolskjuts', 'Direktupphandling av kvinnojoursplatser', 'Ramavtal om köp av boendeplatser – Stiftelsen Hemmet', 'Köp av plats på HVB-hem', 'Avropsavtal för korttidsplatser', 'Placering av barn i familjehem via Stiftelsen Ekby Familjehem', 'Placeringar på HVB 2024'],
    no: ['Överenskommelse om idéburet offentligt partnerskap', 'Hyresavtal för Folkets hus med Norrby Folkets husförening', 'Bidrag till Scoutkåren för köp av tält', 'Platsens historia', 'Placeringsregler för konst'],
  },
  'agreement-not-with-ideburen': {
    yes: ['Avtal med Region Söder om missbruksvård', 'Samverkansavtal mellan Överby kommun och Region Norr om ungdomsmottagning', 'Överenskommelse med Försäkringskassan om Finsam', 'Överenskommelse om samverkan med Polisen', 'Avtal med Samordningsförbundet Norr om medfinansiering', 'Hyresavtal med Överby Bostäder AB för föreningslokal', 'Tilläggsavtal med Ekby Omsorg AB'],
    no: ['Överenskommelse med Region Norr och Norrby Kvinnojour', 'IOP mellan Överby kommun och Överby Kvinnojour', 'Idéburet offentligt partnerskap med Region Jämtland och Föreningen Gläntan', 'Hyresavtal för Folkets hus med Norrby Folkets husförening', 'Nyttjanderättsavtal med Norrby Fotbollsklubb', 'Avtal med Ekby IF om lokal i kommunens sporthall'],
  },
  'business-association': {
    yes: ['Bidrag till Ekby Företagarförening', 'Medfinansiering till Ekby Turism ekonomisk förening', 'Avtal med Ekby Fiber ek. för. om bredband', 'Medlemsavgift i Näringslivsföreningen'],
    no: ['Bidrag till Ekby Hembygdsförening', 'Föreningsbidrag till Ekby Ryttarförening', 'Ekonomiskt stöd till Ekby Scoutkår'],
  },
  'election-or-question': {
    yes: ['Val av ledamöter till Stiftelsen Ekby Folkhögskola', 'Fyllnadsval till styrelsen för Ekby Folkets husförening', 'Entledigande av ombud', 'Fråga från Anna Ek (V) om föreningsbidrag', 'Enkel fråga om bidraget till Ekby Scoutkår'],
    no: ['Bidrag till Ekby Valkör', 'Frågan om lokaler för Ekby IF – avtal', 'Överenskommelse om valfrihet'],
  },
  'procurement-law': { yes: ['Ansökan enligt LOV', 'Upphandling enligt LOU av drift'], no: ['Sommarlovsaktiviteter', 'Lovskola med Röda Korset'] },
  permit: { yes: ['Ansökan från Måsens förskola, gällande permanent utökning av barnantal', 'Serveringstillstånd', 'Ansökan om godkännande av fristående pedagogisk omsorg'], no: ['Ansökan om verksamhetsstöd', 'Föreningen Gläntan, ansökan om godkännande som bidragsberättigad förening och ansökan om verksamhetsbidrag'] },
  'political-initiative': {
    yes: ['Initiativärende Socialdemokraterna: Nya lokaler för Tölöscouterna', 'Motion om IOP', 'Alliansens strategi', 'Yrkande från Centerpartiet (C) - Digitalisera'],
    no: ['Idéburet offentligt partnerskap med Skyddsvärnet', 'Medborgardialog'],
  },
  'party-proposal': { yes: ['Yrkande (C) - Digitalisera', 'Förslag från (M, KD) om lokaler'], no: ['Ansökan om bidrag (föreningen)', 'Stöd till (SISU)'] },
  dissent: {
    yes: ['• Reservation avseende borgensansökan från föreningen', 'Protokollsanteckning om bidraget till föreningen', 'Särskilt yttrande över förslaget om IOP'],
    no: ['§ 12 Borgen för föreningen\nReservation', 'Reservatet vid sjön, skötselavtal med naturskyddsföreningen', 'Överenskommelse om reservationsplatser'],
  },
  consultation: { yes: ['Svar på remiss om idéburet offentligt partnerskap', 'Yttrande över förslag till överenskommelse', 'Remiss: Överenskommelse om samverkan'], no: ['Överenskommelse med Föreningen Gläntan', 'Förlängning av IOP'] },
  'party-support': { yes: ['Partistöd 2025'], no: ['Stöd till föreningar'] },
  audit: { yes: ['Stiftelsen Tjolöholms årsredovisning och ansvarsfrihet', 'Granskning av föreningsbidrag', 'Revisionsrapport'], no: ['Bidrag till Schackförening'] },
  information: { yes: ['Information om arbetet med Kungsbacka Arena', 'Uppföljning och prognos april 2026', 'Information - Gemensam Insats'], no: ['Förlängning av IOP, information till nämnden finns i bilaga', 'Information i korthet från idrottsnämndens möte 26 mars'] },
  'rules-or-budget': {
    yes: ['Antagande om uppdaterat regelverk för vägbidrag', 'Nämndbudget 2026', 'Riktlinjer för föreningsbidrag', 'Avfallstaxa 2027', 'Normer för kommunala bidrag till ideella föreningar', 'Bidragsbestämmelser för föreningar', 'Nya bidragsregler för föreningslivet', 'Bidragsriktlinjer för studieförbund'],
    no: ['Föreningsbidrag 2026', 'Ansökan om verksamhetsstöd'],
  },
  'report-titled': {
    yes: ['Föreningsbidrag 2024 – information', 'IOP med Kvinnojouren - lägesrapport', 'Återrapportering av IOP med Stadsmissionen', 'Lägesrapport om föreningsbidrag', 'Muntlig information om ridhuset', 'Verksamhetsbidrag 2023: redovisning', 'Verksamhetsberättelse 2023 för Stiftelsen Norrby Konsthall'],
    no: ['Förlängning av IOP, information till nämnden finns i bilaga', 'Föreningsbidrag 2024 – Ekby Scoutkår', 'Informatörstjänst hos Ekby Kvinnojour', 'Idéburet offentligt partnerskap med Kvinnojouren'],
  },
  'application-refused': {
    yes: ['Kultur- och fritidsnämnden beslutar att avslå ansökan.', 'Ansökan avslås.', 'Nämnden lämnar ansökan utan bifall.', 'Kommunstyrelsen beslutar att ansökan inte ska beviljas.', 'Nämnden beslutar att inte bevilja bidrag.', 'Bidrag beviljas inte.'],
    no: ['Nämnden beviljar 20 000 kronor och avslår ansökan i övrigt.', 'Nämnden beslutar att bevilja Ekby IF 50 000 kronor.', 'Nämnden bifaller ansökan.', 'Nämnden godkänner överenskommelsen.'],
  },
  'only-noted': {
    yes: ['Nämnden tar del av informationen.', 'Informationen noteras till protokollet.', 'Redovisningen antecknas.', 'Nämnden tackar för informationen.', 'Rapporten läggs till handlingarna.'],
    no: ['Nämnden tar del av informationen och beviljar Ekby IF 20 000 kronor.', 'Nämnden godkänner förlängningen av partnerskapet.', 'Nämnden beslutar att ingå IOP med föreningen.', 'Nämnden beslutar att teckna avtal.'],
  },
  'winding-up': { yes: ['Avveckling av Kapten Menns fond', 'Upplösning av stiftelsen'], no: ['Utveckling av föreningslivet'] },
  'grant-call': {
    yes: ['Sök föreningsbidrag 2025', 'Ansök om kulturstöd', 'Nu kan föreningar söka bidrag', 'Dags att söka aktivitetsstöd'],
    no: ['Ansökan om verksamhetsbidrag - Föreningen Gläntan', 'Sökta och beviljade bidrag 2025', 'Beviljade föreningsbidrag 2024'],
  },
  'procurement-described': {
    yes: [
      'Nämnden konkurrensutsatte driften. De vinnande anbuden kom från två föreningar.',
      'Tilldelningsbeslut har fattats efter upphandlingen av fritidsgårdarna.',
      // A wish for an agreement is no agreement entered.
      'Kvinnojouren vill teckna ett avtal med kommunen. Men kommunen konkurrensutsatte de skyddade boendena.',
      // A contract won in a procurement, later ended: the stiftelse is a supplier, not a partner.
      'Stiftelsen fick 2017 genom offentlig upphandling uppdraget att utveckla ungdomsverksamheten. Nämnden har beslutat att avsluta avtalet.',
    ],
    no: [
      'IOP är ett alternativ när varken bidrag eller upphandling passar.',
      'Föreningen får bidrag utan upphandling.',
      'Föreningen lämnade anbud, men kommunen valde ett idéburet offentligt partnerskap.',
      // The page's own matter is an agreement with a förening; the procurement is another kommun's.
      'Sigtuna kommun skriver ett nytt avtal med den lokala kvinno- och tjejjouren. Botkyrka kommun valde istället att konkurrensutsätta sina skyddade boenden.',
    ],
  },
  'application-pending': {
    yes: [
      'Nu har föreningen ansökt om 340 tusen kronor i bidrag. Ansökan ligger nu hos kommunen och föreningen väntar fortfarande på besked.',
      'Klubben sökte pengar i våras men har ännu inte fått något svar från kommunen.',
    ],
    no: [
      'Kommunstyrelsen beslutade att bevilja 900 000 kronor. Vi väntar på besked från fonden om resten.',
      'Föreningen väntade länge men fick till slut 50 000 kronor, som nämnden beviljade i mars.',
      'Föreningen har fått 50 000 kronor i bidrag av kommunen.',
      'Föreningen fick 50 000 kronor i fjol och väntar nu på besked om årets bidrag.',
    ],
  },
  'motion-described': {
    yes: ['I en motion föreslog M att kommunen ska öppna ett klubbhus för föreningen. Motionen går vidare till fullmäktige.', 'Ett medborgarförslag om fler spontanidrottsplatser har lämnats in.'],
    no: ['Efter en motion tecknar kommunen nu avtal med föreningen.', 'Motionen ledde till ett idéburet offentligt partnerskap.', 'Föreningen får föreningsbidrag efter motionen.'],
  },
  'rules-decided': {
    yes: ['Socialnämnden föreslås besluta att anta förvaltningens förslag till riktlinjer för IOP.', 'Kommunstyrelsen beslutade att fastställa reviderade regler för föreningsbidrag.'],
    no: ['Nämnden beslutar att ingå partnerskapet enligt kommunens riktlinjer för IOP.', 'Nämnden beslutar att bevilja bidraget. Riktlinjer antas senare.'],
  },
  'state-grant': {
    yes: [
      'Föreningens biografer får ta emot sammanlagt 4 424 000 kronor från Filminstitutet för att utveckla biografverksamhet.',
      'Föreningen Gläntan får 2 miljoner kronor i stöd från Allmänna arvsfonden.',
      'Allmänna arvsfonden har beviljat följande föreningar bidrag: Föreningen Gläntan 450 000 kr, Ekby IF 120 000 kr.',
      'Boverket fördelar 12 miljoner kronor till Folkets Hus-föreningar.',
      'Ekbymyndigheten delar ut pengar till jourer. I Åby får Kvinnojouren Lila 15 000 kronor.',
    ],
    no: [
      'Föreningen Gläntan får 200 000 kronor från kommunen och 2 miljoner från Arvsfonden.',
      'Kulturnämnden har beviljat följande föreningar bidrag: Föreningen Gläntan 45 000 kr, Ekby IF 12 000 kr.',
      'Arvsfonden har beviljat Föreningen Gläntan projektstöd, och kommunen bidrar med lokaler.',
      'Kulturnämnden beviljar Föreningen Gläntan 50 000 kronor. Föreningen har också fått stöd från Kulturrådet.',
      'Föreningen Gläntan får 300 000 kronor från Region Skåne.',
      'Kulturnämnden delar ut 50 000 kronor till Föreningen Gläntan. Boverket delar ut stöd till andra.',
    ],
  },
  'survey-described': {
    yes: ['Enligt den årliga kartläggningen har 77 kommuner ett idéburet offentligt partnerskap med en jour.', 'Enkäten visar att 52 av 290 kommuner inte gav något bidrag.'],
    no: ['Kommunen tecknar IOP med Brottsofferjouren efter en undersökning av behoven.', 'Föreningen tar emot 130 barn varje vecka, enligt en enkät.'],
  },
  'company-loan': {
    yes: ['Staden går i borgen för ett lån om sex miljoner kronor till näringsidkaren Golf AB.', 'Staden har redan gått i borgen för ett lån om åtta miljoner kronor till företaget som driver golfbanan.'],
    no: ['Fullmäktige beviljade tennisklubben kommunal borgen för bygget.', 'Kommunen går i borgen för lån på två miljoner kronor som klubben tagit upp.', 'Staden har beviljat föreningen borgen om högst 90 miljoner kronor. Byggkostnaden bygger på offerter från byggbolag.'],
  },
  'public-bodies-agreement': {
    yes: [
      'Mellan X kommun, genom kultur- och fritidsnämnden (X kommun), och Y kommun träffas härmed följande avtal.',
      'Avtalet gäller samverkan mellan Region Halland och Falkenbergs kommun om badhuset.',
      'Överenskommelsen mellan Malmö stad och Lunds kommun förlängs.',
    ],
    no: [
      'Överenskommelse om idéburet offentligt partnerskap mellan Malmö stad och Föreningen Gläntan.',
      'Avtalet mellan Lunds kommun och Region Skåne samt Föreningen Gläntan gäller i tre år.',
      'Samverkan mellan Region Halland och Falkenbergs kommun pågår. Kommunen har tecknat avtal med Brottsofferjouren.',
    ],
  },
  'iop-in-title': { yes: ['IOP Skyddsvärnet i Göteborg', 'Förlängning av idéburet offentligt partnerskap', 'IOP-avtal med Erikshjälpen'], no: ['PERIOPERATIV vård', 'Partnerskap med näringslivet'] },
  'grant-in-title': {
    yes: ['Ansökan om verksamhetsstöd - Ung Företagsamhet', 'Föreningsbidrag 2026', 'Aktivitetsbidrag till Föreningen X', 'Medfinansiering av projekt', 'Stöd till Kvinnojouren', 'Kulturstöd 2024 till Föreningen X', 'Driftstöd för föreningens anläggning', 'Beslut om fördelning av organisationsstöd 2026'],
    no: ['Vägregler', 'Stödboende', 'Boendestöd enligt SoL', 'Ansökan om medel från Socialstyrelsen', 'Försörjningsstöd, statistik'],
  },
  'grant-in-decision': { yes: ['Nämnden beviljar Föreningen Gläntan 50 000 kronor för 2026.', 'Kommunstyrelsen beviljar föreningen medel ur förfogandeanslaget.'], no: ['Nämnden beviljar Katrin Löfqvist närvarorätt på dagens sammanträde.', 'Ledamoten beviljas ledighet från uppdraget.'] },
  'application-from': {
    yes: ['Egen försörjning Ansökan från Gränslös Vänskap, Kvinnocenter i Grimsta', 'Extrakompis Ansökan från föreningen Extrakompis', 'Ekby Stödboende Projektansökan från föreningen Ekby'],
    no: ['Ansökan om bygglov', 'Svar på skrivelse från föreningen', 'Ansökningar från föreningar redovisas', 'Bygglovsansökan från föreningen'],
  },
  'scheme-changed': {
    yes: [
      'Huddinge höjer bidraget till pensionärsföreningar',
      'Den 13 november beslutade kommunen att höja grundbidraget till pensionärsföreningarna.',
      'Kommunen höjer bidragen till föreningarna med 5 procent, totalt 300 000 kronor.',
      'Nämnden sänkte verksamhetsstödet till studieförbunden med 10 procent.',
    ],
    no: ['Nämnden höjde bidraget till scoutkåren med 20 000 kronor.', 'Kommunen minskar verksamhetsstödet för Glumseruds bygdegård.', 'Bidraget till pensionärsföreningarna är 5 800 kronor.'],
  },
  'application-titled': {
    yes: ['Jularbomuseet i Rasten/Ansökan', 'Gimo simsällskap/ansökan', 'Lions Club Öregrund/Ansökan', 'Gimo Hockey/Ansökan Peter Jansson', 'Hembygdsföreningen Gillet – ansökan'],
    no: ['Ansökan avseende brigantinen Wetseras placering i Öregrunds hamn', 'Budget 2016 Intern fördelning/beslut', 'Detaljplan för Sandika Norra/samråd', 'Ansökan om bygglov'],
  },
  'loan-granted': {
    yes: ['Båda klubbarna får nu ett ränte- och amorteringsfritt lån från kommunen.', 'Fullmäktige beviljade tennisklubben kommunal borgen för bygget.', 'Ryttarföreningen har beviljats ett föreningslån om 400 000 kronor.'],
    no: ['Fritidskontoret får låna 700 tkr ur det egna kapitalet.', 'Föreningar kan söka lån hos kommunen.', 'Kommunen har en policy för borgen till föreningar.'],
  },
  'grant-application-decided': {
    yes: ['Kulturnämnden beslutade idag att återremittera industriminnesföreningens ansökan om ett bidrag på 440 000 kronor.', 'Nämnden avslog klubbens ansökan om verksamhetsbidrag.'],
    no: ['Föreningar kan söka bidrag hos nämnden.', 'Nämnden beslutade att avslå ansökningar om bidrag som kommit in för sent.', 'Klubbens ansökan om bidrag behandlas i juni.'],
  },
  'grant-granted': {
    yes: ['Nämnden beviljade också ett bidrag till visklubben på 50 000 kronor.', 'Hembygdsföreningen får 200 000 kronor av kommunen.', 'Scoutkåren fick verksamhetsbidrag för 2024.', 'Totalt beviljades 205 000 kronor.', 'Följande bidrag beviljades:'],
    no: ['Föreningar kan söka bidrag två gånger per år.', 'Innan beviljat bidrag betalas ut ska föreningen redovisa.', 'Snart kan det bli möjligt för din förening att få ett ekonomiskt bidrag.', 'Nämnden fördelar varje år 750 000 kronor.', 'Enligt överenskommelsen får föreningen 300 000 kronor per år.', 'Bidrag beviljas för högst 70 procent av kostnaden.'],
  },
  'agreement-approved': {
    yes: [
      'Under måndagen röstade en enig kultur- och fritidsnämnd i Uddevalla igenom avtalet mellan fotbollsklubben IFK Uddevalla och Uddevalla kommun.',
      'Kommunen har tecknat ett avtal med hembygdsföreningen om skötseln av gården.',
      'Socialnämnden beslutade att teckna en överenskommelse med Kvinnojouren Tärnan.',
      'Kommunen säger upp avtalet med föreningen ”Fritidsgårdar i Hässleholms kommun”.',
      'Nämnden förlängde överenskommelsen med idrottsföreningen till 2027.',
    ],
    no: [
      'Kommunfullmäktige godkände avtalet med Region Halland om hjälpmedel.',
      'Föreningen vill säga upp avtalet med kommunen.',
      'Överenskommelsen med föreningen kan förlängas ett år i taget.',
      'Nämnden godkände avtalet med Byggbolaget AB om ombyggnaden av föreningens lokal.',
      'Föreningen vill teckna ett avtal med kommunen.',
      'Kommunen ska teckna avtal med idrottsföreningen.',
    ],
  },
  'organisation-signed': {
    yes: [
      'Föreningen har tecknat ett nytt arrendeavtal med Fastighetskontoret.',
      'Vi har ingått ett avtal med socialförvaltningen om stödet.',
      'Hembygdsföreningen tecknade avtal med kommunen om skötseln.',
      'Röda Korset har tecknat ett samarbetsavtal med kultur- och fritidsnämnden.',
    ],
    no: [
      'Kommunen har tecknat ett avtal med socialnämnden.',
      'Lerums kommun har tecknat avtal med kultur- och fritidsnämnden.',
      'Region Gävleborg har tecknat ett samarbetsavtal med Kvinnojouren.',
      'Föreningen vill teckna avtal med kommunen.',
      'Vi har tecknat ett IOP-avtal med Östersunds kommun.',
      'Företaget har tecknat avtal med kommunen.',
      'Fritidskontoret har tecknat ett avtal med socialförvaltningen.',
    ],
  },
  'grants-listed': {
    yes: ['Följande föreningar beviljas bidrag ur verksamhet 491', 'Följande organisationer tilldelas verksamhetsstöd för 2024:', 'Följande beviljades föreningsbidrag'],
    no: ['Följande föreningar kan söka bidrag', 'Följande gäller för bidrag till studieförbund', 'Följande föreningar har ansökt om bidrag'],
  },
  'grant-from-public-body': {
    yes: [
      'fVerksamhetsstödet från Järfälla kommun har legat på samma nivå sedan 2014, cirka 700 000 kronor per år.',
      'Jouren har haft verksamhetsbidrag av socialnämnden med 120 000 kronor om året.',
      'Klubbens driftbidrag från kommunen är 85 000 kronor.',
    ],
    no: [
      'Föreningar kan söka bidrag från kommunen på upp till 5 000 kronor.',
      'Därför begär kvinnojouren ett högre anslag från Jönköpings kommun på 200 000 kronor.',
      'Föreningarna fick verksamhetsbidrag från kommunen på sammanlagt 3 miljoner kronor.',
      'Jouren tar emot boendestöd från kommunen, 300 000 kronor.',
      'Bidraget från kommunen ska vara högst 10 000 kronor per år.',
      'Lokalbidraget från kommunen uppgår till högst 50 procent av hyran, max 10 000 kronor.',
      'Aktivitetsstödet från kommunen är 10 kronor per deltagare.',
    ],
  },
  'own-budget-described': {
    yes: [
      'Kommunfullmäktige bestämde att avsätta pengar i budgeten för att starta en Fritidsbank. Sedan tillkommer hyra av lokal för 103 500 kronor per år.',
      'I budgeten för 2020 har 70 000 kronor avsatts för inköp av material.',
    ],
    no: [
      'I budgeten för 2020 har nämnden avsatt 70 000 kronor i bidrag till Fritidsbanken.',
      'Kommunen har tecknat ett avtal med föreningen. Kostnaden ryms i budgeten.',
      'Fritidsbanken öppnar i mars i kommunens lokal.',
    ],
  },
  'iop-only-asked': {
    yes: [
      'Frågestund\n\nFrågor om vad som krävs för att ingå ett IOP ställdes på frågestunden. Politikerna svarade att ett IOP är ett avtal mellan stadsdelen och en eller flera idéburna organisationer.',
      'Föreningen hoppas kunna ingå ett idéburet offentligt partnerskap med kommunen.',
      'Vi har fått muntligt löfte om att kommunen är intresserad av att ingå i ett IOP-avtal med jouren. Tyvärr har de insända IOP-avtalen försvunnit.',
      'Förvaltningen har fått i uppdrag att utreda möjligheten att teckna IOP-avtal, det vill säga idéburet offentligt partnerskap, med föreningen.',
    ],
    no: [
      'Frågor om vad som krävs för att ingå ett IOP ställdes. Nämnden godkände samtidigt ett IOP med Föreningen Gläntan.',
      'Socialnämnden påbörjar ett IOP med Bergsjön Studiecenter.',
      'Kommunen var intresserad av samarbetet och tecknade i maj ett IOP med Föreningen Gläntan.',
      'Nämnden godkände villkoren i IOP-avtalet med Föreningen Gläntan.',
      'Nämnden tecknade ett IOP, det vill säga ett idéburet offentligt partnerskap, med Föreningen Gläntan.',
      'Föreningen Gläntan får 300 000 kronor i bidrag.',
    ],
  },
  'grant-changed': {
    yes: [
      'Kommunen minskar det årliga verksamhetsstödet för Glumseruds bygdegård med 4 000 kronor.',
      'Nämnden höjde bidraget till scoutkåren med 20 000 kronor.',
    ],
    no: [
      'Föreningen vill att kommunen höjer bidraget till Bygdegården med 10 000 kronor.',
      'Moderaterna föreslår att nämnden sänker anslaget till Folkets hus med 100 000 kronor.',
      'Kommunen höjer bidragen till föreningarna med 5 procent, totalt 300 000 kronor.',
      'Kommunen minskar budgeten för fritidsgårdar med 2 miljoner kronor.',
    ],
  },
  'grant-contributed': {
    yes: [
      'Upprustningen av hembygdsgården\n\nSlutnotan hamnade på 200 000 kronor. Smedjebackens kommun har bidragit med 50 000 kronor. Hembygdsföreningen tackar.',
      'Brottsofferjourens verksamhet är säkrad. Kommunförbundet bidrar med nära 60 000 kronor i år.',
      'Kommunen går in med 300 000 kronor i klubbens nya konstgräsplan.',
    ],
    no: [
      'Boverket beviljar stöd till föreningen om kommunen bidrar med 30 procent av kostnaden.',
      'Föreningen bidrar med 20 000 kronor och kommunen med resten.',
      'Kommunen ska bidra med 100 000 kronor till föreningen.',
      'Kommunen bidrar med 2 miljoner kronor till föreningarna i år.',
      'Kommunen har bidragit med 5 miljoner kronor till ombyggnaden av skolan.',
    ],
  },
  'collaboration-carried-on': {
    yes: [
      'Kommunen tar nästa steg i samarbetet med Drömfabriken',
      'Socialnämnden i Eskilstuna förlänger samarbetet med Stadsmissionen om ”Bostad först”',
      'Nämnden fördjupar samarbetet med hembygdsföreningen.',
    ],
    no: [
      'Kommunen vill fördjupa samarbetet med Drömfabriken.',
      'Vi har nu utvärderat samarbetet med Fryshuset.',
      'Kommunen stärker samarbetet med Polisen.',
      'Nämnden förlänger samarbetet med Region Skåne.',
      'Kommunen förlänger samarbetet med Städbolaget AB.',
    ],
  },
  'agreement-between-sides': {
    yes: [
      'Boendet ska drivas i samarbete mellan föreningen Solgläntan och kommunen.',
      'Samverkansavtalet mellan Norrby kommun och Kvinnojouren gäller i tre år.',
      'Avtalet mellan Ekby Bygdegårdsförening och kommunen löper ut vid årsskiftet.',
      'Hembygdsföreningen och kommunen har enats om ett nytt avtal för gården.',
    ],
    no: [
      'Överenskommelsen mellan föreningslivet och Norrby kommun ska revideras.',
      'Kommunen tecknar driftsamverkansavtal mellan kommunen och föreningar.',
      'Ett IOP är ett avtal mellan en kommun och en ideell förening.',
      'Samarbetet mellan Norrby kommun och Region Söder fortsätter.',
    ],
  },
  'grant-shared-named': {
    yes: [
      'Stödet fördelas mellan Friluftsfrämjandet Region Norr och RF-SISU Norrland.',
      'Bidraget fördelades mellan Ekby IF och Norrby Hembygdsförening.',
    ],
    no: [
      'Drygt en miljon kronor fördelades mellan 53 olika kulturföreningar.',
      'Bidraget fördelas mellan föreningarna enligt samma princip.',
      'Stödet fördelas mellan Region Norr och kommunerna.',
    ],
  },
  'property-sold': {
    yes: [
      'Kommunstyrelsens förslag är att kommunfullmäktige säger ja till att sälja anläggningen i Vånafjärden för\n40 100 kronor till föreningen.',
      'Kommunstyrelsen beslutade igår att ridanläggningen ska säljas till Ekby Ridklubb.',
      'Kommunen köpte klubbstugan av Norrby Skidklubb för 300 000 kronor.',
      'Dessutom ska 10 hektar mark arrenderas ut till klubben för 100 kronor per år, och klubben får ett ökat bidrag av kommunen.',
      'Kommunen upplåter till föreningen det markerade området på fastigheten.',
    ],
    no: [
      'Sorunda Ridklubb köper ridskoletjänster från stiftelsen, som kommunen äger.',
      'Föreningen sålde bygdegården till en privatperson.',
      'Den policy som kommunen antog innebär att den inte kommer att köpa föreningsägda byggnader av föreningen.',
      'Kommunen säljer tomten till Ekby Bygg AB.',
      'Kommunen vill sälja marken till föreningarna.',
      'Kommunen äger plan och anläggning men överlåter till föreningen att sköta klippning mot ersättning.',
      'Bolaget ska äga en spårmaskin som hyrs ut timvis till skidklubben, som kommunen stöttar.',
    ],
  },
  'guarantee-given': {
    yes: [
      'Skövde kommun går i borgen för lån på två miljoner kronor som klubben tagit upp.',
      'Skara kommun är på väg att gå i borgen för ett lån på tre miljoner kronor till en inomhushall för fotboll.',
      'Kommunen gick i borgen för ett lån om 800 000 kronor till ridklubbens nya stall.',
      'Nämnden föreslår att kommunen ska gå i borgen för ett banklån för föreningen för att göra ett inköp möjligt.',
      'Kommunen går i borgen för lånet till skidklubben.',
    ],
    no: [
      'Lidingö stad går i borgen för ett lån om sex miljoner kronor till näringsidkaren Golfbanan AB.',
      'Kommunen går i borgen för bostadsbolagets lån på 40 miljoner kronor.',
      'Klubben söker att kommunen ska gå i borgen för ett banklån på 150 000 kronor.',
      'Kommunen kan gå i borgen för föreningars lån.',
      'Kommunen går i borgen för lån till föreningar i kommunen.',
      'Klubben söker att kommunen ska gå i borgen för ett lån till föreningen.',
    ],
  },
  'agreement-in-title': { yes: ['Samverkansöverenskommelse med Föreningen X', 'Markupplåtelse för föreningens klubbstuga', 'Avtal med frivilliga försvarsorganisationer', 'Arrende för föreningens klubbstuga', 'Överenskommelse med Föreningen Gläntan', 'medger föreningen tillgång till Kyvikshus konferenslokal'], no: ['Uppföljning', 'Lånebibliotek'] },
};

describe('kind rules', () => {
  for (const [name, { yes, no }] of Object.entries(EXAMPLES)) {
    it(`${name}: fires on its examples, not on its counter-examples`, () => {
      for (const text of yes) expect(rule(name).test(text), text).toBe(true);
      for (const text of no) expect(rule(name).test(text), text).toBe(false);
    });
  }

  it('passes over no example of a rule for lack of its words (has, alsoHas)', () => {
    const holds = (text: string, words: readonly string[] | undefined) => !words || words.some((word) => text.toLowerCase().includes(word));
    for (const r of KIND_RULES.filter((r) => r.name in EXAMPLES)) {
      for (const text of EXAMPLES[r.name]!.yes) expect(holds(text, r.has) && holds(text, r.alsoHas), `${r.name}: ${text}`).toBe(true);
    }
  });

  it('has examples for every rule that reads a title or a text', () => {
    const withoutExamples = KIND_RULES.filter((r) => !(r.name in EXAMPLES) && !r.name.endsWith('-in-decision') && r.name !== 'iop-in-text').map((r) => r.name);
    expect(withoutExamples).toEqual([]);
  });
});

describe('classifyMatter', () => {
  const item = (title: string | null, text: string, ideburna = 1) => classifyMatter({ title, text, ideburna });

  it('gives the kind the plainest place names', () => {
    expect(item('IOP Erikshjälpen', 'Beslut\nNämnden förlänger partnerskapet.')).toMatchObject({ kind: 'iop', rule: 'iop-in-title' });
    expect(item('Föreningsbidrag 2026', 'Beslut\nNämnden beviljar FUB 20 000 kronor.')).toMatchObject({ kind: 'bidrag', rule: 'grant-in-title' });
    expect(item('Frivillig resursgrupp', 'Beslut\nKommunstyrelsen godkänner avtalen med föreningarna.')).toMatchObject({ kind: 'overenskommelse', rule: 'agreement-in-decision' });
    expect(item(null, 'Sammanfattning\nArbetet sker i ett IOP.')).toMatchObject({ kind: 'iop', rule: 'iop-in-text' });
  });

  it('takes the recipient a grant, loan or guarantee item names in its title for its idéburen party, not an agreement\'s counterpart', () => {
    expect(item('Svar på ansökan om borgen till Klubben Ljuset', 'Beslut', 0)).toMatchObject({ kind: 'overenskommelse', rule: 'agreement-in-title' });
    expect(item('Klubben Ljuset ansökan om marknadsföringsbidrag', 'Beslut', 0)).toMatchObject({ kind: 'bidrag', rule: 'grant-in-title' });
    expect(item('Revidering av samarbetsavtal med gemensamma nämnden', 'Beslut', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item('Avtal om arrende till Klubben Ljuset', 'Beslut', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item('Lån till Byggbolaget AB', 'Beslut', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
  });

  it("takes an item titled by a förening's application alone for a grant, after every look-alike and named kind", () => {
    expect(item('Extrakompis Ansökan från föreningen Extrakompis', 'Föreningen ansöker om medel.')).toMatchObject({ kind: 'bidrag', rule: 'application-from' });
    expect(item('Ansökan från föreningen Båtklubben om arrende', 'Beslut')).toMatchObject({ kind: 'overenskommelse', rule: 'agreement-in-title' });
    expect(item('Ansökan från Måsens förskola om utökat barnantal', 'Beslut')).toMatchObject({ kind: null, rule: 'permit' });
    expect(item('Ansökan från Byggbolaget AB', 'Beslut', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    // An agenda's "Name/Ansökan": the name before the slash is the recipient; a lone topic word is not.
    expect(item('Gimo simsällskap/ansökan', '', 0)).toMatchObject({ kind: 'bidrag', rule: 'application-titled' });
    expect(item('Skolskjuts/ansökan', '', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item('Byggbolaget AB/ansökan', '', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item('Tillstånd för servering/ansökan', '', 0)).toMatchObject({ kind: null, rule: 'permit' });
    // A document of one matter is read whole, not by a title.
    expect(item(null, 'Ansökan från föreningen Extrakompis\n\nFöreningen ansöker.')).toMatchObject({ kind: null, rule: 'no-cue' });
  });

  it('reads a page\'s grant from a public body though the page names no idéburen party, as a kind without a party', () => {
    const page = 'Kvinnojouren\n\nVerksamhetsstödet från Järfälla kommun har legat på samma nivå sedan 2014, cirka 700 000 kronor per år.';
    expect(item(null, page, 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item(null, page, 1)).toMatchObject({ kind: 'bidrag', rule: 'grant-from-public-body' });
    // Other page rules still need a named party: a page's "får bidrag" is as often about föreningar at large.
    expect(item(null, 'Nyhet\n\nHembygdsföreningen får 200 000 kronor av kommunen.', 0)).toMatchObject({ kind: null, rule: 'no-cue' });
  });

  it("reads a page's grant changed or agreement ended for the one recipient its sentence names, though a decision section named the form first and the parties extractor knows no party", () => {
    const cut = 'Kommunen sänker bidrag efter flytt\n\nKommunen minskar det årliga verksamhetsstödet för Glumseruds bygdegård med 4 000 kronor. Enligt kultur- och fritidsnämndens beslut kommer bygdegårdens stöd under året uppgå till 6 000 kronor.';
    expect(item(null, cut, 0)).toMatchObject({ kind: 'bidrag', rule: 'grant-changed' });
    expect(item(null, 'Kommunen säger upp avtal\n\nKommunen säger upp avtalet med föreningen ”Fritidsgårdar i Hässleholms kommun”.', 0)).toMatchObject({ kind: 'overenskommelse', rule: 'agreement-approved' });
    // A grant's sum from a public body with no recipient in its sentence stays without a party.
    expect(item(null, 'Nyhet\n\nVerksamhetsstödet från Järfälla kommun har legat på 700 000 kronor per år.', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
  });

  it("reads a public body's contribution or a collaboration carried on as the kind of a page whose party the parties extractor does not know", () => {
    const page = 'Upprustningen är avslutad\n\nSlutnotan hamnade på knappt 200 000 kronor. Smedjebackens kommun har bidragit med 50 000 kronor.\n\nUtan detta stöd hade Hembygdsföreningen aldrig lyckats.';
    expect(item(null, page, 0)).toMatchObject({ kind: 'bidrag', rule: 'grant-contributed' });
    expect(item(null, 'Kommunen tar nästa steg i samarbetet med Drömfabriken\n\nKommunstyrelsen diskuterade verksamheten.', 0)).toMatchObject({ kind: 'overenskommelse', rule: 'collaboration-carried-on' });
    // No organisation named on the page: the kommun's money goes to its own works.
    expect(item(null, 'Ny skola\n\nKommunen har bidragit med 5 miljoner kronor till bygget.', 0)).toMatchObject({ kind: null, rule: 'no-cue' });
  });

  it('knows a page written by the party that signed an agreement with a public body', () => {
    expect(PARTY_SIGNED.test('Idag har vi tecknat ett IOP-avtal med Östersunds kommun, Ideellt offentligt partnerskap.')).toBe(true);
    expect(PARTY_SIGNED.test('Vi har ingått en överenskommelse med Region Jämtland Härjedalen.')).toBe(true);
    expect(PARTY_SIGNED.test('Vi har tecknat IOP med Föreningen Gläntan.')).toBe(false);
    expect(PARTY_SIGNED.test('Kommunen har tecknat ett avtal med Östersunds kommun.')).toBe(false);
  });

  it("does not take a protocol item for a partnership because its background mentions IOP", () => {
    expect(item('Bostad först', 'Sammanfattning\nArbetet sker i ett IOP.')).toMatchObject({ kind: null, rule: 'no-cue' });
  });

  it('gives a look-alike none before any kind its text names', () => {
    expect(item('Anmälan av delegationsbeslut', 'Placeringsavtal med Stiftelsen Bräcke Diakoni. Avtal om IOP.')).toMatchObject({ kind: null, rule: 'delegation-list' });
    expect(item('Initiativärende (S): stöd till scouterna', 'Bidrag till Tölöscouterna')).toMatchObject({ kind: null, rule: 'political-initiative' });
    expect(item('IOP med Föreningen X', 'Punkten utgår.')).toMatchObject({ kind: null, rule: 'withdrawn' });
    expect(item('Yrkande (S) om IOP med scouterna', 'Beslut\nNämnden avslår yrkandet.')).toMatchObject({ kind: null, rule: 'party-proposal' });
  });

  it("does not take a document's header naming its chair with her party for a party's proposal", () => {
    const agenda = 'Kallelse\nSocialnämnden\nOrdförande Anna Berg (S)\n\nIdéburet offentligt partnerskap med Föreningen Ljuset\n\nFörslag till beslut\nNämnden ingår ett idéburet offentligt partnerskap med föreningen.';
    expect(item(null, agenda)).toMatchObject({ kind: 'iop' });
  });

  it('reads a single document\'s heading lines for look-alikes only, and its whole text for a procurement', () => {
    const guidelines = 'Riktlinjer för idéburet offentligt partnerskap\n\nEtt IOP med en förening kan gälla i högst fyra år.';
    expect(item(null, guidelines)).toMatchObject({ kind: null, rule: 'rules-or-budget' });
    expect(isLookAlike(item(null, guidelines))).toBe(true);
    const news = 'IOP med Föreningen Gläntan\n\nKommunen tecknar ett idéburet offentligt partnerskap med föreningen.';
    expect(item(null, news)).toMatchObject({ kind: 'iop', rule: 'iop-in-text' });
    expect(item(null, 'Nya utförare\n\nDe vinnande anbuden kom från Föreningen Gläntan.')).toMatchObject({ kind: null, rule: 'procurement-described' });
    // A protocol's item is read by its own title: a procurement in its text does not decide.
    expect(item('Bostad först', 'Beslut\nNämnden godkänner avtalet med föreningen efter upphandlingen.')).toMatchObject({ kind: 'overenskommelse' });
    expect(isLookAlike(item('Bostad först', 'Sammanfattning'))).toBe(false);
  });

  it("names the kind a document's heading lines name, as a weak guess, or none", () => {
    expect(titleKind('§ 156 Bygdegårdsföreningen Klinte, driftbidrag\n\nFörvaltningen redogör för avtalet.')).toMatchObject({ kind: 'bidrag', rule: 'grant-in-title-of-document' });
    expect(titleKind('Kommunal borgen för Tennisklubben Slätten\n\nKlubben har ansökt om ett lån.')).toMatchObject({ kind: 'overenskommelse' });
    expect(titleKind('Kultur- och fritidsnämnden\n\nNämnden sammanträdde.')).toBeNull();
  });

  it("reads a motion's headline that names its movers for a look-alike; a long line of running text is no title", () => {
    const motion = 'Motion från Anna Ek Berg (MP) och Per Olof Lind (KD) om partnerskap mot hemlöshet\n\nEtt idéburet offentligt partnerskap finns redan mellan Stadsmissionen och socialförvaltningen.';
    expect(documentTitle(motion)).toBe('Motion från Anna Ek Berg (MP) och Per Olof Lind (KD) om partnerskap mot hemlöshet');
    expect(item(null, motion)).toMatchObject({ kind: null, rule: 'political-initiative' });
    const news = 'Kommunen och föreningen har i dag tecknat ett nytt avtal som gäller i tre år och som enligt motionen ska följas upp varje år\n\nMer text.';
    expect(documentTitle(news)).toBe('');
  });

  it('takes the first short lines that are no sentence for a document\'s title', () => {
    expect(documentTitle('# source: x\n\nSkip to main content\n\nRiktlinjer för bidrag\nKommunen ger bidrag till föreningar.\nMer text')).toBe('Skip to main content\nRiktlinjer för bidrag');
    const hosted = '• No results found\n\nPartnerskap i staden\n\nN/A\nProtected\n\nAcademic year: 2022\n\nShare "Partnerskap"\n\nCopied!\n28\n\nFull text\n\n(1)\n\nRevisionsrapport nr 2\n\n(2)\n\nRevisorerna har granskat nämndernas arbete.';
    expect(documentTitle(hosted)).toBe('Partnerskap i staden\nRevisionsrapport nr 2');
  });

  it('gives none to a matter with no idéburen party, and to one that names no form of cooperation', () => {
    expect(item('Överenskommelse om utskrivning från sluten vård', 'Beslut\nNämnden godkänner överenskommelsen med Region Halland.', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item('Flaggning med regnbågsflagga under West Pride', 'Beslut\nKommunstyrelsen beslutar att flagga.')).toMatchObject({ kind: null, rule: 'no-cue' });
  });

  it('reads a loan or grant reported given in a page of one matter only where the page names an idéburen party', () => {
    const loan = 'Klubbarna får lån\n\nFritidsnämnden beslutade i går. Tennisklubben får ett räntefritt lån från kommunen. Klubben får 300 000 kronor.';
    expect(item(null, loan)).toMatchObject({ kind: 'overenskommelse', rule: 'loan-granted' });
    const grant = 'Fler bidrag fördelades\n\nUtskottet beviljade också ett bidrag till Visklubben på 50 000 kronor.';
    expect(item(null, grant)).toMatchObject({ kind: 'bidrag', rule: 'grant-granted' });
    // Grants to "föreningar" at large, with no party named: no kind from the page's running text.
    expect(item(null, '37 föreningar får dela på två miljoner\n\nFöreningarna fick 250 000 kronor var som mest.', 0)).toMatchObject({ kind: null, rule: 'no-cue' });
    // A protocol's item is read by its title and decision, not its running text.
    expect(item('Bostad först', 'Sammanfattning\nFöreningen fick 50 000 kronor förra året.')).toMatchObject({ kind: null, rule: 'no-cue' });
  });

  it("keeps a grant whose item title names its recipient though no idéburen party was recognised; not an agreement", () => {
    expect(item('Extra verksamhetsbidrag till Ny Gemenskap', 'Ansökan från Ny Gemenskap', 0)).toMatchObject({ kind: 'bidrag', rule: 'grant-in-title' });
    expect(item('Statsbidrag från Socialstyrelsen', 'Beslut', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item('Avtal med Ny Gemenskap', 'Beslut', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
  });

  it('keeps an item titled by IOP whose text enters it though its partner goes unnamed; not one that only tells of IOP', () => {
    const entered = 'Nämnden godkände ett förslag till ett idéburet offentligt partnerskap (IOP) i staden.';
    expect(item('Idéburet offentligt partnerskap', entered, 0)).toMatchObject({ kind: 'iop', rule: 'iop-in-title-unnamed' });
    expect(item('IOP inom området våld i nära relation', 'Beslut\nNämnden beslutar att ingå IOP med idéburna parter.', 0)).toMatchObject({ kind: 'iop' });
    expect(item('Idéburet offentligt partnerskap', 'Förvaltningen berättar om IOP som samverkansform.', 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
    expect(item('Information om IOP', entered, 0)).toMatchObject({ kind: null, rule: 'information' });
    // A document of one matter has no item title: its own fallbacks decide (pipeline/extract.ts).
    expect(item(null, `IOP\n\n${entered}`, 0)).toMatchObject({ kind: null, rule: 'no-ideburen-party' });
  });
});

describe('items of protocols written elsewhere', () => {
  const item = (title: string | null, text: string, ideburna = 1) => classifyMatter({ title, text, ideburna });

  it('reads no grant in an item whose decision refuses the application, though its title asks for one; a document keeps its own path', () => {
    expect(item('Norrby Konstförening – ansökan om arrangemangsbidrag', 'Beslut\nKultur- och fritidsnämnden beslutar att avslå ansökan.')).toMatchObject({ kind: null, rule: 'application-refused' });
    expect(item('Ansökan om bidrag – Ekby IF', 'Beslut\nNämnden beviljar Ekby IF 10 000 kronor och avslår ansökan i övrigt.')).toMatchObject({ kind: 'bidrag' });
    expect(item(null, 'Ansökan om bidrag från Ekby IF\n\nBeslut\nNämnden avslår ansökan.').rule).not.toBe('application-refused');
  });

  it('reads no partnership in an item whose decision only takes note, though its title names a grant or an IOP', () => {
    expect(item('Föreningsbidrag', 'Beslut\nNämnden tar del av informationen om föreningsbidrag till Ekby Scoutkår.')).toMatchObject({ kind: null, rule: 'only-noted' });
    expect(item('IOP med Ekby Kvinnojour', 'Beslut\nNämnden tar del av informationen och godkänner förlängningen av partnerskapet.')).toMatchObject({ kind: 'iop' });
  });

  it("reads no partnership in an agreement whose one counterpart is a public body or a company, though a förening takes part", () => {
    expect(item('Avtal med Region Söder om missbruksvård', 'Beslut\nNämnden godkänner avtalet. Söderås Stadsmission är en viktig aktör.')).toMatchObject({ kind: null, rule: 'agreement-not-with-ideburen' });
    expect(item('Överenskommelse med Region Norr och Norrby Kvinnojour', 'Beslut\nNämnden godkänner överenskommelsen.')).toMatchObject({ kind: 'overenskommelse' });
  });
});

describe('cuedKind', () => {
  it('chooses IOP where the text names it, else the agreement or grant it names more often', () => {
    expect(cuedKind('Kommunen och föreningen samverkar i ett IOP.')).toMatchObject({ kind: 'iop' });
    expect(cuedKind('Värmdö har haft ett avtal med jouren. Sedan 2019 har jouren fått föreningsbidrag. Det nya avtalet gäller i två år.')).toMatchObject({ kind: 'overenskommelse' });
    expect(cuedKind('Klubben får lokalerna hyresfritt, en lokalsubvention.')).toMatchObject({ kind: 'overenskommelse' });
    expect(cuedKind('Nämnden beslutade om föreningsbidrag. Bidraget betalas ut i mars.')).toMatchObject({ kind: 'bidrag' });
    expect(cuedKind('Föreningen arrangerade en konsert i parken.')).toBeNull();
  });
});
