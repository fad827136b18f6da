/**
 * The grammar of money in Swedish municipal writing, as named data: what a money expression looks like,
 * which words around it say how often it is paid, and which contexts make a number with "kr" something
 * other than the partnership's funding. index.ts applies them; rules.test.ts holds each rule's examples.
 */
import type { Amount } from '../../pipeline/contract.js';
import { nearPattern, nonSpaceWithin, type NearPattern } from '../engine/sticky.js';
import { alternation, AND_A_HALF_PATTERN, CURRENCY_WORDS, DIGITS_PATTERN, MULTIPLIERS, NUMBER_WORD_PATTERN } from './numerals.js';

const NOT_LETTER = String.raw`(?![\p{L}\p{N}])`;

/** Hedges before an amount ("cirka 3,7 miljoner", "drygt 5,2 miljoner"): part of the evidence, not of the value. */
const HEDGE = String.raw`(?:(?:cirka|ca\.?|drygt|knappt|närmare|omkring|ungefär|runt|upp till|högst|maximalt|max\.?|totalt|sammanlagt)\s+)`;

/** Digits grouped in thousands ("250 000", "1.300.000"): after a "kr" written before the number, as older agreements do. */
const GROUPED_THOUSANDS = String.raw`\d{1,3}(?:[ .\u00a0]\d{3})+(?!\d)`;

/** The sum spelled out in parentheses between the number and its currency, as agreements write it: "300 000 (trehundratusen) kronor". */
const SPELLED_OUT = String.raw`\s*\([\p{L}\s-]{3,60}\)`;

/**
 * A money expression: a number in digits or words, an optional multiplier ("tkr", "miljoner") and an
 * optional currency word ("kronor", "kr", "SEK", ":-", "1 300 000 :-"), or "SEK" or "kr" before the number as agreements write it
 * ("SEK 500 000", "kr 250 000"); the sum may be spelled out in parentheses before its currency ("300 000 (trehundratusen) kronor").
 * index.ts keeps a match only when it names money:
 * a currency word or a currency multiplier, or "miljoner"/"tusen" followed by a word that ends the phrase.
 */
export const MONEY = new RegExp(
  String.raw`${HEDGE}?(?:(?<![\p{L}])(?<prefix>SEK|kr\.?(?=[ \t]*${GROUPED_THOUSANDS}))[ \t]*(?=\d))?(?<number>${DIGITS_PATTERN}|(?<![\p{L}])(?:${AND_A_HALF_PATTERN}|${NUMBER_WORD_PATTERN})${NOT_LETTER})` +
    String.raw`(?:\s*(?<multiplier>${alternation(Object.keys(MULTIPLIERS))})\.?${NOT_LETTER})?` +
    String.raw`(?:${SPELLED_OUT}(?=\s*(?:${alternation(CURRENCY_WORDS.filter((w) => w !== ':-'))})${NOT_LETTER}))?` +
    String.raw`(?:\s*(?<currency>${alternation(CURRENCY_WORDS.filter((w) => w !== ':-'))})\.?${NOT_LETTER}|[ \t]?(?<dash>:-))?`,
  'dgiu',
);

/**
 * Where every MONEY match's number starts (same flags): a digit, or a number word at a word's start. MONEY is tried only near
 * one (engine/sticky.ts eachMatchNear), not at every position of the text: most positions open no number. Before the number a
 * match holds at most a hedge ("sammanlagt", 10 code units besides white space) and "SEK"/"kr." (3): MONEY_NEAR's start bound.
 */
const MONEY_NUMBER_START = new RegExp(String.raw`\d|(?<![\p{L}])(?:${NUMBER_WORD_PATTERN})${NOT_LETTER}`, 'giu');
/** MONEY without match indices (they cost on every number), tried near its number's start only. */
export const MONEY_NEAR: NearPattern = nearPattern(new RegExp(MONEY.source, MONEY.flags.replace('d', '')), MONEY_NUMBER_START, nonSpaceWithin(13));

/**
 * What every money expression MONEY reads holds: a multiplier, a currency word (or ":-") or "SEK" (same words, same
 * flags). A text without one names no money, and is not matched against MONEY at all.
 */
export const MONEY_ANCHOR = new RegExp(alternation([...Object.keys(MULTIPLIERS), ...CURRENCY_WORDS, 'SEK']), 'iu');

/**
 * A money label with the number after a colon, as in forms and decision tables: "Beviljat belopp: 150 000",
 * "Bidrag (tkr): 500". The unit in parentheses scales the number; without one it is kronor.
 */
