import type { DocType, Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import { REVIEW_THRESHOLD } from '../engine/confidence.js';
import { documentCells } from './cells.js';
import { paragraphHeadings } from '../items/headings.js';
import { agendaOpening, agendaTitle, bodyDecisionSignals, governingTitle, headingSignals, isWebPage, listSignals, paragraphSignals, phraseSignals, runTogetherReportSignals, scores, severalGrantsSignals, severalPartnershipsSignals, signatureSignals, titleSignals, type Signal } from './rules.js';

/** Below this score no type has shown itself: the document is "annat". */
const MIN_SCORE = 2;
/** How much evidence a field keeps: the strongest signals of the chosen type. */
const EVIDENCE_SIGNALS = 3;

/**
 * What the matter's frame (extractors/kind) knows of the document before its type is read. `listsNone`: the text is
 * something other than a partnership matter (a state agency's grants, information, grant rules): its lists and counts
 * of organisations ("6 medlemsföreningar beviljades stöd", a table of Folkets hus) are no partnerships listed, and no
 * evidence of SCHEMA's report, which lists partnerships.
 */
export interface DocFrame {
  listsNone?: boolean;
}

/** The document's type: protokoll, tjänsteskrivelse, överenskommelse, beslut, rapport or annat. */
export function extractDocType(doc: DocText, frame: DocFrame = {}): Field<DocType> {
  const layout = documentCells(doc.text);
  // Read once: it decides the header's kickers (titleSignals) and caps the confidence of a type read on such a page.
  const webPage = isWebPage(layout);
  const listed = frame.listsNone ? [] : [...listSignals(doc.text), ...severalPartnershipsSignals(layout), ...severalGrantsSignals(doc.text)];
  const all = [
    ...titleSignals(layout, paragraphHeadings(doc.text)[0]?.start, webPage),
    ...headingSignals(doc.text),
    ...bodyDecisionSignals(doc.text),
    ...paragraphSignals(doc.text),
    ...signatureSignals(layout),
    ...phraseSignals(doc.text),
    ...runTogetherReportSignals(doc.text),
    ...listed,
  ];
  // A governing document (riktlinjer, policy, vägledning) describes agreements and decisions: only another
  // type's title in its header, not in its own title line, still types it.
  const governing = governingTitle(layout);
  // An agenda (kallelse) appends its items' reports: only a type's title in its header above the agenda's
  // own ("Kommunstyrelsens protokoll … Föredragningslista") or above its opening items, not the reports'
  // further down, types it.
  const agenda = governing ? undefined : (agendaTitle(layout) ?? agendaOpening(doc.text));
  const signals = governing
    ? all.filter((s) => s.rule === 'title in header' && (s.end <= governing.start || s.start >= governing.end))
    : agenda
      ? all.filter((s) => s.rule === 'title in header' && s.end <= agenda.start)
      : all;
  const ranked = [...scores(signals, doc.text.length)].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // An agenda records its meeting's matters, as a protocol does; SCHEMA has no type of its own for it (the
  // gold of whole agendas says protokoll), unless a title above it types it.
  if (agenda && (!best || best[1] < MIN_SCORE)) return { value: 'protokoll', confidence: AGENDA_CONFIDENCE, needsReview: true, evidence: [doc.evidence(agenda.start, agenda.end)] };
  if (!best || best[1] < MIN_SCORE) {
    return { value: 'annat', confidence: ANNAT_CONFIDENCE, needsReview: true, evidence: [] };
  }
  // A news or web page (a publication stamp, a photo credit, quoted speech) reports documents: a protocol's, a decision's,
  // an agreement's or an officer's report's type read on it is mixed evidence, the page's furniture against the type's
  // signals. A list of partnerships or grants on it is a report's (rapport: development sets, 17 of 19 such pages).
  const typed = typeConfidence(best[1], second?.[1] ?? 0);
  const confidence = best[0] !== 'rapport' && webPage ? Math.min(WEB_PAGE_CONFIDENCE, typed) : typed;
  const evidence = signals
    .filter((s) => s.type === best[0])
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, EVIDENCE_SIGNALS)
    .map((s: Signal) => doc.evidence(s.start, s.end));
  return { value: best[0], confidence, needsReview: confidence < REVIEW_THRESHOLD, evidence };
}

/** An agenda typed as a protocol: the nearest type, not its own. */
const AGENDA_CONFIDENCE = 0.6;
/**
 * A type other than rapport read on a news or web page, at most: the page reports a decision or an agreement and records
 * none itself (annat); a reviewer should look.
 */
const WEB_PAGE_CONFIDENCE = 0.7;
/** "annat" is a guess by elimination: a reviewer should look. */
const ANNAT_CONFIDENCE = 0.5;

/**
 * More evidence makes a type likelier (saturating), a runner-up close behind makes it less sure.
 * The scale is fitted on the development set.
 */
export function typeConfidence(best: number, second: number): number {
  const strength = 1 - Math.exp(-best / 2);
  const doubt = second / best / 2;
  return Math.round(Math.min(0.97, strength * (1 - doubt)) * 1000) / 1000;
}
