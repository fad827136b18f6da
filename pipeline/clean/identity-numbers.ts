/**
 * Personnummer and samordningsnummer are masked before anything downstream sees the text. Accepted forms:
 * YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN. A candidate is an
 * identity number when its date part is a calendar date (a samordningsnummer adds 60 to the day) and the
 * last ten digits pass the Luhn check. Organisationsnummer (third and fourth digits ≥ 20, e.g. 802002-4280)
 * are not dates, so they are never masked. Digits become MASK_CHAR one for one: offsets stay valid.
 */

export const MASK_CHAR = 'X';

/** Six or eight digits, an optional - or + separator, four digits; not inside a longer number or code. */
const CANDIDATE = /(?<![\d\-+/.,:])(\d{6}|\d{8})([-+]?)(\d{4})(?![\d\-/]|[.,:]\d)/g;

export interface MaskResult {
  text: string;
  masked: number;
}

export function maskIdentityNumbers(text: string): MaskResult {
  let masked = 0;
  const result = text.replace(CANDIDATE, (match: string, datePart: string, _separator: string, serial: string) => {
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
