/**
 * The static guard on rule patterns (issue 13): every RegExp an extractors/ module exports — alone, in a list, or in a rule
 * object — must not open an alternative with a far-reaching look-behind or a long lazy gap (pattern-shape.ts), which a
 * whole-text search runs at every offset of every text. A pattern tried only near a literal (engine/sticky.ts nearPattern,
 * matchesNear) or at its opening class (openingPattern) is exempt; so is a sticky one. The few left are in ALLOWED with the
 * reason they are tried only where they are cheap. Output tests cannot catch such a rule: it finds the same, 3× slower.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadingOffences, REACH_LIMIT } from './pattern-shape.js';

/**
 * Exported patterns that open with a costly step and why they may: `module:path` (the export's name, then the keys down to
 * the pattern) → reason.
 */
const AMOUNT_WINDOW = 'tried on the words before one sum in its sentence (amounts/index.ts readPer, excludes), never a whole text: under 0.1 % of extraction (bench profile)';
const TRIGGER_FOR = 'a whole-text trigger, but its first look-behind needs white space right before the offset, so it reads back one word only at a word’s start: 0.1 % of extraction (bench profile)';
const ALLOWED: Record<string, string> = {
  'amounts/rules:PER_RULES[additional-before].pattern': AMOUNT_WINDOW,
  'amounts/rules:PER_RULES[once-before].pattern': AMOUNT_WINDOW,
  'amounts/rules:NOT_AMOUNT_RULES[class-of-recipients-before].pattern': AMOUNT_WINDOW,
  'amounts/rules:NOT_AMOUNT_RULES[cost-of-thing-before].pattern': AMOUNT_WINDOW,
  'parties/organ:ORGAN_RULES[organ.meeting].before': 'a context rule’s "before", ending in $: tested once backwards from its window’s end (engine/window-end.ts endTest), not from every offset',
  'period/rules:PERIOD_RULES[starts-on].pattern':
    'matched only in a text that holds its verbs (its anchors: "träder i kraft", "börjar gälla" …), and its look-behind reads back at most 21 characters',
  'period/rules:PERIOD_RULES[page-next-year-start].pattern':
    'matched only in a text that names the turn of a year ("årsskiftet", "nästa år": its anchors), and its look-behind (a verb of starting before "vid") reads back at most 15 characters',
  'target-groups/rules:TRIGGER_RULES[for-people-with].trigger': TRIGGER_FOR,
  'target-groups/rules:TRIGGER_RULES[purpose-sentence-for].trigger': TRIGGER_FOR,
  'target-groups/rules:TRIGGER_RULES[for-people-aged].objectEnd':
    'where an age ends its people: tried on the rest of one sentence after the rule’s trigger matched (target-groups/index.ts phrasesAfter), never a whole text, and its look-behinds need "år" right before the offset',
};

const EXTRACTORS = join(import.meta.dirname, '..');
const files = (readdirSync(EXTRACTORS, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(files.map(async (file) => [file.replace(/\.ts$/, ''), (await import(join(EXTRACTORS, file))) as Record<string, unknown>] as const)),
);

interface Found {
  where: string;
  pattern: RegExp;
}

const isNear = (value: object): value is { pattern: RegExp } =>
  'pattern' in value && 'sticky' in value && (value as { sticky: unknown }).sticky instanceof RegExp && ('literal' in value || 'opening' in value);

/** Every RegExp reachable from a module's exports (objects, arrays, Maps, a few levels down), and the sources tried only near a literal. */
function collect(): { found: Found[]; guarded: Set<string> } {
  const found: Found[] = [];
  const guarded = new Set<string>();
  const seen = new WeakSet<object>();
  const walk = (value: unknown, where: string, depth: number) => {
    if (value instanceof RegExp) {
      found.push({ where, pattern: value });
      return;
    }
    if (value === null || typeof value !== 'object' || depth > 5 || seen.has(value)) return;
    seen.add(value);
    if (isNear(value)) guarded.add(value.pattern.source);
    // A rule tried only near its literal (period's and kind's rules with a `near`).
    if ('near' in value && value.near && 'pattern' in value && value.pattern instanceof RegExp) guarded.add(value.pattern.source);
    const entries: [string, unknown][] = value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v]) : Object.entries(value);
    // A rule in a list is named by its name, not its place (a rule added above it must not move the allow-list's key).
    const label = (key: string, inner: unknown) =>
      Array.isArray(value) && inner !== null && typeof inner === 'object' && typeof (inner as { name?: unknown }).name === 'string' ? `[${(inner as { name: string }).name}]` : `.${key}`;
    for (const [key, inner] of entries) walk(inner, `${where}${label(key, inner)}`, depth + 1);
  };
  for (const [path, exports] of Object.entries(modules)) {
    const module = path;
    for (const [name, value] of Object.entries(exports)) walk(value, `${module}:${name}`, 0);
  }
  return { found, guarded };
}

