/**
 * How `iop eval` decides that an extracted value says the same as the gold value. Deliberately strict:
 * only differences that carry no meaning are ignored (case, whitespace, dash variants, surrounding
 * punctuation and quotes). Diacritics are kept: "Malmö" and "Malmo" are different names. The README's
 * "Evaluation" section states the same rules for users of the figures.
 */
import stopwords from './stopwords.json' with { type: 'json' };

/** Swedish function words that carry no meaning of their own in a target-group phrase. */
const STOPWORDS: ReadonlySet<string> = new Set(stopwords);

/** Number words an extension may be written with ("två år" = "2 år"). */
const NUMBER_WORDS: Readonly<Record<string, string>> = { en: '1', ett: '1', två: '2', tre: '3', fyra: '4', fem: '5', sex: '6' };

/** A Target-group phrase matches a gold phrase when their content-token Dice overlap reaches this. */
export const PHRASE_MATCH_THRESHOLD = 0.6;

/** Names, bodies, payers: Unicode NFC, lower case, one space, one kind of dash, no surrounding punctuation. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201c\u201d"«»]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:()]+|[\s.,;:()]+$/g, '');
}

/** Case numbers: as names, and without whitespace next to the separators ("KS 2016-254 / 322" = "KS 2016-254/322"). */
export function normalizeCaseNumber(text: string): string {
  return normalizeName(text).replace(/\s*([-/:.])\s*/g, '$1');
}

/** "§ 114", "§114" and "114" are the same paragraph. */
export function normalizeParagraph(text: string): string {
  return normalizeName(text).replace(/[§\s]/g, '');
}

/** An extension "as written", with number words read as digits ("två år" = "2 år"). */
export function normalizeExtension(text: string): string {
  return normalizeName(text)
    .split(' ')
    .map((word) => NUMBER_WORDS[word] ?? word)
    .join(' ');
}

/** The content words of a phrase: lower-cased word tokens without Swedish function words. */
export function contentTokens(text: string): Set<string> {
  const words = normalizeName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => !STOPWORDS.has(word)));
}

/** Dice overlap of two phrases' content words, in [0, 1]. */
export function phraseOverlap(a: string, b: string): number {
  const left = contentTokens(a);
  const right = contentTokens(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return (2 * shared) / (left.size + right.size);
}
