/**
 * mayContain and mayContainWord only spare a pattern's run: they may say "may" where nothing matches, never "no" where a
 * case-insensitive (i and u flags) match stands.
 */
import { describe, expect, it } from 'vitest';
import { letterRuns, mayContain, mayContainWord } from './folded.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every code unit of the basic plane but the surrogates, one string. */
const PLANE = Array.from({ length: 0x10000 }, (_, c) => (c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c))).join('');

describe('folded text', () => {
  it('folds every letter the flags fold to one of the literal letters it trusts, as the flags do', () => {
    for (let n = 0; n < 0x250; n++) {
      const letter = String.fromCharCode(n);
      if (/\s/u.test(letter) || mayContain('', letter)) continue; // untrusted: never ruled out
      // Every character the flags match to the letter folds to the letter's lower case.
      for (const m of PLANE.matchAll(new RegExp(escape(letter), 'giu'))) {
        expect(m[0].toLowerCase().replaceAll('ſ', 's'), `${letter} ~ U+${m.index.toString(16)}`).toBe(letter.toLowerCase());
      }
    }
  });

  it('never rules out a text a pattern matches', () => {
    const texts = ['Socialnämnden beslutar', 'SOCIALNÄMNDEN', 'ſocialnämnden', 'Kulturnämnden\u212a', 'µ-föreningen', 'İdrottsföreningen', 'Ärende: Beslut'];
    const literals = ['socialnämnden', 'nämnden', 'k', 'ſ', 'µ-föreningen', 'idrottsföreningen', 'ärende', 'beslut', 'saknas', 'İdrott'];
    for (const text of texts) {
      for (const literal of literals) {
        if (new RegExp(escape(literal), 'iu').test(text)) expect(mayContain(text, literal), `${literal} in ${text}`).toBe(true);
        if (new RegExp(`(?<!\\p{L})${escape(literal)}(?!\\p{L})`, 'iu').test(text)) expect(mayContainWord(text, literal), `${literal} in ${text}`).toBe(true);
      }
    }
    expect(mayContain('Socialnämnden', 'kulturnämnden')).toBe(false);
    expect(mayContainWord('Socialnämnden', 'nämnden')).toBe(false);
  });

  it('reads the runs of letters the pattern matches, surrogate pairs and lone halves too', () => {
    const texts = ['', 'a', ' Röda Korset, 2024:s IOP-avtal.', 'x\u{1d49c}y z\ud835 \udc9c w', '\u0250\u0300ab\u3042\u00b5', PLANE];
    for (const text of texts) expect([...letterRuns(text)].sort()).toEqual([...new Set(text.match(/\p{L}+/gu))].sort());
  });
});
