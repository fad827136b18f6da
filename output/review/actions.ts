/**
 * Review actions — the only code that writes the review tables. Each action is one transaction that
 * records who did what, when, the old and the new value and why (review_actions), and updates the
 * field's verdict (field_reviews), or, for merge and split, the link constraints every reconcile applies,
 * or, for "not a partnership", the statements every reconcile keeps out of the registry. Each returns
 * what it changed, for the command line and the web page to say. An action re-links only its records.
 */
import type { RecordFieldName } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { readRecord, type RecordView } from './records-read.js';
import { flagChangedReviews, reconcileScope } from './records.js';
import { FIELD_VALUE_SCHEMAS } from './values.js';

export interface Actor {
  reviewer: string;
  comment?: string | null;
}

/** A review that cannot be done as asked: an unknown record, an invalid value. The CLI and HTTP report it as a usage error. */
export class ReviewError extends Error {
  override name = 'ReviewError';
}

type Verdict = 'accepted' | 'corrected' | 'rejected';

/** What an action changed: the field's value before and after (a verdict), or the records' statements (merge, split, not-partnership). */
export interface ReviewChange {
  action: 'accept' | 'correct' | 'reject' | 'merge' | 'split' | 'not-partnership';
  partnershipId: number;
  field: RecordFieldName | null;
  old: unknown;
  new: unknown;
  /** The record the statements are in afterwards (merge, split). */
  resultId: number | null;
}

export function accept(db: Dataset, partnershipId: number, field: RecordFieldName, actor: Actor): ReviewChange {
  return setVerdict(db, partnershipId, field, 'accepted', null, actor);
}

export function correct(db: Dataset, partnershipId: number, field: RecordFieldName, value: unknown, actor: Actor): ReviewChange {
  const parsed = FIELD_VALUE_SCHEMAS[field].safeParse(value);
  if (!parsed.success) throw new ReviewError(`not a valid ${field}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return setVerdict(db, partnershipId, field, 'corrected', parsed.data, actor);
}

export function reject(db: Dataset, partnershipId: number, field: RecordFieldName, actor: Actor): ReviewChange {
  return setVerdict(db, partnershipId, field, 'rejected', null, actor);
}

/** Puts two records' documents in one record; returns the merged record's id. */
export function merge(db: Dataset, a: number, b: number, actor: Actor): number {
  return mergeRecords(db, a, b, actor).resultId!;
}

/** merge, telling what changed. */
export function mergeRecords(db: Dataset, a: number, b: number, actor: Actor): ReviewChange {
  return db
    .transaction(() => {
      const [ra, rb] = [mustRead(db, a), mustRead(db, b)];
      if (a === b) throw new ReviewError('cannot merge a record with itself');
      const before = ra.documents.map((d) => d.observation);
      const after = [...ra.documents, ...rb.documents].map((d) => d.observation);
      const action = log(db, actor, 'merge', a, null, before, after);
      addConstraint(db, 'merge', ra.documents[0]!.observation, rb.documents[0]!.observation, action);
      reconcileScope(db, { observations: after }, new Date().toISOString());
      const merged = recordOf(db, ra.documents[0]!.observation);
      // Reviews of the record merged away carry over to fields the surviving record has not had reviewed.
      const absorbed = merged === a ? b : a;
      db.prepare('UPDATE field_reviews SET partnership_id = ? WHERE partnership_id = ? AND field NOT IN (SELECT field FROM field_reviews WHERE partnership_id = ?)').run(merged, absorbed, merged);
      flagChangedReviews(db, [merged]);
      return { action: 'merge' as const, partnershipId: a, field: null, old: before, new: after, resultId: merged };
    })
    .immediate();
}

/**
 * A reviewer's "not a partnership": the record leaves the registry (retired), and stays out at every
 * re-ingest, refresh and reconcile — with whatever documents later link into it.
 */
export function markNotPartnership(db: Dataset, partnershipId: number, actor: Actor): ReviewChange {
  return db
    .transaction(() => {
      const record = mustRead(db, partnershipId);
      const observations = record.documents.map((d) => d.observation);
      const action = log(db, actor, 'not-partnership', partnershipId, null, observations, null);
      const mark = db.prepare('INSERT INTO not_partnerships (observation, action_id) VALUES (?, ?) ON CONFLICT (observation) DO UPDATE SET action_id = excluded.action_id');
      for (const o of observations) mark.run(o, action);
      reconcileScope(db, { observations }, new Date().toISOString());
      return { action: 'not-partnership' as const, partnershipId, field: null, old: observations, new: null, resultId: null };
    })
    .immediate();
}

/** Takes one document's statement (an observation) out of a record into a record of its own; returns the new record's id. */
export function split(db: Dataset, partnershipId: number, observation: string, actor: Actor): number {
  return db
    .transaction(() => {
      const record = mustRead(db, partnershipId);
      const others = record.documents.map((d) => d.observation).filter((o) => o !== observation);
      if (others.length === record.documents.length) throw new ReviewError(`${observation} is not in record ${partnershipId}`);
      if (others.length === 0) throw new ReviewError(`record ${partnershipId} has only ${observation}: nothing to split`);
      const action = log(db, actor, 'split', partnershipId, null, record.documents.map((d) => d.observation), others);
      for (const other of others) addConstraint(db, 'split', observation, other, action);
      // The record keeps its id for what remains; the split-off statement starts a record of its own.
      db.prepare('DELETE FROM reconciled_member_history WHERE observation = ?').run(observation);
      reconcileScope(db, { observations: record.documents.map((d) => d.observation) }, new Date().toISOString());
      return recordOf(db, observation);
    })
    .immediate();
}

function setVerdict(db: Dataset, partnershipId: number, field: RecordFieldName, status: Verdict, corrected: unknown, actor: Actor): ReviewChange {
  return db.transaction(() => {
    const current = mustRead(db, partnershipId).fields[field];
    if (!current) throw new ReviewError(`record ${partnershipId} has no field ${field}`);
    const value = status === 'corrected' ? corrected : status === 'accepted' ? current.machineValue : null;
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO field_reviews (partnership_id, field, status, value_json, machine_value_json, changed_since_review, reviewer, reviewed_at, comment)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)
       ON CONFLICT (partnership_id, field) DO UPDATE SET status = excluded.status, value_json = excluded.value_json,
         machine_value_json = excluded.machine_value_json, changed_since_review = 0, reviewer = excluded.reviewer,
         reviewed_at = excluded.reviewed_at, comment = excluded.comment`,
    ).run(partnershipId, field, status, JSON.stringify(value), JSON.stringify(current.machineValue), actor.reviewer, now, actor.comment ?? null);
    log(db, actor, ACTION_OF[status], partnershipId, field, current.value, value, now);
    return { action: ACTION_OF[status], partnershipId, field, old: current.value, new: value, resultId: null };
  }).immediate();
}

