import { describe, expect, it } from 'vitest';
import { removeMarkup } from './markup.js';

describe('removeMarkup', () => {
  it('joins what inline tags split and turns line break tags into spaces', () => {
    expect(removeMarkup('Socialutskottet <strong>20<strong>10</strong></strong>-<strong>02</strong>-<strong>10</strong><br />')).toBe('Socialutskottet 2010-02-10 ');
    expect(removeMarkup('<Strong>Socu</STRONG> § 17 Dnr <span class="x">2010</span>-0548<br>')).toBe('Socu § 17 Dnr 2010-0548 ');
    expect(removeMarkup('Belopp<br/>(tkr)')).toBe('Belopp (tkr)');
  });
  it('leaves angle brackets that are no tag', () => {
    expect(removeMarkup('barn <5 år och a<b, <bidrag>')).toBe('barn <5 år och a<b, <bidrag>');
  });
});
