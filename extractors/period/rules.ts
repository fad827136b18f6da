/**
 * The grammar of a partnership's period in Swedish municipal writing, as named data: the forms a period is
 * written in, and the sentence contexts that say whether a period is the agreement's validity, a past
 * agreement's, or the period of something else (a loan, a term of office). index.ts applies them;
 * rules.test.ts holds each rule's examples.
 */
import type { Period } from '../../pipeline/contract.js';
import { NUMBER_WORD_PATTERN, readNumber } from '../amounts/numerals.js';
import { asEnd, asStart, DATE, DATE_FORMS, endAfterYears, monthOf, MONTH_NAME, readDate, startBeforeYears, type ReadDate } from './dates.js';
import type { PageDate } from './page-date.js';
import { codePointBefore, eachMatch, eachMatchNear, leadingNotAfter, matchesAt, nonSpaceWithin, notAfter, type StartBound } from '../engine/sticky.js';
import { isWhitespace } from '../engine/phrase-trie.js';
import { MAY_BE_EXTENDED, OPTION_TO_EXTEND } from '../extension/rules.js';

/**
 * "till och med" abbreviated: "t.o.m.", "t. o. m.", and with a dot dropped as pages often write it ("t.om.", "t.o.m 2026").
 */
const TOM = String.raw`t\.\s?o\.?\s?m\.?`;
/** "fom" and "tom" undotted, as some registers write them ("fom 2024-02-01 tom 2025-01-31"); "tom" only between two dates. */
const FROM = String.raw`(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|fr\s+o\s+m|(?<![\p{L}])f\.?o\.?m\.?(?=\s+(?:den\s+)?\d)|med\s+start|med\s+början|från)`;
/** Between a start and its end, "och" apart: "1 maj–30 september", "4 maj till och med 30 september". */
const UNTIL_NOT_AND = String.raw`(?:till\s+och\s+med|${TOM}|t\s+o\s+m|(?<![\p{L}])tom(?![\p{L}])|fram\s+till|längst\s+till|till|–|—|-{1,2})`;
/** The same or "och", which only "mellan" makes a range ("mellan 2022 och 2023"; "2022 och 2023" is a list). */
const UNTIL = String.raw`(?:${UNTIL_NOT_AND}|och)`;
/** A verb of running between a start and its end: "från 2023-09-01 och löper till 2025-08-31", "från 2024-01-01 och löper ut 2026-12-31". */
const RUNS = String.raw`(?:löper|gäller|pågår|varar)`;
const RUNS_UNTIL = String.raw`,?\s*(?:och\s+)?(?:${RUNS}\s+(?:fram\s+)?(?:till\s+och\s+med|${TOM}|t\s+o\s+m|till)|(?:löper|går)\s+ut(?:\s+den)?)`;
/** The end of a year as the law writes it: "till och med utgången av 2026", "fram till slutet av år 2025". */
const YEAR_END_OF = String.raw`(?:(?:utgången|slutet)\s+av\s+)?`;
/** A number of years in digits or words: "3", "tre". */
const YEARS = String.raw`(?<years>\d{1,2}|${NUMBER_WORD_PATTERN})`;
const NOT_LETTER = String.raw`(?![\p{L}])`;
/**
 * "tills vidare", also as one word ("gäller tillsvidare"), not a compound ("tillsvidareanställning"); and what says the
 * same in other words: "tills någon part säger upp det", "tills avtalet sägs upp", "utan tidsbegränsning".
 */
const UNTIL_FURTHER_NOTICE = String.raw`(?<![\p{L}])(?:tills\s+vidare|tillsvidare|tills\s+(?:någon|endera|ena|en)\s+(?:av\s+)?part(?:en|erna)?\s+säger\s+upp\s+(?:det|den|avtalet|överenskommelsen)|tills\s+(?:avtalet|överenskommelsen|det|den)\s+sägs\s+upp|utan\s+tidsbegränsning)(?![\p{L}])`;
/** A year on its own, not part of a date or a case number. */
const YEAR = String.raw`(?<![\p{L}\p{N}/.-])(?:19|20)\d{2}(?![\p{N}/-])`;
/** Two or more years listed, the last joined by "och" / "samt": "2023 och 2024", "2022, 2023 samt 2024". */
const YEAR_LIST = String.raw`${YEAR}(?:\s*,\s*${YEAR})*\s+(?:och|samt)\s+${YEAR}`;
/** The stem of a word for the agreement itself: "IOP", "avtalet", "överenskommelsen", "partnerskapet". */
const AGREEMENT_STEM = String.raw`(?:IOP|avtal|överenskommels|partnerskap)`;
/** Words that state a validity right before a single year: "gäller under 2024", "Avtalsperiod: 2025", "förlänga överenskommelsen under 2025". */
const STATES_VALIDITY = String.raw`(?:(?:gäller|avser|löper|pågår|förlängs|förlängts|förlängas|förlänga\s+${AGREEMENT_STEM}[\p{L}:-]{0,12}|avtalsperiod(?:en)?|avtalstid(?:en)?|giltighetstid(?:en)?|period(?:en)?)\s*:?\s*(?:är\s+)?(?:(?:under|för)\s+)?(?:hela\s+)?(?:år(?:et)?\s+|kalenderåret\s+|verksamhetsåret\s+)?|(?<![\p{L}])(?:verksamhets|kalender)året\s+)`;
/**
 * Words that end an agreement on a date: "löper ut 31 december 2021", "Överenskommelsen avslutas den 31 december 2019", "löper till 2026-12-31",
 * "Avtalet sträcker sig till 2026", "Avtalet är tidsbegränsat till 2024-12-31", and the new end of an extension: "Avtalet förlängs till
 * 2025-12-31", "IOP-avtalet förlängs ett år, till den 31 december 2025" (not "förlängs med två år", which has no date).
 */
const ENDS = String.raw`(?:löper\s+ut|går\s+ut|avslutas|upphör(?:\s+att\s+gälla)?|slutar\s+gälla|(?:gäller|löper|pågår|varar|sträcker\s+sig)\s+(?:fram\s+)?till|tidsbegränsa[dt]?\s+till|förläng(?:s|as|ts|des|t)\s+(?:[\p{L}\p{N}]+,?\s+){0,3}?(?:fram\s+)?till|förläng(?:a|er|de)\s+(?:det\s+|den\s+|vårt\s+)?\p{L}*(?:avtal|överenskommels|partnerskap|IOP)[\p{L}:-]*(?:\s+[\p{L}\p{N}-]+){0,3}?\s+(?:fram\s+)?till)`;
/** Words that start an agreement on a date: "träder i kraft den 1 mars 2025", "Partnerskapet startar 2025-01-01". */
const STARTS = String.raw`(?:träder\s+i\s+kraft|börjar\s+gälla|startar|inleds|påbörjas)`;
/** A duration as an adjective: "treårigt", "3-årig", "tvååriga". */
const YEARS_LONG = String.raw`(?<![\p{L}\p{N}])(?<years>\d{1,2}|${NUMBER_WORD_PATTERN})\s*-?\s*årig[at]?(?![\p{L}])`;
/**
 * A school year: "2025/26", "2025/2026", and after its word in two digits only, as clubs write a season ("säsongen 15/16"); a
 * named one gives its first year as `name` and its second as `nameEnd`.
 */
const SCHOOL_YEAR = (name: string) => String.raw`(?<![\p{N}])(?<${name}>(?:19|20)?\d{2})\s*\/\s*(?<${name}End>\d{2}(?!\d)|(?:19|20)\d{2})(?![\p{N}])`;
/** A year written in full or in two digits ("15" is 2015, "98" 1998). */
const fullYear = (written: string): number => (written.length === 4 ? Number(written) : Number(written) + (Number(written) < 70 ? 2000 : 1900));
/** The second year of a school year as a full year: 2025/26 → 2026, 1999/00 → 2000. */
const secondYear = (first: number, written: string): number => {
  if (written.length === 4) return Number(written);
  const year = first - (first % 100) + Number(written);
  return year < first ? year + 100 : year;
};
/** A year that spans two calendar years: a school year, a sports season, a split financial year. */
const SPLIT_YEAR = String.raw`(?:(?:läsår|spelår|verksamhetsår|brutet\s+räkenskapsår)(?:et|en)?|säsong(?:en|erna)?)`;
const SCHOOL_YEAR_UNNAMED = String.raw`(?:19|20)\d{2}\s*\/\s*(?:\d{2}|(?:19|20)\d{2})(?![\p{N}])`;
/** A day and month, or a month, without its year: "1 mars", "mars". */
const DAY_MONTH = String.raw`(?<![\p{L}\p{N}])(?:(?<day>[1-9]|[12]\d|3[01])\s+)?(?<month>${MONTH_NAME})`;
/** "den 1 januari 2025", "år 2026", "mellan åren 2024 och 2027": a word that may stand before a date. */
const DEN = String.raw`(?:(?:den|år|åren)\s+)?`;
/** Not part of a case number or a longer number ("ASN-2019-9502", "2020-2021/123"): after none of these characters. */
const NOT_LEFT_OF_DATE = String.raw`[\p{L}\p{N}/.-]`;
const NO_LEFT = String.raw`(?<!${NOT_LEFT_OF_DATE})`;
const NO_RIGHT = String.raw`(?![\p{N}/])`;

export interface PeriodReading {
  period: Period;
  /** Prior probability that this mention gives the right period, before its sentence is weighed. */
  strength: number;
}

export interface PeriodRule {
  name: string;
  pattern: RegExp;
  /**
   * Texts every match of `pattern` holds (each found on its own by the anchor's test): a text missing one is not matched
   * against the pattern at all. Most texts asked (a listing's cells, a line) hold no year, most no duration or start verb.
   */
  anchors: readonly RegExp[];
  /**
   * Where the pattern is tried only just before each occurrence of a literal every match holds (engine/sticky.ts
   * eachMatchNear), instead of at every position of the text: for a pattern that costs at every word.
   */
  near?: { literal: RegExp; earliest: StartBound; startable?: (text: string, at: number) => boolean };
  /** `page`: when the page was published, for the rules that read dates relative to it; null when unknown. */
  read(groups: Record<string, string | undefined>, page: PageDate | null): PeriodReading | null;
}

