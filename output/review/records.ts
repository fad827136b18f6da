/**
 * Keeping the partnership records up to date, incrementally. The writer marks each path it stores as
 * pending; reconcile takes the pending paths' statements a neighbourhood at a time and re-links only their
 * scope: the statements that share a blocking key with them (a case number, a party block), the records those belong to, and
 * the records related to those — loaded from SQLite through indexes, never the whole dataset. Records keep
 * their ids — each new cluster takes the id most of its statements last had — so reviews stay attached;
 * a reviewed field whose machine value changed is flagged, never overwritten.
 */
import { reconcileDrafts, type RecordDraft } from '../../pipeline/reconcile/index.js';
import { documentBlocks, queryKeysOf } from '../../pipeline/reconcile/blocks.js';
import type { Evidence } from '../../pipeline/contract.js';
import type { FieldCandidate, ReconcileOutput } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { prepared } from '../db/statements.js';
import { loadConstraints, loadDocuments, pathOf } from './load.js';
import { canonicalJson } from './values.js';
import { collectGarbage } from '../collect-garbage.js';

/**
 * Statements per reconcile step (a neighbourhood larger than this is one step of its own): each step is one
 * transaction, so an interrupted rebuild keeps what it did, and holds only its own documents in memory.
 */
const STATEMENTS_PER_STEP = 400;
/** Pending paths read at a time when finding the neighbourhoods. */
const PATHS_PER_PASS = 200;

export interface RebuildSummary {
  /** Active records in the dataset. */
  partnerships: number;
  organisations: number;
  relations: number;
  /** Conflicting fields of active records. */
  conflicts: number;
  /** Reviewed fields newly flagged "changed since review". */
  changedSinceReview: number;
  /** Statements re-linked by this run. */
  relinked: number;
}

/** Reconciles the paths stored or changed since the last reconcile; returns null when there were none. */
export function ensureReconciled(db: Dataset): RebuildSummary | null {
  return prepared(db, 'SELECT 1 FROM reconcile_pending LIMIT 1').get() === undefined ? null : reconcilePending(db);
}

/** `iop reconcile`: every path again, step by step. */
export function rebuildRecords(db: Dataset, now = new Date().toISOString()): RebuildSummary {
  prepared(db, 'INSERT OR IGNORE INTO reconcile_pending (path) SELECT DISTINCT path FROM documents').run();
  return reconcilePending(db, now);
}

function reconcilePending(db: Dataset, now = new Date().toISOString()): RebuildSummary {
  const done = prepared(db, 'DELETE FROM reconcile_pending WHERE path = ?');
  let changedSinceReview = 0;
  let relinked = 0;
  const all = steps(db);
  all.forEach((step, n) => {
    // Steps are independent: what one held is garbage before the next (see collect-garbage.ts). After the
    // last there is none: a full collection then (17–20 ms) would cost as much as re-linking a small scope.
    if (n > 0) collectGarbage();
    db.transaction(() => {
      const result = step.observations.length > 0 ? reconcileScope(db, { observations: step.observations, fresh: step.fresh }, now) : { flagged: 0, statements: 0 };
      changedSinceReview += result.flagged;
      relinked += result.statements;
      for (const path of step.finished) done.run(path);
    }).immediate();
  });
  return { ...totals(db), changedSinceReview, relinked };
}

interface Step {
  /** The pending paths' statements this step re-links: their current ones and the ones they had before. */
  observations: string[];
  /** The current statements' blocking keys (the ones they had before are stored). */
  fresh: Map<string, string[]>;
  /** Paths none of whose statements are left for a later step. */
  finished: string[];
}

/**
 * The pending paths' statements, one neighbourhood at a time (statements that can meet through their
 * blocking keys), so each is re-linked once, in one step, and no later step reaches back into it; small
 * neighbourhoods share a step. A neighbourhood is of statements, not documents: a whole protocol's matters
 * each go with their own neighbours. Found by a pass over the pending documents, a chunk at a time, keeping
 * only statement keys.
 */
