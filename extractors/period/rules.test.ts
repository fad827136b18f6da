import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../pipeline/contract.js';
import { DocText } from '../engine/doc-text.js';
import { extractPeriod, findPeriodMentions } from './index.js';
import { CONTEXT_RULES, GRANT_ROUND_RULES, PERIOD_RULES } from './rules.js';
import { DATE_FORMS, readDate } from './dates.js';
import { pageDate } from './page-date.js';

const p = (start: string | null, end: string | null, openEnded = false): Period => ({ start, end, openEnded });
const periodOf = (text: string) => extractPeriod(DocText.fromString(text));
/** A news page published 5 November 2024, as its address says. */
const november2024 = (text: string) => `# source: https://www.exempel.se/nyheter/2024/11/05/iop\n\n${text}`;
const april2024 = (text: string) => `# source: https://www.exempel.se/nyheter/2024/04/23/bidrag\n\n${text}`;

/** Each period rule with texts it must read (and the period) and texts it must leave alone. */
const RULE_EXAMPLES: Record<string, { positive: [string, Period][]; negative: string[] }> = {
  'duration-from': {
    positive: [
      ['Avtalet gäller under tre år med början 2002.', p('2002-01-01', '2004-12-31')],
      ['IOP-avtalet löper under tre år med start i januari 2024.', p('2024-01-01', '2026-12-31')],
      ['Partnerskapet löper i 2 år från och med 1 mars 2024.', p('2024-03-01', '2026-02-28')],
      ['Avtalstiden är tre år från och med 1 januari 2025.', p('2025-01-01', '2027-12-31')],
      ['Stödet ges under två år, räknat från 1 juli 2025.', p('2025-07-01', '2027-06-30')],
      ['Avtalet gäller 1 år från 2024-03-01.', p('2024-03-01', '2025-02-28')],
      ['Avtalet tecknas för tre år med start 1 juli 2024.', p('2024-07-01', '2027-06-30')],
      ['Upplåtelsen avser en tid av fem år, räknat från den 2023-10-01.', p('2023-10-01', '2028-09-30')],
    ],
    negative: ['Föreningen har funnits i tre år.', 'Föreningen har verkat för tre år sedan 2019.'],
  },
  'duration-until': {
    positive: [
      ['Det nya avtalet gäller tre år fram till den siste december 2019.', p('2017-01-01', '2019-12-31')],
      ['Avtalet löper i två år till och med 2026-06-30.', p('2024-07-01', '2026-06-30')],
      ['Överenskommelsen gäller 3 år t.o.m. 31 december 2027.', p('2025-01-01', '2027-12-31')],
      ['Avtalet gäller i tre år, tom 2024-03-31.', p('2021-04-01', '2024-03-31')],
    ],
    negative: ['Avtalet förlängs med två år till 2027-12-31.', 'Under tre år har föreningen fått bidrag fram till 2019.', 'Avtalet gäller i tre år, tomten ingår 2024.'],
  },
  'school-years': {
    positive: [
      ['Överenskommelsen gäller läsåren 2025/26–2027/28.', p('2025-01-01', '2028-12-31')],
      ['Partnerskapet avser läsåret 2024/2025.', p('2024-01-01', '2025-12-31')],
      ['Avtalet gäller under säsongen 2024/25.', p('2024-01-01', '2025-12-31')],
      ['Föreningen får 300 000 kronor per år för läsåren 2025/2026, 2026/2027 och 2027/2028.', p('2025-01-01', '2028-12-31')],
      ['Klubben hade ett treårsavtal med kommunen, från säsongen 15/16 till säsongen 17/18.', p('2015-01-01', '2018-12-31')],
    ],
    negative: ['Avtalet gäller 2025/26.', 'Ärende KS 2024/25 om läsår.', 'Avtalet gäller 15/16.', 'Säsongen 12/03 inleds med match.'],
  },
  'duration-adjective-from': {
    positive: [
      ['Kommunen ingår ett treårigt partnerskap från 1 januari 2023.', p('2023-01-01', '2025-12-31')],
      ['Ett 2-årigt avtal fr.o.m. 2024-07-01 tecknas.', p('2024-07-01', '2026-06-30')],
      ['Kommunen och föreningen tecknar ett treårigt idéburet offentligt partnerskap som gäller från 1 januari 2023.', p('2023-01-01', '2025-12-31')],
    ],
    negative: ['Föreningen driver ett treårigt projekt.', 'En tvåårig utbildning från 2023 års budget.', 'Ett treårigt projekt. Föreningen startade från 2019.'],
  },
  'duration-adjective-until': {
    positive: [
      ['Kommunen tecknar ett tvåårigt avtal som löper fram till 31 mars 2027.', p('2025-04-01', '2027-03-31')],
      ['En treårig överenskommelse till och med 2026 tecknas med föreningen.', p('2024-01-01', '2026-12-31')],
      ['Nämnden beviljar ett tvåårigt verksamhetsbidrag t.o.m. 2026-06-30.', p('2024-07-01', '2026-06-30')],
    ],
    negative: [
      'Föreningen driver ett treårigt projekt till och med 2026.',
      'Ett tvåårigt avtal tecknas. Föreningen får lokalen till och med 2026.',
      'Ett treårigt avtal gäller till och med 2023 års slut enligt budget.',
    ],
  },
  'stated-years': {
    positive: [
      ['Det nya avtalet gäller 2015 och 2016 och innebär att förvaltningen finansierar det.', p('2015-01-01', '2016-12-31')],
      ['Partnerskapet ska pågå under åren 2025, 2026 och 2027.', p('2025-01-01', '2027-12-31')],
      ['Nivån för verksamhetsstödet till föreningen fastställs till 170 kkr/år för 2008 och 2009.', p('2008-01-01', '2009-12-31')],
      ['I den förnyade överenskommelsen utökas antalet platser under 2024 och 2025, från 15 till 20.', p('2024-01-01', '2025-12-31')],
      ['Nämnden har äskat 3 625 000 kronor av kommunstyrelsen fördelat på 2015 och 2016.', p('2015-01-01', '2016-12-31')],
      ['På initiativ av föreningen kommer samverkan under 2023 och 2024 istället att ske genom ett IOP.', p('2023-01-01', '2024-12-31')],
    ],
    negative: [
      'Föreningen har vidtagit åtgärder 2022 och 2023.',
      'Bidraget fördelas på två utbetalningar 2022 och 2023.',
      'Avtalet gäller 2019 och 2023.',
      'Under åren 2019, 2021 och 2023 ökade antalet.',
      'Budgeten för 2024 och 2025 fastställs.',
      'Föreningen fick bidrag för 2019 och 2023.',
      'Under 2022 och 2023 ökade antalet besökare, skriver föreningen i sin rapport.',
      'Föreningen arrangerade läger under 2022 och 2023.',
    ],
  },
  'from-until-further-notice': {
    positive: [
      ['Överenskommelsen gäller från och med 2023-05-01 och tills vidare.', p('2023-05-01', null, true)],
      ['Period för överenskommelse: 2020-12-18–tills vidare', p('2020-12-18', null, true)],
      ['Överenskommelsen gäller tills vidare från 1 januari 2024.', p('2024-01-01', null, true)],
      ['Avtalet gäller från 2024-01-01 tillsvidare.', p('2024-01-01', null, true)],
    ],
    negative: ['Överenskommelsen gäller från och med 2023-05-01.'],
  },
  'from-years-ahead': {
    positive: [
      ['IOP:t gäller från 2023 och tre år framåt.', p('2023-01-01', '2025-12-31')],
      ['Överenskommelsen gäller från och med 2025-01-01 och två år framåt.', p('2025-01-01', '2026-12-31')],
      ['Överenskommelsen gäller från och med 1 januari 2024 och löper i tre år.', p('2024-01-01', '2026-12-31')],
      ['Överenskommelsen gäller 2024-04-01 och två år framåt.', p('2024-04-01', '2026-03-31')],
      ['Avtalet gäller från 2024-03-01 i två år.', p('2024-03-01', '2026-02-28')],
      ['Överenskommelsen gäller från 1 juli 2024 och tre år framåt.', p('2024-07-01', '2027-06-30')],
      ['Överenskommelsen gäller från 2025-01-01 och löper på tre år.', p('2025-01-01', '2027-12-31')],
    ],
    negative: [
      'Föreningen har funnits sedan 2023 och planerar tre år framåt.',
      'Från 2023 har antalet ökat; tre år framåt väntas fler.',
      'Från 2023 och tre år har föreningen haft lokalen.',
      'Avtalet gäller 2024-04-01 och tre år har gått sedan starten.',
    ],
  },
  range: {
    positive: [
      ['Partnerskapet gäller från 1 januari 2025 till och med 31 december 2028.', p('2025-01-01', '2028-12-31')],
      ['Avtalsperiod 2025-01-01–2028-12-31.', p('2025-01-01', '2028-12-31')],
      ['Avtalet gäller från 2023-09-01 och löper till 2025-08-31.', p('2023-09-01', '2025-08-31')],
      ['Avtalet gäller från 2024-01-01 och löper ut 2026-12-31.', p('2024-01-01', '2026-12-31')],
      ['Överenskommelsen avser 2022-04- 01 till 2024-03-31.', p('2022-04-01', '2024-03-31')],
      ['Ett IOP-avtal för perioden 2025-2028.', p('2025-01-01', '2028-12-31')],
      ['Period för överenskommelse: 2022–2023', p('2022-01-01', '2023-12-31')],
      ['Avtalet gäller 1/3 2022- 28/2 2023.', p('2022-03-01', '2023-02-28')],
      ['Överenskommelsen gäller fr.o.m. 2022-01-01 t.o.m. 2022-12-31.', p('2022-01-01', '2022-12-31')],
      ['att förlänga partnerskapet med start 2025-01-01 till 2025-\n06-30.', p('2025-01-01', '2025-06-30')],
      ['Nämnden beslutar att förlänga överenskommelsen om IOP mellan 2022 och 2023.', p('2022-01-01', '2023-12-31')],
      ['Avtalet gäller från januari 2024 till juni 2025.', p('2024-01-01', '2025-06-30')],
      ['Avtalstid: 2024-01-01 -- 2026-12-31', p('2024-01-01', '2026-12-31')],
      ['Avtalet gäller 2025.01.01 – 2027.12.31.', p('2025-01-01', '2027-12-31')],
      ['partnerskap från och med 2026-07-31 till och med 2027-07 31.', p('2026-07-31', '2027-07-31')],
      ['Överenskommelsen gäller fom 2024-02-01 tom 2025-01-31.', p('2024-02-01', '2025-01-31')],
      ['Kommunen tecknar IOP med föreningen för perioden år 2024 till år 2026.', p('2024-01-01', '2026-12-31')],
      ['IOP:t gäller mellan åren 2024 och 2027.', p('2024-01-01', '2027-12-31')],
      ['Avtalet gäller 1.1.2024–31.12.2026.', p('2024-01-01', '2026-12-31')],
      ['Avtalet gäller från 1 januari 2025 till 2027.', p('2025-01-01', '2027-12-31')],
    ],
    negative: [
      'Föreningen har vidtagit åtgärder 2022 och 2023 för att förbättra ekonomin.',
      'Ärendet har beteckning ASN-2019-9502 och KS 2016-2017/322.',
      'Sammanträdesdatum 2024-05-06-08, 14',
      'Protokoll 2024-05-06 - 2024',
      'Lokalen stod tom 2023 och 2024 och hyrs nu ut.',
      'Parterna kom överens om ett förlängt avtal fram till årsskiftet 2020-2021.',
    ],
  },
  'range-shared-year': {
    positive: [
      ['Avtalet gäller 1 mars–31 december 2024.', p('2024-03-01', '2024-12-31')],
      ['Projektet pågår från november till mars 2025.', p('2024-11-01', '2025-03-31')],
    ],
    negative: ['Projektet pågår i sin sista fas januari-mars.'],
  },
  'single-year': {
    positive: [
      ['Partnerskapet gäller under 2024.', p('2024-01-01', '2024-12-31')],
      ['Avtalsperiod: 2025', p('2025-01-01', '2025-12-31')],
      ['Avtalet med föreningen har nu förlängts för hela 2023.', p('2023-01-01', '2023-12-31')],
      ['Stödet avser verksamhetsåret 2025.', p('2025-01-01', '2025-12-31')],
      ['Nämnden beslutar att förlänga överenskommelsen under 2025.', p('2025-01-01', '2025-12-31')],
      ['Kommunen väljer att förlänga IOP-avtalet för 2026.', p('2026-01-01', '2026-12-31')],
      ['Avtalet gäller säsongen 2025.', p('2025-01-01', '2025-12-31')],
      ['Överenskommelsen gäller under vårterminen 2026.', p('2026-01-01', '2026-06-30')],
      ['Avtalet avser höstterminen 2025.', p('2025-08-01', '2025-12-31')],
    ],
    negative: ['Avtalet gäller 2024 och 2025.', 'Medlen påverkar 2022 års budget.', 'Föreningen vill förlänga säsongen under 2025.'],
  },
  'start-only': {
    positive: [['Avtalet gäller från och med 2025-01-01.', p('2025-01-01', null)]],
    negative: ['Protokollet justerades 2025-01-01.'],
  },
  'in-force-since': {
    positive: [
      ['Sedan den 1 januari 2022 har ett idéburet offentligt partnerskap gällt mellan kommunen och jouren.', p('2022-01-01', null)],
      ['Kultur- och fritidsnämnden har sedan 2019 en överenskommelse om IOP med föreningen.', p('2019-01-01', null)],
      ['Kommunen har sedan 2021 ett IOP-avtal med jouren.', p('2021-01-01', null)],
    ],
    negative: [
      'Föreningen har funnits sedan 1985 och har många medlemmar.',
      'Föreningen har sedan 2016 ansvarat för samtliga fritidsgårdar.',
      'Sedan 2019 en ny ordförande valdes har föreningen vuxit.',
    ],
  },
  'end-only': {
    positive: [
      ['Samverkansavtalet gäller fram till sista december 2023.', p(null, '2023-12-31')],
      ['Stödet ska återbetalas, dock senast 2025-10-30.', p(null, '2025-10-30')],
      ['Överenskommelsen gäller till och med 31 december 2026.', p(null, '2026-12-31')],
      ['Det nya avtalet väntas gälla t.om. 31 december 2026.', p(null, '2026-12-31')],
      ['Kommunen och föreningen tecknar IOP som gäller till och med år 2026.', p(null, '2026-12-31')],
      ['Avtalet gäller till och med utgången av 2026.', p(null, '2026-12-31')],
      ['Avtalet gäller fram till slutet av år 2025.', p(null, '2025-12-31')],
      ['Miljonbeloppet betalas ut i tre omgångar och uppdraget pågår till utgången av år 2017.', p(null, '2017-12-31')],
      ['Det gäller från den första april i år till den sista december 2025.', p(null, '2025-12-31')],
    ],
    negative: ['Partnerskapet följer upp resultatet senast mars 2028.', 'Föreningen redovisar senast vid utgången av 2025.'],
  },
  'ends-on': {
    positive: [
      ['Nämnda överenskommelse avslutas den 31 december 2019.', p(null, '2019-12-31')],
      ['IOP-avtalet löper ut 31 december 2021.', p(null, '2021-12-31')],
      ['Överenskommelsen upphör att gälla 2024-06-30.', p(null, '2024-06-30')],
      ['Avtalet löper till 2026-12-31.', p(null, '2026-12-31')],
      ['Avtalet med föreningen sträcker sig till 2026.', p(null, '2026-12-31')],
      ['Avtalet är tidsbegränsat till 2024-12-31.', p(null, '2024-12-31')],
      ['Avtalet förlängs till 2025-12-31.', p(null, '2025-12-31')],
      ['IOP-avtalet förlängs ett år, till den 31 december 2025.', p(null, '2025-12-31')],
      // The active verb with the agreement as its object.
      ['Nämnden beslutar att förlänga avtalet till 2027-12-31.', p(null, '2027-12-31')],
      ['Kommunen förlänger IOP-avtalet med föreningen till den 31 december 2026.', p(null, '2026-12-31')],
    ],
    negative: ['Ansökningstiden går ut i mars.', 'Avtalet avslutas i förtid.', 'Avtalet gäller till sista maj.', 'Avtalet förlängs med två år.', 'Föreningen vill förlänga säsongen till 2025-10-31.'],
  },
  'starts-on-for-years': {
    positive: [
      ['Överenskommelsen träder i kraft den 1 mars 2025 och gäller i två år.', p('2025-03-01', '2027-02-28')],
      ['Avtalet börjar gälla 1 juli 2024 och löper i tre år.', p('2024-07-01', '2027-06-30')],
    ],
    negative: ['Lagen träder i kraft 1 juli 2024 och har funnits i tre år.'],
  },
  'starts-on': {
    positive: [
      ['Partnerskapet startar 2025-01-01.', p('2025-01-01', null)],
      ['Avtalet börjar gälla 1 juli 2024.', p('2024-07-01', null)],
    ],
    negative: ['Överenskommelsen träder i kraft när båda parter undertecknat den.'],
  },
  'until-further-notice': {
    positive: [
      ['Överenskommelsen gäller tills vidare med tre månaders uppsägning.', p(null, null, true)],
      ['Avtalet gäller tillsvidare med sex månaders uppsägningstid.', p(null, null, true)],
      ['Överenskommelsen gäller tills någon part säger upp den.', p(null, null, true)],
      ['Avtalet löper utan tidsbegränsning.', p(null, null, true)],
    ],
    negative: [
      'Överenskommelsen gäller ett år.',
      'Avtalet gäller ett år. Föreningens personal har tillsvidareanställning.',
      'Avtalet gäller 2025 och kan sägas upp av någon part.',
    ],
  },
  'grant-year': {
    positive: [
      ['Nämnden fördelar 2024 års föreningsbidrag med 137 500 kr.', p('2024-01-01', '2024-12-31')],
      ['Ansökan om verksamhetsbidrag för 2025 från föreningen.', p('2025-01-01', '2025-12-31')],
      ['Förslaget visar hur fem miljoner kronor ska fördelas i föreningsbidrag under 2015.', p('2015-01-01', '2015-12-31')],
      ['Föreningen beviljas verksamhetsbidrag för 2024 om 200 000 kr.', p('2024-01-01', '2024-12-31')],
      ['Så fördelas föreningsbidragen 2021', p('2021-01-01', '2021-12-31')],
      ['Här är listan på hur verksamhetsbidragen fördelas 2021.', p('2021-01-01', '2021-12-31')],
      ['§ 155 Slutfördelning av bidrag till hembygdsföreningar 2002', p('2002-01-01', '2002-12-31')],
      ['Stöd till studieförbund 2024', p('2024-01-01', '2024-12-31')],
      ['Intresseföreningen erhåller verksamhetsbidrag med 30 000 kronor för 2002.', p('2002-01-01', '2002-12-31')],
      ['Föreningen beviljas ett stöd om 50 tkr för år 2024.', p('2024-01-01', '2024-12-31')],
      ['Det togs beslut om ytterligare bidrag till kommunens föreningar 2022.', p('2022-01-01', '2022-12-31')],
      ['Bland de andra föreningarna som får bidrag 2017 finns Galleri Syster.', p('2017-01-01', '2017-12-31')],
      ['Det blev kommunstyrelsens beslut och föreningen får fortsatt stöd 2021.', p('2021-01-01', '2021-12-31')],
      ['Verksamhetsbidrag 2008 till Föreningen Ljuset', p('2008-01-01', '2008-12-31')],
      ['Föreningsbidrag 2024 åt Scoutkåren Gnistan', p('2024-01-01', '2024-12-31')],
      ['Föreningen beviljas verksamhetsbidrag avseende år 2025 med 40 000 kr.', p('2025-01-01', '2025-12-31')],
      ['Ansökan om föreningsbidrag avseende 2024', p('2024-01-01', '2024-12-31')],
    ],
    negative: [
      'Medlen påverkar 2022 års budgetutrymme.',
      'Kommunen betalade ut bidrag till föreningen 2019.',
      'Bidrag till föreningar 2021–2023 redovisas.',
      'Redovisning av bidrag avseende 2021–2023.',
      'Nämnden fastställer budget för 2025.',
      'Kommunens plan för 2025–2027 antas.',
      'Statistik för 2023 redovisas.',
      'Föreningen lämnade in ansökan om bidrag 2021 och fick avslag.',
      'Föreningen fick bidrag 2016 men inte i år.',
      'Föreningen får inget bidrag 2021.',
      'Bidrag till föreningens lokaler 2021 redovisas.',
      'Bidraget 2021-05-03 betalades ut.',
      'Bidragen 2021 och 2022 redovisas i bilagan.',
      'Bidrag 2021 till 2023 redovisas i bilagan.',
      'Föreningen får ett bidrag med 30 000 kronor för 2024–2026.',
      'Föreningen får ett bidrag med 30 000 kronor för 2024-05-06 års aktivitet.',
    ],
  },
  'page-year-grant': {
    positive: [
      [november2024('Kommunledningsutskottet fördelade också årets verksamhetsbidrag till föreningarna.'), p('2024-01-01', '2024-12-31')],
      [november2024('Här är årets bidragsfördelning.'), p('2024-01-01', '2024-12-31')],
    ],
    negative: ['Kommunledningsutskottet fördelade också årets verksamhetsbidrag till föreningarna.', november2024('Nämnden antog årets budget.'), november2024('Årets stödgrupper startar i mars.')],
  },
  'agreement-began': {
    positive: [
      ['Samarbetet började 2017 och pågår minst till sommaren 2020.', p('2017-01-01', null)],
      ['Partnerskapet inleddes i mars 2021 och löper vidare.', p('2021-03-01', null)],
    ],
    negative: ['Föreningen startade 2015 och pågår.', 'Projektet började 2019 och pågår.', 'Samarbetet började bra.', 'Partnerskapet startade 2019. Det förlängs mellan 2022 och 2023.'],
  },
  'page-next-year-grant': {
    positive: [
      [november2024('Totalt bidrar man med 300 000 kronor till nästa års verksamhet i Brottsofferjouren.'), p('2025-01-01', '2025-12-31')],
      [november2024('Nämnden fördelar nästkommande års verksamhetsbidrag i december.'), p('2025-01-01', '2025-12-31')],
    ],
    negative: ['Totalt bidrar man med 300 000 kronor till nästa års verksamhet.', november2024('Nämnden antog nästa års budget.'), november2024('Inför nästa års val.')],
  },
  'page-relative-grant-year': {
    positive: [
      [november2024('Socialnämnden behandlade nyligen deras bidragsansökan för i år.'), p('2024-01-01', '2024-12-31')],
      [november2024('Nämnden fattar beslut om föreningsbidraget för nästa år i december.'), p('2025-01-01', '2025-12-31')],
    ],
    negative: [
      'Socialnämnden behandlade nyligen deras bidragsansökan för i år.',
      november2024('Om redovisningen inte lämnats in utbetalas inget stöd för nästkommande år.'),
      november2024('Föreningen får stöd under kommande år.'),
    ],
  },
  'page-next-year-funding': {
    positive: [[november2024('Regionen kommer under nästa år att stödja länets föreningar med drygt 46 miljoner kronor.'), p('2025-01-01', '2025-12-31')]],
    negative: ['Regionen kommer under nästa år att stödja länets föreningar.', november2024('Under nästa år att göra-listan finns mycket.')],
  },
  'grant-verb-year': {
    positive: [
      ['Bidraget beviljas för 2025.', p('2025-01-01', '2025-12-31')],
      ['Föreningen beviljas 200 000 kronor i stöd till sin verksamhet för år 2025.', p('2025-01-01', '2025-12-31')],
      ['Nämnden tilldelar föreningen 50 000 kr för 2024.', p('2024-01-01', '2024-12-31')],
      ['Nämnden beslutar att bevilja föreningen 40 000 kronor för 2024.', p('2024-01-01', '2024-12-31')],
      ['Kulturnämnden beviljade föreningen 30 000 kronor för 2017.', p('2017-01-01', '2017-12-31')],
    ],
    negative: [
      'Föreningen beviljas bidrag enligt budget för 2025.',
      'Föreningen beviljas bidrag enligt plan för 2025.',
      'Föreningen beviljas bidrag enligt plan för 2025–2027.',
      'Föreningen beviljas bidrag utifrån statistik för 2023.',
      'Nämnden beslutar att bevilja bidrag enligt plan för 2025.',
      'Nämnden beslutar att bevilja föreningen bidrag för 2024–2026.',
      'Föreningen har beviljats bidrag sedan 2014.',
      'Bidrag beviljas till hyra. Budgeten för 2025 fastställs.',
    ],
  },
  'grant-purpose-year': {
    positive: [
      ['Kommunstyrelsen har beslutat om pengar till Kvinnojouren och Tjejjouren för 2023.', p('2023-01-01', '2023-12-31')],
      ['Föreningen ansöker om 2 000 000 kronor i tidsbegränsat bidrag för det sociala arbetet på mötesplatsen för år 2024.', p('2024-01-01', '2024-12-31')],
      ['Nämnden avsätter medel till föreningens läxhjälp för år 2025.', p('2025-01-01', '2025-12-31')],
    ],
    negative: [
      'Föreningen får bidrag till verksamhetsplanen för 2025.',
      'Föreningen får stöd till arbetet med statistik för 2023.',
      'Nämnden begär att 270 000 kronor avsätts från kommunstyrelsens ofördelade medel för 2015 avseende lokalbidrag.',
      'Föreningen får stöd till sin verksamhet för 2024–2026.',
      'Föreningen får bidrag. Ansökan för 2024 ska lämnas in.',
      'Föreningen får bidrag om 20 000 kr per termin för 2024.',
      'Medelvärdet för 2023 var högre.',
    ],
  },
  'secured-year': {
    positive: [
      ['Kommunen ingår ett IOP-avtal värt 200 000 kronor med Frivilligcentrum, vars hotade verksamhet därmed är säkrad för 2021.', p('2021-01-01', '2021-12-31')],
      ['Med bidraget är jourens verksamhet tryggad under 2025.', p('2025-01-01', '2025-12-31')],
    ],
    negative: ['Verksamheten är säkrad för framtiden.', 'Verksamheten är säkrad för 2024–2026 genom avtalet.', 'Föreningen har säkrat lokaler för barnen.'],
  },
  'agreement-year': {
    positive: [
      ['Piteå kommun ingår IOP med Stadsmissionen för 2025.', p('2025-01-01', '2025-12-31')],
      ['Nämnden godkänner avtalet med föreningen för år 2024.', p('2024-01-01', '2024-12-31')],
      ['Kommunstyrelsen godkänner 2023 års överenskommelse med föreningen.', p('2023-01-01', '2023-12-31')],
    ],
    negative: ['Avtalet med föreningen för 2024–2026 tecknas.', 'Föreningen har fått mer pengar för 2025.', 'Budgeten för 2025 fastställs.'],
  },
  'money-received-year': {
    positive: [
      ['Föreningen får 300 000 kronor för 2024.', p('2024-01-01', '2024-12-31')],
      ['Kommunen ger föreningen 200 000 kronor till verksamheten för år 2025.', p('2025-01-01', '2025-12-31')],
      ['Jouren erhåller 50 000 kr för 2023.', p('2023-01-01', '2023-12-31')],
    ],
    negative: [
      'Föreningen fick 200 000 kronor för 2019.',
      'Föreningen får 300 000 kronor för 2024–2026.',
      'Föreningen får 300 000 kronor enligt budget för 2024.',
      'Föreningen får i år fler medlemmar än för 2019.',
    ],
  },
  'page-year-end': {
    positive: [
      [november2024('Kommunen förlänger IOP-avtalet med föreningen året ut.'), p(null, '2024-12-31')],
      [november2024('Avtalet med föreningen går ut vid årsskiftet.'), p(null, '2024-12-31')],
      [november2024('Överenskommelsen förlängs till och med årets slut.'), p(null, '2024-12-31')],
      [`# source: https://www.exempel.se/nyheter/2022-01-20-iop\n\nIOP-avtalet gick ut vid årsskiftet och förnyas nu.`, p(null, '2021-12-31')],
    ],
    negative: [
      'Kommunen förlänger IOP-avtalet med föreningen året ut.',
      november2024('Föreningen har haft ett bra år ute i skogen.'),
      november2024('Avtalet är på tre år och börjar gälla vid årsskiftet.'),
    ],
  },
  'named-year-turn-start': {
    positive: [
      ['Kommunen och stiftelsen har sedan årsskiftet 18/19 ingått ett idéburet offentligt partnerskap.', p('2019-01-01', null)],
      ['Överenskommelsen gäller från och med årsskiftet 2024/2025.', p('2025-01-01', null)],
    ],
    negative: ['Sedan årsskiftet 18/20 har föreningen vuxit.', 'Avtalet gick ut vid årsskiftet 2023/2024.'],
  },
  'page-next-year-start': {
    positive: [
      [november2024('Avtalet med föreningen gäller från och med nästa år.'), p('2025-01-01', null)],
      [november2024('Ett treårigt IOP-avtal gäller från årsskiftet.'), p('2025-01-01', '2027-12-31')],
      [november2024('IOP-avtalet gäller från årsskiftet och tre år framåt.'), p('2025-01-01', '2027-12-31')],
      [november2024('Det treåriga IOP-avtalet börjar gälla vid årsskiftet.'), p('2025-01-01', '2027-12-31')],
    ],
    negative: [
      'Avtalet med föreningen gäller från och med nästa år.',
      november2024('Föreningen räknar med fler medlemmar nästa år.'),
      november2024('IOP-avtalet går ut vid årsskiftet.'),
    ],
  },
  'page-from-years-ahead': {
    positive: [
      [november2024('Avtalet med föreningen gäller från och med 1 januari och tre år framåt.'), p('2025-01-01', '2027-12-31')],
      [november2024('Överenskommelsen gäller från den 1 oktober och löper i två år.'), p('2024-10-01', '2026-09-30')],
    ],
    negative: [
      'Avtalet gäller från och med 1 juli och tre år framåt.',
      november2024('Föreningen har öppet från 1 juli och tre år framåt.'),
      november2024('Avtalet gäller från och med 1 juli 2024 och tre år framåt.'),
      november2024('Avtalet gäller från och med 1 juli och tre år.'),
    ],
  },
  'page-year-end-date': {
    positive: [
      [november2024('IOP-avtalet löper ut den 31 december.'), p(null, '2024-12-31')],
      [november2024('Överenskommelsen med föreningen gäller till och med den 31 mars.'), p(null, '2025-03-31')],
    ],
    negative: [
      'IOP-avtalet löper ut den 31 december.',
      november2024('IOP-avtalet löper ut den 31 december 2026.'),
      november2024('Avtalet med föreningen gäller från den 1 december.'),
    ],
  },
  'page-year-range': {
    positive: [
      [april2024('Föreningen beviljas 60 000 kronor för aktiviteten, som pågår 4 maj - 30 september.'), p('2024-05-04', '2024-09-30')],
      [november2024('Avtalet med föreningen gäller från den 1 december till och med den 28 februari.'), p('2024-12-01', '2025-02-28')],
    ],
    negative: [
      'Föreningen beviljas 60 000 kronor för aktiviteten, som pågår 4 maj - 30 september.',
      april2024('Redovisningen ska avse perioden 1 januari–31 december.'),
      april2024('Ansökningsdatum för bidraget är mellan 12 augusti och 6 september.'),
      april2024('Avtalet gäller från 4 maj - 30 september 2025.'),
    ],
  },
};

