/**
 * Sentence splitting and word tokenising for Swedish municipal text, with offsets into the given string.
 *
 * Municipal text comes from PDFs: lines are hard-wrapped, headings ("Beslut", "Datum") stand on their own
 * line without a full stop, lists start with "•" or "1.", and abbreviations ("bl.a.", "fr.o.m.", "kr.")
 * end in a full stop. A sentence therefore ends at
 *   - a full stop, question or exclamation mark before a word that does not start in lower case, unless the
 *     word before it is an abbreviation from extractors/lexicon/abbreviations.json, an initial or a list
 *     number ("Ordförandens förslag 1. Nämnden …": a bare number of one or two digits rarely ends a sentence);
 *   - a blank line or page break, unless the text reads on in lower case (a stray blank line inside a sentence);
 *   - a line break after a short line without closing punctuation that stands apart from the line before it
 *     (a heading, not the tail of a wrapped sentence) or before a list item.
 * compromise was measured for this job and not used. Even with the abbreviations below added to its model,
 * on the devset it cut 284 times at a hard line break inside a sentence (it ends a sentence at every line end),
 * its abbreviations are all-or-nothing ("500 kr. Det gäller" stays one sentence), and it is English-only.
 */
import abbreviations from '../lexicon/abbreviations.json' with { type: 'json' };
import { codePointBefore, eachMatch, execAt, matchesAt } from './sticky.js';
import { perText } from './memo.js';
import { isWhitespace } from './phrase-trie.js';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

const NEVER_FINAL = new Set(abbreviations.neverFinal);
const MAY_END_SENTENCE = new Set(abbreviations.mayEndSentence);

/** A line shorter than this that does not end in punctuation reads as a heading or label. */
const HEADING_MAX_LENGTH = 65;

const TERMINAL = /[.!?…]+[)"'”’»]*(?=\s)/g;
const BLANK_LINE = /\n[ \t\f]*\n\s*/g;
const LINE_BREAK = /\n[ \t]*/g;
// Sticky patterns, tested at an offset (engine/sticky.ts).
const LIST_ITEM = /(?:[•·▪◦*–-]\s|\d{1,2}[.)]\s)/y;
const LOWER_START = /\p{Ll}/uy;
const UPPER_START = /\p{Lu}/uy;
const HEADING_START = /[\p{Lu}\p{N}]/uy;


/** The sentences of a text, trimmed, with offsets into it; split once per text (engine/memo.ts), shared and frozen. */
export const sentences: (text: string) => readonly TextSpan[] = perText(splitSentences);

function splitSentences(text: string): TextSpan[] {
  const cuts = [...new Set([0, ...boundaries(text), text.length])].sort((a, b) => a - b);
  const spans: TextSpan[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const span = trimmed(text, cuts[i]!, cuts[i + 1]!);
    if (span) spans.push(span);
  }
  return spans;
}

/** Offsets where a new sentence starts. */
function boundaries(text: string): number[] {
  const cuts: number[] = [];
  for (const m of eachMatch(TERMINAL, text)) {
    const next = skipSpace(text, m.index + m[0].length);
    if (endsSentence(text, m.index, m[0], next)) cuts.push(next);
  }
  for (const m of eachMatch(BLANK_LINE, text)) {
    const next = m.index + m[0].length;
    if (!matchesAt(LOWER_START, text, next)) cuts.push(next);
  }
  // Every line break is a match, in order: a line's shape is the next line's `before`, read once.
  let previous = { end: -1, line: NO_LINE };
  for (const m of eachMatch(LINE_BREAK, text)) {
    const next = m.index + m[0].length;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const line = collapsedShape(text, lineStart, m.index);
    const before =
      previous.end === lineStart - 1 && lineStart > 0
        ? previous.line
        : collapsedShape(text, text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
    previous = { end: m.index, line };
    // A short line is a heading when it stands apart: not the tail of a long line wrapped before it.
    const standsApart = lineStart === 0 || before.length === 0 || before.length < HEADING_MAX_LENGTH || /[.!?:;]$/.test(before.last);
    const heading = standsApart && line.length < HEADING_MAX_LENGTH && /[\p{L}\p{N})]$/u.test(line.last) && matchesAt(HEADING_START, text, next);
    if (heading || matchesAt(LIST_ITEM, text, next)) cuts.push(next);
  }
  return cuts;
}

