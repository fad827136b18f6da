import { describe, expect, it } from 'vitest';
import { eachMatch, wordStart } from './sticky.js';

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