export const LABELLED_MONEY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:beviljat|sökt|föreslaget|totalt|årligt)\s+)?(?:belopp|bidragsbelopp|bidrag|summa|ersättning|finansiering)` +
    String.raw`\s*(?:\((?<unit>${alternation(['kr', 'kronor', 'sek', ...Object.keys(MULTIPLIERS)])})\))?\s*:\s*(?<number>${DIGITS_PATTERN})` +
    String.raw`(?!\s*(?:%|procent|st(?![\p{L}])|personer|platser|timmar|deltagare))`,
  'giu',
);

/** What every LABELLED_MONEY match holds: its label word (same flags), a colon and a digit. */
export const LABELLED_MONEY_ANCHORS: readonly RegExp[] = [/belopp|bidrag|summa|ersättning|finansiering/iu, /:/, /\d/];

/** Without a unit, a labelled number below this is a count, not kronor ("Summa: 12"). */
export const LABELLED_MIN_SEK = 1000;

/**
 * After "miljoner" or "tusen" without a currency word, the phrase must end or go on with a function word
 * ("1,8 miljoner i ramtillskott", "drygt 5,2 miljoner.", "satsar 1,2 miljoner på partnerskapet"), so "3 miljoner invånare" is not money.
 */
export const BARE_MULTIPLIER_FOLLOWER =
  /^\s*(?:[.,;:)!?–-]|$|(?:i|per|om|till|för|på|under|och|att|från|som|ska|skall|av|med|varav|vardera|årligen|inom|kan|har|är|blir|eller|totalt|år|kr|kronor)(?![\p{L}]))/iu;

/**
 * After "miljoner" (not "tusen": "flera tusen kommer att delta" counts people) a verb of paying or handing out makes the
 * millions the subject that is paid: "sammanlagt 6,7 miljoner kommer att delas ut", "2 miljoner går till föreningen",
 * "5 miljoner fördelas". People or things come with their noun first ("3 miljoner invånare kommer …").
 */
export const BARE_MILLION_VERB =
  /^\s*(?:kommer\s+att\s+(?:delas|betalas|fördelas|gå|läggas|satsas|avsättas|användas|tillföras)|går\s+till|delas\s+ut|betalas\s+ut|fördelas|satsas|avsätts|tillförs|läggs|reserveras)(?![\p{L}])/iu;

/**
 * Where a rule looks: right after the sum, in its clause before it, in its sentence, or in its clause with the
 * hedge word that opens the money expression ("…, totalt 5,2 miljoner").
 */
export type Where = 'after' | 'before' | 'sentence' | 'lead';

/** A word pattern that says how often an amount is paid, found right after it, before it in its clause, or in its sentence. */
export interface PerRule {
  name: string;
  per: Amount['per'];
  where: Where;
  pattern: RegExp;
  /** How sure the rule is of the periodicity it names. */
  strength: number;
}

/** "i år", the present year (not "i år två" of an agreement's years, nor "i åratal"). */
const THIS_YEAR = String.raw`i\s+år(?![\p{L}])(?!\s+(?:[1-9]|ett|två|tre|fyra|fem)(?![\p{L}\p{N}]))`;

/** Grants that recur by their kind: operating, membership, yearly and interest grants ("driftbidrag", "räntebidrag"). */
const RECURRING_GRANT_STEM = String.raw`(?:verksamhets|förenings|drift|organisations|grund|års|ränte)`;
const PERIOD_NOUN = String.raw`\p{L}*(?:perioden|tiden|åren)`;

/** A grant named with the one year it is for ("föreningsbidrag för 2025", "verksamhetsstöd för 2008", "ersättningen för år 2026"), not a range. */
const GRANT_FOR_YEAR = String.raw`(?:bidrag|stöd|ersättning|anslag|finansiering)\p{L}{0,4}\s+(?:för\s+(?:år\s+)?|år\s+)(?:19|20)\d{2}(?!\s*[-–]\s*\d)`;

/** A grant named for the coming or the present year without its number ("bidrag för det kommande året", "stöd för nästa år"). */
const GRANT_FOR_COMING_YEAR = String.raw`(?:bidrag|stöd|ersättning|anslag)\p{L}{0,4}\s+för\s+(?:det\s+)?(?:kommande|nästa|nästkommande|innevarande)\s+år(?:et)?`;

/**
 * Building or mending a thing, the purpose of a grant paid once ("renoveringsarbeten", "ombyggnader", "upprustningen",
 * "uppförande av ridhus", "anläggningsbidrag"): what is built is built once. Not "uppförandekod" (a code of conduct).
 */
const BUILDING_WORK = String.raw`(?:renover|restaurer|reparation|upprustning|(?:om|till|ny)byggnad|byggnation|anläggningsbidrag|anläggningsstöd)\p{L}*|uppförande(?:t)?(?![\p{L}])`;

/**
 * The parts of a breakdown whose whole states no periodicity ("Budgetramen … är 520 kkr", a budget left out) are yearly when
 * the text names the grant they divide with its one year: "Verksamhetsstöd för 2008 … Beredningsgruppen föreslår följande
 * fördelning: - Förening A 40 kkr". Weaker than any reading of the part's own words, and read only for such parts (index.ts).
 */
export const GRANT_YEAR_BREAKDOWN: PerRule = {
  name: 'grant-year-breakdown',
  per: 'year',
  where: 'sentence',
  pattern: new RegExp(String.raw`(?<![\p{L}])\p{L}*${GRANT_FOR_YEAR}(?![\p{N}])`, 'iu'),
  strength: 0.45,
};

/**
 * The parts of a breakdown whose whole states no periodicity are paid once when the text names the grant they divide as one
 * towards an investment or a one-off: "Ansökningar om investeringsstöd … 2007 … föreslår avdelningen följande fördelning: - Eksta
 * bygdegårdsförening 12 kkr". Tried before GRANT_YEAR_BREAKDOWN: an investment grant is paid once whatever year it is for
 * (investment-grant-before). Read only for such parts (index.ts).
 */
export const ONCE_GRANT_BREAKDOWN: PerRule = {
  name: 'once-grant-breakdown',
  per: 'once',
  where: 'sentence',
  pattern: /(?<![\p{L}])(?:investerings|engångs)(?:bidrag|stöd)\p{L}*(?![^.\n]{0,40}(?:per\s+år|årligen|\/\s*år))/iu,
  strength: 0.45,
};

/**
 * The parts of a breakdown whose whole states no periodicity, and whose text names no grant year nor investment, are paid once
 * when the lead-in right before them grants them: "Följande föreningar beviljas bidrag ur verksamhet 491: Gothems
 * hembygdsförening, renovering 40 000 kr …", "Nämnden tilldelar följande föreningar bidrag enligt fördelningen: …" (a grant decided is
 * paid once unless its words say it recurs, as granted-sentence reads a sentence). Read on the text between the previous sum and
 * the part only (index.ts); not "Medlen fördelas enligt följande", which grants nothing.
 */
export const GRANTED_BREAKDOWN: PerRule = {
  name: 'granted-breakdown',
  per: 'once',
  where: 'before',
  pattern: /(?<![\p{L}])(?:beviljas|beviljar|tilldelas|tilldelar)(?![\p{L}])/iu,
  strength: 0.45,
};

/**
 * A sum whose own sentence says nothing of how often it is paid, a few sentences after the text names the grant as yearly:
 * "… beslutat att öka det årliga bidraget till kvinnojouren med 150 000 kronor. Det innebär att kvinnojouren nu får 600 000
 * kronor till sin verksamhet."; or names it with its one year ("… ska fördelas i föreningsbidrag under 2015. … Hembygdsföreningen
 * får 100 000 kronor"), or as this year's round ("fördelade årets verksamhetsbidrag … Verdandi 63 000 kronor"; not "årets
 * investeringsbidrag", paid once), or this year's round of sharing grants out ("Nu är årets fördelning avgjord. … Teatern får 565 000
 * kronor"). The weakest reading; index.ts tries it only for a sum no other rule reads, on the text
 * ANNUAL_GRANT_REACH characters before it.
 */
export const ANNUAL_GRANT_EARLIER: PerRule = {
  name: 'annual-grant-earlier',
  per: 'year',
  where: 'before',
  pattern: /(?<![\p{L}])(?:årlig[at]?\s+(?:\p{L}+\s+)?\p{L}*(?:bidrag|stöd|anslag)(?:et|en)?|årets\s+(?!\p{L}*(?:investerings|engångs))\p{L}*(?:bidrag|stöd)(?:et|en)?|årets\s+(?:bidrags)?fördelning(?:en)?|\p{L}*(?:bidrag|stöd)(?:et|en)?\s+(?:som\s+)?(?:betalas\s+ut\s+)?(?:årligen|varje\s+år|per\s+år)|\p{L}*(?:bidrag|stöd)(?:et|en)?\s+(?:för|under)\s+(?:år\s+)?(?:19|20)\d{2}(?![\p{N}]|\s*[-–]\s*\d))(?![\p{L}])/iu,
  strength: 0.4,
};

/** How far before a sum ANNUAL_GRANT_EARLIER looks: the sentence or two a news item names the grant in. */
export const ANNUAL_GRANT_REACH = 400;

/**
 * A sum whose own sentence says nothing of how often it is paid, a sentence or two after the text names building or mending
 * as what the grant is for: "… fått beviljat ett anläggningsbidrag för gamla folkets hus. Det är ett välkommet bidrag som gör
 * att vi kan påbörja renovering … Bidraget är på 25 000 kr", "… slutredovisning för upprustningen av Hembygdsgården. … kommunen
 * har bidragit med 50 000 kronor": paid once. As weak as ANNUAL_GRANT_EARLIER, tried after it, on the same reach (index.ts).
 */
export const BUILDING_WORK_EARLIER: PerRule = {
  name: 'building-work-earlier',
  per: 'once',
  where: 'before',
  pattern: new RegExp(String.raw`(?<![\p{L}])(?:${BUILDING_WORK})`, 'iu'),
  strength: 0.4,
};

/** Grants that recur by their kind, an interest grant left out: "räntebidrag" is asked for a loan's term, not a year. */
const YEARLY_GRANT_STEM = String.raw`(?:verksamhets|förenings|drifts?|organisations|grund|års)`;

/** Grants of a kind given once, for a project, a start, an event or an investment: named with a year, still no yearly grant. */
const ONE_OFF_GRANT_STEM = String.raw`(?:projekt|start|arrangemangs|evenemangs|stimulans|investerings|engångs|etablerings|anläggnings)`;

/**
 * A sum nothing else reads, in a text that anywhere names its grant as one that recurs by its kind ("24 föreningar sökte
 * verksamhetsbidrag hos stadsdelsförvaltningen", "Föreningsbidrag 2024" as a heading) or as the grant of one year, the recipient
 * or the payer between ("Lagagården fick mest i bidrag från kommunen för år 2022", "Nämnden beviljar bidrag till samlingslokaler
 * 2023 enligt nedan"): a news item tells the year's round of grants once, before or after the sums it lists ("Mest får
 * Midsommargården (225 000 kronor)"). Not a range of years ("föreningsbidrag under 2015–2017"), nor a grant of a one-off
 * kind ("projektbidrag för 2023"), nor a year the funding has run since ("bidragit till sedan 2008"), nor a word that only
 * starts with a grant ("verksamhetsstödjande"). The weakest reading of all; index.ts tries it last, on the whole text (`where`
 * unused). The letters before "bidrag" are bounded: an unbounded \p{L}* is quadratic on long runs of letters.
 */
export const GRANT_KIND_IN_TEXT: PerRule = {
  name: 'grant-kind-in-text',
  per: 'year',
  where: 'sentence',
  pattern: new RegExp(
    String.raw`(?<![\p{L}])(?:${YEARLY_GRANT_STEM}(?:bidrag|stöd)(?:et|en|ena|s)?(?![\p{L}])(?!\s+(?:för|under)\s+(?:åren\s+)?(?:19|20)\d{2}\s*(?:[-–]|till)\s*\d)` +
      String.raw`|(?!${ONE_OFF_GRANT_STEM})\p{L}{0,30}(?:bidrag|stöd|anslag)(?:et|en)?\s+(?:(?:till|från|hos)\s+(?:(?!sedan|från|till|och)[\p{L}-]+\s+){1,3}?)?(?:för\s+(?:år\s+)?|år\s+)?(?:19|20)\d{2}(?![\p{N}]|\s*(?:[-–]|till)\s*\d))`,
    'iu',
  ),
  strength: 0.35,
};

/**
 * The text between two sums when the second opens the next line of the same list: "… 35.000 kronor\n  • Spelhobbyförbundet
 * Norrbotten – 70.000 kronor", "… 40 000 kr\n- Förening B 25 000 kr". One line break (no blank line: a new paragraph is
 * prose again), an optional bullet, and a name without a sentence's end. A sum so continuing a list whose first sums were
 * read as yearly by ANNUAL_GRANT_EARLIER is yearly too, however far down the list it stands (index.ts): the grant is named
 * once above the list, and the reach of ANNUAL_GRANT_EARLIER should not cut a long list in two.
 */
export const LIST_NEXT_LINE = /^[ \t,;]*\n[ \t]*(?:[•*·–-][ \t]*)?[^\n.!?]{1,120}$/u;

export const PER_RULES: readonly PerRule[] = [
  {
    name: 'year-after',
    per: 'year',
    where: 'after',
    pattern: /^[\s,]*(?:\/\s*(?:hel)?år|per\s+(?:hel|kalender|verksamhets|budget|läs)?år|om året|i året|årligen|årsvis|varje år)(?![\p{L}])/iu,
    strength: 0.95,
  },
  {
    name: 'month-after',
    per: 'unknown',
    where: 'after',
    pattern: /^[\s,]*(?:\/\s*|per\s+|i\s+)(?:månad(?:en)?|mån|vecka(?:n)?|kvartal(?:et)?|termin(?:en)?|halvår(?:et)?)(?![\p{L}])/iu,
    strength: 0.9,
  },
  {
    name: 'total-after',
    per: 'total',
    where: 'after',
    // "… under den kommande treårsperioden", "… för den närmaste avtalsperioden": a period ahead is still the whole period.
    pattern: new RegExp(String.raw`^[\s,]*(?:(?:totalt|sammanlagt)\s+)?(?:för|under)\s+(?:hela\s+)?(?:den\s+)?(?:(?:kommande|närmaste|nästa|nya)\s+)?${PERIOD_NOUN}${NOT_LETTER}`, 'iu'),
    strength: 0.85,
  },
  {
    // "962 000 kronor år 2022", "200 tkr för 2024", "500 000 kr 2024, 520 000 kr 2025", "400 000 kr år 1 och 300 000 kr år 2",
    // "200 000 kronor under det första året": the sum for one named year.
    name: 'named-year-after',
    per: 'year',
    where: 'after',
    // Not a year that labels the next sum ("500 000 kr, år 2025: 520 000 kr").
    // The recipient or the payer may stand between ("250 000 kr till föreningen för 2025", "200 000 kronor från kommunen för 2025"), or what the money is ("500 000 kr i bidrag för
    // verksamhetsåret 2018", "2 000 000 kronor i tidsbegränsat bidrag för det sociala arbetet på mötesplatsen för år 2024", with
    // the grant's purpose before its year), or a passive verb of paying ("Bidrag om 50 000 kr lämnas för 2024", "… utgår för år 2025").
    pattern:
      /^(?:[\s,]*(?:till\s+(?!och\s+med)(?:[\p{L}-]+\s+){1,3}?|(?:från|av)\s+(?:[\p{L}-]+\s+){1,3}?|i\s+(?:\p{L}+\s+)?\p{L}*(?:bidrag|stöd|ersättning)\s+(?:för\s+(?:[^\s.;!?\d]+\s+){1,7}?(?=för\s))?|(?:lämnas|utgår|utbetalas|betalas\s+ut|beviljas|beviljats|avsätts|avsatts|anvisas|anvisats|tilldelas|tilldelats)\s+(?:(?:från|av)\s+(?:[\p{L}-]+\s+){1,3}?)?)?(?:för|under|år)\s+(?:(?:år|verksamhetsåret|budgetåret|kalenderåret)\s+)?(?:19|20)\d{2}(?!\d|\s*(?:[-–]|till)\s*\d|\s*:)|[ \t]+(?:19|20)\d{2}(?=\s*[,.;)]|\s+och\s|\s*$)|[\s,]*(?:(?:för|under)\s+)?(?:år\s+[1-9](?![\d:.,]\d|\s*:)|(?:det\s+)?(?:första|andra|tredje|fjärde|femte)\s+året)(?![\p{L}\p{N}]))/iu,
    // Right after the sum, so it outweighs "ett bidrag om" before it ("ett bidrag om 1,2 mnkr för 2025").
    strength: 0.8,
  },
  {
    // "en ram om 2 mkr för 2024–2026", "600 000 kronor under 2025–2027": one sum for a range of years named right after it is
    // the sum of those years. Weaker than a per-year word anywhere before it or right after it ("300 000 kr per år för
    // 2024–2026" is yearly), stronger than a per-year word elsewhere in its sentence (year-sentence). Not a single year
    // (named-year-after), nor a date ("för 2024-05-06").
    name: 'year-range-after',
    per: 'total',
    where: 'after',
    pattern: /^[\s,]*(?:för|under)\s+(?:(?:åren|perioden|avtalsperioden|avtalstiden)\s+)?(?:19|20)\d{2}\s*(?:[-–]|till)\s*(?:19|20)?\d{2}(?![\d-])/iu,
    strength: 0.65,
  },
  {
    // "avsätter 3 686 747 kronor av anslag 1:1 Regionala utvecklingsåtgärder under perioden 2023-2027", "1,2 miljoner kronor till
    // föreningens arbete under åren 2024–2026": a few words (whose money it is, where it is drawn from, what it is for) between the
    // sum and the range of years its period-noun names; the sum of that range. Weaker than year-range-after, which has nothing
    // between. The words between are no other sum, and say nothing of a year or of a grant that recurs by its kind ("300 000 kr i
    // verksamhetsbidrag under perioden 2024–2026", "… per år under perioden …" are read otherwise).
    name: 'year-range-gap-after',
    per: 'total',
    where: 'after',
    pattern: new RegExp(
      String.raw`^[\s,]*(?:(?!\d[\d\s.,]*(?:kr|kronor|tkr|mkr|miljon|:-)|(?:per|om|varje|i)\s+år|årlig|årsvis|${RECURRING_GRANT_STEM})[^\s.;!?]+\s+){1,6}?(?:för|under)\s+(?:åren|perioden|avtalsperioden|avtalstiden)\s+(?:19|20)\d{2}\s*(?:[-–]|till)\s*(?:19|20)?\d{2}(?![\d-])`,
      'iu',
    ),
    strength: 0.55,
  },
  {
    // "Kommunen betalar 2,4 miljoner kronor totalt": the word after the sum adds it up, unless a per-year word follows or
    // it opens the next sum ("500 000 kronor, totalt 1,5 miljoner").
    name: 'total-word-after',
    per: 'total',
    where: 'after',
    pattern: /^[\s,]*(?:totalt|sammanlagt|sammantaget)(?![\p{L}])(?!\s*(?:cirka\s+|ca\.?\s+)?\d)(?![^.;\n]{0,20}(?:per\s+(?:hel)?år|årligen|om\s+året|\/\s*år))/iu,
    strength: 0.75,
  },
  {
    // "6,7 miljoner till insatser nästa år", "500 tkr för kommande år", "får 300 000 kronor i kommunalt bidrag i år": the sum for
    // the coming or the present year; so is the sum for that year's operation ("300 000 kronor till nästa års verksamhet"), and
    // the payer and purpose may stand between ("en miljon kronor av kommunen för sin verksamhet nästa år").
    name: 'coming-year-after',
    per: 'year',
    where: 'after',
    pattern: new RegExp(String.raw`^[\s,]*(?:\p{L}+\s+){0,6}?(?:(?:nästa|nästkommande|kommande|innevarande)\s+års?|${THIS_YEAR})${NOT_LETTER}`, 'iu'),
    strength: 0.75,
  },
  {
    // "1,5 miljoner kronor under tre år": one sum for several years.
    name: 'total-duration-after',
    per: 'total',
    where: 'after',
    // "1 350 000 kronor fördelat på tre år", "900 000 kronor fördelat på åren 2022, 2023 och 2024", "900 000 kronor under en treårsperiod", "1,5 miljoner kronor över tre år", "900 000 kronor
    // på tre år"; the payer may stand before the years it is spread over ("3 625 000 kronor av kommunstyrelsen fördelat på 2015 och 2016").
    pattern: new RegExp(
      String.raw`^[\s,]*(?:(?:för|under|över|på)\s+(?:en\s+period\s+(?:om|på)\s+)?(?:\d{1,2}|${NUMBER_WORD_PATTERN})\s+år|(?:(?:av|från)\s+(?:[\p{L}-]+\s+){1,3}?|\p{L}+\s+)?fördela[dts]*\s+(?:på|över)\s+(?:(?:\d{1,2}|${NUMBER_WORD_PATTERN})\s+år|åren\s+(?:19|20)\d{2}|(?:19|20)\d{2}\s*(?:,|och|samt)\s*(?:19|20)\d{2})|(?:för|under|över)\s+(?:en|den)\s+(?:\d{1,2}\s*-\s*|två|tre|fyra|fem)års(?:period|perioden))${NOT_LETTER}`,
      'iu',
    ),
    strength: 0.7,
  },
  {
    // "5 000 kronor i kommunbidrag två år i följd", "50 000 kronor tre år i rad": the same sum each of the years counted, not their
    // total (a counted span without "i följd" is total-duration-after's). What the money is may stand between.
    name: 'years-in-a-row-after',
    per: 'year',
    where: 'after',
    pattern: new RegExp(String.raw`^[\s,]*(?:[\p{L}-]+\s+){0,4}?(?:under\s+)?(?:\d{1,2}|${NUMBER_WORD_PATTERN})\s+år\s+i\s+(?:följd|rad)${NOT_LETTER}`, 'iu'),
    strength: 0.8,
  },
  {
    // "30 000 kronor i föreningsbidrag", "120 000 kr i verksamhetsstöd": the sum is a grant that recurs by its kind, paid each
    // year. Weaker than any word of the sum's own clause that says otherwise ("i engångsbidrag" is once-after's; "ytterligare
    // 300 000 kronor i föreningsbidrag" is money added once, additional-before's).
    name: 'recurring-grant-after',
    per: 'year',
    where: 'after',
    pattern: new RegExp(String.raw`^[\s,]*i\s+(?:kommunalt\s+|årligt\s+)?${RECURRING_GRANT_STEM}(?:bidrag|stöd)(?:et)?${NOT_LETTER}`, 'iu'),
    strength: 0.5,
  },
  {
    // "Albatrossmuseet, verksamhetsbidrag 2 000 kr", "Driftbidrag: 40 000 kr", "föreningsbidrag med 30 000 kronor": the grant's
    // kind named right before the sum, as a decision's list writes it, recurs each year (as recurring-grant-after does after the
    // sum). Not "stimulansbidrag 3 000 kr" nor "projektbidrag 50 000 kr", kinds that do not recur, nor "räntebidrag med 35 tkr" (an
    // interest grant asked for names no years of its own); weaker than any word of the
    // sum's clause that says once or a named year.
    name: 'recurring-grant-before',
    per: 'year',
    where: 'before',
    pattern: /(?<![\p{L}])(?:verksamhets|förenings|drift|organisations|grund|års)(?:bidrag|stöd)(?:et)?[ \t]*[:,]?[ \t]*(?:(?:med|om|på)\s+)?$/iu,
    strength: 0.5,
  },
  {
    name: 'once-after',
    per: 'once',
    where: 'after',
    pattern: /^[\s,]*(?:som\s+(?:ett\s+)?engångs\p{L}*|i\s+(?:engångs|start|investerings|etablerings)\p{L}*|engångsvis)/iu,
    strength: 0.9,
  },
  {
    name: 'year-before',
    per: 'year',
    where: 'before',
    pattern: /(?:årlig(?:en|t|a)?|per år|års(?:bidrag|belopp|ersättning|anslag)\p{L}*|årligt\s+\p{L}+|(?<![\p{L}])helår(?:et|s\p{L}*)?)(?![\p{L}])[^.;]{0,60}$/iu,
    strength: 0.85,
  },
  {
    // "Men i år har verksamhetsstödet höjts till 1,3 miljoner kronor", "I år får föreningen 400 000 kronor": this year's sum.
    name: 'this-year-before',
    per: 'year',
    where: 'before',
    pattern: new RegExp(String.raw`(?<![\p{L}])${THIS_YEAR}${NOT_LETTER}[^.;]{0,60}$`, 'iu'),
    strength: 0.6,
  },
  {
    // "Tidigare år har Folkets Hus fått 326.000 kronor i bidrag av kommunen", "Varje år får föreningen 50 000 kronor", "År efter år
    // har jouren fått 200 000 kronor": the sum each of the years named. Not a counted span ("de senaste tre åren fick föreningen
    // 900 000 kronor" adds them up), nor "i många år" (how long, not how often).
    name: 'each-year-before',
    per: 'year',
    where: 'before',
    pattern: /(?<![\p{L}])(?:tidigare\s+år|varje\s+år|år\s+efter\s+år|(?:de\s+)?senaste\s+åren)(?![\p{L}])[^.;\d]{0,60}$/iu,
    strength: 0.6,
  },
  {
    // "totalt för hela avtalsperioden med 900 000 kronor", "Den totala kostnaden för avtalsperioden blir 4 440 000 kr"
    name: 'total-before',
    per: 'total',
    where: 'before',
    pattern: new RegExp(
      String.raw`(?:(?:totalt|sammanlagt|sammantaget)\s+(?:för|under)|(?:totala|samlade)\s+\p{L}+\s+(?:för|under))\s+(?:hela\s+)?(?:den\s+)?${PERIOD_NOUN}[^.;]{0,40}$`,
      'iu',
    ),
    strength: 0.85,
  },
  {
    // "vilket för hela avtalsperioden ger 900 000 kronor", "Under avtalstiden betalar kommunen 600 000 kronor": the
    // sum of the whole period, unless a per-year word says otherwise (year-after and year-before are stronger).
    name: 'period-before',
    per: 'total',
    where: 'before',
    pattern: new RegExp(String.raw`(?:för|under)\s+(?:hela\s+)?(?:den\s+)?${PERIOD_NOUN}${NOT_LETTER}[^.;\d]{0,40}$`, 'iu'),
    strength: 0.7,
  },
  {
    // "För 2017 fastställs det ekonomiska stödet till sammanlagt 1 428 000 kronor": the clause opens with the one
    // year the sum is for (not a range: "under 2022–2024").
    name: 'named-year-before',
    per: 'year',
    where: 'before',
    pattern: /(?:^|[.;:]\s*)(?:för|under)\s+(?:år\s+)?(?:19|20)\d{2}(?!\d|\s*(?:[-–]|till|och)\s*\d)[^.;]{0,80}$/iu,
    strength: 0.75,
  },
  {
    // A verb of receiving or granting with the one year the sum is for, inside the clause: "Föreningen erhåller för verksamhetsåret
    // 2025 ett bidrag om 90 000 kronor", "Föreningen beviljas för år 2025 ett stöd på 50 000 kr", "Stödet uppgår 2024 till 500 000
    // kronor". As strong as named-year-before, so it outweighs "ett bidrag om" (once-before). Not a range ("för 2025–2027"), nor a
    // year the sum changed from ("höjs från 2024 …" names no year of the sum's).
    name: 'verb-year-before',
    per: 'year',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:(?:erhåller|erhålla|får|beviljas|tilldelas|ges|utgår)\s+(?:\p{L}+\s+)?(?:för|under)\s+(?:(?:år|verksamhetsåret|budgetåret|kalenderåret)\s+)?(?:19|20)\d{2}(?!\d|\s*(?:[-–]|till|och)\s*\d)[^.;]{0,40}|(?:uppgår|uppgick|uppgå)\s+(?:(?:för|under)\s+)?(?:år\s+)?(?:19|20)\d{2}\s+till\s+(?:totalt\s+|cirka\s+|ca\.?\s+)?)$/iu,
    strength: 0.75,
  },
  {
    // "År 2024: 500 000 kr, år 2025: 520 000 kr", "Ersättning 2025: 450 000 kr": a year labels the sum after it.
    name: 'year-label-before',
    per: 'year',
    where: 'before',
    pattern: /(?<![\p{N}\/.-])(?:19|20)\d{2}\s*:\s*$/u,
    strength: 0.75,
  },
  {
    // "betalades ut som en klumpsumma på 420 000 kr": a lump sum covers the whole period at once.
    name: 'lump-sum-before',
    per: 'total',
    where: 'before',
    pattern: /klumpsumma\s+(?:om|på|av)\s+(?:cirka\s+|ca\.?\s+)?$/iu,
    strength: 0.9,
  },
  {
    // "1,3 miljoner kronor per år, totalt 5,2 miljoner kronor": a sum opening its own clause with totalt or
    // sammanlagt adds up the yearly sums ("till sammanlagt 1 428 000 kronor" inside a clause does not say so).
    name: 'total-word-lead',
    per: 'total',
    where: 'lead',
    pattern: /(?:^|[,;:(]\s*|\s(?:och|varav|dvs\.?|alltså|eller)\s+)(?:totalt|sammanlagt|sammantaget)\s+$/iu,
    strength: 0.65,
  },
  {
    // "föreslås att sammanlagt 6,7 miljoner delas ut", "ett IOP-avtal för 2024-2026 på sammanlagt 3 miljoner kronor": the sum
    // adds up what it covers; weakest of the total rules, so a year named before or a per-year word anywhere outweighs it
    // ("För 2017 fastställs stödet till sammanlagt 1 428 000 kronor").
    name: 'total-word-anywhere',
    per: 'total',
    where: 'lead',
    pattern: /(?<![\p{L}])(?:totalt|sammanlagt|sammantaget)\s+$/iu,
    strength: 0.5,
  },
  {
    // "Totalt omfattar överenskommelsen 1 350 000 kronor", "Totalt belopp: 1 350 000 kr", "Sammanlagt uppgår stödet till …": a
    // sentence or a label that opens with totalt adds the sum up, unless a per-year word says otherwise.
    name: 'total-opening-before',
    per: 'total',
    where: 'before',
    // Nor one that says the sum is this year's ("Totalt har kulturenheten i år fördelat 576 000 kronor": this-year-before).
    pattern: new RegExp(
      String.raw`(?:^|[.;!?]\s+|\n[ \t]*)(?:totalt|sammanlagt|sammantaget)\s+(?![^.;]*(?:per\s+(?:hel)?år|årlig|om\s+året|\/\s*år|(?<![\p{L}])${THIS_YEAR}))[^.;\d]{0,60}$`,
      'iu',
    ),
    strength: 0.7,
  },
  {
    // "ett IOP-avtal värt 2,4 miljoner kronor", "överenskommelsen till ett värde av 900 000 kronor": an agreement's value is
    // what it is worth over its whole term, unless a per-year word says otherwise.
    name: 'agreement-value-before',
    per: 'total',
    where: 'before',
    pattern: /(?:värt|värd|till\s+ett\s+(?:sammanlagt\s+|totalt\s+)?värde\s+(?:av|om|på)|avtalsvärde(?:t)?(?:\s+(?:är|om|på|uppgår\s+till))?)\s+(?:totalt\s+|sammanlagt\s+|cirka\s+|ca\.?\s+|drygt\s+|nästan\s+)?$/iu,
    strength: 0.7,
  },
  {
    // A loan taken, or guaranteed, is paid out once: "borgen för ett lån om två miljoner kronor", "ett banklån på 200 000
    // kronor", "ett nytt lån hos banken på 0,8 miljoner kronor" (a few words may name the lender).
    name: 'loan-before',
    per: 'once',
    where: 'before',
    pattern: /(?:lån|borgen|borgensåtagande|kredit)\p{L}*\s+(?:(?:hos|från|i)\s+(?:\p{L}+\s+){1,2}?)?(?:om|på)\s+(?:ytterligare\s+|cirka\s+|ca\.?\s+)?$/iu,
    strength: 0.6,
  },
  {
    // A loan told by its size, the debt that stands for its whole term rather than money paid out: "Lånet är på drygt 600 000
    // kronor", "ett lån som är 2 828 356 kronor stort", "ett räntefritt lån på 20 000 kronor", "ett tioårigt räntefritt lån på 500 000
    // kronor" (free of interest or amortisation, a debt the kommun carries over years), "två lån på sammanlagt 4 370 000 kronor" (the
    // debts added up). Stronger than loan-before; not a loan granted or taken with no more said ("beviljar lån om 1,2 mkr").
    name: 'loan-size-before',
    per: 'total',
    where: 'lead',
    pattern:
      /(?:(?<![\p{L}])lån(?:et|en)?\s+(?:som\s+)?(?:är|var|uppgår\s+till|uppgick\s+till)\s+(?:på\s+)?|(?:ränte|amorterings)(?:-\s+och\s+amorterings)?fri(?:tt|a)?\s+(?:\p{L}+\s+)?lån\p{L}*\s+(?:om|på)\s+|(?<![\p{L}])lån\p{L}*\s+(?:om|på)\s+(?:sammanlagt|totalt)\s+)(?:cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?$/iu,
    strength: 0.65,
  },
  {
    // A guarantee the kommun grants is a debt it stands surety for over the loan's whole term: "föreslår fullmäktige att bevilja
    // borgen på 3 240 000 kronor", "Borgensåtagandet föreslås begränsas till ett maxbelopp på just 750 000 kronor". Only the
    // guarantee's own sum: not the loan it is for ("borgen för ett lån om två miljoner kronor" is loan-before's).
    name: 'guarantee-sum-before',
    per: 'total',
    where: 'lead',
    pattern:
      /(?:(?<![\p{L}])(?:kommunal\s+)?borgen\s+(?:om|på)\s+|(?<![\p{L}])borgensåtagande\p{L}*\s+(?:[\p{L}-]+\s+){0,5}?(?:ett\s+)?(?:max|tak)belopp\s+(?:om|på)\s+(?:just\s+)?)(?:högst\s+|maximalt\s+|cirka\s+|ca\.?\s+)?$/iu,
    strength: 0.65,
  },
  {
    // A debt the kommun takes over is paid once: "kommunen övertar de skulder som klubben har till banken om 4,6 miljoner
    // kronor", "övertagande av föreningens lån på 800 000 kr" (a relative clause may name the debtor and the lender).
    name: 'debt-takeover-before',
    per: 'once',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:övertar|överta|övertog|övertagande)(?:\s+[\p{L}&-]+){0,3}?\s+(?:skuld|lån)\p{L}*(?:\s+[\p{L}&-]+){0,7}?\s+(?:om|på)\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
    strength: 0.65,
  },
  {
    // A loan the kommun already stands surety for is a debt for its whole term, not money paid out now: "amortering ska ske
    // för det lån om 1 525 000 kronor som kommunen gått i borgen för".
    name: 'guaranteed-loan-after',
    per: 'total',
    where: 'after',
    pattern: /^[\s,]*som\s+(?:\p{L}+\s+){1,2}?(?:har\s+|redan\s+)*(?:gått|går)\s+i\s+borgen(?![\p{L}])/iu,
    strength: 0.65,
  },
  {
    // A gift or donation is given once: "Gåvan på 10 000 kronor är ett värdefullt tillskott", "en jubileumsgåva om 25 000 kr",
    // "Kommunen skänker föreningen 50 000 kronor", "en donation på 100 000 kronor" (not "gåvobrev", nor a yearly gift: "en
    // årlig gåva på …" reads year-before, which is stronger).
    name: 'gift-before',
    per: 'once',
    where: 'before',
    pattern:
      /(?:(?<![\p{L}])\p{L}*(?:gåva|gåvan|donation|donationen)\s+(?:på|om)|(?<![\p{L}])(?:skänker|skänkte|skänkt|skänks|donerar|donerade|donerat|doneras)(?:\s+[\p{L}-]+){0,3}?)\s+(?:cirka\s+|ca\.?\s+)?$/iu,
    strength: 0.7,
  },
  {
    // "… 10 000 kronor i gåva", "50 000 kronor som jubileumsgåva", "… 20 000 kr i present": given once.
    name: 'gift-after',
    per: 'once',
    where: 'after',
    pattern: /^[\s,]*(?:i|som)\s+(?:en\s+)?\p{L}*(?:gåva|present|donation)(?![\p{L}])/iu,
    strength: 0.85,
  },
  {
    // "ett engångsbelopp om 75 000 kronor under 2025": the word says once, whatever year follows the sum.
    name: 'once-word-before',
    per: 'once',
    where: 'before',
    pattern: /engångs\p{L}*(?:\s+(?:om|på|med))?\s+(?:cirka\s+|ca\.?\s+|högst\s+|maximalt\s+)?$/iu,
    strength: 0.9,
  },
  {
    // "Föreningen beviljas investeringsbidrag för 2007 med högst 100 500 kr", "ett investeringsstöd på 200 000 kr": a grant towards
    // an investment (a roof, a kitchen) is paid once, whatever year it is granted for; not "investeringsbidrag per år".
    name: 'investment-grant-before',
    per: 'once',
    where: 'before',
    pattern: /(?<![\p{L}])investerings(?:bidrag|stöd)\p{L}*(?:\s+[\p{L}\d]+){0,4}?\s+(?:om|på|med)\s+(?:högst\s+|maximalt\s+|cirka\s+|ca\.?\s+)?$/iu,
    strength: 0.8,
  },
  {
    // "Eke Hembygdsförening, materialkostnader 6 000 kr", "inköp av ny båt 20 000 kr", "uppförande av kalkmila 5 000 kr",
    // "renovering av taket med 50 000 kr": money for what is bought, built or mended is paid once, as an investment is; the
    // words stand right before the sum (a list's line naming its purpose). Not the running costs of a year ("driftkostnader").
    name: 'purchase-purpose-before',
    per: 'once',
    where: 'before',
    pattern:
      new RegExp(
        String.raw`(?<![\p{L}])(?:material\p{L}*|inköp\p{L}*|${BUILDING_WORK})(?:\s+(?:av|för|till)(?:\s+[\p{L}-]+){1,3}?)?[\s,:]+(?:med\s+|om\s+|på\s+)?$`,
        'iu',
      ),
    strength: 0.6,
  },
  {
    // "För detta får Röda Korset ytterligare 300 000 kronor", "ett extra tillskott på 200 000 kronor": money on top of what is
    // paid already is a one-off, unless its words say it recurs (year-after, year-before are stronger), or it adds to a grant
    // that recurs by its kind ("räntebidrag med ytterligare 30 tkr", "driftbidraget med ytterligare 100 000 kronor").
    name: 'additional-before',
    per: 'once',
    where: 'before',
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?<!${RECURRING_GRANT_STEM}\p{L}*(?:bidrag|stöd)\p{L}*\s+(?:om|på|med)\s+)(?:ytterligare|extra(?:\s+\p{L}+\s+(?:om|på|med))?)\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$`,
      'iu',
    ),
    strength: 0.55,
  },
  {
    // "Det tillfälliga stödet uppgår till nio miljoner kronor", "ett extra stöd om nio miljoner", "ett tillfälligt bidrag på
    // 50 000 kr": a grant named temporary or extra is paid once, unless its words say it recurs (year-after, year-before are
    // stronger). Not "extra" of a recurring grant ("ett extra verksamhetsbidrag per år" reads year-after).
    name: 'temporary-grant-before',
    per: 'once',
    where: 'before',
    pattern: /(?<![\p{L}])(?:tillfällig[at]?|extra)\s+(?:\p{L}+\s+)?\p{L}*(?:bidrag|stöd)(?:et|en)?(?![\p{L}])[^.;\d]{0,40}$/iu,
    strength: 0.6,
  },
  {
    // "ett stöd om 300 000 kr", "ett arrangemangsbidrag om 10.000 kr": one grant. Compounds that name a grant
    // paid every year (verksamhets-, förenings-, drift-, organisations-, grund-, årsbidrag) do not say once. Nor does a sum
    // whose clause first spans several years: "teckna ett IOP-avtal … mellan 1 januari 2022 och 31 december 2024, med
    // tillhörande finansiering upp till ett maxbelopp på 1,5 miljoner kronor" is the ceiling over the whole term.
    name: 'once-before',
    per: 'once',
    where: 'before',
    pattern:
      /(?<!(?:19|20)\d{2}(?:-\d{2}-\d{2})?[^.;\d]{0,30}?(?:[-–]|\s(?:och|till(?:\s+och\s+med)?|t\.o\.m\.?)\s)\s*(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d{2}[^.;]*)(?<![\p{L}])(?:ett|en)\s+(?:\p{L}+\s+)?(?!(?:verksamhets|förenings|drift|organisations|grund|års)\p{L}*\s)\p{L}*(?:bidrag|stöd|anslag|belopp|summa)\s+(?:om|på)\s+(?:cirka\s+|ca\.?\s+|högst\s+|maximalt\s+)?$/iu,
    strength: 0.75,
  },
  {
    // "En utökning med 500 tkr skulle innebära en årlig tillförsel av totalt 1,8 miljoner"; "2024 års föreningsbidrag";
    // "föreningsbidrag för 2025 med 50 000 kr".
    name: 'year-sentence',
    per: 'year',
    where: 'sentence',
    pattern:
      new RegExp(String.raw`(?:(?<![\p{L}])årlig(?:en|t|a)?|per\s+(?:hel)?år|\/år|om året|\d{4} års|${GRANT_FOR_YEAR}|${GRANT_FOR_COMING_YEAR})(?![\p{L}\p{N}])`, 'iu'),
    strength: 0.6,
  },
  {
    name: 'once-sentence',
    per: 'once',
    where: 'sentence',
    pattern: /engångs\p{L}*/iu,
    strength: 0.55,
  },
  {
    // "Projektstöd delades också ut till tre föreningar, Strokeföreningen får 13 000 kronor för …", "Föreningen får 10 000 kronor
    // i startbidrag": a grant of a kind given once, for a project, a start or an event, as strong as recurring-grant-after and
    // listed after it, so a sentence naming both kinds reads the recurring one; a per-year word anywhere outweighs it
    // (year-sentence).
    name: 'one-off-kind-sentence',
    per: 'once',
    where: 'sentence',
    pattern: /(?<![\p{L}])(?:projekt|start|arrangemangs|stimulans)(?:bidrag|stöd|medel)\p{L}*/iu,
    strength: 0.5,
  },
  /*
   * The weakest readings, for a sum whose words say nothing of how often it is paid: what the sentence is about says it.
   * Any rule above outweighs them (each is at least 0.5).
   */
  {
    // "Nämnden beviljar föreningen 50 000 kronor", "Föreningen tilldelas 120 000 kr för projektet": a grant decided is paid
    // once, unless its words say it recurs.
    name: 'granted-sentence',
    per: 'once',
    where: 'sentence',
    pattern: /(?<![\p{L}])(?:bevilja\p{L}*|beviljat|tilldela\p{L}*)/iu,
    strength: 0.45,
  },
  {
    // "Skällingegården får nära 950000 kronor … av kommunen för renoveringsarbeten", "ger kommunen 600.000 kronor i stöd till
    // klubben för ombyggnader": a sum whose sentence names building or mending as its purpose is paid once, as a grant decided
    // is, unless its words say it recurs.
    name: 'building-work-sentence',
    per: 'once',
    where: 'sentence',
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:${BUILDING_WORK})`, 'iu'),
    strength: 0.45,
  },
  {
    // "Avtalet omfattar 2,4 miljoner kronor", "Partnerskapet finansieras med 900 000 kronor": a sum an agreement names
    // without a year is what the agreement holds, its total.
    name: 'agreement-sentence',
    per: 'total',
    where: 'sentence',
    pattern: /(?:avtal|överenskommels|partnerskap|IOP)/iu,
    strength: 0.4,
  },
];

/** Below this strength a periodicity is only read from what the sentence is about (granted-sentence, agreement-sentence). */
export const SENTENCE_TOPIC_STRENGTH = 0.5;

/** The agreement named as a noun ("partnerskapet", "IOP:n", "IOP-avtalet"): what it costs is what funds it. */
const AGREEMENT_NOUN = String.raw`(?:partnerskap|IOP|överenskommels|avtal|samverkan)[\p{L}:-]*`;

/**
 * A word between a budget or cost noun and its verb ("Nämndens budget för arrangemangsbidrag 2023 är …",
 * "budget för krisberedskap, som för 2024 uppgår till …"): a word or a year, not the partnership, not a grant.
 */
const OTHER_THING_WORD = String.raw`(?!partnerskap|IOP|överenskommels|avtal|samverkan|bidrag|stöd|bevilja|finansier|ersättning|avsätt)[\p{L}\p{N}-]+,?`;

/** The lower bound of a range of money, with or without its own unit ("200 000", "1,5", "200 tkr"). */
const RANGE_BOUND = String.raw`\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d+)?(?:\s*(?:kr|kronor|tkr|mnkr|miljoner|miljon|tusen)\.?)?`;

/** A context that makes a money expression something other than the partnership's funding. */
export interface NotAmountRule {
  name: string;
  where: Exclude<Where, 'sentence'>;
  pattern: RegExp;
  /**
   * Words of which every match of the pattern holds one, with the pattern's flags: a scan for them is tested first, and where
   * none stands the pattern cannot match. For patterns that open on a word start and \p{L}* at every position of a long window.
   */
  needs?: RegExp;
}

export const NOT_AMOUNT_RULES: readonly NotAmountRule[] = [
  {
    // One of several equal instalments is a part of the agreement's sum, not money of its own: "ersättning med totalt 247 700
    // kr, fördelat på fyra utbetalningar à 61 925 kr", "betalas ut i två delbetalningar om 50 000 kronor" (a number of them
    // before the word; "utbetalning om 50 000 kr sker i mars" names the one payment and stays).
    name: 'instalment-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|lika)\s+(?:lika\s+(?:stora\s+)?)?(?:utbetalningar|delutbetalningar|delbetalningar|rater|poster)\s+(?:à|á|a|om|på|med)\s+(?:cirka\s+|ca\.?\s+)?$/iu,
    needs: /utbetalningar|delbetalningar|rater|poster/iu,
  },
  {
    // What something stands at on a given day is a balance, not money paid: "Kommunens borgensåtagande till föreningen
    // uppgår 2013-12-31 till 3,6 miljoner kronor", "Skulden uppgick per den 31 december 2023 till 450 000 kr" ("Bidraget
    // uppgår 2025 till …" names a year's grant and stays).
    name: 'balance-on-date-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:uppgår|uppgick|uppgått)\s+(?:per\s+)?(?:den\s+)?(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+(?:19|20)\d{2})\s+till\s+(?:totalt\s+|cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
  },
  {
    // The total budget, frame, turnover, cost or result of something else: "nämndens budget uppgår till 450 mnkr", "ryms inom
    // nämndens ram för föreningsbidrag, som för 2025 är 2,1 miljoner kronor",
    // "kommunens kostnad för äldreomsorg uppgår till 1,2 miljarder" (but not "kostnaden för partnerskapet är …"),
    // "föreningen omsätter 4 miljoner kronor".
    name: 'other-total-before',
    where: 'before',
    pattern: new RegExp(
      String.raw`(?:(?:budget|budgetram|omsättning|omslutning|intäkter|skatteintäkter|resultat|underskott|överskott|eget kapital|tillgångar|skulder)(?:en|et|na|erna)?\s+(?:(?:${OTHER_THING_WORD}\s+){0,2}(?:på|om)|(?:${OTHER_THING_WORD}\s+){0,5}(?:(?:uppgår|uppgick)\s+(?:(?:år\s+)?(?:19|20)\d{2}\s+)?till|är|var|blev))` +
        String.raw`|(?:kostnad(?:en|er|erna)?|(?<![\p{L}])ram(?:en)?)\s+för\s+(?:(?!verksamhet|insats)${OTHER_THING_WORD}\s+){1,6}(?:uppgår\s+till|uppgick\s+till|är|var|blev)|(?<![\p{L}])(?:omsätter|omsatte|omsluter|omslöt))\s+(?:totalt\s+|cirka\s+|ca\.?\s+|drygt\s+|knappt\s+|-\s*)?$`,
      'iu',
    ),
  },
  {
    // What a budget frame holds: "I kommunstyrelsens ram ingår föreningsbidrag inom kultur och fritid med 1,4 mnkr".
    name: 'budget-frame-before',
    where: 'before',
    pattern: new RegExp(String.raw`(?:ram|budget|driftram|budgetram)(?:en|arna)?\s+ingår\s+(?:${OTHER_THING_WORD}\s+){0,8}(?:med|på|om)\s+(?:cirka\s+|ca\.?\s+)?$`, 'iu'),
  },
  {
    // A difference against a budget or a forecast: "2,1 miljoner kronor bättre än budget".
    name: 'comparison-after',
    where: 'after',
    pattern: /^[\s,]*(?:bättre|sämre|högre|lägre|mer|mindre)\s+än\s+(?:budget|budgeterat|prognos|beräknat|föregående|förra)/iu,
  },
  {
    // What participants or members pay, a tariff or a price: "en årlig medlemsavgift på 200 kronor"; and the tax rate a budget
    // sets ("en skattesats på 22,15 kronor").
    name: 'member-fee-before',
    where: 'before',
    pattern:
      /(?:medlemsavgift|deltagaravgift|entréavgift|inträdesavgift|egenavgift|kursavgift|biljettpris|timpris|taxa|självkostnadspris|skattesats|utdebitering)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:på|om|är|uppgår till|av)?\s*(?:cirka\s+|ca\.?\s+)?$/iu,
  },
  {
    // A unit price or fee per person, hour, place, case or event, or a tax rate ("22,51 kronor per skattekrona", "sänka
    // vårdkostnaderna med upp till 200 000 kronor per fall"), is not a sum that funds the partnership; nor is a grant scheme's
    // amount or ceiling per recipient ("ett tak på 250 000 kronor per förening", "150 000 kronor per organisation", "max 5 000
    // kr/förening och år", "3 kronor extra per deltagartillfälle"), nor an elected member's fee ("1 200 kr per sammanträde"); the
    // unit may carry an adjective ("från 1:- per odlingsbar kvadratmeter", "500 kronor per inskriven elev"); nor the price of a
    // pass ("1000 kronor för ett årskort").
    name: 'unit-price-after',
    where: 'after',
    pattern:
      /^[\s,]*(?:extra\s+)?(?:(?:\/\s*|per\s+(?:\p{L}+\s+)?)(?:timme|tim|h|deltagare|person|plats|dag|dygn|vårddygn|natt|kvm|kvadratmeter|m2|elev|barn|besök|besökare|invånare|medlem|st|styck|portion|måltid|deltagartimme|deltagartillfälle|arrangemang|aktivitet|tillfälle|skattekrona|krona|fall|ärende|hushåll|familj|lägenhet|resa|mil|km|förening|organisation|sökande|sammanträde|sammanträdesdag|möte)|för\s+(?:ett\s+)?(?:års|säsongs|månads)kort)(?![\p{L}])/iu,
  },
  {
    // What the partnership is expected to save or gain, or what the alternative costs, is no funding: "en besparing för
    // kommunen på cirka 2 miljoner kronor", "samhällsekonomiska vinster på 5 miljoner", "kostnaden per deltagare", "varje
    // deltagare sparar samhället 250 000 kronor", "ett köp av platser hade kostat kommunen 2 miljoner kronor".
    name: 'saving-before',
    where: 'before',
    pattern:
      /(?:besparing\p{L}*|vinst(?:er|en|erna)?|kostnadsminskning\p{L}*|minskade\s+kostnader|samhällsekonomisk\p{L}*|(?:kostnad|pris)(?:en)?\s+per\s+\p{L}+|(?<![\p{L}])spar(?:ar|a|at|ade)|(?:hade|skulle)(?:\s+ha)?\s+kosta[t]?)(?:\s+[\p{L}\d-]+){0,5}?\s+(?:(?:på|om|till|med|är|blir|beräknas\s+till|uppgår\s+till)\s+)?(?:cirka\s+|ca\.?\s+|drygt\s+|minst\s+)?$/iu,
  },
  {
    // What a thing the organisation does cost it, or the investment a grant is a share of, is no funding: "För föreningen har
    // det kostat 99 924 kronor", "Ombyggnaden kostar tio miljoner kronor", "Bara elen kostar runt 200 000 kronor" (whatever
    // the thing, but the agreement: "Partnerskapet kostar kommunen 500 000 kronor per år" is its funding), "en investering på
    // 335 000 kr", "den totala investeringen på 335 000 kr" (not an
    // "investeringsbidrag på …", nor "kostnaden för partnerskapet"); nor is the total cost of a building or project ("Total kostnad
    // blir över 10 miljoner kronor", "Totalt kostnad beräknas bli 10 546 250 kronor"; not "den totala kostnaden för IOP:n är …"), nor
    // what a cost grew by ("kommunens energikostnad ökade med ungefär 50 000 kronor", "Bara under 2019 ökade kostnaden med 8 miljoner").
    name: 'cost-of-thing-before',
    where: 'before',
    pattern:
      new RegExp(
        String.raw`(?<![\p{L}])(?:(?:har|hade)\s+det\s+kostat|(?<!${AGREEMENT_NOUN}\s+(?:har\s+|hade\s+)?)kosta(?:t|de|r)(?:\s+det)?|(?:en|den|total(?:a)?)\s+(?:total(?:a)?\s+)?investering(?:en)?\s+(?:på|om|av)` +
          String.raw`|(?:total(?:a)?|totalt|sammanlagd(?:a)?)\s+kostnad(?:en)?\s+(?:för\s+(?:${OTHER_THING_WORD}\s+){1,4})?(?:blir|bli|är|beräknas\s+(?:bli|till|uppgå\s+till)|uppgår\s+till|uppskattas\s+till)` +
          String.raw`|\p{L}{0,20}kostnad(?:en|er|erna)?\s+(?:för\s+(?:${OTHER_THING_WORD}\s+){1,4})?(?:ökade|ökar|har\s+ökat|steg|stiger)\s+med|(?:ökade|ökar|steg|stiger)\s+(?:\p{L}+\s+)?\p{L}{0,20}kostnad(?:en|erna)?\s+med)` +
          String.raw`(?:\s+\p{L}+){0,2}?\s+(?:cirka\s+|ca\.?\s+|drygt\s+|totalt\s+|över\s+|knappt\s+)?$`,
        'iu',
      ),
  },
  {
    // A grant scheme's appropriation raised or cut is a budget change, not one recipient's funding: "Anslaget för stöd till
    // hembygdsföreningar ökas med 145 000 kronor", "Ramen för föreningsbidrag utökas 2025 med 500 000 kronor" (not "Bidraget
    // till föreningen höjs med 100 000 kronor", nor an appropriation for one named recipient).
    name: 'appropriation-change-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:anslag|ram|budget|budgetram)(?:et|en)?\s+(?:för|till)\s+(?:[\p{L}-]+\s+){0,4}?(?:\p{L}*föreningar(?:na)?|\p{L}*organisationer(?:na)?|föreningsbidrag\p{L}*|föreningsstöd\p{L}*|fördelning(?:en)?|ändamålet)(?:\s+[\p{L}\d-]+){0,8}?\s+(?:ökas|utökas|höjs|förstärks|minskas|sänks)(?:\s+[\p{L}\d-]+){0,8}?\s+med\s+(?:cirka\s+|ca\.?\s+)?$/iu,
  },
  {
    // A grant scheme's frame set or raised to a sum is the scheme's, not one recipient's: "så höjdes ramen för bidrag till
    // 1 000 000 kronor", "Ramen för ridskolebidrag är 800 000 kronor" (not "ramen för bidraget till föreningen är …", one recipient).
    name: 'grant-frame-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])ram(?:en)?\s+för\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:bidrag|stöd)\p{L}*(?:\s+(?!till(?![\p{L}]))[\p{L}\d-]+){0,3}?\s+(?:till|på|om|är|uppgår\s+till)\s+(?:totalt\s+|cirka\s+|ca\.?\s+)?$/iu,
  },
  {
    // The pot a scheme hands out among its recipients is no one recipient's: "Belopp att fördela skulle då totalt bli 422 000
    // kronor", "Medel att fördela är 1,2 miljoner kronor" (not "fördelas till föreningen med 50 000 kronor").
    name: 'pot-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:belopp(?:et)?|medl(?:en)?|medel|summa(?:n)?|pott(?:en)?|ram(?:en)?)\s+att\s+fördela(?:\s+\p{L}+){0,3}?\s+(?:(?:är|blir|bli|uppgår\s+till|om|på)\s+)?(?:totalt\s+|cirka\s+|ca\.?\s+)?$/iu,
  },
  {
    // What is left of a scheme's pot to hand out is no one recipient's: "finns 81 000 kronor kvar att fördela", "återstår 200 000
    // kr att fördela", "Nämnden har 400 000 kronor att fördela", "50 000 kronor i ofördelade medel" (not "Föreningen har 50 000 kronor kvar av bidraget", nor
    // "fördelas till föreningen").
    name: 'pot-left-after',
    where: 'after',
    pattern: /^[\s,]*(?:(?:(?:kvar|återstår|återstående)\s+(?:\p{L}+\s+){0,2}?)?att\s+(?:fördela|dela\s+ut|söka|bevilja)|i\s+ofördelade\s+medel|ofördela[dt]e?)(?![\p{L}])/iu,
  },
  {
    // Money shared among all the associations or recipients of a grant scheme, or given to the whole sector, or set aside for
    // the others, is not one partnership's: "betalat ut 12 mnkr i föreningsbidrag till samtliga föreningar", "25 miljoner kronor
    // till föreningslivet", "För 2008 finns 50 kkr avsatta för övriga folkhälsoprojekt", "1 miljon kr extra till föreningar som
    // tappat intäkter", "delat ut 502 800 kronor i bidrag till olika föreningar" (föreningar in general, not "till föreningen" nor
    // "till föreningarna X och Y"); so is a sum to the kommun's or region's associations ("runt tre miljoner kronor till kommunens
    // föreningar"; a counted "till sex föreningar" is kept: the text may name them).
    name: 'all-recipients-after',
    where: 'after',
    // The words before the recipients stay in the sum's own clause: "Teaterföreningen får 60 000 kronor medan övriga
    // kulturföreningar får dela på 90 000 kronor" gives the others the next sum, not this one.
    pattern:
      /^(?:(?!(?<![\p{L}])(?:medan|men|samt)(?![\p{L}]))[^.;]){0,30}?(?<![\p{L}])(?:(?:samtliga|alla|övriga|flera|olika)\s+(?:\p{L}+\s+)?\p{L}*(?:föreningar|organisationer|aktörer|mottagare|sökande|projekt|insatser)|(?:till|för|inom)\s+(?:hela\s+)?(?:föreningslivet|civilsamhället|(?:den\s+)?idéburna\s+sektorn)|till\s+(?:landets\s+|ideella\s+|lokala\s+|kommunens\s+|regionens\s+|stadens\s+)?\p{L}*(?:föreningar|organisationer|jourer))(?![\p{L}])/iu,
  },
  {
    // A sum that several recipients share is no one partnership's: "37 föreningar får dela på två miljoner", "samlingslokaler får
    // dela på drygt 1 miljon kronor i driftsbidrag".
    name: 'shared-before',
    where: 'before',
    pattern: /(?<![\p{L}])dela(?:r|de|t)?\s+på\s+(?:de\s+)?(?:cirka\s+|ca\.?\s+|drygt\s+|knappt\s+|totalt\s+)?$/iu,
  },
  {
    // So is a sum a whole class of recipients gets, named in the definite plural: "Pensionärsföreningarna får en kvarts miljon
    // kronor i föreningsbidrag", "idrottsklubbarna fick 2 miljoner", "Störst summa går till idrottsföreningarna, 2 275 000 kronor",
    // "kulturföreningar och studieförbund som får 1 940 000 kronor", "fem Folkets hus-föreningar i olika stadsdelar som förra året fick
    // totalt 905 082 kronor" (where they are and when may stand between), "pensionärsorganisationerna som sammanlagt får 1 miljon" (not "Föreningen får …" nor "föreningen som får …", one recipient;
    // nor a "förbund" after a genitive, one named federation: "Örebro läns idrottsförbund som får drygt 4,1 miljoner kronor").
    name: 'class-of-recipients-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:\p{L}*(?:föreningarna|organisationerna|klubbarna|jourerna|förbunden)\s+(?:som\s+)?(?:sammanlagt\s+|totalt\s+|tillsammans\s+)?(?:får|fick|erhåller|erhöll|tilldelas|tilldelades|beviljas|beviljades)|\p{L}*(?:föreningar|organisationer|klubbar|(?<!\p{L}s\s+\p{L}*)förbund)(?:\s+(?:i|på|inom)(?:\s+[\p{L}-]+){1,2}?)?\s+som\s+(?:(?:förra\s+året|i\s+fjol|i\s+år|nu|också|även)\s+)?(?:sammanlagt\s+|totalt\s+|tillsammans\s+)?(?:får|fick|erhåller|erhöll|tilldelas|tilldelades)|(?:går|gick)\s+till\s+\p{L}*(?:föreningarna|organisationerna|klubbarna|jourerna|förbunden)\s*[,:])\s+(?:totalt\s+|sammanlagt\s+|cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?(?:en\s+|ett\s+)?$/iu,
    needs: /föreningar|organisationer|klubbar|jourerna|förbund/iu,
  },
  {
    // So is a sum a counted number of recipients take part of: "Totalt fick 79 brottsofferjourer ta del av 21 miljoner kronor i
    // kommunbidrag" (not "Föreningen får ta del av 200 000 kronor", one recipient).
    name: 'shared-by-count-before',
    where: 'before',
    pattern: /(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?!\d))\d+\s+(?:\p{L}+\s+){1,2}?(?:(?:får|fick|fått|har\s+fått|ska|kan)\s+(?:\p{L}+\s+)?)?ta\s+del\s+av\s+(?:cirka\s+|ca\.?\s+|drygt\s+|knappt\s+|totalt\s+)?$/iu,
  },
  {
    // So is a sum a counted number of recipients are granted together: "Totalt tilldelades 54 projekt en summa på 9 615 000
    // kronor", "beviljades 35 föreningar sammanlagt 2,3 miljoner kronor" (not "2024 fick föreningen 50 000 kronor", a year,
    // nor "Föreningen beviljades 50 000 kronor", one recipient).
    name: 'granted-to-count-before',
    where: 'before',
    pattern:
      /(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?!\d))\d+\s+(?:\p{L}+\s+)?\p{L}*(?:projekt|föreningar|organisationer|sökande|mottagare)\s+(?:(?:en\s+)?(?:summa|belopp)\s+(?:på|om)\s+|totalt\s+|sammanlagt\s+|cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
  },
  {
    // The ceiling of what a body may decide on by delegation is no grant: "arbetsutskottet medges delegation att besluta i
    // ärenden avseende maximalt 50 tkr", "rätt att besluta om bidrag upp till 20 000 kronor" (not "Nämnden beslutar att bevilja
    // föreningen 50 000 kronor", a decision).
    name: 'delegation-ceiling-before',
    where: 'before',
    pattern: /(?:delegation\p{L}*\s+att|medges(?:\s+delegation\s+att)?|rätt\s+att)\s+besluta(?:\s+[\p{L}-]+){0,4}?\s*$/iu,
  },
  {
    // A threshold is no sum paid: "Investeringsstöd överstigande 50 kkr", "ansökningar som understiger 10 000 kronor".
    name: 'threshold-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:överstigande|understigande|överstiger|understiger|överskrider|överskridande)\s*$/iu,
  },
  {
    // A cut is no sum that funds anything: "bidraget till Kvinnojouren minskas med en halv miljon", "stödet sänks med 100 000
    // kronor", "Kommunen minskar det årliga verksamhetsstödet för bygdegården med 4 000 kronor" (a raise, "höjs med 100 000
    // kronor", is money added, and stays; so does a grant for a reduction: "För att minska ensamheten bidrar kommunen med …").
    name: 'reduction-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:minska(?:s|r|des|ts)?|sänk(?:s|er|tes|ts)|skärs\s+ned|skärs\s+ner|dras\s+ned|dras\s+ner|reducera(?:s|des|ts)?)(?:\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:bidrag|stöd|anslag|ersättning)\p{L}*(?:\s+[\p{L}-]+){0,4}?)?\s+med\s+(?:cirka\s+|ca\.?\s+|drygt\s+|knappt\s+|totalt\s+|nästan\s+)?(?:en\s+|ett\s+)?$/iu,
  },
  {
    // Money turned down or paid back does not fund the partnership: "Nämnden avslår ansökan om 400 000 kronor", "ett
    // yrkande om 500 000 kronor avslogs", "föreningen ska återbetala 50 000 kronor".
    name: 'refused-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:avslå\p{L}*|avslog|återbetala\p{L}*|återkräv\p{L}*|återbetalning\p{L}*)(?:\s+\p{L}+){0,4}?\s+(?:(?:om|på|med|av)\s+)?(?:cirka\s+|ca\.?\s+)?$/iu,
  },
  {
    name: 'refused-after',
    where: 'after',
    pattern: /^[^.;]{0,40}?(?<![\p{L}])(?:avslogs|avslås|avslagits|återbetalas|återkrävs|(?:fick|får)\s+avslag)(?![\p{L}])/iu,
  },
  {
    // Money from a fund, the state or an authority is another funder's ("200 000 kronor från Allmänna arvsfonden",
    // "1 mnkr i statsbidrag från länsstyrelsen", "1,5 miljoner kronor från Postkodstiftelsen", "ett bidrag på 5 miljoner kronor som
    // föreningen beviljats från Allmänna arvsfonden"); what a kommun, region or
    // nämnd gives is kept, and so is a named stiftelse that may be the party ("från Stiftelsen Hemmet").
    name: 'other-funder-after',
    where: 'after',
    pattern: /^[\s,]*(?:(?:per\s+år|årligen|i\s+\p{L}+)\s+)?(?:(?:som\s+)?(?:\p{L}+\s+){0,2}?(?:har\s+)?(?:beviljats|beviljades|fått|fick|erhållit|erhöll|sökt|sökte|söker)\s+)?från\s+(?:\p{L}+\s+)?(?:\p{L}*fond(?:en|er)?|staten|regeringen|\p{L}*myndighet(?:en)?|\p{L}+verket|länsstyrelsen|EU|\p{L}+stiftelsen|\p{L}*lotteriet)(?![\p{L}])/iu,
  },
  {
    // So is what a fund, the state or an authority grants as the subject of its clause: "Länsstyrelsen har beviljat föreningen
    // 400 000 kronor", "Arvsfonden ger projektet 1,2 miljoner kronor" (not a kommun, region or nämnd, nor a named stiftelse that may
    // be the party: "Vanstastiftelsen ger …").
    name: 'other-funder-subject-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:länsstyrelsen|staten|regeringen|\p{L}*myndigheten|\p{L}+verket|\p{L}*fonden|\p{L}*lotteriet|EU)\s+(?:har\s+|hade\s+)?(?:också\s+|även\s+|dessutom\s+)?(?:beviljat|beviljar|beviljade|ger|gav|gett|bidrar\s+med|bidrog\s+med|bidragit\s+med|skjuter\s+till|satsar|delar\s+ut|delade\s+ut)(?:\s+[\p{L}-]+){0,3}?\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
    needs: /länsstyrelsen|staten|regeringen|myndigheten|verket|fonden|lotteriet|EU/iu,
  },
  {
    // What the organisation collects from the public is not the partnership's funding: "samlade in 120 000 kronor vid en
    // gala", "insamlingen gav 50 000 kronor".
    name: 'fundraising-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:samla(?:r|de|t)?\s+in|insamling\p{L}*|insamlade)(?:\s+[\p{L}\d-]+){0,4}?\s+(?:(?:på|om|till|med|av|gav)\s+)?(?:cirka\s+|ca\.?\s+|drygt\s+|över\s+)?$/iu,
  },
  {
    // What a fund or foundation holds is its capital, not money paid to the partnership: "Fonden förvaltar 5 miljoner kronor",
    // "fondens kapital uppgår till 2 mkr", "stiftelsens tillgångar är 800 000 kronor". A grant paid out of the fund ("beviljar
    // föreningen 20 000 kronor ur fonden") names the fund after the sum, and stays.
    name: 'fund-capital-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:\p{L}*fonden\s+(?:förvaltar|har\s+ett\s+kapital\s+(?:på|om))|(?:\p{L}*fondens|stiftelsens)\s+(?:kapital|tillgångar|förmögenhet)\p{L}*(?:\s+[\p{L}-]+){0,3}?\s+(?:är|var|uppgår\s+till|uppgick\s+till|om|på)|fondkapital\p{L}*(?:\s+[\p{L}-]+){0,3}?\s+(?:är|var|uppgår\s+till|uppgick\s+till|om|på))\s+(?:cirka\s+|ca\.?\s+|drygt\s+|totalt\s+)?$/iu,
    needs: /fond|stiftelsens/iu,
  },
  {
    // Money for the municipality to run something itself is not the partnership's: "socialnämnden får en utökad
    // budget med 140 000 kronor för att i egen regi driva verksamheten".
    name: 'own-operation-after',
    where: 'after',
    pattern: /^[^.;]{0,30}?(?<![\p{L}])i\s+egen\s+regi(?![\p{L}])/iu,
  },
  {
    // The municipality's total support of the whole sector: "Kommunens totala bidrag till föreningslivet uppgår till 25
    // miljoner kronor", "Stödet till civilsamhället är 3 mnkr per år".
    name: 'sector-total-before',
    where: 'before',
    pattern:
      /(?:till|för|inom)\s+(?:hela\s+)?(?:föreningslivet|civilsamhället|(?:den\s+)?idéburna\s+sektorn|idéburen\s+sektor|samtliga\s+föreningar|alla\s+föreningar)(?:\s+[\p{L}\d-]+){0,4}?\s+(?:uppgår\s+till|uppgick\s+till|är|var|blir|om|på)\s+(?:totalt\s+|cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
  },
  {
    // What a scheme's grants add up to is no one partnership's: the grants in the definite plural ("Föreningsbidragen uppgår
    // totalt till 2,3 miljoner kronor", "Totalt uppgick bidragen till föreningar under 2023 till 5,6 miljoner kronor"), or the
    // total of a scheme named by its recipients' class ("Kommunens totala föreningsbidrag uppgår till 12 miljoner kronor"). Not one
    // grant ("Bidraget till föreningen uppgår till 250 000 kronor"), nor a sum the grants are raised by ("bidragen höjs med …").
    name: 'scheme-grants-total-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:(?:\p{L}*(?:bidragen|stöden|anslagen)|totala\s+förenings(?:bidrag|stöd)(?:et|en)?)(?:\s+[\p{L}\d-]+){0,6}?\s+(?:uppgår|uppgick|uppgått|summeras|uppgå)\s+(?:totalt\s+|sammanlagt\s+)?|(?:uppgår|uppgick)\s+(?:\p{L}+\s+)?\p{L}*(?:bidragen|stöden|anslagen)(?:\s+[\p{L}\d-]+){0,6}?\s+)till\s+(?:totalt\s+|sammanlagt\s+|cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?$/iu,
    needs: /bidragen|stöden|anslagen|förenings/iu,
  },
  {
    // A scheme's budget set aside for a grant class is no one recipient's: "I budgeten för 2025 finns 2 mnkr avsatta för
    // föreningsbidrag", "500 000 kronor till föreningsbidrag" (not "500 000 kronor i föreningsbidrag till föreningen", one
    // recipient's grant, nor "till föreningen").
    name: 'scheme-budget-after',
    where: 'after',
    pattern: /^[\s,]*(?:(?:avsatt[as]?|budgeterat|budgeterade|reserverat|reserverade)\s+)?(?:för|till)\s+(?:\p{L}+\s+)?förenings(?:bidrag|stöd)(?:et|en)?(?![\p{L}])/iu,
  },
  {
    // A follow-up of the budget reports forecasts, outcomes and deviations, not funding: "Prognosen för helår är - 1,6
    // miljoner kronor", "redovisar ett utfall om - 0,3 miljoner kronor", "ett överskott om + 3,9 miljoner kronor"; a sum
    // written with a plus sign is always such a deviation ("förklarar +8,0 mkr av överskottet"); and so is a loss ("festivalen gick
    // back med 300 000 kronor", "en förlust på 80 000 kronor"). Not a grant or guarantee that covers a loss ("beviljas förlustbidrag
    // med 8 000 kronor", "en underskottsgaranti på 50 000 kronor"): the kommun pays it.
    name: 'forecast-before',
    where: 'before',
    pattern:
      /(?:(?:prognos|utfall|avvikelse|budgetavvikelse|överskott|underskott|nettokostnad|förlust)(?!s?(?:bidrag|stöd|garanti|täckning))\p{L}*(?:\s+[\p{L}\d-]+){0,5}?\s+(?:(?:om|på|är|med|blir|uppgår\s+till|motsvarande)\s+)?(?:cirka\s+|ca\.?\s+)?[+−-]?\s*|(?<![\p{L}])(?:gick|går|gått)\s+(?:dock\s+|också\s+|även\s+)?back\s+(?:med\s+)?(?:cirka\s+|ca\.?\s+)?|(?:^|[\s(])\+\s*)$/iu,
  },
  {
    // The price of a property sold or bought, a fine or damages is no funding: "mot en köpeskilling av 2 192 000
    // kronor", "föreläggande med vite av 75 000 kronor", "9 200 000 kronor i vitesersättning". Nor is what the kommun sells
    // for ("beslut om att sälja till ridklubben för 700 000 kronor"), which the buyer pays. Not a purchase: "köpa in material
    // för 20 000 kr" may be what a grant pays for.
    name: 'price-or-penalty-before',
    where: 'before',
    pattern:
      /(?:(?:köpeskilling|köpesumma|försäljningspris|marknadsvärde|taxeringsvärde|(?<![\p{L}])vite|vitesbelopp|skadestånd)\p{L}*(?:\s+[\p{L}\d:-]+){0,4}?\s+(?:(?:om|på|av|till|är|med|uppgår\s+till)\s+)?|(?<![\p{L}])(?:sälja|säljer|säljs|sålde|sålts|såldes)(?:\s+[\p{L}\d:-]+){0,5}?\s+för\s+)(?:cirka\s+|ca\.?\s+)?$/iu,
  },
  {
    // A range names no sum the partnership gets, and the contract has no way to write one: "ett bidrag på mellan 200 000 och
    // 300 000 kronor", "mellan 1 och 1,5 miljoner kronor", "150 000–200 000 kronor per år". Its lower bound, when it has a unit
    // of its own ("mellan 200 000 kr och 300 000 kr"), goes with range-lower-before, and the upper bound then with it as a part
    // of an excluded sum ("och"). Not a year before a dash ("2025 – 500 000 kr" labels the sum), nor a case or item number
    // ("KS 2024/123 - 300 000 kr"), nor "från … till …", which
    // writes a change ("höjs från 200 000 till 300 000 kronor": the new sum is the funding), nor "från … upp till …"
    // (range-up-to-lead). A ceiling alone ("upp till", "högst") is the sum granted, and stays.
    name: 'range-upper-before',
    where: 'before',
    pattern: new RegExp(
      String.raw`(?:(?<![\p{L}])mellan\s+(?:cirka\s+|ca\.?\s+)?${RANGE_BOUND}\s+och|(?<=^|[\s(])(?!(?:19|20)\d{2}\s*[–-])${RANGE_BOUND}[ \t]*[–-])\s*(?:cirka\s+|ca\.?\s+)?$`,
      'iu',
    ),
    needs: /mellan|[–-]/iu,
  },
  {
    // What is left over for the body to distribute later has no recipient yet: "Resterande belopp, 110 kkr, kvarstår för senare
    // fördelning", "att återstående medel, 50 000 kr, fördelas vid ett senare tillfälle" (the words before the sum), and
    // "… 110 kkr avsätts för senare fördelning av nämnden" (after it). Not the rest of a grant paid out ("resterande del av
    // bidraget betalas ut i juni" names no leftover sum).
    name: 'remainder-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:resterande|återstående|kvarvarande|ofördelade)\s+(?:belopp|medel|summa|medlen|beloppet|summan)[\s,:]*(?:på|om)?\s*$/iu,
  },
  {
    name: 'remainder-after',
    where: 'after',
    pattern: /^[\s,]*(?:kvarstår|avsätts|sparas|reserveras|finns\s+kvar|lämnas)\s+(?:för|till)\s+(?:en\s+)?(?:senare|framtida|kommande)\s+fördelning(?![\p{L}])/iu,
  },
  {
    // A line of a breakdown that holds money back rather than grants it: "- Buffert 68 kkr", "Reserv: 50 000 kr", "Ofördelat
    // 20 000 kronor" (the word right before the sum; "Föreningen Reserven 20 000 kr" names a recipient).
    name: 'reserve-before',
    where: 'before',
    pattern:
      /(?:(?:^|\n)[ \t]*(?:[-–•*][ \t]*)?(?:buffert|reserv|ofördelat|ofördelade\s+medel|ej\s+fördelat)[ \t]*[:–-]?|(?<![\p{L}])till\s+\p{L}+\s+förfogande\s+(?:blir|är|finns|står)(?:\s+det)?)[ \t]*$/iu,
  },
  {
    // What a counted number of agreements or recipients are worth together is no one partnership's: "Totalt har kommunen 25
    // IOP-avtal värda 40 miljoner kronor", "12 föreningar med sammanlagt 600 000 kronor" (not a year: "2024 års avtal värt …").
    name: 'many-agreements-before',
    where: 'before',
    pattern: /(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?!\d))\d+\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:avtal|partnerskap|överenskommelser|föreningar|organisationer|jourer)\s+(?:värda|med|om|på)\s+(?:totalt\s+|sammanlagt\s+|cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
  },
  {
    // "… 2 000 upp till 500 000 kronor" spans a scheme's grants, not a sum granted: "från bidragsbelopp på 2 000 upp till 500 000
    // kronor", "bidrag om 5 000 upp till 50 000 kr" (MONEY reads "upp till" as the upper bound's hedge, so the lead holds it). Not
    // a ceiling alone ("ett bidrag på upp till 500 000 kronor"), nor a change ("höjs från 200 000 till 300 000 kronor"), nor a
    // year ("2025 upp till 300 000 kronor").
    name: 'range-up-to-lead',
    where: 'lead',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N},.])(?!(?:19|20)\d{2}\s)${RANGE_BOUND}\s+upp\s+till\s+$`, 'iu'),
    needs: /upp\s+till/iu,
  },
  {
    name: 'range-lower-before',
    where: 'before',
    pattern: /(?<![\p{L}])mellan\s+(?:cirka\s+|ca\.?\s+)?$/iu,
  },
  {
    // What a loan costs the borrower in interest is no funding: "Lånet genererar ytterligare 33 tkr i räntekostnad för
    // föreningen", "räntekostnaden kommer att uppgå till 19 tkr" (not "räntebidrag med 30 tkr", which pays the interest).
    name: 'interest-cost-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:räntekostnad|räntor|ränta)\p{L}*(?:\s+[\p{L}\d-]+){0,4}?\s+(?:(?:om|på|med|är|blir|uppgår\s+till|uppgå\s+till)\s+)?(?:cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
  },
  {
    name: 'interest-cost-after',
    where: 'after',
    pattern: /^[\s,]*i\s+(?:ränt(?:a|or|ekostnad\p{L}*)|amortering\p{L}*)(?![\p{L}])/iu,
  },
  {
    name: 'price-or-penalty-after',
    where: 'after',
    pattern: /^[\s,]*i\s+(?:vite|vitesersättning|skadestånd|köpeskilling)(?![\p{L}])/iu,
  },
  {
    // A sum of a decade of the last century is history, not the partnership's funding: "på 80-talet var bidragssumman 500.000
    // kronor", "Under 1990-talet fick föreningen 2 miljoner kronor" (the clause before the sum names the decade; not "2020-talet").
    name: 'past-decade-before',
    where: 'before',
    pattern: /(?<![\p{L}\p{N}])(?:på|under|i\s+slutet\s+av|i\s+början\s+av)\s+(?:19)?[1-9]0-talet(?![\p{L}])[^.;]{0,60}$/iu,
    needs: /0-talet/iu,
  },
  {
    // A loan the organisation takes is the lender's money, not the partnership's: "Klubben tvingades ta ett lån på tre miljoner
    // kronor", "föreningen tog ett banklån om 800 000 kr". Not a loan the kommun or region stands surety for ("ansökt om kommunal
    // borgen för att kunna ta ett banklån på 200 000 kronor"), nor one it lends ("ett lån från kommunen på …").
    name: 'own-loan-before',
    where: 'before',
    pattern:
      /^(?![^]*(?:borg|kommun|region|nämnd|(?<![\p{L}])stad))[^]*(?<![\p{L}])(?:ta|tar|tog|tagit|uppta|upptog|upptagit)\s+(?:ett\s+)?(?:nytt\s+|stort\s+)?\p{L}*lån\s+(?:på|om)\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
    needs: /lån/iu,
  },
  {
    // What another funder granted on an application the organisation sent it too is that funder's money, not the
    // partnership's: "Framställning om bidrag har även ingivits till Regionala utvecklingsenheten som beviljat 150 000 kronor",
    // "Föreningen har också sökt medel hos Allmänna arvsfonden, som har beviljat 1,2 miljoner kronor". Not a nämnd, kommun,
    // region, stad or förvaltning (a party the parties extractor may have missed: "ansökan till kultur- och fritidsnämnden som
    // beviljat 30 000 kronor").
    name: 'other-funder-granted-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:ansökan|ansökt|ansöker|framställning|sökt|söker|ingivits|lämnats\s+in)(?:\s+[^\s.;]+){0,8}?\s+(?:till|hos|från)\s+(?!(?:[^,.;\s]+\s+){0,4}?[^,.;\s]*(?:nämnd\p{L}*|kommun\p{L}*|(?<![\p{L}])region(?:en|ens)?|(?<![\p{L}])stad(?:en|ens)?|förvaltning\p{L}*)(?![\p{L}]))[^,.;]{2,60}?,?\s+som\s+(?:också\s+|även\s+)?(?:har\s+)?(?:beviljat|beviljade|gett|gav|bidragit\s+med|bidrog\s+med)\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$/iu,
  },
];