/*
 * Anchors: cheap tests for text a pattern cannot match without, each a part of the patterns below written with the same
 * flags (so the same letters match) or a looser form of it.
 */
/** Every date form holds a year (dates.ts), and so does every rule but the open end's. */
const HAS_YEAR = /(?:19|20)\d{2}/;
/** Two years one after the other, as every range of two dates holds. */
const HAS_TWO_YEARS = /(?:19|20)\d{2}[^]*(?:19|20)\d{2}/;
/** A grant's year: "2024 års …", or "bidrag för 2025", "stödet år 2025", "bidrag avseende 2025", "bidrag – 2025", "bidrag till föreningar 2002" (the parts of grant-year around its year). */
const HAS_GRANT_YEAR = /års|(?:bidrag|stöd)\p{L}{0,10}\s+(?:för|under|år|till|med|om|på|avseende|[-–]|(?:(?:fördelas|fördelades|beviljas|beviljades)\s+)?(?:19|20)\d{2})/iu;
/** A word for the agreement itself (bounded letters after it: an unbounded \p{L}* is quadratic on long runs of letters). */
const AGREEMENT_WORD = String.raw`${AGREEMENT_STEM}[\p{L}:-]{0,12}`;
const HAS_AGREEMENT_WORD = new RegExp(AGREEMENT_STEM, 'iu');
/** A grant as a noun, in a compound ("verksamhetsbidrag", "föreningsstödet"), bounded like AGREEMENT_WORD. */
const GRANT_NOUN = String.raw`\p{L}{0,20}(?:bidrag|stöd)\p{L}{0,4}`;
/** The leads of an end a duration counts back from: "fram till", "till och med", "t.o.m.", "t o m" (not a bare "till"). */
const END_LEAD = String.raw`(?:(?:som\s+)?(?:${RUNS}\s+)?(?:fram\s+till|till\s+och\s+med|${TOM}|t\s+o\s+m))`;
/** Every form of UNTIL_FURTHER_NOTICE holds "tills" or "utan". */
const HAS_OPEN_END = /tills|utan/iu;
/** A number of years: "tre år", "2 år," ("\\s+år" then no letter in every rule that reads YEARS). */
const HAS_YEARS = /\sår(?![\p{L}])/iu;
/** Every form of FROM: "från", "fr.o.m.", "fr o m", "fom", "med start", "med början". */
const HAS_FROM = /fr|f\.?o|med\s+(?:start|början)/iu;
const HAS_STARTS = new RegExp(STARTS, 'iu');
/** The leads of an end only: "till och med", "t.o.m.", "t o m", "fram till", "senast", and duration-until's undotted "tom". */
const HAS_END_LEAD = /till|t\.\s?o|t\s+o\s+m|senast|(?<![\p{L}])tom(?![\p{L}])/iu;
/** Every form of ENDS: "löper ut", "går ut", "avslutas", "upphör", "slutar gälla", "gäller till", "förlänga avtalet till". */
const HAS_ENDS = /\sut|avslutas|upphör|slutar\s+gälla|till/iu;
/** Every form of STATES_VALIDITY. */
const HAS_STATES_VALIDITY = /gäller|avser|löper|pågår|förläng|avtalstid|giltighetstid|period|året/iu;

const date = (written: string | undefined): ReadDate | null => (written ? readDate(written) : null);
const period = (start: string | null, end: string | null, openEnded = false): Period => ({ start, end, openEnded });
/** "N years from <date>", however written: a period of whole years (at most `maxYears`) from that date. */
/** "gäller tre år fram till den siste december 2019": the period ends on the date and starts the years before it. */
function yearsUntil(g: Record<string, string | undefined>) {
  const to = date(g.to);
  const years = readNumber(g.years ?? '');
  if (!to || !Number.isInteger(years) || years < 1 || years > 10) return null;
  const end = asEnd(to);
  return { period: period(startBeforeYears(end, years), end), strength: 0.75 };
}

/** One whole year, written as `year` (or `year2`, the same year in a pattern's other branch): a grant's or an agreement's year. */
function wholeYear(g: Record<string, string | undefined>, strength: number): PeriodReading | null {
  const year = date(g.year ?? g.year2);
  return year ? { period: period(asStart(year), asEnd(year)), strength } : null;
}

function yearsFrom(g: Record<string, string | undefined>, maxYears = Infinity) {
  const from = date(g.from);
  const years = readNumber(g.years ?? '');
  if (!from || !Number.isInteger(years) || years < 1 || years > maxYears) return null;
  const start = asStart(from);
  return { period: period(start, endAfterYears(start, years)), strength: 0.75 };
}

/**
 * A grant's plural or definite noun with its year right after, as headings and news items name a year's round of grants:
 * "Så fördelas föreningsbidragen 2021", "verksamhetsbidragen fördelas 2021". Not a list or range of years ("bidragen 2021 och
 * 2022", "stödet 2021–2023"), nor a date ("bidraget 2021-05-03"), nor an indefinite noun ("ansökan om bidrag 2021", which may date the application).
 */
const GRANT_NAMED_YEAR_LEAD = String.raw`(?<=(?:bidrag|stöd)(?:et|en|ena)\s+)(?:(?:fördelas|fördelades|beviljas|beviljades)\s+)?(?=(?:19|20)\d{2}(?![\p{N}/-])(?!\s*(?:${UNTIL})\s*\d))`;
/**
 * A round of grants named by the class of its recipients and its year, as a protocol's heading writes it: "Slutfördelning av
 * bidrag till hembygdsföreningar 2002", "Stöd till studieförbund 2024", "bidrag till kommunens föreningar 2022". The recipients are a plural class, not one named
 * recipient ("bidrag till föreningen 2019" may date a past payment); not a range ("… 2021–2023").
 */
const GRANT_RECIPIENTS_LEAD = String.raw`till\s+(?:\p{L}{1,20}s\s+)?\p{L}{0,30}(?:föreningar|organisationer|förbund|studieförbund|samlingslokaler)\s+(?=(?:19|20)\d{2}(?![\p{N}/-])(?!\s*(?:${UNTIL})\s*\d))`;
/**
 * A grant named by its year with its recipient after them, as an agenda's or a protocol's item titles it: "Verksamhetsbidrag
 * 2008 till Föreningen X", "Föreningsbidrag 2024 till Scoutkåren". The year stands between the grant and "till"/"åt" and its
 * recipient; not a range ("bidrag 2021 till 2023"), nor a date.
 */
const GRANT_TO_RECIPIENT_LEAD = String.raw`(?=(?:19|20)\d{2}\s+(?:till|åt)\s+(?![\p{N}]))`;
/**
 * A grant received in the present with its year right after the noun, as news name this year's round: "Bland de andra
 * föreningarna som får bidrag 2017 finns …", "Föreningen erhåller stöd 2025", "föreningen får fortsatt stöd 2021" (one word may
 * qualify the grant, not a denial: "får inget bidrag 2021"). Not a past verb ("fick bidrag 2016" may be an earlier round), nor an
 * application ("ansökan om bidrag 2021"), nor a range.
 */
const GRANT_RECEIVED_LEAD = String.raw`(?<=(?<![\p{L}])(?:får|erhåller|beviljas|tilldelas)\s+(?:(?!(?:inget|inte|ej|något)\s)\p{L}{1,20}\s+)?\p{L}{0,30}(?:bidrag|stöd)\s+)(?=(?:19|20)\d{2}(?![\p{N}/-])(?!\s*(?:${UNTIL})\s*\d))`;
/**
 * A grant's sum between its noun and its year, as a decision writes it: "erhåller verksamhetsbidrag med 30 000 kronor för 2002",
 * "beviljas ett stöd om 50 tkr för år 2024". The sum in digits with its unit; not a range after the year (GRANT_YEAR's NO_RIGHT,
 * and "för 2024–2026" stops at the dash).
 */
const GRANT_SUM_LEAD = String.raw`(?:med|om|på)\s+(?:högst\s+|maximalt\s+|totalt\s+|sammanlagt\s+)?\d{1,3}(?:[ .\u00a0]\d{3})*(?:,\d+)?\s*(?:kronor|kr\.?|tkr|kkr|mkr|miljoner(?:\s+kronor)?|SEK)\s+(?:för|under)\s+(?:år\s+)?(?=(?:19|20)\d{2}(?![\p{N}/-])(?!\s*(?:${UNTIL})\s*\d))`;
/**
 * A grant's year, "2024 års föreningsbidrag" or "verksamhetsbidrag för 2025". Word parts are bounded and start at a word start:
 * an unbounded \p{L}* before "bidrag" is quadratic on long runs of letters.
 */
const GRANT_YEAR = String.raw`${NO_LEFT}(?<year>(?:19|20)\d{2})\s+års\s+\p{L}{0,30}(?:bidrag|stöd)\p{L}{0,10}|(?<![\p{L}])\p{L}{0,30}(?:bidrag|stöd)\p{L}{0,10}\s+(?:för\s+(?:år\s+)?|under\s+(?:år\s+)?|år\s+|avseende\s+(?:(?:år|verksamhetsåret|kalenderåret)\s+)?|[-–]\s*|${GRANT_NAMED_YEAR_LEAD}|${GRANT_RECEIVED_LEAD}|${GRANT_RECIPIENTS_LEAD}|${GRANT_SUM_LEAD}|${GRANT_TO_RECIPIENT_LEAD})(?<year2>(?:19|20)\d{2})${NO_RIGHT}`;
/** A verb of granting in the present: "beviljas", "beviljar", "tilldelas" (a past "beviljades" is mostly an earlier year's grant). */
/**
 * The verb of granting in the forms a decision writes it: present and passive ("beviljas", "tilldelar"), the infinitive after
 * "att" ("beslutar att bevilja föreningen 40 000 kronor för 2024"), the past ("beviljade", "har beviljat").
 */
