/**
 * Scores one document's extraction result against its gold: per-field tallies (true positives, false
 * positives, false negatives), every miss, every extracted value judged right or wrong (for calibration)
 * and, for a report that lists partnerships, how many listed rows were found.
 */
import type { Amount, DocumentResult, Field, Partnership, PartnershipValues, Period } from '../contract.js';
import type { Expected, ExpectedPartnership } from './gold.js';
import { matchOneToOne, sameKey } from './match.js';
import {
  normalizeCaseNumber,
  normalizeExtension,
  normalizeName,
  normalizeParagraph,
  phraseOverlap,
  PHRASE_MATCH_THRESHOLD,
} from './normalize.js';
import { alignPartnerships, type ListingScore } from './rows.js';
import { scoreMatters, type MatterMissField, type MatterScore } from './matters.js';

/** The scored fields, in gold's names; micro-F1 sums over all of them. */
export const SCORED_FIELDS = [
  'doc_type',
  'diarienummer',
  'diarienummer_refs',
  'ideburna',
  'offentliga',
  'organ',
  'amounts',
  'period.start',
  'period.end',
  'period.open_ended',
  'extension',
  'target_groups',
  'decision.date',
  'decision.body',
  'decision.paragraph',
  'decision.outcome',
] as const;
/** Shown for information, outside micro-F1: the payer of amounts that matched on sum and periodicity. */
export const INFO_FIELDS = ['amounts.payer'] as const;
export type FieldName = (typeof SCORED_FIELDS)[number] | (typeof INFO_FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  doc: string;
  field: FieldName | MatterMissField;
  /** Null: gold has no value here (the extracted one is extra). */
  expected: string | null;
  /** Null: nothing was extracted here. */
  got: string | null;
}

/** One extracted Field, judged against gold: the raw material of calibration. */
export interface JudgedValue {
  doc: string;
  field: string;
  value: string;
  confidence: number;
  needsReview: boolean;
  correct: boolean;
}

export interface DocScore {
  doc: string;
  tallies: Record<FieldName, Tally>;
  misses: Miss[];
  judged: JudgedValue[];
  listing: ListingScore | null;
  /** For a whole document: its matters found, and their kind, case numbers and decisions. */
  matters: MatterScore | null;
  error?: string;
}

/** Stands in on the side where a partnership has no counterpart: all its values then count as missed or extra. */
const NO_PARTNERSHIP: PartnershipValues & ExpectedPartnership = {
  matter: null,
  ideburna: [],
  offentliga: [],
  organ: [],
  amounts: [],
  period: null,
  extension: null,
  targetGroups: [],
};

export const showAmount = (a: Amount): string => `${a.sek} SEK/${a.per}${a.payer ? ` (${a.payer})` : ''}`;
export const showPeriod = (p: Period): string => `${p.start ?? '?'} – ${p.end ?? (p.openEnded ? 'tills vidare' : '?')}`;
const amountKey = (a: Amount): string => `${a.sek}/${a.per}`;

