import { describe, expect, it } from 'vitest';
import type { Field } from '../../pipeline/contract.js';
import { reviewReasons } from './review-rules.js';

const f = <T>(value: T): Field<T> => ({ value, confidence: 0.97, needsReview: false, evidence: [] });

describe('organisation-in-two-rows', () => {
  it('flags in a twin row what a reviewer merges or keeps apart (the organisation, its sums), not what makes the rows twins', () => {
    expect(reviewReasons('ideburna', f('Musiksällskapet'), 'twin-row')).toContain('organisation-in-two-rows');
    expect(reviewReasons('amounts', f({ sek: 2000, per: 'year', payer: null }), 'twin-row')).toContain('organisation-in-two-rows');
    expect(reviewReasons('offentliga', f('Härnösands kommun'), 'twin-row')).toEqual([]);
    expect(reviewReasons('period', f({ start: '2024-01-01', end: null, openEnded: false }), 'twin-row')).toEqual([]);
    expect(reviewReasons('ideburna', f('Musiksällskapet'), 'row')).toEqual([]);
  });
});

const read = (value: string, ...texts: string[]): Field<string> => ({ ...f(value), evidence: texts.map((text, i) => ({ page: null, start: i, end: i + text.length, text })) });

describe('not-a-name', () => {
  it('flags a sum or an organisation-form noun alone read as an organisation, not a name that holds either', () => {
    for (const name of ['9 600 kr', '25 000 kronor', 'Föreningen', 'Klubben', 'förening', 'Stiftelsen']) expect(reviewReasons('ideburna', f(name))).toContain('not-a-name');
    for (const name of ['Föreningen Jazzkatten', 'Kultur 1740', 'Leader 3sam', 'Järvsö Båtklubb', 'Fontänhuset', 'Ekby IF']) expect(reviewReasons('ideburna', f(name))).not.toContain('not-a-name');
  });
});

describe('public-party-from-place-name', () => {
  it('flags a public party read from a place name alone, not from a body\'s name nor from a genitive opening one', () => {
    expect(reviewReasons('offentliga', read('Lidköpings kommun', 'Lidköping'))).toEqual(['public-party-from-place-name']);
    expect(reviewReasons('offentliga', read('Kils kommun', 'Kil'))).toEqual(['public-party-from-place-name']);
    expect(reviewReasons('offentliga', read('Lidköpings kommun', 'Lidköping', 'Lidköpings kommun'))).toEqual([]);
    expect(reviewReasons('offentliga', read('Stockholms stad', 'Stockholms'))).toEqual([]);
    expect(reviewReasons('offentliga', read('Region Gotland', 'Region Gotland'))).toEqual([]);
    expect(reviewReasons('offentliga', read('Lunds kommun', 'Vård- och omsorgsförvaltningen\nLund'))).toEqual([]);
    expect(reviewReasons('offentliga', read('Borås Stad', 'Staden'))).toEqual([]);
    expect(reviewReasons('offentliga', read('Lunds kommun', 'Socialförvaltningen'))).toEqual([]);
    expect(reviewReasons('offentliga', read('Lunds kommun', 'Arbetsutskottet'))).toEqual([]);
  });
});

describe('body-name-with-number', () => {
  it('flags a body whose name has a date run into it, not a body\'s name', () => {
    expect(reviewReasons('organ', f('regionstyrelsen 28 juni'))).toEqual(['body-name-with-number']);
    expect(reviewReasons('organ', f('kultur- och fritidsnämnden'))).toEqual([]);
    expect(reviewReasons('organ', f('kommunstyrelsens arbetsutskott'))).toEqual([]);
  });
});
