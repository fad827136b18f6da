/**
 * A trigger's prefilter (rules.ts TriggerRule.prefilter) is only a speed-up: every sentence the trigger matches in
 * must match it too, or the rule would silently lose phrases. The same for the partnership cue's literals
 * (ABOUT_PARTNERSHIP_WORDS), which must hold wherever ABOUT_PARTNERSHIP matches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentences } from '../engine/sentences.js';
import { ABOUT_PARTNERSHIP, ABOUT_PARTNERSHIP_WORDS, TRIGGER_RULES } from './rules.js';

const filtered = TRIGGER_RULES.filter((rule) => rule.prefilter);
const matches = (pattern: RegExp, text: string) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);

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

  it('hold in every chance-word example the trigger matches', () => {
    const chance = filtered.find((rule) => rule.name === 'chance-for')!;
    for (const text of ['möjlighet för unga', 'gör det möjligt för äldre', 'möjliggör för kvinnor', 'Underlätta för nyanlända', 'underlättar för barn']) {
      expect(matches(chance.trigger, text), text).toBe(true);
      expect(matches(chance.prefilter!, text), text).toBe(true);
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
        if (ABOUT_PARTNERSHIP.test(text)) expect(ABOUT_PARTNERSHIP_WORDS.test(text), `about-partnership in ${file}: ${text}`).toBe(true);
      }
    }
  });
});