/**
 * Readings of 'total' that say only what an agreement is worth, not that the sum adds up years ("ett IOP-avtal värt 200 000
 * kronor", "Avtalet omfattar 2,4 miljoner kronor"): for a partnership of one calendar year the sum is that year's (index.ts).
 * Not "totalt …", "för hela perioden" or "under tre år", which say it is the whole of a longer term.
 */
export const ONE_YEAR_VALUE_RULES: ReadonlySet<string> = new Set(['agreement-value-before', 'agreement-sentence']);

/**
 * Money asked for ("Föreningen ansöker om 600 000 kronor", "sökte 2.148.924 kronor", "begär ett bidrag på …"): what the
 * partnership gets only when the text gives no other sum; beside a granted or proposed sum it is the request. "Sökt
 * belopp: 450 000" and "Den sökta summan är …" ask too; "Ansökan beviljas med 300 000 kronor" grants.
 */
export const REQUESTED_BEFORE =
  /(?<![\p{L}])(?:ansök\p{L}*|sökt|sökta|sökte|söker|begär\p{L}*|anhåll\p{L}*)(?:\s+(?!(?:bevilja|tilldela|föreslå|får|fick|erhåll|erhöll|godkän)\p{L}*)\p{L}+){0,4}?\s*:?\s+(?:(?:om|på|med|är|till)\s+)?(?:cirka\s+|ca\.?\s+|totalt\s+)?$/iu;

