/**
 * A trigger's prefilter (rules.ts TriggerRule.prefilter) and its literals (TriggerRule.literals, found for all rules in one
 * pass: trigger-literals.ts) are only a speed-up: every sentence the trigger matches in must match them too, or the rule
 * would silently lose phrases. The same for the partnership cue's literals (ABOUT_PARTNERSHIP_WORDS), which must hold
 * wherever ABOUT_PARTNERSHIP matches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentences } from '../engine/sentences.js';
import { ABOUT_PARTNERSHIP, ABOUT_PARTNERSHIP_WORDS, TRIGGER_RULES, type TriggerRule } from './rules.js';
import { mayMatch, possibleRules } from './trigger-literals.js';
import { DEFAULT_DIRS } from '../../pipeline/eval/calibration-set.js';

const filtered = TRIGGER_RULES.filter((rule) => rule.prefilter);
const matches = (pattern: RegExp, text: string) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
const rule = (name: string) => TRIGGER_RULES.find((r) => r.name === name)!;
/** Whether the one-pass literal search lets a rule be tried in a text. */
const letThrough = (r: TriggerRule, text: string) => mayMatch(possibleRules(text), r);

/** One sentence for each offer word and its forms (OFFER_WORDS), with each preposition. */
const OFFER_EXAMPLES = [
  'Lokalen är tillgänglig för alla', 'tillgängliga för unga', 'riktade till äldre', 'riktad till barn', 'öppen för alla',
  'öppet för kvinnor', 'öppna för unga', 'integrationen för nyanlända', 'IOP:et för barn', 'IOP:en för unga', 'iop för äldre',
  'fritidsverksamheten för unga', 'verksamheter för barn', 'satsningar till unga', 'insatserna för äldre', 'stödet åt hemlösa',
  'aktiviteterna för barn', 'vårdplatser för människor', 'boendet för kvinnor', 'mötesplatsen för unga', 'läxhjälpen för elever',
  'samtalen för anhöriga', 'träffarna för äldre', 'mottagningen för unga', 'rådgivningen till föräldrar', 'utbildningar för unga',
  'programmet för unga', 'läger för barn', 'gemenskapen för äldre', 'härbärget för hemlösa', 'jouren för kvinnor',
  'partnerskapet för barn', 'samarbetet kring unga', 'samverkan för äldre', 'överenskommelsen för unga', 'arbetet för kvinnor',
  'stöd för för människor', 'Insatsen är riktat till unga', 'Stödet ges till äldre', 'Hjälpen erbjuds främst till kvinnor',
  'Verksamheten bedrivs i huvudsak för barn', 'Stöd lämnas till anhöriga',
];

