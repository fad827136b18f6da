/**
 * A pattern tried only near its literal (engine/sticky.ts nearPattern, matchesNear) is only a speed-up: it must find every
 * match, at the same offsets, that the whole-text pattern finds (its start bound never after a true start). Checked on
 * the development sets' texts and on random texts of the patterns' parts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachMatch, matchesNear, matchesOpening, wordThenSpaceBefore, type NearPattern, type OpeningPattern } from './sticky.js';
import { SUM_AFTER_NAME_NEAR } from '../listings/enumerations.js';
import { LOWER_LIST_ITEM_NEAR, LOWER_PLACED_NEAR, NAME_START } from '../parties/name-spans.js';
import { namePattern } from '../decision/body.js';
import { KIND_RULES } from '../kind/rules.js';
import { MEETING_LABEL_NEAR } from '../decision/date.js';
import { EXTENSION_RULES } from '../extension/rules.js';
import { TRIGGER_RULES } from '../target-groups/rules.js';
import { LABELS as CASE_NUMBER_LABELS } from '../diarienummer/patterns.js';
import { BODY_DECISION_HEADING_NEAR } from '../doctype/rules.js';

/** Body names as the decision extractor looks for them (decision/body.ts organMentions), a few written forms. */
const BODY_NAMES = ['kommunstyrelsen', 'Kultur- och fritidsnämnden', 'Spånga-Tensta stadsdelsnämnd', 'nämnden', 'socialnämnden', 'Region Gotland'];
const NEAR: Record<string, NearPattern> = {
  SUM_AFTER_NAME_NEAR,
  LOWER_PLACED_NEAR,
  LOWER_LIST_ITEM_NEAR,
  MEETING_LABEL_NEAR,
  BODY_DECISION_HEADING_NEAR,
  ...Object.fromEntries(EXTENSION_RULES.flatMap((rule) => (rule.near ? [[`extension ${rule.name}`, rule.near]] : []))),
  ...Object.fromEntries(Object.entries(CASE_NUMBER_LABELS).map(([kind, near]) => [`case-number label ${kind}`, near])),
  ...Object.fromEntries(BODY_NAMES.map((name) => [`body ${name}`, namePattern(name)])),
  ...Object.fromEntries(KIND_RULES.flatMap((rule) => (rule.near ? [[`kind ${rule.name}`, rule.near]] : []))),
  ...Object.fromEntries(TRIGGER_RULES.flatMap((rule) => (rule.near ? [[`target-group ${rule.name}`, rule.near]] : []))),
};
/** Patterns tried only at their opening class (engine/sticky.ts matchesOpening). */
const OPENING: Record<string, OpeningPattern> = { NAME_START };
const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);
const same = (near: NearPattern, text: string, label: string) =>
  expect(spans(matchesNear(near, text)), label).toEqual(spans(eachMatch(near.pattern, text)));
const sameOpening = (opening: OpeningPattern, text: string, label: string) =>
  expect(spans(matchesOpening(opening, text)), label).toEqual(spans(eachMatch(opening.pattern, text)));

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const DEVELOPMENT_SETS = ['realset', 'realset2', 'realset3', 'realset4', 'realset5', 'realset6', 'realset7'];

describe('patterns tried near their literal', () => {
  it("find what the whole-text pattern finds in the development sets' texts", () => {
    for (const set of DEVELOPMENT_SETS) {
      const dir = join(FIXTURES, set, 'docs');
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(dir, file), 'utf8');
        for (const [name, near] of Object.entries(NEAR)) same(near, text, `${name}: ${set}/${file}`);
        for (const [name, opening] of Object.entries(OPENING)) sameOpening(opening, text, `${name}: ${set}/${file}`);
      }
    }
  });

  it('find what the whole-text pattern finds in random texts of their parts', () => {
    const parts = [
      ' ', '  ', '\t', '\n', '\u00a0', ',', '.', '(', ')', 'och', 'får', 'fick', 'beviljas', 'tilldelades', 'går', 'kommer att få', 'vardera',
      'strax under', 'ca.', 'nästan', '2 000', '15 000', '1,5 miljoner', 'kronor', 'kr', 'Kvinnojouren', 'Ås', 'IF', 'i', 'I', 'Ekby',
      'kvinnojouren', 'föreningen', 'idrotts', 'förening', '-', '/', 'Ö', '𝒜', '😀', 'liksom', 'medan', 'Nacka',
      'Kommunstyrelsen', 'nämnden', 'socialnämndens', 'sammanträde', 'möte', 'Kultur-', 'fritidsnämnden', 'KOMMUNSTYRELSEN',
      'verksamhetsbidrag', 'stödet', 'anslaget', 'från', 'av', 'kommunen', 'Järfälla kommun', '!', '?', 'Sammanträdesdatum', 'datum för', 'sammanträdet', 'justeringens', 'väckte vid', '2024-05-06', '6 maj 2024', 'Dnr', 'Er beteckning', 'Ärende:', 'KS 2023/123', 'två (2)', '1+1', '+', 'ett', 'års', 'månaders', 'förlängning', 'option', '12', '(3)', 'tolv', 'Förlängning:', 'Option :', 'fortsätter', 'löper', 'gäller', 'därefter', 'att gälla', 'i taget', 'år', 'månader', 'högst', '700 000 kronor', 'höjde', 'minskar', 'godkände', 'avtalet', 'mellan', 'samarbete', 'har enats om', 'Malmö stad', 'Region Skåne', 'med', 'till', 'hembygdsföreningen', 'Scoutkåren', '4H-gård', 'Röda Korset', 'fJärfälla', 'Mentor.se', 'Ekby IF:s', 'Kvinno- och tjejjouren', 'Nacka/Värmdö', 'Ekbymuseet/Ansökan', 'erbjuder', 'Ge', 'ges', 'bland annat', 'utbildar', 'relationer', 'mottagandet', 'För', 'för', 'kring', 'personer', 'unga', 'som', 'i behov av', 'ansvar', 'möjlighet', 'Stiftelsen', '\ud835', '\udc9c', '𝐀', 'É',
      'beslut', 'Beslut:', '\r', '\u2028', '&', 'arbetsutskotts', 'Socialnämndens', 'fritidsnämndens', 'ſ', 'samt', 'ungdomsföreningen', 'svensk-kurdiska', ';',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 16) }, () => parts[Math.floor(next() * parts.length)]).join(next() < 0.5 ? ' ' : '');
      for (const [name, near] of Object.entries(NEAR)) same(near, text, `${name}: ${JSON.stringify(text)}`);
      for (const [name, opening] of Object.entries(OPENING)) sameOpening(opening, text, `${name}: ${JSON.stringify(text)}`);
    }
  });
});

describe('wordThenSpaceBefore', () => {
  it('goes back over the white space and the word before it', () => {
    expect(wordThenSpaceBefore('med kvinnojouren \t i Ekby', 18)).toBe(4);
    expect(wordThenSpaceBefore('kvinnojouren i Ekby', 12)).toBe(0);
    expect(wordThenSpaceBefore('(kvinnojouren i Ekby', 13)).toBe(0);
    expect(wordThenSpaceBefore('', 0)).toBe(0);
  });
});