/** Whether punctuation `mark` found at `at` ends a sentence, given where the text goes on (`next`). */
function endsSentence(text: string, at: number, mark: string, next: number): boolean {
  if (next >= text.length || matchesAt(LOWER_START, text, next)) return false;
  if (!mark.startsWith('.') || mark.startsWith('..')) return true;
  let wordStart = at;
  // Walk back over the word only: lastIndexOf would scan the whole text before a line without spaces.
  while (wordStart > 0 && !/[\s(]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, at + 1).toLowerCase();
  if (NEVER_FINAL.has(word)) return false;
  if (MAY_END_SENTENCE.has(word)) return matchesAt(UPPER_START, text, next);
  if (/^\p{L}\.$/u.test(word)) return false; // an initial: "A. Osman"
  if (/^\d{1,2}\.$/.test(word)) return false; // a list number: "1. Nämnden …", also run into a heading
  return true;
}

/**
 * What the splitter asks of a line: the length it has with its white space collapsed (each run one space, none at
 * either end) and its last character (a code point; '' for a blank line). Counted in place: a collapsed copy of
 * every line of a document cost more than the rest of finding its headings.
 */
interface LineShape {
  length: number;
  last: string;
}
const NO_LINE: LineShape = { length: 0, last: '' };
function collapsedShape(text: string, start: number, end: number): LineShape {
  let length = 0;
  let lastEnd = -1;
  let spaceBefore = false;
  for (let i = start; i < end; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      spaceBefore = length > 0;
      continue;
    }
    if (spaceBefore) length++;
    spaceBefore = false;
    length++;
    lastEnd = i + 1;
  }
  return lastEnd < 0 ? NO_LINE : { length, last: text.slice(codePointBefore(text, lastEnd), lastEnd) };
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e, text: text.slice(s, e) } : null;
}

/**
 * Word tokens with offsets: letter/digit runs that keep inner hyphens, colons and apostrophes
 * ("IOP-avtal", "RKC:s"), numbers with their separators ("2024-05-06", "1,3"), abbreviations with
 * their dots ("fr.o.m.") and "§".
 */
const WORD = /(?:\p{L}{1,4}\.){2,}|[\p{L}\p{N}]+(?:[-:'’.,/][\p{L}\p{N}]+)*\.?|§/gu;

/** How many words a text holds, as `text.split(/\s+/).filter(Boolean).length` counts them (runs of non-white space), without the arrays. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export function words(text: string): TextSpan[] {
  const tokens: TextSpan[] = [];
  for (const m of eachMatch(WORD, text)) {
    let token = m[0];
    // A trailing full stop belongs to the word only when the word is a known abbreviation.
    if (token.endsWith('.') && !NEVER_FINAL.has(token.toLowerCase()) && !MAY_END_SENTENCE.has(token.toLowerCase())) {
      token = token.slice(0, -1);
    }
    tokens.push({ start: m.index, end: m.index + token.length, text: token });
  }
  return tokens;
}

/**
 * A heading run into the text that follows it, as PDF text often gives it ("Sammanfattning En
 * framgångsrik …", "Ordförandens förslag 1. Nämnden …"): the length of the match of `heading` (anchored
 * at the start) when nothing, a colon, or a capital, a bullet or a list number follows it; else 0.
 */
export function runInHeadingLength(text: string, heading: RegExp): number {
  // Tried at the start only: searching the whole of a long sentence for a heading that must start it was
  // the costliest step of reading a document's type.
  const initial = INITIALS.get(heading);
  if (initial && !initial(text)) return 0;
  const m = execAt(stickyOf(heading), text, 0);
  return m && RUN_IN_FOLLOWER.test(text.slice(m[0].length)) ? m[0].length : 0;
}

/** The same pattern, tried only where it is asked to match (the leftmost match, if it starts there). */
const STICKY = new WeakMap<RegExp, RegExp>();
function stickyOf(pattern: RegExp): RegExp {
  let sticky = STICKY.get(pattern);
  if (!sticky) STICKY.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + (pattern.sticky ? '' : 'y'))));
  return sticky;
}

/** What may follow a run-in heading: the end, a colon, or the start of a sentence or list item. */
const RUN_IN_FOLLOWER = /^(?:\s*$|\s*:|\s+(?:\p{Lu}|[•·▪◦*–-]\s|\d{1,2}[.)]\s))/u;

const escaped = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A lower-case heading phrase as a regex for runInHeadingLength: any case, any whitespace between words. */
export function headingRegex(phrase: string): RegExp {
  const regex = new RegExp(`^${escaped(phrase).replace(/ /g, '\\s+')}`, 'iu');
  const first = phrase.codePointAt(0);
  if (first !== undefined && first !== 0x20) INITIALS.set(regex, initialTest(String.fromCodePoint(first)));
  return regex;
}

/**
 * A heading regex's first letter, as a test of a text's first character: a text is tried against many headings and
 * starts as few of them do. The letter is compared as the heading regex compares it (same flags), once per character.
 */
const INITIALS = new WeakMap<RegExp, (text: string) => boolean>();
function initialTest(letter: string): (text: string) => boolean {
  const pattern = new RegExp(`^${escaped(letter)}`, 'iu');
  const known = new Map<number, boolean>();
  return (text) => {
    const first = text.codePointAt(0);
    if (first === undefined) return false;
    let starts = known.get(first);
    if (starts === undefined) known.set(first, (starts = pattern.test(String.fromCodePoint(first))));
    return starts;
  };
}
