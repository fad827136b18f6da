/**
 * Target groups (målgrupper) as short phrases close to the text's wording, each with its evidence.
 * Two sources: the items of a "Målgrupp" section, and phrases after the trigger rules of rules.ts,
 * cut at the end of the noun phrase and split where "samt"/"och" starts a second group of people.
 * Mentions of the same group in slightly different words ("hos arbetsmarknadsavdelningen" /
 * "hos förvaltningens arbetsmarknadsavdelning") are one value with several pieces of evidence.
 */
import type { Field } from '../../pipeline/contract.js';
import { mergeCandidates, type Candidate } from '../engine/candidate.js';
import { combineStrengths, REVIEW_THRESHOLD } from '../engine/confidence.js';
import type { DocText } from '../engine/doc-text.js';
import { perDoc } from '../engine/memo.js';
import { spanIndexAt } from '../engine/sorted.js';
import { words, type TextSpan } from '../engine/sentences.js';
import { eachMatch, matchesNear } from '../engine/sticky.js';
import {
  AGE_BOUND,
  ANY_PERSON,
  ANY_PERSON_WORDS,
  AGE_GROUP,
  AGE_WORDS,
  ATTRIBUTE_BEFORE_COMMA,
  aboutPartnership,
  BARE_HEAD,
  BESIDE_NAMED_CEILING,
  LONE_WORD_CEILING,
  CEILING,
  CENTRE_NAME,
  CAPITAL_END,
  CLOSED_NEITHER_NOR,
  COORDINATION,
  COUNTED,
  COUNT_BEFORE_GROUP,
  EXAMPLE_SENTENCE,
  GENERIC_POPULATION,
  GRANT_FOR_PEOPLE_ACTIVITY,
  HARD_TO_REACH,
  HYPHEN_QUOTE,
  LEADING_DETERMINER,
  LIST_COMMA,
  LIST_INTRO,
  LIST_INTRO_OPEN,
  LIST_MARKER,
  INFINITIVE_END,
  INFINITIVE_START,
  isPeopleWord,
  MAX_ITEM_WORDS,
  MAX_PHRASE_WORDS,
  MIN_WORDS_BEFORE_SPLIT,
  MIXED_SECTION_HEADING,
  MODIFIED_PEOPLE,
  NAMED_BEFORE,
  NAMED_BEFORE_STRENGTH,
  NAME_AFTER_COORDINATOR,
  MODIFIER_START,
  NARROWING,
  NEXT_CLAUSE_SUBJECT,
  namesPeople,
  OPEN_RELATIVE,
  OTHERS_AFTER_COORDINATOR,
  opensWithDoers,
  opensWithPeople,
  NAMING_STRENGTH,
  ORGANISATION_BACKGROUND,
  peopleHead,
  PHRASE_END,
  PLACE,
  PEOPLE_PREFIXES,
  PLACED_IN_THE_WORK,
  SETTING,
  PRESENTS_ORGANISATION,
  PRONOUN_FOR_GROUP,
  RECEIVER_SUBJECT,
  QUOTED_PARAGRAPH,
  RELATIVE_ITEM,
  REFERS_BACK,
  SECTION_HEADING,
  SECTION_NUMBER,
  SECOND_OFFER,
  SECTION_STRENGTH,
  SHARED_MODIFIER_LIST,
  STRENGTH,
  REFLEXIVE_OWN,
  tierOf,
  VOLUNTEERS,
  TRIGGER_RULES,
  type TriggerRule,
} from './rules.js';
import { mayMatch, possibleRules } from './trigger-literals.js';

/** How far past its heading a Målgrupp section is read. */
const SECTION_MAX_SENTENCES = 8;
/** List items closer than this (characters) stand in one list. */
const SAME_LIST_SPAN = 600;
/** Two phrases whose content words overlap this much (Jaccard) are mentions of the same group. */
const SAME_GROUP_OVERLAP = 0.6;
/**
 * Words that say nothing of who the people are: compared without them too, "motorintresserade ungdomar" and
 * "ungdomar som är motorintresserade" are one group.
 */
const GROUPING_FUNCTION_WORDS: ReadonlySet<string> = new Set(['som', 'är', 'har', 'i', 'och', 'med', 'av', 'de', 'den', 'det', 'en', 'ett', 'deras', 'dess', 'sina', 'såväl']);
/**
 * Inflectional endings a word is compared without: "personer med funktionsnedsättning" and "… funktionsnedsättningar" are one
 * group (longest first; the stem keeps at least MIN_STEM letters, so "barn" and "unga" stay whole).
 */
const INFLECTIONS = /(?:arna|erna|orna|ar|er|or|na|en|et)$/u;
const MIN_STEM = 5;
const stem = (word: string): string => {
  const m = INFLECTIONS.exec(word);
  return m && word.length - m[0].length >= MIN_STEM ? word.slice(0, m.index) : word;
};

export function extractTargetGroups(doc: DocText): Field<string>[] {
  const candidates = targetGroupCandidates(doc);
  const groups = new Map<string, Candidate<string>[]>();
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) groups.set(c.key, [...(groups.get(c.key) ?? []), c]);
  const named = [...groups.values()].some((group) => group.some((c) => tierOf(c.strength) === 'named'));
  return [...groups.values()].flatMap((group) => mergeCandidates(doc, group).map((field) => withinCeiling(field, group, named)));
}

