/**
 * The outcome of the document's decision, read from its decision sections:
 *   - a proposal section (a tjänsteskrivelse's "Förslag till beslut") → förslag;
 *   - a proposal to a higher body that the meeting recorded → förslag, unless the meeting sent the matter
 *     back or postponed it: "Arbetsutskottets förslag till regionstyrelsen: Ärendet återremitteras" is a
 *     decision the committee took;
 *   - a recorded decision ("Beslut") → the strongest outcome its sentences state, else bifall (a recorded
 *     decision that neither refuses, sends back nor postpones approves something), checked against the
 *     procedure ("Beslutsgång … finner att nämnden beslutar att avslå").
 */
import type { DocType } from '../../pipeline/contract.js';
import type { TextSpan } from '../engine/sentences.js';
import { INTERPELLATION, OUTCOME_RULES, outcomeOf, type Outcome } from './outcomes.js';
import type { Section } from './sections.js';
import { subjectOf, type BodyMention } from './body.js';

export interface Verdict {
  outcome: Outcome;
  rule: string;
  strength: number;
  /** The sentence or heading that states it. */
  span: TextSpan;
  section: Section | null;
}

export const VERDICT_STRENGTHS = {
  proposal: 0.9,
  proposalToBody: 0.85,
  recordedVerb: 0.9,
  recordedGeneralVerb: 0.75,
  recordedWithoutVerb: 0.65,
  procedureOnly: 0.7,
  subjectSentence: 0.6,
  unstatedProposal: 0.5,
} as const;

const PROCEDURAL: ReadonlySet<Outcome> = new Set(['återremiss', 'bordläggning']);
/** Words of the partnership matter: where a protocol holds several decisions, the one about it counts. */
const MATTER = /partnerskap|\bIOP\b|överenskommelse|avtal|förening|bidrag/i;

interface Stated {
  outcome: Outcome;
  rule: string;
  weak: boolean;
  precedence: number;
  sentence: TextSpan;
}

/** The outcome each sentence states, strongest first. */
function stated(sentences: readonly TextSpan[]): Stated[] {
  return sentences
    .flatMap((sentence) => {
      const found = outcomeOf(sentence.text);
      return found
        ? [{ outcome: found.rule.outcome, rule: found.rule.name, weak: found.rule.weak ?? false, precedence: OUTCOME_RULES.indexOf(found.rule), sentence }]
        : [];
    })
    .sort((a, b) => a.precedence - b.precedence);
}

export function verdictOf(sections: readonly Section[], docType: DocType): Verdict | null {
  const primary = primarySection(sections, docType);
  const procedure = procedureOf(sections, primary).flatMap((s) => stated(s.sentences)).filter((s) => !s.weak);
  if (!primary) {
    const [fromProcedure] = procedure;
    if (fromProcedure && docType === 'protokoll') return fromStated(fromProcedure, VERDICT_STRENGTHS.procedureOnly, null);
    return null;
  }
  if (primary.kind === 'proposal') return proposal(primary, VERDICT_STRENGTHS.proposal);
  const [best] = adoptedProposal(stated(primary.sentences));
  if (primary.kind === 'proposalToBody') {
    return best && PROCEDURAL.has(best.outcome)
      ? fromStated(best, VERDICT_STRENGTHS.proposalToBody, primary)
      : proposal(primary, VERDICT_STRENGTHS.proposalToBody);
  }
  if (best && !best.weak) return fromStated(adopted(best, sections, primary) ?? exceptedFrom(best, primary) ?? best, VERDICT_STRENGTHS.recordedVerb, primary);
  const [procedural] = procedure;
  if (procedural) return fromStated(procedural, VERDICT_STRENGTHS.recordedVerb, primary);
  const span = primary.sentences[0] ?? primary.heading;
  // A decision on an interpellation lets a question be put or files its answer: no matter decided.
  if (INTERPELLATION.test(span.text)) return null;
  if (best) return fromStated(best, VERDICT_STRENGTHS.recordedGeneralVerb, primary);
  return { outcome: 'bifall', rule: 'recorded decision without outcome verb', strength: VERDICT_STRENGTHS.recordedWithoutVerb, span, section: primary };
}

/**
 * A protocol without decision headings: the first sentence whose subject is a body and that states an
 * outcome ("Kommunstyrelsen beslutar att godkänna avtalet.").
 */
export function subjectVerdict(all: readonly TextSpan[], bodies: readonly BodyMention[]): Verdict | null {
  const [best] = stated(all.filter((s) => subjectOf(s, bodies) !== null && !PAST_DECISION.test(s.text)));
  return best ? fromStated(best, VERDICT_STRENGTHS.subjectSentence, null) : null;
}

/** History ("Kommunfullmäktige beslutade 2019 att …") is not this meeting's decision. */
const PAST_DECISION = /(?<![\p{L}])(?:beslutade|beviljade|beviljades|godkände|godkändes|antog|antogs|fastställde|fastställdes|avslog|avslogs)(?![\p{L}])/iu;

