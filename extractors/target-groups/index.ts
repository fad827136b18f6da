/**
 * Target groups (målgrupper) as short phrases close to the text's wording, each with its evidence.
 * Two sources: the items of a "Målgrupp" section, and phrases after the trigger rules of rules.ts,
 * cut at the end of the noun phrase and split where "samt"/"och" starts a second group of people.
 * Mentions of the same group in slightly different words ("hos arbetsmarknadsavdelningen" /
 * "hos förvaltningens arbetsmarknadsavdelning") are one value with several pieces of evidence.
 */
import type { Field } from '../../pipeline/contract.js';
import { mergeCandidates, type Candidate } from '../engine/candidate.js';
import type { DocText } from '../engine/doc-text.js';
import { sentences, words, type TextSpan } from '../engine/sentences.js';
import {
  COORDINATION,
  LEADING_DETERMINER,
  LIST_MARKER,
  INFINITIVE_END,
  MAX_ITEM_WORDS,
  MAX_PHRASE_WORDS,
  MIN_WORDS_BEFORE_SPLIT,
  namesPeople,
  PHRASE_END,
  SECTION_HEADING,
  SECTION_NUMBER,
  SECTION_STRENGTH,
  TRIGGER_RULES,
  type TriggerRule,
} from './rules.js';

/** How far past its heading a Målgrupp section is read. */
const SECTION_MAX_SENTENCES = 8;
/** Two phrases whose content words overlap this much (Jaccard) are mentions of the same group. */
const SAME_GROUP_OVERLAP = 0.6;

export function extractTargetGroups(doc: DocText): Field<string>[] {
  const spans = sentences(doc.text);
  const found = [...sectionCandidates(spans), ...spans.flatMap((s) => TRIGGER_RULES.flatMap((rule) => triggerCandidates(s, rule)))];
  return mergeCandidates(doc, groupMentions(withoutNested(found)));
}

/**
 * The list items under a "Målgrupp" heading, or else the phrases of its first sentence. The section ends
 * at the next heading: a short line without closing punctuation — numbered like the Målgrupp heading when
 * that one is numbered (then "1. Barn och unga" under an unnumbered heading is still a list item).
 */
function sectionCandidates(spans: readonly TextSpan[]): Candidate<string>[] {
  const candidates: Candidate<string>[] = [];
  spans.forEach((heading, h) => {
    const opening = heading.text.match(SECTION_HEADING);
    if (!opening) return;
    const numbered = opening.groups?.number !== undefined;
    const section = spans.slice(h + 1, h + 1 + SECTION_MAX_SENTENCES);
    const end = section.findIndex((s) => isHeading(s.text, numbered));
    const body = end < 0 ? section : section.slice(0, end);
    const items = body.filter((s) => LIST_MARKER.test(s.text));
    if (items.length === 0) {
      if (body[0]) candidates.push(...phrasesAfter(body[0], 0, { name: 'malgrupp-section', strength: SECTION_STRENGTH, needsPeople: true }));
      return;
    }
    for (const item of items) {
      const marker = item.text.match(LIST_MARKER)?.[0].length ?? 0;
      const phrase = phraseAt(item.text, item.start, marker, item.text.length, MAX_ITEM_WORDS);
      if (phrase) candidates.push({ ...phrase, rule: 'malgrupp-section', strength: SECTION_STRENGTH });
    }
  });
  return candidates;
}

function isHeading(text: string, numberedHeadings: boolean): boolean {
  const numbered = SECTION_NUMBER.test(text);
  if (numbered !== numberedHeadings && (numbered || LIST_MARKER.test(text))) return false;
  return !/[.:!?]$/.test(text) && words(text.replace(SECTION_NUMBER, '')).length <= 4;
}

/** Phrases that follow a rule's trigger in one sentence. */
function triggerCandidates(sentence: TextSpan, rule: TriggerRule): Candidate<string>[] {
  if (rule.sentenceCue && !rule.sentenceCue.test(sentence.text)) return [];
  return [...sentence.text.matchAll(rule.trigger)].flatMap((m) => phrasesAfter(sentence, m.index + m[0].length, rule));
}

/** The target-group phrases of a sentence from offset `from`: cut at the end of the noun phrase, split at coordinated groups. */
function phrasesAfter(sentence: TextSpan, from: number, rule: Pick<TriggerRule, 'name' | 'strength' | 'needsPeople'>): Candidate<string>[] {
  const rest = sentence.text.slice(from);
  const clause = rest.slice(0, rest.match(PHRASE_END)?.index ?? rest.length);
  const end = from + (clause.match(INFINITIVE_END)?.[0].length ?? clause.length);
  return conjuncts(sentence.text, from, end).flatMap(([start, stop]) => {
    const phrase = phraseAt(sentence.text, sentence.start, start, stop);
    return phrase && (!rule.needsPeople || namesPeople(phrase.value)) ? [{ ...phrase, rule: rule.name, strength: rule.strength }] : [];
  });
}

/** Splits [from, end) where a coordinator starts a new group of people (see COORDINATION). */
function conjuncts(text: string, from: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (const m of text.slice(from, end).matchAll(COORDINATION)) {
    const at = from + m.index;
    const next = at + m[0].length;
    const longEnough = m.groups?.preposition !== undefined || words(text.slice(start, at)).length >= MIN_WORDS_BEFORE_SPLIT;
    if (longEnough && namesPeople(text.slice(next, end))) {
      parts.push([start, at]);
      start = next;
    }
  }
  parts.push([start, end]);
  return parts;
}

/** The phrase in text[start, end) as a value: determiners and end punctuation off, whitespace collapsed. */
function phraseAt(text: string, offset: number, start: number, end: number, maxWords = MAX_PHRASE_WORDS): Omit<Candidate<string>, 'rule' | 'strength'> | null {
  let s = start;
  let e = end;
  const determiner = text.slice(s, e).match(LEADING_DETERMINER);
  if (determiner) s += determiner[0].length;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  const raw = text.slice(s, e);
  const count = words(raw).length;
  if (count === 0 || count > maxWords) return null;
  const value = lowerFirst(raw.replace(/\s+/g, ' '));
  return { value, key: value.toLocaleLowerCase('sv'), start: offset + s, end: offset + e };
}

/** "Individer som …" → "individer som …"; an acronym ("HBTQ-personer") keeps its capitals. */
const lowerFirst = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase('sv') + text.slice(1) : text);

/**
 * Drops a mention that lies inside another one (a "för …" phrase inside a "målgruppen är …" phrase), and
 * a span two rules found twice, keeping the stronger rule: one mention is one piece of evidence.
 */
function withoutNested(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const outranks = (o: Candidate<string>, c: Candidate<string>, i: number, j: number) =>
    o.start !== c.start || o.end !== c.end ? true : o.strength > c.strength || (o.strength === c.strength && j < i);
  return candidates.filter((c, i) => !candidates.some((o, j) => j !== i && o.start <= c.start && c.end <= o.end && outranks(o, c, i, j)));
}

/** Gives mentions of the same group (content words overlapping by SAME_GROUP_OVERLAP) one key. */
function groupMentions(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const groups: Array<{ key: string; tokens: Set<string> }> = [];
  return candidates.map((c) => {
    const tokens = new Set(words(c.key).map((w) => w.text));
    let group = groups.find((g) => jaccard(g.tokens, tokens) >= SAME_GROUP_OVERLAP);
    if (!group) {
      group = { key: c.key, tokens };
      groups.push(group);
    }
    return { ...c, key: group.key };
  });
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