const GRANT_VERB = String.raw`(?<![\p{L}])(?:bevilja|tilldela)(?:s|r|de|t|ts)?(?![\p{L}])`;
const HAS_GRANT_VERB = /bevilja|tilldela/iu;
/** A word between the verb and "för" within one sentence: "200 000", "kronor", "kr.", "(IOP)". */
const GAP_WORD = String.raw`(?:kr\.|[^\s.;!?]+)`;
/** What a year after "för" may belong to other than the grant: "plan för 2025", "budget för 2025", "statistik för 2023". */
const NOT_GRANT_YEAR_OF = String.raw`(?:plan|budget|statistik|prognos|redovisning|uppföljning|rapport|mål)\p{L}{0,8}`;
/** One letter or one white space, as GRANT_YEAR's flags read them (under /iu a few marks fold to letters). */
const LETTER = /^\p{L}$/iu;
const SPACE = /^\s$/iu;
/**
 * The earliest start of a GRANT_YEAR match whose "bidrag"/"stöd" is at `at`: back over its at most 30 letters (the word part);
 * then, for "2024 års …", over the white space, "års", the white space and the year before them.
 */
function grantYearStart(text: string, at: number): number {
  let word = at;
  for (let n = 0; n < 30 && word > 0; n++) {
    const before = codePointBefore(text, word);
    if (!LETTER.test(text.slice(before, word))) break;
    word = before;
  }
  let spaces = word;
  while (spaces > 0 && SPACE.test(text[spaces - 1]!)) spaces--;
  let year = spaces - 3;
  while (year > 0 && SPACE.test(text[year - 1]!)) year--;
  return Math.max(0, Math.min(word, year - 4));
}

/**
 * A rule's pattern tried only near a literal every match holds, with at most `before` code units other than white space
 * between the match's start and that literal (each rule below counts its longest prefix; near.test.ts checks the result).
 */
const near = (literal: RegExp, before: number, startable?: (text: string, at: number) => boolean): PeriodRule['near'] => ({
  literal,
  earliest: nonSpaceWithin(before),
  ...(startable ? { startable } : {}),
});

/** A range's lead and the white space after it, as the range pattern opens ("från och med", "fr.o.m.", "mellan"). */
const RANGE_LEAD = new RegExp(String.raw`(?:${FROM}|mellan)\s`, 'iuy');
/** Where a range's first date may start: where NO_LEFT holds (its class, the range pattern's case and Unicode flags). */
const dateMayStart = notAfter(new RegExp(NOT_LEFT_OF_DATE, 'iu'));
const F_OR_M = new Set(['f', 'F', 'm', 'M']);
/**
 * The range rule's start test: a range opens with its lead or with its first date, and the date after NO_LEFT. Most of the 48
 * offsets before a year lie inside a word, where neither can start (a lead starts with "f" or "m", which under /iu no other
 * letter folds to): the pattern was tried at each (some 125,000 times over 35 long documents).
 */
const rangeStartable = (text: string, at: number): boolean =>
  dateMayStart(text, at) || (F_OR_M.has(text[at] ?? '') && matchesAt(RANGE_LEAD, text, at));

/** The longest words of validity before a list of years, in code units other than white space ("giltighetstiden: är under hela verksamhetsåret"). */
const validityBeforeYears = nonSpaceWithin(48);
/**
 * The earliest start of a stated-years match whose last two years ("2025 och 2026") start at `at`: back over the years listed
 * before them (digits, commas, white space), then over its words of validity.
 */
function listedYearsStart(text: string, at: number): number {
  let list = at;
  while (list > 0 && (isWhitespace(text.charCodeAt(list - 1)) || /[\d,]/.test(text[list - 1]!))) list--;
  return validityBeforeYears(text, list);
}

/** How many months before the page's own month a day and month without a year still fall in the page's year. */
const LOOK_AHEAD_MONTHS = 3;
/** The year a day and month without a year fall in on a page: the page's, or the next for a month more than a quarter before the page's. */
const yearOnPage = (month: number, page: PageDate): number => (month + LOOK_AHEAD_MONTHS < page.month ? page.year + 1 : page.year);

