/**
 * BODY_IN_PLACE tried only from the start of the word holding its head, and DOMAIN only before each ".se" (own-party.ts,
 * engine/sticky.ts eachMatchNear) is only a speed-up: it must find every body and place, at the same offsets and with
 * the same place, that the whole-text pattern finds (and every domain likewise).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachMatch, eachMatchNear } from '../engine/sticky.js';
import { BODY_IN_PLACE_SEARCH, DOMAIN_SEARCH } from './own-party.js';

type Search = { pattern: RegExp; sticky: RegExp; literal: RegExp; earliest: (text: string, at: number) => number; startable?: (text: string, at: number) => boolean };
const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0], m[1]]);

/** The search near a literal finds what the whole-text pattern finds: in examples, in random texts of its parts, in every devset document. */
function findsWhatTheWholeTextPatternFinds(name: string, search: Search, examples: readonly string[], parts: readonly string[], seed: number): void {
  const near = (text: string) => found(eachMatchNear(search.sticky, search.literal, search.earliest, text, search.startable));
  const whole = (text: string) => found(eachMatch(search.pattern, text));
  describe(name, () => {
    it('finds what the whole-text pattern finds in every example', () => {
      for (const text of examples) expect(near(text), text).toEqual(whole(text));
    });

    it('finds what the whole-text pattern finds in random texts of its parts', () => {
      let state = seed;
      const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
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
}

/** Bodies in places, and texts at the edges of the bound: heads inside words, two heads in one word, letters outside the basic plane. */
const EXAMPLES = [
  'Socialnämnden i Lund', 'kommunfullmäktige i Upplands Väsby', 'Kommunstyrelsen i Alingsås kommun', 'förvaltningen i Borås-Ulricehamn',
  'styrelsenämnden i Ale', 'nämndstyrelse i Ed', 'omnämnd i Mora', 'x-nämnden i Lund', '2nämnden i Lund', '𝒜nämnden i Lund',
  '😀styrelsen i Sala', 'nämnden i lund', 'nämnden  i\tTorsby län', 'nämnd', '', 'Socialnämnden i Lund, kulturnämnden i Ystad',
  `${'ord'.repeat(40)}fullmäktige i Kiruna`,
];

findsWhatTheWholeTextPatternFinds(
  'BODY_IN_PLACE tried near its head',
  BODY_IN_PLACE_SEARCH,
  EXAMPLES,
  ['social', 'Kommun', 'nämnd', 'styrelse', 'fullmäktige', 'förvaltning', 'en', 'n', ' i ', ' ', '\t', '-', 'Lund', 'Väsby', ' kommun', '𝒜', '2', '.'],
  7,
);

/** Domains, and texts at the edges of the bound: a dot before the name, ".se" twice, capitals and digits before it. */
findsWhatTheWholeTextPatternFinds(
  'DOMAIN tried near its ".se"',
  DOMAIN_SEARCH,
  ['www.eskilstuna.se', 'kontakt@upplands-vasby.se', 'regionsormland.se/om', 'a.b.se', '.se', 'x.se.se', 'Lund.se', 'lund.sek', 'å-lund.se', '9lund.se', 'https://www.lund.se/ och malmo.se.', ''],
  ['lund', 'malmo', '-', '.', '.se', 'se', '/', '@', ' ', 'Å', 'å', '2', 'www', '𝒜', 'k'],
  11,
);