describe('rule patterns open with a cheap step', () => {
  const { found, guarded } = collect();

  it('finds the rule modules’ patterns', () => {
    expect(found.length).toBeGreaterThan(300);
    expect(guarded.size).toBeGreaterThan(5);
  });

  it('has no far-reaching look-behind or long lazy gap first in an alternative, unless tried near a literal or allowed', () => {
    const offending = found
      .filter(({ pattern }) => !guarded.has(pattern.source))
      .flatMap(({ where, pattern }) => leadingOffences(pattern).map((o) => ({ where, ...o })))
      .filter(({ where }) => !(where in ALLOWED));
    expect(offending.map(({ where, kind, reach, step }) => `${where}: ${kind} reaching ${reach} (${step.slice(0, 80)})`)).toEqual([]);
  });

  it('allows only patterns that still offend', () => {
    const offends = new Set(found.filter(({ pattern }) => leadingOffences(pattern).length > 0).map(({ where }) => where));
    expect(Object.keys(ALLOWED).filter((where) => !offends.has(where))).toEqual([]);
  });
});

describe('leadingOffences', () => {
  const kinds = (pattern: RegExp) => leadingOffences(pattern).map((o) => o.kind);
  it('finds a far-reaching look-behind first', () => {
    expect(kinds(/(?<=(?:IOP|avtal)[^.;!?]{0,80})(?<![\p{L}])under\s+/u)).toEqual(['look-behind']);
    expect(kinds(/foo|(?<!\d{4}[^.;]*)bar/u)).toEqual(['look-behind']);
    // The renewal notice that made extraction 3.4× slower (extension, before cfa020a): a look-behind 150 characters back.
    expect(kinds(/(?:(?<=(?:säg\p{L}*\s+upp|uppsäg\p{L}*)[^.;!?]{0,150}?)förlängs|förlängs(?=[^.;!?]{0,100}?sägs\s+upp))/iu)).toEqual(['look-behind']);
    expect(kinds(/(?:(?<=till[^\n]{0,40})x|y)/u)).toEqual(['look-behind']);
    expect(kinds(/\s*(?<=\p{L}[^.]{0,20})x/u)).toEqual(['look-behind']);
  });
  it('finds a long lazy gap first', () => {
    expect(kinds(/[^.;]{0,200}?beviljas/u)).toEqual(['lazy-gap']);
    expect(kinds(/(?:x|[\s\S]*?slut)/u)).toEqual(['lazy-gap']);
  });
  it('passes a short or white-space look-behind, an anchored or sticky pattern, a look-behind after a literal', () => {
    expect(kinds(/(?<![\p{L}])(?:ett|en)\s+/iu)).toEqual([]);
    expect(kinds(/(?<=(?:^|\n)[ \t]*)\d+\./u)).toEqual([]);
    expect(kinds(/(?<!\p{L}(?:ets|ens|ns)[ \t]+)fullmäktige/u)).toEqual([]);
    expect(kinds(/^(?<=x[^.]{0,80})y/u)).toEqual([]);
    expect(kinds(/^[^.;]{0,30}?(?<![\p{L}])i\s+egen\s+regi/iu)).toEqual([]);
    expect(kinds(/(?<=x[^.]{0,80})y/uy)).toEqual([]);
    expect(kinds(/under(?<=(?:IOP|avtal)[^.;!?]{0,80}under)\s+/u)).toEqual([]);
    expect(kinds(/[ \t]*?x/u)).toEqual([]);
    expect(kinds(/(?:^|[.!?\n])(?![^.!?\n]*?AB)[^.!?\n]*?borgen/u)).toEqual([]);
  });
  it(`counts reach past ${REACH_LIMIT} characters only`, () => {
    expect(kinds(/(?<=\p{L}{12})x/u)).toEqual([]);
    expect(kinds(/(?<=\p{L}{13})x/u)).toEqual(['look-behind']);
  });
});
