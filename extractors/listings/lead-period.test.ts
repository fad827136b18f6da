import { describe, expect, it } from 'vitest';
import { leadLines, leadPeriod, onlyYear } from './lead-period.js';
import { splitLines } from '../engine/table-row.js';
import { isBlank } from './table.js';

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

/** leadLines as it was written first: the slice before the list split into lines for every list (quadratic in a long text). */
function leadLinesBySlice(text: string, listStart: number) {
  const lineStart = text.lastIndexOf('\n', listStart - 1) + 1;
  const lines = splitLines(text.slice(0, lineStart));
  let j = lines.length - 1;
  const block = () => {
    for (let gap = 0; j >= 0 && isBlank(lines[j]!.text) && gap <= 2; gap++) j--;
    const found: { text: string; start: number }[] = [];
    for (; j >= 0 && !isBlank(lines[j]!.text); j--) found.unshift(lines[j]!);
    return found;
  };
  let read = block();
  if (read.length === 1 && read[0]!.text.trim().endsWith(':')) read = [...block(), ...read];
  return read;
}

describe('lead lines, read from the text\'s own lines', () => {
  it('are the lines the slice before the list splits into, at every offset of texts with blank lines, lead-ins and none', () => {
    const texts = [
      [paragraph, '', lead, '', ...list].join('\n'),
      [paragraph, lead, ...list].join('\n'),
      ['', '', '', paragraph, '', '', '', lead, '', '', ...list, ''].join('\n'),
      ['Rubrik', '   ', '\f', 'Text:', ...list].join('\n'),
      '',
      '\n\n',
    ];
    for (const text of texts) for (let at = 0; at <= text.length; at++) expect(leadLines(text, at)).toEqual(leadLinesBySlice(text, at));
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
  it('passes over the year of the budget a cost is charged to, not a grant\'s own year', () => {
    expect(yearOf('Att bevilja investeringsstöd. Kostnaden belastar 2009 års driftbudget.')).toBeNull();
    expect(yearOf('Bidrag 2008. Kostnaden belastar 2009 års driftbudget.')).toBe('2008-01-01');
    expect(yearOf('Nämnden fördelar 2024 års föreningsbidrag.')).toBe('2024-01-01');
  });
});
