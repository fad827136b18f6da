import { describe, expect, it } from 'vitest';
import { normalizeCharacters } from './characters.js';

describe('normalizeCharacters', () => {
  it('spells out ligature glyphs', () => {
    expect(normalizeCharacters('\uFB01nansiering och e\uFB00ekt, \uFB02ykting')).toBe('finansiering och effekt, flykting');
  });
  it('turns NBSP, thin and narrow spaces into plain spaces', () => {
    expect(normalizeCharacters('400\u00A0000\u2009kr och 1\u202F070\u2007000')).toBe('400 000 kr och 1 070 000');
  });
  it('removes soft hyphens and zero-width characters inside a line', () => {
    expect(normalizeCharacters('över\u00ADens\u200Bkommelse\uFEFF')).toBe('överenskommelse');
  });
  it('joins a word split at a soft hyphen across a line end', () => {
    expect(normalizeCharacters('organisa\u00AD\ntioner')).toBe('organisationer');
  });
  it('turns control characters left by a broken font encoding into spaces', () => {
    expect(normalizeCharacters('3HQČåQt\u0003SURVWĜHGN\\\u0003QD')).toBe('3HQČåQt SURVWĜHGN\\ QD');
  });
  it('normalises CRLF and CR line ends', () => {
    expect(normalizeCharacters('a\r\nb\rc')).toBe('a\nb\nc');
  });
  it('leaves ordinary text, hyphens and Swedish letters alone', () => {
    const text = 'Hälso- och sjukvårdsnämnden § 57, IOP-avtal\nÅÄÖ é';
    expect(normalizeCharacters(text)).toBe(text);
  });
});
