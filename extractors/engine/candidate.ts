/**
 * Candidates are single mentions a rule found; merging folds mentions of the same value into one
 * Field with all its evidence and a confidence built from the rules' strengths and agreement.
 */
import type { Field } from '../../pipeline/contract.js';
import type { DocText } from './doc-text.js';
import { combineStrengths, REVIEW_THRESHOLD } from './confidence.js';

export interface Candidate<T> {
  value: T;
  /** Values with the same key are the same value (e.g. a normalised name, an amount's sek+per). */
  key: string;
  /** The rule's name, for evidence of why and for calibration. */
  rule: string;
  /** Prior probability that a mention found by this rule is right, before agreement and conflicts. */
  strength: number;
  /** Global offsets into DocText.text. */
  start: number;
  end: number;
}

/** Folds candidates with equal keys into Fields, in order of first mention. */
export function mergeCandidates<T>(doc: DocText, candidates: readonly Candidate<T>[]): Field<T>[] {
  const groups = new Map<string, Candidate<T>[]>();
  for (const candidate of [...candidates].sort((a, b) => a.start - b.start)) {
    const group = groups.get(candidate.key);
    if (group) group.push(candidate);
    else groups.set(candidate.key, [candidate]);
  }
  return [...groups.values()].map((group) => {
    const confidence = combineStrengths(group.map((c) => c.strength));
    return {
      // The value from the strongest mention represents the group.
      value: group.reduce((best, c) => (c.strength > best.strength ? c : best)).value,
      confidence,
      needsReview: confidence < REVIEW_THRESHOLD,
      evidence: dedupeSpans(group).map((c) => doc.evidence(c.start, c.end)),
    };
  });
}

function dedupeSpans<T>(group: Candidate<T>[]): Candidate<T>[] {
  const seen = new Set<string>();
  return group.filter((c) => {
    const span = `${c.start}:${c.end}`;
    if (seen.has(span)) return false;
    seen.add(span);
    return true;
  });
}

/** Marks a field as contradicted by another value: its confidence drops and a reviewer must look. */
export function markConflict<T>(field: Field<T>, penalty = 0.5): Field<T> {
  return { ...field, confidence: round(field.confidence * penalty), needsReview: true };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
