import { describe, expect, it } from 'vitest';
import { isPageNumberLine, removePageNumberLines } from './page-numbers.js';

describe('isPageNumberLine', () => {
  it.each(['Sida 21 (84)', 'Protokoll Sida 21 (84)', '1(14 )', 'Protokoll 1(14 )', 'Datum 2 (3)', 'Sida 3 av 10', 'Page 3 of 10', 'Sida 7', 'HÖGSBY KOMMUN Protokoll 1(14)'])(
    'removes "%s" anywhere',
    (line) => expect(isPageNumberLine(line, false)).toBe(true),
  );
  it.each(['12', '- 12 -', '– 3 –', '12/40'])('removes the bare number "%s" in a margin', (line) => {
    expect(isPageNumberLine(line, true)).toBe(true);
  });
  it.each(['12', '2021'])('keeps the bare number "%s" in the body (a table cell)', (line) => {
    expect(isPageNumberLine(line, false)).toBe(false);
  });
  it.each(['Sida 3 (4) bilaga', 'Sida 3 av 10.', '12 st', 'Protokoll 1(14) Kommunstyrelsen'])('keeps "%s": a counter is the line\'s end', (line) => {
    expect(isPageNumberLine(line, true)).toBe(false);
  });
  it.each(['beslutar enligt punkt 2 (3)', 'Sida 3 i avtalet gäller', '400 000 kronor', 'Region Skåne 2020-02-05', 'KS § 12'])('keeps body text "%s"', (line) => {
    expect(isPageNumberLine(line, true)).toBe(false);
  });
});

describe('removePageNumberLines', () => {
  it('removes the header number and the footer number but keeps a number inside the page', () => {
    const page = 'Sida 2 (5)\nSammanfattning\nAntal platser\n12\nslut på sidan\n2';
    expect(removePageNumberLines(page)).toBe('Sammanfattning\nAntal platser\n12\nslut på sidan');
  });
  it('keeps the heading words before a counter: a letterhead names the municipality and the type', () => {
    expect(removePageNumberLines('KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 8 (15)\nNämnden')).toBe('KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL\nNämnden');
    expect(removePageNumberLines('Protokoll Sida 2 (5)\nText')).toBe('Protokoll\nText');
  });
});