/** A sum in digits or words with its unit: "50 000 kronor", "200 tkr", "1,2 miljoner kronor". */
const SUM = String.raw`(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:[ .\u00a0]\d{3})*(?:,\d+)?|${NUMBER_WORD_PATTERN})\s*(?:kronor|kr\.?|tkr|kkr|mkr|mnkr|miljon(?:er)?(?:\s+kronor)?|SEK)(?![\p{L}])`;
/** Rules in priority order: where two match overlapping text, the earlier rule's reading stands. */
export const PERIOD_RULES: readonly PeriodRule[] = [
  {
    // "under tre år med början 2002", "löper under tre år med start i januari 2024", "i 2 år från och med 1 mars 2024", "Avtalstiden är tre år från och med 1 januari
    // 2025", "på två år räknat från 1 juli 2025", "Avtalet gäller 1 år från 2024-03-01", "Avtalet tecknas för tre år med start 1 juli 2024",
    // "Upplåtelsen avser en tid av fem år, räknat från den 2023-10-01" (as a lease or a grant of use words its term)
    name: 'duration-from',
    anchors: [HAS_YEAR, HAS_YEARS, HAS_FROM],
    pattern: new RegExp(
      String.raw`(?:under|i|är|om|på|för|gäller|löper|(?<![\p{L}])(?:tid|period)\s+av)\s+(?<years>\d{1,2}|${NUMBER_WORD_PATTERN})\s+år,?\s+(?:räknat\s+)?${FROM}\s+(?:i\s+)?${DEN}(?<from>${DATE})`,
      'giu',
    ),
    read: (g) => yearsFrom(g),
  },
  {
    // "Det nya avtalet gäller tre år fram till den siste december 2019", "Avtalet löper i två år till och med 2026-06-30", "Avtalet
    // gäller i tre år, tom 2024-03-31" (undotted "tom" as FAQ pages write it): the years counted back from the end (not "förlängs med två år till 2027", an extension; not "under tre år har föreningen fått …
    // till 2019", where no agreement runs).
    name: 'duration-until',
    anchors: [HAS_YEAR, HAS_YEARS, HAS_END_LEAD],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:gäller|löper)\s+(?:i\s+|under\s+)?(?<years>\d{1,2}|${NUMBER_WORD_PATTERN})\s+år,?\s+(?:fram\s+till|till\s+och\s+med|${TOM}|t\s+o\s+m|tom(?![\p{L}]))\s+${DEN}(?<to>${DATE})`,
      'giu',
    ),
    read: (g) => yearsUntil(g),
  },
  {
    // "läsåren 2025/26–2027/28", "läsåren 2025/2026, 2026/2027 och 2027/2028", "läsåret 2024/25", "säsongen
    // 2024/2025": only years are written, so the period runs from the first year's first day to the last year's last day (SCHEMA.md).
    name: 'school-years',
    anchors: [/\d{2}\s*\/\s*\d{2}/u, new RegExp(SPLIT_YEAR, 'iu')],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])${SPLIT_YEAR}\s+${SCHOOL_YEAR('from')}(?:(?:\s*(?:,|${UNTIL})\s*(?:${SPLIT_YEAR}\s+)?${SCHOOL_YEAR_UNNAMED})*\s*(?:${UNTIL})\s*(?:${SPLIT_YEAR}\s+)?${SCHOOL_YEAR('to')})?`,
      'giu',
    ),
    read(g) {
      const from = fullYear(g.from!);
      const to = g.to ? secondYear(fullYear(g.to), g.toEnd!) : secondYear(from, g.fromEnd!);
      if (to <= from || to - from > 10) return null;
      // A season in two digits ("säsongen 22/23") is the shorthand a heading or a news item names it by, weaker than a term of days
      // stated beside it ("från 1 december 2022 till 30 november 2023").
      const shorthand = g.from!.length === 2;
      return { period: period(`${from}-01-01`, `${to}-12-31`), strength: shorthand ? 0.4 : 0.75 };
    },
  },
  {
    // "ett treårigt partnerskap från 1 januari 2023", "tvåårigt avtal fr.o.m. 2024-07-01", "ett treårigt idéburet offentligt
    // partnerskap som gäller från 1 januari 2023"
    name: 'duration-adjective-from',
    anchors: [HAS_YEAR, /årig/iu, HAS_FROM],
    pattern: new RegExp(String.raw`${YEARS_LONG}\s+(?:[\p{L}-]+\s+){0,6}?${FROM}\s+${DEN}(?<from>${DATE})${NO_RIGHT}(?!\s+års)`, 'giu'),
    // Before "årig" at most a number ("trettio", 7) and "-": 8.
    near: near(/årig/giu, 16),
    read: (g) => yearsFrom(g, 10),
  },
  {
    // "ett tvåårigt avtal som löper fram till 31 mars 2027", "en treårig överenskommelse till och med 2026", "ett tvåårigt
    // verksamhetsbidrag t.o.m. 2026-06-30": the end and the years before it. The adjective must describe an agreement or a
    // grant ("ett treårigt projekt till och med 2026" is not the partnership's term).
    name: 'duration-adjective-until',
    anchors: [HAS_YEAR, /årig/iu, HAS_END_LEAD],
    pattern: new RegExp(
      String.raw`${YEARS_LONG}\s+(?:[\p{L}-]+\s+){0,3}?(?:${AGREEMENT_WORD}|${GRANT_NOUN})(?:\s+[\p{L}-]+){0,4}?\s+${END_LEAD}\s+${YEAR_END_OF}${DEN}(?<to>${DATE})${NO_RIGHT}(?!\s+års)`,
      'giu',
    ),
    near: near(/årig/giu, 16),
    read: (g) => yearsUntil(g),
  },
  {
    // "Det nya avtalet gäller 2015 och 2016", "under åren 2025, 2026 och 2027", "verksamhetsstödet fastställs till 170 kkr/år för
    // 2008 och 2009", "3 625 000 kronor fördelat på 2015 och 2016": years the validity or the grant names one after the other,
    // listed rather than written as a range, or the years a sum is spread over.
    name: 'stated-years',
    anchors: [HAS_YEAR, /(?:19|20)\d{2}\s+(?:och|samt)\s+(?:19|20)\d{2}/iu],
    // "I den förnyade överenskommelsen utökas antalet platser under 2024 och 2025": "under" only after an agreement word in
    // the same sentence (at most 80 characters back), and weaker (0.45): the years of what the agreement holds; so too with the
    // agreement word after the years ("samverkan kommer under 2023 och 2024 att ske genom ett IOP").
    pattern: new RegExp(String.raw`(?:${STATES_VALIDITY}|(?<![\p{L}])(?:för\s+)?åren\s+|(?<![\p{L}])för\s+|(?<![\p{L}])fördela(?:t|d|de|s|des)?\s+(?:på|över)\s+(?:åren\s+)?|(?<=${AGREEMENT_STEM}[^.;!?]{0,80})(?<![\p{L}])(?<under>under)\s+)(?<list>${YEAR_LIST})|(?<![\p{L}])(?<underAhead>under)\s+(?<listAhead>${YEAR_LIST})(?=[^.;!?]{0,80}?${AGREEMENT_STEM})`, 'giu'),
    // Every match holds two years joined by "och"/"samt" (a rare literal; "för" and "under", the words it may start with, stand
    // at nearly every sentence): the match starts before the list's earlier years and its words of validity.
    near: { literal: /(?:19|20)\d{2}\s+(?:och|samt)\s+(?:19|20)\d{2}/giu, earliest: listedYearsStart },
    read(g) {
      const years = ((g.list ?? g.listAhead)?.match(/\d{4}/gu) ?? []).map(Number);
      const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
      const strength = g.under || g.underAhead ? 0.45 : 0.6;
      return consecutive ? { period: period(`${years[0]}-01-01`, `${years.at(-1)}-12-31`), strength } : null;
    },
  },
  {
    // "från 2023 och tre år framåt", "från och med 2025-01-01 och två år framåt", "från och med 1 januari 2024 och
    // löper i tre år", "gäller 2024-04-01 och två år framåt", "Avtalet gäller från 2024-03-01 i två år", "från 2025-01-01 och löper på tre år"
    name: 'from-years-ahead',
    anchors: [HAS_YEAR, HAS_YEARS],
    pattern: new RegExp(
      String.raw`(?:(?<lead>${FROM})\s+${DEN}|(?<=(?:gäller|löper)\s+(?:den\s+)?)${NO_LEFT})(?<from>${DATE}),?\s+(?:och\s+|samt\s+)?(?<runs>${RUNS}\s+)?(?:(?<for>under|i|på)\s+)?${YEARS}\s+år(?<ahead>\s+(?:framåt|framöver))?${NOT_LETTER}`,
      'giu',
    ),
    // A bare "från 2023 och tre år" says nothing of how long the agreement runs; "från 2024-03-01 i två år" does; without "från"
    // only "framåt" says it ("Överenskommelsen gäller 2024-04-01 och två år framåt").
    read: (g) => ((g.lead && (g.runs || g.for)) || g.ahead ? yearsFrom(g, 10) : null),
  },
  {
    // "från och med 1 mars 2024 och tills vidare", "2020-12-18–tills vidare", "tills vidare från 1 januari 2024"
    name: 'from-until-further-notice',
    anchors: [HAS_YEAR, HAS_OPEN_END],
    pattern: new RegExp(
      String.raw`(?:${FROM}\s+${DEN})?${NO_LEFT}(?<from>${DATE})\s*(?:[-–—]\s*|,?\s*(?:och\s+)?)${UNTIL_FURTHER_NOTICE}|${UNTIL_FURTHER_NOTICE},?\s+${FROM}\s+${DEN}(?<after>${DATE})${NO_RIGHT}`,
      'giu',
    ),
    // Every form of an open end starts with "tills" or "utan"; before it at most "från och med" (10), "åren" (4), a date
    // ("den 31:a september. 2024", 22) and ",och" (4): 40.
    near: near(/tills|utan/giu, 48),
    read(g) {
      const from = date(g.from ?? g.after);
      return from ? { period: period(asStart(from), null, true), strength: 0.8 } : null;
    },
  },
  {
    // "från 1 januari 2025 till och med 31 december 2028", "2025-01-01–2028-12-31", "perioden 2025-2028",
    // "1/3 2022- 28/2 2023", "mellan 2022 och 2023", "fr.o.m. 2022-01-01 t.o.m. 2022-12-31", "från 2023-09-01 och löper
    // till 2025-08-31". Not the turn between two years ("fram till årsskiftet 2020-2021" is one day, named-year-turn-start's).
    name: 'range',
    anchors: [HAS_YEAR, HAS_TWO_YEARS],
    pattern: new RegExp(
      String.raw`(?:(?<lead>${FROM}|mellan)\s+${DEN})?(?<!årsskiftet\s{1,3})${NO_LEFT}(?<from>${DATE})\s*(?<sep>${RUNS_UNTIL}|${UNTIL})\s*${DEN}(?<to>${DATE})${NO_RIGHT}`,
      'giu',
    ),
    // Every date holds a year; before the first date's at most "från och med" (10), "åren" (4) and the date's day and month
    // ("den 31:a september.", 18): 32. Of those offsets only a lead's or a date's start is tried (rangeStartable).
    near: near(/(?:19|20)\d{2}/giu, 48, rangeStartable),
    read(g) {
      const from = date(g.from);
      const to = date(g.to);
      if (!from || !to) return null;
      const sep = (g.sep ?? '').toLocaleLowerCase('sv');
      if (sep === 'och' && g.lead?.toLocaleLowerCase('sv') !== 'mellan') return null; // "2022 och 2023" is a list
      // "2024-05-06-08" is no range; "från 1 januari 2025 till 2027" is, to the end of its year.
      if (to.precision === 'year' && from.precision !== 'year' && !(g.lead && g.lead.toLocaleLowerCase('sv') !== 'mellan' && /[\p{L}]/u.test(sep))) return null;
      if (from.precision === 'year' && (to.year - from.year > 15 || to.year < from.year)) return null;
      const days = from.precision === 'day' && to.precision === 'day';
      return { period: period(asStart(from), asEnd(to)), strength: days ? 0.8 : g.lead ? 0.7 : 0.55 };
    },
  },
  {
    // "1 mars–31 december 2024", "mars till december 2024": the first date borrows the second's year.
    name: 'range-shared-year',
    anchors: [HAS_YEAR, new RegExp(MONTH_NAME, 'iu')],
    pattern: new RegExp(
      String.raw`(?:${FROM}\s+${DEN})?${DAY_MONTH}\s*(?:${UNTIL})\s*${DEN}(?<to>${DATE_FORMS.dayMonthYear}|${DATE_FORMS.monthYear})${NO_RIGHT}`,
      'giu',
    ),
    // Before its month at most "från och med" (10), "åren" (4) and a day (2): 16.
    near: near(new RegExp(MONTH_NAME, 'giu'), 32),
    read(g) {
      const to = date(g.to);
      const month = monthOf(g.month);
      if (!to || !to.month || !month) return null;
      const year = month > to.month ? to.year - 1 : to.year;
      const from = readDate(g.day ? `${g.day} ${g.month} ${year}` : `${g.month} ${year}`);
      return from ? { period: period(asStart(from), asEnd(to)), strength: 0.7 } : null;
    },
  },
  {
    // "Partnerskapet gäller under 2024", "Avtalsperiod: 2025", "Avtalet gäller säsongen 2025": one whole year; or one school term
    // ("Överenskommelsen gäller vårterminen 2026": January to June, "höstterminen 2025": August to December).
    name: 'single-year',
    anchors: [HAS_YEAR, HAS_STATES_VALIDITY],
    pattern: new RegExp(
      String.raw`${STATES_VALIDITY}(?:(?<term>${DATE_FORMS.term})|(?:säsongen\s+)?${NO_LEFT}(?<year>(?:19|20)\d{2})(?!\d|\s*(?:${UNTIL})\s*\d|-\d|\s+års))`,
      'giu',
    ),
    // Every match starts with a word of validity; the literal stands at most 11 letters in ("verksamhetsåret").
    near: near(/gäller|avser|löper|pågår|förläng|avtalstid|giltighetstid|period|året/giu, 16),
    read(g) {
      const year = date(g.term ?? g.year);
      return year ? { period: period(asStart(year), asEnd(year)), strength: 0.55 } : null;
    },
  },
  {
    // "Överenskommelsen träder i kraft den 1 mars 2025 och gäller i två år", "Avtalet börjar gälla 1 juli 2024 och löper
    // i tre år": a start and the years from it.
    name: 'starts-on-for-years',
    anchors: [HAS_YEAR, HAS_STARTS, HAS_YEARS],
    pattern: new RegExp(
      String.raw`${STARTS}\s+(?:den\s+)?(?:i\s+)?(?<from>${DATE})${NO_RIGHT},?\s+(?:och\s+)?${RUNS}\s+(?:(?:under|i)\s+)?${YEARS}\s+år${NOT_LETTER}`,
      'giu',
    ),
    read: (g) => yearsFrom(g, 10),
  },
  {
    // "Överenskommelsen träder i kraft den 1 mars 2025", "Partnerskapet startar 2025-01-01": a start only. The verb stays
    // before the mention, where the context rules see what starts (other-thing-in-force-before).
    name: 'starts-on',
    anchors: [HAS_YEAR, HAS_STARTS],
    pattern: new RegExp(String.raw`(?<=${STARTS}\s+(?:den\s+)?(?:i\s+)?)(?<from>${DATE})${NO_RIGHT}`, 'giu'),
    read(g) {
      const from = date(g.from);
      return from ? { period: period(asStart(from), null), strength: 0.45 } : null;
    },
  },
  {
    // "från och med 2025-01-01", "med början 2002"
    name: 'start-only',
    anchors: [HAS_YEAR, HAS_FROM],
    pattern: new RegExp(String.raw`(?<lead>${FROM})\s+${DEN}(?<from>${DATE})${NO_RIGHT}`, 'giu'),
    read(g) {
      const from = date(g.from);
      if (!from) return null;
      return { period: period(asStart(from), null), strength: /^från$/iu.test(g.lead ?? '') ? 0.35 : 0.5 };
    },
  },
  {
    // "Sedan den 1 januari 2022 har ett idéburet offentligt partnerskap gällt": the start of an agreement still in force, when a
    // verb of being in force follows ("sedan 2019 har föreningen funnits" dates the association, not an agreement), or when
    // an agreement is what has been held since then: "nämnden har sedan 2019 en överenskommelse om IOP med föreningen".
    name: 'in-force-since',
    anchors: [HAS_YEAR, /sedan/iu],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])sedan\s+(?:den\s+)?(?<from>${DATE})${NO_RIGHT}(?=[^.;]{0,80}?(?<![\p{L}])(?:gällt|gäller|löpt|löper|pågått|pågår)(?![\p{L}])|\s+(?:en|ett)\s+(?:[\p{L}-]+\s+){0,2}?${AGREEMENT_WORD}(?![\p{L}]))`,
      'giu',
    ),
    read(g) {
      const from = date(g.from);
      return from ? { period: period(asStart(from), null), strength: 0.45 } : null;
    },
  },
  {
    // "Samarbetet började 2017 och pågår minst till sommaren 2020", "Partnerskapet inleddes i mars 2021 och löper vidare": the
    // start of a collaboration still running, as in-force-since reads "sedan 2019 … gäller". Only with the collaboration as the
    // subject ("Föreningen startade 2015" dates the association, "Projektet började 2019" a project), and only where the clause
    // goes on to say it runs: one told from its beginning may since run under a later agreement ("Partnerskapet startade 2019.
    // … beslutat att förlänga överenskommelsen mellan 2022 och 2023").
    name: 'agreement-began',
    anchors: [HAS_YEAR, /började|startade|inleddes|påbörjades/iu],
    pattern: new RegExp(
      String.raw`(?<=(?<![\p{L}])(?:samarbete(?:t)?|${AGREEMENT_WORD})\s+(?:började|startade|inleddes|påbörjades)\s+(?:år\s+|i\s+|under\s+)?)(?:den\s+)?(?<from>${DATE})${NO_RIGHT}(?=[^.;]{0,40}?(?<![\p{L}])(?:pågår|löper|fortsätter|gäller)(?![\p{L}]))`,
      'giu',
    ),
    // The match is its date, which holds a year; before it at most "den" (3) and the date's day and month (18): 21.
    near: near(/(?:19|20)\d{2}/giu, 32),
    read(g) {
      const from = date(g.from);
      return from ? { period: period(asStart(from), null), strength: 0.45 } : null;
    },
  },
  {
    // "till och med 31 december 2028", "till och med utgången av 2026", "senast 2025-10-30" (a day only: "senast mars 2028" is a
    // deadline)
    name: 'end-only',
    anchors: [HAS_YEAR, HAS_END_LEAD],
    // A bare "till" only before the end of a year or a month's last day: "uppdraget pågår till utgången av år 2017", "Det gäller från den
    // första april i år till den sista december 2025" ("till 2017" may count anything).
    pattern: new RegExp(String.raw`(?<lead>till\s+och\s+med|${TOM}|t\s+o\s+m|fram\s+till|senast|(?<![\p{L}])till(?=\s+(?:(?:utgången|slutet)\s+av|(?:den\s+)?(?:sista|siste))\s))\s+${YEAR_END_OF}${DEN}(?<to>${DATE})${NO_RIGHT}`, 'giu'),
    read(g) {
      const to = date(g.to);
      if (!to) return null;
      const deadline = /^senast$/iu.test(g.lead ?? '');
      if (deadline && to.precision !== 'day') return null;
      return { period: period(null, asEnd(to)), strength: deadline ? 0.4 : 0.5 };
    },
  },
  {
    // "Nämnda överenskommelse avslutas den 31 december 2019", "IOP-avtalet löper ut 31 december 2021": an end only.
    name: 'ends-on',
    anchors: [HAS_YEAR, HAS_ENDS],
    pattern: new RegExp(String.raw`${ENDS}\s+${DEN}(?<to>${DATE})${NO_RIGHT}`, 'giu'),
    read(g) {
      const to = date(g.to);
      return to ? { period: period(null, asEnd(to)), strength: 0.55 } : null;
    },
  },
  {
    // "avtalet gäller tills vidare"
    name: 'until-further-notice',
    anchors: [HAS_OPEN_END],
    pattern: new RegExp(UNTIL_FURTHER_NOTICE, 'giu'),
    read: () => ({ period: period(null, null, true), strength: 0.55 }),
  },
  {
    // "2024 års föreningsbidrag", "verksamhetsbidrag för 2025", "fördelas i föreningsbidrag under 2015", "verksamhetsbidrag
    // avseende år 2025" (as a decision or an application writes it): a grant for one year.
    name: 'grant-year',
    anchors: [HAS_YEAR, HAS_GRANT_YEAR],
    pattern: new RegExp(GRANT_YEAR, 'giu'),
    // Its word part is tried at every word of a text: only before "bidrag" and "stöd", which every match holds.
    near: { literal: /bidrag|stöd/giu, earliest: grantYearStart },
    read: (g) => wholeYear(g, 0.45),
  },
  {
    // "Kommunledningsutskottet fördelade årets verksamhetsbidrag", "årets föreningsbidrag", "årets bidragsfördelning": this
    // year's round of grants, in the page's year. Not another thing of the year ("årets budget", "årets stödgrupp").
    name: 'page-year-grant',
    anchors: [/årets\s/iu],
    pattern: new RegExp(String.raw`(?<![\p{L}])årets\s+\p{L}{0,30}(?:bidrag|stöd)(?:et|en|sfördelning(?:en)?)?(?![\p{L}])`, 'giu'),
    near: near(/årets/giu, 0),
    read: (_g, page) => (page ? { period: period(`${page.year}-01-01`, `${page.year}-12-31`), strength: 0.4 } : null),
  },
  {
    // "Bidraget beviljas för 2025", "Föreningen beviljas 200 000 kronor i stöd till sin verksamhet för år 2025", "Nämnden
    // tilldelar föreningen 50 000 kr för 2024": a grant for one year where the verb of granting, not the grant's noun, stands
    // before "för". The mention starts at "för", so the words before it are what 'other-period-before' weighs; not a plan's,
    // a budget's or statistics' year ("beviljas bidrag enligt plan för 2025"), not a range ("för 2025–2027").
    name: 'grant-verb-year',
    anchors: [HAS_YEAR, HAS_GRANT_VERB],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])för(?<=${GRANT_VERB}(?:\s+${GAP_WORD}){0,8}?\s+för)(?<!${NOT_GRANT_YEAR_OF}\s+för)\s+(?:år\s+)?(?<year>(?:19|20)\d{2})${NO_RIGHT}(?!\s*(?:${UNTIL})\s*\d)`,
      'giu',
    ),
    read: (g) => wholeYear(g, 0.45),
  },
  {
    // "Föreningen får 300 000 kronor för 2024", "Kommunen ger föreningen 200 000 kronor till verksamheten för år 2025", "Jouren erhåller 50 000
    // kr för 2023": a sum received or given now for one year, as news write a grant where a decision writes "beviljas" (grant-verb-year).
    // The sum stands between the verb and its year, a few words apart; not a past verb ("fick 200 000 kronor för 2019" may be an
    // earlier round), not a plan's or a budget's year, not a range ("för 2024–2026").
    name: 'money-received-year',
    anchors: [HAS_YEAR, /får|ger|ges|erhåller/iu, /kr|miljon|SEK/iu],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:får|ger|ges|erhåller)\s+(?:[^\s.;!?\d]+\s+){0,4}?${SUM}(?:\s+[^\s.;!?\d]+){0,6}?(?<!${NOT_GRANT_YEAR_OF})\s+för\s+(?:år\s+)?(?<year>(?:19|20)\d{2})${NO_RIGHT}(?!\s*(?:${UNTIL})\s*\d)`,
      'giu',
    ),
    near: near(/får|ger|ges|erhåller/giu, 0),
    read: (g) => wholeYear(g, 0.45),
  },
  {
    // "Kommunstyrelsen har beslutat om pengar till Kvinnojouren och Tjejjouren för 2023", "ansöker om 2 000 000 kronor i
    // tidsbegränsat bidrag för det sociala arbetet på mötesplatsen för år 2024": money with its recipient or purpose between
    // the noun and the one year it is for (grant-year reads the year right after the noun). Within one clause and without
    // another number between; not a plan's, a budget's or statistics' year ("bidrag till verksamhetsplanen för 2025"), nor a
    // range, nor the body's own funds for its year ("ur kommunstyrelsens ofördelade medel för 2015": no recipient between).
    name: 'grant-purpose-year',
    anchors: [HAS_YEAR, /(?:bidrag|stöd|pengar|medel|finansiering)[^]*för/iu],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:\p{L}{0,30}(?:bidrag|stöd)\p{L}{0,4}|pengar|medel|finansiering(?:en)?)(?![\p{L}])\s+(?:till|för|åt)(?:\s+[^\s.;!?\d]+){1,7}?(?<!${NOT_GRANT_YEAR_OF})\s+för\s+(?:år\s+)?(?<year>(?:19|20)\d{2})${NO_RIGHT}(?!\s*(?:${UNTIL})\s*\d)`,
      'giu',
    ),
    near: { literal: /bidrag|stöd|pengar|medel|finansiering/giu, earliest: grantYearStart },
    read: (g) => wholeYear(g, 0.4),
  },
  {
    // "… ingår ett IOP-avtal värt 200 000 kronor med Frivilligcentrum, vars hotade verksamhet därmed är säkrad för 2021", "Nu är
    // verksamheten tryggad under 2025": the one year the funding secures (news write it so). Not a range ("säkrad för 2024–2026",
    // which range reads), nor a lasting state ("säkrad för framtiden").
    name: 'secured-year',
    anchors: [HAS_YEAR, /säkra|trygga|garanter/iu],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:säkrad|säkrat|säkrade|säkras|tryggad|tryggat|tryggade|tryggas|garanterad|garanterat|garanteras)\s+(?:för|under)\s+(?:hela\s+)?(?:år\s+)?(?<year>(?:19|20)\d{2})${NO_RIGHT}(?!\s*(?:${UNTIL})\s*\d)`,
      'giu',
    ),
    // Every match starts with its verb ("säkrad", "tryggas", "garanterat").
    near: near(/säkra|trygga|garanter/giu, 0),
    read: (g) => wholeYear(g, 0.45),
  },
  {
    // "IOP med föreningen för 2025", "avtalet för år 2024", "2024 års överenskommelse": an agreement for one year.
    name: 'agreement-year',
    anchors: [HAS_YEAR, HAS_AGREEMENT_WORD, /för|års/iu],
    pattern: new RegExp(
      String.raw`${NO_LEFT}(?<year>(?:19|20)\d{2})\s+års\s+${AGREEMENT_WORD}|(?<![\p{L}])${AGREEMENT_WORD}(?:\s+[\p{L}-]+){0,4}?\s+för\s+(?:år\s+)?(?<year2>(?:19|20)\d{2})${NO_RIGHT}(?!\s*(?:${UNTIL})\s*\d)`,
      'giu',
    ),
    read: (g) => wholeYear(g, 0.45),
  },
  {
    // "får fortsatt IOP-avtal året ut", "förlängdes till och med årets slut", "IOP-avtalen går ut vid årsskiftet": the end of
    // the page's year (of the year before, for a page from its first two months speaking of "årsskiftet").
    name: 'page-year-end',
    anchors: [/året\s+ut|årets\s+slut|årsskiftet|slutet\s+av\s+året/iu],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:året\s+ut|(?:${ENDS}|till\s+och\s+med|${TOM}|till|(?<!${STARTS}\s+)vid)\s+(?:årets\s+slut|slutet\s+av\s+året|(?<turn>årsskiftet)))(?![\p{L}])`,
      'giu',
    ),
    // Every form holds "året" ("årets slut", "slutet av året") or "årsskiftet"; before it at most "sträcker sig fram till"
    // (19) and "slutet av" (8): 27.
    near: near(/året|årsskift/giu, 48),
    read(g, page) {
      if (!page) return null;
      const year = g.turn && page.month <= 2 ? page.year - 1 : page.year;
      return { period: period(null, `${year}-12-31`), strength: 0.4 };
    },
  },
  {
    // "har sedan årsskiftet 18/19 ingått ett partnerskap", "gäller från årsskiftet 2024/2025": the first day of the later year
    // of a named turn of the year (two years in a row, in two or four digits).
    name: 'named-year-turn-start',
    anchors: [/årsskiftet\s+\d/iu],
    pattern: new RegExp(String.raw`(?:(?<![\p{L}])sedan|${FROM})\s+årsskiftet\s+(?<y1>(?:19|20)?\d{2})\s*[/-]\s*(?<y2>(?:19|20)?\d{2})(?![\p{N}/])`, 'giu'),
    read(g) {
      const full = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
      const [y1, y2] = [full(g.y1 ?? ''), full(g.y2 ?? '')];
      return y2 === y1 + 1 ? { period: period(`${y2}-01-01`, null), strength: 0.45 } : null;
    },
  },
  {
    // "Totalt bidrar man med 300 000 kronor till nästa års verksamhet", "nästkommande års verksamhetsbidrag": the year after the
    // page's, as page-year-grant reads "årets bidrag" in the page's own. Only what is funded or run that year (a verksamhet, a
    // grant), not "nästa års budget" or "nästa års val".
    name: 'page-next-year-grant',
    anchors: [/(?:nästa|nästkommande)\s+års\s/iu],
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:nästa|nästkommande)\s+års\s+\p{L}{0,30}(?:verksamhet|bidrag|stöd)(?:en|et)?(?![\p{L}])`, 'giu'),
    near: near(/nästa|nästkommande/giu, 0),
    read: (_g, page) => (page ? { period: period(`${page.year + 1}-01-01`, `${page.year + 1}-12-31`), strength: 0.4 } : null),
  },
  {
    // "Socialnämnden behandlade deras bidragsansökan för i år", "föreningsbidraget för nästa år", "verksamhetsstöd under
    // nästkommande år": a grant for the page's own year or the next, named without its number. Not "i år två" (an agreement's
    // year), nor "kommande år" (may be several years); a denial ("utbetalas inget stöd för nästkommande år") is weighed out by
    // the context rule denied-grant-before.
    name: 'page-relative-grant-year',
    anchors: [/(?:nästa|nästkommande|i)\s+år(?![\p{L}])/iu, /bidrag|stöd/iu],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])\p{L}{0,30}(?:bidrag|stöd)\p{L}{0,10}\s+(?:för|under)\s+(?:(?<next>nästa|nästkommande)\s+år|i\s+år)(?![\p{L}])(?!\s+(?:[1-9]|ett|två|tre|fyra|fem)(?![\p{L}\p{N}]))`,
      'giu',
    ),
    near: { literal: /bidrag|stöd/giu, earliest: grantYearStart },
    read: (g, page) => (page ? wholeYear({ year: String(g.next ? page.year + 1 : page.year) }, 0.4) : null),
  },
  {
    // "Regionen kommer under nästa år att stödja länets föreningar med drygt 46 miljoner kronor", "Nämnden ska för nästkommande år
    // fördela …": a verb of funding for the year after the page's.
    name: 'page-next-year-funding',
    anchors: [/(?:nästa|nästkommande)\s+år\s/iu],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:under|för)\s+(?:nästa|nästkommande)\s+år\s+(?:att\s+)?(?:stödja|stötta|bidra|finansiera|medfinansiera|fördela)(?![\p{L}])`,
      'giu',
    ),
    // Before "nästa" at most "under" (5).
    near: near(/nästa|nästkommande/giu, 5),
    read: (_g, page) => (page ? wholeYear({ year: String(page.year + 1) }, 0.4) : null),
  },
  {
    // "Avtalet gäller från årsskiftet", "från och med nästa år": the first day of the year after the page's (of the page's
    // own year, for a page from its first two months speaking of "årsskiftet").
    name: 'page-next-year-start',
    anchors: [/fr|f\.?o|med\s+(?:start|början)|vid/iu, /nästa\s+år|nästkommande\s+år|årsskiftet/iu],
    // A turn named by its years ("årsskiftet 2024/2025") is named-year-turn-start's. "vid" only after a verb of starting ("Avtalet
    // börjar gälla vid årsskiftet"; "går ut vid årsskiftet" is page-year-end's).
    pattern: new RegExp(String.raw`(?:${FROM}|(?<=${STARTS}\s+)vid)\s+(?:(?:den\s+)?1\s+januari\s+)?(?:nästa\s+år|nästkommande\s+år|(?<turn>årsskiftet)(?!\s+\d))(?![\p{L}])`, 'giu'),
    // Before "nästa", "nästkommande" or "årsskiftet" at most "från och med" (10) and "den 1 januari" (11): 21.
    near: near(/nästa|nästkommande|årsskiftet/giu, 32),
    read(g, page) {
      if (!page) return null;
      const year = g.turn && page.month <= 2 ? page.year : page.year + 1;
      return { period: period(`${year}-01-01`, null), strength: 0.4 };
    },
  },
  {
    // "Avtalet gäller från och med 1 januari och tre år framåt", "Överenskommelsen gäller från den 1 oktober och löper i två år":
    // a start's day and month without a year, in the page's year (the next year for a month more than a quarter before the
    // page's own), and the years from it. Only with a length: a bare year-less start dates services and events too.
    name: 'page-from-years-ahead',
    anchors: [new RegExp(MONTH_NAME, 'iu'), HAS_YEARS, HAS_FROM],
    pattern: new RegExp(
      String.raw`${FROM}\s+(?:den\s+)?(?<day>[1-9]|[12]\d|3[01])\s+(?<month>${MONTH_NAME})(?!\s*(?:19|20)\d{2}),?\s+(?:och\s+|samt\s+)?(?:(?<runs>${RUNS})\s+(?:under\s+|i\s+)?)?${YEARS}\s+år(?<ahead>\s+(?:framåt|framöver))?${NOT_LETTER}`,
      'giu',
    ),
    read(g, page) {
      const month = monthOf(g.month);
      if (!page || !month || !(g.runs || g.ahead)) return null;
      const year = yearOnPage(month, page);
      return yearsFrom({ from: `${g.day ?? ''} ${g.month ?? ''} ${year}`, years: g.years }, 10);
    },
  },
  {
    // "Aktiviteten, som föreningen får bidrag för, pågår 4 maj - 30 september", "Avtalet gäller från den 1 juni till och med den 31
    // augusti": a start's and an end's day and month without a year, after a verb of running or "från", in the page's year (the
    // next year for a start more than a quarter before the page's month; an end in an earlier month than the start's is in the
    // year after). Not "perioden 1 januari–31 december" (a report's year), not "mellan 12 augusti och 6 september" (a window to apply in).
    name: 'page-year-range',
    anchors: [new RegExp(MONTH_NAME, 'iu')],
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:${RUNS}|${FROM})\s+(?:den\s+)?(?<day>[1-9]|[12]\d|3[01])\s+(?<month>${MONTH_NAME})\s*${UNTIL_NOT_AND}\s*(?:den\s+)?(?<toDay>[1-9]|[12]\d|3[01])\s+(?<toMonth>${MONTH_NAME})(?!\s*(?:19|20)\d{2})(?![\p{L}\p{N}])`,
      'giu',
    ),
    // Before its first month at most "från och med" (10), "den" (3) and a day (2): 15.
    near: near(new RegExp(MONTH_NAME, 'giu'), 16),
    read(g, page) {
      const month = monthOf(g.month);
      const toMonth = monthOf(g.toMonth);
      if (!page || !month || !toMonth) return null;
      const year = yearOnPage(month, page);
      const from = readDate(`${g.day ?? ''} ${g.month ?? ''} ${year}`);
      const to = readDate(`${g.toDay ?? ''} ${g.toMonth ?? ''} ${toMonth < month ? year + 1 : year}`);
      return from && to ? { period: period(asStart(from), asEnd(to)), strength: 0.4 } : null;
    },
  },
  {
    // "IOP-avtalet löper ut den 31 december", "gäller till och med den 30 juni": an end's day and month without a year, in the
    // page's year. Only ends: a year-less start ("från den 1 juni") on a news page mostly starts a service or an event.
    name: 'page-year-end-date',
    anchors: [new RegExp(MONTH_NAME, 'iu')],
    pattern: new RegExp(
      String.raw`(?:${ENDS}|till\s+och\s+med|${TOM}|fram\s+till)\s+(?:den\s+)?(?<day>[1-9]|[12]\d|3[01])\s+(?<month>${MONTH_NAME})(?!\s*(?:19|20)\d{2})(?![\p{L}\p{N}])`,
      'giu',
    ),
    read(g, page) {
      const month = monthOf(g.month);
      if (!page || !month) return null;
      // A page looks ahead: a month more than a quarter before its own is next year's ("löper ut den 31 mars" in November).
      const year = yearOnPage(month, page);
      const day = readDate(`${g.day ?? ''} ${g.month ?? ''} ${year}`);
      return day ? { period: period(null, asEnd(day)), strength: 0.4 } : null;
    },
  },
];