/**
 * A group's confidence from the mentions of the strongest way the text points at it, held to that tier's ceiling
 * (rules.ts CEILING): a weaker mention of a group the text names ("stöd till kvinnor" beside "Målgruppen är
 * kvinnor …") is the same reading again, not further evidence. Where the text names its target group, people it
 * only infers elsewhere (other heads; the same head is folded into the named group) are less likely a second target
 * group than people the text speaks of in passing ("erbjuda deltagande kvinnor och män …" beside "Målgruppen är
 * individer inskrivna hos …"): BESIDE_NAMED_CEILING. So are people named in one word and read off in passing ("stöd till
 * anhöriga"): LONE_WORD_CEILING.
 */
function withinCeiling(field: Field<string>, group: readonly Candidate<string>[], textNamesAGroup: boolean): Field<string> {
  const tier = tierOf(Math.max(...group.map((c) => c.strength)));
  const readOff = tier === 'inferred' || tier === 'purpose';
  const lone = tier === 'inferred' && words(field.value).length === 1;
  const ceiling = Math.min(CEILING[tier], readOff && textNamesAGroup ? BESIDE_NAMED_CEILING : 1, lone ? LONE_WORD_CEILING : 1);
  const confidence = Math.min(ceiling, combineStrengths(group.filter((c) => tierOf(c.strength) === tier).map((c) => c.strength)));
  return { ...field, confidence, needsReview: confidence < REVIEW_THRESHOLD };
}

/**
 * Every mention of a target group with the rule that found it, mentions of one group sharing a key (before merging).
 * What a quoted speaker says of the people helped is opinion, read only when the rest of the text names no group
 * (a news item whose only mention is the quote: "- Det är en ynnest att få hjälpa de som är samhällets mest utsatta,
 * säger …"); a quoted "målgruppen är …" names the group wherever it stands.
 */
export const targetGroupCandidates = perDoc(readCandidates);

/** targetGroupCandidates before its memo: its callers (extractTargetGroups, listings' list-target-groups.ts for each list) share one reading. */
function readCandidates(doc: DocText): readonly Candidate<string>[] {
  const spans = doc.sentences;
  // A sentence that names its speaker (", säger ordföranden.") is quoted speech whatever its paragraph opens with: the quote's
  // mark often stands paragraphs before, or the page lost it.
  const said = new Set(spans.filter((s) => quoted(doc.text, s.start) || HYPHEN_QUOTE.speaker.test(s.text)));
  const triggered = (sentences: readonly TextSpan[], rules: readonly TriggerRule[]) =>
    sentences.flatMap((s) => {
      // Read once per sentence, and only when a read-off rule has matched in it.
      let about: boolean | undefined;
      const isAbout = () => (about ??= aboutPartnership(s.text));
      const possible = possibleRules(s.text);
      return rules.flatMap((rule) => (mayMatch(possible, rule) ? triggerCandidates(s, rule, isAbout) : []));
    });
  // The sentence a mention stands in: a group written in fewer words is folded into a fuller one only from another sentence.
  const sentenceOf = (offset: number) => spanIndexAt(spans, offset);
  // "för dessa barnfamiljer" points back at the group already named ("hemlösa barnfamiljer"), however it is read.
  const refersBack = (c: Candidate<string>) => REFERS_BACK.test(doc.text.slice(Math.max(0, c.start - 12), c.start));
  const written = mentions(sentenceOf, refersBack, presentingLast(spans, [
    ...sectionCandidates(spans, doc.text),
    ...spans.flatMap(namedBefore),
    ...spans.flatMap(peopleOfGrantedActivity),
    ...spans.filter((s) => !said.has(s)).flatMap(receiverSubject),
    ...spans.flatMap((s, i) => (i > 0 ? namedByPronoun(spans[i - 1]!, s) : [])),
    ...triggered(spans.filter((s) => !said.has(s)), TRIGGER_RULES),
    ...triggered([...said], TRIGGER_RULES.filter((rule) => rule.defining)),
  ]));
  return written.length > 0 ? written : mentions(sentenceOf, refersBack, triggered([...said], TRIGGER_RULES.filter((rule) => !rule.defining)));
}

/**
 * People read off a sentence presenting an organisation (PRESENTS_ORGANISATION) are whom it serves in general: kept only
 * where nothing else is found ("… är en ideell organisation som ger stöd till brottsoffer" beside "stöd … för brottsutsatta");
 * read off its background (ORGANISATION_BACKGROUND: its history, its statutes' purpose), never.
 */
function presentingLast(spans: readonly TextSpan[], found: readonly Candidate<string>[]): Candidate<string>[] {
  const after = (pattern: RegExp) => (c: Candidate<string>) => {
    if (c.strength >= NAMING_STRENGTH) return false;
    const s = spans[spanIndexAt(spans, c.start)];
    return s !== undefined && pattern.test(s.text.slice(0, c.start - s.start));
  };
  const kept = found.filter((c) => !after(ORGANISATION_BACKGROUND)(c));
  const general = kept.filter(after(PRESENTS_ORGANISATION));
  return general.length > 0 && general.length < kept.length ? kept.filter((c) => !general.includes(c)) : kept;
}

