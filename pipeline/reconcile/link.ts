/**
 * Linking observations into partnership records. Links are tried strongest first — a reviewer's merge,
 * a shared case number, the same parties over an overlapping period, then a statement without a period
 * decided shortly before (or during) the one period its parties have — and a link is refused when it
 * would put a reviewer's split pair, or two rows of one document, into one record.
 *
 * Cost: candidate pairs come from blocks (a case number, a party block), never from all pairs; the pairs
 * with the same parties are enumerated once for both party rules; a link's reason is written only when
 * the link is taken; sets are merged smaller into larger, with their documents, so a union costs the
 * smaller set's size.
 */
import { caseNumbers } from './observations.js';
import { pairsWithSameParties } from './parties-match.js';
import { formatPeriod, overlapShare, toDays } from './periods.js';
import type { Link, LinkConstraint, LinkRule, Observation } from './types.js';

/** Share of the shorter period the two must both cover to be one partnership. */
const MIN_OVERLAP = 0.5;
/** How long before a period starts a decision about it is typically taken (a budget year and then some). */
const DECIDED_BEFORE_DAYS = 548;

export interface Clusters {
  members: Observation[][];
  links: Link[];
}

/** A link not yet taken: its reason is made only if it is. */
interface Candidate {
  a: string;
  b: string;
  rule: LinkRule;
  reason: () => string;
  /** The two statements' positions, where the rule already knows them. */
  at?: readonly [number, number];
}

export function linkObservations(observations: readonly Observation[], constraints: readonly LinkConstraint[]): Clusters {
  const byKey = new Map(observations.map((o) => [o.key, o]));
  const sets = new DisjointSets(observations);
  const splitWith = new Map<string, Set<string>>();
  for (const c of constraints) {
    if (c.kind !== 'split') continue;
    splitWith.set(c.a, (splitWith.get(c.a) ?? new Set()).add(c.b));
    splitWith.set(c.b, (splitWith.get(c.b) ?? new Set()).add(c.a));
  }
  const splitApart = (a: string, b: string) => {
    // Look up the smaller side's members in the larger side's constraints.
    const [small, large] = sets.size(a) <= sets.size(b) ? [a, b] : [b, a];
    const root = sets.find(large);
    return sets.members(small).some((k) => [...(splitWith.get(k) ?? [])].some((other) => byKey.has(other) && sets.find(other) === root));
  };
  const links: Link[] = [];

  // Each side's key is looked up once: a dense case tries millions of candidates, most of them refused.
  const tryLink = (link: Candidate, reviewer: boolean) => {
    const [at, bt] = link.at ?? [sets.position(link.a), sets.position(link.b)];
    if (at === undefined || bt === undefined) return;
    const [ra, rb] = [sets.rootAt(at), sets.rootAt(bt)];
    if (ra === rb) return;
    if (splitWith.size > 0 && splitApart(link.a, link.b)) return;
    if (!reviewer && sets.shareDocument(ra, rb)) return;
    sets.join(ra, rb);
    links.push({ a: link.a, b: link.b, rule: link.rule, reason: link.reason() });
  };

  for (const c of constraints) {
    if (c.kind === 'merge') tryLink({ a: c.a, b: c.b, rule: 'reviewer-merge', reason: () => 'a reviewer merged these' }, true);
  }
  // Candidates are made one at a time, in the order they were always tried, and never held: a case number
  // or a party block that thousands of statements share costs time, not memory. A pair already in one
  // record, or of one document, or whose two records hold statements of one document, is passed over
  // before a candidate is made (tryLink would refuse it all the same).
  const refused = (a: Observation, b: Observation) => {
    if (a.doc.id === b.doc.id) return true;
    const [ra, rb] = [sets.rootAt(sets.position(a.key)!), sets.rootAt(sets.position(b.key)!)];
    return ra === rb || sets.shareDocument(ra, rb);
  };
  const periods = observations.map((o) => toDays(o.partnership.period?.value));
  const periodOf = new Map(observations.map((o, i) => [o, periods[i]!]));
  for (const link of caseNumberLinks(observations, periods, sets)) tryLink(link, false);
  for (const link of samePartiesLinks(pairsWithSameParties(observations, undefined, refused), periodOf)) tryLink(link, false);
  // Only a pair with a statement that states no period but a decision date can be decided for the other's period.
  const undatedDecision = (o: Observation) => !o.partnership.period && decisionDate(o) !== null;
  for (const link of decidedForLinks(pairsWithSameParties(observations, undatedDecision), periodOf, (key) => sets.find(key))) tryLink(link, false);

  return { members: sets.groups().map((keys) => keys.map((k) => byKey.get(k)!)), links };
}