/**
 * Years "at a time" are the length of each renewal, not an end the agreement runs to: "Detta avtal är skrivet på 5 år i taget och
 * förlängs automatiskt" (the extension extractor reads them).
 */
const NOT_AT_A_TIME = String.raw`(?!\s+(?:i\s+taget|åt\s+gången|i\s+sänder)(?![\p{L}]))`;

/**
 * The agreement's length stated apart from its dates: "ett treårigt IOP", "Överenskommelsen gäller i tre år", "Avtalstiden är
 * två år", "Kulturnämnden tecknar IOP med föreningen under tre år", "ett så kallat Idéburet Offentligt Partnerskap (IOP), som kommer att
 * gälla i tre år från och med årsskiftet". index.ts reads it only to give a start stated elsewhere
 * ("Avtalet börjar gälla den 1 mars 2024") its end. An extension's years ("kan förlängas med två år") are not its length.
 */
export const DURATIONS: readonly RegExp[] = [
  new RegExp(String.raw`${YEARS_LONG}\s+(?:[\p{L}-]+\s+){0,3}?${AGREEMENT_WORD}${NOT_LETTER}`, 'giu'),
  new RegExp(
    String.raw`(?<![\p{L}])(?:${AGREEMENT_WORD}|avtalstid\p{L}{0,3}|löptid\p{L}{0,3})\)?,?(?:\s+(?!förläng|option)[\p{L}-]+){0,5}?\s+(?:(?:${RUNS}|gälla|löpa|sträck(?:er|a)\s+sig)\s+(?:under|i|på|över)\s+|(?:är|på|under)\s+)${YEARS}\s+år${NOT_LETTER}${NOT_AT_A_TIME}`,
    'giu',
  ),
  // "… från årsskiftet och tre år framåt": the years ahead of a start that has no year of its own.
  new RegExp(String.raw`(?<![\p{L}])(?:och|samt)\s+${YEARS}\s+år\s+(?:framåt|framöver)${NOT_LETTER}`, 'giu'),
];

