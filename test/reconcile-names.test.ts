import { describe, expect, it } from 'vitest';
import { isSpellingVariant, isUnitOf, nameKey } from '../pipeline/reconcile/names.js';
import { findOrgnr, luhnValid } from '../pipeline/reconcile/orgnr.js';

describe('organisation name keys', () => {
  it('equates genitive, national qualifier, case and line breaks', () => {
    expect(nameKey('Röda Korsets')).toBe(nameKey('Röda Korset'));
    expect(nameKey('Svenska Röda Korset')).toBe(nameKey('Röda Korset'));
    expect(nameKey('Röda korset\nGotland')).toBe(nameKey('Röda Korset Gotland'));
    expect(nameKey('Röda Korset Gotland (RKG)')).toBe(nameKey('Röda Korset Gotland'));
    expect(nameKey('Stiftelsen Bräcke diakoni')).not.toBe(nameKey('Bräcke diakoni'));
  });

  it('sees a branch or unit as a unit of its parent, not the other way round', () => {
    expect(isUnitOf(nameKey('Röda Korset Gotland'), nameKey('Svenska Röda Korset'))).toBe(true);
    expect(isUnitOf(nameKey('Svenska Röda Korsets Behandlingscenter'), nameKey('Röda Korset'))).toBe(true);
    expect(isUnitOf(nameKey('Röda Korset'), nameKey('Röda Korset Gotland'))).toBe(false);
    expect(isUnitOf(nameKey('Rödakorskretsen'), nameKey('Röda Korset'))).toBe(false);
  });

  it('takes a one-letter slip in a long name for a spelling variant, but not a different number or a short name', () => {
    expect(isSpellingVariant(nameKey('Röda Koret Gotland'), nameKey('Röda Korset Gotland'))).toBe(true);
    expect(isSpellingVariant(nameKey('Fryshuset 1'), nameKey('Fryshuset 2'))).toBe(false);
    expect(isSpellingVariant(nameKey('Föreningen A'), nameKey('Föreningen B'))).toBe(false);
    expect(isSpellingVariant(nameKey('Kvinnojouren Ida'), nameKey('Kvinnojouren Ada'))).toBe(false);
    expect(isSpellingVariant(nameKey('Stadsmissionen'), nameKey('Stadsmisionen'))).toBe(true);
    expect(isSpellingVariant(nameKey('BRIS'), nameKey('BRIT'))).toBe(false);
    expect(isSpellingVariant(nameKey('Funktionsrätt Värmland'), nameKey('Funktionsrätt Östergötland'))).toBe(false);
  });
});

describe('organisationsnummer', () => {
  it('checks the Luhn digit', () => {
    expect(luhnValid('2120001124')).toBe(true);
    expect(luhnValid('2120001125')).toBe(false);
    expect(luhnValid('212000112')).toBe(false);
  });

  it('captures numbers a text introduces as organisationsnummer, and no other ten digits', () => {
    const text = 'Föreningen X, org.nr 802002-8711, och Malmö stad (organisationsnummer: 212000-1125). Telefon 040-123 45 67, 8020028711.';
    expect(findOrgnr(text).map(({ value, valid }) => ({ value, valid }))).toEqual([
      { value: '802002-8711', valid: true },
      { value: '212000-1125', valid: false },
    ]);
  });
});