function steps(db: Dataset): Step[] {
  const pending = prepared(db, 'SELECT path FROM reconcile_pending ORDER BY path', { pluck: true }).all() as string[];
  const q = queries(db);
  const fresh = new Map<string, string[]>();
  const keysOf = new Map<string, string[]>();
  for (let from = 0; from < pending.length; from += PATHS_PER_PASS) {
    const chunk = pending.slice(from, from + PATHS_PER_PASS);
    for (const path of chunk) {
      for (const { observation } of q.historyOfPath.all(`${path}#`, `${path}$`) as { observation: string }[]) keysOf.set(observation, q.keysOf.all(observation) as string[]);
    }
    for (const [observation, keys] of documentBlocks(loadDocuments(db, chunk))) {
      fresh.set(observation, keys);
      keysOf.set(observation, [...new Set([...(keysOf.get(observation) ?? []), ...keys])]);
    }
  }
  const found: Step[] = [];
  let step: Step = { observations: [], fresh: new Map(), finished: [] };
  const lastStepOf = new Map<string, number>();
  for (const group of neighbourhoods(keysOf)) {
    if (step.observations.length > 0 && step.observations.length + group.length > STATEMENTS_PER_STEP) {
      found.push(step);
      step = { observations: [], fresh: new Map(), finished: [] };
    }
    for (const observation of group) {
      step.observations.push(observation);
      const keys = fresh.get(observation);
      if (keys) step.fresh.set(observation, keys);
      lastStepOf.set(pathOf(observation), found.length);
    }
  }
  found.push(step);
  // A path with no statement now or before (a failed or forgotten document) is done in the first step.
  for (const path of pending) found[lastStepOf.get(path) ?? 0]!.finished.push(path);
  return found;
}

/**
 * The statements' neighbourhoods: two statements meet when one looks under a key the other is stored under
 * (blocks.ts), and a neighbourhood is what meetings join. Statements merely stored under one key — "<föreningen",
 * under which every name beginning "Föreningen" is stored — do not meet unless a statement looks there. Each neighbourhood's statements sorted, neighbourhoods by their first statement.
 */
function neighbourhoods(stored: ReadonlyMap<string, readonly string[]>): string[][] {
  const lookedUnder = new Set<string>();
  const storedUnder = new Set<string>();
  for (const keys of stored.values()) {
    for (const key of keys) storedUnder.add(key);
    for (const key of queryKeysOf(keys)) lookedUnder.add(key);
  }
  const sets = new UnionFind();
  const firstAt = new Map<string, string>();
  const meet = (observation: string, key: string) => {
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, observation);
    else sets.join(observation, first);
  };
  for (const [observation, keys] of stored) {
    sets.add(observation);
    for (const key of keys) if (lookedUnder.has(key)) meet(observation, key);
    for (const key of queryKeysOf(keys)) if (storedUnder.has(key)) meet(observation, key);
  }
  const byRoot = new Map<string, string[]>();
  for (const observation of [...stored.keys()].sort()) {
    const root = sets.find(observation);
    const group = byRoot.get(root);
    if (group) group.push(observation);
    else byRoot.set(root, [observation]);
  }
  return [...byRoot.values()];
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  add(item: string): void {
    if (!this.parent.has(item)) this.parent.set(item, item);
  }

  join(a: string, b: string): void {
    this.parent.set(this.find(a), this.find(b));
  }

  find(item: string): string {
    let root = item;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let at = item; at !== root; ) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
}

function totals(db: Dataset): Omit<RebuildSummary, 'changedSinceReview' | 'relinked'> {
  const one = (sql: string) => prepared(db, sql, { pluck: true }).get() as number;
  return {
    partnerships: one("SELECT count(*) FROM reconciled_partnerships WHERE status = 'active'"),
    organisations: one('SELECT count(*) FROM reconciled_organisations'),
    relations: one('SELECT count(*) FROM reconciled_relations'),
    conflicts: one("SELECT count(*) FROM reconciled_fields f JOIN reconciled_partnerships p ON p.id = f.partnership_id AND p.status = 'active' WHERE f.conflict = 1"),
  };
}

