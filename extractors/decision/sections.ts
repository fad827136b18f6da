/**
 * The sections of a document that hold a decision, found by their headings (lexicon decision-words.json):
 * what the meeting decided ("Beslut"), a proposal to a higher body that the meeting recorded ("Beslut –
 * Förslag till kommunfullmäktige", "Arbetsutskottets förslag till regionstyrelsen"), a proposal not yet
 * decided ("Förslag till beslut", "Ordförandens förslag"), and the procedure ("Beslutsgång").
 * A section runs from its heading to the next heading.
 */
import words from '../lexicon/decision-words.json' with { type: 'json' };
import { headingRegex, runInHeadingLength, sentences, type TextSpan } from '../engine/sentences.js';
import { perText } from '../engine/memo.js';

export type SectionKind = 'recorded' | 'proposalToBody' | 'proposal' | 'procedure';

export interface Section {
  kind: SectionKind;
  heading: TextSpan;
  sentences: TextSpan[];
}

/**
 * A body's name as it stands in the genitive heading its section ("Kommunstyrelsen|s", "Kultur- och
 * fritidsnämnden|s": a name of two joined words, the first cut at its hyphen); the genitive's -s follows.
 */
export const OWNER_NAME = String.raw`(?:\p{L}+-\s+och\s+)?\p{L}+`;

/**
 * A body's proposal as a heading of its own line, without its addressee: "Arbetsutskottets förslag", "Kommunstyrelsens
 * förslag" — the preparing body's proposal to the meeting, like "Arbetsutskottets förslag till kultur- och fritidsnämnden". The
 * whole heading only ("Kommunstyrelsens förslag innebär att …" is a sentence), and only a body's ("Förvaltningens förslag" is
 * staff's proposal: decision-words.json).
 */
const OWNER_BODY = String.raw`(?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnden|styrelsen|fullmäktige|utskottet)`;

/**
 * "Beslut – Förslag till kommunfullmäktige" (also without its dash, a page's lines flattened: "Beslut Förslag till
 * kommunfullmäktige"), "Arbetsutskottets förslag till regionstyrelsen" (or to a body of two joined words: "… till kultur- och
 * fritidsnämnden"), "Förslag till
 * beslut i kommunstyrelsen" (an arbetsutskott's proposal to its board).
 */
export const PROPOSAL_TO_BODY = new RegExp(
  String.raw`^(?:(?:beslut(?:\s*[–-])?\s+)?(?:${OWNER_NAME}s\s+)?förslag\s+till\s+(?:beslut\s+(?:i|till|för)\s+)?(?!beslut)${OWNER_NAME}|${OWNER_BODY}s\s+förslag[\s:]*$)`,
  'iu',
);

/** "Kommunstyrelsens beslut", "Kultur- och fritidsnämndens beslut": what the named body decided. */
export const RECORDED_BY_BODY = new RegExp(String.raw`^${OWNER_NAME}s\s+beslut(?![\p{L}])`, 'iu');

/** A short line without closing punctuation, not a list item: a heading this lexicon does not know. */
const HEADING_LIKE = /^\p{Lu}[^.!?;:]*$/u;
const HEADING_MAX_WORDS = 6;
/** A decision section is short; beyond this the heading was probably not a section heading. */
const MAX_SENTENCES = 15;

type HeadingKind = SectionKind | 'other';

/** Every heading with its kind; the lexicon's phrases first, so "förslag till beslut" is no proposal to a body. */
const HEADINGS: readonly { kind: HeadingKind; regex: RegExp }[] = [
  ...(Object.entries(words.headings) as [HeadingKind, string[]][]).flatMap(([kind, phrases]) =>
    phrases.map((phrase) => ({ kind, regex: headingRegex(phrase) })),
  ),
  { kind: 'proposalToBody', regex: PROPOSAL_TO_BODY },
  { kind: 'recorded', regex: RECORDED_BY_BODY },
];

/** The heading that starts a sentence, also run into its text ("Beslut Nämnden beviljar …"), or null. */
function leadingHeading(text: string): { kind: HeadingKind; length: number } | null {
  let best: { kind: HeadingKind; length: number } | null = null;
  for (const { kind, regex } of HEADINGS) {
    const length = runInHeadingLength(text, regex);
    if (length > (best?.length ?? 0)) best = { kind, length };
  }
  return best;
}

