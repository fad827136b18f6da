import { describe, expect, it } from 'vitest';
import { NAME_CONJUNCTION } from './coordination.js';

describe('NAME_CONJUNCTION', () => {
  it('parts names joined by a conjunction', () => {
    expect('Röda Korset och Rädda Barnen'.split(NAME_CONJUNCTION)).toEqual(['Röda Korset', 'Rädda Barnen']);
    expect('Berga BK samt Ekby SK'.split(NAME_CONJUNCTION)).toEqual(['Berga BK', 'Ekby SK']);
  });

  it('keeps a suspended compound whole', () => {
    expect('Hjärt- och lungsjukas länsförening'.split(NAME_CONJUNCTION)).toEqual(['Hjärt- och lungsjukas länsförening']);
    expect('Astma- och allergiföreningen i Örebro län'.split(NAME_CONJUNCTION)).toEqual(['Astma- och allergiföreningen i Örebro län']);
  });
});
