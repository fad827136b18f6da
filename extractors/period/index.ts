import type { Field, Period } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import { markConflict, mergeCandidates, type Candidate } from '../engine/candidate.js';
import { MAX_CONFIDENCE, REVIEW_THRESHOLD } from '../engine/confidence.js';
import { sentences, type TextSpan } from '../engine/sentences.js';
import { perDoc, perText } from '../engine/memo.js';
import { fitsAtEnd } from '../engine/window-end.js';
import { BEFORE_WINDOW, CONTEXT_RULES, GRANT_ROUND_RULES, PAST_AGREEMENT_RULES, PERIOD_RULES, ruleMatches, statedDuration, type ContextRule } from './rules.js';
import { dayAfter, endAfterYears } from './dates.js';
import { pageDate, type PageDate } from './page-date.js';
import { spanIndexAt } from '../engine/sorted.js';

/** A period mention weighed by its sentence. */
export interface PeriodMention extends Candidate<Period> {
  /** Its sentence says it is the agreement's validity ("avtalet gäller …", "avtalstid"). */
  validity: boolean;
  /** Its sentence is about an earlier agreement. */
  historic: boolean;
  /** Its sentence says the agreement in force ends then (a new one takes over the day after). */
  currentEnds: boolean;
}

/** A rival period needs this share of the chosen period's confidence to count as a conflict. */
const CONFLICT_SHARE = 0.5;

/**
 * Whether the text states this period only as a year's round of grants: a list of partners without sums on such a
 * page ("Föreningsbidragen 2021 är beslutade. … Stadsdelen har följande IOP: …") is not dated by it.
 */
export function onlyGrantRoundYear(doc: DocText, period: Period): boolean {
  const behind = documentMentions(doc.text).filter((m) => m.key === periodKey(period));
  return behind.length > 0 && behind.every((m) => GRANT_ROUND_RULES.has(m.rule));
}

/**
 * The partnership's period of validity: read once per text object (engine/memo.ts), as the decision, the amounts and the
 * listing readers ask for it before the period's own field does.
 */
export const extractPeriod: (doc: DocText) => Field<Period> | null = perDoc(readPeriod);

function readPeriod(doc: DocText): Field<Period> | null {
  const mentions = documentMentions(doc.text);
  if (mentions.length === 0) return null;

  const fields = mergeCandidates(doc, mentions);
  const keyOf = (p: Period) => periodKey(p);
  const groupOf = (f: Field<Period>) => mentions.filter((m) => m.key === keyOf(f.value));
  // Read once per field: the sort below asks for every comparison, and each reading filters all mentions.
  const statedOf = new Map(fields.map((f) => [f, groupOf(f).some((m) => m.validity && !m.historic)]));
  const stated = (f: Field<Period>) => statedOf.get(f)!;
  const current = (f: Field<Period>) => groupOf(f).some((m) => !m.historic);

  // The period the text states as the agreement's validity wins over more frequent mentions of another.
  const ranked = [...fields].sort((a, b) => Number(stated(b)) - Number(stated(a)) || b.confidence - a.confidence);
  let chosen = succeeding(doc, mentions, withDuration(doc, completed(ranked[0]!, ranked.filter((f) => current(f)))));
  const rival = ranked.slice(1).find((f) => current(f) && f.confidence >= CONFLICT_SHARE * chosen.confidence && disagrees(f.value, chosen.value));
  if (rival) chosen = markConflict(chosen);
  const { start, end } = chosen.value;
  if (start && end && end < start) chosen = markConflict(chosen);
  return chosen;
}

/**
 * A period with a bound missing ("gäller från och med 2024-01-01") takes it from another current mention
 * that agrees with it ("… till och med 2026-12-31" elsewhere, "perioden 2024–2026", or "löper tills vidare"): as
 * sure as the less sure of the two, with the evidence of both.
 */
