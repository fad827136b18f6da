/**
 * Page-number lines: "Sida 21 (84)", "Protokoll 1(14)", "Datum 2 (3)", "Sida 3 av 10", "Page 3 of 10" are
 * removed wherever they stand — a number with its total is never body text. A bare number ("12", "- 12 -",
 * "12/40") is removed only in the page's margins (its first or last lines), because in the body it can be
 * a table cell or a list value.
 */

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

export function removePageNumberLines(text: string): string {
  const lines = text.split('\n');
  const nonEmpty = lines.flatMap((line, index) => (line.trim() ? [index] : []));
  const margin = new Set([...nonEmpty.slice(0, MARGIN_LINES), ...nonEmpty.slice(-MARGIN_LINES)]);
  return lines.filter((line, index) => !isPageNumberLine(line.trim(), margin.has(index))).join('\n');
}

export function isPageNumberLine(line: string, inMargin: boolean): boolean {
  if (inMargin && BARE_NUMBER.test(line)) return true;
  if (LABELLED_NUMBER.test(line)) return true;
  const words = line.split(/\s+/);
  for (let headingWords = 0; headingWords <= MAX_HEADING_WORDS && headingWords < words.length; headingWords++) {
    const heading = words.slice(0, headingWords);
    if (!heading.every((word) => HEADING_WORD.test(word))) break;
    if (NUMBER_WITH_TOTAL.test(words.slice(headingWords).join(' '))) return true;
  }
  return false;
}
