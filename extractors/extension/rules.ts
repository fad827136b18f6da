/**
 * How Swedish municipal text writes the option to extend an agreement, as named data. The value is the
 * length as written: "1 år", "1+1 år", "två år", "ett år i taget", or its limit ("längst till och med
 * 2025-12-31"). rules.test.ts holds each rule's examples.
 */
import { NUMBER_WORD_PATTERN } from '../amounts/numerals.js';
import { DATE } from '../period/dates.js';
import { nearPattern, nonSpaceWithin, type NearPattern, type StartBound } from '../engine/sticky.js';
import { isWhitespace } from '../engine/phrase-trie.js';

/** A number in digits or words, a word perhaps followed by its digits in parentheses ("två (2)"). */
const NUMBER = String.raw`(?:\d{1,2}|(?:${NUMBER_WORD_PATTERN})(?:\s*\(\d{1,2}\))?)`;
/** "i taget", "åt gången", "i sänder": one period at a time. */
const AT_A_TIME = String.raw`(?:i\s+taget|åt\s+gången|i\s+sänder)`;
/** "1+1", "ett plus ett": lengths one after the other. */
const PLUS = String.raw`(?:\+|plus(?![\p{L}]))`;
/** "2 x 12 månader", "2 gånger 12 månader": a number of extensions of one length each. */
const TIMES_OF = String.raw`(?:${NUMBER}\s*(?:x|×|gånger)\s*(?=\d|${NUMBER_WORD_PATTERN}))`;
/** "en period om två år", "en ny avtalsperiod på ett år", "ytterligare en period om två år": one more term of a length. */
const ONE_MORE_PERIOD = String.raw`(?:(?:en|ett)\s+(?:ny\s+|till\s+)?\p{L}{0,8}(?:period|tid)\s+(?:om|på)\s+)`;
/** A count not given in figures, as an option's length may be written: "med möjlighet till förlängning i ett antal år", "några år". */
const VAGUE_COUNT = String.raw`(?:ett\s+antal|några|flera)`;
/** "1 år", "1+1 år", "ett plus ett år", "2 x 12 månader", "ett år i taget", "ett år åt gången", "ytterligare två år", "max två år", "6 månader", "en period om två år", "ett antal år". */
const LENGTH = String.raw`(?:(?:ytterligare|maximalt|max\.?|högst|upp\s+till)\s+)*${ONE_MORE_PERIOD}?(?<length>${TIMES_OF}?${NUMBER}(?:\s*${PLUS}\s*${NUMBER})*\s+(?:år|månader)(?:\s+${AT_A_TIME})?|${VAGUE_COUNT}\s+år)(?![\p{L}])`;
/** The same in the genitive before "förlängning" or "option": "två års förlängning", "1+1 års förlängning", "2 års option". */
const LENGTH_GENITIVE = String.raw`(?<![\p{L}\p{N}])(?<genitive>${NUMBER}(?:\s*\+\s*${NUMBER})*\s+(?:års|månaders))\s+(?:\p{L}+\s+)?(?:förlängning|förlängningsoption|option)`;

/** How many times an extension may be made, before "med" and its length: "kan förlängas två gånger med ett år i taget" ("2 gånger 12 månader" is one length, TIMES_OF). */
const TIMES = String.raw`(?:${NUMBER}|en)\s+gånger?(?=\s+(?:med|i|om)\s)`;

/** Adverbs between the verb and the length: "förlängs därefter automatiskt med ett år i taget", "förlängs därefter tills vidare med ett år i taget". */
const ADVERB = String.raw`(?:därefter|därpå|sedan|automatiskt|med\s+automatik|tills\s+vidare|vidare)`;

/**
 * The option to extend named as a noun and its verb or noun: "möjlighet till förlängning", "möjlighet att förlänga". The extension
 * bound up to a date (extended-until) and the period's context that such a bound is no end of the agreement (period/rules.ts
 * extension-bound-before) both start from it.
 */
export const OPTION_TO_EXTEND = String.raw`möjlighet\s+(?:till|att)\s+förläng\p{L}*`;
/** An extension that may be made, not one decided: "kan förlängas", "får därefter förlängas", "ska kunna förlängas", "kan förnyas". */
export const MAY_BE_EXTENDED = String.raw`(?:kan|får|ska\s+kunna|kunna)\s+(?:\p{L}+\s+){0,2}?(?:förlängas|förnyas)`;
/** An extension decided, or made by itself: "förlängs", the older "förlänges", "förnyas". */
const EXTENDED_VERB = String.raw`(?:förläng(?:s|es)|förnyas)`;
const EXTENDED_OBJECT = String.raw`(?:\s+(?:det|den|avtalet|överenskommelsen|partnerskapet))?`;
const IS_EXTENDED = EXTENDED_VERB + EXTENDED_OBJECT;
/**
 * An agreement renewed unless someone gives notice, the notice named before or after the verb in its sentence: "Om ingen av
 * parterna säger upp avtalet … förlängs det med ett år", "Avtalet förlängs med ett år om det inte sägs upp". The renewal is
 * the option to extend.
 */
