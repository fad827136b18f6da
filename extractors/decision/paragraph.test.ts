import { describe, expect, it } from 'vitest';
import { paragraphMentions, protocolParagraph, reportedParagraph } from './paragraph.js';

const values = (text: string) => paragraphMentions(text).map((m) => m.value);

describe('paragraph of a single-matter decision', () => {
  it('reads the stamp of a protokollsutdrag without a paragraph heading', () => {
    const text = 'Protokollsutdrag\nSocialnämnden 2024-05-06 § 114\nÖverenskommelse om IOP med föreningen.\nNämnden beslutar att godkänna överenskommelsen.';
    expect(protocolParagraph(text, text.indexOf('Nämnden beslutar'))?.value).toBe('§ 114');
    expect(protocolParagraph('Utdrag\nKS § 7\nBeslut: bifall.', 20)?.value).toBe('§ 7');
  });

  it('reads an item heading that lost its § sign, as the page title with the case number in brackets', () => {
    const excerpt = (title: string) => protocolParagraph(`# source: https://x.se/a\n\n${title}\n\nKommunstyrelsen Protokollsutdrag\nBeslut Förslag till kommunfullmäktige`, 80)?.value ?? null;
    expect(excerpt('262 Svar på motion - Handlingsplan mot hedersförtryck (KSKF/2016:345)')).toBe('§ 262');
    expect(excerpt('45 Ansökan om bidrag från föreningen (Dnr KS 2023/123)')).toBe('§ 45');
    expect(excerpt('7 Överenskommelse om IOP (SN-2022-45)')).toBe('§ 7');
    // A year, a title without a case number, a number inside the title.
    expect(excerpt('2023 Årsredovisning för stiftelsen (KS 2024/12)')).toBeNull();
    expect(excerpt('262 Svar på motion - Handlingsplan mot hedersförtryck')).toBeNull();
    expect(excerpt('Svar på motion 262 (KSKF/2016:345)')).toBeNull();
  });

  it('prefers the paragraph heading the decision stands under', () => {
    const text = '§ 12 Val av justerare\nKommunstyrelsens arbetsutskott 2024-11-19, § 345\n§ 13 IOP med föreningen\nBeslut';
    expect(protocolParagraph(text, text.indexOf('Beslut'))?.value).toBe('§ 13');
  });

  it("takes the item's own heading over a work committee's § noted under it, not in an arbetsutskott's own protocol", () => {
    const item = 'SAMMANTRÄDESPROTOKOLL\nRegionstyrelsen\n2007-02-22\n\nKS § 26\nBidrag till bygdegårdsföreningen\n\nAU § 27\nKS2006/0607-04\nText.\n\nKommunstyrelsens beslut\nBifall.';
    expect(protocolParagraph(item, item.indexOf('Kommunstyrelsens beslut'))?.value).toBe('§ 26');
    const committee = 'Arbetsutskottet\n\nAU § 5\nJustering\n\nAU § 6\nBidrag till föreningen\nBeslut\nBifall.';
    expect(protocolParagraph(committee, committee.indexOf('Beslut'))?.value).toBe('§ 6');
    const far = `KS § 26\nJustering\n${'Ordföranden utsåg justerare för dagens sammanträde. '.repeat(6)}\n\nAU § 27\nBidrag\nBeslut`;
    expect(protocolParagraph(far, far.indexOf('Beslut'))?.value).toBe('§ 27');
  });

  it('leaves out clauses of laws and agreements', () => {
    expect(values('enligt 3 kap. 5 § socialtjänstlagen och § 2 i avtalet')).toEqual([]);
    expect(values('Enligt § 4 ska parterna samråda. Se § 6 socialtjänstlagen och § 3 stycke 2.')).toEqual([]);
    expect(values('Kommunstyrelsen beslutade den 6 maj, § 45, att godkänna avtalet.')).toEqual(['§ 45']);
  });

  it('takes a news page\'s § from the reporting sentence, or the one § mentioned', () => {
    const text = 'Kommunstyrelsen fattade 2019 beslut § 12. I går beslutade kommunstyrelsen (§ 45) att teckna IOP.';
    const sentence = { start: text.indexOf('I går'), end: text.length };
    expect(reportedParagraph(text, sentence)?.value).toBe('§ 45');
    expect(reportedParagraph('Beslut KS § 45\nKommunstyrelsen sa ja till IOP.', { start: 15, end: 45 })?.value).toBe('§ 45');
    expect(reportedParagraph('Se § 12 och § 45. Kommunstyrelsen sa ja.', { start: 18, end: 40 })).toBeNull();
  });
});