/**
 * Money asked for, named before the words that say so: "Föreningen får 300 000 kronor av de 500 000 kronor som den ansökt om",
 * "… mindre än de 500 000 kronor man sökt", "500 000 kronor, som föreningen begärt". Secondary as REQUESTED_BEFORE is; not "sökt
 * från Arvsfonden" (another funder's, other-funder-after), nor a sum granted on the request ("300 000 kronor av sökta 500 000").
 */
export const REQUESTED_AFTER =
  /^[\s,]*(?:som\s+)?(?:[\p{L}-]+\s+){0,2}?(?:har\s+|hade\s+)?(?:ansökt|ansökte|sökt|sökte|söker|begärt|begärde|äskat|äskade)(?:\s+om)?(?![\p{L}])(?!\s+(?:\p{L}+\s+)?från)/iu;

/**
 * Verbs of receiving or granting that open a clause of their own after an excluded sum: "Nämndens budget är 45 miljoner kronor
 * och föreningen får 200 000 kronor" gives the second sum to a recipient; it is no part of the budget (BREAKDOWN).
 */
export const OWN_CLAUSE_VERB = /(?<![\p{L}])(?:får|fick|erhåller|erhöll|beviljas|beviljades|tilldelas|tilldelades|ges|gavs)(?![\p{L}])/iu;

