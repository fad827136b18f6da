import { describe, expect, it } from 'vitest';
import { findSubjectSentences, partnerBefore, sentenceSubject } from './subject-sentences.js';

const names = (text: string) => findSubjectSentences(text).flatMap((table) => table.rows.map((row) => row[0]!.text));
const passages = (text: string) => findSubjectSentences(text).flatMap((table) => table.rows.map((row) => row[1]!.text));

describe('sentenceSubject', () => {
  it.each([
    ['Idrottsföreningen Kometen är en – den samlar 40 klubbar.', 'Idrottsföreningen Kometen'],
    ['Kvinnojouren Vega driver skyddat boende i kommunen.', 'Kvinnojouren Vega'],
    ['Stiftelsen Gröna Gården i Ekby län är en annan organisation.', 'Stiftelsen Gröna Gården i Ekby län'],
    ['Röda Korset Ekby får 300 000 kronor per år.', 'Röda Korset Ekby'],
  ])('reads the partner %s opens on, by its form', (sentence, name) => expect(sentenceSubject(sentence)).toEqual({ name, formed: true }));

  it('reads a name of two words or more without an organisation form as formless', () => {
    expect(sentenceSubject('Barnombudet i Ekby län är en samordningsfunktion.')).toEqual({ name: 'Barnombudet i Ekby län', formed: false });
    expect(sentenceSubject('Projektet är ett samarbete med kommunen.')).toBeNull();
  });

  it.each([
    'Region Ekby stödjer också ett antal organisationer.',
    'Socialnämnden har ett IOP med Kvinnojouren Vega.',
    'Föreningar och organisationer är viktiga för kommunen.',
    'Partnerskapen gäller för åren 2021–2024.',
    'Anna Karlsson är ordförande i föreningen sedan 2020.',
    'Ekby Bygg AB har ett avtal om lokalerna.',
    // A type noun alone points back to a partner named before (parties/names.ts isTypeNounAlone).
    'Föreningen beviljas 130 000 kronor men hade sökt ett större belopp.',
    'Klubben får 25 000 kronor.',
  ])('reads no partner from %s', (sentence) => expect(sentenceSubject(sentence)).toBeNull());
});

describe('findSubjectSentences', () => {
  it('reads partners told one sentence each in one paragraph, the terms after each', () => {
    const text = [
      'Regionen tecknar partnerskap med flera organisationer. Partnerskapen gäller 2021–2024.',
      '',
      'Idrottsföreningen Kometen är en – den samlar 40 klubbar i länet. För år 2021 handlar det om 1,2 miljoner kronor. Kvinnojouren Vega driver skyddat boende. Här avsätter regionen 900 000 kronor per år.',
      '',
      'Stiftelsen Gröna Gården är en annan organisation där regionen nu ingår partnerskap.',
    ].join('\n');
    expect(names(text)).toEqual(['Idrottsföreningen Kometen', 'Kvinnojouren Vega', 'Stiftelsen Gröna Gården']);
    expect(passages(text)[1]).toBe('Kvinnojouren Vega driver skyddat boende. Här avsätter regionen 900 000 kronor per år.');
  });

  it('reads a partner without an organisation form beside partners that have one, and not without them', () => {
    const text = 'Regionen har partnerskap med flera organisationer. Idrottsföreningen Kometen är en. För 2021 handlar det om 1,2 miljoner kronor. Barnombudet i Ekby län är en samordningsfunktion. Här avsätter regionen 974 000 kronor. Kvinnojouren Vega är en annan organisation där regionen ingår partnerskap.';
    expect(names(text)).toEqual(['Idrottsföreningen Kometen', 'Barnombudet i Ekby län', 'Kvinnojouren Vega']);
    const alone = 'Regionen har partnerskap med flera organisationer. Idrottsföreningen Kometen får 1,2 miljoner kronor. Barnombudet i Ekby län får 974 000 kronor.';
    expect(findSubjectSentences(alone)).toEqual([]);
  });

  it('reads a paragraph per partner, as another kommun writes the same', () => {
    const text = [
      'Kommunen har i dag tre överenskommelser om IOP.',
      '',
      'Brottsofferjouren Norrby har ett avtal om stödsamtal för 2023–2025.',
      '',
      'Fritidsföreningen Solsidan erhåller 250 000 kr per år för fritidsgården.',
      '',
      'Ungdomsföreningen Sörby arbetar med unga i samverkan med socialtjänsten.',
    ].join('\n');
    expect(names(text)).toEqual(['Brottsofferjouren Norrby', 'Fritidsföreningen Solsidan', 'Ungdomsföreningen Sörby']);
  });

  it('reads a grant page that opens each sentence on its recipient', () => {
    const text = 'Nämnden fördelade bidrag till ett antal föreningar. Hembygdsföreningen Ås får 20 000 kronor. Ekby Konstförening får 15 000 kronor för utställningar.';
    expect(names(text)).toEqual(['Hembygdsföreningen Ås', 'Ekby Konstförening']);
  });

  it('reads nothing from a page about one partnership that names its partner twice', () => {
    const text = 'Kommunen har flera partnerskap. Kvinnojouren Vega driver skyddat boende. Kvinnojouren Vega får 400 000 kronor per år för det.';
    expect(findSubjectSentences(text)).toEqual([]);
  });

  it('reads nothing where the page does not speak of several partnerships or grants', () => {
    const text = 'Kvinnojouren Vega driver skyddat boende och får bidrag. Brottsofferjouren Norrby har ett avtal med kommunen.';
    expect(findSubjectSentences(text)).toEqual([]);
  });

  it('reads nothing from partners whose passages speak of no partnership or money', () => {
    const text = 'Det finns flera föreningar i kommunen. Idrottsföreningen Kometen är stor. Kvinnojouren Vega har öppet på kvällar.';
    expect(findSubjectSentences(text)).toEqual([]);
  });

  it('reads nothing from sentences that open on a body or a kommun', () => {
    const text = 'Kommunen har flera partnerskap. Socialnämnden har ett IOP med Kvinnojouren Vega. Ekby kommun har ett avtal med Stadsmissionen.';
    expect(findSubjectSentences(text)).toEqual([]);
  });
});

