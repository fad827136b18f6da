/**
 * organ's verb phrases (engine/gapped-phrases.ts) are only a speed-up: each rule's phrases must answer as their whole
 * pattern does, over the windows after every word of the development documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GappedPhrases } from '../engine/gapped-phrases.js';
import { ORGAN_RULES } from './organ.js';

it('organ rules with gapped verb phrases answer as their whole patterns', () => {
  const rules = ORGAN_RULES.filter((rule) => rule.after instanceof GappedPhrases);
  expect(rules.map((rule) => rule.name)).toEqual(['organ.decides', 'organ.will-decide', 'organ.decided', 'organ.inverted', 'organ.decided', 'organ.inverted', 'organ.members-decide', 'organ.members-decide', 'organ.cleft']);
  const wholes = rules.map((rule) => new RegExp(rule.after!.source, 'u'));
  let matched = 0;
  for (const set of ['devset', 'realset']) {
    const dir = join(import.meta.dirname, `../../fixtures/${set}/docs`);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (let end = 1; end < text.length; end++) {
        if (!/\p{L}/u.test(text[end - 1]!) || /\p{L}/u.test(text[end]!)) continue;
        const window = text.slice(end, end + 120);
        rules.forEach((rule, k) => {
          const answer = wholes[k]!.test(window);
          if (answer) matched++;
          if (rule.after!.test(window) !== answer) expect.fail(`${rule.name} on ${JSON.stringify(window)}`);
        });
      }
    }
  }
  expect(matched).toBeGreaterThan(100);
});
