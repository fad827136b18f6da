/**
 * The reconcile stage's data: what it reads (stored documents' results with their meta) and what it
 * produces (organisations, partnership records with links, field histories and conflicts, relations).
 * Pure data: the stage touches no database; output/ stores what it returns.
 */
import type { Decision, DocType, DocumentResult, Evidence, MatterKind } from '../contract.js';
import type { TextFacts } from './text-facts.js';

/** What the dataset knows about a stored document besides its extraction result. */
export interface DocumentMeta {
  /** The dataset's id for the document. */
  id: number;
  sha256: string;
  /** The path as ingested: stable across re-ingests of a changed file, so it anchors observations. */
  path: string;
  docType: DocType;
  /** The document's own date (YYYY-MM-DD): its decision date when it records one, else when it was stored. */
  date: string | null;
}

export interface ReconcileDocument {
  meta: DocumentMeta;
  result: DocumentResult;
  /**
   * What the stage needs from the document's text (text-facts.ts: abbreviations, organisationsnummer, a
   * förlängning heading), asked for once when the stage gets to this document: the dataset stores it with
   * the document, so no page text is read.
   */
  facts: () => TextFacts;
}

/** A reviewer's decision about which observations belong together; applied before any machine link. */
export interface LinkConstraint {
  kind: 'merge' | 'split';
  a: string;
  b: string;
}

/** The fields a partnership record has; each is reconciled across its documents. */
export const RECORD_FIELDS = ['ideburna', 'offentliga', 'organ', 'amount', 'period', 'extension', 'targetGroups', 'diarienummer'] as const;
export type RecordFieldName = (typeof RECORD_FIELDS)[number];

/** One document's statement about one field of a partnership: an OCDS-style versioned release entry. */
export interface FieldStatement {
  observation: string;
  documentId: number;
  path: string;
  /** The stating document's date, for recency. */
  date: string | null;
  value: unknown;
  confidence: number;
  evidence: Evidence[];
}

/** One distinct value a field might take, with every statement that supports it. */
export interface FieldCandidate {
  /** Equal keys are equal values (a canonical organisation key, "1300000/year", a period's dates). */
  key: string;
  value: unknown;
  /** Noisy-or of the supporting statements' confidences. */
  confidence: number;
  /** The most recent supporting statement's date. */
  latest: string | null;
  sources: FieldStatement[];
}

export interface ReconciledField {
  /** The chosen value: a list for list fields (every candidate), the best candidate for single fields, or null. */
  value: unknown;
  confidence: number;
  needsReview: boolean;
  /** True when documents disagree on a single-valued field (two amounts, two end dates). */
  conflict: boolean;
  candidates: FieldCandidate[];
}

export type LinkRule = 'reviewer-merge' | 'case-number' | 'same-parties-period' | 'same-parties-decided-for';

/** Why two observations were put in the same record. */
export interface Link {
  a: string;
  b: string;
  rule: LinkRule;
  reason: string;
}

export interface Observation {
  /** `${path}#${index}`: one partnership as one document states it. */
  key: string;
  doc: DocumentMeta;
  index: number;
  result: DocumentResult;
  partnership: DocumentResult['partnerships'][number];
  /** Canonical organisation keys of its parties, one per field of the partnership, in order. */
  ideburna: string[];
  offentliga: string[];
  /** True when the document presents itself as a förlängning (extension) of an earlier agreement. */
  extends: boolean;
}

export interface PartnershipRecord {
  /** Stable within one run: the smallest observation key. output/ maps it to a persistent id. */
  key: string;
  observations: string[];
  documents: RecordStatement[];
  links: Link[];
  fields: Record<RecordFieldName, ReconciledField>;
}

/** A document's statement in a record, with its matter's own kind, § and decision: the record's decision history. */
export interface RecordStatement {
  documentId: number;
  path: string;
  sha256: string;
  partnershipIndex: number;
  kind: MatterKind;
  paragraph: string | null;
  decision: Decision | null;
  /** Its blocking keys (blocks.ts): the statements it could be linked with share one. */
  blocks: string[];
}

export type RelationKind = 'predecessor';

/** Between records that stay distinct: `from` is the earlier partnership `to` continues. */
export interface Relation {
  kind: RelationKind;
  from: string;
  to: string;
  reason: string;
}

export type OrganisationKind = 'ideburen' | 'offentlig';

export interface Organisation {
  key: string;
  /** The fullest form seen. */
  name: string;
  kind: OrganisationKind;
  /** Every other written form: abbreviations, genitives, spelling variants. */
  aliases: string[];
  /** The organisation this is a unit or local branch of ("Röda Korset Gotland" → "Röda Korset"). */
  parent: string | null;
  /** Organisationsnummer as written (NNNNNN-NNNN) with its Luhn check. */
  orgnr: { value: string; valid: boolean } | null;
  /** For public parties: the kommun or region of the official list it is, by its official name ("Malmö stad", "Region Skåne"). */
  municipality: { kind: 'kommun' | 'region'; name: string } | null;
}

export interface ReconcileOutput {
  organisations: Organisation[];
  partnerships: PartnershipRecord[];
  relations: Relation[];
}