/** What kind of heading a whole sentence is, or null for a sentence of running text. */
export function headingKind(text: string): HeadingKind | null {
  return kindOf(text, leadingHeading(text));
}

const kindOf = (text: string, heading: { kind: HeadingKind; length: number } | null): HeadingKind | null =>
  heading && text.slice(heading.length).replace(/[\s:]/g, '') === '' ? heading.kind : null;

/**
 * A heading and the first sentence of its section, when the text runs them together; each with its heading kind. A sentence
 * left whole keeps the heading read from it (the parts of a split one are read again: each is a text of its own).
 */
function splitRunInHeading(sentence: TextSpan): { sentence: TextSpan; kind: HeadingKind | null }[] {
  const heading = leadingHeading(sentence.text);
  if (!heading) return [{ sentence, kind: null }];
  const rest = sentence.text.slice(heading.length).replace(/^[\s:]+/, '');
  if (rest === '') return [{ sentence, kind: kindOf(sentence.text, heading) }];
  const restStart = sentence.end - rest.length;
  return [
    { start: sentence.start, end: sentence.start + heading.length, text: sentence.text.slice(0, heading.length) },
    { start: restStart, end: sentence.end, text: rest },
  ].map((part) => ({ sentence: part, kind: headingKind(part.text) }));
}

/**
 * A proposal heading run into the middle of a sentence, where a page has flattened a tjänsteskrivelse's lines into one
 * ("… Kommunstyrelsen Riktlinjer, idéburet offentligt partnerskap Förslag till beslut Kommunstyrelsen föreslås besluta
 * att godkänna …"): written as a heading (capital F), and followed at once by a body and its decision clause. Not the
 * phrase in running text ("… lämnade förslag till beslut i ärendet", "Förslag till beslut finns i bilaga 1").
 */
/** The end of a body's name in the subject of that clause: "Kommunstyrelsen", "Kultur- och fritidsnämnden", "Stadsdelsnämnden". */
const SUBJECT_BODY = String.raw`(?:\p{L}+-\s+och\s+)?\p{Lu}\p{L}*(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet)`;
const CLAUSE_VERB = words.decisionClauseVerbs.map((v) => v.replace(/ /g, String.raw`\s+`)).join('|');
/**
 * A recorded decision's heading run into a sentence the same way, an excerpt's lines flattened ("… Dnr KS (2010-KS0119) KF
 * Beslut Kommunstyrelsen beslutar enligt arbetsutskottets förslag."; "… (KSKF/2016:345) Beslut Förslag till
 * kommunfullmäktige 1. …"): "Beslut" capitalised, a body and its decision clause, or a proposal to a body, at once after it.
 * Not the word in running text ("… enligt Beslut i kommunstyrelsen", "Beslut fattades av nämnden").
 */
const EMBEDDED_DECISION = String.raw`Beslut:?\s+(?=${SUBJECT_BODY}\s+(?:${CLAUSE_VERB})(?![\p{L}])|Förslag\s+till\s+\p{L}*(?:fullmäktige|styrelsen|nämnden)(?![\p{L}]))`;
const EMBEDDED_PROPOSAL = new RegExp(String.raw`(?<=\s)(?:Förslag\s+till\s+beslut:?\s+(?=${SUBJECT_BODY}\s+(?:${CLAUSE_VERB})(?![\p{L}]))|${EMBEDDED_DECISION})`, 'u');

/** A sentence cut before a proposal heading run into its middle (EMBEDDED_PROPOSAL), else left whole. */
function splitEmbeddedProposal(sentence: TextSpan): TextSpan[] {
  const m = EMBEDDED_PROPOSAL.exec(sentence.text);
  if (!m) return [sentence];
  const cut = sentence.start + m.index;
  return [
    { start: sentence.start, end: cut, text: sentence.text.slice(0, m.index).trimEnd() },
    { start: cut, end: sentence.end, text: sentence.text.slice(m.index) },
  ];
}

/** Read once per text (engine/memo.ts): the kind of a matter and its decision both read a document's sections. */
export const decisionSections: (text: string) => readonly Section[] = perText(readDecisionSections);

function readDecisionSections(text: string): Section[] {
  const found: Section[] = [];
  let open: Section | null = null;
  for (const { sentence, kind } of sentences(text).flatMap(splitEmbeddedProposal).flatMap(splitRunInHeading)) {
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
