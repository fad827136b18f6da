/**
 * The decision a document records or proposes: outcome (verdict.ts), deciding body (body.ts), meeting date
 * (date.ts) and protocol paragraph (paragraph.ts). Agreements and reports record none.
 */
import type { Decision, DocType, Evidence, Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { REVIEW_THRESHOLD } from '../engine/confidence.js';
import { decidingBody, delegateBody, headingOwner, organMentions, runTogetherAddressee, type BodyMention } from './body.js';
import { proseDecision, titleDate } from './prose.js';
import { adoptionLine, meetingDate, sourceCitation, STAMP_RULE, type AdoptionLine } from './date.js';
import { canonicalOrgan } from '../parties/index.js';
import { protocolParagraph, reportedParagraph } from './paragraph.js';
import { decisionSections } from './sections.js';
import { reportLeadEnd } from './report-lead.js';
import { subjectVerdict, unstatedProposal, verdictOf, type Verdict } from './verdict.js';
import { sentences } from '../engine/sentences.js';
import { extractPeriod } from '../period/index.js';

const NO_DECISION: ReadonlySet<DocType> = new Set(['overenskommelse']);
/** Documents that record no decision of their own but may report one in running text: news pages, a report of grants. */
const REPORTS_ONLY: ReadonlySet<DocType> = new Set(['annat', 'rapport']);
/**
 * A decision letter without a protocol's headings tells its decision in running text as a news page does: "Nämnden har
 * beslutat att avslå ansökan" after "Kultur- och fritidsnämnden har vid sitt sammanträde den 10 december 2025, § 148, behandlat …".
 */
const TOLD_IN_PROSE: ReadonlySet<DocType> = new Set([...REPORTS_ONLY, 'beslut']);

/**
 * A report's own decision is told in its lead, as a news page's is ("Enligt handlingarna inför nästa möte i … föreslås …"):
 * its opening prose (report-lead.ts), and at least this much of its text, whose title may be a line of prose itself.
 */
const REPORT_LEAD_CHARS = 600;

/** A decision read from a news sentence: the verb and body are plain, what exactly was decided less so. */
const PROSE_STRENGTH = 0.7;

/** How much a missing part lowers the probability that the whole decision is right. */
const MISSING_PENALTY = { body: 0.8, protocolDate: 0.85, protocolParagraph: 0.9 } as const;
/** A date whose year or day only the page's address gave (document-date.ts): the page may have moved since. */
const SOURCE_DATE_PENALTY = 0.9;

/** The decision the document records or proposes, or null when it records none. */
export function extractDecision(doc: DocText, ctx: ExtractContext): Field<Decision> | null {
  const docType = ctx.docType.value;
  if (NO_DECISION.has(docType)) return null;
  // A report lists many partnerships; a decision it tells further on is one row's, not its own.
  if (docType === 'rapport') return reportedDecision(doc, organMentions(doc.text, ctx.parties.organ), ctx.parties.organ, Math.max(REPORT_LEAD_CHARS, reportLeadEnd(doc.text)));
  // In a whole protocol the caller hands over one matter's text (pipeline/matters): no other item's decision.
  const text = doc.text;
  const sections = decisionSections(text);
  const bodies = organMentions(text, ctx.parties.organ);
  const verdict =
    verdictOf(sections, docType) ??
    (docType === 'protokoll' ? subjectVerdict(sentences(text), bodies) : null) ??
    (docType === 'tjansteskrivelse' ? unstatedProposal() : null);
  if (!verdict) {
    const reported = TOLD_IN_PROSE.has(docType) ? reportedDecision(doc, bodies, ctx.parties.organ) : null;
    return reported ?? (docType === 'annat' ? adoptedDecision(doc, ctx.parties.organ) : null);
  }

  const recordsMeeting = docType === 'protokoll' || docType === 'beslut';
  const owner = verdict.section ? headingOwner(verdict.section.heading, ctx.parties.organ) : null;
  // A news page's source citation ("Källa: Socialnämnden, 18 november 2025, § 124") names the meeting it reports.
  const cited = REPORTS_ONLY.has(docType) ? sourceCitation(text) : null;
  const body =
    delegateBody(text) ??
    decidingBody(text, verdict.section?.sentences ?? [verdict.span], recordsMeeting, bodies, owner) ??
    citedBody(cited, ctx.parties.organ) ??
    // An officer's report flattened into one line names the body it is addressed to in its header's run.
    (docType === 'tjansteskrivelse' ? runTogetherAddressee(text, bodies) : null);
  // A news page titled "Beslut: Meningsfulla aktiviteter skapas …" tells who decided in its running text, not under its label.
  if (!body && REPORTS_ONLY.has(docType)) {
    const reported = reportedDecision(doc, bodies, ctx.parties.organ);
    if (reported?.value.body) return reported;
  }
  // A page of a meeting's decisions dates them in its title ("Beslut i korthet – regionstyrelsen 30 mars 2022").
  const title = body && !recordsMeeting ? titleDate(text, body) : null;
  const date = meetingDate(text, recordsMeeting) ?? (title ? { ...title, rule: 'title date' } : null) ?? cited?.date ?? null;
  // A stamp ("Kommunstyrelsen 2023-11-27 § 245") makes any page an excerpt of the meeting's protocol.
  const paragraph =
    (recordsMeeting || date?.rule === STAMP_RULE ? protocolParagraph(text, verdict.section?.heading.start ?? verdict.span.start) : null) ?? cited?.paragraph ?? null;

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

/** A decision a news page or press release reports in running text (prose.ts). */
function reportedDecision(doc: DocText, bodies: readonly BodyMention[], organ: readonly Field<string>[], within = Infinity): Field<Decision> | null {
  // The partnership's start tells a page announcing it from one describing it (prose.ts).
  const found = proseDecision(doc.text, bodies, within, extractPeriod(doc)?.value.start ?? null);
  if (!found) return null;
  // The page's source citation dates the meeting of the body the page reports deciding, or the one decision told without its body.
  const cited = sourceCitation(doc.text);
  if (cited && (!found.body || canonicalOrgan(cited.body.text).toLowerCase() === found.body.value.toLowerCase())) {
    found.date ??= cited.date;
    found.body ??= citedBody(cited, organ);
  }
  const paragraph = reportedParagraph(doc.text, found.sentence) ?? (found.date === cited?.date ? cited.paragraph : null);
  const confidence =
    PROSE_STRENGTH *
    (found.date ? 1 : MISSING_PENALTY.protocolDate) *
    (found.body ? 1 : MISSING_PENALTY.body) *
    (found.dateFromSource ? SOURCE_DATE_PENALTY : 1);
  const spans = [found.sentence, found.body, found.date, paragraph].flatMap((s) => (s && s.end > s.start ? [doc.evidence(s.start, s.end)] : []));
  return {
    value: { date: found.date?.value ?? null, body: found.body?.value ?? null, paragraph: paragraph?.value ?? null, outcome: found.outcome },
    confidence,
    needsReview: confidence < REVIEW_THRESHOLD,
    evidence: spans,
  };
}

/**
 * A rule document's own adoption, in its header ("Antagen: 2009-10-26 §117", "Fastställd av kommunfullmäktige
 * 2020-04-08, § 12"): adopted, then, under that §, by the body named if the parties extractor found it.
 */
function adoptedDecision(doc: DocText, organ: readonly Field<string>[]): Field<Decision> | null {
  const adopted = adoptionLine(doc.text);
  if (!adopted) return null;
  const body = citedBody(adopted, organ);
  const confidence = Math.round(PROSE_STRENGTH * (body ? 1 : MISSING_PENALTY.body) * 1000) / 1000;
  const spans = [adopted.date, adopted.paragraph, body].flatMap((s) => (s && s.end > s.start ? [doc.evidence(s.start, s.end)] : []));
  return {
    value: { date: adopted.date.value, body: body?.value ?? null, paragraph: adopted.paragraph?.value ?? null, outcome: 'bifall' },
    confidence,
    needsReview: confidence < REVIEW_THRESHOLD,
    evidence: spans,
  };
}

/**
 * The cited body, where it is one the parties extractor found: "Kultur- och fritidsnämnden, 9 december 2025, § 104",
 * "Antagen av kommunfullmäktige 2019-05-20".
 */
function citedBody(cited: Pick<AdoptionLine, 'body'> | null, organ: readonly Field<string>[]): BodyMention | null {
  if (!cited?.body) return null;
  const name = canonicalOrgan(cited.body.text).toLowerCase();
  const known = organ.find((o) => o.value.toLowerCase() === name);
  return known ? { value: known.value, start: cited.body.start, end: cited.body.end } : null;
}
