/**
 * BODY_IN_PLACE tried only from the start of the word holding its head (own-party.ts BODY_IN_PLACE_SEARCH,
 * engine/sticky.ts eachMatchNear) is only a speed-up: it must find every body and place, at the same offsets and with
 * the same place, that the whole-text pattern finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachMatch, eachMatchNear } from '../engine/sticky.js';
import { BODY_IN_PLACE_SEARCH as S } from './own-party.js';

const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], m[1]]);
const near = (text: string) => found(eachMatchNear(S.sticky, S.literal, S.earliest, text, S.startable));
const whole = (text: string) => found(eachMatch(S.pattern, text));

/** Bodies in places, and texts at the edges of the bound: heads inside words, two heads in one word, letters outside the basic plane. */
const EXAMPLES = [
  'Socialnämnden i Lund', 'kommunfullmäktige i Upplands Väsby', 'Kommunstyrelsen i Alingsås kommun', 'förvaltningen i Borås-Ulricehamn',
  'styrelsenämnden i Ale', 'nämndstyrelse i Ed', 'omnämnd i Mora', 'x-nämnden i Lund', '2nämnden i Lund', '𝒜nämnden i Lund',
  '😀styrelsen i Sala', 'nämnden i lund', 'nämnden  i\tTorsby län', 'nämnd', '', 'Socialnämnden i Lund, kulturnämnden i Ystad',
  `${'ord'.repeat(40)}fullmäktige i Kiruna`,
];

describe('BODY_IN_PLACE tried near its head', () => {
  it('finds what the whole-text pattern finds in every example', () => {
    for (const text of EXAMPLES) expect(near(text), text).toEqual(whole(text));
  });

  it('finds what the whole-text pattern finds in random texts of its parts', () => {
    const parts = ['social', 'Kommun', 'nämnd', 'styrelse', 'fullmäktige', 'förvaltning', 'en', 'n', ' i ', ' ', '\t', '-', 'Lund', 'Väsby', ' kommun', '𝒜', '2', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => parts[Math.floor(next() * parts.length)]).join('');
      expect(near(text), text).toEqual(whole(text));
    }
  });

  it('finds what the whole-text pattern finds in every development-set document', () => {
    const dir = join(import.meta.dirname, '../../fixtures/devset/docs');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(near(text), file).toEqual(whole(text));
    }
  });
});
