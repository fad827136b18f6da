import { describe, expect, it } from 'vitest';
import type { Page } from '../read/types.js';
import { cleanPages } from './index.js';

const page = (number: number, text: string, source: Page['source'] = 'text-layer'): Page => ({ number, text, source });

describe('cleanPages', () => {
  it('runs the rules in order: headers (the first page keeps its letterhead), page numbers, hyphenation across a page break, masking', () => {
    const { pages, maskedIdentityNumbers } = cleanPages([
      page(1, 'Region Exempel Protokoll Sida 1 (2)\nKontakt 811218-9876 om över\u00ADens-\nkommelsen och IOP-\navtal för krigs-\noch tortyrskadade i ett tryggt samhäl-\nJusterandes signatur Utdragsbestyrkande\n1'),
      page(2, 'Region Exempel Protokoll Sida 2 (2)\nle, hållbart.\nJusterandes signatur Utdragsbestyrkande\n2'),
    ]);
    expect(pages.map((p) => p.text)).toEqual([
      'Region Exempel Protokoll\nKontakt XXXXXX-XXXX om överenskommelsen\noch IOP-avtal\nför krigs-\noch tortyrskadade i ett tryggt samhälle,',
      'hållbart.',
    ]);
    expect(maskedIdentityNumbers).toBe(1);
  });
  it('restores "§" only on OCR pages', () => {
    const { pages } = cleanPages([page(1, '3 57 Överenskommelse om IOP', 'ocr'), page(2, '3 57 Överenskommelse om IOP')]);
    expect(pages.map((p) => p.text)).toEqual(['§ 57 Överenskommelse om IOP', '3 57 Överenskommelse om IOP']);
  });
});
