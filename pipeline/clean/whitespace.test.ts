import { describe, expect, it } from 'vitest';
import { tidyWhitespace } from './whitespace.js';

describe('tidyWhitespace', () => {
  it('collapses inner spaces, trailing spaces and blank-line runs', () => {
    expect(tidyWhitespace('\n\nRubrik  \n\n\n\nText   med luft \n\n')).toBe('Rubrik\n\nText med luft');
  });
  it('keeps single blank lines between paragraphs and leading indentation as one space', () => {
    expect(tidyWhitespace('Stycke ett\n\n   Stycke två')).toBe('Stycke ett\n\n Stycke två');
  });
  it('keeps tabs as column gaps, one per tab, without the spaces around them', () => {
    expect(tidyWhitespace('Förening \tOmråde\t Period\nStadsmissionen\tMötesplats\t2023–2025')).toBe('Förening\tOmråde\tPeriod\nStadsmissionen\tMötesplats\t2023–2025');
    // An empty cell, and a wrapped cell's rest on a line of its own, keep their columns.
    expect(tidyWhitespace('Kompis Sverige\t\t2022–2024\n\t\tsocialtjänsten.')).toBe('Kompis Sverige\t\t2022–2024\n\t\tsocialtjänsten.');
  });
  it('drops tabs at a line end like spaces', () => {
    expect(tidyWhitespace('Rubrik\t \nText')).toBe('Rubrik\nText');
  });
});
