/**
 * SEVERAL_GRANTS tried only from words holding its opener (firstSeveralGrants, engine/sticky.ts eachMatchNear) is only a
 * speed-up: it must find the match the whole-text pattern's exec finds, at the same offset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTED_GRANTEES, countsGrantees, firstSeveralGrants, severalGrantsFor } from './rules.js';

const span = (m: RegExpExecArray | null | undefined) => (m ? `${m.index}:${m[0]}` : null);
const expectSame = (text: string) => {
  expect(span(firstSeveralGrants(text)), text.slice(0, 80)).toEqual(span(severalGrantsFor(text, 'iu')?.exec(text)));
  // The count of grantees, tried only before its nouns, is there when the whole-text pattern finds it.
  expect(countsGrantees(text), text.slice(0, 80)).toBe(COUNTED_GRANTEES.test(text));
};

describe('grants to several, tried near its opener', () => {
  it('finds what the whole-text pattern finds in random texts of its parts', () => {
    const parts = [
      ' ', '\n', '.', ',', 'verksamhets', 'bidrag', 'bidraget', 'STÖD', 'stödet', 'ekonomiskt ', 'anslag', 'till', 'fem', 'tio', 'åtta', '43', '1234',
      'föreningar', 'organisationer', 'kultur', 'verksamheter', 'studieförbund', 'idrotts-', '-', 'barn-och-ungdoms', 'ideella', '\n\n', '1000', 'beviljade', 'beviljar', 'tilldelade', 'fördelades', 'mellan', 'dela', 'delade', 'ut', 'bland', 'de',
      'andra', 'som', 'får', 'fick', 'finns', 'ansökningar', 'föreningarna', 'Karil', 'Gaphals', 'Linköpings', '𝒜', 'ſtöd', 'a', 'information',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 4000; n++) expectSame(Array.from({ length: 1 + Math.floor(next() * 16) }, () => parts[Math.floor(next() * parts.length)]).join(' '.repeat(Math.floor(next() * 2))));
  });

  it('finds what the whole-text pattern finds in every document of the realsets (development) and in the doctype tests', () => {
    const dirs = ['realset', 'realset2', 'realset3', 'realset4', 'realset5', 'realset6', 'realset7', 'realset8', 'realset9', 'realset10'].map((d) => join(import.meta.dirname, `../../fixtures/${d}/docs`));
    for (const dir of dirs) for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) expectSame(readFileSync(join(dir, file), 'utf8'));
    const source = readFileSync(join(import.meta.dirname, 'rules.test.ts'), 'utf8');
    for (const text of [source, ...[...source.matchAll(/'([^'\n]*)'/gu)].map((m) => m[1]!)]) expectSame(text);
  });
});
