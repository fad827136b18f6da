/**
 * The values a reviewer may give each field of a record, as zod schemas (HTTP and CLI input is checked
 * against them), and value equality for "has the machine's value changed since review".
 */
import { z } from 'zod';
import { AmountSchema, PeriodSchema } from '../../pipeline/contract.js';
import { RECORD_FIELDS, type RecordFieldName } from '../../pipeline/reconcile/types.js';

const names = z.array(z.string().trim().min(1)).min(1);

export const FIELD_VALUE_SCHEMAS: Record<RecordFieldName, z.ZodType> = {
  ideburna: names,
  offentliga: names,
  organ: names,
  targetGroups: names,
  diarienummer: names,
  amount: AmountSchema,
  period: PeriodSchema,
  extension: z.string().trim().min(1),
};

export const RecordFieldSchema = z.enum(RECORD_FIELDS);

/** A JSON form where list fields compare as sets and object keys in a fixed order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((i) => typeof i === 'string') ? [...(items as string[])].sort() : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value ?? null;
}
