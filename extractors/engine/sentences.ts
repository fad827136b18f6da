/**
 * Sentence splitting and word tokenising for Swedish municipal text, with offsets into the given string.
 *
 * Municipal text comes from PDFs: lines are hard-wrapped, headings ("Beslut", "Datum") stand on their own
 * line without a full stop, lists start with "•" or "1.", and abbreviations ("bl.a.", "fr.o.m.", "kr.")
 * end in a full stop. A sentence therefore ends at
 *   - a full stop, question or exclamation mark before a word that does not start in lower case, unless the
 *     word before it is an abbreviation from extractors/lexicon/abbreviations.json, an initial or a list number;
 *   - a blank line or page break, unless the text reads on in lower case (a stray blank line inside a sentence);
 *   - a line break after a short line without closing punctuation (a heading) or before a list item.
 * compromise was measured for this job and not used. Even with the abbreviations below added to its model,
 * on the devset it cut 284 times at a hard line break inside a sentence (it ends a sentence at every line end),
 * its abbreviations are all-or-nothing ("500 kr. Det gäller" stays one sentence), and it is English-only.
 */
import abbreviations from '../lexicon/abbreviations.json' with { type: 'json' };

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

const NEVER_FINAL = new Set(abbreviations.neverFinal);
const MAY_END_SENTENCE = new Set(abbreviations.mayEndSentence);

/** A line shorter than this that does not end in punctuation reads as a heading or label. */
const HEADING_MAX_LENGTH = 50;

const TERMINAL = /[.!?…]+[)"'”’»]*(?=\s)/g;
const BLANK_LINE = /\n[ \t\f]*\n\s*/g;
const LINE_BREAK = /\n[ \t]*/g;
const LIST_ITEM = /^(?:[•·▪◦*–-]\s|\d{1,2}[.)]\s)/;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/** The sentences of a text, trimmed, with offsets into it. */
export function sentences(text: string): TextSpan[] {
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
  for (const m of text.matchAll(TERMINAL)) {
    const next = skipSpace(text, m.index + m[0].length);
    if (endsSentence(text, m.index, m[0], text.slice(next))) cuts.push(next);
  }
  for (const m of text.matchAll(BLANK_LINE)) {
    const next = m.index + m[0].length;
    if (!LOWER_START.test(text.slice(next))) cuts.push(next);
  }
  for (const m of text.matchAll(LINE_BREAK)) {
    const next = m.index + m[0].length;
    const line = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index).replace(/\s+/g, ' ').trim();
    const rest = text.slice(next);
    const heading = line.length < HEADING_MAX_LENGTH && /[\p{L}\p{N})]$/u.test(line) && /^[\p{Lu}\p{N}]/u.test(rest);
    if (heading || LIST_ITEM.test(rest)) cuts.push(next);
  }
  return cuts;
}

/** Whether punctuation `mark` found at `at` ends a sentence, given the text that follows it. */
function endsSentence(text: string, at: number, mark: string, following: string): boolean {
  if (following === '' || LOWER_START.test(following)) return false;
  if (!mark.startsWith('.') || mark.startsWith('..')) return true;
  const wordStart = Math.max(text.lastIndexOf(' ', at), text.lastIndexOf('\n', at), text.lastIndexOf('(', at)) + 1;
  const word = text.slice(wordStart, at + 1).toLowerCase();
  if (NEVER_FINAL.has(word)) return false;
  if (MAY_END_SENTENCE.has(word)) return UPPER_START.test(following);
  if (/^\p{L}\.$/u.test(word)) return false; // an initial: "A. Osman"
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (/^\d{1,2}\.$/.test(word) && text.slice(lineStart, wordStart).trim() === '') return false; // "1. Nämnden …"
  return true;
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

export function words(text: string): TextSpan[] {
  const tokens: TextSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    let token = m[0];
    // A trailing full stop belongs to the word only when the word is a known abbreviation.
    if (token.endsWith('.') && !NEVER_FINAL.has(token.toLowerCase()) && !MAY_END_SENTENCE.has(token.toLowerCase())) {
      token = token.slice(0, -1);
    }
    tokens.push({ start: m.index, end: m.index + token.length, text: token });
  }
  return tokens;
}