describe('PERIOD_RULES', () => {
  it('has examples for every rule', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(PERIOD_RULES.map((r) => r.name).sort());
  });
  for (const [name, examples] of Object.entries(RULE_EXAMPLES)) {
    it.each(examples.positive)(`${name} reads %s`, (text, period) => {
      const mentions = findPeriodMentions(text, pageDate(text));
      expect(mentions.map((m) => m.rule)).toContain(name);
      expect(periodOf(text)?.value).toEqual(period);
    });
    it.each(examples.negative)(`${name} does not read %s`, (text) => {
      expect(findPeriodMentions(text, pageDate(text)).filter((m) => m.rule === name)).toEqual([]);
    });
    it.each(examples.positive)(`${name}'s anchors hold in %s`, (text) => {
      const rule = PERIOD_RULES.find((r) => r.name === name)!;
      expect(rule.anchors.filter((a) => !a.test(text))).toEqual([]);
    });
  }
  it("holds every rule's anchors wherever its pattern matches in the development documents, line by line and whole", () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/devset/docs');
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    const texts = [...docs, ...docs.flatMap((d) => d.split('\n'))];
    const missed: string[] = [];
    for (const rule of PERIOD_RULES)
      for (const text of texts) if ([...text.matchAll(rule.pattern)].length > 0 && !rule.anchors.every((a) => a.test(text))) missed.push(`${rule.name}: ${text.slice(0, 60)}`);
    expect(missed).toEqual([]);
  });
  it('skips a text without any anchor, and reads one with', () => {
    expect(findPeriodMentions('Föreningen Ett, Sjögatan 3, 123 45 Staden')).toEqual([]);
    expect(findPeriodMentions('Avtalet gäller tills vidare.').map((m) => m.rule)).toEqual(['until-further-notice']);
    expect(findPeriodMentions('Avtalet gäller 2024-01-01 till 2025-12-31.').map((m) => m.rule)).toEqual(['range']);
  });
});