/** The one length in years the text states for the agreement, or null when it states none or several. */
export function statedDuration(text: string): { years: number; start: number; end: number } | null {
  if (!HAS_AGREEMENT_WORD.test(text) && !/avtalstid|löptid/iu.test(text)) return null;
  const found = DURATIONS.flatMap((pattern) =>
    [...eachMatch(pattern, text)].map((m) => ({ years: readNumber(m.groups?.years ?? ''), start: m.index, end: m.index + m[0].length })),
  ).filter((d) => Number.isInteger(d.years) && d.years >= 1 && d.years <= 10);
  return found.length > 0 && found.every((d) => d.years === found[0]!.years) ? found[0]! : null;
}

/** A sentence context that changes how likely a period in it is the partnership's validity. */
export interface ContextRule {
  name: string;
  /** Tested on the mention's whole sentence, or on the few words right before the mention. */
  where: 'sentence' | 'before';
  pattern: RegExp;
  /** Multiplies a mention's strength; 0 drops the mention. */
  factor: number;
  /** When set, the rule weighs only mentions found by these period rules. */
  only?: ReadonlySet<string>;
}

/**
 * How far before a mention a 'before' context rule looks: far enough for a noun, four words and a verb phrase ("regelverk för
 * föreningsstöd som trädde i kraft från och med den "); each rule bounds its own words.
 */
