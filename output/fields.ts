/**
 * A DocumentResult as a flat list of field values — the shape the field_values table stores, refresh
 * compares and exports read. Document-level fields have partnership null; partnership fields carry the
 * partnership's position in the result.
 */
import type { Amount, Decision, DocumentResult, Evidence, Field, Partnership, Period } from '../pipeline/contract.js';

export const DOCUMENT_FIELDS = ['docType', 'diarienummer', 'diarienummerRefs', 'decision'] as const;
export const PARTNERSHIP_FIELDS = ['ideburna', 'offentliga', 'organ', 'amounts', 'period', 'extension', 'targetGroups'] as const;
export type FieldName = (typeof DOCUMENT_FIELDS)[number] | (typeof PARTNERSHIP_FIELDS)[number];

/** Partnership fields naming organisations, and the role each gives them in partnership_organisations. */
export const ORGANISATION_ROLES = { ideburna: 'ideburen', offentliga: 'offentlig', organ: 'organ' } as const;

export interface FieldRow {
  /** Position of the partnership in result.partnerships; null for document-level fields. */
  partnership: number | null;
  field: FieldName;
  /** Position in the field's list; 0 for single-valued fields. */
  ordinal: number;
  value: unknown;
  /** The value for people: what exports and refresh reports show. */
  text: string;
  confidence: number;
  needsReview: boolean;
  evidence: Evidence[];
}

const PERIODICITY_TEXT: Record<Amount['per'], string> = { year: 'kr/år', total: 'kr totalt', once: 'kr engångs', unknown: 'kr' };

/** The readable form of a contract value. */
export function valueText(field: FieldName, value: unknown): string {
  switch (field) {
    case 'amounts': {
      const amount = value as Amount;
      return `${amount.sek} ${PERIODICITY_TEXT[amount.per]}${amount.payer ? ` (${amount.payer})` : ''}`;
    }
    case 'period': {
      const period = value as Period;
      return `${period.start ?? '?'}–${period.end ?? (period.openEnded ? 'tills vidare' : '?')}`;
    }
    case 'decision': {
      const decision = value as Decision;
      return [decision.date, decision.body, decision.paragraph, decision.outcome].filter(Boolean).join(' ');
    }
    default:
      return String(value);
  }
}

function rows<T>(partnership: number | null, field: FieldName, fields: readonly (Field<T> | null)[]): FieldRow[] {
  return fields.flatMap((f, ordinal) =>
    f === null
      ? []
      : [{ partnership, field, ordinal, value: f.value, text: valueText(field, f.value), confidence: f.confidence, needsReview: f.needsReview, evidence: f.evidence }],
  );
}

function partnershipRows(p: Partnership, index: number): FieldRow[] {
  return [
    ...rows(index, 'ideburna', p.ideburna),
    ...rows(index, 'offentliga', p.offentliga),
    ...rows(index, 'organ', p.organ),
    ...rows(index, 'amounts', p.amounts),
    ...rows(index, 'period', [p.period]),
    ...rows(index, 'extension', [p.extension]),
    ...rows(index, 'targetGroups', p.targetGroups),
  ];
}

export function fieldRows(result: DocumentResult): FieldRow[] {
  return [
    ...rows(null, 'docType', [result.docType]),
    ...rows(null, 'diarienummer', result.diarienummer),
    ...rows(null, 'diarienummerRefs', result.diarienummerRefs),
    ...rows(null, 'decision', [result.decision]),
    ...result.partnerships.flatMap(partnershipRows),
  ];
}