/**
 * What a reconcile step starts from: statements a review action touched, or a neighbourhood of changed
 * documents' statements — then `fresh` gives the blocking keys of the current ones (the keys of the ones
 * they replace are stored).
 */
export interface Seeds {
  observations: readonly string[];
  fresh?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Re-links the scope of the seeds inside the caller's transaction (a merge or split stores its constraint
 * and re-links atomically): returns how many statements it re-linked and how many reviews it flagged.
 */
export function reconcileScope(db: Dataset, seeds: Seeds, now: string): { statements: number; flagged: number } {
  const q = queries(db);
  const { observations, records } = scopeOf(db, q, seeds);
  const documents = loadDocuments(db, new Set([...observations].map(pathOf)));
  const constraints = loadConstraints(db, observations);
  const output = reconcileDrafts(documents, constraints, (o) => observations.has(o));
  const ids = assignIds(db, q, output.records, records, now);
  for (const id of records) {
    for (const table of ['reconciled_members', 'reconciled_links', 'reconciled_fields']) prepared(db, `DELETE FROM ${table} WHERE partnership_id = ?`).run(id);
    q.deleteRelations.run(id, id);
  }
  for (const o of observations) q.deleteKeys.run(o);
  storeRecords(db, output, ids);
  storeOrganisations(db, output);
  const claimed = new Set(ids.values());
  return { statements: output.records.reduce((n, r) => n + r.observations.length, 0), flagged: flagChangedReviews(db, claimed) };
}

type Queries = ReturnType<typeof queries>;

function queries(db: Dataset) {
  return {
    /** Every statement a path ever had ("<path>#<ordinal>": '#' sorts just below '$'). */
    historyOfPath: prepared(db, 'SELECT observation FROM reconciled_member_history WHERE observation > ? AND observation < ?'),
    history: prepared(db, 'SELECT partnership_id FROM reconciled_member_history WHERE observation = ?', { pluck: true }),
    keysOf: prepared(db, 'SELECT key FROM reconcile_keys WHERE observation = ?', { pluck: true }),
    underKey: prepared(db, 'SELECT observation FROM reconcile_keys WHERE key = ?', { pluck: true }),
    recordOf: prepared(db, 'SELECT partnership_id FROM reconciled_members WHERE observation = ?', { pluck: true }),
    membersOf: prepared(db, 'SELECT observation FROM reconciled_members WHERE partnership_id = ?', { pluck: true }),
    related: prepared(db, 'SELECT to_id FROM reconciled_relations WHERE from_id = ? UNION SELECT from_id FROM reconciled_relations WHERE to_id = ?', { pluck: true }),
    status: prepared(db, 'SELECT status FROM reconciled_partnerships WHERE id = ?', { pluck: true }),
    deleteRelations: prepared(db, 'DELETE FROM reconciled_relations WHERE from_id = ? OR to_id = ?'),
    deleteKeys: prepared(db, 'DELETE FROM reconcile_keys WHERE observation = ?'),
  };
}

/**
 * The statements to re-link: the seeds' statements (old and new), every statement sharing a blocking key
 * with them, the whole of the records these are in, the records related to those, and the partners of
 * reviewers' merges. `records` are the records re-linked: their ids may be kept or retired.
 */
