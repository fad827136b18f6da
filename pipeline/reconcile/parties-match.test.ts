/** The pairs with the same parties are read from blocks: a statement's later neighbours merged from its blocks' ascending lists. */
import { describe, expect, it } from 'vitest';
import { ascendingAfter, pairsWithSameParties, partyBlocks, partyQueryBlocks } from './parties-match.js';

describe('ascendingAfter', () => {
  it('gives the numbers above the position from every list, ascending, each once', () => {
    expect([...ascendingAfter([[1, 3, 5, 8], [2, 3, 6]], 2)]).toEqual([3, 5, 6, 8]);
  });

  it('gives nothing past the lists and reads an empty list as none', () => {
    expect([...ascendingAfter([[1, 2], []], 2)]).toEqual([]);
    expect([...ascendingAfter([[], [4]], -1)]).toEqual([4]);
  });
});

describe('pairsWithSameParties', () => {
  const item = (ideburna: string[], offentliga = ['region gotland']) => ({ ideburna, offentliga });

  it('pairs a unit with its parent and the same name, in input order, each pair once', () => {
    const items = [item(['röda korset']), item(['röda korset gotland']), item(['röda korset', 'röda korset gotland']), item(['stadsmissionen'])];
    const pairs = [...pairsWithSameParties(items)].map(([a, b]) => [items.indexOf(a), items.indexOf(b)]);
    expect(pairs).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('keeps, with a filter, exactly the unfiltered pairs that involve an accepted item, in the same order', () => {
    const names = ['röda korset', 'röda korset gotland', 'röda korset visby', 'stadsmissionen', 'röda korset'];
    const items = names.map((name) => item([name]));
    const accepted = new Set([items[1], items[3]]);
    const involving = ([a, b]: [unknown, unknown]) => accepted.has(a as never) || accepted.has(b as never);
    const all = [...pairsWithSameParties(items)];
    expect(all.length).toBeGreaterThan(3);
    expect([...pairsWithSameParties(items, (i) => accepted.has(i))]).toEqual(all.filter(involving));
  });

  it('drops the pairs passOver names, asked as each comes up after the pairs before it were taken', () => {
    const items = [item(['röda korset']), item(['röda korset gotland']), item(['röda korset', 'röda korset gotland']), item(['stadsmissionen'])];
    const taken: number[][] = [];
    // A caller that passes over the pairs of an item it has already paired (its state changes as it takes pairs).
    const paired = new Set<number>();
    for (const [a, b] of pairsWithSameParties(items, undefined, (x, y) => paired.has(items.indexOf(y)) && paired.has(items.indexOf(x)))) {
      taken.push([items.indexOf(a), items.indexOf(b)]);
      paired.add(items.indexOf(a)).add(items.indexOf(b));
    }
    expect(taken).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it('compares a unit with its parent and its own units, never with a sibling unit of the same parent', () => {
    const names = ['föreningen gemenskap södra', 'föreningen gemenskap', 'föreningen gemenskap norra', 'föreningen gemenskap södra ungdom', 'föreningen'];
    const items = names.map((name) => item([name]));
    const compared: string[] = [];
    [...pairsWithSameParties(items, undefined, (a, b) => (compared.push(`${a.ideburna[0]} / ${b.ideburna[0]}`), false))];
    expect(compared).toEqual([
      'föreningen gemenskap södra / föreningen gemenskap',
      'föreningen gemenskap södra / föreningen gemenskap södra ungdom',
      'föreningen gemenskap södra / föreningen',
      'föreningen gemenskap / föreningen gemenskap norra',
      'föreningen gemenskap / föreningen gemenskap södra ungdom',
      'föreningen gemenskap / föreningen',
      'föreningen gemenskap norra / föreningen',
      'föreningen gemenskap södra ungdom / föreningen',
    ]);
  });

  it('never pairs across public parties', () => {
    expect([...pairsWithSameParties([item(['röda korset']), item(['röda korset'], ['malmö stad'])])]).toEqual([]);
  });
});

describe('party blocks', () => {
  const blocks = (name: string) => partyBlocks({ ideburna: [name], offentliga: ['kommun:solna stad'] });
  /** Whether a statement of `a` looks under a block a statement of `b` is stored under. */
  const meets = (a: string, b: string) => blocks(a).flatMap(partyQueryBlocks).some((q) => blocks(b).includes(q));

  it('meet the same name, a parent at any depth and a unit, from either side', () => {
    expect(meets('röda korset gotland', 'röda korset gotland')).toBe(true);
    expect(meets('röda korset gotland', 'röda korset')).toBe(true);
    expect(meets('röda korset', 'röda korset gotland')).toBe(true);
    expect(meets('röda korset gotland visby', 'röda')).toBe(true);
  });

  it('keep sibling units and names that merely begin alike apart', () => {
    expect(meets('röda korset gotland', 'röda korset visby')).toBe(false);
    expect(meets('föreningen gemenskap södra', 'föreningen gemenskap norra')).toBe(false);
    expect(meets('röda korset', 'röda korsets vänner')).toBe(false);
  });
});
