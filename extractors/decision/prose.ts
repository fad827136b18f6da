/**
 * A decision reported in running text — a news page or a press release, not a protocol: "Vid sitt
 * sammanträde den 27 november beslutade kommunstyrelsen att …", "Socialnämnden har godkänt …",
 * "Regionstyrelsen sa ja till …", "Beslut om IOP-avtalet togs av kommunstyrelsen i december". The sentence
 * must name a body (one the parties extractor found) and a reporting verb; the date is one the sentence
 * gives ("den 27 november", "2013-08-20"), its year from the document's own date where the sentence has
 * none. Examples and counter-examples are in decision.test.ts.
 */
import monthNames from '../lexicon/months.json' with { type: 'json' };
import { sentences, type TextSpan } from '../engine/sentences.js';
import type { BodyMention } from './body.js';
import type { Outcome } from './outcomes.js';
import { canonicalOrgan, isPublicBody } from '../parties/index.js';

/**
 * A body's name in running text, where the parties extractor named none: "kommunstyrelsen", "Kultur- och
 * fritidsnämnden", "regionfullmäktige" (the body's grammar is the parties extractor's isPublicBody).
 */
const BODY_WORD = /(?<![\p{L}])(?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet)(?![\p{L}])/giu;

function bodiesIn(sentence: TextSpan): BodyMention[] {
  return [...sentence.text.matchAll(BODY_WORD)].flatMap((m) => {
    const value = canonicalOrgan(m[0]);
    return isPublicBody(value) ? [{ value, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }] : [];
  });
}

/** Verbs that report a decision taken, in the past or perfect. */
export const REPORTED_APPROVAL =
  /(?<![\p{L}])(?:beslutade|har\s+beslutat|godkände|har\s+godkänt|sa\s+ja\s+till|beviljade|har\s+beviljat|antog|gav\s+(?:[\p{L}-]+\s+){0,4}?i\s+uppdrag|fick\s+i\s+uppdrag|(?:tog|fattade)\s+(?:[\p{L}-]+\s+){0,4}?beslut|togs\s+av)(?![\p{L}])/iu;
/** Verbs that report an agreement concluded: a decision taken, though the text may not say by whom. */
export const REPORTED_AGREEMENT = /(?<![\p{L}])(?:har\s+tecknat|tecknade|har\s+ingått|ingick|har\s+(?:skrivit|skrivits)\s+under|skrev\s+under|undertecknade|har\s+undertecknat)(?![\p{L}])/iu;
export const REPORTED_REFUSAL = /(?<![\p{L}])(?:avslog|har\s+avslagit|sa\s+nej\s+till)(?![\p{L}])/iu;

const MONTHS: Record<string, number> = monthNames.months;
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** "2013-08-20", "den 27 november", "20 augusti 2013". */
const SENTENCE_DATE = new RegExp(`((?:19|20)\\d{2})-(\\d{2})-(\\d{2})|(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH})\\.?(?:\\s+((?:19|20)\\d{2}))?(?![\\p{L}])`, 'iu');
/** A full date, and a year alone. */
const FULL_DATE = new RegExp(`((?:19|20)\\d{2})-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTH})\\.?\\s+((?:19|20)\\d{2})`, 'iu');
const DATELINE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;
const DATELINE_CHARS = 600;

export interface ProseDecision {
  outcome: Outcome;
  /** Null where an agreement is reported concluded but no body is named. */
  body: BodyMention | null;
  date: { value: string; start: number; end: number } | null;
  sentence: TextSpan;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The document's own year: the first year at its top (a dateline, "Aug 21, 2013"), else that of its first full date. */
function documentYear(text: string): string | null {
  const dateline = DATELINE_YEAR.exec(text.slice(0, DATELINE_CHARS));
  if (dateline) return dateline[1]!;
  const full = FULL_DATE.exec(text);
  return full ? (full[1] ?? full[2] ?? null) : null;
}

function sentenceDate(text: string, sentence: TextSpan): ProseDecision['date'] {
  const m = SENTENCE_DATE.exec(sentence.text);
  if (!m) return null;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  if (m[1]) return { value: `${m[1]}-${m[2]}-${m[3]}`, start, end };
  const year = m[6] ?? documentYear(text);
  return year ? { value: `${year}-${pad(MONTHS[m[5]!.toLowerCase()]!)}-${pad(Number(m[4]))}`, start, end } : null;
}

/** The reported decision that says most: with its date and body, else its body, else an agreement concluded. */
export function proseDecision(text: string, bodies: readonly BodyMention[]): ProseDecision | null {
  let best: { found: ProseDecision; rank: number } | null = null;
  for (const sentence of sentences(text)) {
    const refusal = REPORTED_REFUSAL.exec(sentence.text);
    const agreement = refusal ? null : REPORTED_AGREEMENT.exec(sentence.text);
    const verb = refusal ?? agreement ?? REPORTED_APPROVAL.exec(sentence.text);
    if (!verb) continue;
    const at = sentence.start + verb.index;
    const named = bodies.filter((b) => b.start >= sentence.start && b.end <= sentence.end);
    // The body nearest the verb: its subject before it, or after it in an inverted clause.
    const body = (named.length > 0 ? named : bodiesIn(sentence)).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0] ?? null;
    if (!body && !agreement) continue;
    const found: ProseDecision = { outcome: refusal ? 'avslag' : 'bifall', body, date: body ? sentenceDate(text, sentence) : null, sentence };
    const rank = (found.date ? 2 : 0) + (body ? 1 : 0);
    if (!best || rank > best.rank) best = { found, rank };
    if (rank === 3) break;
  }
  return best?.found ?? null;
}