function scopeOf(db: Dataset, q: Queries, seeds: Seeds): { observations: Set<string>; records: Set<number> } {
  const seedObservations = new Set(seeds.observations);
  const records = new Set<number>();
  const keys = new Set<string>();
  for (const o of seedObservations) {
    // The record the statement was last in, even a retired one: its id may be taken again.
    const last = q.history.get(o) as number | undefined;
    if (last !== undefined) records.add(last);
    for (const key of q.keysOf.all(o) as string[]) keys.add(key);
    for (const key of seeds.fresh?.get(o) ?? []) keys.add(key);
  }
  const observations = new Set(seedObservations);
  for (const key of queryKeysOf(keys)) for (const o of q.underKey.all(key) as string[]) observations.add(o);

  const addRecord = (id: number) => {
    records.add(id);
    for (const member of q.membersOf.all(id) as string[]) observations.add(member);
  };
  for (const o of [...observations]) {
    const id = q.recordOf.get(o) as number | undefined;
    if (id !== undefined) records.add(id);
  }
  for (const id of [...records]) for (const other of q.related.all(id, id) as number[]) records.add(other);
  for (const id of records) addRecord(id);
  // A reviewer's merge reaching outside brings the other side's record along.
  for (const c of loadConstraints(db, observations)) {
    for (const o of [c.a, c.b]) {
      if (observations.has(o)) continue;
      observations.add(o);
      const id = q.recordOf.get(o) as number | undefined;
      if (id !== undefined && !records.has(id)) addRecord(id);
    }
  }
  return { observations, records };
}

/**
 * Record key → persistent id: largest clusters choose first, each takes the id most of its members last
 * had (reconciled_member_history, which outlives retired records) — unless that id is an active record
 * outside the scope; a cluster with none gets a new id. Ids of the scope's records that no cluster took
 * are retired.
 */
