/**
 * A dense neighbourhood — one case number and one set of parties stated hundreds of times, several times
 * in each document — links to the same records now that candidate pairs are made one at a time (never all
 * held) as it did when every candidate was listed first: the reference below is that earlier algorithm.
 */
import { describe, expect, it } from 'vitest';
import { linkObservations, decisionDate } from '../pipeline/reconcile/link.js';
import { caseNumbers, statementsOf } from '../pipeline/reconcile/observations.js';
import { sameParties } from '../pipeline/reconcile/parties-match.js';
import { overlapShare, toDays } from '../pipeline/reconcile/periods.js';
import type { LinkConstraint, Observation } from '../pipeline/reconcile/types.js';
import { document, type PartnershipSpec } from './reconcile-builders.js';
import { prng as random } from '../scripts/prng.js';

function denseNeighbourhood(seed: number, documents: number): Observation[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const organisations = ['Röda Korset', 'Röda Korset Gotland', 'Stadsmissionen', 'Föreningen Gemenskap'];
  const years = ['2023', '2024', '2025', '2026'];
  const docs = Array.from({ length: documents }, (_, id) => {
    const partnerships: PartnershipSpec[] = Array.from({ length: 2 + Math.floor(next() * 5) }, () => {
      const year = pick(years);
      const dated = next() < 0.75;
      return {
        ideburna: [pick(organisations)],
        offentliga: ['Region Gotland'],
        diarienummer: next() < 0.7 ? [pick(['RS 2024/947', 'RS 2024/947', 'RS 2023/12'])] : [],
        period: dated ? [`${year}-01-01`, next() < 0.5 ? `${year}-12-31` : `${Number(year) + 1}-12-31`] : null,
        decision: dated ? undefined : { date: `${year}-0${1 + Math.floor(next() * 9)}-15`, body: null, outcome: 'bifall' as const },
      };
    });
    // A document about one matter may refer to another's case.
    const single = next() < 0.3;
    return document({ id, path: `doc-${id}.txt`, partnerships: single ? partnerships.slice(0, 1) : partnerships, refs: single && next() < 0.5 ? ['RS 2023/12'] : [] });
  });
  return statementsOf(docs).observations;
}

/** The linking as it was: every candidate of a rule listed before any is tried. */
function referenceLinks(observations: readonly Observation[], constraints: readonly LinkConstraint[]): string[][] {
  const parent = new Map(observations.map((o) => [o.key, o.key]));
  const members = new Map(observations.map((o) => [o.key, [o.key]]));
  const docs = new Map(observations.map((o) => [o.key, new Set([o.doc.id])]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  const splits = constraints.filter((c) => c.kind === 'split');
  const tryLink = (a: string, b: string, reviewer: boolean) => {
    let [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    if (splits.some((c) => (find(c.a) === ra && find(c.b) === rb) || (find(c.a) === rb && find(c.b) === ra))) return;
    if (!reviewer && [...docs.get(ra)!].some((d) => docs.get(rb)!.has(d))) return;
    if (members.get(ra)!.length < members.get(rb)!.length) [ra, rb] = [rb, ra];
    members.get(ra)!.push(...members.get(rb)!);
    for (const d of docs.get(rb)!) docs.get(ra)!.add(d);
    parent.set(rb, ra);
    members.delete(rb);
  };
  const days = (o: Observation) => toDays(o.partnership.period?.value);
  const overlap = (a: Observation, b: Observation) => {
    const [da, db] = [days(a), days(b)];
    return !da || !db || overlapShare(da, db) >= 0.5;
  };
  for (const c of constraints) if (c.kind === 'merge') tryLink(c.a, c.b, true);
  const owners = new Map<string, Observation[]>();
  for (const o of observations) for (const n of caseNumbers(o).own) owners.set(n, [...(owners.get(n) ?? []), o]);
  const caseLinks: [string, string][] = [];
  for (const same of owners.values()) for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) if (overlap(same[i]!, same[j]!)) caseLinks.push([same[i]!.key, same[j]!.key]);
  for (const o of observations) for (const n of caseNumbers(o).refs) for (const owner of owners.get(n) ?? []) if (owner.key !== o.key && overlap(o, owner)) caseLinks.push([owner.key, o.key]);
  for (const [a, b] of caseLinks) tryLink(a, b, false);
  // Same parties: every pair, in input order.
  const pairs: [Observation, Observation][] = [];
  observations.forEach((a, i) => observations.slice(i + 1).forEach((b) => a.offentliga.length > 0 && a.ideburna.length > 0 && sameParties(a, b) && pairs.push([a, b])));
  const periodLinks = pairs.filter(([a, b]) => a.doc.id !== b.doc.id && days(a) && days(b) && overlapShare(days(a)!, days(b)!) >= 0.5);
  for (const [a, b] of periodLinks) tryLink(a.key, b.key, false);
  const fits = new Map<Observation, Map<string, Observation>>();
  for (const [x, y] of pairs) {
    for (const [undated, dated] of [[x, y], [y, x]] as const) {
      const decided = decisionDate(undated);
      const period = days(dated);
      if (undated.partnership.period || !decided || !period || undated.doc.id === dated.doc.id) continue;
      const at = toDays({ start: decided, end: decided, openEnded: false })!.start;
      if (at < period.start - 548 || at > period.end) continue;
      fits.set(undated, (fits.get(undated) ?? new Map()).set(find(dated.key), dated));
    }
  }
  for (const [undated, byRecord] of fits) if (byRecord.size === 1) tryLink([...byRecord.values()][0]!.key, undated.key, false);
  return [...members.values()].map((m) => [...m].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

const groups = (observations: readonly Observation[], constraints: readonly LinkConstraint[]) =>
  linkObservations(observations, constraints)
    .members.map((m) => m.map((o) => o.key).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('reconcile: a dense neighbourhood', () => {
  it.each([1, 2, 3])('links to the same records as when every candidate pair was listed first (seed %i)', (seed) => {
    const observations = denseNeighbourhood(seed, 60);
    expect(observations.length).toBeGreaterThan(150);
    const constraints: LinkConstraint[] = [
      { kind: 'merge', a: observations[0]!.key, b: observations[observations.length - 1]!.key },
      { kind: 'split', a: observations[1]!.key, b: observations[2]!.key },
    ];
    for (const given of [[], constraints]) {
      const linked = groups(observations, given);
      expect(linked).toEqual(referenceLinks(observations, given));
      // Dense indeed: most statements end in a few large records.
      expect(Math.max(...linked.map((g) => g.length))).toBeGreaterThan(20);
    }
  });
});
