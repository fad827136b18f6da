import { describe, expect, it } from 'vitest';
import { DocText } from './doc-text.js';

describe('DocText', () => {
  const doc = new DocText(
    [
      { number: 1, text: 'Dnr RS 2024/947' },
      { number: 2, text: 'Region Gotland beslutar' },
    ],
    true,
  );

  it('maps a global span on a later page back to that page and its local offsets', () => {
    const start = doc.text.indexOf('Gotland');
    expect(doc.evidence(start, start + 7)).toEqual({ page: 2, start: 7, end: 14, text: 'Gotland' });
  });

  it('gives page null for unpaged plain text', () => {
    const plain = DocText.fromString('Röda Korset Gotland');
    expect(plain.evidence(0, 4)).toEqual({ page: null, start: 0, end: 4, text: 'Röda' });
  });

  it('cuts a span that crosses a page break at the end of its first page', () => {
    const start = doc.text.indexOf('947');
    const end = doc.text.indexOf('Region') + 6;
    expect(doc.evidence(start, end)).toEqual({ page: 1, start: 12, end: 15, text: '947' });
  });
});