/**
 * A request the sentence grants before it names it ("Godkänna föreningens ansökan om räntebidrag med 35 tkr", "bevilja
 * klubbens ansökan om bidrag på 50 000 kronor", "Nämnden bifaller ansökan om 20 000 kr"): the sum is granted, not merely
 * asked for. Not when the granting word is denied ("godkänner inte ansökan om …") or the request is turned down.
 */
export const GRANTED_REQUEST_BEFORE =
  /(?<![\p{L}])(?:godkänn\p{L}*|bevilja\p{L}*|bifall\p{L}*|tillstyrk\p{L}*)(?!\s+(?:inte|ej)(?![\p{L}]))(?:\s+[\p{L}-]+){0,4}?\s+ansökan(?:\s+\p{L}+){0,4}?\s*:?\s+(?:(?:om|på|med|är|till)\s+)?(?:cirka\s+|ca\.?\s+|totalt\s+)?$/iu;

/**
 * Words before a sum in its clause that put it in the past or in the arrangement being replaced ("Tidigare år har
 * föreningen fått …", "det nuvarande bidraget är 1 700 tkr"): beside money of the present it is history, not the
 * partnership's funding ("Kvinnojouren fick i fjol 150 000 kronor"), and so does a year the funding has run since ("Föreningen har sedan 2019 fått föreningsbidrag om 300 000
 * kronor per år"), and so does the level that applied before ("återställs till den nivå som gällde under perioden 2003-2005,
 * nämligen 180 kkr/år"), and so does what is already paid or guaranteed ("Staden har redan gått i borgen för ett lån om åtta miljoner"), and what the
 * organisation has had ("Ridklubben har haft avtalsreglerat driftbidrag på 20 000 kronor/år under tre år", "MKU har under två år
 * haft avtalsreglerat bidrag på 40 000 kronor/år", "har i många år haft ett bidrag på …").
 * After the sum they say what it replaces ("350 000 kr som ersätter det tidigare bidraget").
 */
