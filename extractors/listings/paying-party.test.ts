import { describe, expect, it } from 'vitest';
import { isPayingParty } from './paying-party.js';

describe('paying party: the public party a page names as its listed money\'s giver', () => {
  it.each([
    ['… kan mista sitt ekonomiska bidrag från Region Norrbotten.', 'Region Norrbotten', []],
    ['Fler föreningar får verksamhetsbidrag av region Norrbotten.', 'Region Norrbotten', []],
    ['… för social hållbarhet i Västra Götalandsregionen.', 'Västra Götalandsregionen', ['regionstyrelsen']],
    ['Lunds kommun har många föreningar.', 'Lunds kommun', ['Kommunstyrelsen']],
  ])('%s', (text, party, bodies) => expect(isPayingParty(text, party, bodies)).toBe(true));

  it.each([
    ['Stockholm stads nämnder och styrelser kan ingå IOP.', 'Stockholms stad', ['Rinkeby-Kista stadsdelsnämnd']],
    ['Föreningar i Lunds kommun får bidrag.', 'Lunds kommun', ['socialnämnden']],
    ['Region Skåne ordnar en konferens.', 'Region Skåne', ['kommunstyrelsen']],
    ['Bidrag från staten till Region Skåne.', 'Lunds kommun', []],
  ])('%s', (text, party, bodies) => expect(isPayingParty(text, party, bodies)).toBe(false));
});
