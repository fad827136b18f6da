import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-trie.js';
import { PUBLIC_PARTY_SURFACES } from '../parties/lexicon.js';
import ideburna from '../lexicon/ideburna.json' with { type: 'json' };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const options = { notAfter: /[\p{L}\d-]/u, notBefore: /[\p{L}\d]/u, suffixes: ['s', ''] };
/** The regex the matcher stands in for. */
const regexFor = (phrases: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\d-])(?:${phrases.map(escape).join('|')})s?(?![\\p{L}\\d])`, 'giu');
const viaRegex = (phrases: readonly string[], text: string) => [...text.matchAll(regexFor(phrases))].map((m) => [m.index, m.index + m[0].length]);
const viaTrie = (phrases: readonly string[], text: string) => new PhraseMatcher(phrases, options).matchAll(text).map((m) => [m.start, m.end]);

describe('PhraseMatcher', () => {
  const phrases = ['region skåne', 'lunds kommun', 'lund kommun', 'skåne'];

  it('finds phrases in any case, over wrapped lines, with a genitive s', () => {
    const text = 'Avtal mellan REGION SKÅNE och Lunds\n  kommuns förvaltning.';
    expect(new PhraseMatcher(phrases, options).matchAll(text)).toEqual([
      { start: 13, end: 25, phrase: 0 },
      { start: 30, end: 45, phrase: 1 },
    ]);
  });

  it('matches whole words only', () => {
    expect(viaTrie(phrases, 'Nordskåne, skånes, skånelinjen, 1skåne, Skåne-2')).toEqual([[11, 17], [40, 45]]);
  });

  it('prefers the earlier phrase in the list, as a regex alternation does', () => {
    expect(new PhraseMatcher(['skåne', 'region skåne'], options).matchAll('Region Skåne')[0]).toEqual({ start: 0, end: 12, phrase: 1 });
    expect(new PhraseMatcher(['region', 'region skåne'], options).matchAll('Region Skåne')[0]).toEqual({ start: 0, end: 6, phrase: 0 });
  });

  it('finds what the regex finds, on tricky text and on every development document', () => {
    const tricky = 'Region Skånes, region\n\fskåne, Lunds kommunal, LUND KOMMUNS 𝐀Lunds kommun x-Lunds kommun Lunds kommun';
    expect(viaTrie(PUBLIC_PARTY_SURFACES, tricky)).toEqual(viaRegex(PUBLIC_PARTY_SURFACES, tricky));
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'devset', 'docs');
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    const known = [...ideburna.knownOrganisations].sort((a, b) => b.length - a.length);
    for (const list of [PUBLIC_PARTY_SURFACES, known]) {
      const found = texts.map((t) => viaTrie(list, t));
      expect(found.flat().length).toBeGreaterThan(50);
      expect(found).toEqual(texts.map((t) => viaRegex(list, t)));
    }
  });
});