export const PAST_MONEY =
  /(?<![\p{L}])(?:tidigare|förra|föregående|hittills|dåvarande|nuvarande|nu\s+gällande|(?:har|hade)\s+redan|(?:har|hade)\s+(?:[\p{L}\d]+\s+){0,3}?haft|befintlig\p{L}*|som\s+gällde|i\s+fjol|ifjol|sedan\s+(?:år\s+)?(?:19|20)\d{2}(?![\p{N}]))(?![\p{L}])/iu;

/**
 * The past year named right after a sum, or the end of the arrangement it belonged to ("… fast årligt bidrag på 100 000 kronor/år
 * upphörde vid årsskiftet", "avtalet om 200 000 kronor löpte ut 2023"): "Brottsofferjouren får 55 000 kronor mot 50 000 kronor i fjol", "… höjs till 200 000
 * kronor, 155 000 kronor förra året". Not "i år", "för 2025" or "föregående års verksamhet" of a grant paid afterwards in arrears
 * ("50 000 kronor för föregående års verksamhet" is paid now). Nor a sum granted before: "lån om ytterligare 1,1 mkr utöver de 1,5 mkr
 * som beviljats tidigare".
 */
/**
 * A year named in the sum's clause with a past verb of receiving or amounting: money of that past year ("Under 2022 fick föreningen
 * 200 000 kronor", "Föreningen erhöll 2023 ett bidrag om 180 000 kronor", "Bidraget 2023 var 180 000 kronor"). Beside money of the
 * present it is history (index.ts marks it secondary). Not a present or future verb ("För 2024 får föreningen …"), nor a range of
 * years ("under 2022–2024 fick …" is the agreement's own period), nor a decision verb ("beviljade", "beslutade": a protocol's own
 * decision is written in the past), nor paying ("Bidraget kommer från driftbudgeten (år 2020) och betalades ut som en klumpsumma
 * på 420 000 kr": news tell the present agreement in the past tense).
 */