export const BEFORE_WINDOW = 80;

/** Period rules that date a year's round of grants ("föreningsbidragen 2021", "årets verksamhetsbidrag"): they date its sums. */
export const GRANT_ROUND_RULES: ReadonlySet<string> = new Set(['grant-year', 'page-year-grant', 'page-relative-grant-year', 'grant-verb-year', 'grant-purpose-year']);

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    // The period of something that is not the partnership: a loan, a term of office, a meeting, a report.
    name: 'not-partnership-period',
    where: 'sentence',
    pattern:
      /(?:amorterings\p{L}*|(?<![\p{L}])lån(?:et|en|a)?(?![\p{L}])|borgen|mandatperiod\p{L}*|ansökningsperiod\p{L}*|budgetår\p{L}*|räkenskapsår\p{L}*|årsredovisning\p{L}*|verksamhetsberättelse\p{L}*|ansvarsfrihet\p{L}*|revisionsberättelse\p{L}*|sammanträdes\p{L}*|justering\p{L}*|(?<![\p{L}])(?:utses|utsågs|väljs|valdes|ledamöter|ersättare)(?![\p{L}]))/iu,
    factor: 0,
  },
  {
    // Right before the dates, the name of what they belong to: a plan or budget period, the protocol's notice
    // on the board, a term of office, birth years or the years of statistics ("Verksamhetsplan 2024–2026", "Anslaget
    // uppsatt 2024-03-01 -- 2024-03-22", "ersättare för perioden 2023–2026", "barn födda 2010–2015", "Statistik från 2022–2023"),
    // the days a decision was posted on the notice board ("Beslutet anslogs mellan den 17 maj och 8 juni 2017"), the
    // period a follow-up, an evaluation, a report or a fact box looked at: "En uppföljning av arbetet under april–oktober 2019 visade …",
    // "en slutrapport från januari 2017",
    // "Fakta perioden 1 mars 2014–28 februari 2015" above counts of places and visitors.
    // A strategy's name may take a few more words, its region's: "utvecklingsstrategin för Västra Götaland för åren 2021- 2030".
    name: 'other-period-before',
    where: 'before',
    pattern:
      /(?:mål\s+och\s+budget|budget|flerårsplan|verksamhetsplan|handlingsplan|strategisk\s+plan|ekonomisk\s+plan|planperiod\p{L}*|strategi\p{L}*(?:\s+\p{L}+){0,2}|anslag(?:et|s)|ansl(?:ogs|ås|agits)|uppsatt|uppsättande|nedtagande|överklagande\p{L}*|ledamot\p{L}*|ersättare|valperiod\p{L}*|väljs|val\s+av|(?<![\p{L}])födda|födelseår|årskull\p{L}*|statistik\p{L}*|(?<![\p{L}])siffror\p{L}*|undersökning\p{L}*|mätning\p{L}*|enkät\p{L}*|uppföljning\p{L}*|utvärdering\p{L}*|(?:slut|läges)?rapport(?:en|er|erna)?|(?<![\p{L}])fakta)\s*(?:\p{L}+\s+){0,3}:?\s*$/iu,
    factor: 0,
  },
  {
    // Years a count changed between are a comparison, not a term: "I Täby fördubblades samtalen mellan 2017 och 2018",
    // "Antalet besökare ökade med 40 procent från 2022 till 2023". A past verb of change a few words before (a present one
    // may announce the term: "Stödet ökar från 2025 till 2027"). So is a change named as a noun with the two years it lies
    // between: "Ökningen i kronor mellan 2002 och 2003 blev drygt 60 000 kronor", "skillnaden mellan 2021 och 2022".
    name: 'change-between-years-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:(?:ökade|minskade|(?:har|hade)\s+(?:ökat|minskat)|fördubblades|fördubblats|tredubblades|halverades|halverats|steg|sjönk|växte)(?:\s+[\p{L}\d%-]+){0,5}?(?:\s+(?:mellan|från)(?:\s+åren)?)?|(?:ökning|minskning|skillnad|förändring)(?:en|ar|arna)?(?:\s+(?!(?:gäller|gälla|löper|avser|pågår|omfattar)(?![\p{L}]))[\p{L}\d%-]+){0,5}?(?:\s+mellan(?:\s+åren)?)?)\s*$/iu,
    factor: 0,
  },
  {
    // How far the agreement may be extended is not when it ends: "dock längst till och med 2025-12-31",
    // "med möjlighet till förlängning till och med 2026-12-31", "Avtalet kan förlängas till och med 2028-12-31" (the extension
    // extractor reads these; a decided "förlängs till och med …" is the new end).
    name: 'extension-bound-before',
    where: 'before',
    pattern: new RegExp(String.raw`(?:längst|${OPTION_TO_EXTEND}(?:\s+\p{L}+){0,2}|${MAY_BE_EXTENDED}(?:\s+\p{L}+){0,2}|option\p{L}*(?:\s+\p{L}+){0,3})\s*$`, 'iu'),
    factor: 0,
  },
  {
    // A deadline for a report, an application or an answer is not when the agreement ends:
    // "ska redovisas till nämnden senast 2025-03-31", "ansökan ska inkomma senast 1 mars 2025".
    name: 'reporting-deadline-before',
    where: 'before',
    pattern:
      /(?<![\p{L}])(?:\p{L}{0,6}redovisas?|\p{L}{0,6}rapporteras?|inkomma|inkommit|lämnas(?:\s+in)?|lämna\s+in|yttra\s+sig|svara|besvaras?|utvärderas?|följas\s+upp|följa\s+upp)(?:\s+\p{L}+){0,4}[\s,]+$/iu,
    factor: 0,
  },
  {
    // A deadline written with its reporting verb after the date, or with the report as a noun before "senast", is no end of the
    // agreement either: "Föreningen ska senast den 31 mars 2025 redovisa hur bidraget använts", "Redovisning ska ske senast
    // 2025-12-31", "Återrapportering ska lämnas senast 2026-01-31". Weighs end-only's dates only (its "senast" reading); not a
    // repayment's last day ("återbetalas …, dock senast 2025-10-30", which ends the agreement).
    name: 'reporting-deadline-sentence',
    where: 'sentence',
    pattern:
      /(?<![\p{L}])senast\s+(?:den\s+)?[^.;]{0,25}?(?:19|20)\d{2}(?:-\d{2}-\d{2})?\s+(?:\p{L}+\s+){0,3}?(?:\p{L}{0,6}redovisa|\p{L}{0,6}rapportera|inkomma|komma\s+in|lämna\s+in|svara)(?![\p{L}])|(?<![\p{L}])(?:\p{L}{0,6}redovisning|\p{L}{0,6}rapportering|\p{L}{0,6}rapport|ansökan|verksamhetsberättelse)(?:en|ar|na)?\s+(?:ska|skall|måste|bör)\s+(?:\p{L}+\s+){0,3}?senast(?![\p{L}])/iu,
    factor: 0,
    only: new Set(['end-only']),
  },
  {
    // Rules, guidelines and orders are in force too, but their validity is not the partnership's: "Riktlinjerna för
    // IOP gäller tills vidare", "Delegationsordningen gäller från 1 januari 2024", "Lagen träder i kraft 1 juli 2024", "ett nytt
    // regelverk för föreningsstöd som trädde i kraft från och med den 1 januari 2024".
    name: 'other-thing-in-force-before',
    where: 'before',
    pattern:
      /(?:riktlinje|policy|taxa|taxor|regler|reglemente|regelverk|ordning|rutin|instruktion|förordnande|anställning|fullmakt|(?<![\p{L}])lag(?:en|ar|arna)?(?![\p{L}])|förordning)\p{L}*(?:\s+[\p{L}:-]+){0,4}\s+(?:gäller|gällde|löper|ska\s+gälla|träder\s+i\s+kraft|trädde\s+i\s+kraft|börjar\s+gälla|började\s+gälla)\s+(?:(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+)?(?:den\s+)?$/iu,
    factor: 0,
  },
  {
    // Support withdrawn from a date ends funding, it starts no term: "allt ekonomiskt stöd till samtliga Folkets Hus-föreningar
    // tas bort från och med 2011", "Bidraget dras in från 1 juli 2025", "Stödet upphör fr.o.m. 2024" (a rule whose match opens
    // with "från och med" leaves only the verb before it).
    name: 'withdrawn-from-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:tas\s+bort|togs\s+bort|dras\s+in|drogs\s+in|upphör|upphörde|slopas|slopades|avvecklas|avvecklades)\s+(?:helt\s+)?(?:(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+(?:den\s+|år\s+)?)?$/iu,
    factor: 0,
  },
  {
    // A grant denied or in doubt names no term: "Om redovisning inte lämnats in utbetalas inget stöd för nästkommande år", "De vet
    // inte om de får bidrag under nästa år".
    name: 'denied-grant-before',
    where: 'before',
    pattern: /(?<![\p{L}])(?:inget|inga|inte|ej|aldrig)\s+(?:\p{L}+\s+){0,3}$/iu,
    factor: 0,
    only: new Set(['page-relative-grant-year']),
  },
  {
    // "tills vidare" without dates is the partnership's only in a sentence about an agreement or a grant: "Beslutet
    // gäller tills vidare" or "ledamoten kvarstår tills vidare" says nothing of the agreement's term.
    name: 'open-end-of-what',
    where: 'sentence',
    pattern: /^(?![\s\S]*(?:avtal|överenskommels|partnerskap|IOP|samverkan|samarbet|bidrag|stöd|upplåtelse|arrende|hyr))/iu,
    factor: 0,
    only: new Set(['until-further-notice']),
  },
  {
    // "tills vidare" while waiting for something is a stopgap, not the agreement's term: "Bidraget betalas ut tills vidare i
    // avvaktan på ett nytt avtal".
    name: 'open-end-pending',
    where: 'sentence',
    pattern: /(?<![\p{L}])i\s+avvaktan\s+på(?![\p{L}])/iu,
    factor: 0,
    only: new Set(['until-further-notice']),
  },
  {
    // A date read against the page's own date ("från den 1 april", "året ut") is the partnership's only in a sentence about
    // the agreement: "Från den 1 juli gäller nya regler" or "Föreningen firar året ut" dates something else.
    name: 'page-date-of-what',
    where: 'sentence',
    pattern: /^(?![\s\S]*(?:avtal|överenskommels|partnerskap|IOP))/iu,
    factor: 0,
    only: new Set(['page-year-end', 'page-next-year-start', 'page-year-end-date', 'page-from-years-ahead']),
  },
  {
    // A sentence that opens with the period and tells what happened in it is a report, not a term: "Under perioden 1 oktober
    // till 31 oktober 2025 har följande skrivelser inkommit", "Under 2016-2017 har förvaltningen med stöd av det tillfälliga
    // flyktingstödet beviljat bidrag till cirka 20 projekt", "Under april-oktober 2019 besökte 205 ungdomar lokalen" (the perfect
    // with its participle, or the past tense, right after the dates). Not the present ("Under 2025–2027 gäller avtalet", "Under
    // 2025 har föreningen rätt till lokalen").
    name: 'reported-period',
    where: 'sentence',
    pattern: new RegExp(
      String.raw`^\s*Under\s+(?:perioden\s+|åren\s+|året\s+)?(?:[\d\s./–—-]|(?:till|och|den)(?![\p{L}])|${MONTH_NAME})+?\s(?:(?:har|hade)\s+(?:[^\s.;!?]+\s+){0,10}?(?!(?:ett|rätt|mycket|detta|nytt|litet|gott)(?![\p{L}]))\p{L}{2,}(?:at|it|tt|ats|its|tts|ts)|\p{L}{2,}(?:ade|de|te))(?![\p{L}])`,
      'iu',
    ),
    factor: 0,
  },
  {
    // Past tense about an earlier agreement: "avsåg perioden", "förlängdes", "tecknades 1993", "ingick i slutet av 2021 en
    // överenskommelse", "Under läsåret 2001 – 2002 har verksamheten bedrivits", "Under perioden mars-december 2023 har kommunen
    // stått för hyran".
    name: 'historic',
    where: 'sentence',
    pattern:
      /(?<![\p{L}])(?:tecknades|tecknade|ingick|ingicks|avsåg|förlängdes|förlängde|gällde|löpte|pågick|dåvarande|tidigare|hade|haft|finansierades|finansierats|startade|beslutade|arbetade|bedrevs|bedrivits|fick|erhöll|var|stått)(?![\p{L}])/iu,
    factor: 0.35,
  },
  {
    // The agreement in force that a new one replaces: "Nuvarande avtal gäller 2022-01-01 -- 2024-12-31".
    name: 'existing-agreement',
    where: 'sentence',
    pattern:
      /(?:nuvarande|befintlig\p{L}*|pågående|gällande|innevarande)\s+(?:avtal|överenskommels|partnerskap|IOP)\p{L}*(?:\s+\p{L}+){0,4}?\s+(?:gäller|löper|avser)/iu,
    factor: 0.35,
  },
  {
    // The end of the agreement in force that a new one takes over from: "Nuvarande avtal mellan Lycksele kommun och
    // Lappmarksryttarna avseende ridskoleverksamhet löper ut den 31 december 2017", "Det befintliga IOP:et upphör 2024-12-31". Not
    // the new agreement's end; index.ts starts the new one the day after (succeeding).
    name: 'current-agreement-ends',
    where: 'sentence',
    pattern:
      /(?:nuvarande|befintlig\p{L}*|pågående|gällande|innevarande)\s+(?:avtal|överenskommels|partnerskap|IOP)[\p{L}:-]*[^.;!?]*?(?<![\p{L}])(?:löper\s+ut|går\s+ut|upphör|avslutas)(?![\p{L}])/iu,
    factor: 0.35,
    only: new Set(['ends-on', 'end-only']),
  },
  {
    // The text says this is the agreement's validity.
    name: 'validity',
    where: 'sentence',
    pattern:
      /(?:gäller|giltighetstid|avtalstid\p{L}*|avtalsperiod\p{L}*|löptid\p{L}*|upplåtelsetid\p{L}*|period för överenskommelse\p{L}*|(?:överenskommelsen|avtalet|partnerskapet)\s+avser|avser\s+perioden|med\s+start|förlänga\p{L}*|(?:nya|ny|nytt|föreslagna|kommande)\s+(?:avtal|överenskommels|partnerskap|IOP)\p{L}*)/iu,
    factor: 1.3,
  },
  {
    // No word of an agreement, grant or project in the sentence: a date range of something unnamed.
    name: 'no-partnership-word',
    where: 'sentence',
    pattern:
      /^(?![\s\S]*(?:partnerskap|IOP|överenskommelse|avtal|bidrag|stöd|subvention|samverkan|verksamhet|projekt|finansier|perioden|period))/iu,
    factor: 0.75,
  },
];