/** Found phrases as mentions of groups: nested ones dropped, one key per group, the whole population and bare heads left out. */
function mentions(sentenceOf: (offset: number) => number, refersBack: (c: Candidate<string>) => boolean, found: readonly Candidate<string>[]): Candidate<string>[] {
  const reachOnly = (c: Candidate<string>) => c.strength < NAMING_STRENGTH && HARD_TO_REACH.test(c.value);
  return inWiderMention(sentenceOf, inFullerWording(sentenceOf, refersBack, sameHeadAsNamed(groupMentions(withoutNested(found))))).filter(
    (c) => !GENERIC_POPULATION.test(c.value) && !BARE_HEAD.test(c.value) && !reachOnly(c),
  );
}

/** The group a sentence names before "… utgör målgruppen" (NAMED_BEFORE), when it names people. */
function namedBefore(sentence: TextSpan): Candidate<string>[] {
  const m = NAMED_BEFORE.exec(sentence.text);
  if (!m) return [];
  const phrase = phraseAt(sentence.text, sentence.start, 0, m.groups!.group!.length);
  return phrase && namesPeople(phrase.value) ? [{ ...phrase, rule: 'named-before', strength: NAMED_BEFORE_STRENGTH }] : [];
}

/** The people a sentence says may receive the help, its subject (RECEIVER_SUBJECT): read off, as "stöd till …" is. */
function receiverSubject(sentence: TextSpan): Candidate<string>[] {
  const m = RECEIVER_SUBJECT.exec(sentence.text);
  if (!m) return [];
  const from = m[0].indexOf(m.groups!.group!);
  const strength = aboutPartnership(sentence.text) ? STRENGTH.purpose : STRENGTH.inferred;
  const rule = { name: 'receiver-subject', strength, needsPeople: true, opensWithPeople: true };
  return phrasesAfter({ ...sentence, text: sentence.text.slice(0, from + m.groups!.group!.length) }, from, rule);
}

const GRANT_WORDS = /bidrag|anslag/iu;

/** The people a granted activity's compound names (GRANT_FOR_PEOPLE_ACTIVITY): "bidrag … för sin barn- och ungdomsverksamhet". */
function peopleOfGrantedActivity(sentence: TextSpan): Candidate<string>[] {
  // Most sentences name no grant: the pattern (its leading letter run tried at every word) is tried only where one does.
  if (!GRANT_WORDS.test(sentence.text)) return [];
  return [...eachMatch(GRANT_FOR_PEOPLE_ACTIVITY, sentence.text)].map((m) => {
    const { first, prefix } = m.groups!;
    const people = (part: string) => PEOPLE_PREFIXES[part.toLocaleLowerCase('sv')]!;
    const value = first ? `${people(first)} och ${people(prefix!)}` : people(prefix!);
    // The evidence is the compound, the match's last word (with its suspended first part).
    const compound = /(?:[\p{L}]+-\s+(?:och|samt)\s+)?[\p{L}]+$/u.exec(m[0])!;
    const start = sentence.start + m.index + compound.index;
    return { value, key: value, start, end: start + compound[0].length, rule: 'grant-for-people-activity', strength: STRENGTH.purpose };
  });
}

/** The group a sentence names through a pronoun for the target group the sentence before speaks of (PRONOUN_FOR_GROUP). */
function namedByPronoun(before: TextSpan, sentence: TextSpan): Candidate<string>[] {
  if (!PRONOUN_FOR_GROUP.before.test(before.text)) return [];
  const rule = { name: 'named-by-pronoun', strength: NAMED_BEFORE_STRENGTH, needsPeople: true, defining: true, agesArePeople: true };
  return [...eachMatch(PRONOUN_FOR_GROUP.trigger, sentence.text)].flatMap((m) => phrasesAfter(sentence, m.index + m[0].length, rule));
}

/**
 * Whether an offset lies in a paragraph of quoted speech: one opening with a quotation mark or a dialogue dash, or with
 * a hyphen when the paragraph names its speaker ("- Vi välkomnar avtalet, säger ordföranden."; else a list item).
 */
function quoted(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  const paragraph = text.slice(start, end < 0 ? text.length : end);
  return QUOTED_PARAGRAPH.test(paragraph) || (HYPHEN_QUOTE.opening.test(paragraph) && HYPHEN_QUOTE.speaker.test(paragraph));
}

/**
 * The list items under a "Målgrupp" heading, or else the phrases of its first sentence. The section ends
 * at the next heading: a short line without closing punctuation — numbered like the Målgrupp heading when
 * that one is numbered (then "1. Barn och unga" under an unnumbered heading is still a list item). A line that
 * introduces a list ("Målgruppen är:") gives the list right under it, and nothing when none follows.
 */
