import { describe, expect, it } from 'vitest';
import { hyphenatedVocabulary, joinHyphenationAcrossPages, joinLineEndHyphenation } from './hyphenation.js';

describe('joinLineEndHyphenation', () => {
  it('joins a word hyphenated at a line end and moves it up', () => {
    expect(joinLineEndHyphenation('samverkan med idéburna organisa-\ntioner i regionen')).toBe('samverkan med idéburna organisationer\ni regionen');
  });
  it('drops the next line when the joined word was all it held', () => {
    expect(joinLineEndHyphenation('överens-\nkommelsen.\nNästa stycke')).toBe('överenskommelsen.\nNästa stycke');
  });
  it.each([
    ['Röda Korsets behandlingscentrum för krigs-\noch tortyrskadade'],
    ['förslaget godkänns av hälso-\noch sjukvårdsnämnden'],
    ['arbetsmarknads-\neller socialnämnden'],
    ['barn-\nsamt ungdomsverksamhet'],
    ['Bilaga till Energi-\no Klimatplan 2010-2020'],
  ])('keeps the suspended compound in %j', (text) => {
    expect(joinLineEndHyphenation(text)).toBe(text);
  });
  it('joins a hyphenated case number and keeps its hyphen', () => {
    expect(joinLineEndHyphenation('ärende ASN-2021-\n6250 om förlängning')).toBe('ärende ASN-2021-6250\nom förlängning');
  });
  it('joins an abbreviation compound and keeps its hyphen', () => {
    expect(joinLineEndHyphenation('teckna ett IOP-\navtal med föreningen')).toBe('teckna ett IOP-avtal\nmed föreningen');
  });
  it('keeps the hyphen before a capitalised name', () => {
    expect(joinLineEndHyphenation('Malmö-\nLund')).toBe('Malmö-Lund');
  });
  it('leaves a dash with a space before it alone', () => {
    const text = 'perioden 2021 -\n2024';
    expect(joinLineEndHyphenation(text)).toBe(text);
  });
  it('leaves a hyphen before a blank line alone', () => {
    const text = 'krigs-\n\noch';
    expect(joinLineEndHyphenation(text)).toBe(text);
  });
});

describe('hyphenatedVocabulary', () => {
  it('collects words hyphenated inside a line, not hyphens at a line end', () => {
    expect(hyphenatedVocabulary(['Rinkeby-kista stadsdelsnämnd och IOP-avtal', 'organisa-\ntioner'])).toEqual(new Set(['rinkeby-kista', 'iop-avtal']));
  });
  it('keeps the hyphen of a word the document writes with one elsewhere', () => {
    const known = hyphenatedVocabulary(['i Rinkeby-kista stadsdelsområde']);
    expect(joinLineEndHyphenation('nämnden i Rinkeby-\nkista, som', known)).toBe('nämnden i Rinkeby-kista,\nsom');
  });
  it('takes whole chains, from where their word starts, and nothing at a bullet, a dash or a line end', () => {
    expect(hyphenatedVocabulary(['Dnr KS-2021-0042 av Rinkeby-Kista-förvaltningen', '- punkt ett\n-- och så vidare -\nslut-', 'x--y a - b'])).toEqual(
      new Set(['ks-2021-0042', 'rinkeby-kista-förvaltningen']),
    );
    expect(hyphenatedVocabulary(['(IOP-avtal)', '"e-post"', '3-5 år'])).toEqual(new Set(['iop-avtal', 'e-post', '3-5']));
  });
  it('counts a letter outside the BMP as one letter of the word', () => {
    expect(hyphenatedVocabulary(['\u{1D400}b-c och \u{1D400}-\u{1D401}'])).toEqual(new Set(['\u{1D400}b-c', '\u{1D400}-\u{1D401}']));
  });
  it('still joins a word the document never writes with a hyphen', () => {
    const known = hyphenatedVocabulary(['i Rinkeby-kista stadsdelsområde']);
    expect(joinLineEndHyphenation('idéburna organisa-\ntioner', known)).toBe('idéburna organisationer');
  });
});

describe('joinHyphenationAcrossPages', () => {
  it('moves the second half of a word split by a page break up to the first page', () => {
    expect(joinHyphenationAcrossPages(['ett tryggt samhäl-', 'le, hållbar tillväxt\nnästa rad'])).toEqual(['ett tryggt samhälle,', 'hållbar tillväxt\nnästa rad']);
  });
  it('removes the next page\'s first line when the word was all it held', () => {
    expect(joinHyphenationAcrossPages(['överens-', 'kommelsen\nBeslut'])).toEqual(['överenskommelsen', 'Beslut']);
  });
  it('keeps a suspended compound across a page break', () => {
    const pages = ['för krigs-', 'och tortyrskadade'];
    expect(joinHyphenationAcrossPages(pages)).toEqual(pages);
  });
  it('leaves pages that do not end in a hyphen alone', () => {
    const pages = ['slut.', 'början'];
    expect(joinHyphenationAcrossPages(pages)).toEqual(pages);
  });
});