const ACTION_OF: Record<Verdict, 'accept' | 'correct' | 'reject'> = { accepted: 'accept', corrected: 'correct', rejected: 'reject' };

function log(db: Dataset, actor: Actor, action: string, partnershipId: number, field: string | null, old: unknown, value: unknown, at = new Date().toISOString()): number {
  return db
    .prepare('INSERT INTO review_actions (at, reviewer, action, partnership_id, field, old_json, new_json, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id')
    .pluck()
    .get(at, actor.reviewer, action, partnershipId, field, JSON.stringify(old), JSON.stringify(value), actor.comment ?? null) as number;
}

function addConstraint(db: Dataset, kind: 'merge' | 'split', a: string, b: string, actionId: number): void {
  // A new decision about a pair replaces an older opposite one.
  db.prepare('DELETE FROM link_constraints WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)').run(a, b, b, a);
  db.prepare('INSERT INTO link_constraints (kind, a, b, action_id) VALUES (?, ?, ?, ?)').run(kind, a, b, actionId);
}

function mustRead(db: Dataset, id: number): RecordView {
  const record = readRecord(db, id);
  if (!record || record.status !== 'active') throw new ReviewError(`no active partnership record ${id}`);
  return record;
}

function recordOf(db: Dataset, observation: string): number {
  return db.prepare('SELECT partnership_id FROM reconciled_members WHERE observation = ?').pluck().get(observation) as number;
}

export interface ReviewAction {
  id: number;
  at: string;
  reviewer: string;
  action: string;
  partnershipId: number;
  field: string | null;
  old: unknown;
  new: unknown;
  comment: string | null;
}

export function reviewHistory(db: Dataset, partnershipId: number): ReviewAction[] {
  return (
    db
      .prepare('SELECT id, at, reviewer, action, partnership_id, field, old_json, new_json, comment FROM review_actions WHERE partnership_id = ? ORDER BY id')
      .all(partnershipId) as { id: number; at: string; reviewer: string; action: string; partnership_id: number; field: string | null; old_json: string | null; new_json: string | null; comment: string | null }[]
  ).map((r) => ({ id: r.id, at: r.at, reviewer: r.reviewer, action: r.action, partnershipId: r.partnership_id, field: r.field, old: r.old_json && JSON.parse(r.old_json), new: r.new_json && JSON.parse(r.new_json), comment: r.comment }));
}