function sectionCandidates(spans: readonly TextSpan[], text: string): Candidate<string>[] {
  const candidates: Candidate<string>[] = [];
  spans.forEach((heading, h) => {
    // A list intro the sentence splitter joined to its first line ("Målgruppen är:\nEnsamkommande ungdomar …"): the lines
    // after it are the items, written without markers.
    const lineBreak = heading.text.indexOf('\n');
    // So is a heading with a colon ("Målgrupp:\nEnsamkommande ungdomar.").
    const firstLine = heading.text.slice(0, lineBreak).trimEnd();
    if (lineBreak > 0 && (LIST_INTRO.test(firstLine) || (firstLine.endsWith(':') && SECTION_HEADING.test(firstLine)))) {
      const first = { start: heading.start + lineBreak + 1, end: heading.end, text: heading.text.slice(lineBreak + 1) };
      candidates.push(...unmarkedItems([first, ...spans.slice(h + 1, h + SECTION_MAX_SENTENCES)], text));
      return;
    }
    const mixed = MIXED_SECTION_HEADING.test(heading.text);
    const opening = heading.text.match(SECTION_HEADING) ?? heading.text.match(MIXED_SECTION_HEADING);
    const intro = !opening && (LIST_INTRO.test(heading.text) || LIST_INTRO_OPEN.test(heading.text));
    if (!opening && !intro) return;
    const numbered = opening?.groups?.number !== undefined;
    const section = spans.slice(h + 1, h + 1 + SECTION_MAX_SENTENCES);
    const end = section.findIndex((s) => (intro ? !LIST_MARKER.test(s.text) : isHeading(s.text, numbered)));
    const body = end < 0 ? section : section.slice(0, end);
    const items = body.filter((s) => LIST_MARKER.test(s.text));
    if (items.length === 0 && intro) {
      candidates.push(...unmarkedItems(section, text));
      return;
    }
    if (items.length === 0) {
      if (body[0] && !intro) candidates.push(...phrasesAfter(body[0], 0, { name: 'malgrupp-section', strength: SECTION_STRENGTH, needsPeople: true }));
      return;
    }
    for (const item of items) {
      const marker = item.text.match(LIST_MARKER)?.[0].length ?? 0;
      const phrase = phraseAt(item.text, item.start, marker, item.text.length, MAX_ITEM_WORDS);
      if (phrase && (!mixed || namesPeople(phrase.value))) candidates.push({ ...phrase, rule: 'malgrupp-section', strength: SECTION_STRENGTH });
    }
  });
  return candidates;
}

/**
 * The lines under a list intro written without markers ("Målgruppen är:" / "Ensamkommande ungdomar som befinner sig i en
 * asylprocess." / "Åldersuppskrivna ungdomar …"): each line of its own that opens with people, up to the first that does not.
 */
function unmarkedItems(section: readonly TextSpan[], text: string): Candidate<string>[] {
  const items: Candidate<string>[] = [];
  for (const line of section) {
    const ownLine = line.start === 0 || text[line.start - 1] === '\n';
    const phrase = ownLine ? phraseAt(line.text, line.start, 0, line.text.length, MAX_ITEM_WORDS) : null;
    if (!phrase || !opensWithPeople(phrase.value)) break;
    items.push({ ...phrase, rule: 'malgrupp-section', strength: SECTION_STRENGTH });
  }
  return items;
}

function isHeading(text: string, numberedHeadings: boolean): boolean {
  const numbered = SECTION_NUMBER.test(text);
  if (numbered !== numberedHeadings && (numbered || LIST_MARKER.test(text))) return false;
  // A bulleted line ("• Ungdomar 13–19 år") is an item, however short.
  if (!numbered && LIST_MARKER.test(text)) return false;
  return !/[.:!?]$/.test(text) && words(text.replace(SECTION_NUMBER, '')).length <= 4;
}

/** What may stand before a sentence's first word: an item's number or a list marker ("9 ", "3.2 ", "• "). */
const ITEM_OPENING = /^\s*(?:\d+(?:\.\d+)*[.)]?|[•·▪◦*–-])\s+$/u;

/** Phrases that follow a rule's trigger in one sentence. */
/**
 * The trigger rules' prefilters and sentence cues, each pattern once (two rules share one cue), with each one's answer for the sentence being read (0 not yet tested, 1 holds, 2 does not), cleared per sentence: a
 * shared pattern is tested once per sentence, not once per rule. Only patterns without g or y (whose test changes nothing). The
 * answers are cleared whenever another sentence is asked about.
 */
const SENTENCE_TESTS = (() => {
  const patterns = [...new Set(TRIGGER_RULES.flatMap((rule) => [rule.prefilter, rule.sentenceCue]).filter((p): p is RegExp => p !== undefined && !p.global && !p.sticky))];
  return { index: new Map(patterns.map((p, i) => [p, i])), answers: new Uint8Array(patterns.length), sentence: null as TextSpan | null };
})();
function sentenceHolds(pattern: RegExp, sentence: TextSpan): boolean {
  const i = SENTENCE_TESTS.index.get(pattern);
  if (i === undefined) return pattern.test(sentence.text);
  if (SENTENCE_TESTS.sentence !== sentence) {
    SENTENCE_TESTS.answers.fill(0);
    SENTENCE_TESTS.sentence = sentence;
  }
  let answer = SENTENCE_TESTS.answers[i]!;
  if (answer === 0) SENTENCE_TESTS.answers[i] = answer = pattern.test(sentence.text) ? 1 : 2;
  return answer === 1;
}

function triggerCandidates(sentence: TextSpan, rule: TriggerRule, isAbout: () => boolean): Candidate<string>[] {
  if (rule.prefilter && !sentenceHolds(rule.prefilter, sentence)) return [];
  if (rule.sentenceCue && !sentenceHolds(rule.sentenceCue, sentence)) return [];
  // An agenda item's number or a list marker opens the sentence: "9 Kolloverksamhet för döva barn" is no name.
  const inName = (m: RegExpMatchArray) =>
    rule.notInName === true && /^\p{Lu}\p{Ll}/u.test(m[0]) && (CENTRE_NAME.test(m[0]) || (m.index! > 0 && !ITEM_OPENING.test(sentence.text.slice(0, m.index))));
  // eachMatch, not matchAll: matchAll copies the pattern, which costs more than matching one sentence.
  const found = [...(rule.near ? matchesNear(rule.near, sentence.text) : eachMatch(rule.trigger, sentence.text))];
  // Where the sentence's examples start, looked for only once a trigger is found (most sentences hold none, for most rules).
  const example = found.length > 0 && rule.strength < NAMING_STRENGTH ? EXAMPLE_SENTENCE.exec(sentence.text)?.index ?? Infinity : Infinity;
  const triggers = found.filter((m) => m.index < example && !inName(m));
  if (triggers.length === 0) return [];
  // A read-off group in a sentence about the partnership is whom the partnership serves (rules.ts PURPOSE tier).
  const strength = rule.strength === STRENGTH.inferred && isAbout() ? STRENGTH.purpose : rule.strength;
  return triggers.flatMap((m) => phrasesAfter(sentence, m.index + m[0].length, { ...rule, strength }));
}

