/**
 * Organisation names as keys: two written forms of one organisation ("Röda Korsets", "Röda Korset",
 * "Svenska Röda Korset") get the same key; a unit or branch ("Röda Korset Gotland") gets a key that
 * extends its parent's. Keys are only compared, never shown.
 */

/** Words that qualify a national body without changing which body it is ("Svenska Röda Korset" = "Röda Korset"). */
const NATIONAL_QUALIFIERS = new Set(['svenska']);

/** A trailing parenthesised abbreviation: "Röda Korset Gotland (RKG)". */
export const TRAILING_ABBREVIATION = /\s*\(\s*([A-ZÅÄÖ][A-ZÅÄÖa-zåäö0-9]{1,7})\s*\)\s*$/;

/** True for a short all-capitals word that is an abbreviation rather than a name (RKG, RKC, SRF). */
export function isAbbreviation(name: string): boolean {
  return /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,7}$/.test(name.trim());
}

export function nameTokens(name: string): string[] {
  const tokens = name
    .normalize('NFC')
    .replace(TRAILING_ABBREVIATION, '')
    .replace(/&/g, ' och ')
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stripGenitive);
  while (tokens.length > 1 && NATIONAL_QUALIFIERS.has(tokens[0]!)) tokens.shift();
  return tokens;
}

/**
 * Swedish genitive adds -s (or :s after an abbreviation). Stripping a final s from every word is not
 * grammar, but applied to both sides of every comparison it equates "Röda Korsets" with "Röda Korset"
 * and only ever confuses names that differ by nothing but that s.
 */
function stripGenitive(token: string): string {
  return token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;
}

export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** True when `parent`'s key is a proper prefix (in whole words) of `child`'s: a unit or local branch. */
export function isUnitOf(childKey: string, parentKey: string): boolean {
  return childKey.length > parentKey.length && childKey.startsWith(`${parentKey} `);
}

/**
 * Spelling variants: keys of some length that differ by one letter inside a long word ("Röda Koret" /
 * "Röda Korset"). Digits and short words never count as a typo: "Fryshuset 1" and "Fryshuset 2",
 * "Föreningen A" and "Föreningen B", are different organisations.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 10 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.slice(i, a.length - j);
  const restB = b.slice(i, b.length - j);
  if (restA.length > 1 || restB.length > 1 || /\d/.test(restA + restB)) return false;
  // A slip inside a long word, not a different short word ("Föreningen A" / "Föreningen B").
  return wordAt(a, i).length >= MIN_TYPO_WORD && wordAt(b, i).length >= MIN_TYPO_WORD;
}

const MIN_TYPO_WORD = 5;

function wordAt(key: string, index: number): string {
  const start = key.lastIndexOf(' ', index - 1) + 1;
  const end = key.indexOf(' ', index);
  return key.slice(start, end === -1 ? key.length : end);
}