function completed(chosen: Field<Period>, current: readonly Field<Period>[]): Field<Period> {
  const { start, end, openEnded } = chosen.value;
  if (start && (end || openEnded)) return chosen;
  // An open end completes a start ("gäller från 1 januari 2025. … löper tills vidare"), and a start an open end.
  const fills = (p: Period) => (!start && p.start) || (!end && !openEnded && (p.end || (p.openEnded && !p.start)));
  const partner = current.find((f) => f !== chosen && !disagrees(f.value, chosen.value) && fills(f.value) && !(openEnded && f.value.end));
  if (!partner) return chosen;
  const confidence = Math.min(chosen.confidence, partner.confidence);
  return {
    value: { start: start ?? partner.value.start, end: end ?? partner.value.end, openEnded: openEnded || partner.value.openEnded },
    confidence,
    needsReview: chosen.needsReview || partner.needsReview || confidence < REVIEW_THRESHOLD,
    evidence: [...chosen.evidence, ...partner.evidence],
  };
}

/** How many years a new agreement's end may lie after the end of the one in force it takes over from. */
const SUCCESSION_YEARS = 10;

/**
 * A new agreement with an end and no start ("nytt avtal … för perioden fram till 2022") takes over from the agreement in force
 * the day after that one ends ("Nuvarande avtal … löper ut den 31 december 2017"): as sure as the less sure of the two, with the
 * evidence of both.
 */
function succeeding(doc: DocText, mentions: readonly PeriodMention[], chosen: Field<Period>): Field<Period> {
  const { start, end, openEnded } = chosen.value;
  if (start || !end || openEnded) return chosen;
  const ending = mentions.filter((m) => m.currentEnds && m.value.end && m.value.end < end && Number(end.slice(0, 4)) - Number(m.value.end.slice(0, 4)) <= SUCCESSION_YEARS);
  const endings = new Set(ending.map((m) => m.value.end));
  if (endings.size !== 1) return chosen;
  const previous = ending[0]!;
  const confidence = Math.min(chosen.confidence, previous.strength);
  return {
    value: { start: dayAfter(previous.value.end!), end, openEnded },
    confidence,
    needsReview: chosen.needsReview || confidence < REVIEW_THRESHOLD,
    evidence: [...chosen.evidence, doc.evidence(previous.start, previous.end)],
  };
}

/** How sure an end computed from a start and a length stated apart is, at most. */
const DURATION_END_CONFIDENCE = 0.6;

/**
 * A start with no end ("Avtalet börjar gälla den 1 mars 2024") takes its end from the agreement's length stated elsewhere
 * ("ett treårigt IOP"): less sure than either, with the evidence of both.
 */
function withDuration(doc: DocText, chosen: Field<Period>): Field<Period> {
  const { start, end, openEnded } = chosen.value;
  if (!start || end || openEnded) return chosen;
  const duration = statedDuration(doc.text);
  if (!duration) return chosen;
  const confidence = Math.min(chosen.confidence, DURATION_END_CONFIDENCE);
  return {
    value: { start, end: endAfterYears(start, duration.years), openEnded },
    confidence,
    needsReview: chosen.needsReview || confidence < REVIEW_THRESHOLD,
    evidence: [...chosen.evidence, doc.evidence(duration.start, duration.end)],
  };
}

/** A text's own mentions, found once per text (engine/memo.ts): the decision extractor reads the period too. */
const documentMentions = perText((text: string) => findPeriodMentions(text, pageDate(text)));