/** The target-group phrases of a sentence from offset `from`: cut at the end of the noun phrase, split at coordinated groups. */
function phrasesAfter(
  sentence: TextSpan,
  from: number,
  rule: Pick<TriggerRule, 'name' | 'strength' | 'needsPeople' | 'defining' | 'objectEnd' | 'opensWithPeople' | 'agesArePeople'>,
): Candidate<string>[] {
  const { end: clauseEnd, items } = clause(sentence.text, from, rule.defining === true);
  // The second object may follow a list of people after a comma ("erbjuda individer som …, som …, den vård som …").
  const object = rule.objectEnd?.exec(sentence.text.slice(from));
  // Without the second object it needs ("ge …" with nothing given) the rule reads nothing.
  if (rule.objectEnd && !object) return [];
  const beforeObject = Math.min(object ? object.index : Infinity, clauseEnd - from);
  const verbCut = sentence.text.slice(from, from + beforeObject).match(INFINITIVE_END)?.[0];
  const nextSubject = verbCut === undefined ? null : NEXT_CLAUSE_SUBJECT.exec(verbCut);
  const end = from + (nextSubject && !namesPeople(nextSubject.groups!.subject!) ? nextSubject.index : verbCut?.length ?? beforeObject);
  const maxWords = rule.defining ? MAX_ITEM_WORDS : MAX_PHRASE_WORDS;
  if (items.length > 0 && sharesModifier(sentence.text.slice(from, end))) {
    const whole = phraseAt(sentence.text, sentence.start, from, end, maxWords);
    return whole && !COUNTED.test(whole.value) ? [{ ...whole, rule: rule.name, strength: rule.strength }] : [];
  }
  const firstHead = headBeforeRelative(sentence.text.slice(from, items[0] ?? end));
  return [from, ...items.filter((at) => at < end)].flatMap((start, i, starts) => {
    const stop = starts[i + 1] === undefined ? end : sentence.text.lastIndexOf(',', starts[i + 1]!);
    // The first item of a comma list holds no closing coordinator: "Barn och unga 7–18 år, nyanlända familjer och …".
    const parts = conjuncts(sentence.text, start, stop, items.length > 0 && i > 0);
    // A second group coordinated with the first needs a first: in "för arbetet med barn och unga" the people are the
    // object of "arbetet", and "unga" alone is no group of its own.
    if (rule.needsPeople && i === 0 && parts.length > 1 && !namesPeople(sentence.text.slice(parts[0]![0], parts[0]![1]))) return [];
    return parts.flatMap(([s, e]) => {
      const phrase = phraseAt(sentence.text, sentence.start, s, e, maxWords);
      if (!phrase) return [];
      // "…, som har beroendeproblematik" is another group of the first item's head: "individer som har …".
      const value = firstHead && i > 0 && RELATIVE_ITEM.test(phrase.value) ? `${firstHead} ${phrase.value}` : phrase.value;
      const candidate = { ...phrase, value, key: value.toLocaleLowerCase('sv'), rule: rule.name, strength: rule.strength };
      const subject = !rule.opensWithPeople || opensWithPeople(value);
      const people = !rule.needsPeople || namesPeople(value) || (rule.agesArePeople === true && AGE_GROUP.test(value));
      return people && subject && !COUNTED.test(value) && !opensWithDoers(value) && !VOLUNTEERS.test(value) && !REFLEXIVE_OWN.test(value) ? [candidate] : [];
    });
  });
}

/**
 * Where the phrase from `from` ends, and where each further list item after a comma starts (LIST_COMMA):
 * a list of people or relative clauses goes on, a defining rule's phrase goes on into modifiers.
 */
function clause(text: string, from: number, defining: boolean): { end: number; items: number[] } {
  const items: number[] = [];
  let at = from;
  for (;;) {
    const m = text.slice(at).match(PHRASE_END);
    const capital = text.slice(at).match(CAPITAL_END);
    if (capital && (!m || capital.index! < m.index!)) return { end: at + capital.index!, items };
    if (!m) return { end: text.length, items };
    const stop = at + m.index!;
    const comma = LIST_COMMA.exec(text.slice(stop));
    if (!comma || m[0].trim() !== ',') return { end: stop, items };
    const next = stop + comma[0].length;
    const rest = text.slice(next);
    if (PHRASE_END.exec(rest.replace(LEADING_COORDINATOR, ''))?.index === 0 || NARROWING.test(rest)) return { end: stop, items };
    const parallelRelative = RELATIVE_ITEM.test(rest) && headBeforeRelative(text.slice(from, stop)) !== null;
    const participle = ATTRIBUTE_BEFORE_COMMA.exec(text.slice(at, stop))?.groups!.participle;
    if (participle !== undefined && !isPeopleWord(participle) && namesPeople(rest)) {
      at = next;
    } else if (MODIFIER_START.test(rest)) {
      if (!defining) return { end: stop, items };
      at = next;
    } else if ((!RELATIVE_ITEM.test(rest) && namesPeople(rest.replace(LEADING_COORDINATOR, ''))) || parallelRelative) {
      // Read on past the item's coordinator: the "men" of ", men även deras föräldrar" ends no phrase (PHRASE_END).
      at = next + (LEADING_COORDINATOR.exec(rest)?.[0].length ?? 0);
      items.push(at);
    } else {
      return { end: stop, items };
    }
  }
}