/**
 * A recorded decision that adopts a proposal and then quotes it ("Kommunstyrelsen beslutar enligt arbetsutskottets förslag.
 * Arbetsutskottets förslag Arbetsutskottet föreslår kommunstyrelsen tillstyrka …") decides: the proposal it quotes does
 * not make it one. Without the adopting sentence before it ("Beslut Arbetsutskottet föreslår kommunstyrelsen tillstyrka
 * kommunfullmäktige besluta …") the proposal is the outcome.
 */
function adoptedProposal(found: Stated[]): Stated[] {
  const [best] = found;
  if (best?.outcome !== 'förslag') return found;
  const adopting = found.find((s) => s.rule === 'decide as proposed' && s.sentence.start < best.sentence.start);
  return adopting ? [adopting, ...found.filter((s) => s !== adopting)] : found;
}

/** Outcomes a proposal may carry into the decision that adopts it: a refusal, a matter sent back or put off. */
const ADOPTABLE: ReadonlySet<Outcome> = new Set(['avslag', 'återremiss', 'bordläggning']);

/**
 * A decision "i enlighet med arbetsutskottets förslag" takes the outcome of the proposal before it: "Arbetsutskottets
 * förslag till kultur- och fritidsnämnden • Beslutat avslag kvarstår. Kultur- och fritidsnämndens beslut 1. Kultur- och
 * fritidsnämnden beslutar i enlighet med arbetsutskottets förslag." is a refusal. A proposal to approve leaves it bifall,
 * and a decision that states its own outcome ("beslutar att avslå") keeps that.
 */
function adopted(best: Stated, sections: readonly Section[], primary: Section): Stated | null {
  if (best.rule !== 'decide as proposed') return null;
  const before = sections.filter((s) => (s.kind === 'proposalToBody' || s.kind === 'proposal') && s.heading.start < primary.heading.start).at(-1);
  const [proposed] = before ? stated(before.sentences).filter((s) => !s.weak) : [];
  return proposed && ADOPTABLE.has(proposed.outcome) ? { ...best, outcome: proposed.outcome } : null;
}

/**
 * A grant decided with an exception sent back ("Att bevilja investeringsstöd enligt ovanstående förslag med följande
 * undantag: – ansökan från en förening återremitteras till förvaltningen") is granted: the exception is one applicant's,
 * not the matter's. Without the exception named so, a matter sent back stays återremiss.
 */
const WITH_EXCEPTION = /(?<![\p{L}])med\s+(?:följande\s+)?undantag(?![\p{L}])/iu;
function exceptedFrom(best: Stated, primary: Section): Stated | null {
  if (!PROCEDURAL.has(best.outcome)) return null;
  const granted = stated(primary.sentences).find((s) => !s.weak && s.outcome === 'bifall' && WITH_EXCEPTION.test(s.sentence.text) && s.sentence.start < best.sentence.start);
  return granted ?? null;
}

/** A tjänsteskrivelse without a recognised proposal heading still only proposes; nothing in it says so. */
export function unstatedProposal(): Verdict {
  const span = { start: 0, end: 0, text: '' };
  return { outcome: 'förslag', rule: 'tjänsteskrivelse without proposal heading', strength: VERDICT_STRENGTHS.unstatedProposal, span, section: null };
}

/** The procedure sections that follow the decision, up to the next decision (a protocol of several §§). */
function procedureOf(sections: readonly Section[], primary: Section | null): Section[] {
  if (!primary) return sections.filter((s) => s.kind === 'procedure');
  const next = sections.find((s) => s.kind !== 'procedure' && s.heading.start > primary.heading.start);
  return sections.filter((s) => s.kind === 'procedure' && s.heading.start > primary.heading.start && (!next || s.heading.start < next.heading.start));
}

function primarySection(sections: readonly Section[], docType: DocType): Section | null {
  const wanted: readonly Section['kind'][] = docType === 'tjansteskrivelse' ? ['proposal'] : ['recorded', 'proposalToBody'];
  // A proposal to the meeting that its recorded decision then follows ("Arbetsutskottets förslag till kultur- och
  // fritidsnämnden … Kultur- och fritidsnämndens beslut") is not the meeting's decision: the recorded one is.
  const answered = (s: Section) => s.kind === 'proposalToBody' && sections.some((r) => r.kind === 'recorded' && r.sentences.length > 0 && r.heading.start > s.heading.start);
  const candidates = sections.filter((s) => wanted.includes(s.kind) && s.sentences.length > 0 && !answered(s));
  const fallback = sections.filter((s) => s.kind !== 'procedure' && s.sentences.length > 0);
  const pool = candidates.length > 0 ? candidates : fallback;
  return pool.find((s) => s.sentences.some((x) => MATTER.test(x.text))) ?? pool[0] ?? null;
}

function proposal(section: Section, strength: number): Verdict {
  return { outcome: 'förslag', rule: `${section.kind} section`, strength, span: section.sentences[0] ?? section.heading, section };
}

function fromStated(s: Stated, strength: number, section: Section | null): Verdict {
  return { outcome: s.outcome, rule: s.rule, strength, span: s.sentence, section };
}
