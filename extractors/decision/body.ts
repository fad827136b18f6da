/**
 * Names of deciding bodies as Swedish municipal text writes them: a compound ending in a body word
 * ("Kommunstyrelsen", "Arbetsmarknads- och socialnämnden", "Hälso- och sjukvårdsnämnden"), a committee of
 * one ("Regionstyrelsens arbetsutskott"), or "Nämnden för Individ & Familjeomsorg". Values are lower case
 * as in running text: only the first letter is lowered, proper parts stay ("nämnden för Kultur & Fritid").
 */
import words from '../lexicon/decision-words.json' with { type: 'json' };

const eitherCase = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
const SUFFIX = `(?:${words.bodySuffixes.map(eitherCase).join('|')})(?:en|et|n)?`;
/** "Arbetsmarknads- och ", "arbetsmarknads- gymnasie- och " */
const COMPOUND_LEAD = String.raw`(?:(?:\p{L}+-,?[ \t]+)+(?:och|samt)[ \t]+)?`;
/** "s arbetsutskott", "s ledningsutskott", "s presidium": a committee of the body */
const COMMITTEE = String.raw`(?:s[ \t]+\p{Ll}*(?:utskott|presidium|beredning)(?:et|en)?)?`;
/** " för Individ & Familjeomsorg": the Kungsbacka style of naming a nämnd */
const FOR_AREA = String.raw`(?:[ \t]+för[ \t]+\p{Lu}\p{L}*(?:(?:,|[ \t]+och|[ \t]+&)[ \t]+\p{Lu}\p{L}*)*)?`;

export const BODY = new RegExp(String.raw`(?<![\p{L}-])${COMPOUND_LEAD}\p{L}*?${SUFFIX}${COMMITTEE}${FOR_AREA}(?![\p{L}])`, 'gu');

/** Body words alone ("Nämnden beslutar") name no particular body. */
const GENERIC = new RegExp(`^(?:${words.bodySuffixes.join('|')})(?:en|et|n)?$|^arbetsutskottet$`);

export interface BodyMention {
  value: string;
  start: number;
  end: number;
}

/** All-caps words (headers: "KOMMUNSTYRELSEN") are matched in lower case; offsets stay the same. */
const lowerCaps = (text: string) => text.replace(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu, (w) => w.toLowerCase());

export function bodyMentions(text: string): BodyMention[] {
  return [...lowerCaps(text).matchAll(BODY)]
    .map((m) => ({ value: asRunningText(m[0]), start: m.index, end: m.index + m[0].length }))
    .filter((b) => !GENERIC.test(b.value));
}

/** Lower case as in running text: the first letter, or all of an all-caps heading ("KOMMUNSTYRELSEN"). */
export function asRunningText(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === clean.toUpperCase()) return clean.toLowerCase();
  return clean.charAt(0).toLowerCase() + clean.slice(1);
}

/** The body that opens a text ("1. Hälso- och sjukvårdsnämnden ingår …"): the subject of a decision sentence. */
export function subjectBody(text: string, offset = 0): BodyMention | null {
  const lead = /^(?:\d{1,2}[.)]|[•·\-–*])?\s*/.exec(text)![0].length;
  const first = bodyMentions(text.slice(lead))[0];
  return first && first.start === 0 ? { ...first, start: first.start + lead + offset, end: first.end + lead + offset } : null;
}
