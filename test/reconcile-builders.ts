/** Hand-built DocumentResults for the reconcile tests: only the fields a test is about, the rest empty. */
import type { Amount, Decision, DocType, DocumentResult, Field, Matter, MatterKind, Partnership, Period } from '../pipeline/contract.js';
import type { ReconcileDocument } from '../pipeline/reconcile/types.js';
import { partyNames, textFacts } from '../pipeline/reconcile/text-facts.js';
import type { DatasetWriter } from '../output/writer.js';

export const f = <T>(value: T, confidence = 0.9): Field<T> => ({ value, confidence, needsReview: confidence < 0.7, evidence: [] });

export interface PartnershipSpec {
  ideburna?: string[];
  offentliga?: string[];
  organ?: string[];
  amounts?: (Amount & { confidence?: number })[];
  period?: [string | null, string | null] | null;
  periodConfidence?: number;
  extension?: string;
  kind?: MatterKind;
  /** The matter's own §, case numbers and decision (a whole protocol's matter). */
  paragraph?: string;
  diarienummer?: string[];
  decision?: Omit<Decision, 'paragraph'>;
}

/** A matter of a document; `partnership` is the index of the partnership it yields (none when absent). */
export interface MatterSpec {
  paragraph: string;
  title?: string;
  kind?: MatterKind | null;
  partnership?: number;
}

export function partnership(spec: PartnershipSpec): Partnership {
  const period: Period | null = spec.period ? { start: spec.period[0], end: spec.period[1], openEnded: false } : null;
  return {
    kind: f(spec.kind ?? 'iop'),
    paragraph: spec.paragraph ?? null,
    diarienummer: (spec.diarienummer ?? []).map((n) => f(n)),
    decision: spec.decision ? f({ ...spec.decision, paragraph: spec.paragraph ?? null }) : null,
    ideburna: (spec.ideburna ?? []).map((n) => f(n)),
    offentliga: (spec.offentliga ?? []).map((n) => f(n)),
    organ: (spec.organ ?? []).map((n) => f(n)),
    amounts: (spec.amounts ?? []).map(({ confidence, ...a }) => f(a, confidence)),
    period: period ? f(period, spec.periodConfidence) : null,
    extension: spec.extension ? f(spec.extension) : null,
    targetGroups: [],
  };
}

export interface DocumentSpec {
  id: number;
  path?: string;
  docType?: DocType;
  date?: string | null;
  text?: string;
  diarienummer?: string[];
  refs?: string[];
  /** The date of the decision the document records. */
  decided?: string;
  partnerships: PartnershipSpec[];
  /** The document's matters (a whole protocol's § items); none given: a document about its partnerships only. */
  matters?: MatterSpec[];
}

const matter = (m: MatterSpec): Matter => ({
  paragraph: m.paragraph,
  title: m.title ?? null,
  kind: m.kind ?? null,
  confidence: 0.9,
  rule: null,
  partnership: m.partnership ?? null,
  page: null,
  start: 0,
  endPage: null,
  end: 0,
});

export function document(spec: DocumentSpec): ReconcileDocument {
  const path = spec.path ?? `doc-${spec.id}.txt`;
  const result: DocumentResult = {
    source: path,
    docType: f(spec.docType ?? 'overenskommelse'),
    diarienummer: (spec.diarienummer ?? []).map((n) => f(n)),
    diarienummerRefs: (spec.refs ?? []).map((n) => f(n)),
    decision: spec.decided ? f({ date: spec.decided, body: null, paragraph: null, outcome: 'bifall' as const }) : null,
    partnerships: spec.partnerships.map(partnership),
    matters: (spec.matters ?? []).map(matter),
  };
  return { meta: { id: spec.id, sha256: `sha-${spec.id}`, path, docType: result.docType.value, date: spec.date ?? null }, result, facts: () => textFacts(partyNames(result), spec.text ?? '') };
}

/** Stores a hand-built document as ingest would, under a content hash of the test's choosing; returns its id. */
export function storeDocument(writer: DatasetWriter, spec: DocumentSpec, sha256: string): number {
  const { result } = document(spec);
  const path = spec.path ?? `doc-${spec.id}.txt`;
  const text = spec.text ?? '';
  return writer.store({ file: { path, sha256, bytes: text.length }, meta: null, pages: [{ number: 1, text, source: 'text-layer' }], result });
}