/** Every period mention in the text, each with its strength weighed by its sentence. */
export function findPeriodMentions(text: string, page: PageDate | null = null): PeriodMention[] {
  // Most texts asked (a listing's cells, a line) state no period: a rule is matched only where all its anchors are.
  const held = new Map<RegExp, boolean>();
  const holds = (anchor: RegExp) => {
    let found = held.get(anchor);
    if (found === undefined) held.set(anchor, (found = anchor.test(text)));
    return found;
  };
  // Split only once a mention is read.
  let spans: readonly TextSpan[] | undefined;
  const mentions: PeriodMention[] = [];
  const taken: { start: number; end: number }[] = [];
  // By sentence (its start and end in the text), what each sentence rule found there.
  const sentenceTests = new Map<number, Map<ContextRule, boolean>>();
  for (const rule of PERIOD_RULES) {
    if (!rule.anchors.every(holds)) continue;
    for (const m of ruleMatches(rule, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const reading = rule.read(m.groups ?? {}, page);
      if (!reading) continue;
      taken.push({ start, end });
      const sentence = sentenceAround(text, (spans ??= sentences(text)), start, end);
      const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
      // A sentence's rules are tested once: the mentions of one sentence (a range and its bounds, a list of years) share it.
      const key = sentence.start * (text.length + 1) + sentence.end;
      let tested = sentenceTests.get(key);
      if (!tested) sentenceTests.set(key, (tested = new Map()));
      const sentenceFits = (c: ContextRule) => {
        let fits = tested.get(c);
        if (fits === undefined) tested.set(c, (fits = c.pattern.test(sentence.text)));
        return fits;
      };
      const fired = CONTEXT_RULES.filter((c) => (!c.only || c.only.has(rule.name)) && (c.where === 'sentence' ? sentenceFits(c) : fitsAtEnd(c.pattern, before)));
      const factor = fired.reduce((f, c) => f * c.factor, 1);
      if (factor === 0) continue;
      mentions.push({
        value: reading.period,
        key: periodKey(reading.period),
        rule: rule.name,
        strength: Math.min(MAX_CONFIDENCE, Math.round(reading.strength * factor * 1000) / 1000),
        start,
        end,
        validity: fired.some((c) => c.name === 'validity'),
        historic: fired.some((c) => PAST_AGREEMENT_RULES.has(c.name)),
        currentEnds: fired.some((c) => c.name === 'current-agreement-ends'),
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * How far around a mention its sentence is read. Text from tables and lists can run for thousands of
 * characters without a sentence break; reading all of it for every mention would be quadratic.
 */
export const SENTENCE_REACH = 400;

/**
 * Whether two neighbouring spans were cut apart only by a line break: the first ends without closing
 * punctuation and no blank line or page break lies between. Narrow PDF columns wrap lines so that a line
 * looks like a heading to the sentence splitter ("Verksamheten finansieras av Region" / "Skåne med …").
 */
function wrappedApart(text: string, first: TextSpan, second: TextSpan): boolean {
  return !/[.!?;:…]["')\]”’»]*$/u.test(first.text) && !/\n[ \t]*\n|\f/.test(text.slice(first.end, second.start));
}

/**
 * The sentence that holds the span [start, end), rejoined across line-wrap cuts and cut to SENTENCE_REACH
 * characters either side of the span.
 */
export function sentenceAround(text: string, spans: readonly TextSpan[], start: number, end: number): TextSpan {
  const home = spanIndexAt(spans, start);
  let first = home;
  let last = home;
  if (home >= 0) {
    while (first > 0 && spans[first - 1]!.start >= start - SENTENCE_REACH && wrappedApart(text, spans[first - 1]!, spans[first]!)) first--;
    while (last + 1 < spans.length && spans[last + 1]!.end <= end + SENTENCE_REACH && wrappedApart(text, spans[last]!, spans[last + 1]!)) last++;
  }
  const from = Math.max(spans[first]?.start ?? start, start - SENTENCE_REACH);
  const to = Math.max(end, Math.min(spans[last]?.end ?? end, end + SENTENCE_REACH));
  return { start: from, end: to, text: text.slice(from, to) };
}

function periodKey(p: Period): string {
  return `${p.start ?? ''}|${p.end ?? ''}|${p.openEnded}`;
}

/** Two periods disagree when a bound both give differs (a start-only mention does not contradict a full range). */
function disagrees(a: Period, b: Period): boolean {
  return (a.start !== null && b.start !== null && a.start !== b.start) || (a.end !== null && b.end !== null && a.end !== b.end);
}
