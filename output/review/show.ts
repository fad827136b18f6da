/** Record field values as people read them: "1300000 kr/år", "2025-01-01–2028-12-31", "A; B". */
import type { FieldName } from '../fields.js';
import { valueText } from '../fields.js';
import type { RecordFieldName } from '../../pipeline/reconcile/types.js';

/** The dataset's per-field names for the values a record field holds. */
const CONTRACT_FIELD: Record<RecordFieldName, FieldName> = {
  ideburna: 'ideburna',
  offentliga: 'offentliga',
  organ: 'organ',
  amount: 'amounts',
  period: 'period',
  extension: 'extension',
  targetGroups: 'targetGroups',
  diarienummer: 'diarienummer',
};

export function showValue(field: RecordFieldName, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map((v) => valueText(CONTRACT_FIELD[field], v)).join('; ');
  return valueText(CONTRACT_FIELD[field], value);
}

/**
 * A reviewer's typed value: JSON, or the readable forms — an amount "1800000", "1800000/year" or
 * "1800000/year (Region Gotland)" (with its payer), a
 * period "2025-01-01..2028-12-31" (or "2025-01-01..tills vidare"), names separated by ";".
 */
export function parseTypedValue(field: RecordFieldName, typed: string): unknown {
  const text = typed.trim();
  // JSON only where it can hold a value of ours; "1800000" and "2025" are readable forms, not JSON numbers.
  if (/^[[{"]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not JSON after all: the readable form.
    }
  }
  switch (field) {
    case 'amount': {
      const m = /^(\d[\d\s]*?)\s*(?:\/\s*(year|total|once|unknown))?\s*(?:\((.+)\))?$/.exec(text);
      return m ? { sek: Number(m[1]!.replace(/\s/g, '')), per: m[2] ?? 'year', payer: m[3]?.trim() || null } : text;
    }
    case 'period': {
      const m = /^(\d{4}-\d{2}-\d{2})?\s*\.\.\s*(\d{4}-\d{2}-\d{2}|tills vidare)?$/.exec(text);
      return m ? { start: m[1] ?? null, end: m[2] === 'tills vidare' ? null : (m[2] ?? null), openEnded: m[2] === 'tills vidare' } : text;
    }
    case 'extension':
      return text;
    default:
      return text.split(';').map((s) => s.trim()).filter(Boolean);
  }
}
