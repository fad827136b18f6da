/**
 * A period rule tried only near its literal (PeriodRule.near, engine/sticky.ts eachMatchNear) is only a speed-up: it must
 * find every match, at the same offsets, that the whole-text pattern finds (its start bound never after a true start).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachMatch } from '../engine/sticky.js';
import { PERIOD_RULES, ruleMatches } from './rules.js';

const near = PERIOD_RULES.filter((rule) => rule.near);
const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);

/** Grant years in the forms the bound walks back over, and texts at its edges. */
const EXAMPLES = [
  '2024 års föreningsbidrag', 'Föreningen får 2024   års \n  verksamhetsbidrag', 'verksamhetsbidrag för 2025', 'stödet år 2025',
  'bidrag – 2025', 'bidrag -2025', 'bidragsbidragsbidrag för 2024', 'Kommunens ekonomiska STÖD FÖR ÅR 2023 beslutas',
  // 30 letters before "bidrag" and more: the word part is bounded, so a longer word matches only from inside it.
  `${'a'.repeat(30)}bidrag för 2024`, `${'a'.repeat(31)}bidrag för 2024`, `2024 års ${'a'.repeat(30)}bidrag`, `2024 års ${'a'.repeat(31)}bidrag`,
  // Letters outside the basic plane, marks that fold to letters (U+0345), and symbols that are no letters.
  '2024 års 𝒜𝒜bidrag', '𝒜bidrag för 2024', '2024 års \u0345bidrag', '😀bidrag för 2024', '2024 års😀bidrag för 2025',
  'ſtöd för 2024', '2024 ÅRS STÖD', 'bidrag för 2024 och 2025 års stöd', '12024 års bidrag', 'bidrag för 20245', '',
  // Validity words whose literal stands inside them ("avtalsPERIODen", "verksamhetsÅRET").
  // A start after the words of its beginning ("den", a day and a month before the year).
  'Samarbetet började den 31:a december 2017 och pågår', 'Partnerskapet inleddes i mars 2021 och löper vidare',
  'Avtalsperioden är 2024 och 2025', 'Avtalsperiod: 2025', 'under verksamhetsåret 2024', 'kalenderåret 2024 och 2025', 'Giltighetstiden är hela året 2024',
  // A start the next year, its longest lead before its literal ("från och med den 1 januari", 21) and the others.
  'från och med den 1 januari nästa år', 'Fr.o.m. nästkommande år', 'med början årsskiftet', 'börjar gälla vid årsskiftet', 'från  den 1 januari\nnästa år',
  // A range's leads, inside a word too (a lead may start there, a date may not), and its dates after other characters.
  'gäller FRÅN OCH MED 2024 TILL 2025', 'gäller fr.o.m. 2022-01-01 t.o.m. 2022-12-31', 'avtal Mellan åren 2022 och 2023', 'bortfrån 2023 till 2024', 'bortFRÅN 2023 till 2024', 'xmellan 2022 och 2023', 'xMellan åren 2022 och 2023',
  'ab2022-2023', '(2022–2023)', '/2022-2023', 'nr.2022 till 2023', 'årsskiftet 2020-2021', '1/3 2022- 28/2 2023', 'ſista december 2023 – 2024', '𝒜2022–2023',
];

describe('period rules tried near their literal', () => {
  it('find what the whole-text pattern finds in every example', () => {
    for (const rule of near)
      for (const text of EXAMPLES) {
        expect(spans(ruleMatches(rule, text)), `${rule.name}: ${text}`).toEqual(spans(eachMatch(rule.pattern, text)));
      }
  });

  it("find what the whole-text pattern finds in every string of the rules' tests, alone and together", () => {
    const source = readFileSync(join(import.meta.dirname, 'rules.test.ts'), 'utf8');
    const strings = [...source.matchAll(/'([^'\n]*)'/gu)].map((m) => m[1]!);
    for (const rule of near) for (const text of [source, ...strings]) expect(spans(ruleMatches(rule, text)), `${rule.name}: ${text}`).toEqual(spans(eachMatch(rule.pattern, text)));
  });

  it('find what the whole-text pattern finds in random texts of their parts', () => {
    const parts = [
      '2024', ' ', '  ', '\n', 'års', 'ÅRS', 'bidrag', 'stöd', 'för', 'år', '–', '-', 'förenings', 'a', '𝒜', '😀', '.', '1', '31', 'den ', 'från och med ',
      'tills vidare', 'utan tidsbegränsning', 'december', 'mars', 'till', 'året', 'ut', 'årets slut', 'årsskiftet', 'löper ut', 'tre', 'årig', '2025-12-31', '/', ':a',
      ' och ', ' samt ', ', ', 'gäller', 'under', 'verksamhetsåret ', 'Avtalsperioden: är ', 'säkrad ', 'Tryggas ', 'för ', 'hela ',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => parts[Math.floor(next() * parts.length)]).join('');
      for (const rule of near) {
        expect(spans(ruleMatches(rule, text)), `${rule.name}: ${JSON.stringify(text)}`).toEqual(spans(eachMatch(rule.pattern, text)));
      }
    }
  });

  it('find what the whole-text pattern finds in every development-set document', () => {
    const dir = join(import.meta.dirname, '../../fixtures/devset/docs');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const rule of near) {
        expect(spans(ruleMatches(rule, text)), `${rule.name} in ${file}`).toEqual(spans(eachMatch(rule.pattern, text)));
      }
    }
  });
});
