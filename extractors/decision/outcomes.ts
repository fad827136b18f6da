/**
 * Outcome verbs of Swedish decisions as named rules, strongest outcome first. A sentence that reports a
 * motion ("yrkar avslag", "bifallsyrkande") states no outcome and is skipped by the caller.
 */
import type { Decision } from '../../pipeline/contract.js';

export type Outcome = Decision['outcome'];

export interface OutcomeRule {
  name: string;
  outcome: Outcome;
  /** Regex source, matched as whole words. */
  source: string;
  /** A general "decides that …" says something was decided, not what: weaker evidence of approval. */
  weak?: boolean;
}

const NEGATION = String.raw`[ \t\n]+(?:inte|ej)(?![\p{L}])`;
/** The negation of an infinitive stands before it: "beslutar att inte bevilja ansökan". */
const NEGATED_BEFORE = String.raw`(?:inte|ej)[ \t\n]+`;
// Distributing or allotting a grant ("fördelar bidrag … till föreningen") approves it.
const APPROVING_VERBS = String.raw`(?:godkänn(?:er|es|s|a)|bevilj(?:ar|as|a|ades|ats)|bifall(?:er|es|s|a)|tillstyrk(?:er|s|a)|anta(?:r|s)?|fastställ(?:er|s|a)|medge(?:r|s)?|fördela(?:r|s)?|tilldela(?:r|s)?)`;

/** In order of precedence: a matter sent back or postponed is not decided, whatever else the text says. */
export const OUTCOME_RULES: readonly OutcomeRule[] = [
  { name: 'send back', outcome: 'återremiss', source: String.raw`återremitt\p{L}*|återremiss\p{L}*` },
  { name: 'postpone', outcome: 'bordläggning', source: String.raw`bordl(?:ägg|ades|agt|agd)\p{L}*` },
  // "Kommunstyrelsen föreslår kommunfullmäktige att godkänna avtalet": the meeting only proposes.
  { name: 'propose to higher body', outcome: 'förslag', source: String.raw`föreslår[ \t\n]+(?:\p{L}*fullmäktige|\p{L}+styrelsen|\p{L}+nämnden)` },
  { name: 'approve', outcome: 'bifall', source: `(?<!${NEGATED_BEFORE})${APPROVING_VERBS}(?!${NEGATION})` },
  {
    name: 'decide as proposed',
    outcome: 'bifall',
    source: String.raw`beslut(?:ar|ade)[ \t\n]+(?:i[ \t\n]+enlighet[ \t\n]+med|enligt)[ \t\n]+(?:\p{L}+s[ \t\n]+)?förslag\p{L}*`,
  },
  { name: 'refuse', outcome: 'avslag', source: String.raw`avsl(?:år|ås|å|og|ogs|agit)|avslag` },
  { name: 'not approve', outcome: 'avslag', source: `${APPROVING_VERBS}${NEGATION}|${NEGATED_BEFORE}${APPROVING_VERBS}` },
  { name: 'decide to', outcome: 'bifall', source: String.raw`beslut(?:ar|ade)[ \t\n]+att|uppdrar[ \t\n]+åt|ger[ \t\n]+\p{L}+`, weak: true },
];

const COMPILED = OUTCOME_RULES.map((rule) => ({ rule, regex: new RegExp(`(?<![\\p{L}])(?:${rule.source})(?![\\p{L}])`, 'iu') }));

/** A motion or a vote, not a decision ("yrkar avslag", "bifallsyrkande"); "tillstyrka", "tillstyrkande" support a proposal. */
const MOTION = /(?<!st)yrka|(?<!st)yrkande|reserverar/i;
/**
 * A decision that names the motion it adopts is still the decision: "Arbetsutskottet beslutar att återremittera ärendet …
 * enligt ordförandens yrkande", "Nämnden beslutar med bifall till Annas yrkande att avslå ansökan". The adopted motion is
 * read past, not as a motion of the sentence. Not a motion put ("Ordföranden yrkar att ärendet återremitteras").
 */
const ADOPTED_MOTION = /(?<![\p{L}])(?:enligt|i\s+enlighet\s+med|med\s+bifall\s+till)\s+(?:[\p{L}-]+\s+){0,3}?yrkande(?:t|n|na)?(?![\p{L}])/giu;

/**
 * An interpellation is a question put to a commissioner: letting it be put and filing its answer ("Fullmäktige beslutar att
 * interpellationen får ställas och lägger interpellationen och svaret till handlingarna") decides no matter.
 */
export const INTERPELLATION = /(?<![\p{L}])interpellation\p{L}*/iu;

export interface OutcomeMatch {
  rule: OutcomeRule;
  start: number;
  end: number;
}

/** The outcome a sentence states, by rule precedence, or null. */
export function outcomeOf(sentence: string): OutcomeMatch | null {
  if (MOTION.test(sentence) && MOTION.test(sentence.replace(ADOPTED_MOTION, ''))) return null;
  for (const { rule, regex } of COMPILED) {
    const m = regex.exec(sentence);
    if (m) return { rule, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
