/**
 * The development set's gold files (fixtures/devset/SCHEMA.md): snake_case JSON validated at the file
 * boundary, turned into what the contract would say if extraction were perfect — partnerships in the
 * contract's camelCase. A non-report document's top-level ideburna…target_groups are its one
 * partnership; a report's `partnerships` are its listed rows.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DecisionSchema, DocTypeSchema, PERIODICITIES, type Amount, type Decision, type DocType, type Period } from '../contract.js';

const GoldPeriodSchema = z.object({
  start: z.string().nullable(),
  end: z.string().nullable(),
  open_ended: z.boolean(),
});

const GoldAmountSchema = z.object({ sek: z.number().int(), per: z.enum(PERIODICITIES), payer: z.string().nullable() });

/** Gold rows carry annotator notes (section, extended_to, renewed_period) that are not scored. */
const GoldPartnershipSchema = z.object({
  ideburna: z.array(z.string()).default([]),
  offentliga: z.array(z.string()).default([]),
  organ: z.array(z.string()).default([]),
  amounts: z.array(GoldAmountSchema).default([]),
  period: GoldPeriodSchema.nullable().default(null),
  extension: z.string().nullable().default(null),
  target_groups: z.array(z.string()).default([]),
});

export const GoldSchema = GoldPartnershipSchema.extend({
  source: z.string(),
  doc_type: DocTypeSchema,
  diarienummer: z.array(z.string()),
  diarienummer_refs: z.array(z.string()),
  decision: DecisionSchema.nullable(),
  partnerships: z.array(GoldPartnershipSchema),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface ExpectedPartnership {
  ideburna: string[];
  offentliga: string[];
  organ: string[];
  amounts: Amount[];
  period: Period | null;
  extension: string | null;
  targetGroups: string[];
}

export interface Expected {
  docType: DocType;
  diarienummer: string[];
  diarienummerRefs: string[];
  decision: Decision | null;
  partnerships: ExpectedPartnership[];
  /** True for a report whose gold lists partnership rows: listing-row F1 is computed for it. */
  listing: boolean;
}

function toPartnership(gold: z.infer<typeof GoldPartnershipSchema>): ExpectedPartnership {
  return {
    ideburna: gold.ideburna,
    offentliga: gold.offentliga,
    organ: gold.organ,
    amounts: gold.amounts,
    period: gold.period && { start: gold.period.start, end: gold.period.end, openEnded: gold.period.open_ended },
    extension: gold.extension,
    targetGroups: gold.target_groups,
  };
}

export function toExpected(gold: Gold): Expected {
  const listing = gold.partnerships.length > 0;
  return {
    docType: gold.doc_type,
    diarienummer: gold.diarienummer,
    diarienummerRefs: gold.diarienummer_refs,
    decision: gold.decision,
    partnerships: listing ? gold.partnerships.map(toPartnership) : [toPartnership(gold)],
    listing,
  };
}

/** Reads and validates one gold file; a malformed file is an error naming the file and the problem. */
export async function loadGold(path: string): Promise<Expected> {
  const parsed = GoldSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a valid gold file: ${z.prettifyError(parsed.error)}`);
  return toExpected(parsed.data);
}
