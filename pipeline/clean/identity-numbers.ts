/**
 * Personnummer and samordningsnummer are masked before anything downstream sees the text, in every way
 * people write them: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN, YYYYMMDD-NNNN,
 * YYYYMMDDNNNN, with an en or em dash for the hyphen, with spaces around it or a space instead of it
 * ("121212 - 1212", "19121212 1212"), and straight after a label ("Pnr:121212-1212", "pnr/121212-1212").
 * A candidate is an identity number when its date part is a calendar date (a samordningsnummer adds 60 to
 * the day) and the last ten digits pass the Luhn check. Organisationsnummer (third and fourth digits ≥ 20,
 * e.g. 802002-4280) are not dates, so they are never masked. Digits become MASK_CHAR one for one: offsets
 * stay valid.
 *
 * File names carry personnummer too ("ansökan_121212-1212.pdf"): maskIdentityNumbersInPath masks them
 * wherever a path is stored or shown.
 */

export const MASK_CHAR = 'X';

/**
 * Six or eight digits, a separator (hyphen, plus, dash, with or without spaces, or a single space) or none,
 * four digits; not inside a longer number, not the tail of a code ("ASN-2021-…") or of a decimal or ratio
 * ("3,121212…", "2019/121212…"), and not followed by more of a code, a date or a decimal.
 */
const CANDIDATE = /(?<![\d\-+])(?<!\d[/.:,])(\d{6}|\d{8})([ \t]*[-+\u2013\u2014\u2212][ \t]*|[ \t])?(\d{4})(?![\d\-/]|[.,:]\d)/g;
/** In a file or folder name the parts may be joined by an underscore or a dot as well, and stand next to letters. */
const PATH_CANDIDATE = /(?<!\d)(\d{6}|\d{8})([-+_.\u2013\u2014 ]?)(\d{4})(?!\d)/g;

export interface MaskResult {
  text: string;
  masked: number;
}

export function maskIdentityNumbers(text: string): MaskResult {
  return maskMatches(text, CANDIDATE);
}

/** The path with every personnummer-like part of its folder and file names masked: the form a path is stored and shown in. */
export function maskIdentityNumbersInPath(path: string): string {
  return maskMatches(path, PATH_CANDIDATE).text;
}

function maskMatches(text: string, pattern: RegExp): MaskResult {
  let masked = 0;
  const result = text.replace(pattern, (match: string, datePart: string, _separator: string | undefined, serial: string) => {
    if (!isIdentityNumber(datePart, serial)) return match;
    masked++;
    return match.replace(/\d/g, MASK_CHAR);
  });
  return { text: result, masked };
}

export function isIdentityNumber(datePart: string, serial: string): boolean {
  if (datePart.length === 8 && !['18', '19', '20'].includes(datePart.slice(0, 2))) return false;
  const yymmdd = datePart.slice(-6);
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return luhnValid(yymmdd + serial);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}
