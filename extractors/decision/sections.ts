/**
 * The sections of a document that hold a decision, found by their headings (lexicon decision-words.json):
 * what the meeting decided ("Beslut"), a proposal to a higher body that the meeting recorded ("Beslut –
 * Förslag till kommunfullmäktige", "Arbetsutskottets förslag till regionstyrelsen"), a proposal not yet
 * decided ("Förslag till beslut", "Ordförandens förslag"), and the procedure ("Beslutsgång").
 * A section runs from its heading to the next heading.
 */
import words from '../lexicon/decision-words.json' with { type: 'json' };
import { sentences, type TextSpan } from '../engine/sentences.js';

export type SectionKind = 'recorded' | 'proposalToBody' | 'proposal' | 'procedure';

export interface Section {
  kind: SectionKind;
  heading: TextSpan;
  sentences: TextSpan[];
}

/** "Beslut – Förslag till kommunfullmäktige", "Arbetsutskottets förslag till regionstyrelsen". */
export const PROPOSAL_TO_BODY = /^(?:beslut\s*[–-]\s*)?(?:\p{L}+s\s+)?förslag\s+till\s+(?!beslut)\p{L}+(?:\s+\p{L}+)?$/u;

/** "Kommunstyrelsens beslut", "Arbetsutskottets beslut": what the named body decided. */
export const RECORDED_BY_BODY = /^\p{L}+s\s+beslut$/u;

/** A short line without closing punctuation, not a list item: a heading this lexicon does not know. */
const HEADING_LIKE = /^\p{Lu}[^.!?;:]*$/u;
const HEADING_MAX_WORDS = 6;
/** A decision section is short; beyond this the heading was probably not a section heading. */
const MAX_SENTENCES = 15;

const HEADINGS = new Map<string, SectionKind | 'other'>(
  (Object.entries(words.headings) as [SectionKind | 'other', string[]][]).flatMap(([kind, phrases]) =>
    phrases.map((phrase): [string, SectionKind | 'other'] => [phrase, kind]),
  ),
);

const normalised = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:]+$/, '').trim();

/** What kind of heading a sentence is, or null for a sentence of running text. */
export function headingKind(text: string): SectionKind | 'other' | null {
  const key = normalised(text);
  const known = HEADINGS.get(key);
  if (known) return known;
  if (PROPOSAL_TO_BODY.test(key)) return 'proposalToBody';
  if (RECORDED_BY_BODY.test(key)) return 'recorded';
  return null;
}

/** "Beslut: Nämnden godkänner …" is a heading and the first sentence of its section. */
function splitInlineHeading(sentence: TextSpan): TextSpan[] {
  const m = /^([^:\n]{3,45}):[ \t]*(?=\S)/.exec(sentence.text);
  if (!m || headingKind(m[1]!) === null) return [sentence];
  const restStart = sentence.start + m[0].length;
  return [
    { start: sentence.start, end: sentence.start + m[1]!.length, text: m[1]! },
    { start: restStart, end: sentence.end, text: sentence.text.slice(m[0].length) },
  ];
}

export function decisionSections(text: string): Section[] {
  const found: Section[] = [];
  let open: Section | null = null;
  for (const sentence of sentences(text).flatMap(splitInlineHeading)) {
    const kind = headingKind(sentence.text);
    const endsOpen =
      kind !== null ||
      (open !== null &&
        open.sentences.length > 0 &&
        HEADING_LIKE.test(sentence.text) &&
        sentence.text.split(/\s+/).length <= HEADING_MAX_WORDS) ||
      (open !== null && open.sentences.length >= MAX_SENTENCES);
    if (endsOpen) open = null;
    if (kind && kind !== 'other') {
      open = { kind, heading: sentence, sentences: [] };
      found.push(open);
    } else if (open && !endsOpen) {
      open.sentences.push(sentence);
    }
  }
  return found;
}
