import { describe, expect, it } from 'vitest';
import { paragraphHeadings } from './headings.js';

describe('paragraph headings', () => {
  it('reads § headings with body abbreviations, letters and OCR "$", not citations', () => {
    const text = ' RS AU § 114 Idéburet partnerskap\n   KS § 3 a      DNR:KF/2006.203\n$5 Dnr KFT-2025-00010\nKommunfullmäktige 2019-06-11, § 87\n§ 190 överenskommelse om';
    expect(paragraphHeadings(text).map((h) => h.value)).toEqual(['§ 114', '§ 3 a', '§ 5']);
  });

  it('reads a body abbreviation written with small letters ("Socu § 17"), not a citation\'s word or a longer word', () => {
    const text = 'Socu § 17 Dnr 2010-0548\nKsau § 5 Bidrag\nJfr § 12 Beslut\nEnligt § 4 Beslut\nSe § 8 Dnr 2020-1';
    expect(paragraphHeadings(text).map((h) => h.value)).toEqual(['§ 17', '§ 5']);
  });

  it('reads OCR\'s escaped "\\$" and a "§" read as 8 or 3 when the case number follows', () => {
    const text = '\\$ 179 Dnr KS-2024-00168\n8 185 Dnr KS-2024-00326\n3 188 Dnr KS-2024-00025';
    expect(paragraphHeadings(text).map((h) => h.value)).toEqual(['§ 179', '§ 185', '§ 188']);
  });

  it('does not take a line that starts with 8 or 3 and a number for a heading without a case number', () => {
    expect(paragraphHeadings('3 180\n8 12 Ledamöter\n3 000 kronor')).toEqual([]);
  });

  it('reads headings written "§12", "§ 12.", "§ 63/20", "**§ 12**" and "12 §", not a law citation in running text', () => {
    const text = '§12 Val av justerare\n§ 13. Budget\n§ 63/20 Dagordning\n**§ 64** Lokaler\n65 § Övriga frågor\nenligt 5 kap. 12 § kommunallagen';
    expect(paragraphHeadings(text).map((h) => h.value)).toEqual(['§ 12', '§ 13', '§ 63', '§ 64', '§ 65']);
  });
});
