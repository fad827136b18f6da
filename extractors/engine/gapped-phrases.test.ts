import { describe, expect, it } from 'vitest';
import { GappedPhrases } from './gapped-phrases.js';

const ADVERB = String.raw`(?:[ \t]*,?[ \t]+(?:nu|i[ \t]+dag|på[ \t]+uppdrag[ \t]+av[ \t]+[\p{L}-]+)(?![\p{L}])){0,3}`;
const GAP = String.raw`${ADVERB}[ \t]+`;
const phrases = () =>
  new GappedPhrases({
    lead: String.raw`^(?:[ \t]+i[ \t]+\p{Lu}\p{L}*)?${GAP}`,
    gap: GAP,
    suffix: String.raw`(?![\p{L}])(?![^.\n]{0,20}\d{4})`,
    phrases: [[['beslutar', 'godkänner']], [['sa'], ['ja', 'nej'], ['till']], [['kommer att', 'ska'], ['besluta']]],
    flags: 'u',
  });

describe('GappedPhrases', () => {
  it('answers as its whole pattern over windows of its own words', () => {
    const gapped = phrases();
    const whole = new RegExp(gapped.source, 'u');
    const words = ['beslutar', 'godkänner', 'sa', 'ja', 'nej', 'till', 'kommer', 'att', 'ska', 'besluta', 'nu', 'i', 'dag', 'Lund', 'på', 'uppdrag', 'av', 'X-Y', '2023', 'beslutarx'];
    const seps = [' ', ' ', '  ', '\t', ', ', '\n', '', '.'];
    let seed = 7;
    const pick = <T>(list: readonly T[]) => list[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % list.length]!;
    let matched = 0;
    for (let i = 0; i < 20000; i++) {
      let text = pick([' ', '', '\t']);
      for (let n = 1 + (i % 6); n > 0; n--) text += pick(words) + pick(seps);
      const answer = whole.test(text);
      if (answer) matched++;
      if (gapped.test(text) !== answer) expect.fail(JSON.stringify(text));
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('examples: adverbials between words, the lead before, a suffix after', () => {
    const gapped = phrases();
    expect(gapped.test(' i Lund nu sa i dag ja till')).toBe(true);
    expect(gapped.test(' kommer att, nu besluta om')).toBe(true);
    expect(gapped.test(' på uppdrag av Kommunen beslutar')).toBe(true);
    expect(gapped.test(' sa ja till 2023')).toBe(false);
    expect(gapped.test(' kanske beslutar')).toBe(false);
    expect(gapped.test('\nbeslutar')).toBe(false);
    expect(gapped.test(' beslutare')).toBe(false);
  });

  it('compiles a phrase only for a text holding its words', () => {
    const gapped = phrases();
    gapped.test(' beslutar om bidrag');
    gapped.test(' ja, till och med');
    expect(gapped.compiledPhrases).toBe(1);
  });

  it('takes no flag that would change how words compare', () => {
    expect(() => new GappedPhrases({ lead: '^[ \\t]+', gap: '[ \\t]+', suffix: '', phrases: [[['a']]], flags: 'iu' })).toThrow();
  });
});
