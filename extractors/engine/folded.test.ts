/**
 * mayContain and mayContainWord only spare a pattern's run: they may say "may" where nothing matches, never "no" where a
 * case-insensitive (i and u flags) match stands.
 */
import { describe, expect, it } from 'vitest';
import { foldedLiteral, foldedWritings, letterRuns, mayContain, mayContainWord } from './folded.js';

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

  it('matches by the flags every character that folds to a literal letter it trusts (foldedWritings finds no more than the flags)', () => {
    const byFold = new Map<string, string[]>();
    for (const ch of PLANE) {
      const folded = ch.toLowerCase().replaceAll('ſ', 's');
      if (folded.length === 1) byFold.set(folded, [...(byFold.get(folded) ?? []), ch]);
    }
    for (let n = 0; n < 0x250; n++) {
      const letter = String.fromCharCode(n);
      const folded = foldedLiteral(letter);
      if (folded === null || /\s/u.test(letter)) continue;
      const pattern = new RegExp(`^${escape(letter)}$`, 'iu');
      for (const ch of byFold.get(folded) ?? []) expect(pattern.test(ch), `${letter} ~ U+${ch.charCodeAt(0).toString(16)}`).toBe(true);
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

describe('foldedWritings', () => {
  // The pattern it stands in for: the words apart by \s+, under the i and u flags.
  const same = (words: string[], text: string) => {
    const notAfter = /(?<![\p{L}])/iuy;
    const after = /(?:s(?=\s+möte))?(?![\p{L}])/iuy;
    const global = new RegExp(`${notAfter.source}${words.map(escape).join('\\s+')}(${after.source})`, 'giu');
    expect(foldedWritings(words, text, notAfter, after)?.map((w) => [w.start, w.end + w.after[0].length])).toEqual([...text.matchAll(global)].map((m) => [m.index, m.index + m[0].length]));
  };
  it('finds what the pattern finds, in any case', () => {
    same(['kultur-', 'och', 'fritidsnämnden'], 'Kultur- och fritidsnämnden beslutar. KULTUR- OCH\nFRITIDSNÄMNDENS möte; kultur- och fritidsnämndens förslag');
    same(['socialnämnden'], 'ſocialnämnden, Socialnämnden\u212a, socialnämndens möte');
  });
  it('leaves to the pattern a word folding cannot read, a word with white space at an edge, and a text whose folding changes its length', () => {
    expect(foldedWritings(['µ-föreningen'], 'µ-föreningen', /(?:)/uy, /(?:)/uy)).toBeNull();
    expect(foldedWritings([' nämnden'], 'nämnden', /(?:)/uy, /(?:)/uy)).toBeNull();
    expect(foldedWritings(['nämnden'], 'İ nämnden', /(?:)/uy, /(?:)/uy)).toBeNull();
  });
});
