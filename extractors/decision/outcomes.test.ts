import { describe, expect, it } from 'vitest';
import { OUTCOME_RULES, outcomeOf } from './outcomes.js';

/** Per rule: sentences it must decide, and sentences it must leave alone. */
const EXAMPLES: Record<string, { match: string[]; noMatch: string[] }> = {
  'send back': {
    match: ['Ärendet återremitteras och återkommer till budgetavstämningen 2024.', 'Kommunstyrelsen beslutar att återremittera ärendet.'],
    noMatch: ['Ärendet remitteras till nämnderna.'],
  },
  postpone: { match: ['Ärendet bordläggs till nästa sammanträde.', 'Nämnden beslutar att bordlägga ärendet.'], noMatch: ['Ärendet läggs till handlingarna.'] },
  'propose to higher body': {
    match: [
      'Kommunstyrelsen föreslår kommunfullmäktige att godkänna avtalet.',
      'Nämnden föreslår regionstyrelsen besluta att bevilja medel.',
      // "tillstyrka" supports the proposal; it is no motion ("yrka").
      'Arbetsutskottet föreslår kommunstyrelsen tillstyrka kommunfullmäktige besluta att godkänna lånet.',
    ],
    noMatch: ['Förvaltningen föreslår att nämnden godkänner avtalet.'],
  },
  approve: {
    match: ['Kommunstyrelsen godkänner arrendeavtal med föreningen.', 'Ansökan beviljas.', 'Nämnden bifaller ansökan.', 'Godkänna rapporten.', 'Nämnden medger föreningen tillgång till lokalen.', 'Nämnden fördelar 2026 års bidrag med 20 000 kr till föreningen.'],
    noMatch: ['Nämnden godkänner inte avtalet.', 'Nämnden beslutar att inte bevilja ansökan.', 'Föreningen har lämnat en ansökan.', 'Nämnden beslutar om fördelningen av medel.'],
  },
  'decide as proposed': { match: ['Nämnden beslutar i enlighet med förvaltningens förslag.', 'Regionstyrelsen beslutar enligt förslaget.'], noMatch: ['Nämnden beslutar om fördelningen.'] },
  refuse: { match: ['Nämnden för Individ & Familjeomsorg avslår initiativet', 'Ansökan avslås.'], noMatch: ['Nämnden slår fast ramarna.'] },
  'not approve': { match: ['Ansökan beviljas inte.', 'Nämnden medger ej undantag.', 'Socialnämnden beslutar att inte bevilja ansökan.'], noMatch: ['Ansökan beviljas.'] },
  'decide to': {
    match: ['Nämnden beslutar att uppdra åt förvaltningschefen att ta fram förslag.', 'Nämnden ger ordförande delegation om undertecknande.'],
    noMatch: ['Beslutet skickas till föreningen.'],
  },
};

describe('outcome rules', () => {
  for (const rule of OUTCOME_RULES) {
    const examples = EXAMPLES[rule.name];
    it(`${rule.name} has examples`, () => expect(examples).toBeDefined());
    for (const sentence of examples?.match ?? []) {
      it(`${rule.name}: ${sentence}`, () => expect(outcomeOf(sentence)?.rule.name).toBe(rule.name));
    }
    for (const sentence of examples?.noMatch ?? []) {
      it(`not ${rule.name}: ${sentence}`, () => expect(outcomeOf(sentence)?.rule.name).not.toBe(rule.name));
    }
  }

  it('skips motions and votes', () => {
    expect(outcomeOf('Vice ordförande yrkar på avslag till initiativet.')).toBeNull();
    expect(outcomeOf('Ordföranden finner två förslag, dels ett avslagsyrkande och dels ett bifallsyrkande.')).toBeNull();
    expect(outcomeOf('Socialnämnden tillstyrker ansökan.')?.rule.outcome).toBe('bifall');
  });

  it('reads a decision that names the motion it adopts', () => {
    expect(outcomeOf('Arbetsutskottet beslutar att återremittera ärendet till förvaltningen för komplettering enligt ordförandens yrkande.')?.rule.outcome).toBe('återremiss');
    expect(outcomeOf('Nämnden beslutar med bifall till Anna Anderssons yrkande att avslå ansökan.')?.rule.outcome).toBe('avslag');
    expect(outcomeOf('Kommunstyrelsen beslutar i enlighet med yrkandet att bevilja bidraget.')?.rule.outcome).toBe('bifall');
    expect(outcomeOf('Ordföranden yrkar att ärendet återremitteras enligt förvaltningens yrkande.')).toBeNull();
    expect(outcomeOf('Ordföranden yrkar att ärendet återremitteras för komplettering.')).toBeNull();
  });

  it('lets a matter sent back outrank the approval of that proposal', () => {
    expect(outcomeOf('Ordförande finner att förslaget att återremittera ärendet bifalls.')?.rule.outcome).toBe('återremiss');
  });
});
