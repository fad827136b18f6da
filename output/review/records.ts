/**
 * Storing the reconcile stage's output: the reconciled_* tables are rebuilt in one transaction. Records
 * keep their ids across rebuilds — each new cluster takes the id that most of its observations had — so
 * reviews stay attached; a reviewed field whose machine value changed is flagged, never overwritten.
 */
import { reconcile } from '../../pipeline/reconcile/index.js';
import type { PartnershipRecord, ReconcileOutput } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { datasetStamp, loadConstraints, loadReconcileInput } from './load.js';
import { canonicalJson } from './values.js';

export interface RebuildSummary {
  partnerships: number;
  organisations: number;
  relations: number;
  conflicts: number;
  /** Reviewed fields newly flagged "changed since review". */
  changedSinceReview: number;
}

/** Reconciles when documents or reviewers' constraints changed since the last build; returns whether it did. */
export function ensureReconciled(db: Dataset): RebuildSummary | null {
  const built = db.prepare('SELECT stamp FROM reconcile_state WHERE id = 1').pluck().get() as string | undefined;
  return built === datasetStamp(db) ? null : rebuildRecords(db);
}

export function rebuildRecords(db: Dataset, now = new Date().toISOString()): RebuildSummary {
  return db.transaction(() => rebuildWithin(db, now)).immediate();
}

/** The rebuild inside a caller's transaction (a merge or split stores its constraint and rebuilds atomically). */
export function rebuildWithin(db: Dataset, now: string): RebuildSummary {
  const output = reconcile(loadReconcileInput(db), loadConstraints(db));
  const ids = assignIds(db, output.partnerships, now);
  storeRecords(db, output, ids);
  storeOrganisations(db, output);
  const changedSinceReview = flagChangedReviews(db);
  db.prepare('INSERT INTO reconcile_state (id, stamp, built_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, built_at = excluded.built_at').run(datasetStamp(db), now);
  return {
    partnerships: output.partnerships.length,
    organisations: output.organisations.length,
    relations: output.relations.length,
    conflicts: output.partnerships.reduce((n, p) => n + Object.values(p.fields).filter((f) => f.conflict).length, 0),
    changedSinceReview,
  };
}

/**
 * Record key → persistent id: largest clusters choose first, each takes the id most of its members last
 * had (reconciled_member_history, which outlives retired records); a cluster with none gets a new id.
 */
function assignIds(db: Dataset, records: readonly PartnershipRecord[], now: string): Map<string, number> {
  const previous = new Map((db.prepare('SELECT observation, partnership_id FROM reconciled_member_history').all() as { observation: string; partnership_id: number }[]).map((r) => [r.observation, r.partnership_id]));
  const insert = db.prepare("INSERT INTO reconciled_partnerships (status, created_at, updated_at) VALUES ('active', ?, ?) RETURNING id").pluck();
  const claimed = new Set<number>();
  const ids = new Map<string, number>();
  for (const record of [...records].sort((a, b) => b.observations.length - a.observations.length || a.key.localeCompare(b.key))) {
    const votes = new Map<number, number>();
    for (const o of record.observations) {
      const id = previous.get(o);
      if (id !== undefined && !claimed.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const id = [...votes.entries()].sort(([ia, a], [ib, b]) => b - a || ia - ib)[0]?.[0] ?? (insert.get(now, now) as number);
    claimed.add(id);
    ids.set(record.key, id);
  }
  db.prepare("UPDATE reconciled_partnerships SET status = 'retired', updated_at = ? WHERE status = 'active'").run(now);
  const activate = db.prepare("UPDATE reconciled_partnerships SET status = 'active', updated_at = ? WHERE id = ?");
  for (const id of claimed) activate.run(now, id);
  return ids;
}

function storeRecords(db: Dataset, output: ReconcileOutput, ids: Map<string, number>): void {
  for (const table of ['reconciled_members', 'reconciled_links', 'reconciled_fields', 'reconciled_relations']) db.prepare(`DELETE FROM ${table}`).run();
  const member = db.prepare('INSERT INTO reconciled_members (observation, partnership_id, document_id, ordinal) VALUES (?, ?, ?, ?)');
  const remember = db.prepare('INSERT INTO reconciled_member_history (observation, partnership_id) VALUES (?, ?) ON CONFLICT (observation) DO UPDATE SET partnership_id = excluded.partnership_id');
  const link = db.prepare('INSERT INTO reconciled_links (partnership_id, a, b, rule, reason) VALUES (?, ?, ?, ?, ?)');
  const field = db.prepare('INSERT INTO reconciled_fields (partnership_id, field, value_json, confidence, needs_review, conflict, candidates_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const relation = db.prepare('INSERT OR IGNORE INTO reconciled_relations (kind, from_id, to_id, reason) VALUES (?, ?, ?, ?)');
  for (const record of output.partnerships) {
    const id = ids.get(record.key)!;
    for (const d of record.documents) {
      member.run(`${d.path}#${d.partnershipIndex}`, id, d.documentId, d.partnershipIndex);
      remember.run(`${d.path}#${d.partnershipIndex}`, id);
    }
    for (const l of record.links) link.run(id, l.a, l.b, l.rule, l.reason);
    for (const [name, f] of Object.entries(record.fields)) {
      field.run(id, name, JSON.stringify(f.value), f.confidence, f.needsReview ? 1 : 0, f.conflict ? 1 : 0, JSON.stringify(f.candidates));
    }
  }
  for (const r of output.relations) relation.run(r.kind, ids.get(r.from)!, ids.get(r.to)!, r.reason);
}

function storeOrganisations(db: Dataset, output: ReconcileOutput): void {
  db.prepare('DELETE FROM reconciled_organisations').run();
  const org = db.prepare('INSERT INTO reconciled_organisations (key, name, kind, parent_key, orgnr, orgnr_valid, municipality_kind, municipality) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const alias = db.prepare('INSERT OR IGNORE INTO reconciled_organisation_aliases (key, alias) VALUES (?, ?)');
  for (const o of output.organisations) {
    org.run(o.key, o.name, o.kind, o.parent, o.orgnr?.value ?? null, o.orgnr ? (o.orgnr.valid ? 1 : 0) : null, o.municipality?.kind ?? null, o.municipality?.name ?? null);
    for (const a of o.aliases) alias.run(o.key, a);
  }
}

/** Flags reviewed fields whose machine value is no longer the one the reviewer saw; returns how many became flagged. */
export function flagChangedReviews(db: Dataset): number {
  const reviews = db
    .prepare(
      `SELECT r.partnership_id, r.field, r.machine_value_json, f.value_json FROM field_reviews r
       LEFT JOIN reconciled_fields f ON f.partnership_id = r.partnership_id AND f.field = r.field
       WHERE r.changed_since_review = 0`,
    )
    .all() as { partnership_id: number; field: string; machine_value_json: string; value_json: string | null }[];
  const flag = db.prepare('UPDATE field_reviews SET changed_since_review = 1 WHERE partnership_id = ? AND field = ?');
  let flagged = 0;
  for (const r of reviews) {
    const now = r.value_json === null ? 'null' : canonicalJson(JSON.parse(r.value_json));
    if (now !== canonicalJson(JSON.parse(r.machine_value_json))) {
      flag.run(r.partnership_id, r.field);
      flagged++;
    }
  }
  return flagged;
}