export const PAST_YEAR_MONEY =
  /(?:(?<![\p{N}\/.–-]\s*)(?:19|20)\d{2}(?!\s*[-–]\s*\d|\d)[^.;\n]{0,60}?(?<![\p{L}])(?:fick|erhöll|uppbar|var|uppgick)(?![\p{L}])|(?<![\p{L}])(?:fick|erhöll|uppbar|var|uppgick)\s+(?:(?:under|år|för)\s+)?(?:19|20)\d{2}(?!\s*[-–]\s*\d|\d))[^.;\n]{0,60}$/iu;

/**
 * A year named in a sum's sentence before it ("för åren 1998–2000", "för 2001"): not a date ("2002-02-19") nor a case number
 * ("Dnr 2002/043"). With PRESENT_GRANT_VERB, index.ts reads the sum as history when every year so named is over by the page's
 * own date: "Bysarna har för åren 1998–2000 ett avtalsreglerat bidrag på 60 000 kronor, för 2001 har de erhållit bidrag med
 * 20 000 kronor" on a page of 2002. Not where the words before the sum grant now ("För 2024 beviljas föreningen …" on a page of 2025 is a
 * grant paid in arrears).
 */
export const CLAUSE_YEAR = /(?<![\p{N}\/.-])(?:19|20)\d{2}(?![\p{N}\/]|-\d)/gu;
/**
 * A verb of granting or funding in the present: the sum is paid now, whatever earlier year its sentence names ("Nämnden beslutade i
 * september 2022 att: Regionen medfinansierar föreningen med totalt 446 743 kronor under perioden 2023-2027", "Regionen avsätter
 * 3 686 747 kronor", "Kommunen finansierar …", "bidrar med …").
 */
