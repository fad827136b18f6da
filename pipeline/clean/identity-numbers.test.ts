import { describe, expect, it } from 'vitest';
import { maskIdentityNumbers, maskIdentityNumbersInPath } from './identity-numbers.js';

describe('maskIdentityNumbers', () => {
  it.each([
    ['personnummer with hyphen', 'född 811218-9876 i Malmö', 'född XXXXXX-XXXX i Malmö'],
    ['personnummer without separator', 'pnr 8112189876.', 'pnr XXXXXXXXXX.'],
    ['twelve digits with hyphen', 'personnr 19121212-1212,', 'personnr XXXXXXXX-XXXX,'],
    ['twelve digits without separator', '191212121212', 'XXXXXXXXXXXX'],
    ['a centenarian with +', '121212+1212', 'XXXXXX+XXXX'],
    ['samordningsnummer (day + 60)', 'samordningsnr 640883-3231', 'samordningsnr XXXXXX-XXXX'],
    ['number straight after a colon', 'Pnr:121212-1212', 'Pnr:XXXXXX-XXXX'],
    ['twelve digits straight after a colon', 'Personnummer:19121212-1212', 'Personnummer:XXXXXXXX-XXXX'],
    ['number straight after a slash', 'pnr/121212-1212', 'pnr/XXXXXX-XXXX'],
    ['number after an abbreviation point', 'pnr.121212-1212', 'pnr.XXXXXX-XXXX'],
    ['number with an en dash', '121212–1212', 'XXXXXX–XXXX'],
    ['number with an em dash', '121212—1212', 'XXXXXX—XXXX'],
    ['number with spaces around the hyphen', 'pnr 121212 - 1212 ringde', 'pnr XXXXXX - XXXX ringde'],
    ['number with spaces around an en dash', 'nr 19121212 – 1212', 'nr XXXXXXXX – XXXX'],
    ['number with a space for the hyphen', 'Anna 121212 1212 ringde', 'Anna XXXXXX XXXX ringde'],
    ['twelve digits with a space for the hyphen', 'Anna 19121212 1212 ringde', 'Anna XXXXXXXX XXXX ringde'],
    ['number in parentheses', '(121212-1212)', '(XXXXXX-XXXX)'],
    ['number ending a sentence', 'Anna 121212-1212.', 'Anna XXXXXX-XXXX.'],
  ])('masks a %s, keeping the length', (_, text, expected) => {
    const result = maskIdentityNumbers(text);
    expect(result.text).toBe(expected);
    expect(result.text.length).toBe(text.length);
    expect(result.masked).toBe(1);
  });

  it.each([
    ['an organisationsnummer', 'Röda Korset, org.nr 802002-4280'],
    ['a number failing the Luhn check', '811218-9875'],
    ['a case number', 'ASN-2021-6250 och RS 2024/947'],
    ['a date range', '2021-01-31-2024-12-31'],
    ['an amount', '1070000 kronor och 400 000 kronor'],
    ['a twelve-digit number with a non-birth century', '161212121212'],
    ['a day that is no date', '811240-9876'],
    ['an organisationsnummer with an en dash', 'org.nr 802002–4280'],
    ['an organisationsnummer with a space', 'organisationsnummer 556677 8899'],
    ['a twelve-digit organisationsnummer', 'orgnr 16802002-4280'],
    ['an amount in groups of three', '1 300 000 kronor och 121 212 1212'],
    ['a case number ending in digits', 'Dnr 2019/121212-1212 och KS 2024:121212-1212'],
  ])('leaves %s alone', (_, text) => {
    expect(maskIdentityNumbers(text)).toEqual({ text, masked: 0 });
  });

  it('counts every masked number', () => {
    expect(maskIdentityNumbers('811218-9876 och 640883-3231').masked).toBe(2);
  });
});

describe('maskIdentityNumbersInPath', () => {
  it.each([
    ['/data/ansökan_121212-1212.pdf', '/data/ansökan_XXXXXX-XXXX.pdf'],
    ['/data/19121212_1212 beslut.pdf', '/data/XXXXXXXX_XXXX beslut.pdf'],
    ['intyg-1212121212.txt', 'intyg-XXXXXXXXXX.txt'],
    ['/hem/121212-1212/protokoll.pdf', '/hem/XXXXXX-XXXX/protokoll.pdf'],
  ])('masks the personnummer in %s', (path, expected) => {
    expect(maskIdentityNumbersInPath(path)).toBe(expected);
  });
  it.each(['/data/Röda Korset 802002-4280 avtal.pdf', '/data/protokoll-2024-05-14.pdf', '/data/KS 2024-123.pdf'])('leaves %s alone', (path) => {
    expect(maskIdentityNumbersInPath(path)).toBe(path);
  });
});
