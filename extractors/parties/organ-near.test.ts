/**
 * BODY tried only near a head (organ.ts BODY_SEARCH, engine/sticky.ts eachMatchNear) is only a speed-up: it must find every
 * body name, at the same offsets, that the whole-text pattern finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachMatch, eachMatchNear } from '../engine/sticky.js';
import { BODY_SEARCH } from './organ.js';

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);
const same = (text: string) =>
  expect(spans(eachMatchNear(BODY_SEARCH.sticky, BODY_SEARCH.literal, BODY_SEARCH.earliest, text, BODY_SEARCH.startable)), text).toEqual(
    spans(eachMatch(BODY_SEARCH.pattern, text)),
  );

/** Every form BODY reads, and texts at the edges of the bound (long qualifiers, line breaks, letters outside the basic plane). */
const EXAMPLES = [
  'Socialnämnden beslutar', 'kommunstyrelsens arbetsutskott', 'Kommunfullmäktige', 'SOCIALNÄMNDEN', 'VÅRD- OCH OMSORGSNÄMNDEN',
  'Nämnden för Individ & Familjeomsorg', 'Förvaltningen för\nKultur och Fritid', 'Tekniska nämnden', 'sociala utskottet',
  'Norra hälso- och sjukvårdsnämnden', 'Social resursnämnd', 'Arbetsmarknads-, gymnasie- och vuxenutbildningsnämnden',
  'Arbetsmarknads- gymnasie- och\nvuxenutbildningsnämnden', 'stadsdelsnämnden i Rinkeby-Kista', 'Stadsdelsförvaltningen Angered',
  'Socialnämnden Centrum', 'hälso- och sjukvårdsnämnden\nGöteborg, nedan kallad VGR', 'Rinkeby-Kista stadsdelsnämnd',
  'omnämnd', 'x-nämnden', '2socialnämnden', '𝒜nämnden', '𝒜 nämnden och 😀styrelsen', 'a, b & c- och d-nämnden', 'nämnd', '',
  `${'ord '.repeat(50)}kulturnämnden`, 'Kultur- och fritidsnämndens presidium', 'regionstyrelsens allmänna utskott',
];

describe('BODY tried near its head', () => {
  it('finds what the whole-text pattern finds in every example', () => {
    for (const text of EXAMPLES) same(text);
  });

  it('finds what the whole-text pattern finds in random texts of its parts', () => {
    const parts = ['Social', 'social', 'nämnd', 'NÄMND', 'en', 's', ' ', '\n', '-', ', ', '&', 'och', ' i ', 'Nämnden', ' för ', 'Kista', 'stadsdels', 'förvaltning', '𝒜', '1', '.', 'Norra '];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) same(Array.from({ length: 1 + Math.floor(next() * 12) }, () => parts[Math.floor(next() * parts.length)]).join(''));
  });

  it('finds what the whole-text pattern finds in every development-set document', () => {
    const dir = join(import.meta.dirname, '../../fixtures/devset/docs');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) same(readFileSync(join(dir, file), 'utf8'));
  });
});