export const PRESENT_GRANT_VERB =
  /(?<![\p{L}])(?:beviljas|beviljar|föreslå\p{L}*|tilldela[sr]|får|erhåller|utgår|betalas|ges|ger|(?:med)?finansierar|(?:med)?finansieras|avsätter|avsätts|bidrar)(?![\p{L}])/iu;

/**
 * The level a sum is changed from, when the clause says it is raised, lowered or adjusted "från" it: "Bidraget höjs från 500 000
 * kronor till 600 000 kronor", "sänks från 2 mkr till 1,5 mkr". The new level is the funding; the old one is history (index.ts marks it
 * secondary). Not "från" of a payer or a start ("300 000 kronor från kommunen", "från 2025 får föreningen 200 000 kronor"),
 * which does not stand right before the sum after a verb of change.
 */
export const CHANGED_FROM_BEFORE =
  /(?<![\p{L}])(?:höj|ök|sänk|minsk|juster|räkna[st]?\s+upp|räknas\s+upp)\p{L}*(?:\s+[\p{L}-]+){0,4}?\s+från\s+(?:dagens\s+|nuvarande\s+|tidigare\s+)?(?:cirka\s+|ca\.?\s+)?$/iu;

export const PAST_MONEY_AFTER =
  /^(?:[\s,]*(?:i\s+fjol|ifjol|förra\s+året|föregående\s+år(?!s)|året\s+(?:innan|före)|som\s+(?:har\s+)?(?:beviljats|beviljades|betalats\s+ut|betalades\s+ut|getts|gavs|erhållits|erhölls)\s+(?:\p{L}+\s+)?(?:tidigare|förut|förra\s+året|i\s+fjol))|[^.;\n]{0,30}?(?<![\p{L}])(?:upphörde|har\s+upphört|löpte\s+ut|gick\s+ut|avslutades))(?![\p{L}])/iu;

/**
 * A grouped sum with no currency right after a verb of receiving, in a text that names money elsewhere: "Föräldrar mot narkotika
 * erhöll 45 000 och KRIS erhöll 63 400 kronor", "Föreningen fick 120 000, resten gick till …". Not a count: a noun after the
 * number ("fick 45 000 besökare", "erhöll 1 200 ansökningar"). index.ts reads it only where MONEY found a sum.
 */
export const BARE_RECEIVED_MONEY =
  /(?<![\p{L}])(?:erhöll|erhåller|erhållit|fick|får|fått|beviljas|beviljades|beviljats|tilldelas|tilldelades|tilldelats)\s+(?:(?:ett\s+)?(?:bidrag|stöd)\s+(?:på|om|med)\s+)?(?<number>\d{1,3}(?:[ \u00a0]\d{3})+)(?![\d,.]\d)(?=\s*(?:[.,;:)!?–]|$|(?:och|samt|men|i\s+(?:\p{L}*bidrag|\p{L}*stöd))(?![\p{L}])))/giu;

/**
 * A clause that breaks down or continues the sum before it: "… är 350 000 kronor, varav 212 000 kronor återstår",
 * "… med 1,4 mnkr samt medel för landsbygdsutveckling med 600 tkr". When that sum was excluded (a budget, a
 * result), these are excluded too, unless the clause names a party.
 */
export const BREAKDOWN = /^[\s,]*(?:varav|därav|av vilka|av detta|av dessa|samt|och)\s/iu;

/**
 * The public side's share named in a breakdown of an excluded budget: "Föreningens totala budget är 1,2 miljoner kronor, varav
 * kommunens del utgör 300 000 kronor", "… och finansieras med 1 mnkr från kommunen". That part is the partnership's funding.
 */
export const PUBLIC_SHARE = /(?<![\p{L}])(?:kommunen|kommunens|regionen|regionens|staden|stadens|nämnden|nämndens)(?![\p{L}])/iu;
export const PUBLIC_SHARE_AFTER = /^[\s,]*(?:från|av)\s+(?:kommunen|regionen|staden|nämnden)(?![\p{L}])/iu;

/**
 * Words that open a breakdown of a sum named earlier into parts, one per recipient or purpose: "Se hur de 6,7 miljonerna
 * fördelades: Föreningen A 1 378 000 kronor. Föreningen B 324 000 kronor.", "Medlen fördelas enligt följande:". Each part
 * is paid as often as the whole (a share of a yearly sum is yearly, of the period's sum the period's), so a part that
 * says nothing of its own takes the periodicity of the sum it divides (index.ts). Not "fördelat på tre år": the
 * total-duration-after rule reads that.
 */
export const DISTRIBUTION = /(?<![\p{L}])(?:fördela(?:s|des|t|de|r)?|fördelning(?:en)?|enligt\s+följande)(?![\p{L}])(?!\s+(?:på|över)\s+(?:\d|\p{L}+\s+år))/iu;

/** How far apart the parts of a breakdown stand at most: list lines with a name between them, not a new paragraph of prose. */
export const BREAKDOWN_PART_GAP = 150;

/** A public body or municipality named as funder: most likely a party the parties extractor did not list, so its money stays. */
const NOT_PUBLIC_FUNDER = String.raw`(?![^,.;]*(?:nämnd|kommun|region|stad(?![\p{L}])|förvaltning))`;

/** The verbs a co-funder gives its share with: "stöttar projektet med", "har också beviljat". */
const CO_FUNDING_VERB = String.raw`(?:stöttar|stöder|bidrar|beviljar|ger|satsar|skjuter\s+till)`;
const CO_FUNDED_VERB = String.raw`(?:beviljat|bidragit\s+med|gett|skänkt|stöttat\s+(?:[\p{L}-]+\s+){0,2}?med)`;

/**
 * Money from a named funder: "finansiering från Allmänna arvsfonden om 1,1 miljoner kronor"; or from a funder the text says
 * gives "also", beside the partnership's money: "förutsätter att även Värmlands idrottsförbund stöttar projektet med 400.000
 * kronor", "Idrottslyftet har också beviljat 400 000 kr". index.ts excludes the sum when no party to the partnership is
 * named from the funder to the sum (another funder's money). A public body or municipality named as funder is kept
 * (NOT_PUBLIC_FUNDER): "Regionen har också beviljat 200 000 kronor" is the partnership's.
 */
export const THIRD_PARTY_FUNDER = new RegExp(
  String.raw`(?:(?:finansiering|bidrag|medel|stöd|anslag|statsbidrag|projektmedel)\p{L}*\s+från\s+${NOT_PUBLIC_FUNDER}[^,.;]{2,60}?\s+(?:om|på|med)` +
    String.raw`|(?<![\p{L}])(?:även|också)\s+${NOT_PUBLIC_FUNDER}(?:[\p{L}-]+\s+){1,4}?${CO_FUNDING_VERB}(?:\s+[\p{L}-]+){0,2}?\s+med` +
    String.raw`|(?:^|[.;:,]\s*)\s*${NOT_PUBLIC_FUNDER}(?:[\p{L}-]+\s+){1,4}?(?:har|hade)\s+(?:också|även)\s+${CO_FUNDED_VERB}` +
    String.raw`)\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$`,
  'iu',
);

/**
 * A sum followed at once by the parts it adds up to is paid as they are: "Kultur- och fritidsnämnden bidrar med 150 000 kronor.
 * Föreningen får 75 000 kronor under 2014 och 75 000 kronor under 2015." — parts each of their own year make the whole the sum
 * of those years; "Nämnden beviljade lägerverksamheten totalt 60 000 kr. 30 000 kr i inkluderingsbidrag och 30 000 kr i
 * projektstöd." — parts paid once make a whole paid once, whatever its "totalt" says. Read on the text from the whole's end to
 * its last part (`pattern`: the years the yearly parts name; `where` unused) and only where the whole's own words say less
 * surely (index.ts). Stronger than a guess from the sentence's topic, weaker than a word right by the sum.
 */
export const WHOLE_OF_YEARLY_PARTS: PerRule = {
  name: 'whole-of-yearly-parts',
  per: 'total',
  where: 'after',
  pattern: /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu,
  strength: 0.7,
};

/** See WHOLE_OF_YEARLY_PARTS: a whole whose parts are each paid once. */
export const WHOLE_OF_ONCE_PARTS: PerRule = {
  name: 'whole-of-once-parts',
  per: 'once',
  where: 'after',
  pattern: /^[^]*$/u,
  strength: 0.7,
};

/** How far after a whole its first part may start, and its last part end: the sentence or two that break it down. */
export const WHOLE_OF_PARTS_REACH = 220;