/** Whether a comma list is one group sharing its first item's modifier (SHARED_MODIFIER_LIST). */
function sharesModifier(list: string): boolean {
  const { separator, maxItemWords, notModifier } = SHARED_MODIFIER_LIST;
  const [first, ...rest] = list.replace(LEADING_DETERMINER, '').replace(PLACE, '').replace(/[\s.,;:!?]+$/u, '').split(separator);
  const firstWords = (first ?? '').trim().split(/\s+/u);
  if (firstWords.length !== 2 || notModifier.test(firstWords[0]!) || !isPeopleWord(firstWords[1]!) || rest.length < 2) return false;
  return rest.every((item) => {
    const itemWords = item.trim().split(/\s+/u);
    return itemWords.length <= maxItemWords && itemWords.every((w) => isPeopleWord(w));
  });
}

/**
 * The words before a phrase's first "som": the head a later "…, som …" item shares ("individer"); in a first item without
 * one, its people before a modifier ("personer med missbruksproblem, som lider av psykisk ohälsa": "personer"; MODIFIED_PEOPLE).
 */
function headBeforeRelative(phrase: string): string | null {
  const m = /^(.+?)\s+som(?![\p{L}])/u.exec(phrase.trim()) ?? MODIFIED_PEOPLE.exec(phrase.trim());
  const head = m ? lowerFirst(m[1]!.replace(LEADING_DETERMINER, '')) : null;
  return head !== null && (m!.groups?.people === undefined || peopleHead(head) !== null) ? head : null;
}

/**
 * Splits [from, end) where a coordinator starts a new group of people (see COORDINATION); in a comma list, at its closing
 * coordinator. A second relative clause ("… som har utsatts för våld och som behöver skydd") describes the same people;
 * a name after the coordinator (NAME_AFTER_COORDINATOR) and a second offer ("kurser för kvinnor | samt läxhjälp för unga", SECOND_OFFER) ends the group, its people read by its own trigger.
 */
function conjuncts(text: string, from: number, end: number, inList = false): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (const m of text.slice(from, end).matchAll(COORDINATION)) {
    const at = from + m.index;
    const next = at + m[0].length;
    if (RELATIVE_ITEM.test(text.slice(next, end))) continue;
    if (NAME_AFTER_COORDINATOR.after.test(text.slice(next, end)) && NAME_AFTER_COORDINATOR.before.test(text.slice(start, at))) {
      parts.push([start, at]);
      return parts;
    }
    const secondOffer = SECOND_OFFER.test(text.slice(next, end)) && !namesPeople(text.slice(next, end));
    // In a relative clause the words are its verbs: "kvinnor som är utsatta eller har utsatts för våld".
    if (secondOffer && !OPEN_RELATIVE.test(text.slice(from, at))) {
      parts.push([start, at]);
      return parts;
    }
    // A repeated preposition before no people joins another adverbial, not another group: "stödinsatser till klienter | och
    // för mer generella samverkansinsatser", "för unga | och för att förebygga …".
    const otherAdverbial = m.groups?.preposition !== undefined && !namesPeople(text.slice(next, end)) && !opensWithDoers(text.slice(next, end));
    if (otherAdverbial || CLOSED_NEITHER_NOR.test(text.slice(start, at)) || OTHERS_AFTER_COORDINATOR.test(text.slice(next, end))) {
      parts.push([start, at]);
      return parts;
    }
    if (OPEN_RELATIVE.test(text.slice(start, at)) && !opensWithPeople(text.slice(next, end))) continue;
    // The coordinator closing a comma list ("barn, nyanlända och andra migranter") starts its last item.
    // Leading adverbs are no words of the group: "i första hand barn och unga" is a plain coordination.
    const longEnough = inList || m.groups?.preposition !== undefined || words(text.slice(start, at).replace(LEADING_DETERMINER, '')).length >= MIN_WORDS_BEFORE_SPLIT;
    const ageBound = AGE_BOUND.before.test(text.slice(start, at)) && AGE_BOUND.after.test(text.slice(next, end));
    // One people noun after the coordinator shares the modifiers before it: "funktionshindrade och handikappade barn och
    // ungdomar", "våldsutsatta kvinnor och barn" (not in a comma list, nor after a clause or an adverbial).
    if (!inList && m.groups?.preposition === undefined && sharesModifiers(text.slice(start, at), text.slice(next, end))) continue;
    // Organisations or staff after the coordinator are split off too, and then dropped ("barn och unga samt föreningar …").
    if (longEnough && !ageBound && (namesPeople(text.slice(next, end)) || opensWithDoers(text.slice(next, end)))) {
      parts.push([start, at]);
      start = next;
    }
  }
  parts.push([start, end]);
  return parts;
}