describe('sentenceSubject: sentences turned about, anaphors, clauses', () => {
  it('reads the recipient after the verb of a sentence turned about, its kind before it giving it form', () => {
    const turned = 'Det största bidraget får orienteringsklubben OK Lodjuret som ska bygga ut.';
    expect(sentenceSubject(turned)).toEqual({ name: 'OK Lodjuret', formed: true, at: turned.indexOf('OK Lodjuret') });
    expect(sentenceSubject('Här får Ekby Frisbeegolf 20 000 kronor.')).toEqual({ name: 'Ekby Frisbeegolf', formed: false, at: 8 });
  });

  it('reads no partner from an anaphor, a pronoun, or a turned-about sentence with a common noun after its verb', () => {
    expect(sentenceSubject('Föreningen beviljas 130 000 kronor.')).toBeNull();
    expect(sentenceSubject('Idrottsklubben får 25 000 kronor.')).toBeNull();
    expect(sentenceSubject('Därmed får man nästan hela beloppet.')).toBeNull();
    expect(sentenceSubject('Det största bidraget får pensionärerna Anna och Per.')).toBeNull();
    expect(sentenceSubject('Det blir Region Ekby som beslutar.')).toBeNull();
  });

  it('reads a partner opening a clause after "och", and an intention as the verb of a grant story', () => {
    const text = 'Nämnden fördelade bidrag till flera föreningar. Norrby IF får 15 000 kronor för en snöskoter och Ekby IF tilldelas 15 000 kronor för fönster. Ekby Hembygdsförening avser att renovera och tilldelas 30 000 kronor.';
    expect(names(text)).toEqual(['Norrby IF', 'Ekby IF', 'Ekby Hembygdsförening']);
  });
});

describe('partnerBefore', () => {
  it('finds the partner a sentence of the paragraph opened on last before an anaphor, not one of another paragraph', () => {
    const text = 'Norrby IF får 10 000 kronor.\n\nEkby IF hade sökt 50 000 kronor. Klubben får 20 000 kronor.';
    expect(partnerBefore(text, text.indexOf('Klubben'))).toEqual({ name: 'Ekby IF', start: text.indexOf('Ekby IF') });
    const other = 'Norrby IF får 10 000 kronor.\n\nKlubben får 20 000 kronor.';
    expect(partnerBefore(other, other.indexOf('Klubben'))).toBeNull();
  });
});
