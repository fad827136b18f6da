/**
 * The extraction contract (../shared/CONTRACT.md) as zod schemas: the one definition of what
 * `iop extract --json` prints, what the pipeline stores and what the exports carry.
 * TypeScript types are inferred from these; the JSON Schema shipped for export users is generated
 * from them (scripts/json-schema.ts). Extend only by adding fields.
 */
import { z } from 'zod';

export const EvidenceSchema = z.object({
  /** 1-based page number; null for a plain-text file read as one page-less text. */
  page: z.number().int().positive().nullable(),
  /** Offsets into that page's clean text (UTF-16 code units, as JavaScript strings index). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A value with the probability that it is right, whether a reviewer should look, and where it came from. */
export const field = <T extends z.ZodTypeAny>(value: T) =>
  z.object({
    value,
    confidence: z.number().min(0).max(1),
    needsReview: z.boolean(),
    evidence: z.array(EvidenceSchema),
  });
export type Field<T> = { value: T; confidence: number; needsReview: boolean; evidence: Evidence[] };

export const DOC_TYPES = ['protokoll', 'tjansteskrivelse', 'overenskommelse', 'beslut', 'rapport', 'annat'] as const;
export const DocTypeSchema = z.enum(DOC_TYPES);
export type DocType = z.infer<typeof DocTypeSchema>;

export const OUTCOMES = ['bifall', 'avslag', 'återremiss', 'bordläggning', 'förslag'] as const;
export const DecisionSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  body: z.string().nullable(),
  paragraph: z.string().nullable(),
  outcome: z.enum(OUTCOMES),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const PERIODICITIES = ['year', 'total', 'once', 'unknown'] as const;
export const AmountSchema = z.object({
  sek: z.number().int().nonnegative(),
  per: z.enum(PERIODICITIES),
  payer: z.string().nullable(),
});
export type Amount = z.infer<typeof AmountSchema>;

export const PeriodSchema = z.object({
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  openEnded: z.boolean(),
});
export type Period = z.infer<typeof PeriodSchema>;

/** What a partnership matter is (SCHEMA.md, last section): an IOP, another agreement, or a grant. */
export const MATTER_KINDS = ['iop', 'overenskommelse', 'bidrag'] as const;
export const MatterKindSchema = z.enum(MATTER_KINDS);
export type MatterKind = z.infer<typeof MatterKindSchema>;

/** The matter a partnership comes from: what it is, its §, its own case numbers and its own decision. */
const MatterFieldsSchema = z.object({
  kind: field(MatterKindSchema),
  /** The matter's own "§ 173" in a protocol; null where the matter has no § of its own. */
  paragraph: z.string().nullable(),
  /** The matter's own case numbers (for a document about one matter, the document's). */
  diarienummer: z.array(field(z.string())),
  /** The matter's own decision; null where it records none. */
  decision: field(DecisionSchema).nullable(),
});

/** What the partnership itself is: parties, money, period, target groups. */
export const PartnershipValuesSchema = z.object({
  ideburna: z.array(field(z.string())),
  offentliga: z.array(field(z.string())),
  organ: z.array(field(z.string())),
  amounts: z.array(field(AmountSchema)),
  period: field(PeriodSchema).nullable(),
  extension: field(z.string()).nullable(),
  targetGroups: z.array(field(z.string())),
});
export type PartnershipValues = z.infer<typeof PartnershipValuesSchema>;

export const PartnershipSchema = MatterFieldsSchema.extend(PartnershipValuesSchema.shape);
export type Partnership = z.infer<typeof PartnershipSchema>;

/** Stable error codes of the reading stage; see pipeline/read/errors.ts for their meaning. */
export const ERROR_CODES = ['ENCRYPTED', 'CORRUPT', 'EMPTY', 'NOT_A_DOCUMENT', 'NO_TEXT', 'TOO_LARGE', 'TIMEOUT', 'NOT_FOUND', 'UNSUPPORTED', 'INTERNAL'] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * One matter the matters stage found in a document (stable shape: the dataset's `matters` table stores it):
 * a protocol's § item, a tjänsteskrivelse's, agreement's or decision's one matter, a report's listed row, a web
 * page's one or several. Every matter is listed, also those that concern no partnership (kind null), so a
 * reviewer can see why a § was or was not taken.
 */
export const MatterSchema = z.object({
  /** The matter's own "§ 173" in a protocol; null for a matter with no § of its own. */
  paragraph: z.string().nullable(),
  /** Its title as written (the line(s) under the § heading, a row's organisation); null if it has none. */
  title: z.string().nullable(),
  /** What it is (SCHEMA.md, last section); null when it is no partnership matter (a look-alike, or unrelated). */
  kind: MatterKindSchema.nullable(),
  /** The probability that `kind` (including null, "not a partnership matter") is right. */
  confidence: z.number().min(0).max(1),
  /** The named rule that decided the kind or none ("iop-named", "procurement", "delegation-list", …); null if none fired. */
  rule: z.string().nullable(),
  /** Index into `partnerships` of the partnership this matter yields; null when it yields none. */
  partnership: z.number().int().nonnegative().nullable(),
  /** Where the matter's span begins: 1-based page (null for a page-less text) and offset into that page's clean text. */
  page: z.number().int().positive().nullable(),
  start: z.number().int().nonnegative(),
  /** Where it ends (exclusive): page and offset into that page's clean text. */
  endPage: z.number().int().positive().nullable(),
  end: z.number().int().nonnegative(),
});
export type Matter = z.infer<typeof MatterSchema>;

export const DocumentResultSchema = z.object({
  source: z.string(),
  docType: field(DocTypeSchema),
  diarienummer: z.array(field(z.string())),
  diarienummerRefs: z.array(field(z.string())),
  decision: field(DecisionSchema).nullable(),
  partnerships: z.array(PartnershipSchema),
  /** Every matter found, in document order; empty only for a document that could not be read. */
  matters: z.array(MatterSchema),
  error: z.object({ code: ErrorCodeSchema, message: z.string() }).optional(),
});
export type DocumentResult = z.infer<typeof DocumentResultSchema>;
