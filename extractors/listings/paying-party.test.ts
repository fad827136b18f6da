import { describe, expect, it } from 'vitest';
import { isPayingParty } from './paying-party.js';

describe('paying party: the public party a page names as its listed money\'s giver', () => {
  it.each([
    ['… kan mista sitt ekonomiska bidrag från Region Norrbotten.', 'Region Norrbotten', []],
    ['Fler föreningar får verksamhetsbidrag av region Norrbotten.', 'Region Norrbotten', []],
    ['… för social hållbarhet i Västra Götalandsregionen.', 'Västra Götalandsregionen', ['regionstyrelsen']],
    ['Lunds kommun har många föreningar.', 'Lunds kommun', ['Kommunstyrelsen']],
    ['Socialnämnden fördelar föreningsbidrag utifrån Göteborgs Stads riktlinjer.', 'Göteborgs stad', ['socialnämnden']],
    ['Bidragen följer Lunds kommuns regler för föreningsstöd.', 'Lunds kommun', ['kulturnämnden']],
  ])('%s', (text, party, bodies) => expect(isPayingParty(text, party, bodies)).toBe(true));

  it.each([
    ['Stockholm stads nämnder och styrelser kan ingå IOP.', 'Stockholms stad', ['Rinkeby-Kista stadsdelsnämnd']],
    ['Föreningar i Lunds kommun får bidrag.', 'Lunds kommun', ['socialnämnden']],
    ['Region Skåne ordnar en konferens.', 'Region Skåne', ['kommunstyrelsen']],
    ['Bidrag från staten till Region Skåne.', 'Lunds kommun', []],
    ['Stockholms stads hembygdsförening får bidrag.', 'Stockholms stad', ['kulturnämnden']],
    ['Lunds kommuns nämnder har fått bidrag från staten.', 'Lunds kommun', ['socialnämnden']],
    ['Göteborgs föreningar får riktlinjer för bidrag.', 'Göteborgs stad', ['socialnämnden']],
  ])('%s', (text, party, bodies) => expect(isPayingParty(text, party, bodies)).toBe(false));
});