function assignIds(db: Dataset, q: Queries, records: readonly Pick<RecordDraft, 'key' | 'observations'>[], scope: ReadonlySet<number>, now: string): Map<string, number> {
  const insert = prepared(db, "INSERT INTO reconciled_partnerships (status, created_at, updated_at) VALUES ('active', ?, ?) RETURNING id", { pluck: true });
  const claimable = (id: number) => scope.has(id) || q.status.get(id) !== 'active';
  const claimed = new Set<number>();
  const ids = new Map<string, number>();
  for (const record of [...records].sort((a, b) => b.observations.length - a.observations.length || a.key.localeCompare(b.key))) {
    const votes = new Map<number, number>();
    for (const o of record.observations) {
      const id = q.history.get(o) as number | undefined;
      if (id !== undefined && !claimed.has(id) && claimable(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const id = [...votes.entries()].sort(([ia, a], [ib, b]) => b - a || ia - ib)[0]?.[0] ?? (insert.get(now, now) as number);
    claimed.add(id);
    ids.set(record.key, id);
  }
  const setStatus = prepared(db, 'UPDATE reconciled_partnerships SET status = ?, updated_at = ? WHERE id = ? AND status != ?');
  for (const id of scope) if (!claimed.has(id)) setStatus.run('retired', now, id, 'retired');
  const excluded = prepared(db, 'SELECT 1 FROM not_partnerships WHERE observation = ?');
  for (const record of records) {
    // A record a reviewer marked "not a partnership" stays out of the registry, whatever documents it gains.
    const status = record.observations.some((o) => excluded.get(o) !== undefined) ? 'retired' : 'active';
    setStatus.run(status, now, ids.get(record.key)!, status);
  }
  return ids;
}

/** Each record built and stored in turn, so only one record's fields are held at a time. */
function storeRecords(db: Dataset, output: { records: readonly RecordDraft[]; relations: ReconcileOutput['relations'] }, ids: Map<string, number>): void {
  const member = prepared(db, 'INSERT INTO reconciled_members (observation, partnership_id, document_id, ordinal, kind, paragraph, decision_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const remember = prepared(db, 'INSERT INTO reconciled_member_history (observation, partnership_id) VALUES (?, ?) ON CONFLICT (observation) DO UPDATE SET partnership_id = excluded.partnership_id');
  const key = prepared(db, 'INSERT OR IGNORE INTO reconcile_keys (key, observation) VALUES (?, ?)');
  const link = prepared(db, 'INSERT INTO reconciled_links (partnership_id, a, b, rule, reason) VALUES (?, ?, ?, ?, ?)');
  const field = prepared(db, 'INSERT INTO reconciled_fields (partnership_id, field, value_json, confidence, needs_review, conflict, candidates_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const relation = prepared(db, 'INSERT OR IGNORE INTO reconciled_relations (kind, from_id, to_id, reason) VALUES (?, ?, ?, ?)');
  for (const draft of output.records) {
    const record = draft.build();
    const id = ids.get(record.key)!;
    for (const d of record.documents) {
      const observation = `${d.path}#${d.partnershipIndex}`;
      member.run(observation, id, d.documentId, d.partnershipIndex, d.kind, d.paragraph, d.decision ? JSON.stringify(d.decision) : null);
      remember.run(observation, id);
      for (const k of d.blocks) key.run(k, observation);
    }
    for (const l of record.links) link.run(id, l.a, l.b, l.rule, l.reason);
    for (const [name, f] of Object.entries(record.fields)) {
      field.run(id, name, JSON.stringify(f.value), f.confidence, f.needsReview ? 1 : 0, f.conflict ? 1 : 0, JSON.stringify(f.candidates.map(compactCandidate)));
    }
  }
  for (const r of output.relations) relation.run(r.kind, ids.get(r.from)!, ids.get(r.to)!, r.reason);
}

/**
 * A candidate as stored: each statement by its observation, document, date and confidence, its evidence as
 * places only (page, start, end). The path, the statement's value (the candidate's) and the evidence text
 * (in `pages`) are read back by records-read.ts.
 */
export interface StoredCandidate {
  key: string;
  value: unknown;
  confidence: number;
  latest: string | null;
  sources: { observation: string; documentId: number; date: string | null; confidence: number; evidence: Omit<Evidence, 'text'>[] }[];
}

function compactCandidate(c: FieldCandidate): StoredCandidate {
  return {
    key: c.key,
    value: c.value,
    confidence: c.confidence,
    latest: c.latest,
    sources: c.sources.map((s) => ({ observation: s.observation, documentId: s.documentId, date: s.date, confidence: s.confidence, evidence: s.evidence.map(({ page, start, end }) => ({ page, start, end })) })),
  };
}

function storeOrganisations(db: Dataset, output: Pick<ReconcileOutput, 'organisations'>): void {
  const org = prepared(
    db,
    `INSERT INTO reconciled_organisations (key, name, kind, parent_key, orgnr, orgnr_valid, municipality_kind, municipality) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_key = coalesce(excluded.parent_key, parent_key),
       orgnr = coalesce(excluded.orgnr, orgnr), orgnr_valid = coalesce(excluded.orgnr_valid, orgnr_valid),
       municipality_kind = excluded.municipality_kind, municipality = excluded.municipality`,
  );
  const alias = prepared(db, 'INSERT OR IGNORE INTO reconciled_organisation_aliases (key, alias) VALUES (?, ?)');
  for (const o of output.organisations) {
    org.run(o.key, o.name, o.kind, o.parent, o.orgnr?.value ?? null, o.orgnr ? (o.orgnr.valid ? 1 : 0) : null, o.municipality?.kind ?? null, o.municipality?.name ?? null);
    for (const a of o.aliases) alias.run(o.key, a);
  }
}

/** Flags reviewed fields (of the given records) whose machine value is no longer the one the reviewer saw; returns how many became flagged. */
export function flagChangedReviews(db: Dataset, records: Iterable<number>): number {
  const reviews = prepared(
    db,
    `SELECT r.field, r.machine_value_json, f.value_json FROM field_reviews r
     LEFT JOIN reconciled_fields f ON f.partnership_id = r.partnership_id AND f.field = r.field
     WHERE r.partnership_id = ? AND r.changed_since_review = 0`,
  );
  const flag = prepared(db, 'UPDATE field_reviews SET changed_since_review = 1 WHERE partnership_id = ? AND field = ?');
  let flagged = 0;
  for (const id of records) {
    for (const r of reviews.all(id) as { field: string; machine_value_json: string; value_json: string | null }[]) {
      const now = r.value_json === null ? 'null' : canonicalJson(JSON.parse(r.value_json));
      if (now !== canonicalJson(JSON.parse(r.machine_value_json))) {
        flag.run(id, r.field);
        flagged++;
      }
    }
  }
  return flagged;
}