// The notice before the verb is looked for behind the verb once it has matched: a look-behind first in the alternative
// was tried, 150 characters back, at every offset of every text (half of all extraction time).
const UNLESS_TERMINATED = String.raw`(?:${EXTENDED_VERB}(?<=(?:säg\p{L}*\s+upp|uppsäg\p{L}*)[^.;!?]{0,150}?${EXTENDED_VERB})${EXTENDED_OBJECT}|${IS_EXTENDED}(?=[^.;!?]{0,100}?(?:sägs|säger|sagts)\s+upp))`;
/** "till och med 2025-12-31", "t.o.m. 31 december 2025". */
const UNTIL_DATE = String.raw`(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|fram\s+till|till)\s+(?:den\s+)?${DATE}`;

export interface ExtensionRule {
  name: string;
  pattern: RegExp;
  /** The pattern tried only near a literal every match holds (engine/sticky.ts eachMatchNear), where trying it at every offset costs. */
  near?: NearPattern;
  strength: number;
}

const isNumberChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const backOverSpace = (text: string, at: number) => {
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at--;
  return at;
};

/**
 * The earliest start of a LENGTH_GENITIVE match whose "års" or "månaders" starts at `at`: back over the white space before it,
 * then over each number ("två", "12", "två (2)": the run of letters and digits, the digits in parentheses after it) and over
 * the "+" between two. A match's first number follows no letter or digit, so it starts no earlier than its run.
 */
export function genitiveStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    start = backOverSpace(text, start);
    if (text[start - 1] === ')') {
      while (start > 0 && /[\d()]/u.test(text[start - 1]!)) start--;
      start = backOverSpace(text, start);
    }
    while (start > 0 && isNumberChar(text[start - 1])) start--;
    const sign = backOverSpace(text, start);
    if (text[sign - 1] !== '+') return start;
    start = sign - 1;
  }
}

/** A rule's pattern and the same tried only near `literal`, a literal every match holds (ExtensionRule.near). */
const tried = (pattern: RegExp, literal: RegExp, earliest: StartBound) => ({ pattern, near: nearPattern(pattern, literal, earliest) });
/** A match starts with one of its words: tried only where one stands, not its lookbehind at every offset. */
const atWord = nonSpaceWithin(0);

