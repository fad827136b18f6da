/**
 * Reading reconciled records as reviewers and exports see them: each field's machine value next to the
 * reviewed value that overrides it, with the review status.
 */
import type { FieldCandidate, RecordFieldName } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';

export type ReviewStatus = 'machine' | 'accepted' | 'corrected' | 'rejected';

export interface FieldReview {
  status: Exclude<ReviewStatus, 'machine'>;
  value: unknown;
  reviewer: string;
  reviewedAt: string;
  comment: string | null;
  /** The machine's value changed after this review: a reviewer should look again. */
  changedSinceReview: boolean;
}

export interface RecordField {
  field: RecordFieldName;
  /** What the dataset says: the reviewed value when there is a review, else the machine's. */
  value: unknown;
  machineValue: unknown;
  confidence: number;
  needsReview: boolean;
  conflict: boolean;
  status: ReviewStatus;
  review: FieldReview | null;
  candidates: FieldCandidate[];
}

export interface RecordDocument {
  observation: string;
  documentId: number;
  ordinal: number;
  path: string;
  sha256: string;
  docType: string | null;
}

export interface RecordView {
  id: number;
  status: 'active' | 'retired';
  documents: RecordDocument[];
  links: { a: string; b: string; rule: string; reason: string }[];
  relations: { kind: string; role: 'predecessor' | 'successor'; other: number; reason: string }[];
  fields: Record<RecordFieldName, RecordField>;
}

interface FieldRow {
  field: RecordFieldName;
  value_json: string;
  confidence: number;
  needs_review: number;
  conflict: number;
  candidates_json: string;
  status: FieldReview['status'] | null;
  review_json: string | null;
  reviewer: string | null;
  reviewed_at: string | null;
  comment: string | null;
  changed_since_review: number | null;
}

export function readRecord(db: Dataset, id: number): RecordView | null {
  const record = db.prepare('SELECT id, status FROM reconciled_partnerships WHERE id = ?').get(id) as { id: number; status: RecordView['status'] } | undefined;
  if (!record) return null;
  const documents = db
    .prepare(
      `SELECT m.observation, m.document_id AS documentId, m.ordinal, d.path, d.sha256, d.doc_type AS docType
       FROM reconciled_members m JOIN documents d ON d.id = m.document_id WHERE m.partnership_id = ? ORDER BY m.observation`,
    )
    .all(id) as RecordDocument[];
  const links = db.prepare('SELECT a, b, rule, reason FROM reconciled_links WHERE partnership_id = ?').all(id) as RecordView['links'];
  const relations = [
    ...(db.prepare("SELECT kind, 'predecessor' AS role, from_id AS other, reason FROM reconciled_relations WHERE to_id = ?").all(id) as RecordView['relations']),
    ...(db.prepare("SELECT kind, 'successor' AS role, to_id AS other, reason FROM reconciled_relations WHERE from_id = ?").all(id) as RecordView['relations']),
  ];
  const rows = db
    .prepare(
      `SELECT f.field, f.value_json, f.confidence, f.needs_review, f.conflict, f.candidates_json,
              r.status, r.value_json AS review_json, r.reviewer, r.reviewed_at, r.comment, r.changed_since_review
       FROM reconciled_fields f LEFT JOIN field_reviews r ON r.partnership_id = f.partnership_id AND r.field = f.field
       WHERE f.partnership_id = ?`,
    )
    .all(id) as FieldRow[];
  const fields = Object.fromEntries(rows.map((row) => [row.field, toField(row)])) as Record<RecordFieldName, RecordField>;
  return { ...record, documents, links, relations, fields };
}

function toField(row: FieldRow): RecordField {
  const machineValue = JSON.parse(row.value_json) as unknown;
  const review: FieldReview | null = row.status
    ? { status: row.status, value: JSON.parse(row.review_json!), reviewer: row.reviewer!, reviewedAt: row.reviewed_at!, comment: row.comment, changedSinceReview: row.changed_since_review === 1 }
    : null;
  return {
    field: row.field,
    value: review ? review.value : machineValue,
    machineValue,
    confidence: row.confidence,
    needsReview: review ? review.changedSinceReview : row.needs_review === 1,
    conflict: row.conflict === 1,
    status: review?.status ?? 'machine',
    review,
    candidates: JSON.parse(row.candidates_json) as FieldCandidate[],
  };
}

export function activeRecordIds(db: Dataset): number[] {
  return db.prepare("SELECT id FROM reconciled_partnerships WHERE status = 'active' ORDER BY id").pluck().all() as number[];
}

export interface OrganisationView {
  key: string;
  name: string;
  kind: 'ideburen' | 'offentlig';
  aliases: string[];
  parent: string | null;
  orgnr: string | null;
  orgnrValid: boolean | null;
  municipality: string | null;
}

/** The canonical organisations behind a record's party fields: aliases, the parent a unit belongs to, organisationsnummer. */
export function recordOrganisations(db: Dataset, record: RecordView): OrganisationView[] {
  const keys = [...record.fields.ideburna.candidates, ...record.fields.offentliga.candidates].map((c) => c.key);
  const org = db.prepare('SELECT key, name, kind, parent_key, orgnr, orgnr_valid, municipality FROM reconciled_organisations WHERE key = ?');
  const aliases = db.prepare('SELECT alias FROM reconciled_organisation_aliases WHERE key = ? ORDER BY alias').pluck();
  const parentName = db.prepare('SELECT name FROM reconciled_organisations WHERE key = ?').pluck();
  return keys.flatMap((key) => {
    const row = org.get(key) as { key: string; name: string; kind: OrganisationView['kind']; parent_key: string | null; orgnr: string | null; orgnr_valid: number | null; municipality: string | null } | undefined;
    if (!row) return [];
    return [
      {
        key: row.key,
        name: row.name,
        kind: row.kind,
        aliases: aliases.all(key) as string[],
        parent: row.parent_key ? ((parentName.get(row.parent_key) as string | undefined) ?? row.parent_key) : null,
        orgnr: row.orgnr,
        orgnrValid: row.orgnr_valid === null ? null : row.orgnr_valid === 1,
        municipality: row.municipality,
      },
    ];
  });
}
