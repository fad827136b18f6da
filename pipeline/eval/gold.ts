/**
 * The development set's gold files (fixtures/devset/SCHEMA.md): snake_case JSON validated at the file
 * boundary, turned into what the contract would say if extraction were perfect — partnerships in the
 * contract's camelCase. A non-report document's top-level ideburna…target_groups are its one
 * partnership; a report's `partnerships` are its listed rows.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DecisionSchema, DocTypeSchema, MatterKindSchema, PERIODICITIES, type Amount, type Decision, type DocType, type MatterKind, type Period } from '../contract.js';

const GoldPeriodSchema = z.object({
  start: z.string().nullable(),
  end: z.string().nullable(),
  open_ended: z.boolean(),
});

const GoldAmountSchema = z.object({ sek: z.number().int(), per: z.enum(PERIODICITIES), payer: z.string().nullable() });

/** Gold rows carry annotator notes (section, extended_to, renewed_period) that are not scored. */
const GoldPartnershipSchema = z.object({
  /** Set on the entries of a whole document (SCHEMA.md, last section): one per partnership matter. */
  kind: MatterKindSchema.optional(),
  paragraph: z.string().nullable().default(null),
  diarienummer: z.array(z.string()).default([]),
  decision: DecisionSchema.nullable().default(null),
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
  /** A whole protocol (or other document of many matters): its partnerships are its matters. */
  whole_document: z.boolean().default(false),
});
export type Gold = z.infer<typeof GoldSchema>;
/** A gold file as written, before defaults are filled in. */
export type GoldInput = z.input<typeof GoldSchema>;

export interface ExpectedPartnership {
  ideburna: string[];
  offentliga: string[];
  organ: string[];
  amounts: Amount[];
  period: Period | null;
  extension: string | null;
  targetGroups: string[];
  /** What a whole document's gold says of the matter: kind, §, own case numbers and decision. */
  matter: ExpectedMatter | null;
}

export interface ExpectedMatter {
  kind: MatterKind;
  paragraph: string | null;
  diarienummer: string[];
  decision: Decision | null;
}

export interface Expected {
  docType: DocType;
  diarienummer: string[];
  diarienummerRefs: string[];
  decision: Decision | null;
  partnerships: ExpectedPartnership[];
  /** True for a report whose gold lists partnership rows: listing-row F1 is computed for it. */
  listing: boolean;
  /** True for a whole document: its partnerships are its matters, scored as matters (none where it has none). */
  whole: boolean;
}

function toPartnership(gold: z.infer<typeof GoldPartnershipSchema>): ExpectedPartnership {
  return {
    matter: gold.kind ? { kind: gold.kind, paragraph: gold.paragraph, diarienummer: gold.diarienummer, decision: gold.decision } : null,
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
    partnerships: listing || gold.whole_document ? gold.partnerships.map(toPartnership) : [toPartnership({ ...gold, kind: undefined })],
    listing,
    whole: gold.whole_document,
  };
}

/** Reads and validates one gold file; a malformed file is an error naming the file and the problem. */
export async function loadGold(path: string): Promise<Expected> {
  const parsed = GoldSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a valid gold file: ${z.prettifyError(parsed.error)}`);
  return toExpected(parsed.data);
}
