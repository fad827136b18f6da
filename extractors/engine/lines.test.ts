import { describe, expect, it } from 'vitest';
import { lineBounds } from './lines.js';

describe('lineBounds', () => {
  const text = 'Protokoll\n§ 45 Dnr KS 2021/88 Ansökan\nslut';
  const at = (s: string) => text.indexOf(s);

  it('gives the line an offset stands on, without its line breaks', () => {
    const line = lineBounds(text, at('KS 2021'));
    expect(text.slice(line.start, line.end)).toBe('§ 45 Dnr KS 2021/88 Ansökan');
  });

  it('runs from the text start on the first line and to the text end on a last line with no break', () => {
    expect(lineBounds(text, 0)).toEqual({ start: 0, end: 'Protokoll'.length });
    expect(lineBounds(text, at('slut') + 2)).toEqual({ start: at('slut'), end: text.length });
  });

  it('spans every line a span crosses', () => {
    const line = lineBounds(text, at('Ansökan'), at('slut') + 1);
    expect(text.slice(line.start, line.end)).toBe('§ 45 Dnr KS 2021/88 Ansökan\nslut');
  });
});
