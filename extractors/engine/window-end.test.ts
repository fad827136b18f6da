/**
 * fitsAtEnd tests an end-anchored pattern backwards from the window's end: it must answer as the pattern's own test does.
 */
import { describe, expect, it } from 'vitest';
import { backwards, endLookbehind, fitsAtEnd } from './window-end.js';

describe('fitsAtEnd', () => {
  it('tests backwards only patterns whose every match ends at the end', () => {
    expect(endLookbehind(/med\s+$/u)).not.toBeNull();
    expect(endLookbehind(/(?:^|\n)[ \t]*(?:a|b)$/iu)).not.toBeNull();
    expect(endLookbehind(/med$|för /u)).toBeNull();
    expect(endLookbehind(/med\$/u)).toBeNull();
    expect(endLookbehind(/med$/mu)).toBeNull();
    expect(endLookbehind(/(\w)\1$/u)).toBeNull();
    expect(endLookbehind(/[$]/u)).toBeNull();
  });

  it('answers as the pattern does, also where a match would start before the window', () => {
    expect(fitsAtEnd(/(?:^|\n)För[ \t]+$/u, 'För ')).toBe(true);
    expect(fitsAtEnd(/(?:^|\n)För[ \t]+$/u, 'xFör ')).toBe(false);
    expect(fitsAtEnd(/IOP\s+med\s+$/u, 'ett IOP med ')).toBe(true);
    expect(fitsAtEnd(/IOP\s+med\s+$/u, 'ett IOP med X')).toBe(false);
    expect(fitsAtEnd(/med$|för /u, 'för alla')).toBe(true);
  });

  it('answers as the pattern does on random windows', () => {
    const patterns = [/(?<!\p{L})(?:med|till)[ \t]+(?:den[ \t]+)?["”]?$/iu, /[Pp]arter(?:na)?\s+(?:i\s+[^.]{0,20}?\s+)?är\s+$/u, /(?:^|\n)[ \t]*För[ \t]+$/u, /a+b*a$/u];
    const parts = ['med ', 'till ', 'den ', '”', 'Parter', 'na', ' i ', 'avtalet', ' är ', '\n', 'För ', 'a', 'b', 'x', '.', 'Med '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      const window = Array.from({ length: 1 + Math.floor(next() * 10) }, () => parts[Math.floor(next() * parts.length)]).join('');
      for (const pattern of patterns) {
        expect(fitsAtEnd(pattern, window), `${pattern} on ${JSON.stringify(window)}`).toBe(pattern.test(window));
        // Both ways, whichever fitsAtEnd has chosen for the pattern after its first calls.
        expect(backwards(endLookbehind(pattern)!, window), `${pattern} backwards on ${JSON.stringify(window)}`).toBe(pattern.test(window));
      }
    }
  });
});
