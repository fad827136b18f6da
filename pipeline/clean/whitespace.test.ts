import { describe, expect, it } from 'vitest';
import { tidyWhitespace } from './whitespace.js';

describe('tidyWhitespace', () => {
  it('collapses inner spaces, trailing spaces and blank-line runs', () => {
    expect(tidyWhitespace('\n\nRubrik  \n\n\n\nText   med\tluft \n\n')).toBe('Rubrik\n\nText med luft');
  });
  it('keeps single blank lines between paragraphs and leading indentation as one space', () => {
    expect(tidyWhitespace('Stycke ett\n\n   Stycke två')).toBe('Stycke ett\n\n Stycke två');
  });
});
