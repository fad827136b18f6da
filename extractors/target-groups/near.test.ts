/**
 * A trigger tried only near its literal (rules.ts TriggerRule.near, engine/sticky.ts eachMatchNear) is only a speed-up: it must
 * find every match, at the same offsets, that the trigger finds over the whole sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachMatch, matchesNear } from '../engine/sticky.js';
import { TRIGGER_RULES } from './rules.js';

const near = TRIGGER_RULES.filter((rule) => rule.near);
const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);
const expectSame = (text: string) => {
  for (const rule of near) expect(spans(matchesNear(rule.near!, text)), `${rule.name}: ${text.slice(0, 80)}`).toEqual(spans(eachMatch(rule.trigger, text)));
};

describe('triggers tried near their literal', () => {
  it('find what the trigger finds in random texts of its parts', () => {
    const parts = [
      ' ', '  ', '\n', ',', 'för', 'till', 'kring', 'åt', 'med', 'och', 'samt', 't.ex.', 'till exempel', 'fritids', 'verksamhet', 'verksamheten', 'stöd',
      'STÖDET', 'insatser', 'arbete', 'arbetet', 'IOP:et', 'öppna', 'tillgänglig', 'mötesplats', 'centret', 'café', 'ansvar', 'ansvarar', 'sin', 'att',
      'a'.repeat(19), 'a'.repeat(21), '𝒜', 'ſtöd', 'barn', 'unga', 'Kvinno',
      'stödja', 'stöttar', 'tar emot', 'nå ut till', 'som', 'arbetar med', 'VÄGLEDER', 'bland', 'annat', 'hos', 'ohälsan', 'levnads', 'livs', 'situationen',
      'villkor', 'effekter', 'vardagen', 'För', 'FÖR', 'är', 'ska', 'kan', 'blir', 'i behov av', 'Ekby', 'möjlighet', 'kostnaden', 'personer', 'föräldrar',
    ];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 4000; n++) expectSame(Array.from({ length: 1 + Math.floor(next() * 14) }, () => parts[Math.floor(next() * parts.length)]).join(next() < 0.7 ? ' ' : ''));
  });

  it('find what the trigger finds in every document of the realsets (development) and in the rules tests', () => {
    const dirs = ['realset', 'realset2', 'realset3', 'realset4', 'realset5', 'realset6', 'realset7', 'realset8', 'realset9', 'realset10'].map((d) => join(import.meta.dirname, `../../fixtures/${d}/docs`));
    for (const dir of dirs) for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) expectSame(readFileSync(join(dir, file), 'utf8'));
    const source = readFileSync(join(import.meta.dirname, 'rules.test.ts'), 'utf8');
    for (const text of [source, ...[...source.matchAll(/'([^'\n]*)'/gu)].map((m) => m[1]!)]) expectSame(text);
  });
});