export const EXTENSION_RULES: readonly ExtensionRule[] = [
  {
    // "med möjlighet till förlängning 1+1 år", "möjlighet till förlängning med ett år i taget", "option på förlängning 2 år",
    // "förlängningsoption på 2 år", "möjlighet att förlänga avtalet med ett år", "Därefter är det möjligt att förlänga avtalet två år i taget", "option att förlänga med 1+1 år",
    // "förlängningsmöjlighet om 12 månader", "Avtalet är förlängningsbart med 2 år", "Option finns att förlänga avtalet i 12 månader",
    // an option on a length alone as agreements write it: "Avtalet har en option på ytterligare två år", "gäller i två år med möjlighet
    // till ytterligare två år"
    name: 'option-to-extend',
    pattern: new RegExp(
      String.raw`(?:(?:möjlighet|option|rätt)(?:\s+finns)?\s+(?:till|på|om)\s+(?:en\s+|ytterligare\s+)?förlängning|förlängningsoption|förlängningsmöjlighet|förlängningsklausul|förlängningsbar[at]?|(?:möjlighet|option|rätt|(?<!inte\s+)möjligt)(?:\s+finns)?\s+att\s+förlänga(?:\s+\p{L}+){0,3}|(?<![\p{L}])option(?:en)?(?=\s+(?:på|om)\s)|möjlighet\s+till(?=\s+ytterligare\s))\s+(?:med\s+|i\s+|på\s+|om\s+)?${LENGTH}`,
      'giu',
    ),
    strength: 0.85,
  },
  {
    // "med möjlighet till två års förlängning", "med option på 1+1 års förlängning"
    name: 'extension-genitive',
    // At every word its number alternation costs: tried only back from its "års" or "månaders" (genitiveStart).
    ...tried(new RegExp(LENGTH_GENITIVE, 'giu'), /års|månaders/giu, genitiveStart),
    strength: 0.8,
  },
  {
    // An extension up to a date: "dock längst till och med 2025-12-31", "med möjlighet till förlängning till och med 2026-12-31",
    // "Avtalet kan förlängas till och med 31 december 2028" (may be: a decided "förlängs till …" is the period's new end)
    name: 'extended-until',
    pattern: new RegExp(
      String.raw`(?:${OPTION_TO_EXTEND}|${MAY_BE_EXTENDED})(?:\s+\p{L}+){0,2}?\s+(?<until>(?:längst\s+)?${UNTIL_DATE})|(?<![\p{L}])(?<length>längst\s+${UNTIL_DATE})`,
      'giu',
    ),
    strength: 0.75,
  },
  {
    // "Enligt överenskommelsen kan avtalet förlängas med 1 år", "förlängning med ytterligare ett år", "kan förlängas ett år i
    // taget", "förlängs därefter automatiskt med ett år i taget", "kan förlängas två gånger med ett år i taget", "Parterna kan komma överens om att förlänga avtalet med två år", "Parterna kan därefter förlänga överenskommelsen med 1+1 år", "Förlängning kan ske med högst 24 månader", "Förlängning av
    // avtalet om två år kan ske", "Förlängning kan göras med ett år i taget", "Avtalet kan därefter förnyas med fyra år", a renewal unless
    // notice is given ("Om ingen av parterna säger upp avtalet förlängs det med ett år"). A plain "förlängs med ett år" is an
    // extension decided, not an option: the period has it.
    name: 'extended-by',
    pattern: new RegExp(
      String.raw`(?:${MAY_BE_EXTENDED}|(?:kan|kunna)\s+(?:(?:\p{L}+\s+){0,4}?att\s+|(?:${ADVERB}\s+)?)förlänga(?:\s+(?:avtalet|överenskommelsen|partnerskapet|IOP:?\p{L}*))?|${UNLESS_TERMINATED}|${IS_EXTENDED}(?=\s+(?:${ADVERB}\s+)*(?:automatiskt|med\s+automatik|(?:med\s+)?${NUMBER}\s+(?:år|månader)\s+${AT_A_TIME}))|förlängning(?:en)?(?:\s+av\s+(?:avtal|överenskommels|partnerskap|IOP)\p{L}*)?(?:\s+(?:kan|får)\s+(?:ske|göras))?)\s+(?:${ADVERB}\s+)*(?:${TIMES}\s+)?(?:(?:med|i|om)\s+)?${LENGTH}`,
      'giu',
    ),
    strength: 0.75,
  },
  {
    // An agreement that runs on one period at a time once its term ends, without the word "förlänga": "fortsätter därefter att
    // gälla ett år i sänder", "löper därefter vidare ett år i taget", "gäller därefter med ett år åt gången". "i taget" is what
    // makes it an extension: "fortsätter att gälla i två år" is a term.
    name: 'continues-at-a-time',
    ...tried(
      new RegExp(
        String.raw`(?<![\p{L}])(?:fortsätter|löper|gäller)\s+(?:${ADVERB}\s+)*(?:att\s+(?:gälla|löpa)\s+)?(?:vidare\s+)?(?:med\s+)?(?<length>${NUMBER}\s+(?:år|månader)\s+${AT_A_TIME})(?![\p{L}])`,
        'giu',
      ),
      /fortsätter|löper|gäller/giu,
      atWord,
    ),
    strength: 0.75,
  },
  {
    // A term written "at a time" and renewed in the same sentence: "Detta avtal är skrivet på 5 år i taget och förlängs automatiskt
    // om det inte sägs upp", "Avtalet tecknas för två år i taget och förlängs därefter". The renewal makes "i taget" the length of
    // each extension; without it the words are a term ("det löper på två år i taget, då det underlättar vår planering").
    name: 'term-at-a-time-renewed',
    ...tried(
      new RegExp(
        String.raw`(?<![\p{L}])(?:skriv\p{L}*|teckn\p{L}*|upprätta\p{L}*|ingås|ingått|gäller|löper)\s+(?:på|för|om|under)\s+(?<length>${NUMBER}\s+(?:år|månader)\s+${AT_A_TIME})(?=[^.;!?]{0,60}?${EXTENDED_VERB})`,
        'giu',
      ),
      /skriv|teckn|upprätta|ingå|gäller|löper/giu,
      atWord,
    ),
    strength: 0.75,
  },
  {
    // An agreement renewed year by year once its term ends: "Avtalet förlängs därefter årsvis om ingen av parterna säger upp
    // det", "Överenskommelsen förlängs automatiskt år för år". Not the yearly indexation of a sum ("Uppräkning görs årsvis").
    name: 'extends-yearly',
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:förlängs|förlängas)(?:\s+(?:det|den|avtalet|överenskommelsen|partnerskapet))?\s+(?:${ADVERB}\s+)*(?<length>årsvis|år\s+för\s+år)(?![\p{L}])`,
      'giu',
    ),
    strength: 0.75,
  },
  {
    // A labelled term, as in an agreement's overview: "Förlängning: 1 + 1 år", "Option: 2 år".
    name: 'extension-label',
    ...tried(new RegExp(String.raw`(?<![\p{L}])(?:förlängning|förlängningsoption|förlängningsmöjlighet|option)\s*:\s*${LENGTH}`, 'giu'), /förlängning|option/giu, atWord),
    strength: 0.8,
  },
];

/** An extension belongs to the partnership when its sentence names an agreement; otherwise it may be a plan's or a permit's. */
export const AGREEMENT_WORD = /(?:avtal|överenskommels|partnerskap|IOP|upplåtelse|arrende|kontrakt|samverkan|option)/iu;
export const NO_AGREEMENT_FACTOR = 0.4;
