/**
 * Matters of a whole document (SCHEMA.md, last section), scored once its gold matters and extracted
 * partnerships are paired (rows.ts: by §, else by parties): how many were found (precision, recall), and of
 * those found whether the kind, the matter's own case numbers and its decision (date, body, §, outcome) are
 * right.
 */
import type { Decision, Partnership } from '../contract.js';
import type { ExpectedPartnership } from './gold.js';
import { matchOneToOne, sameKey } from './match.js';
import type { Tally } from './score.js';
import { addTallies, ratio, scores, type Scores } from './metrics.js';
import { normalizeCaseNumber, normalizeName, normalizeParagraph } from './normalize.js';

export const DECISION_PARTS = ['date', 'body', 'paragraph', 'outcome'] as const;
export type DecisionPart = (typeof DECISION_PARTS)[number];
export const MATTER_MISS_FIELDS = ['matter', 'matter.kind', 'matter.diarienummer', 'matter.decision'] as const;
export type MatterMissField = (typeof MATTER_MISS_FIELDS)[number];

export interface MatterScore {
  /** Gold matters, extracted partnerships, and pairs of the two. */
  gold: number;
  extracted: number;
  paired: number;
  /** Of the pairs: the kind right; the decision right in all four parts; each part right. */
  kindRight: number;
  decisionRight: number;
  decisionParts: Record<DecisionPart, number>;
  /** The matters' own case numbers, over the pairs. */
  caseNumbers: Tally;
}

const SAME: Record<DecisionPart, (a: string, b: string) => boolean> = {
  date: (a, b) => a === b,
  body: (a, b) => normalizeName(a) === normalizeName(b),
  paragraph: (a, b) => normalizeParagraph(a) === normalizeParagraph(b),
  outcome: (a, b) => a === b,
};

/** Whether each part of an extracted decision agrees with gold's (absent on both sides agrees). */
export function decisionPartsRight(expected: Decision | null, got: Decision | null): Record<DecisionPart, boolean> {
  const right = (part: DecisionPart) => {
    const e = expected?.[part] ?? null;
    const g = got?.[part] ?? null;
    return e === null || g === null ? e === g : SAME[part](e, g);
  };
  return { date: right('date'), body: right('body'), paragraph: right('paragraph'), outcome: right('outcome') };
}

export const showDecision = (d: Decision | null): string => (d ? [d.body, d.paragraph, d.date, d.outcome].filter(Boolean).join(' ') : '—');

export interface MatterJudgement {
  score: MatterScore;
  misses: Array<{ field: MatterMissField; expected: string | null; got: string | null }>;
  /** Per extracted partnership, in order: whether its kind is right (a partnership that is no gold matter is wrong). */
  kindJudged: Array<{ partnership: Partnership; correct: boolean }>;
}

export function scoreMatters(pairs: ReadonlyArray<[ExpectedPartnership | undefined, Partnership | undefined]>): MatterJudgement {
  const score: MatterScore = {
    gold: 0,
    extracted: 0,
    paired: 0,
    kindRight: 0,
    decisionRight: 0,
    decisionParts: { date: 0, body: 0, paragraph: 0, outcome: 0 },
    caseNumbers: { tp: 0, fp: 0, fn: 0 },
  };
  const misses: MatterJudgement['misses'] = [];
  const kindJudged: MatterJudgement['kindJudged'] = [];
  for (const [e, p] of pairs) {
    if (e) score.gold++;
    if (p) score.extracted++;
    const label = (x: ExpectedPartnership | Partnership) => ('matter' in x ? x.matter?.paragraph : x.paragraph) ?? x.ideburna.map((n) => (typeof n === 'string' ? n : n.value)).join(', ');
    if (!e || !p) {
      if (e) misses.push({ field: 'matter', expected: `${e.matter?.kind ?? '?'} ${label(e)}`, got: null });
      if (p) {
        misses.push({ field: 'matter', expected: null, got: `${p.kind.value} ${label(p)}` });
        kindJudged.push({ partnership: p, correct: false });
      }
      continue;
    }
    score.paired++;
    const kindRight = e.matter?.kind === p.kind.value;
    if (kindRight) score.kindRight++;
    else misses.push({ field: 'matter.kind', expected: e.matter?.kind ?? null, got: p.kind.value });
    kindJudged.push({ partnership: p, correct: kindRight });

    const parts = decisionPartsRight(e.matter?.decision ?? null, p.decision?.value ?? null);
    for (const part of DECISION_PARTS) if (parts[part]) score.decisionParts[part]++;
    if (DECISION_PARTS.every((part) => parts[part])) score.decisionRight++;
    else misses.push({ field: 'matter.decision', expected: showDecision(e.matter?.decision ?? null), got: showDecision(p.decision?.value ?? null) });

    const gold = e.matter?.diarienummer ?? [];
    const got = p.diarienummer.map((f) => f.value);
    const matching = matchOneToOne(gold, got, sameKey(normalizeCaseNumber, normalizeCaseNumber), 1);
    score.caseNumbers.tp += matching.pairs.length;
    score.caseNumbers.fn += matching.unmatchedExpected.length;
    score.caseNumbers.fp += matching.unmatchedPredicted.length;
    for (const i of matching.unmatchedExpected) misses.push({ field: 'matter.diarienummer', expected: gold[i]!, got: null });
    for (const i of matching.unmatchedPredicted) misses.push({ field: 'matter.diarienummer', expected: null, got: got[i]! });
  }
  return { score, misses, kindJudged };
}

/** Matters summed over documents, with the rates the report prints. */
export interface MatterTotals extends MatterScore {
  precision: number | null;
  recall: number | null;
  /** Of the matters found. */
  kindAccuracy: number | null;
  decisionAccuracy: number | null;
  decisionPartAccuracy: Record<DecisionPart, number | null>;
  caseNumberScores: Scores;
}

export function totalMatters(all: readonly MatterScore[]): MatterTotals {
  const sum = (get: (m: MatterScore) => number) => all.reduce((n, m) => n + get(m), 0);
  const paired = sum((m) => m.paired);
  const decisionParts = Object.fromEntries(DECISION_PARTS.map((p) => [p, sum((m) => m.decisionParts[p])])) as Record<DecisionPart, number>;
  const caseNumbers = addTallies(all.map((m) => m.caseNumbers));
  return {
    gold: sum((m) => m.gold),
    extracted: sum((m) => m.extracted),
    paired,
    kindRight: sum((m) => m.kindRight),
    decisionRight: sum((m) => m.decisionRight),
    decisionParts,
    caseNumbers,
    precision: ratio(paired, sum((m) => m.extracted)),
    recall: ratio(paired, sum((m) => m.gold)),
    kindAccuracy: ratio(sum((m) => m.kindRight), paired),
    decisionAccuracy: ratio(sum((m) => m.decisionRight), paired),
    decisionPartAccuracy: Object.fromEntries(DECISION_PARTS.map((p) => [p, ratio(decisionParts[p], paired)])) as Record<DecisionPart, number | null>,
    caseNumberScores: scores(caseNumbers),
  };
}
