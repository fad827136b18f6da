/**
 * Organisationsnummer: ten digits NNNNNN-NNNN whose last digit is a Luhn check digit over the first
 * nine. Captured only where the text introduces it as one ("org.nr", "organisationsnummer"), so a
 * personnummer or a phone number is never taken for one.
 */

/** "Org.nr 802002-8711", "organisationsnummer: 212000-1124", "org nr 8020028711". */
const ORGNR = /\b(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)|organisationsnummer)\.?\s*:?\s*(\d{6})\s*[-–]?\s*(\d{4})\b/giu;

export interface OrgnrMention {
  value: string;
  valid: boolean;
  /** Offset of the mention in the text, to attach it to the nearest organisation named before it. */
  offset: number;
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function findOrgnr(text: string): OrgnrMention[] {
  return [...text.matchAll(ORGNR)].map((m) => {
    const digits = `${m[1]}${m[2]}`;
    return { value: `${m[1]}-${m[2]}`, valid: luhnValid(digits), offset: m.index ?? 0 };
  });
}
