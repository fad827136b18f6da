/**
 * Page-number lines: "Sida 21 (84)", "Protokoll 1(14)", "Datum 2 (3)", "Sida 3 av 10", "Page 3 of 10" lose
 * their counter wherever they stand — a number with its total is never body text — and keep the heading
 * words before it ("Protokoll"); a line that was only a counter goes. A bare number ("12", "- 12 -",
 * "12/40") is removed only in the page's margins (its first or last lines), because in the body it can be
 * a table cell or a list value.
 */
import { mayBeMarginLine } from './margin-line.js';

/** How many non-empty lines at the top and the bottom of a page count as its margin. */
export const MARGIN_LINES = 2;

/** "21 (84)", "1(14 )", "3 av 10", "3 of 10", with an optional "Sida"/"sid."/"s."/"Page" before. */
const NUMBER_WITH_TOTAL = /^(?:(?:sida|sid\.?|s\.|page)\s*)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of)\s+\d{1,4})$/i;
/** "Sida 3", "sid. 3", "Page 3". */
const LABELLED_NUMBER = /^(?:sida|sid\.?|page)\s*\d{1,4}$/i;
/** "12", "- 12 -", "– 12 –", "12/40". */
const BARE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^\d{1,4}\s*\/\s*\d{1,4}$/;
/** Up to three capitalised words may stand before the number: "Protokoll", "Datum", "HÖGSBY KOMMUN Protokoll". */
const HEADING_WORD = /^\p{Lu}[\p{L}.]*$/u;
const MAX_HEADING_WORDS = 3;
/**
 * What a counter line ends with: a digit ("Sida 3", "3 av 10", "12"), the bracket of "21 (84)", or the dash of
 * "- 12 -". Every pattern above ends so; a line ending otherwise — nearly every line of body text — is let go
 * without splitting it into words.
 */
const COUNTER_ENDS = '0123456789)-–—';

export function removePageNumberLines(text: string): string {
  const lines = text.split('\n');
  const nonEmpty = lines.flatMap((line, index) => (line.trim() ? [index] : []));
  const margin = new Set([...nonEmpty.slice(0, MARGIN_LINES), ...nonEmpty.slice(-MARGIN_LINES)]);
  return lines
    .flatMap((line, index) => {
      const counter = pageCounter(line.trim(), margin.has(index));
      if (!counter) return [line];
      return counter.heading ? [counter.heading] : [];
    })
    .join('\n');
}

export function isPageNumberLine(line: string, inMargin: boolean): boolean {
  return pageCounter(line, inMargin) !== null;
}

/**
 * The page counter a line ends with, and the heading words before it: "KUNGSBACKA KOMMUN PROTOKOLL 8 (15)"
 * keeps "KUNGSBACKA KOMMUN PROTOKOLL", which on a first page is the letterhead that names the municipality
 * and the document's type (running-lines.ts removes it from later pages). Null when the line has no counter.
 */
function pageCounter(line: string, inMargin: boolean): { heading: string } | null {
  if (!mayBeMarginLine(line) || line.length === 0 || !COUNTER_ENDS.includes(line[line.length - 1]!)) return null;
  if (inMargin && BARE_NUMBER.test(line)) return { heading: '' };
  if (LABELLED_NUMBER.test(line)) return { heading: '' };
  const words = line.split(/\s+/);
  for (let headingWords = 0; headingWords <= MAX_HEADING_WORDS && headingWords < words.length; headingWords++) {
    const heading = words.slice(0, headingWords);
    if (!heading.every((word) => HEADING_WORD.test(word))) break;
    if (NUMBER_WITH_TOTAL.test(words.slice(headingWords).join(' '))) return { heading: heading.join(' ') };
  }
  return null;
}
