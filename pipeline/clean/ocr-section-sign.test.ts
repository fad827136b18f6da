import { describe, expect, it } from 'vitest';
import { restoreSectionSigns } from './ocr-section-sign.js';

describe('restoreSectionSigns', () => {
  it.each([
    ['3 57 Överenskommelse om IOP', '§ 57 Överenskommelse om IOP'],
    ['8 114 Idéburet offentligt partnerskap', '§ 114 Idéburet offentligt partnerskap'],
    ['KS 8 12', 'KS § 12'],
    ['RS AU 3 114 Idéburet offentligt partnerskap', 'RS AU § 114 Idéburet offentligt partnerskap'],
    ['Reviderad enligt KS 8 110/2013', 'Reviderad enligt KS § 110/2013'],
    ['beslutade 2010-06-29 3 57 att anta', 'beslutade 2010-06-29 § 57 att anta'],
  ])('restores "§" in %j', (text, expected) => {
    expect(restoreSectionSigns(text)).toBe(expected);
  });
  it.each(['med 3 57 kronor per år', '3 personer deltog', '8 000 kronor', '2021 3 57'])('leaves %j alone', (text) => {
    expect(restoreSectionSigns(text)).toBe(text);
  });
});