const CONTEXT_EXAMPLES: Record<string, { positive: string[]; negative: string[] }> = {
  'reported-period': {
    positive: [
      'Under perioden 1 oktober till 31 oktober 2025 har följande skrivelser inkommit till nämnden.',
      'Under 2016-2017 har förvaltningen med stöd av det tillfälliga flyktingstödet beviljat bidrag till cirka 20 projekt.',
      'Under april-oktober 2019 besökte 205 ungdomar lokalen.',
      'Under perioden 2026-05-01 till 2026-05-31 har fem anställningar gjorts.',
    ],
    negative: [
      'Under 2025–2027 gäller avtalet mellan kommunen och föreningen.',
      'Under 2025 har föreningen rätt till lokalen.',
      'Under 2025–2026 får föreningen inte ta ut avgifter.',
      'Avtalet gäller 2025–2027 och föreningen har under perioden anordnat läger.',
    ],
  },
  'not-partnership-period': {
    positive: [
      'Kommunfullmäktige avslår begäran om amorteringsfrihet för perioden 2024-01-01 till 2028-12-31.',
      'Till socialutskott från och med 2007-01-08 till och med 2010-12-31 utses:',
      'Kommunfullmäktige beviljar styrelsen för stiftelsen ansvarsfrihet för verksamhetsåret 2024.',
    ],
    negative: ['Nämnden beslutar om bidrag för perioden 2024-01-01 till 2028-12-31.'],
  },
  'other-period-before': {
    positive: [
      'Verksamhetsplan 2024–2026',
      'Anslaget uppsatt: 2024-03-01 -- 2024-03-22',
      'Beslutet anslogs mellan den 17 maj och 8 juni 2017.',
      'Protokollet har anslagits 2024-03-01 -- 2024-03-22.',
      'Val av ersättare för perioden 2023–2026',
      'Verksamheten riktar sig till barn födda 2010–2015.',
      'Statistik från 2022–2023 visar att behovet ökar.',
      'En uppföljning av arbetet under 2019-04-01–2019-10-31 visade på goda resultat.',
      'Utvärderingen av partnerskapet 2020–2021 visar att målen nåtts.',
      'Slutsatserna från projektet finns i en slutrapport från januari 2017.',
      'Här, i rapporten från 2017, förespråkas IOP som modell.',
      'Fakta perioden 1 mars 2014-28 februari 2015',
      'Insatserna bidrar till utvecklingsstrategin för Västra Götaland för åren 2021- 2030.',
    ],
    negative: [
      'Avtalsperiod: 2024–2026',
      'I enlighet med verksamhetsplanen ingår kommunen ett IOP för perioden 2024–2026',
      'Efter uppföljningen förlängs avtalet. Avtalet gäller 2024–2026.',
      'Faktaruta: avtalet gäller 2024–2026.',
      'Rapporten visar att det nya avtalet gäller 2024–2026.',
      'Kommunen har anslagit medel och avtalet gäller 2024–2026.',
    ],
  },
  'change-between-years-before': {
    positive: [
      'I Täby och Danderyd fördubblades samtalen mellan 2017 och 2018.',
      'Antalet besökare ökade med 40 procent från 2022 till 2023.',
      'Antalet medlemmar har minskat kraftigt mellan åren 2019 och 2021.',
      'Ökningen i kronor mellan 2002 och 2003 blev drygt 60 000 kronor.',
      'Skillnaden mellan åren 2021 och 2022 är liten.',
    ],
    negative: [
      'Nämnden beviljar ökat stöd till föreningen från 2025-01-01 till 2027-12-31.',
      'Ökningen av stödet gäller från 2025 till 2027.',
      'Stödet ökar från 2025 till 2027 enligt avtalet.',
      'IOP:t gäller mellan åren 2024 och 2027.',
    ],
  },
  'extension-bound-before': {
    positive: [
      'Avtalet gäller 2022-04-01–2023-12-31, dock längst till och med 2025-12-31.',
      'med möjlighet till förlängning till och med 2026-12-31',
      'Avtalet kan därefter förlängas till och med 31 december 2028.',
    ],
    negative: ['Nämnden beslutar att förlänga avtalet till och med 2025-12-31.'],
  },
  'reporting-deadline-before': {
    positive: [
      'Verksamheten ska redovisas till nämnden senast 2025-03-31.',
      'Ansökan ska inkomma senast 1 mars 2025.',
      'Uppdraget ska fortfarande slutredovisas senast den 31 december 2015.',
      'Ansökan ska lämnas senast den 30 september 2024.',
    ],
    negative: ['Stödet ska återbetalas som engångssumma, dock senast 2025-10-30.'],
  },
  'reporting-deadline-sentence': {
    positive: [
      'Föreningen ska senast den 31 mars 2025 redovisa hur bidraget använts.',
      'Redovisning ska ske senast 2025-12-31.',
      'Återrapportering ska lämnas senast 2026-01-31.',
      'Föreningen ska senast 2025-03-31 till nämnden återrapportera verksamheten.',
    ],
    negative: ['Stödet ska återbetalas som engångssumma, dock senast 2025-10-30.', 'Avtalet gäller till och med 2025-12-31 och föreningen ska redovisa verksamheten årligen.'],
  },
  'other-thing-in-force-before': {
    positive: [
      'Riktlinjerna för IOP gäller tills vidare.',
      'Delegationsordningen ska gälla från och med 2024-01-01.',
      'Lagen träder i kraft den 1 juli 2024.',
      'Nämnden har antagit ett nytt regelverk för föreningsstöd som trädde i kraft från och med den 1 januari 2024.',
    ],
    negative: ['Överenskommelsen gäller tills vidare.', 'Beslutet gäller från och med 2024-01-01.'],
  },
  'open-end-of-what': {
    positive: ['Ledamoten kvarstår tills vidare.', 'Beslutet gäller tills vidare.'],
    negative: ['Överenskommelsen gäller tills vidare.', 'Föreningsbidraget betalas ut tills vidare.'],
  },
  'open-end-pending': {
    positive: ['Bidraget betalas ut tills vidare i avvaktan på ett nytt avtal.'],
    negative: ['Överenskommelsen gäller tills vidare.'],
  },
  'denied-grant-before': {
    positive: ['Om redovisning inte lämnats in utbetalas inget ', 'De vet fortfarande inte om de får '],
    negative: ['Socialnämnden behandlade nyligen deras ', 'Föreningen ansöker om '],
  },
  'withdrawn-from-before': {
    positive: ['Beslutet innebär också att allt ekonomiskt stöd till samtliga Folkets Hus-föreningar i staden tas bort från och med ', 'Bidraget dras in från ', 'Stödet till föreningen tas bort '],
    negative: ['Föreningen får stöd från och med ', 'Avtalet gäller från och med '],
  },
  'page-date-of-what': {
    positive: ['Från den 1 juli gäller nya regler för bygglov.', 'Föreningen firar jubileum året ut.'],
    negative: ['IOP-avtalet löper ut den 31 december.', 'Överenskommelsen gäller från årsskiftet.'],
  },
  historic: {
    positive: [
      'Det första avtalet avsåg perioden 1 januari 2016 till 31 december 2017.',
      'Kommunen har haft ett avtal med jouren under många år, fram till 2019 då de klev ur avtalet.',
      'Socialnämnden ingick i slutet av 2021 en överenskommelse som gäller under perioden 1 januari 2022 – 31 december 2023.',
      'Under läsåret 2001 – 2002 har verksamheten bedrivits med bidrag från föreningar.',
      'Under perioden mars-december 2023 har kommunen stått för hyran, dels som ekonomiskt stöd.',
    ],
    negative: ['Överenskommelsen avser perioden 1 januari 2022 till 31 december 2022.', 'Under perioden mars-december 2024 står kommunen för hyran.'],
  },
  'existing-agreement': {
    positive: ['Nuvarande avtal med föreningen gäller 2022-01-01 -- 2024-12-31.'],
    negative: ['Nämnden beslutar att förlänga befintligt IOP med start 2025-01-01 till 2025-06-30.'],
  },
  'current-agreement-ends': {
    positive: [
      'Nuvarande avtal mellan Lycksele kommun och Lappmarksryttarna avseende ridskoleverksamhet vid ridsportanläggningen löper ut den 31 december 2017.',
      'Det befintliga IOP:et upphör 2024-12-31.',
    ],
    negative: ['Det nya avtalet löper ut den 31 december 2022.', 'Nuvarande avtal gäller 2022-01-01 -- 2024-12-31.'],
  },
  validity: {
    positive: [
      'Förvaltningen föreslår ett nytt avtal för perioden 2025-01-01 -- 2027-12-31.','Den föreslagna överenskommelsen gäller 2021-01-31-2024-12-31.'],
    negative: ['Region Skåne har 2016-2020 en överenskommelse om IOP.'],
  },
  'no-partnership-word': {
    positive: ['Utställningen visas 2024-03-01 till 2024-04-30.'],
    negative: ['Projektet pågår 2024-03-01 till 2024-04-30.', 'Föreningen beviljas 100 % lokalsubvention läsåret 2002 – 2003.'],
  },
};