describe('trigger prefilters', () => {
  it('hold in every offer-word example the trigger matches', () => {
    const offer = filtered.find((rule) => rule.name === 'offer-for')!;
    for (const text of OFFER_EXAMPLES) {
      expect(matches(offer.trigger, text), text).toBe(true);
      expect(matches(offer.prefilter!, text), text).toBe(true);
    }
  });

  it('let the chance-for rule through in every chance-word example its trigger matches', () => {
    const chance = rule('chance-for');
    for (const text of ['möjlighet för unga', 'gör det möjligt för äldre', 'möjliggör för kvinnor', 'Underlätta för nyanlända', 'underlättar för barn']) {
      expect(matches(chance.trigger, text), text).toBe(true);
      expect(letThrough(chance, text), text).toBe(true);
    }
  });

  it('let a rule through where its literal begins another one ("rikta" in "riktad") or overlaps one ("deltagar" after "boende"), and not where none stands', () => {
    expect(letThrough(rule('riktar-sig-till'), 'Insatsen är inriktad på unga')).toBe(true);
    expect(letThrough(rule('riktar-sig-till'), 'tillvaron')).toBe(true);
    expect(letThrough(rule('visitors-are'), 'boendeltagarna')).toBe(true);
    expect(letThrough(rule('malgruppen-ar'), 'MÅLGRUPPEN ÄR UNGA')).toBe(true);
    expect(letThrough(rule('malgruppen-ar'), 'Föreningen har ett kansli i centrum.')).toBe(false);
    expect(letThrough(rule('reception-of'), 'Föreningen har ett kansli i centrum.')).toBe(false);
  });

  it('let a rule with a literal too short to search for ("för", "ta") through everywhere', () => {
    expect(letThrough(rule('for-people-with'), 'Föreningen har ett kansli i centrum.')).toBe(true);
    expect(letThrough(rule('serving-verb'), 'Föreningen har ett kansli i centrum.')).toBe(true);
  });

  it('declare literals of lower-case letters only (they are joined into one pattern and looked up lower-cased)', () => {
    for (const r of TRIGGER_RULES) {
      expect(r.literals.length, r.name).toBeGreaterThan(0);
      for (const literal of r.literals) expect(literal, r.name).toMatch(/^\p{Ll}+$/u);
    }
  });

  it('hold in every directed-verb form the riktar-sig-till trigger reads, and not in a sentence without one', () => {
    const directed = filtered.find((rule) => rule.name === 'riktar-sig-till')!;
    for (const text of [
      'Verksamheten riktar sig till unga', 'riktade sig främst till äldre', 'ska rikta sig till kvinnor', 'Insatsen riktas mot barn',
      'Föreningen vänder sig till anhöriga', 'vände sig till nyanlända', 'är inriktad på äldre', 'inriktat mot unga', 'inriktar sig på barn',
      'fokuserar på kvinnor', 'Fokus på unga', 'är avsedd för äldre', 'avsedda för barn', 'Stödet är till för hemlösa', 'RIKTAR SIG TILL UNGA',
    ]) {
      expect(matches(directed.trigger, text), text).toBe(true);
      expect(matches(directed.prefilter!, text), text).toBe(true);
    }
    for (const text of ['Föreningen har ett kansli i centrum.', 'Bidraget betalas ut till föreningen.']) expect(matches(directed.prefilter!, text), text).toBe(false);
  });

  it('ABOUT_PARTNERSHIP_WORDS holds in every form the partnership cue reads', () => {
    const forms = ['IOP', 'iop:et', 'IOP:en', 'Partnerskapet', 'idéburet offentligt partnerskap', 'överenskommelsen', 'ÖVERENSKOMMELSE',
      'samverkansavtalet', 'Avtal', 'föreningsbidraget', 'bidrag', 'syfte', 'Syftet', 'syftar', 'ändamål', 'Ändamålet'];
    for (const text of forms) {
      expect(ABOUT_PARTNERSHIP.test(`Om ${text} här`), text).toBe(true);
      expect(ABOUT_PARTNERSHIP_WORDS.test(`Om ${text} här`), text).toBe(true);
    }
  });

  it('hold in every development-set sentence a trigger matches', () => {
    const dir = join(import.meta.dirname, '../../fixtures/devset/docs');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const { text } of sentences(readFileSync(join(dir, file), 'utf8'))) {
        for (const rule of filtered) if (matches(rule.trigger, text)) expect(matches(rule.prefilter!, text), `${rule.name} in ${file}: ${text}`).toBe(true);
        const possible = possibleRules(text);
        for (const rule of TRIGGER_RULES) if (matches(rule.trigger, text)) expect(mayMatch(possible, rule), `${rule.name}'s literals in ${file}: ${text}`).toBe(true);
        if (ABOUT_PARTNERSHIP.test(text)) expect(ABOUT_PARTNERSHIP_WORDS.test(text), `about-partnership in ${file}: ${text}`).toBe(true);
      }
    }
  });

  it('let every rule through in every sentence of the realsets (development) and every rules-test example its trigger matches in', () => {
    const dirs = DEFAULT_DIRS.filter((d) => d.startsWith('fixtures/realset')).map((d) => join(import.meta.dirname, '../..', d, 'docs'));
    const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((file) => sentences(readFileSync(join(dir, file), 'utf8')).map((s) => s.text)));
    const source = readFileSync(join(import.meta.dirname, 'rules.test.ts'), 'utf8');
    for (const text of [...texts, ...[...source.matchAll(/'([^'\n]*)'/gu)].map((m) => m[1]!)]) {
      const possible = possibleRules(text);
      for (const rule of TRIGGER_RULES) if (matches(rule.trigger, text)) expect(mayMatch(possible, rule), `${rule.name}'s literals: ${text}`).toBe(true);
    }
  });
});
