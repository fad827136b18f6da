/**
 * A record's fields from its documents' statements. Every statement is kept (which document said what,
 * when, with what confidence and evidence); equal values are folded into candidates; a list field takes
 * every candidate, a single field the one most documents state, then the most confident, then the most recent. Documents
 * that disagree on a single field make a conflict for review.
 */
import type { Amount, Field, Period } from '../contract.js';
import { combineStrengths, REVIEW_THRESHOLD } from '../../extractors/engine/confidence.js';
import { nameKey } from './names.js';
import { normaliseCaseNumber, ownCaseNumbers } from './observations.js';
import type { FieldCandidate, FieldStatement, Observation, Organisation, ReconciledField, RecordFieldName } from './types.js';

/** Below this a candidate is noise, not a disagreement worth a reviewer's time. */
const CONFLICT_FLOOR = 0.3;
/** A conflicting field's confidence is cut so that it sorts with the values a reviewer must look at. */
const CONFLICT_PENALTY = 0.5;

const LIST_FIELDS: ReadonlySet<RecordFieldName> = new Set(['ideburna', 'offentliga', 'organ', 'targetGroups', 'diarienummer']);

interface Keyed {
  key: string;
  value: unknown;
  confidence: number;
  evidence: FieldStatement['evidence'];
}

/** Each field's statements in one observation, keyed so that equal values compare equal. */
function statementsOf(o: Observation, field: RecordFieldName, organisations: Map<string, Organisation>): Keyed[] {
  const p = o.partnership;
  const org = (keys: string[], fields: Field<string>[]) =>
    fields.map((f, i) => ({ key: keys[i] ?? nameKey(f.value), value: organisations.get(keys[i] ?? '')?.name ?? f.value, confidence: f.confidence, evidence: f.evidence }));
  const plain = (fields: Field<string>[]) => fields.map((f) => ({ key: nameKey(f.value), value: f.value, confidence: f.confidence, evidence: f.evidence }));
  switch (field) {
    case 'ideburna':
      return org(o.ideburna, p.ideburna);
    case 'offentliga':
      return org(o.offentliga, p.offentliga);
    case 'organ':
      return plain(p.organ);
    case 'targetGroups':
      return plain(p.targetGroups);
    case 'amount':
      return p.amounts.map((f) => ({ key: amountKey(f.value), value: f.value, confidence: f.confidence, evidence: f.evidence }));
    case 'period':
      return p.period ? [{ key: periodKey(p.period.value), value: p.period.value, confidence: p.period.confidence, evidence: p.period.evidence }] : [];
    case 'extension':
      return p.extension ? [{ key: nameKey(p.extension.value), value: p.extension.value, confidence: p.extension.confidence, evidence: p.extension.evidence }] : [];
    case 'diarienummer':
      return ownCaseNumbers(o).map((f) => ({ key: normaliseCaseNumber(f.value), value: f.value, confidence: f.confidence, evidence: f.evidence }));
  }
}

const amountKey = (a: Amount) => `${a.sek}/${a.per}`;
const periodKey = (p: Period) => `${p.start ?? ''}..${p.openEnded ? 'open' : (p.end ?? '')}`;

export function reconcileField(field: RecordFieldName, observations: readonly Observation[], organisations: Map<string, Organisation>): ReconciledField {
  const candidates = new Map<string, FieldCandidate>();
  for (const o of observations) {
    for (const s of statementsOf(o, field, organisations)) {
      const statement: FieldStatement = { observation: o.key, documentId: o.doc.id, path: o.doc.path, date: o.doc.date, value: s.value, confidence: s.confidence, evidence: s.evidence };
      const candidate = candidates.get(s.key);
      if (candidate) candidate.sources.push(statement);
      else candidates.set(s.key, { key: s.key, value: s.value, confidence: 0, latest: null, sources: [statement] });
    }
  }
  const ranked = [...candidates.values()].map(summarise).sort(bySupportThenConfidence);
  if (LIST_FIELDS.has(field)) {
    const kept = ranked.filter((c) => c.confidence >= CONFLICT_FLOOR);
    const chosen = kept.length > 0 ? kept : ranked;
    const confidence = chosen.length > 0 ? Math.min(...chosen.map((c) => c.confidence)) : 0;
    return { value: chosen.map((c) => c.value), confidence, needsReview: chosen.length > 0 && confidence < REVIEW_THRESHOLD, conflict: false, candidates: ranked };
  }
  const best = ranked[0];
  if (!best) return { value: null, confidence: 0, needsReview: false, conflict: false, candidates: [] };
  const conflict = ranked.some((c) => c !== best && c.confidence >= CONFLICT_FLOOR && competes(field, best, c));
  const confidence = conflict ? round(best.confidence * CONFLICT_PENALTY) : best.confidence;
  return { value: best.value, confidence, needsReview: conflict || confidence < REVIEW_THRESHOLD, conflict, candidates: ranked };
}

/** Amounts compete when they measure the same thing (both per year, both totals) or one says not what. */
function competes(field: RecordFieldName, a: FieldCandidate, b: FieldCandidate): boolean {
  if (field !== 'amount') return true;
  const pa = (a.value as Amount).per;
  const pb = (b.value as Amount).per;
  return pa === pb || pa === 'unknown' || pb === 'unknown';
}

function summarise(candidate: FieldCandidate): FieldCandidate {
  // One document mentioning a value many times is one source: its strongest statement counts.
  const perDocument = new Map<number, number>();
  for (const s of candidate.sources) perDocument.set(s.documentId, Math.max(perDocument.get(s.documentId) ?? 0, s.confidence));
  const dates = candidate.sources.map((s) => s.date).filter((d): d is string => d !== null).sort();
  return { ...candidate, confidence: combineStrengths([...perDocument.values()]), latest: dates.at(-1) ?? null };
}

/** How many documents state a candidate. */
const support = (c: FieldCandidate) => new Set(c.sources.map((s) => s.documentId)).size;

/**
 * What more documents state first, then the most confident, then the most recent: a sum one proposal names as an
 * alternative ("en utökning … skulle innebära totalt 1,8 miljoner") is not the record's amount when the proposal's own
 * sum is stated in the agreement and the protocol too, however its rules' confidence compares.
 */
function bySupportThenConfidence(a: FieldCandidate, b: FieldCandidate): number {
  return support(b) - support(a) || b.confidence - a.confidence || (b.latest ?? '').localeCompare(a.latest ?? '');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
