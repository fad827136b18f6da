import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { bodyPlaceMentions, domainParties, ownWordMentions } from './own-party.js';
import { extractPublicParties } from './public-parties.js';

const names = (text: string) => extractPublicParties(DocText.fromString(text)).map((f) => f.value);

describe('the document’s own kommun and region', () => {
  it('finds the nouns that stand for them', () => {
    expect(ownWordMentions('Kommunen och regionen, stadens och landstingets').map((m) => m.kind)).toEqual(['kommun', 'region', 'kommun', 'region']);
    expect(ownWordMentions('kommunerna, regionerna, kommunalråd, Kommunens')).toHaveLength(1);
  });

  it('reads a kommun from a body and its place', () => {
    expect(bodyPlaceMentions('Kommunstyrelsen i Alingsås beslutar.').map((m) => m.name)).toEqual(['Alingsås kommun']);
    expect(bodyPlaceMentions('Socialnämnden i Upplands Väsby och nämnden i Göteborg').map((m) => m.name)).toEqual(['Upplands Väsby kommun', 'Göteborgs stad']);
    // Designated forms are the lexicon's; a place that is no kommun is none.
    expect(bodyPlaceMentions('Socialnämnden i Örebro kommun. Styrelsen i Föreningen Väst.')).toEqual([]);
  });

  it('strengthens the own kommun where "kommunen" stands as a party', () => {
    const [alone] = extractPublicParties(DocText.fromString('Text om Lunds kommun.\nText om föreningen.'));
    const [party] = extractPublicParties(DocText.fromString('Text om Lunds kommun.\nIOP mellan kommunen och föreningen.'));
    expect(party!.value).toBe('Lunds kommun');
    expect(party!.evidence.map((e) => e.text)).toEqual(['Lunds kommun', 'kommunen']);
    expect(party!.confidence).toBeGreaterThan(alone!.confidence);
    // Which kommun "kommunen" is must be said: two kommuner named, neither as the sender, leave it open.
    expect(names('Text om Lunds kommun och Malmö stad. IOP mellan kommunen och föreningen.')).toEqual(['Lunds kommun', 'Malmö stad']);
  });

  it('knows the own kommun or region by the domain the text writes', () => {
    expect(domainParties('Kontakt: anna.ek@upplandsvasby.se, www.goteborg.se, https://www.regionsormland.se/x').map((d) => d.name)).toEqual([
      'Upplands Väsby kommun',
      'Göteborgs stad',
      'Region Sörmland',
    ]);
    expect(domainParties('www.mitti.se och info@foreningen.se')).toEqual([]);
    // A region's domain that is not "region" and its name: the lexicon says it.
    expect(domainParties('https://utveckling.skane.se/x, https://www.rjl.se, anna@vgregion.se').map((d) => d.name)).toEqual([
      'Region Skåne',
      'Region Jönköpings län',
      'Västra Götalandsregionen',
    ]);
    // Of the kommuner or regioner a text names, the domain says which one "kommunen" or "regionen" is.
    expect(names('Avtal mellan regionen och föreningen. Västra Götalandsregionen och Region Halland har mål för 2025.\nhttps://www.vgregion.se/iop')).toEqual(['Västra Götalandsregionen']);
    expect(names('IOP mellan kommunen och föreningen. Eskilstuna kommun och Västerås stad jämförs.\nKontakt: anna.ek@eskilstuna.se')).toEqual(['Eskilstuna kommun']);
    // A domain alone names none: a party is named as such in the text, not by its address ("Kommunen har tecknat avtal
    // med föreningen" on dorotea.se names no kommun).
    expect(names('Avtal mellan regionen och föreningen.\nhttps://www.vgregion.se/iop')).toEqual([]);
    expect(names('IOP mellan kommunen och föreningen.\nKontakt: anna.ek@eskilstuna.se')).toEqual([]);
    expect(names('Läs mer på www.eskilstuna.se')).toEqual([]);
  });

  it('keeps only parties with a role once one has a role: a kommun in passing is none', () => {
    expect(names('IOP mellan Karlstads kommun och föreningen. Liknande avtal finns i Örebro kommun och Västerås stad.')).toEqual(['Karlstads kommun']);
    expect(names('Sedan 2019 har kommunen ett IOP med föreningen. Nacka kommun ser goda resultat.')).toEqual(['Nacka kommun']);
  });

  it('takes a doubtful form in a party’s place as the kommun', () => {
    const [field] = extractPublicParties(DocText.fromString('Falkenbergs stad ingår IOP med föreningen.'));
    expect(field!.confidence).toBeGreaterThanOrEqual(0.8);
    const [town] = extractPublicParties(DocText.fromString('Hon bor i Uppsala stad sedan länge.'));
    expect(town!.confidence).toBeLessThan(0.5);
  });
});
