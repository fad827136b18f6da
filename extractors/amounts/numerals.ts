/**
 * Reading Swedish numbers as written in municipal text: digit groups separated by spaces, a line break or
 * a full stop ("1 300 000", "1 \n260 000", "10.000"), a decimal comma ("1,3"), and number words
 * ("tre", "ett"). The words and multipliers are data in extractors/lexicon/numerals.json; period and
 * extension read durations ("tre år") with the same words.
 */
import numerals from '../lexicon/numerals.json' with { type: 'json' };

export const NUMBER_WORDS: Readonly<Record<string, number>> = numerals.numbers;

export interface Multiplier {
  factor: number;
  /** True when the word itself means kronor ("tkr"); false when a currency word may follow ("miljoner"). */
  currency: boolean;
}
export const MULTIPLIERS: Readonly<Record<string, Multiplier>> = numerals.multipliers;
export const CURRENCY_WORDS: readonly string[] = numerals.currency;

/** Alternation of the number words, longest first so "tolv" is not read as "tol…". */
export const NUMBER_WORD_PATTERN = alternation(Object.keys(NUMBER_WORDS));

/**
 * A number in digits: thousands groups joined by a space, a no-break space, a line break (PDF text wraps
 * inside numbers) or a full stop followed by exactly three digits; then an optional decimal comma part, or a
 * decimal point and one or two digits as English-style pages write it ("1.3 miljoner").
 * "492.09402" (an account number) is not a grouped number, so it never reads as 492 094 02.
 */
export const DIGITS_PATTERN = String.raw`(?<![\d.,])(?:\d{1,3}(?:(?:[ \u00a0\u202f]|[ \t]*\n[ \t]*|\.(?=\d{3}(?!\d)))\d{3})+|\d+)(?:,\d+|\.\d{1,2}(?!\d))?(?![\d]|\.\d)`;

/** The words that make a written number money: the currency words and the multipliers, ":-" aside (it follows no space). */
const SUM_UNIT = alternation([...CURRENCY_WORDS.filter((w) => w !== ':-'), ...Object.keys(MULTIPLIERS)]);

/** Digits grouped in thousands by a space or a no-break space, as a grant list writes a bare sum ("15 000", "1 378 000"). */
export const GROUPED_SUM_DIGITS = String.raw`\d{1,3}(?:[ \u00a0]\d{3})+`;

/**
 * A sum of money as running text and lists write it: digits (grouped in thousands, a decimal comma) and a currency word or
 * multiplier on the same line ("277 634 kronor", "50 tkr", "1,5 miljoner", "- Föreningen för långtidssjukskrivna 5 kkr").
 * The one pattern other extractors see money by without reading it (kind, the payer's sentence, where a party's name ends, a
 * row of a grant list); MONEY (rules.ts) reads the value.
 */
export const SUM_IN_TEXT = String.raw`\d[\d \t\u00a0,]*(?:${SUM_UNIT})(?![\p{L}\d])`;

/** A number word and a half, as money is written in words: "en och en halv miljon", "två och en halv miljoner kronor". */
export const AND_A_HALF_PATTERN = String.raw`(?:${NUMBER_WORD_PATTERN})\s+och\s+en\s+halv`;
const AND_A_HALF = /^(\p{L}+)\s+och\s+en\s+halv$/iu;

/** The value of a digit string or number word; NaN when it is neither. */
export function readNumber(written: string): number {
  const word = NUMBER_WORDS[written.toLocaleLowerCase('sv')];
  if (word !== undefined) return word;
  // "en och en halv", "två och en halv" (miljon): a whole number word and a half.
  const andHalf = AND_A_HALF.exec(written);
  if (andHalf) return (NUMBER_WORDS[andHalf[1]!.toLocaleLowerCase('sv')] ?? NaN) + 0.5;
  // "1.3": a decimal point (a full stop before three digits groups thousands: "10.000").
  if (/^\d+\.\d{1,2}$/.test(written)) return Number(written);
  const [whole = '', fraction = ''] = written.replace(/[\s.\u00a0\u202f]/g, '').split(',');
  if (!/^\d+$/.test(whole) || (fraction !== '' && !/^\d+$/.test(fraction))) return NaN;
  return Number(fraction ? `${whole}.${fraction}` : whole);
}

/** A regex alternation of literal words, longest first, with regex syntax characters escaped (valid with the u flag). */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}
