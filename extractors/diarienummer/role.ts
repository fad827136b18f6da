/**
 * Own or reference: this matter's number stands in the header or a label line ("§ 3   Dnr IF-2023-00256",
 * "Ärendenummer: RS 2024/947", a number alone under the title); an earlier decision's number is cited inside
 * running text, usually in parentheses ("… med möjlighet till förlängning 1+1 år (GYVF-2015-4220).").
 */
import words from '../lexicon/case-number-words.json' with { type: 'json' };
import type { Mention } from './mentions.js';

export type Role = 'own' | 'ref';

/** A line with this many running-text words (lower-case words) around the number is prose, not a header. */
const PROSE_WORDS = 3;

export function roleOf(text: string, mention: Mention): Role {
  if (mention.label === 'ref') return 'ref';
  if (insideParentheses(text, mention.start)) return 'ref';
  return proseWordsAround(text, mention) >= PROSE_WORDS ? 'ref' : 'own';
}

/** An opening parenthesis not closed between it and the mention, on the same or the previous line. */
export function insideParentheses(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 120), at);
  const open = window.lastIndexOf('(');
  return open >= 0 && !window.slice(open).includes(')') && window.slice(open).split('\n').length <= 2;
}

/** Lower-case words on the mention's line, leaving out the mention and its label. */
export function proseWordsAround(text: string, mention: Pick<Mention, 'start' | 'end'>): number {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.end);
  const line = text.slice(lineStart, mention.start) + ' ' + text.slice(mention.end, lineEnd < 0 ? text.length : lineEnd);
  return line.split(/\s+/).filter((w) => /^\p{Ll}[\p{L}-]{2,}[.,;:]?$/u.test(w) && !LABEL_WORDS.has(w.replace(/[.,;:]$/, '')))
    .length;
}

/** Label words written in lower case ("dnr", "vår beteckning") do not make a line prose. */
const LABEL_WORDS = new Set([...words.ownLabels, ...words.weakLabels].flatMap((label) => label.split(' ')));
