/**
 * The values a reviewer may give each field of a record, as zod schemas (HTTP and CLI input is checked
 * against them), the problems a reviewer is told about in their own words, and value equality for "has
 * the machine's value changed since review".
 */
import { z } from 'zod';
import { AmountSchema, PeriodSchema, type Period } from '../../pipeline/contract.js';
import { RECORD_FIELDS, type RecordFieldName } from '../../pipeline/reconcile/types.js';

const names = z.array(z.string().trim().min(1)).min(1);

/** A calendar date that exists: "2025-02-30" matches the pattern but is no day. */
export function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** What is wrong with a period's dates, in the reviewer's words; null when nothing is. */
export function periodProblem(period: Period): string | null {
  for (const date of [period.start, period.end]) if (date !== null && !isCalendarDate(date)) return `${date} är inget datum som finns.`;
  if (period.start !== null && period.end !== null && period.end < period.start) return `Slutdatumet ${period.end} ligger före startdatumet ${period.start}.`;
  if (period.openEnded && period.end !== null) return 'En period som gäller tills vidare har inget slutdatum.';
  return null;
}

export const FIELD_VALUE_SCHEMAS: Record<RecordFieldName, z.ZodType> = {
  ideburna: names,
  offentliga: names,
  organ: names,
  targetGroups: names,
  diarienummer: names,
  amount: AmountSchema,
  period: PeriodSchema.superRefine((period, ctx) => {
    const problem = periodProblem(period);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  }),
  extension: z.string().trim().min(1),
};

export const RecordFieldSchema = z.enum(RECORD_FIELDS);

/** How each field's value is written, for a message that tells a reviewer what to type instead. */
export const FIELD_EXAMPLES: Record<RecordFieldName, string> = {
  ideburna: 'Skriv minst ett namn; skilj flera åt med semikolon (”Röda Korset Gotland; Stadsmissionen”).',
  offentliga: 'Skriv minst ett namn; skilj flera åt med semikolon (”Region Gotland; Visby kommun”).',
  organ: 'Skriv minst ett organ; skilj flera åt med semikolon (”regionstyrelsen”).',
  targetGroups: 'Skriv minst en målgrupp; skilj flera åt med semikolon (”barn och unga; äldre”).',
  diarienummer: 'Skriv minst ett diarienummer; skilj flera åt med semikolon (”RS 2024/947”).',
  amount: 'Skriv beloppet som till exempel ”1 800 000 kr/år”, ”1,8 miljoner totalt” eller ”500 tkr engångs”.',
  period: 'Skriv perioden som ”2025-01-01–2028-12-31” eller ”2025-01-01–tills vidare” (datum som ÅÅÅÅ-MM-DD).',
  extension: 'Skriv förlängningen som text, till exempel ”1+1 år”.',
};

export type Checked = { ok: true; value: unknown } | { ok: false; message: string };

/** A value checked against its field's schema; a refusal is a sentence a reviewer understands, never zod's. */
export function checkValue(field: RecordFieldName, value: unknown): Checked {
  const parsed = FIELD_VALUE_SCHEMAS[field].safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const own = parsed.error.issues.find((i) => i.code === z.ZodIssueCode.custom);
  return { ok: false, message: own ? own.message : FIELD_EXAMPLES[field] };
}

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