/** A lone people noun after modifiers and a people noun: "[handikappade barn] och [ungdomar]" is one group. */
function sharesModifiers(before: string, after: string): boolean {
  const last = after.replace(/[\s.,;:!?]+$/u, '');
  const head = before.trim().split(/\s+/u);
  return /^[\p{L}-]+$/u.test(last) && isPeopleWord(last) && head.length >= 2 && isPeopleWord(head[head.length - 1]!) && !OPEN_RELATIVE.test(before) && !head.some((w) => ADVERBIAL_WORDS.has(w.toLocaleLowerCase('sv')));
}
const ADVERBIAL_WORDS: ReadonlySet<string> = new Set(['i', 'med', 'från', 'utan', 'inom', 'på', 'av', 'till', 'för', 'hos', 'vid', 'under', 'över', 'mellan']);

/** The phrase in text[start, end) as a value: determiners and end punctuation (quotation marks too) off, whitespace collapsed. */
function phraseAt(text: string, offset: number, start: number, end: number, maxWords = MAX_PHRASE_WORDS): Omit<Candidate<string>, 'rule' | 'strength'> | null {
  let s = start;
  let e = end;
  const determiner = text.slice(s, e).match(LEADING_DETERMINER);
  if (determiner) s += determiner[0].length;
  const counted = COUNT_BEFORE_GROUP.exec(text.slice(s, e));
  if (counted) s += counted[0].length;
  // "för att inkludera fler grupper" is an infinitive clause; "för att hemlösa EU-medborgare" a slip for "för".
  const infinitive = INFINITIVE_START.exec(text.slice(s, e));
  if (infinitive && !isPeopleWord(infinitive.groups!.next!)) return null;
  if (infinitive) s += infinitive[0].length - infinitive.groups!.next!.length;
  // A closing quotation mark ends quoted speech, not the group.
  while (e > s && /[\s.,;:!?"”»]/.test(text[e - 1]!)) e--;
  // A preposition left at the end was cut from its object ("en utbildning för unga inom | bland annat lag och rätt"): the
  // people stand before it; inside a relative clause ("personer som lever i") the clause was cut, and is left as it is.
  const dangling = DANGLING_PREPOSITION.exec(text.slice(s, e));
  if (dangling && !OPEN_RELATIVE.test(text.slice(s, e - dangling[0].length))) e -= dangling[0].length;
  const raw = text.slice(s, e);
  const count = words(raw).length;
  // A phrase ending in a coordinator ("äldre och", "Individ &") was cut inside a name or a list, one ending in a
  // relative pronoun or a negation ("unga som inte", "Borlänges unga inte") inside a clause: no group.
  if (count === 0 || count > maxWords || DANGLING_COORDINATOR.test(raw) || DANGLING_CLAUSE.test(raw)) return null;
  const placed = raw.replace(/\s+/g, ' ').replace(PLACE, '').replace(PLACED_IN_THE_WORK, '');
  const value = lowerFirst(OPEN_RELATIVE.test(placed) ? placed : placed.replace(SETTING, ''));
  return { value, key: value.toLocaleLowerCase('sv'), start: offset + s, end: offset + e };
}

/** ", samt deras anhöriga", ", men även deras föräldrar": the item starts after its coordinator. */
const LEADING_COORDINATOR = /^(?:och|samt|eller|men\s+(?:även|också))\s+/u;
const DANGLING_COORDINATOR = /(?:^|\s)(?:och|samt|eller|&)$/u;
const DANGLING_CLAUSE = /(?:^|\s)(?:som|inte|ej)$/iu;
/** A quantifier may stand after it, the place it opened cut off at its capital: "barn och ungdomar från hela | Upplands Väsby". */
const DANGLING_PREPOSITION = /\s+(?:i|på|inom|med|för|till|av|om|från|kring|mot|hos|vid|utan|under|över)(?:\s+(?:hela|alla|samtliga|olika))?$/iu;

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
  const groups: Array<{ key: string; tokens: Set<string>; content: Set<string>; items: number[] }> = [];
  // Items of one list are groups the text lists apart, however alike: "Ensamkommande ungdomar som befinner sig i en
  // asylprocess." / "Åldersuppskrivna ungdomar som befinner sig i en asylprocess."
  const item = (c: Candidate<string>) => c.rule === 'malgrupp-section';
  const listedApart = (g: (typeof groups)[number], c: Candidate<string>) => item(c) && g.items.some((at) => Math.abs(at - c.start) < SAME_LIST_SPAN);
  return candidates.map((c) => {
    const tokens = new Set(words(c.key).map((w) => stem(w.text)));
    const content = new Set([...tokens].filter((w) => !GROUPING_FUNCTION_WORDS.has(w)));
    const same = (g: (typeof groups)[number]) =>
      g.key === c.key || (!listedApart(g, c) && Math.max(jaccard(g.tokens, tokens), jaccard(g.content, content)) >= SAME_GROUP_OVERLAP);
    let group = groups.find(same);
    if (!group) {
      group = { key: c.key, tokens, content, items: [] };
      groups.push(group);
    }
    if (item(c)) group.items.push(c.start);
    return { ...c, key: group.key };
  });
}

/** Gives a weaker mention the key of a group named by its name (NAMING_STRENGTH) with the same people head. */
function sameHeadAsNamed(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const named = new Map<string, string>();
  for (const c of candidates) {
    const head = c.strength >= NAMING_STRENGTH ? peopleHead(c.value) : null;
    if (head && !named.has(head)) named.set(head, c.key);
  }
  return candidates.map((c) => {
    const key = c.strength < NAMING_STRENGTH ? named.get(peopleHead(c.value) ?? '') : undefined;
    return key ? { ...c, key } : c;
  });
}

/**
 * A group named by its people word alone in one sentence and described more fully in another is that group: a heading's
 * "Ska kunna erbjuda stöd till riskgrupper" beside "… stöd till riskgrupper som pekats ut av …", when the fuller mention
 * is read at least as strongly and is the only one with that head; the group is written in its fuller wording. In one
 * sentence the two are two groups ("kvinnor och kvinnor som har barn").
 */
function inFullerWording(sentenceOf: (offset: number) => number, refersBack: (c: Candidate<string>) => boolean, candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const described = candidates.map((c) => ({ c, head: peopleHead(c.value), tier: STRENGTH[tierOf(c.strength)], sentence: sentenceOf(c.start), first: firstWord(c.value) }));
  return described.map(({ c, head, tier, sentence }) => {
    if (head === null || c.value.toLocaleLowerCase('sv') !== head) return c;
    // A demonstrative ("dessa barnfamiljer") refers back to the fuller mention however strongly either is read.
    const back = refersBack(c);
    const fuller = described.filter(
      (o) => (o.head === head || modifiesPeople(head, o)) && o.c.key !== c.key && (back || o.tier >= tier) && o.sentence !== sentence,
    );
    return intoTheOnlyGroup(c, fuller.map((o) => o.c));
  });
}

/** A mention as the one group its fuller wordings all belong to, written in that wording; unchanged where they are none or several. */
function intoTheOnlyGroup(c: Candidate<string>, fuller: readonly Candidate<string>[]): Candidate<string> {
  const keys = new Set(fuller.map((o) => o.key));
  return keys.size === 1 ? { ...c, key: fuller[0]!.key, value: fuller[0]!.value } : c;
}

/**
 * A group a text restates in fewer words in another sentence is that group: "stärka det arbetsrehabiliterande arbetet för
 * individer med psykisk ohälsa" beside "öka stödet till personer som lever med eller har erfarenhet av psykisk ohälsa",
 * "stödja ungdomar att bli självständiga" beside "aktiviteter för kvinnor och deras barn och ungdomar": every content word of
 * the shorter mention (a noun for people as such, ANY_PERSON_WORDS, counting as one word) stands in the fuller one, and only
 * one fuller group holds them all; a one-word mention only where it is an item of the fuller one's coordination
 * (standsAsConjunct). The group is written in its fuller wording. A group the text names by its name is not
 * folded into one it only reads off; items of one list stay apart; in one sentence the two are two groups.
 */
function inWiderMention(sentenceOf: (offset: number) => number, candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const described = candidates.map((c) => ({ c, content: comparedWords(c.value), sentence: sentenceOf(c.start), tier: STRENGTH[tierOf(c.strength)] }));
  return described.map(({ c, content, sentence, tier }) => {
    if (c.rule === 'malgrupp-section' || content.size === 0) return c;
    const wider = described.filter(
      (o) =>
        o.c.key !== c.key &&
        o.sentence !== sentence &&
        o.c.rule !== 'malgrupp-section' &&
        (c.strength < NAMING_STRENGTH || o.tier >= tier) &&
        o.content.size > content.size &&
        [...content].every((w) => o.content.has(w)) &&
        (content.size > 1 || standsAsConjunct(c.value, o.c.value)),
    );
    return intoTheOnlyGroup(c, wider.map((o) => o.c));
  });
}

/**
 * Whether a one-word mention stands in a fuller one as an item of its coordination ("ungdomar" in "kvinnor och deras barn och
 * ungdomar"), not as the head or a modifier of another group ("barnfamiljer" in "hemlösa barnfamiljer", "unga" in "unga
 * vuxna"): a broader or another group.
 */
function standsAsConjunct(word: string, fuller: string): boolean {
  const tokens = fuller.toLocaleLowerCase('sv').split(/\s+/u);
  const at = tokens.findIndex((t) => t.replace(/[,.;:]+$/u, '') === word.toLocaleLowerCase('sv'));
  const before = at > 0 ? tokens[at - 1]! : '';
  return CONJUNCT_BEFORE.has(before) || before.endsWith(',');
}
const CONJUNCT_BEFORE: ReadonlySet<string> = new Set(['och', 'samt', 'eller']);

/** A mention's content words as compared by inWiderMention: stemmed, without function words, any noun for people as one. */
function comparedWords(value: string): Set<string> {
  const compared = words(value.toLocaleLowerCase('sv')).map((w) => (ANY_PERSON_WORDS.has(w.text) ? ANY_PERSON : stem(w.text)));
  return new Set(compared.filter((w) => !GROUPING_FUNCTION_WORDS.has(w)));
}

/**
 * A nominalised adjective alone ("stöd för våldsutsatta") is the group another sentence writes with its people noun
 * ("hjälpa fler våldsutsatta kvinnor i Nacka och Värmdö"): the fuller mention opens with it and has a people head of its
 * own. An adjective of age names a group of its own ("unga" beside "unga vuxna", AGE_WORDS).
 */
function modifiesPeople(bare: string, fuller: { head: string | null; first: string }): boolean {
  return fuller.first === bare && fuller.head !== null && fuller.head !== bare && !AGE_WORDS.has(bare);
}
const firstWord = (value: string): string => (value.match(/[\p{L}-]+/u)?.[0] ?? '').toLocaleLowerCase('sv');

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
