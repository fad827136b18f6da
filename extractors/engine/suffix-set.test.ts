import { describe, expect, it } from 'vitest';
import { SuffixSet } from './suffix-set.js';

describe('SuffixSet', () => {
  const markers = ['förening', 'klubb', 'jour', 'club', 'sällskap'];
  const set = new SuffixSet(markers);

  it('answers as testing every suffix with endsWith does', () => {
    const words = ['idrottsförening', 'förening', 'tennisklubb', 'kvinnojour', 'jour', 'our', '', 'föreningen', 'golf club', 'Klubb', 'sällskapet', 'ällskap'];
    for (const word of words) expect(set.endsAny(word), word).toBe(markers.some((m) => word.endsWith(m)));
  });

  it('finds a suffix that ends inside a longer one', () => {
    expect(new SuffixSet(['förening', 'ning']).endsAny('ordning')).toBe(true);
    expect(new SuffixSet(['förening', 'ning']).endsAny('ordnin')).toBe(false);
  });

  it('holds for every word with an empty suffix', () => {
    expect(new SuffixSet(['']).endsAny('ord')).toBe(true);
    expect(new SuffixSet([]).endsAny('ord')).toBe(false);
  });
});