type Days = NonNullable<ReturnType<typeof toDays>>;

/**
 * Two statements of one matter's case over the same period: both are the case, or one refers to the other's
 * case. Statements by their position (the sets number them the same way): the pairs of a case stated
 * thousands of times are many, and each costs a few array reads.
 */
function* caseNumberLinks(observations: readonly Observation[], periods: readonly (Days | null)[], sets: DisjointSets): Generator<Candidate> {
  const owners = new Map<string, number[]>();
  const refs = new Map<number, string[]>();
  observations.forEach((o, i) => {
    const numbers = caseNumbers(o);
    if (numbers.refs.length > 0) refs.set(i, numbers.refs);
    for (const n of numbers.own) {
      const list = owners.get(n);
      if (list) list.push(i);
      else owners.set(n, [i]);
    }
  });
  const documents = observations.map((o) => o.doc.id);
  // A case that thousands of statements share offers millions of pairs, most of them refused (see above).
  const open = (i: number, j: number) => {
    if (documents[i] === documents[j]) return false;
    const [ri, rj] = [sets.rootAt(i), sets.rootAt(j)];
    return ri !== rj && periodsOverlap(periods[i]!, periods[j]!) && !sets.shareDocument(ri, rj);
  };
  // A long-running case (a 2020 Dnr for its 2025 förlängning) spans periods: one case and one period is one partnership.
  for (const [number, same] of owners) {
    for (let x = 0; x < same.length; x++) {
      for (let y = x + 1; y < same.length; y++) {
        const [i, j] = [same[x]!, same[y]!];
        if (open(i, j)) yield { a: observations[i]!.key, b: observations[j]!.key, at: [i, j], rule: 'case-number', reason: () => `both are case ${number}` };
      }
    }
  }
  for (const [i, numbers] of refs) {
    const o = observations[i]!;
    for (const number of numbers) {
      for (const j of owners.get(number) ?? []) {
        const owner = observations[j]!;
        if (i === j || !open(j, i)) continue;
        yield { a: owner.key, b: o.key, at: [j, i], rule: 'case-number', reason: () => `${o.doc.path} refers to case ${number} of ${owner.doc.path} for the same period` };
      }
    }
  }
}

/** The pairs come with those already in one record, of one document or refused by their records passed over. */
function* samePartiesLinks(pairs: Iterable<[Observation, Observation]>, periods: ReadonlyMap<Observation, Days | null>): Generator<Candidate> {
  for (const [a, b] of pairs) {
    const da = periods.get(a);
    const db = periods.get(b);
    if (!da || !db || overlapShare(da, db) < MIN_OVERLAP) continue;
    yield {
      a: a.key,
      b: b.key,
      rule: 'same-parties-period',
      reason: () => `same parties, overlapping periods ${formatPeriod(a.partnership.period!.value)} and ${formatPeriod(b.partnership.period!.value)}`,
    };
  }
}

/**
 * A decision that states no period (a protocol: "IOP med Röda Korset Gotland") belongs to the record of
 * the same parties whose period it was decided for: the period starts at most DECIDED_BEFORE_DAYS after
 * the decision, or is running at its date. Only when exactly one record fits; several stay for a reviewer.
 */