describe('CONTEXT_RULES', () => {
  it('has examples for every rule', () => {
    expect(Object.keys(CONTEXT_EXAMPLES).sort()).toEqual(CONTEXT_RULES.map((r) => r.name).sort());
  });
  /** A 'before' rule sees the text up to the mention: the last "till och med", else the first digit of the dates, else "tills vidare". */
  const seen = (rule: (typeof CONTEXT_RULES)[number], text: string) => {
    const at = [text.lastIndexOf('till och med'), text.search(/\d/), text.indexOf('tills vidare')].find((i) => i >= 0);
    return rule.where === 'sentence' ? text : text.slice(0, at);
  };
  for (const rule of CONTEXT_RULES) {
    const examples = CONTEXT_EXAMPLES[rule.name]!;
    it.each(examples.positive)(`${rule.name} fires: %s`, (text) => expect(rule.pattern.test(seen(rule, text))).toBe(true));
    it.each(examples.negative)(`${rule.name} does not fire: %s`, (text) => expect(rule.pattern.test(seen(rule, text))).toBe(false));
  }
});

describe('extractPeriod', () => {
  it('drops the period of something that is not the partnership', () => {
    expect(periodOf('Kommunfullmäktige avslår begäran om amorteringsfrihet för perioden 2024-01-01 till 2028-12-31.')).toBeNull();
    expect(periodOf('Föreningen beviljas 50 000 kronor. Redovisning ska ske senast 2025-12-31.')).toBeNull();
    expect(periodOf('Föreningen ska senast den 31 mars 2025 redovisa hur bidraget använts.')).toBeNull();
  });

  it('prefers the current agreement over earlier ones the history paragraph names', () => {
    const text =
      'Det första avtalet avsåg perioden 1 januari 2016 till 31 december 2017. Överenskommelsens förlängdes två gånger, 1 januari 2018 till 31 december 2018. Överenskommelsen avser perioden 1 januari 2022 till 31 december 2022.';
    const field = periodOf(text);
    expect(field?.value).toEqual(p('2022-01-01', '2022-12-31'));
    expect(field?.needsReview).toBe(false);
  });

  it('reads no start from the date support is withdrawn from', () => {
    expect(periodOf('Beslutet innebär också att allt ekonomiskt stöd till samtliga Folkets Hus-föreningar i staden tas bort från och med 2011.')).toBeNull();
  });

  it('starts a new agreement with only an end the day after the one in force ends', () => {
    const text =
      'Nuvarande avtal mellan kommunen och föreningen avseende ridskoleverksamhet löper ut den 31 december 2017. Under hösten har överläggningar om nytt avtal genomförts för perioden fram till 2022.';
    expect(periodOf(text)?.value).toEqual(p('2018-01-01', '2022-12-31'));
    // Without the agreement in force, the new one has no start.
    expect(periodOf('Under hösten har överläggningar om nytt avtal genomförts för perioden fram till 2022.')?.value).toEqual(p(null, '2022-12-31'));
  });

  it('prefers a proposed new agreement over the one in force', () => {
    const text = 'Nuvarande avtal gäller 2022-01-01 -- 2024-12-31. Förvaltningen föreslår ett nytt avtal för perioden 2025-01-01 -- 2027-12-31.';
    expect(periodOf(text)?.value).toEqual(p('2025-01-01', '2027-12-31'));
  });

  it('reports the period stated as the validity and flags a conflicting period', () => {
    const text =
      'Nämnden delfinansierar verksamheten under 2021-2024. En överenskommelse för perioden 2021-2024. Den föreslagna överenskommelsen gäller 2021-01-31-2024-12-31 med möjlighet till två års förlängning.';
    const field = periodOf(text);
    expect(field?.value).toEqual(p('2021-01-31', '2024-12-31'));
    expect(field?.needsReview).toBe(true);
  });

  it('completes a half-open period from another mention that agrees with it', () => {
    const field = periodOf('Avtalet gäller från och med 2024-03-01. Avtalet löper till och med 2026-02-28.');
    expect(field?.value).toEqual(p('2024-03-01', '2026-02-28'));
    expect(field?.evidence).toHaveLength(2);
    expect(periodOf('Avtalet gäller från och med 2024-01-01. Ett IOP för perioden 2024–2026.')?.value).toEqual(p('2024-01-01', '2026-12-31'));
  });

  it('completes a start with an open end stated elsewhere, and ignores the open end of rules', () => {
    expect(periodOf('Överenskommelsen gäller från 1 januari 2025. Den löper därefter tills vidare med tolv månaders uppsägning av avtalet.')?.value).toEqual(
      p('2025-01-01', null, true),
    );
    expect(periodOf('Delegationsordningen gäller tills vidare.')).toBeNull();
    expect(periodOf('Lagen träder i kraft den 1 juli 2024.')).toBeNull();
  });

  it("ends a start at the agreement's length stated apart from it, and only at one length", () => {
    const field = periodOf('Nämnden tecknar ett treårigt IOP med Kvinnojouren. Avtalet börjar gälla den 1 mars 2024.');
    expect(field?.value).toEqual(p('2024-03-01', '2027-02-28'));
    expect(field?.needsReview).toBe(true);
    expect(field?.evidence.map((e) => e.text)).toEqual(['den 1 mars 2024', 'treårigt IOP']);
    expect(periodOf('Avtalstiden är två år. Avtalet gäller från och med 2025-01-01.')?.value).toEqual(p('2025-01-01', '2026-12-31'));
    expect(periodOf('Kulturnämnden tecknar IOP med föreningen under tre år. Avtalet börjar gälla 1 januari 2024.')?.value).toEqual(p('2024-01-01', '2026-12-31'));
    expect(periodOf(november2024('Kommunen tecknar ett partnerskap (IOP), som kommer att gälla i tre år från och med årsskiftet.'))?.value).toEqual(p('2025-01-01', '2027-12-31'));
    expect(periodOf('Avtalet ska löpa i två år. Det börjar gälla den 1 mars 2024.')?.value).toEqual(p('2024-03-01', '2026-02-28'));
    // An extension is no length, a project no agreement, and two lengths say neither.
    expect(periodOf('Avtalet kan förlängas med två år. Avtalet gäller från och med 2025-01-01.')?.value).toEqual(p('2025-01-01', null));
    expect(periodOf('Avtalet (IOP), som kan förlängas att gälla i två år till. Avtalet gäller från och med 2025-01-01.')?.value).toEqual(p('2025-01-01', null));
    expect(periodOf('Föreningen driver ett treårigt projekt. Avtalet gäller från och med 2025-01-01.')?.value).toEqual(p('2025-01-01', null));
    expect(periodOf('Ett tvåårigt avtal eller ett treårigt avtal? Avtalet gäller från och med 2025-01-01.')?.value).toEqual(p('2025-01-01', null));
    // Years at a time are each renewal's length: the agreement runs on with no end.
    expect(periodOf('Arrendet gäller från 2020. Detta avtal är skrivet på 5 år i taget och förlängs automatiskt.')?.value).toEqual(p('2020-01-01', null));
    expect(periodOf('Arrendet gäller från 2020. Detta avtal är skrivet på 5 år.')?.value).toEqual(p('2020-01-01', '2024-12-31'));
  });

  it('flags an end before the start', () => {
    const field = periodOf('Avtalet gäller från 2025-06-01 till 2025-01-31.');
    expect(field?.needsReview).toBe(true);
  });

  it('keeps the evidence of every mention of the chosen period', () => {
    const field = periodOf('IOP med föreningen 2025-2028.\n\nAvtal för perioden 2025-2028.');
    expect(field?.evidence.map((e) => e.text)).toEqual(['2025-2028', '2025-2028']);
  });

  it('gives null when the text has no period', () => {
    expect(periodOf('Nämnden beslutar att bevilja stöd. Sammanträdesdatum 2024-05-06.')).toBeNull();
  });
});

