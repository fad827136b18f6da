/**
 * Linking observations into partnership records. Links are tried strongest first — a reviewer's merge,
 * a shared case number, the same parties over an overlapping period, then a statement without a period
 * decided shortly before (or during) the one period its parties have — and a link is refused when it
 * would put a reviewer's split pair, or two rows of one document, into one record.
 */
import { caseNumbers } from './observations.js';
import { pairsWithSameParties } from './parties-match.js';
import { formatPeriod, overlapShare, toDays } from './periods.js';
import type { Link, LinkConstraint, Observation } from './types.js';

/** Share of the shorter period the two must both cover to be one partnership. */
const MIN_OVERLAP = 0.5;
/** How long before a period starts a decision about it is typically taken (a budget year and then some). */
const DECIDED_BEFORE_DAYS = 548;

export interface Clusters {
  members: Observation[][];
  links: Link[];
}

export function linkObservations(observations: readonly Observation[], constraints: readonly LinkConstraint[]): Clusters {
  const byKey = new Map(observations.map((o) => [o.key, o]));
  const sets = new DisjointSets(observations.map((o) => o.key));
  const splits = constraints.filter((c) => c.kind === 'split');
  const links: Link[] = [];

  const tryLink = (link: Link, reviewer: boolean) => {
    if (!byKey.has(link.a) || !byKey.has(link.b) || sets.find(link.a) === sets.find(link.b)) return;
    const joined = [...sets.members(link.a), ...sets.members(link.b)];
    if (splits.some((s) => joined.includes(s.a) && joined.includes(s.b))) return;
    if (!reviewer && sharesDocument(sets.members(link.a), sets.members(link.b), byKey)) return;
    sets.union(link.a, link.b);
    links.push(link);
  };

  for (const c of constraints.filter((c) => c.kind === 'merge')) {
    tryLink({ a: c.a, b: c.b, rule: 'reviewer-merge', reason: 'a reviewer merged these' }, true);
  }
  for (const link of caseNumberLinks(observations)) tryLink(link, false);
  for (const link of samePartiesLinks(observations)) tryLink(link, false);
  for (const link of decidedForLinks(observations, (key) => sets.find(key))) tryLink(link, false);

  return { members: sets.groups().map((keys) => keys.map((k) => byKey.get(k)!)), links };
}

/** Two documents on one case over the same period: both are the case, or one refers to the other's case. */
function caseNumberLinks(observations: readonly Observation[]): Link[] {
  const owners = new Map<string, Observation[]>();
  for (const o of observations) for (const n of caseNumbers(o).own) owners.set(n, [...(owners.get(n) ?? []), o]);
  const links: Link[] = [];
  // A long-running case (a 2020 Dnr for its 2025 förlängning) spans periods: one case and one period is one partnership.
  for (const [number, same] of owners) {
    for (const [i, a] of same.entries()) {
      for (const b of same.slice(i + 1)) if (periodsOverlap(a, b)) links.push({ a: a.key, b: b.key, rule: 'case-number', reason: `both are case ${number}` });
    }
  }
  for (const o of observations) {
    for (const number of caseNumbers(o).refs) {
      for (const owner of owners.get(number) ?? []) {
        if (owner.key === o.key || !periodsOverlap(o, owner)) continue;
        links.push({ a: owner.key, b: o.key, rule: 'case-number', reason: `${o.doc.path} refers to case ${number} of ${owner.doc.path} for the same period` });
      }
    }
  }
  return links;
}

function samePartiesLinks(observations: readonly Observation[]): Link[] {
  const links: Link[] = [];
  for (const [a, b] of pairsWithSameParties(observations)) {
    if (a.doc.id === b.doc.id) continue;
    const da = toDays(a.partnership.period?.value);
    const db = toDays(b.partnership.period?.value);
    if (!da || !db || overlapShare(da, db) < MIN_OVERLAP) continue;
    links.push({
      a: a.key,
      b: b.key,
      rule: 'same-parties-period',
      reason: `same parties, overlapping periods ${formatPeriod(a.partnership.period!.value)} and ${formatPeriod(b.partnership.period!.value)}`,
    });
  }
  return links;
}

/**
 * A decision that states no period (a protocol: "IOP med Röda Korset Gotland") belongs to the record of
 * the same parties whose period it was decided for: the period starts at most DECIDED_BEFORE_DAYS after
 * the decision, or is running at its date. Only when exactly one record fits; several stay for a reviewer.
 */
function decidedForLinks(observations: readonly Observation[], recordOf: (key: string) => string): Link[] {
  const fits = new Map<Observation, Map<string, Observation>>();
  for (const [x, y] of pairsWithSameParties(observations)) {
    for (const [undated, dated] of [[x, y], [y, x]] as const) {
      const decided = undated.result.decision?.value.date;
      const days = toDays(dated.partnership.period?.value);
      if (undated.partnership.period || !decided || !days || undated.doc.id === dated.doc.id) continue;
      const at = toDays({ start: decided, end: decided, openEnded: false })!.start;
      if (at < days.start - DECIDED_BEFORE_DAYS || at > days.end) continue;
      const byRecord = fits.get(undated) ?? new Map<string, Observation>();
      byRecord.set(recordOf(dated.key), dated);
      fits.set(undated, byRecord);
    }
  }
  return [...fits].flatMap(([undated, byRecord]) => {
    if (byRecord.size !== 1) return [];
    const [dated] = byRecord.values();
    return [{ a: dated!.key, b: undated.key, rule: 'same-parties-decided-for' as const, reason: `same parties; decided ${undated.result.decision!.value.date} for the period ${formatPeriod(dated!.partnership.period!.value)}` }];
  });
}

/** Periods overlap, or one side gives none (a case reference is strong enough on its own then). */
function periodsOverlap(a: Observation, b: Observation): boolean {
  const da = toDays(a.partnership.period?.value);
  const db = toDays(b.partnership.period?.value);
  return !da || !db || overlapShare(da, db) >= MIN_OVERLAP;
}

function sharesDocument(a: string[], b: string[], byKey: Map<string, Observation>): boolean {
  const docs = new Set(a.map((k) => byKey.get(k)!.doc.id));
  return b.some((k) => docs.has(byKey.get(k)!.doc.id));
}

/** Union-find over observation keys that also lists each set's members. */
class DisjointSets {
  private readonly parent = new Map<string, string>();
  private readonly sets = new Map<string, string[]>();

  constructor(keys: string[]) {
    for (const key of keys) {
      this.parent.set(key, key);
      this.sets.set(key, [key]);
    }
  }

  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }

  members(key: string): string[] {
    return this.sets.get(this.find(key))!;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent.set(rb, ra);
    this.sets.set(ra, [...this.sets.get(ra)!, ...this.sets.get(rb)!]);
    this.sets.delete(rb);
  }

  groups(): string[][] {
    return [...this.sets.values()];
  }
}
