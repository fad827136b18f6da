import { describe, expect, it } from 'vitest';
import { maskIdentityNumbers } from './identity-numbers.js';

describe('maskIdentityNumbers', () => {
  it.each([
    ['personnummer with hyphen', 'född 811218-9876 i Malmö', 'född XXXXXX-XXXX i Malmö'],
    ['personnummer without separator', 'pnr 8112189876.', 'pnr XXXXXXXXXX.'],
    ['twelve digits with hyphen', 'personnr 19121212-1212,', 'personnr XXXXXXXX-XXXX,'],
    ['twelve digits without separator', '191212121212', 'XXXXXXXXXXXX'],
    ['a centenarian with +', '121212+1212', 'XXXXXX+XXXX'],
    ['samordningsnummer (day + 60)', 'samordningsnr 640883-3231', 'samordningsnr XXXXXX-XXXX'],
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
  ])('leaves %s alone', (_, text) => {
    expect(maskIdentityNumbers(text)).toEqual({ text, masked: 0 });
  });

  it('counts every masked number', () => {
    expect(maskIdentityNumbers('811218-9876 och 640883-3231').masked).toBe(2);
  });
});