/** Context rules that say a sentence is about an agreement before the one this document is about. */
export const PAST_AGREEMENT_RULES: ReadonlySet<string> = new Set(['historic', 'existing-agreement']);

/** How much a sentence about an earlier agreement (or earlier funding) discounts what it states; 1 when it is not. */
export function pastAgreementFactor(sentence: string): number {
  return CONTEXT_RULES.filter((c) => PAST_AGREEMENT_RULES.has(c.name) && c.pattern.test(sentence)).reduce((f, c) => f * c.factor, 1);
}

/**
 * Each near rule's pattern as sticky (/y for /g), for eachMatchNear, with the start test of its leading lookbehind where it
 * opens with one ("(?<![\\p{L}])(?:säkrad|…"): offsets inside a word before its literal are not tried.
 */
const STICKY = new Map(
  PERIOD_RULES.filter((rule) => rule.near).map((rule) => [
    rule,
    { sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', 'y')), startable: rule.near!.startable ?? leadingNotAfter(rule.pattern) ?? undefined },
  ]),
);

/** Every match of a rule's pattern in the text: near its literal where it has one, else over the whole text. */
export function ruleMatches(rule: PeriodRule, text: string): Iterable<RegExpExecArray> {
  if (!rule.near) return eachMatch(rule.pattern, text);
  const { sticky, startable } = STICKY.get(rule)!;
  return eachMatchNear(sticky, rule.near.literal, rule.near.earliest, text, startable);
}
