/**
 * Reading reconciled records as reviewers and exports see them: each field's machine value next to the
 * reviewed value that overrides it, with the review status.
 */
import type { Decision, MatterKind } from '../../pipeline/contract.js';
import type { FieldCandidate, RecordFieldName } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { pathOf } from './load.js';
import type { StoredCandidate } from './records.js';

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
  /** Each statement's own matter — kind, § and decision — oldest decision first: the record's decision history. */
  decisions: { observation: string; kind: MatterKind | null; paragraph: string | null; decision: Decision | null }[];
  /** A reviewer marked the record "not a partnership": it is out of the registry. */
  notPartnership: { reviewer: string; at: string; comment: string | null } | null;
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
  const evidenceText = pageTexts(db);
  const fields = Object.fromEntries(rows.map((row) => [row.field, toField(row, evidenceText)])) as Record<RecordFieldName, RecordField>;
  const decisions = db
    .prepare('SELECT observation, kind, paragraph, decision_json FROM reconciled_members WHERE partnership_id = ? ORDER BY observation')
    .all(id) as { observation: string; kind: MatterKind | null; paragraph: string | null; decision_json: string | null }[];
  const history = decisions
    .map((d) => ({ observation: d.observation, kind: d.kind, paragraph: d.paragraph, decision: d.decision_json ? (JSON.parse(d.decision_json) as Decision) : null }))
    .sort((a, b) => (a.decision?.date ?? '').localeCompare(b.decision?.date ?? ''));
  const mark = db
    .prepare(
      `SELECT a.reviewer, a.at, a.comment FROM reconciled_members m JOIN not_partnerships n ON n.observation = m.observation
       JOIN review_actions a ON a.id = n.action_id WHERE m.partnership_id = ? ORDER BY a.id DESC LIMIT 1`,
    )
    .get(id) as { reviewer: string; at: string; comment: string | null } | undefined;
  return { ...record, documents, links, relations, fields, decisions: history, notPartnership: mark ?? null };
}

/** Evidence text read back from the page it points into (stored candidates keep only the place). */
function pageTexts(db: Dataset): (documentId: number, e: { page: number | null; start: number; end: number }) => string {
  const page = db.prepare('SELECT text FROM pages WHERE document_id = ? AND number = ?').pluck();
  const cache = new Map<string, string>();
  return (documentId, e) => {
    // Plain text is stored as page 1 while its evidence carries page null.
    const key = `${documentId}/${e.page ?? 1}`;
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = (page.get(documentId, e.page ?? 1) as string | undefined) ?? ''));
    return text.slice(e.start, e.end);
  };
}

function expandCandidate(c: StoredCandidate, evidenceText: ReturnType<typeof pageTexts>): FieldCandidate {
  return {
    ...c,
    sources: c.sources.map((s) => ({ ...s, path: pathOf(s.observation), value: c.value, evidence: s.evidence.map((e) => ({ ...e, text: evidenceText(s.documentId, e) })) })),
  };
}

function toField(row: FieldRow, evidenceText: ReturnType<typeof pageTexts>): RecordField {
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
    candidates: (JSON.parse(row.candidates_json) as StoredCandidate[]).map((c) => expandCandidate(c, evidenceText)),
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
