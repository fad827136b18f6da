import { describe, expect, it } from 'vitest';
import { occursWithin } from './literal-index.js';

/** The answer occursWithin stands for. */
const sliced = (text: string, literal: string, from: number, to: number) => text.slice(from, to).includes(literal);

describe('occursWithin', () => {
  const short = 'IOP med Röda Korset och avtal mellan kommunen och föreningen, med med';
  const long = Array.from({ length: 60 }, (_, i) => `Stycke ${i}: avtal mellan kommunen och föreningen nr ${i} med medel; aaa`).join('\n');
  it('answers as slicing the window and searching it, on a short text and an indexed long one', () => {
    for (const text of [short, long, 'aaaa']) {
      for (const literal of ['med', 'mellan', 'aa', 'Röda', 'saknas', 'M']) {
        for (let from = 0; from < text.length; from += 7) {
          for (const width of [0, 1, 3, 12, 120]) {
            expect(occursWithin(text, literal, from, from + width), `${literal} ${from}+${width}`).toBe(sliced(text, literal, from, from + width));
          }
        }
      }
    }
  });
  it('finds overlapping occurrences ("aa" in "aaa" from its second letter)', () => {
    expect(occursWithin(long, 'aa', long.indexOf('aaa') + 1, long.indexOf('aaa') + 3)).toBe(true);
    expect(long.length).toBeGreaterThan(1000);
  });
  it('reads a second text after a first (the index is per text)', () => {
    const other = long.replace(/med/g, 'vid');
    expect(occursWithin(long, 'med', 0, 200)).toBe(true);
    expect(occursWithin(other, 'med', 0, 200)).toBe(false);
    expect(occursWithin(long, 'med', 0, 200)).toBe(true);
  });
});
