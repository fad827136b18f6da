/** When two statements of parties can be the same partnership: the same public parties, and civil-society parties that are the same or one a unit of the other. */
import { isUnitOf } from './names.js';

/** Public parties must be exactly the same set: a three-party agreement is not the two-party one. */
export function samePublicParties(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((key) => b.includes(key));
}

/** Every organisation on each side is, or is a unit of, or is the parent of, one on the other side. */
export function compatibleCivilParties(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const covered = (from: readonly string[], to: readonly string[]) => from.every((x) => to.some((y) => x === y || isUnitOf(x, y) || isUnitOf(y, x)));
  return covered(a, b) && covered(b, a);
}

export function sameParties(a: { ideburna: readonly string[]; offentliga: readonly string[] }, b: { ideburna: readonly string[]; offentliga: readonly string[] }): boolean {
  return samePublicParties(a.offentliga, b.offentliga) && compatibleCivilParties(a.ideburna, b.ideburna);
}

/**
 * An organisation is indexed under its name and under every shorter whole-word beginning of it — the names
 * it may be a unit of ("röda korset gotland": "=röda korset gotland", "<röda korset", "<röda")…
 */
export const indexKeys = (organisation: string): string[] => [`=${organisation}`, ...beginnings(organisation).map((b) => `<${b}`)];

/**
 * …and looked up under its name, the names it may be a unit of, and the names beginning with it: so it
 * meets the same name, its parent and its units, and two units of one parent ("Röda Korset Gotland",
 * "Röda Korset Visby") never meet — nor does every "Föreningen …" of a kommun meet every other.
 */
export const queryKeys = (organisation: string): string[] => [`=${organisation}`, ...beginnings(organisation).map((b) => `=${b}`), `<${organisation}`];

/** Every proper beginning in whole words, the way a unit's key extends its parent's (names.ts, isUnitOf). */
function beginnings(organisation: string): string[] {
  const words = organisation.split(' ');
  return words.slice(1).map((_, n) => words.slice(0, n + 1).join(' '));
}

/** The set of public parties as one key. */
export const publicKey = (offentliga: readonly string[]) => [...new Set(offentliga)].sort().join('|');

/** The blocks a statement of parties is indexed under: its public parties with each civil-society party's index keys. */
export function partyBlocks(item: { ideburna: readonly string[]; offentliga: readonly string[] }): string[] {
  if (item.offentliga.length === 0) return [];
  const pub = publicKey(item.offentliga);
  return [...new Set(item.ideburna.flatMap(indexKeys))].map((key) => `${pub}#${key}`);
}

/** The blocks to look in for the statements that may share a block's statement's parties. */
export function partyQueryBlocks(block: string): string[] {
  const at = block.lastIndexOf('#');
  const key = block.slice(at + 1);
  // A beginning ("<röda korset") is an index key of a longer name, whose own ("=röda korset gotland") gives its queries.
  if (!key.startsWith('=')) return [];
  return queryKeys(key.slice(1)).map((q) => `${block.slice(0, at)}#${q}`);
}

/**
 * The pairs that can have the same parties, without comparing every pair. Items are indexed by their
 * public-party set and their civil-society parties' names and beginnings (indexKeys), and an item's first
 * civil-society party looks for its own name, its parents and its units (queryKeys): every pair with the same
 * parties is among those, as every party on one side is, or is a unit or the parent of, one on the other side.
 * Each pair is given once, in input order, as it is found: a block that many items share costs time, never a
 * list of all its pairs. `involving`, when given,
 * keeps only the pairs with an item it accepts (the others are never compared): the same pairs in the same
 * order as the unfiltered ones, less the others. `passOver`, when given, drops a pair before its parties are
 * compared: asked as the pair comes up, after the caller has taken every pair before it (a caller that
 * skips pairs already in one record asks about the records as they are then).
 */
export function* pairsWithSameParties<T extends { ideburna: readonly string[]; offentliga: readonly string[] }>(
  items: readonly T[],
  involving?: (item: T) => boolean,
  passOver?: (a: T, b: T) => boolean,
): Generator<[T, T]> {
  const wanted = items.map((item) => involving?.(item) ?? true);
  const index = new Map<string, number[]>();
  /** The blocks' wanted items only: the neighbours an item nobody wants pairs with. */
  const wantedIndex = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of new Set(item.ideburna.flatMap(indexKeys))) {
      const block = `${publicKey(item.offentliga)}#${key}`;
      for (const into of wanted[i] ? [index, wantedIndex] : [index]) {
        const list = into.get(block);
        if (list) list.push(i);
        else into.set(block, [i]);
      }
    }
  });
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const first = item.ideburna[0];
    if (first === undefined || item.offentliga.length === 0) continue;
    const pub = publicKey(item.offentliga);
    const from = wanted[i] ? index : wantedIndex;
    const blocks = queryKeys(first).map((key) => from.get(`${pub}#${key}`) ?? []);
    for (const j of ascendingAfter(blocks, i)) {
      if (passOver?.(item, items[j]!)) continue;
      if (sameParties(item, items[j]!)) yield [item, items[j]!];
    }
  }
}

/**
 * The numbers above `after` in any of the ascending lists, ascending and each once: a statement's later
 * neighbours merged from its blocks where they are, with no set and no sort per statement.
 */
export function* ascendingAfter(lists: readonly (readonly number[])[], after: number): Generator<number> {
  const at = lists.map((list) => firstAbove(list, after));
  for (;;) {
    let next = Infinity;
    for (let k = 0; k < lists.length; k++) if (at[k]! < lists[k]!.length) next = Math.min(next, lists[k]![at[k]!]!);
    if (next === Infinity) return;
    yield next;
    for (let k = 0; k < lists.length; k++) if (lists[k]![at[k]!] === next) at[k]!++;
  }
}

/** The position of the first number above `after` in an ascending list. */
function firstAbove(list: readonly number[], after: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}
