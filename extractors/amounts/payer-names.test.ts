/**
 * The parties' names matched by a character trie (payer.ts nameMatches) are only a speed-up: the trie must find every
 * mention, at the same offsets and with the same text, that the names' pattern (namesPattern) finds, and hand the pattern
 * the names and texts it cannot match exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameMatches, namesPattern } from './payer.js';

const spans = (matches: Iterable<{ index: number; 0: string }>) => [...matches].map((m) => `${m.index}:${m[0]}`);
const same = (names: string[], text: string) =>
  expect(spans(nameMatches(names, text)), `${names.join('|')} in ${text.slice(0, 80)}`).toEqual(spans(text.matchAll(namesPattern(names))));

/** Names as the parties extractor gives them, lower-cased as findPartyMentions keys them, and a few at the edges. */
const NAMES = [
  ['kvinnojouren tärnan', 'lunds kommun', 'socialnämnden', 'rkg'],
  ['röda korset', 'röda korset gotland', 'rk'],
  ['region skåne', 'skåne'],
  ['ab', 'a'],
  ['föreningen k', 'kulturnämnden'],
  ['ſtiftelsen', 'stiftelsen x'],
  ['µ-föreningen'],
  ['två  mellanslag', 'tab\tnamn', ' kant', 'kant '],
  ['𝒜-föreningen', 'x'],
  [''],
  ['a.b (c)', 'x|y', 'back\\ slash'],
];
const TEXTS = [
  'Avtal med Kvinnojouren Tärnan och Lunds kommun. Kvinnojouren Tärnans verksamhet; RKG:s styrelse, RKGs, RKG:',
  'Röda Korset Gotland (RK) och Röda  Korset\nGotland samt Röda Korsets kansli. Röda Korset Gotlandsk',
  'Region Skåne, REGION SKÅNE, region\u00a0skåne, Skånes, skåneregion, Region Skåne:s',
  'ab a abs a:s ab:s: aba Ab AB. 1ab ab1 _ab',
  'Föreningen \u212a och KULTURNÄMNDEN, kulturnämndens, Föreningen K:s',
  'Stiftelsen X, ſtiftelsen, STIFTELSEN x, Stiftelſen X',
  'µ-föreningen Μ-föreningen μ-föreningen',
  'två mellanslag, två  mellanslag, tab namn, tab\tnamn, kant, kant x',
  '𝒜-föreningen x 𝒜x x𝒜 😀x',
  'a.b (c) x|y x y back\\ slash',
];

describe('party names by trie', () => {
  it('finds what the pattern finds in every example', () => {
    for (const names of NAMES) for (const text of TEXTS) same(names, text);
  });

  it('finds what the pattern finds in every development document, for names drawn from it', () => {
    const dir = join(__dirname, '../../fixtures/devset/docs');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      // Capitalised runs of one to three words, as party names are written, lower-cased as the keys are.
      const found = [...text.matchAll(/\p{Lu}\p{L}+(?: \p{L}+){0,2}/gu)].map((m) => m[0].toLocaleLowerCase('sv'));
      for (let k = 0; k + 6 <= found.length && k < 60; k += 6) same([...new Set(found.slice(k, k + 6))], text);
    }
  });
});
