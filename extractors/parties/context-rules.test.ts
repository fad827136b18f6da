/**
 * strongestContext tries its rules strongest first and stops at the first that fits (a speed-up): the rule it gives must be
 * the one the written order chooses, the strongest, the first written of equals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strongestContext, type ContextRule } from './context-rules.js';
import { endLookbehind, fitsAtEnd } from '../engine/window-end.js';
import { IDEBUREN_CONTEXTS } from './ideburna.js';
import { ORGAN_RULES } from './organ.js';
import { PUBLIC_PARTY_RULES } from './public-parties.js';

const WITH: ContextRule = { name: 'with', strength: 0.6, before: /med $/u };
const WITH_TOO: ContextRule = { name: 'with-too', strength: 0.6, before: /med $/u };
const SIGNS: ContextRule = { name: 'signs', strength: 0.8, after: /^ tecknar/u };
const DECIDES: ContextRule = { name: 'decides', strength: 0.7, after: /^ beslutar/u };
const LONG_AFTER: ContextRule = { name: 'cleft', strength: 0.75, before: /Det är $/u, after: new RegExp(`^ som (?:${Array.from({ length: 400 }, (_, i) => `v${i}`).join('|')}|beslutar)`, 'u') };
const RULES = [WITH, DECIDES, WITH_TOO, SIGNS, LONG_AFTER];

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return strongestContext(RULES, text, start, start + name.length)?.name ?? null;
};

describe('strongestContext', () => {
  it('gives the strongest fitting rule wherever it is written', () => {
    expect(at('IOP med Föreningen tecknar', 'Föreningen')).toBe('signs');
    expect(at('IOP med Nämnden beslutar', 'Nämnden')).toBe('decides');
  });

  it('gives the first written of equally strong rules', () => {
    expect(at('IOP med Föreningen', 'Föreningen')).toBe('with');
  });

  it('reads a long after pattern only with its before', () => {
    expect(at('Det är Nämnden som beslutar', 'Nämnden')).toBe('cleft');
    expect(at('Sedan Nämnden som beslutar', 'Nämnden')).toBe(null);
  });
});

const ALL_RULES = [...IDEBUREN_CONTEXTS, ...ORGAN_RULES, ...PUBLIC_PARTY_RULES];

/** Windows of the rules' 120 characters in a set's texts, ending before each capitalised word (where names start) and at every 97th offset. */
function* windows(set: string): Generator<string> {
  const dir = join(import.meta.dirname, '../../fixtures', set, 'docs');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (let end = 1; end < text.length; end++) {
      if (end % 97 !== 0 && !(/\s/.test(text[end - 1]!) && /\p{Lu}/u.test(text[end]!))) continue;
      yield text.slice(Math.max(0, end - 120), end);
    }
  }
}

describe('context patterns at the window end', () => {
  it('answer as the pattern of every rule does over every development-set document', () => {
    const patterns = ALL_RULES.flatMap((rule) => (rule.before && endLookbehind(rule.before) ? [rule.before] : []));
    expect(patterns.length).toBeGreaterThan(20);
    for (const window of windows('devset')) {
      for (const pattern of patterns) if (fitsAtEnd(pattern, window) !== pattern.test(window)) expect.fail(`${pattern} on ${JSON.stringify(window)}`);
    }
  });
});

describe('a rule\'s literals (beforeHas)', () => {
  it('are in every window its before pattern matches, over development texts', () => {
    const checked = ALL_RULES.filter((rule) => rule.before && rule.beforeHas);
    expect(checked.length).toBeGreaterThan(10);
    let matched = 0;
    for (const set of ['realset', 'realset2', 'realset3', 'realset4', 'realset5']) {
      for (const window of windows(set)) {
        for (const rule of checked) {
          if (!rule.before!.test(window)) continue;
          matched++;
          if (!rule.beforeHas!.some((literal) => window.includes(literal))) expect.fail(`${rule.name}: none of ${rule.beforeHas} in ${JSON.stringify(window)}`);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('the unions of after patterns', () => {
  // The rule the written order chooses, every pattern tested on its own: what strongestContext must give with its unions.
  const written = (rules: readonly ContextRule[], text: string, start: number, end: number) => {
    const before = text.slice(Math.max(0, start - 120), start);
    const after = text.slice(end, end + 120);
    const fits = rules.filter((rule) => (!rule.before || rule.before.test(before)) && (!rule.after || rule.after.test(after)));
    return fits.reduce<ContextRule | null>((best, rule) => (best === null || rule.strength > best.strength ? rule : best), null);
  };

  // Every fifth capitalised word of a third of the development set's documents: the written order's tests cost (organ's long patterns).
  it('pass over a window only where none of their patterns matches, at capitalised words of the development set', () => {
    const dir = join(import.meta.dirname, '../../fixtures/devset/docs');
    let fitted = 0;
    for (const file of readdirSync(dir).filter((f, i) => f.endsWith('.txt') && i % 3 === 0)) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const [k, m] of [...text.matchAll(/(?<!\p{L})\p{Lu}\p{L}*/gu)].entries()) {
        if (k % 5 !== 0) continue;
        const [start, end] = [m.index, m.index + m[0].length];
        for (const rules of [IDEBUREN_CONTEXTS, ORGAN_RULES, PUBLIC_PARTY_RULES]) {
          const expected = written(rules, text, start, end);
          if (expected) fitted++;
          if (strongestContext(rules, text, start, end) !== expected) expect.fail(`${file} at ${start}: ${expected?.name ?? null}`);
        }
      }
    }
    expect(fitted).toBeGreaterThan(100);
  }, 60_000);
});
