import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, spanIndexAt } from './sorted.js';

describe('lastAtOrBefore', () => {
  it('finds the last start at or before an offset, by linear scan\'s answer at every offset', () => {
    const starts = [0, 3, 3, 10, 25];
    for (let at = 0; at <= 30; at++) {
      let expected = 0;
      starts.forEach((s, i) => {
        if (s <= at) expected = i;
      });
      expect(lastAtOrBefore(starts, at)).toBe(expected);
    }
  });

  it('reads items by their start, and answers 0 before the first and for an empty list', () => {
    const lines = [{ start: 5 }, { start: 9 }];
    expect(lastAtOrBefore(lines, 8, (l) => l.start)).toBe(0);
    expect(lastAtOrBefore(lines, 9, (l) => l.start)).toBe(1);
    expect(lastAtOrBefore(lines, 2, (l) => l.start)).toBe(0);
    expect(lastAtOrBefore([], 4)).toBe(0);
  });
});

describe('spanIndexAt', () => {
  it('gives the index findIndex gives over disjoint sorted spans, at every offset: in a span, between two, past the last', () => {
    const spans = [{ start: 2, end: 6 }, { start: 6, end: 9 }, { start: 12, end: 20 }];
    for (let at = 0; at <= 22; at++) {
      expect(spanIndexAt(spans, at)).toBe(spans.findIndex((s) => s.start <= at && at < s.end));
    }
  });

  it('answers -1 before the first span, in a gap and for no spans', () => {
    expect(spanIndexAt([{ start: 2, end: 4 }], 1)).toBe(-1);
    expect(spanIndexAt([{ start: 2, end: 4 }, { start: 8, end: 9 }], 5)).toBe(-1);
    expect(spanIndexAt([], 0)).toBe(-1);
  });
});
