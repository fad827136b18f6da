import { describe, expect, it } from 'vitest';
import { inPageHeader } from './layout.js';

describe('inPageHeader', () => {
  const page = 'KUNGSBACKA KOMMUN\nSAMMANTRÄDESPROTOKOLL\n\nNämnden för Kultur & Fritid\nDatum 2024-05-06\nKungsbacka kommun beslutar';

  it('holds a line among the first four content lines of a page, blank lines not counted', () => {
    expect(inPageHeader(page, 0)).toBe(true);
    expect(inPageHeader(page, page.indexOf('Datum'))).toBe(true);
  });

  it('does not hold the fifth content line, nor a span inside a line', () => {
    expect(inPageHeader(page, page.indexOf('Kungsbacka kommun'))).toBe(false);
    expect(inPageHeader(page, page.indexOf('PROTOKOLL'))).toBe(false);
  });

  it('counts from the start of the page: a form feed or a converter page mark', () => {
    const paged = `${page}\n\f\nRegion Halland\nText`;
    expect(inPageHeader(paged, paged.indexOf('Region'))).toBe(true);
    const marked = `${page}\n<!-- sida 2 -->\n# source: x\nRegion Halland`;
    expect(inPageHeader(marked, marked.indexOf('Region'))).toBe(true);
    expect(inPageHeader(`${page}\nRegion Halland`, page.length + 1)).toBe(false);
  });

  it('handles a text that starts with a line break', () => {
    expect(inPageHeader('\nRegion Halland', 1)).toBe(true);
  });
});