describe('readDate', () => {
  it('reads the date forms and rejects impossible dates', () => {
    expect(readDate('den 31 dec. 2028')).toEqual({ year: 2028, month: 12, day: 31, precision: 'day' });
    expect(readDate('28/2 2023')).toEqual({ year: 2023, month: 2, day: 28, precision: 'day' });
    expect(readDate('2025-\n06-30')).toEqual({ year: 2025, month: 6, day: 30, precision: 'day' });
    expect(readDate('2027-07 31')).toEqual({ year: 2027, month: 7, day: 31, precision: 'day' });
    expect(readDate('30 februari 2024')).toBeNull();
    expect(readDate('sista december 2023')).toEqual({ year: 2023, month: 12, day: 31, precision: 'day' });
    expect(readDate('sista februari 2024')).toEqual({ year: 2024, month: 2, day: 29, precision: 'day' });
    expect(readDate('den siste december 2019')).toEqual({ year: 2019, month: 12, day: 31, precision: 'day' });
    expect(readDate('31.12.2026')).toEqual({ year: 2026, month: 12, day: 31, precision: 'day' });
    expect(readDate('31.2.2026')).toBeNull();
  });
});

describe('readDate: a half or a quarter of a year', () => {
  it('reads the months the part spans, widened to its first or last day', () => {
    expect(readDate('andra halvåret 2018')).toEqual({ year: 2018, month: 7, day: null, precision: 'month', lastMonth: 12 });
    expect(readDate('Första halvåret år 2025')).toEqual({ year: 2025, month: 1, day: null, precision: 'month', lastMonth: 6 });
    expect(readDate('tredje kvartalet 2024')).toEqual({ year: 2024, month: 7, day: null, precision: 'month', lastMonth: 9 });
    expect(readDate('tredje halvåret 2024')).toBeNull();
  });

  it.each([
    ['Överenskommelsen gäller från och med andra halvåret 2018 till och med 2019.', p('2018-07-01', '2019-12-31')],
    ['Partnerskapet löper från första halvåret 2025 till andra halvåret 2026.', p('2025-01-01', '2026-12-31')],
    ['Avtalet gäller från 2024 till och med första halvåret 2025.', p('2024-01-01', '2025-06-30')],
  ])('%s', (text, period) => expect(periodOf(text)?.value).toEqual(period));

  it.each(['Avtalet gäller i ett halvår 2025.', 'Partnerskapet startar hösten 2025.', 'under halvåret 2025', 'det andra halvårets 2025'])(
    'reads no part of a year in %s (a duration, a season, no ordinal)',
    (text) => expect(new RegExp(DATE_FORMS.partOfYear, 'iu').test(text)).toBe(false),
  );

  it('reads a school term as its months', () => {
    expect(readDate('höstterminen 2025')).toEqual({ year: 2025, month: 8, day: null, precision: 'month', lastMonth: 12 });
    expect(periodOf('Överenskommelsen gäller från och med höstterminen 2025 till och med vårterminen 2027.')?.value).toEqual(p('2025-08-01', '2027-06-30'));
    expect(new RegExp(DATE_FORMS.term, 'iu').test('terminen 2025')).toBe(false);
  });
});

describe('rule-name sets', () => {
  it('names only period rules that exist as rules dating a round of grants', () => {
    const names = new Set(PERIOD_RULES.map((rule) => rule.name));
    expect([...GRANT_ROUND_RULES].filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('a season in two digits', () => {
  it('gives way to a term of days stated beside it', () => {
    expect(periodOf('Kommunen har tecknat avtal med skidklubben inför säsongen 22/23. Avtalet är tecknat på ett år, från 1 december 2022 till 30 november 2023.')?.value).toEqual(
      p('2022-12-01', '2023-11-30'),
    );
  });
});
