import { describe, expect, it } from 'vitest';
import { leadPeriod, onlyYear } from './lead-period.js';

const list = ['  • Elektra/Fryshuset', '  • Tjejjouren Väst', '  • Räddningsmissionen'];
const lead = 'Följande organisationer får del av stödet:';
const paragraph = 'Regionstyrelsen fördelar sammanlagt 36,2 miljoner kronor för 2023-2025 till organisationer som arbetar med folkhälsa.';
const periodOf = (lines: string[]) => {
  const text = lines.join('\n');
  const found = leadPeriod(text, text.indexOf('Elektra'));
  return found ? text.slice(found.start, found.end) : null;
};

describe('lead-paragraph period', () => {
  it('reads the one period of the paragraph above a list\'s lead-in, or of the lead-in itself', () => {
    expect(periodOf([paragraph, '', lead, '', ...list])).toBe('2023-2025');
    expect(periodOf([paragraph, lead, ...list])).toBe('2023-2025');
    expect(periodOf(['Beviljade bidrag för 2024–2026:', ...list])).toBe('2024–2026');
  });

  it('reads no period from a paragraph naming two, nor from one two paragraphs up', () => {
    expect(periodOf(['Avtalen gällde 2019–2021 och förlängs nu för 2022–2024.', '', lead, ...list])).toBeNull();
    expect(periodOf([paragraph, '', 'Stödet ska gynna folkhälsan.', '', lead, ...list])).toBeNull();
    expect(periodOf(['Stödet ska gynna folkhälsan.', '', lead, ...list])).toBeNull();
  });
});

describe('grant-news year', () => {
  const yearOf = (text: string) => onlyYear(text)?.period.start ?? null;
  it('reads the one year a text names, however often', () => {
    expect(yearOf('Beslut om ytterligare bidrag till kommunens föreningar 2022. Totalt fördelades en miljon kronor för 2022.')).toBe('2022-01-01');
  });
  it('reads none from a text naming two years, a date, or a year in an address', () => {
    expect(yearOf('Bidragen för 2023 är högre jämfört med 2022.')).toBeNull();
    expect(yearOf('Möte 2022-05-25 om bidrag.')).toBeNull();
    expect(yearOf('# source: https://example.se/nyheter/2024/01/bidrag')).toBeNull();
  });
});
