import { describe, expect, it } from 'vitest';
import { eachMatch, eachMatchNear, leadingNotAfter, literalWritings, nearPattern, matchesNear, nonSpaceWithin, notAfter, wordStart, wordsWritings } from './sticky.js';

describe('eachMatch', () => {
  const same = (pattern: RegExp, text: string) =>
    expect([...eachMatch(pattern, text)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
  it('gives the matches matchAll gives', () => {
    same(/\d{4}/g, 'Avtalet gäller 2024 till 2026, dnr 1999/12.');
    same(/x/g, 'inga');
  });
  it('steps over empty matches as matchAll does, a whole code point under the u flag', () => {
    same(/a*/g, 'baab');
    same(/a*/gu, 'b😀ab');
  });
  it('starts from the text start whatever the pattern last matched', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 5;
    expect([...eachMatch(pattern, '12 345')].map((m) => m[0])).toEqual(['12', '345']);
  });
});

describe('literalWritings', () => {
  // The global pattern literalWritings stands in for: the literal (plain letters here) between the lookbehind and what follows.
  const same = (literal: string, text: string, notAfter: RegExp, after: RegExp) => {
    const global = new RegExp(`${notAfter.source}${literal}(${after.source})`, 'gu');
    expect([...literalWritings(literal, text, notAfter, after)].map((w) => [w.start, w.after[0]])).toEqual(
      [...text.matchAll(global)].map((m) => [m.index, m[1]]),
    );
  };
  const NOT_AFTER = /(?<![\p{L}\d])/uy;
  const GENITIVE = /(?::s|s)?(?![\p{L}\d])/uy;
  it('finds a literal where the whole pattern matches, with what follows it, in order', () => {
    same('RKG', 'RKG och RKG:s styrelse, inte XRKG eller RKGX; RKGs.', NOT_AFTER, GENITIVE);
    same('Ekby IF', 'Ekby IF i Ekby, Ekby IF-hallen, Ekby IF.', NOT_AFTER, /(?![\p{L}\d-])([ \t]+i[ \t]+\p{Lu}\p{Ll}+)?/uy);
  });
  it('steps as a global search does: overlapping writings once, past what follows a writing', () => {
    same('aa', 'aaaa aa', /(?:)/uy, /(?:)/uy);
    same('ab', 'abab ab', NOT_AFTER, /(?:ab)?/uy);
  });
  it('never starts or ends inside a surrogate pair, and finds an empty literal nowhere', () => {
    const text = '\u{1d400}x \u{1d400}';
    expect([...literalWritings('\udc00', text, /(?:)/uy, /(?:)/uy)]).toEqual([]);
    expect([...literalWritings('', 'abc', /(?:)/uy, /(?:)/uy)]).toEqual([]);
  });
});

describe('wordsWritings', () => {
  // The global pattern wordsWritings stands in for: the words (escaped) apart by \s+ between the lookbehind and what follows.
  const same = (phrase: string, text: string, notAfter: RegExp, after: RegExp) => {
    const words = phrase.split(/\s+/);
    const global = new RegExp(`${notAfter.source}${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}(${after.source})`, 'gu');
    expect([...wordsWritings(words, text, notAfter, after)].map((w) => [w.start, w.end, w.after[0]])).toEqual(
      [...text.matchAll(global)].map((m) => [m.index, m.index + m[0].length - m[1]!.length, m[1]]),
    );
  };
  const NOT_AFTER = /(?<![\p{L}\d])/uy;
  const WHOLE = /(?![\p{L}\d])/uy;
  it('finds the words apart by any run of white space, whole words, in order', () => {
    same('Ekby IF', 'Ekby IF, Ekby\n IF och Ekby  IFK, XEkby IF, Ekby\u00a0IF.', NOT_AFTER, WHOLE);
    same('Hela Människan (RIA)', 'Hela Människan (RIA) och Hela\tMänniskan (RIA)s', NOT_AFTER, WHOLE);
    same('RS', 'RS RSRS RS', NOT_AFTER, /(?:s)?(?![\p{L}])/uy);
  });
  it('steps as a global search does, and finds no word run together with the next', () => {
    same('a a', 'a a a a', /(?:)/uy, /(?:)/uy);
    same('Ekby IF', 'EkbyIF Ekby', NOT_AFTER, WHOLE);
  });
  it('reads its tests on the text given for them, offset for offset', () => {
    const text = 'Socialnämnden och SOCIALNÄMNDEN';
    expect([...wordsWritings(['socialnämnden'], text.toLowerCase(), /(?<![\p{L}])/iuy, /(?![\p{L}])/iuy, text)].map((w) => w.start)).toEqual([0, 18]);
  });
});

describe('wordStart', () => {
  it('goes back to the start of the word a literal stands in', () => {
    const text = 'att fördela bidrag';
    expect(wordStart(text, text.indexOf('dela'))).toBe(text.indexOf('fördela'));
    expect(wordStart(text, text.indexOf('bidrag'))).toBe(text.indexOf('bidrag'));
  });
  it('stops at a digit or punctuation, and steps over a letter outside the basic plane whole', () => {
    expect(wordStart('4H-bidrag', 3)).toBe(3);
    expect(wordStart('𝐀bidrag', 2)).toBe(0);
  });
});

describe('notAfter', () => {
  const startable = notAfter(/[\p{L}\d]/iu);
  it('lets a start go after a letter or digit, as the lookbehind (?<![\\p{L}\\d]) does', () => {
    expect(startable('bidrag', 0)).toBe(true);
    expect(startable('verksamhetsbidrag', 10)).toBe(false);
    expect(startable('5bidrag', 1)).toBe(false);
    expect(startable('av bidrag', 3)).toBe(true);
    expect(startable('(bidrag', 1)).toBe(true);
  });
  it('reads the code point before, as the lookbehind does: a letter beyond the table, a pair of surrogates', () => {
    expect(startable('Ωbidrag', 1)).toBe(false);
    expect(startable('𝒜bidrag', 2)).toBe(false);
    expect(startable('😀bidrag', 2)).toBe(true);
    // A mark that folds to a letter under /iu (U+0345 folds to iota): the class read under the same flags says so too.
    expect(startable('\u0345bidrag', 1)).toBe(/(?<![\p{L}\d])bidrag/iu.exec('\u0345bidrag') !== null);
  });
  it('gives eachMatchNear the matches of the whole-text pattern', () => {
    const pattern = /(?<![\p{L}\d])\p{L}*bidrag/giu;
    const sticky = new RegExp(pattern.source, 'iuy');
    for (const text of ['verksamhetsbidrag och bidrag', '5bidrag Ωbidrag 𝒜bidrag projektbidragen', 'inget']) {
      const near = [...eachMatchNear(sticky, /bidrag/giu, wordStart, text, startable)].map((m) => [m.index, m[0]]);
      expect(near, text).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
    }
  });
});

describe('leadingNotAfter', () => {
  it('is the start test of a pattern that opens with the lookbehind of one class, under the pattern\'s flags', () => {
    const test = leadingNotAfter(/(?<![\p{L}\d])(?:bidrag|stöd)\s+för\s+\d{4}/giu)!;
    expect(test).not.toBeNull();
    expect(test('ett bidrag', 4)).toBe(true);
    expect(test('ettbidrag', 3)).toBe(false);
    expect(test('Ärendet', 1)).toBe(false);
    expect(test('x 2024', 2)).toBe(true);
    expect(test('12', 1)).toBe(false);
    expect(leadingNotAfter(/(?<![\p{L}\p{N}/.-])(?<year>\d{4})\s+års/gu)!('a/2024', 2)).toBe(false);
  });
  it('finds the class\'s lookbehind among other leading lookbehinds, all tested at the match\'s start', () => {
    const pattern = /(?<!(?:ansvar|ansvarig)\s+för\s+)(?<=\s|^)(?<![\p{L}])\p{L}{0,20}(?:stöd|insats)\s+(?:för|till)\s+/giu;
    const test = leadingNotAfter(pattern)!;
    expect(test).not.toBeNull();
    expect(test('ett stöd', 4)).toBe(true);
    expect(test('ettstöd', 3)).toBe(false);
    const near = nearPattern(pattern, /stöd|insats/giu, wordStart);
    const text = 'Föreningens fritidsstöd för unga, ansvar för stöd till äldre och insatser till barn; ansvarig för Insats för kvinnor.';
    expect([...matchesNear(near, text)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
  });
  it('is null where a match need not open with it: an alternative at the top level, another opening, a lookbehind of more than a class', () => {
    expect(leadingNotAfter(/(?<![\p{L}])för|från/giu)).toBeNull();
    expect(leadingNotAfter(/(?:cirka\s+)?(?<![\p{L}])kr/giu)).toBeNull();
    expect(leadingNotAfter(/(?<!ansvar\s+)för/giu)).toBeNull();
    expect(leadingNotAfter(/(?<!ansvar\s+)(?<![\p{L}])för|från/giu)).toBeNull();
    expect(leadingNotAfter(/(?<![\p{L}][\p{L}])för/giu)).toBeNull();
    expect(leadingNotAfter(new RegExp('(?<![\\p{L}])(?:för|från)', 'gv'))).toBeNull();
  });
  it('leaves nearPattern\'s matches those of the whole-text pattern', () => {
    const pattern = /(?<![\p{L}])\p{L}*(?:bidrag|stöd)\s+(?:för|under)\s+(?:19|20)\d{2}/giu;
    const near = nearPattern(pattern, /(?:19|20)\d{2}/giu, nonSpaceWithin(40));
    expect(near.startable).toBeDefined();
    const text = 'Verksamhetsbidrag för 2024 och ettstöd under 2025; STÖD FÖR 2026, överstöd för 2027, 😀bidrag för 2028.';
    expect([...matchesNear(near, text)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
  });
});
