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

/** The index keys of an organisation: a multi-word name under its first two words and "first word + anything". */
const indexKeys = (organisation: string) => {
  const [w1, w2] = organisation.split(' ');
  return w2 === undefined ? [w1!] : [`${w1} ${w2}`, `${w1} *`];
};

/**
 * The blocks a statement of parties belongs to, for finding the statements it may be one partnership with
 * without comparing every pair: its public parties and each civil-society party's first word. Two
 * statements with the same parties (an organisation and a unit of it share the parent's first word)
 * always share a block.
 */
export function partyBlocks(item: { ideburna: readonly string[]; offentliga: readonly string[] }): string[] {
  if (item.offentliga.length === 0) return [];
  const publicKey = [...new Set(item.offentliga)].sort().join('|');
  return [...new Set(item.ideburna.map((key) => `${publicKey}#${key.split(' ')[0]}`))];
}

/**
 * The pairs that can have the same parties, without comparing every pair. Items are indexed by their
 * public-party set and their civil-society parties' leading words: an organisation and a unit of it
 * share the parent's words, so a multi-word name is found under its first two words, and a one-word
 * name also under "first word + anything" to meet its units. Each pair is returned once, in input order.
 */
export function pairsWithSameParties<T extends { ideburna: readonly string[]; offentliga: readonly string[] }>(items: readonly T[]): [T, T][] {
  const publicKey = (item: T) => [...new Set(item.offentliga)].sort().join('|');
  const queryKeys = (organisation: string) => {
    const [w1, w2] = organisation.split(' ');
    return w2 === undefined ? [w1, `${w1} *`] : [`${w1} ${w2}`, w1];
  };
  const index = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of new Set(item.ideburna.flatMap(indexKeys))) {
      const block = `${publicKey(item)}#${key}`;
      const list = index.get(block);
      if (list) list.push(i);
      else index.set(block, [i]);
    }
  });
  const pairs: [T, T][] = [];
  items.forEach((item, i) => {
    const first = item.ideburna[0];
    if (first === undefined || item.offentliga.length === 0) return;
    const candidates = new Set(queryKeys(first).flatMap((key) => index.get(`${publicKey(item)}#${key}`) ?? []));
    for (const j of [...candidates].sort((a, b) => a - b)) {
      if (j > i && sameParties(item, items[j]!)) pairs.push([item, items[j]!]);
    }
  });
  return pairs;
}
