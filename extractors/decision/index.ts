/**
 * The decision a document records or proposes: outcome (verdict.ts), deciding body (body.ts), meeting date
 * (date.ts) and protocol paragraph (paragraph.ts). Agreements and reports record none.
 */
import type { Decision, DocType, Evidence, Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { REVIEW_THRESHOLD } from '../engine/confidence.js';
import { cells } from '../doctype/cells.js';
import { bodyMentions, subjectBody, type BodyMention } from './body.js';
import { meetingDate } from './date.js';
import { paragraphHeadings, type ParagraphHeading } from './paragraph.js';
import { decisionSections } from './sections.js';
import { subjectVerdict, unstatedProposal, verdictOf, type Verdict } from './verdict.js';
import { sentences } from '../engine/sentences.js';

const NO_DECISION: ReadonlySet<DocType> = new Set(['overenskommelse', 'rapport']);

/** How much a missing part lowers the probability that the whole decision is right. */
const MISSING_PENALTY = { body: 0.8, protocolDate: 0.85, protocolParagraph: 0.9 } as const;

/** The decision the document records or proposes, or null when it records none. */
export function extractDecision(doc: DocText, ctx: ExtractContext): Field<Decision> | null {
  const docType = ctx.docType.value;
  if (NO_DECISION.has(docType)) return null;
  const text = doc.text;
  const sections = decisionSections(text);
  const verdict =
    verdictOf(sections, docType) ??
    (docType === 'protokoll' ? subjectVerdict(sentences(text)) : null) ??
    (docType === 'tjansteskrivelse' ? unstatedProposal() : null);
  if (!verdict) return null;

  const recordsMeeting = docType === 'protokoll' || docType === 'beslut';
  const body = bodyOf(text, verdict, recordsMeeting, ctx);
  const date = meetingDate(text, recordsMeeting);
  const paragraph = recordsMeeting ? paragraphOf(text, verdict) : null;

  let confidence = verdict.strength;
  if (!body) confidence *= MISSING_PENALTY.body;
  if (recordsMeeting && !date) confidence *= MISSING_PENALTY.protocolDate;
  if (docType === 'protokoll' && !paragraph) confidence *= MISSING_PENALTY.protocolParagraph;
  confidence = Math.round(confidence * 1000) / 1000;

  const spans: ({ start: number; end: number } | null)[] = [verdict.span, body, date, paragraph];
  const evidence: Evidence[] = spans.flatMap((s) => (s && s.end > s.start ? [doc.evidence(s.start, s.end)] : []));
  return {
    value: { date: date?.value ?? null, body: body?.value ?? null, paragraph: paragraph?.value ?? null, outcome: verdict.outcome },
    confidence,
    needsReview: confidence < REVIEW_THRESHOLD,
    evidence,
  };
}

/**
 * A protocol's body is the one its header names; a proposal's is the subject of its first sentence
 * ("1. Arbetsmarknads- och socialnämnden godkänner …"). Then any body named in the decision, then the
 * organ the parties extractor found.
 */
function bodyOf(text: string, verdict: Verdict, recordsMeeting: boolean, ctx: ExtractContext): BodyMention | null {
  const sentencesOfSection = verdict.section?.sentences ?? [verdict.span];
  const subject = sentencesOfSection.map((s) => subjectBody(s.text, s.start)).find((b) => b !== null) ?? null;
  const header = headerBody(text);
  const named = sentencesOfSection.flatMap((s) => bodyMentions(s.text).map((b) => ({ ...b, start: b.start + s.start, end: b.end + s.start })))[0] ?? null;
  const fromParties = ctx.parties.organ[0];
  const organ = fromParties ? { value: fromParties.value, start: 0, end: 0 } : null;
  return (recordsMeeting ? (header ?? subject) : (subject ?? header)) ?? named ?? organ;
}

/** Cells this far into the document, or this close to a meeting-date label, belong to the header. */
const HEADER_CELLS = 10;
const NEAR_DATE_LABEL = 3;
const DATE_LABEL_CELL = /^(?:sammanträdesdatum|datum)\b/i;
/** A label or date beside the body's name in the same cell: "Nämnden för Kultur & Fritid Datum". */
const CELL_TRAILER = /(?:\s+(?:datum|sammanträdesdatum|protokoll|sida)\b.*|\s+\d.*)$/i;

function headerBody(text: string): BodyMention | null {
  const all = cells(text);
  const labelIndexes = all.filter((c) => DATE_LABEL_CELL.test(c.text)).map((c) => c.index);
  for (const cell of all) {
    const inHeader = cell.index < HEADER_CELLS || labelIndexes.some((i) => Math.abs(i - cell.index) <= NEAR_DATE_LABEL);
    if (!inHeader) continue;
    const name = cell.text.replace(CELL_TRAILER, '');
    const [body] = bodyMentions(name);
    if (body && body.start === 0 && body.end === name.length) return { ...body, start: cell.start, end: cell.start + body.end };
  }
  return null;
}

/** The paragraph heading the decision stands under: the last one before it, or the first of the document. */
function paragraphOf(text: string, verdict: Verdict): ParagraphHeading | null {
  const headings = paragraphHeadings(text);
  const anchor = verdict.section?.heading.start ?? verdict.span.start;
  return headings.filter((h) => h.start <= anchor).at(-1) ?? headings[0] ?? null;
}