/** Accumulates one document's tallies, misses and judged values. */
class DocScorer {
  readonly tallies = Object.fromEntries([...SCORED_FIELDS, ...INFO_FIELDS].map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<FieldName, Tally>;
  readonly misses: Miss[] = [];
  readonly judged: JudgedValue[] = [];

  constructor(
    readonly doc: string,
    private readonly onJudge?: JudgeListener,
  ) {}

  judge(field: string, value: Field<unknown>, shown: string, correct: boolean): void {
    const judged = { doc: this.doc, field, value: shown, confidence: value.confidence, needsReview: value.needsReview, correct };
    this.judged.push(judged);
    this.onJudge?.(value, judged);
  }

  /** A list field: each gold value matched at most once; each extracted value judged by whether it matched. */
  list<E, P>(
    field: FieldName,
    expected: readonly E[],
    predicted: readonly Field<P>[],
    similarity: (e: E, p: P) => number,
    threshold: number,
    show: { e: (e: E) => string; p: (p: P) => string },
  ): Array<[E, P]> {
    const matching = matchOneToOne(expected, predicted, (e, p) => similarity(e, p.value), threshold);
    const tally = this.tallies[field];
    tally.tp += matching.pairs.length;
    tally.fn += matching.unmatchedExpected.length;
    tally.fp += matching.unmatchedPredicted.length;
    const matched = new Set(matching.pairs.map(([, p]) => p));
    predicted.forEach((p, i) => this.judge(field, p, show.p(p.value), matched.has(i)));
    for (const i of matching.unmatchedExpected) this.misses.push({ doc: this.doc, field, expected: show.e(expected[i]!), got: null });
    for (const i of matching.unmatchedPredicted) this.misses.push({ doc: this.doc, field, expected: null, got: show.p(predicted[i]!.value) });
    return matching.pairs.map(([e, p]) => [expected[e]!, predicted[p]!.value]);
  }

  /** A single value that may be absent on either side; two absent values are not counted. */
  scalar(field: FieldName, expected: string | null, got: string | null, key: (s: string) => string = (s) => s): boolean {
    const tally = this.tallies[field];
    if (expected === null && got === null) return true;
    if (expected !== null && got !== null && key(expected) === key(got)) {
      tally.tp++;
      return true;
    }
    if (expected !== null) tally.fn++;
    if (got !== null) tally.fp++;
    this.misses.push({ doc: this.doc, field, expected, got });
    return false;
  }

  partnership(expected: ExpectedPartnership, predicted: PartnershipValues): void {
    const names = { e: (s: string) => s, p: (s: string) => s };
    const byName = sameKey(normalizeName, normalizeName);
    this.list('ideburna', expected.ideburna, predicted.ideburna, byName, 1, names);
    this.list('offentliga', expected.offentliga, predicted.offentliga, byName, 1, names);
    this.list('organ', expected.organ, predicted.organ, byName, 1, names);
    this.list('target_groups', expected.targetGroups, predicted.targetGroups, phraseOverlap, PHRASE_MATCH_THRESHOLD, names);
    const amounts = this.list('amounts', expected.amounts, predicted.amounts, sameKey(amountKey, amountKey), 1, { e: showAmount, p: showAmount });
    for (const [e, p] of amounts) this.scalar('amounts.payer', e.payer, p.payer, normalizeName);

    const period = predicted.period?.value ?? null;
    const start = this.scalar('period.start', expected.period?.start ?? null, period?.start ?? null);
    const end = this.scalar('period.end', expected.period?.end ?? null, period?.end ?? null);
    const open = this.scalar('period.open_ended', expected.period?.openEnded ? 'tills vidare' : null, period?.openEnded ? 'tills vidare' : null);
    if (predicted.period) this.judge('period', predicted.period, showPeriod(predicted.period.value), expected.period !== null && start && end && open);

    const extensionRight = this.scalar('extension', expected.extension, predicted.extension?.value ?? null, normalizeExtension);
    if (predicted.extension) this.judge('extension', predicted.extension, predicted.extension.value, extensionRight);
  }
}

/** Told which extracted Field each judged value is: calibration fitting reads the Field's context from it. */
export type JudgeListener = (extracted: Field<unknown>, judged: JudgedValue) => void;

export function scoreDocument(doc: string, expected: Expected, result: DocumentResult, onJudge?: JudgeListener): DocScore {
  const scorer = new DocScorer(doc, onJudge);
  const docTypeRight = scorer.scalar('doc_type', expected.docType, result.error ? null : result.docType.value);
  if (!result.error) scorer.judge('doc_type', result.docType, result.docType.value, docTypeRight);

  const caseNumbers = { e: (s: string) => s, p: (s: string) => s };
  const byCaseNumber = sameKey(normalizeCaseNumber, normalizeCaseNumber);
  scorer.list('diarienummer', expected.diarienummer, result.diarienummer, byCaseNumber, 1, caseNumbers);
  scorer.list('diarienummer_refs', expected.diarienummerRefs, result.diarienummerRefs, byCaseNumber, 1, caseNumbers);

  const decision = result.decision?.value ?? null;
  const decisionRight = [
    scorer.scalar('decision.date', expected.decision?.date ?? null, decision?.date ?? null),
    scorer.scalar('decision.body', expected.decision?.body ?? null, decision?.body ?? null, normalizeName),
    scorer.scalar('decision.paragraph', expected.decision?.paragraph ?? null, decision?.paragraph ?? null, normalizeParagraph),
    scorer.scalar('decision.outcome', expected.decision?.outcome ?? null, decision?.outcome ?? null),
  ].every(Boolean);
  if (result.decision) {
    const shown = [decision?.body, decision?.paragraph, decision?.date, decision?.outcome].filter(Boolean).join(' ');
    scorer.judge('decision', result.decision, shown, expected.decision !== null && decisionRight);
  }

  const alignment = alignPartnerships(expected.partnerships, result.partnerships, expected.whole);
  for (const [e, p] of alignment.pairs) scorer.partnership(e ?? NO_PARTNERSHIP, p ?? NO_PARTNERSHIP);
  const matters = expected.whole ? scoreMatters(alignment.pairs) : null;
  for (const miss of matters?.misses ?? []) scorer.misses.push({ doc, ...miss });
  for (const { partnership, correct } of matters?.kindJudged ?? []) scorer.judge('kind', partnership.kind, partnership.kind.value, correct);

  return {
    doc,
    tallies: scorer.tallies,
    misses: scorer.misses,
    judged: scorer.judged,
    listing: expected.listing ? alignment.listing : null,
    matters: matters?.score ?? null,
    ...(result.error ? { error: `${result.error.code}: ${result.error.message}` } : {}),
  };
}
