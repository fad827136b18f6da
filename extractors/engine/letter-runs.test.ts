import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachMatch } from './sticky.js';
import { eachLetterRun, lowerWordsEndingIn } from './letter-runs.js';

const runs = (text: string) => {
  const found: string[] = [];
  eachLetterRun(text, (start, end) => found.push(text.slice(start, end)));
  return found;
};

/** What lowerWordsEndingIn stands for: the pattern it replaces, as eachMatch reads it. */
function byPattern(text: string, endings: readonly string[]) {
  const alternatives = [...endings].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(String.raw`(?<![\p{L}\d])(?=\p{Ll})\p{L}*?(${alternatives})(?![\p{L}\d])`, 'gu');
  return [...eachMatch(pattern, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, ending: m[1] }));
}

const ENDINGS = ['föreningen', 'klubben', 'förbundet', 'jouren', 'kören', 'stiftelsen'];
const TEXTS = [
  'Idrottsföreningen och fotbollsklubben fick bidrag; klubben ansökte.',
  'kvinnojouren2 3klubben x-klubben klubben. Klubben KLUBBEN',
  '𝒜klubben klubben𝒜 ſklubben klubbenſ éjouren ÖVERKLUBBEN',
  'föreningenföreningen kören körenkören ren jouren\n\fförbundet',
  '',
  'klubben',
];

describe('eachLetterRun', () => {
  it('gives the runs of letters /\\p{L}+/gu finds, in order', () => {
    for (const text of TEXTS) expect(runs(text)).toEqual(text.match(/\p{L}+/gu) ?? []);
  });
});

describe('lowerWordsEndingIn', () => {
  it('finds what the pattern finds: lower-case words with an ending, the longest, no digit beside them', () => {
    for (const text of TEXTS) expect(lowerWordsEndingIn(text, new Set(ENDINGS))).toEqual(byPattern(text, ENDINGS));
  });

  it('finds the same with an ending shorter than two letters, which any word may end in', () => {
    const endings = [...ENDINGS, 'n', 'en'];
    for (const text of TEXTS) expect(lowerWordsEndingIn(text, new Set(endings))).toEqual(byPattern(text, endings));
  });

  it('finds what the pattern finds over the development texts', () => {
    const dir = 'fixtures/devset/docs';
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && /^(d_02|d_05|e_01|e_02)/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(lowerWordsEndingIn(text, new Set(ENDINGS))).toEqual(byPattern(text, ENDINGS));
    }
  });
});
