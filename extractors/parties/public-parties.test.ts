import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { extractParties } from './index.js';
import { extractPublicParties, readPublicParties } from './public-parties.js';

const names = (text: string) => extractPublicParties(DocText.fromString(text)).map((f) => f.value);

describe('extractPublicParties', () => {
  it("a kommun's genitive before an organisation's marked word opens that organisation's name, no party", () => {
    expect(names('Upplevelsenämnden ingår IOP med Enköpings stads hembygdsförening om gården.')).toEqual([]);
    expect(names('IOP mellan Enköpings stad och föreningen.')).toEqual(['Enköpings stad']);
    expect(names('Bidraget betalas av Enköpings stads förvaltning till föreningen.')).not.toEqual([]);
  });

  it('reads the protocol header kommun as a strong party', () => {
    const [field] = extractPublicParties(DocText.fromString('KUNGSBACKA KOMMUN     SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n'));
    expect(field!.value).toBe('Kungsbacka kommun');
    expect(field!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(field!.evidence[0]!.text).toBe('KUNGSBACKA KOMMUN');
  });

  it('canonicalises genitive and mis-written forms and keeps every mention as evidence', () => {
    const fields = extractPublicParties(
      DocText.fromString('IOP mellan Göteborg Stad och Skyddsvärnet. Göteborgs stads socialnämnd beslutar.'),
    );
    expect(fields.map((f) => f.value)).toEqual(['Göteborgs stad']);
    expect(fields[0]!.evidence.map((e) => e.text)).toEqual(['Göteborg Stad', 'Göteborgs stads']);
  });

  it('a region in lower case after an organisation’s name is the organisation’s unit, not the public region', () => {
    expect(names('IOP med Röda Korset region Gotland om stöd.')).toEqual([]);
    expect(names('IOP med föreningen om stöd i region Gotland.')).toEqual(['Region Gotland']);
  });

  it('one kommun written as "stad" and as "kommun" is one party, named as the text names it most', () => {
    const fields = extractPublicParties(
      DocText.fromString('Göteborgs stad och Social resursförvaltning ingår IOP. Barn anvisas till Göteborgs kommun. IOP mellan Göteborgs stad och X.'),
    );
    expect(fields.map((f) => f.value)).toEqual(['Göteborgs stad']);
    expect(fields[0]!.evidence).toHaveLength(3);
    expect(names('Avtal mellan Lunds kommun och Malmö stad.')).toEqual(['Lunds kommun', 'Malmö stad']);
  });

  it('finds several parties of a three-party agreement', () => {
    expect(names('Region Skåne ingår överenskommelse med Malmö Stad och Röda Korset.')).toEqual(['Region Skåne', 'Malmö stad']);
  });

  it('normalises landsting forms and regions written as "Västra Götalandsregionen"', () => {
    expect(names('Avtal med Landstinget i Värmland och Västra Götalandsregionens nämnd.')).toEqual([
      'Region Värmland',
      'Västra Götalandsregionen',
    ]);
  });

  it('reads the kommun of a deciding body as a party', () => {
    const [field] = extractPublicParties(DocText.fromString('Socialnämnden i Örebro kommun beslutar att ingå partnerskap.'));
    expect(field!.value).toBe('Örebro kommun');
    expect(field!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('reads the parties listed in an agreement’s title and the sender’s address', () => {
    expect(names('Överenskommelse om IOP, Erikshjälpen Second Hand och Kungsbacka kommun, 2024-11-28')).toEqual(['Kungsbacka kommun']);
    const [address] = extractPublicParties(DocText.fromString('Utvecklingsledare\nLunds kommun\n221 00 Lund'));
    expect(address!.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('drops a kommun mentioned once in passing when the document’s parties are plain', () => {
    expect(names('IOP mellan Region Gotland och föreningen. Jämfört med Uppsala kommun är kostnaden låg.')).toEqual(['Region Gotland']);
    expect(names('IOP mellan Region Gotland och föreningen. Jämfört med Västerås stad och Örebro kommun är kostnaden låg.')).toEqual([
      'Region Gotland',
    ]);
    expect(names('Statistiken visar att Region Gotland har ökat.')).toEqual(['Region Gotland']);
  });

  it('keeps a kommun coordinated with a plain party and one that contributes', () => {
    expect(names('Ärendet\nRegion Kronoberg och Växjö kommun har sedan 2020 ett IOP med föreningen.')).toEqual(['Region Kronoberg', 'Växjö kommun']);
    const [field] = extractPublicParties(DocText.fromString('Socialnämnden ingår IOP. Stockholms stad bidrar med 2 mnkr.'));
    expect(field!.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('public.funder: the kommun or region a grant comes from stands in a role', () => {
    expect(readPublicParties(DocText.fromString('Föreningarna kan mista sitt ekonomiska bidrag från Region Norrbotten.')).inRole).toBe(true);
    expect(readPublicParties(DocText.fromString('Fler föreningar får verksamhetsbidrag av region Norrbotten.')).inRole).toBe(true);
    // Money in a place, or a kommun only named, is no role.
    expect(readPublicParties(DocText.fromString('Föreningarna söker bidrag i Lunds kommun.')).inRole).toBe(false);
    expect(readPublicParties(DocText.fromString('Föreningarna i Region Norrbotten växer.')).inRole).toBe(false);
  });

  it('the publisher named only stands in a role on its own page when a body of its kind decides there', () => {
    const inRole = (text: string) => !extractParties(DocText.fromString(text)).offentligaOnlyNamed;
    const page = 'Regionstyrelsen fördelar 36 miljoner kronor till organisationer. Stödet bidrar till Västra Götalandsregionens mål.';
    expect(inRole(`# source: https://www.vgregion.se/aktuellt/\n\n${page}`)).toBe(true);
    // Another's page (a newspaper), no deciding body, or a body only of the other kind: merely named.
    expect(inRole(`# source: https://www.gp.se/nyheter/\n\n${page}`)).toBe(false);
    expect(inRole('# source: https://www.vgregion.se/aktuellt/\n\nStödet bidrar till Västra Götalandsregionens mål.')).toBe(false);
    expect(inRole('# source: https://www.vgregion.se/aktuellt/\n\nKommunstyrelsen beslutar om stödet. Det bidrar till Västra Götalandsregionens mål.')).toBe(
      false,
    );
  });

  it('is surer of a party context than of a bare mention', () => {
    const [party] = extractPublicParties(DocText.fromString('Partnerskap mellan Region Gotland och föreningen.'));
    const [mention] = extractPublicParties(DocText.fromString('Statistiken visar att Region Gotland har ökat.'));
    expect(party!.confidence).toBeGreaterThan(mention!.confidence);
  });

  it.each(['samverkan med Hallands kommuner', 'regionen och kommunen beslutar', 'Gotlands Regionala utvecklingsstrategi', 'Malmöbor'])(
    'finds no party in "%s"',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );

  it('public.agreement-list: a title lists its parties, a place or a source after the agreement lists none', () => {
    expect(names('Överenskommelse om IOP, Erikshjälpen Second Hand och Kungsbacka kommun')).toEqual(['Kungsbacka kommun']);
    expect(names('Ale kommun tecknar IOP med X. Liknande avtal har tecknats i Lerums kommun, Partille kommun och Göteborgs Stad.')).toEqual(['Ale kommun']);
    expect(names('Ale kommun tecknar IOP med X. Rapporten ger exempel på partnerskapsdokument från Laholms kommun, Timrå kommun och Flens kommun.')).toEqual(['Ale kommun']);
  });

  /** Lines above, so the mention is not in a page header (which names the document's own kommun). */
  const BODY_TEXT = 'Nyheter\nPublicerad 2024-03-01\nAktuellt\nIOP i staden\n\n';

  it('public.owner-of-body: one body of the kommun makes it a party, its bodies in general do not', () => {
    expect(readPublicParties(DocText.fromString('Ärendet bereds av Lunds kommuns socialnämnd.')).inRole).toBe(true);
    const general = readPublicParties(DocText.fromString(`${BODY_TEXT}Stockholms stads nämnder och styrelser kan ingå IOP med föreningar.`));
    expect(general.fields.map((f) => f.value)).toEqual(['Stockholms stad']);
    expect(general.inRole).toBe(false);
  });

  it('says whether a party stands in a role or the kommun is only the one the text names', () => {
    expect(readPublicParties(DocText.fromString('Lunds kommun tecknar IOP med föreningen.')).inRole).toBe(true);
    const named = readPublicParties(DocText.fromString(`${BODY_TEXT}Föreningarna i Lunds kommun får 6 miljoner i bidrag.`));
    expect(named.fields.map((f) => f.value)).toEqual(['Lunds kommun']);
    expect(named.inRole).toBe(false);
  });
});

describe('public.signed-by', () => {
  it('a kommun among the parties the agreement was signed by', () => {
    const signed = extractPublicParties(DocText.fromString('Avtalet undertecknades av Växjö kommun och Ekby Ryttarförening i går.'));
    expect(signed.map((f) => [f.value, f.evidence.length > 0])).toEqual([['Växjö kommun', true]]);
    expect(signed[0]!.confidence).toBeGreaterThan(0.75);
    // Only named: a mention's weaker standing.
    const named = extractPublicParties(DocText.fromString('Bilden visades i Växjö kommun och i Ekby i går.'));
    expect(named[0]?.confidence ?? 0).toBeLessThan(signed[0]!.confidence);
  });
});

describe('public.partner: a contract line opening with "Mellan"', () => {
  it('is as strong as "mellan" inside a sentence', () => {
    const opening = extractPublicParties(DocText.fromString('Mellan Växjö kommun, nedan kallad kommunen, och Ekby Ryttarförening har följande avtal träffats.'));
    expect(opening.map((f) => f.value)).toEqual(['Växjö kommun']);
    expect(opening[0]!.confidence).toBeGreaterThan(0.75);
  });
});