function decidedForLinks(pairs: Iterable<[Observation, Observation]>, periods: ReadonlyMap<Observation, Days | null>, recordOf: (key: string) => string): Candidate[] {
  // Every fit is found before any of these links is tried: the records as the stronger rules left them.
  const fits = new Map<Observation, Map<string, Observation>>();
  for (const [x, y] of pairs) {
    for (const [undated, dated] of [[x, y], [y, x]] as const) {
      const decided = decisionDate(undated);
      const days = periods.get(dated);
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
    return [{ a: dated!.key, b: undated.key, rule: 'same-parties-decided-for' as const, reason: () => `same parties; decided ${decisionDate(undated)} for the period ${formatPeriod(dated!.partnership.period!.value)}` }];
  });
}

/** The matter's own decision date; a document about one matter may carry it at document level only. */
export const decisionDate = (o: Observation): string | null => (o.partnership.decision ?? o.result.decision)?.value.date ?? null;

/** Periods overlap, or one side gives none (a case reference is strong enough on its own then). */
function periodsOverlap(da: Days | null, db: Days | null): boolean {
  return !da || !db || overlapShare(da, db) >= MIN_OVERLAP;
}

/**
 * Union-find over observations that keeps each set's members and documents, merging the smaller into the
 * larger. Observations are numbered once; parents are a typed array, so the find that every candidate pair
 * costs is one map lookup and a few array reads.
 */
class DisjointSets {
  private readonly index = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly parent: Int32Array;
  /** Per root: its members and documents (undefined once merged into another root). */
  private readonly sets: ({ members: string[]; documents: Set<number> } | undefined)[] = [];
  /** Pairs of roots (as one number) known to share a document; see shareDocument. */
  private readonly sharing = new Set<number>();

  constructor(observations: readonly Observation[]) {
    this.parent = new Int32Array(observations.length);
    observations.forEach((o, i) => {
      this.index.set(o.key, i);
      this.keys.push(o.key);
      this.parent[i] = i;
      this.sets.push({ members: [o.key], documents: new Set([o.doc.id]) });
    });
  }

  /** The root of the observation at this position (its position in the constructor's list). */
  rootAt(i: number): number {
    return this.root(i);
  }

  private root(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression.
    while (i !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  private setOf(key: string) {
    return this.sets[this.root(this.index.get(key)!)]!;
  }

  find(key: string): string {
    return this.keys[this.root(this.index.get(key)!)]!;
  }

  size(key: string): number {
    return this.setOf(key).members.length;
  }

  members(key: string): string[] {
    return this.setOf(key).members;
  }

  /** The position of the observation with this key (undefined for a key of none of them). */
  position(key: string): number | undefined {
    return this.index.get(key);
  }

  /**
   * Whether the sets of two roots hold statements of one document. Sets only grow and a root stays one
   * until it is merged away, so two roots once found to share a document share one for as long as both
   * are roots: that answer is remembered (a dense case offers the same two records thousands of pairs).
   */
  shareDocument(ra: number, rb: number): boolean {
    const pair = ra < rb ? ra * this.keys.length + rb : rb * this.keys.length + ra;
    if (this.sharing.has(pair)) return true;
    const [sa, sb] = [this.sets[ra]!, this.sets[rb]!];
    const [small, large] = sa.documents.size <= sb.documents.size ? [sa, sb] : [sb, sa];
    for (const d of small.documents) {
      if (large.documents.has(d)) {
        this.sharing.add(pair);
        return true;
      }
    }
    return false;
  }

  /** Joins the sets of two different roots, the smaller into the larger (into the first on a tie). */
  join(ra: number, rb: number): void {
    if (this.sets[ra]!.members.length < this.sets[rb]!.members.length) [ra, rb] = [rb, ra];
    const [into, from] = [this.sets[ra]!, this.sets[rb]!];
    for (const m of from.members) into.members.push(m);
    for (const d of from.documents) into.documents.add(d);
    this.parent[rb] = ra;
    this.sets[rb] = undefined;
  }

  /** The sets, in the order of their roots' observations. */
  groups(): string[][] {
    return this.sets.flatMap((s) => (s ? [s.members] : []));
  }
}
