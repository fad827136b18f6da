/**
 * Record field values as Swedish readers read them — "1 300 000 kr/år (Region Gotland)",
 * "2025-01-01–2028-12-31", "A; B" — the form a reviewer edits them in, and the Swedish names of fields,
 * statuses and kinds that the CLI and the review page show.
 */
import type { Amount, MatterKind, Period } from '../../pipeline/contract.js';
import type { RecordFieldName } from '../../pipeline/reconcile/types.js';
import { ReviewError } from './actions.js';
import type { ReviewStatus } from './records-read.js';
import { readTyped } from './typed.js';

export const FIELD_LABELS: Record<RecordFieldName, string> = {
  ideburna: 'Idéburen part',
  offentliga: 'Offentlig part',
  organ: 'Organ',
  amount: 'Belopp',
  period: 'Period',
  extension: 'Förlängning',
  targetGroups: 'Målgrupper',
  diarienummer: 'Diarienummer',
};

export const STATUS_LABELS: Record<ReviewStatus, string> = { machine: 'ej granskad', accepted: 'godkänd', corrected: 'rättad', rejected: 'avvisad' };

export const KIND_LABELS: Record<MatterKind, string> = { iop: 'IOP', overenskommelse: 'Annan överenskommelse', bidrag: 'Bidrag' };

const PERIODICITY_TEXT: Record<Amount['per'], string> = { year: 'kr/år', total: 'kr totalt', once: 'kr engångs', unknown: 'kr' };

const SEK = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** "1 300 000" with the no-break spaces Swedish typography groups thousands with. */
export function kronor(sek: number): string {
  return SEK.format(sek);
}

function showOne(field: RecordFieldName, value: unknown): string {
  if (field === 'amount') {
    const a = value as Amount;
    return `${kronor(a.sek)} ${PERIODICITY_TEXT[a.per]}${a.payer ? ` (${a.payer})` : ''}`;
  }
  if (field === 'period') {
    const p = value as Period;
    return `${p.start ?? '?'}–${p.end ?? (p.openEnded ? 'tills vidare' : '?')}`;
  }
  return String(value);
}

export function showValue(field: RecordFieldName, value: unknown): string {
  if (value === null || value === undefined) return '—';
  return Array.isArray(value) ? value.map((v) => showOne(field, v)).join('; ') : showOne(field, value);
}

/** The value as a reviewer edits it: what showValue shows, without the "?" and "—" placeholders, so it reads back (typed.ts) as itself. */
export function editableValue(field: RecordFieldName, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field === 'period') {
    const p = value as Period;
    return `${p.start ?? ''}–${p.openEnded ? 'tills vidare' : (p.end ?? '')}`;
  }
  return showValue(field, value);
}

/** A typed value for `iop review correct`: the value, or a ReviewError saying what to type. */
export function parseTypedValue(field: RecordFieldName, typed: string, current: unknown = null): unknown {
  const read = readTyped(field, typed, current);
  if (!read.ok) throw new ReviewError(read.message);
  return read.value;
}
