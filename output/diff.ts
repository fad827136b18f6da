/**
 * What changed between two extractions of one document, per field: values added, removed, or — for a
 * single-valued field (docType, decision, period, extension) — changed from one value to another.
 */
import type { DocumentResult } from '../pipeline/contract.js';
import { fieldRows, type FieldName, type FieldRow } from './fields.js';

const SINGLE_VALUED = new Set<FieldName>(['docType', 'decision', 'period', 'extension']);

export interface FieldChange {
  /** 1-based partnership number, or null for a document-level field. */
  partnership: number | null;
  field: FieldName;
  kind: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

function byField(rows: FieldRow[]): Map<string, FieldRow[]> {
  const groups = new Map<string, FieldRow[]>();
  for (const row of rows) {
    const key = `${row.partnership ?? ''}\u0000${row.field}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

export function diffResults(before: DocumentResult, after: DocumentResult): FieldChange[] {
  const old = byField(fieldRows(before));
  const now = byField(fieldRows(after));
  const changes: FieldChange[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(key) ?? [];
    const is = now.get(key) ?? [];
    const { partnership, field } = (was[0] ?? is[0])!;
    const at = { partnership: partnership === null ? null : partnership + 1, field };
    const wasValues = was.map((r) => JSON.stringify(r.value));
    const isValues = is.map((r) => JSON.stringify(r.value));
    if (SINGLE_VALUED.has(field) && was.length === 1 && is.length === 1) {
      if (wasValues[0] !== isValues[0]) changes.push({ ...at, kind: 'changed', before: was[0]!.text, after: is[0]!.text });
      continue;
    }
    was.forEach((r, i) => isValues.includes(wasValues[i]!) || changes.push({ ...at, kind: 'removed', before: r.text, after: null }));
    is.forEach((r, i) => wasValues.includes(isValues[i]!) || changes.push({ ...at, kind: 'added', before: null, after: r.text }));
  }
  return changes;
}
