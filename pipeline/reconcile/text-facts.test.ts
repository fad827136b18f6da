import { describe, expect, it } from 'vitest';
import { textFacts, type PartyName } from './text-facts.js';

const ideburen = (written: string): PartyName => ({ written, kind: 'ideburen' });
const offentlig = (written: string): PartyName => ({ written, kind: 'offentlig' });

describe('text facts: what reconcile keeps of a text', () => {
  it('keeps an abbreviation defined in brackets right after a party, across a line break and in another case', () => {
    const facts = textFacts([ideburen('Kvinnojouren Vågen')], 'Avtal med KVINNOJOUREN\nVågen (KJV). KJV ansvarar för verksamheten.');
    expect(facts.abbreviations).toEqual([{ abbreviation: 'KJV', written: 'Kvinnojouren Vågen', kind: 'ideburen' }]);
  });

  it('keeps no abbreviation for brackets after words that are no party, nor after an abbreviation itself', () => {
    expect(textFacts([ideburen('Kvinnojouren Vågen')], 'Enligt socialtjänstlagen (SOL) ska nämnden …').abbreviations).toEqual([]);
    expect(textFacts([ideburen('KJV')], 'Avtal med KJV (KJV).').abbreviations).toEqual([]);
  });

  it('gives an organisationsnummer to the party named closest before it, within reach', () => {
    const text = 'Parter: Gotlands kommun och Föreningen Ljuset, org.nr 802002-8711. Längre fram: ' + 'x'.repeat(300) + ' organisationsnummer 212000-1124.';
    expect(textFacts([offentlig('Gotlands kommun'), ideburen('Föreningen Ljuset')], text).orgnr).toEqual([{ written: 'Föreningen Ljuset', kind: 'ideburen', value: '802002-8711', valid: true }]);
  });

  it('reads a förlängning in the heading only', () => {
    expect(textFacts([], 'Förlängning av överenskommelse om IOP\n…').extensionHeading).toBe(true);
    expect(textFacts([], 'Överenskommelse om IOP\n' + 'x'.repeat(700) + ' förlängning kan ske').extensionHeading).toBe(false);
  });
});
