import { describe, expect, it } from 'vitest';
import { namedYearlyBefore } from './yearly-text.js';

describe('namedYearlyBefore', () => {
  const list = 'Här är hela listan på alla föreningar som får bidrag:\n\nAdministrationsbidrag\nMiranda 2 000\n';
  const sumIn = (text: string) => text.indexOf('2 000');

  it('reads a sum as yearly when the text names its grant as yearly above the list, however far', () => {
    const text = `Kommunens årliga kulturstöd har fördelats. ${'Stödet kan sökas av alla föreningar. '.repeat(40)}\n${list}`;
    expect(namedYearlyBefore(text, sumIn(text))).toBe(true);
  });

  it('is not led astray by "minst en gång" (how often something is done)', () => {
    const text = `Kommunens årliga kulturstöd har fördelats. Föreningen ska minst en gång under året ha en publik aktivitet.\n${list}`;
    expect(namedYearlyBefore(text, sumIn(text))).toBe(true);
  });

  it('gives way to a one-off grant named after the yearly one, and needs a yearly naming before the sum', () => {
    const oneOff = 'Kommunens årliga kulturstöd har fördelats. Dessutom delas engångsbidrag ut:\nMiranda 2 000\n';
    expect(namedYearlyBefore(oneOff, sumIn(oneOff))).toBe(false);
    const after = `${list}Kommunens årliga kulturstöd har fördelats.`;
    expect(namedYearlyBefore(after, sumIn(after))).toBe(false);
    expect(namedYearlyBefore(list, sumIn(list))).toBe(false);
  });
});
