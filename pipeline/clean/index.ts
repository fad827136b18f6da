/**
 * The clean stage: raw page text → clean page text, before any extraction, so that evidence offsets point
 * into the clean text and never need mapping back. Pure functions, page array in, page array out.
 * Order matters: characters are normalised first (soft hyphens join words, odd spaces become spaces) and a web
 * page's leftover markup goes (markup.ts);
 * per-page artefacts (stamp columns, page numbers, signature-box phrases) go before running headers are
 * compared across pages; hyphenation is joined once the margins are gone; identity numbers are masked
 * last, on the final text, with a same-length mask.
 */
import type { Page } from '../read/types.js';
import { normalizeCharacters } from './characters.js';
import { hyphenatedVocabulary, joinHyphenationAcrossPages, joinLineEndHyphenation } from './hyphenation.js';
import { maskIdentityNumbers } from './identity-numbers.js';
import { removeMarkup } from './markup.js';
import { restoreSectionSigns } from './ocr-section-sign.js';
import { removePageNumberLines } from './page-numbers.js';
import { removeBoilerplateLines, splitRunningLines, type RunningLine } from './running-lines.js';
import { removeStampColumn } from './stamp-column.js';
import { tidyWhitespace } from './whitespace.js';

export interface CleanResult {
  pages: Page[];
  /** Personnummer/samordningsnummer masked across all pages. */
  maskedIdentityNumbers: number;
  /** The distinct running header/footer lines removed from the pages (identity numbers in them masked). */
  runningLines: RunningLine[];
}

export function cleanPages(pages: readonly Page[]): CleanResult {
  const withoutPageArtefacts = pages.map((page) => {
    const text = removeBoilerplateLines(removePageNumberLines(removeStampColumn(removeMarkup(normalizeCharacters(page.text)))));
    return page.source === 'ocr' ? restoreSectionSigns(text) : text;
  });
  const { pages: withoutRunningLines, running } = splitRunningLines(withoutPageArtefacts);
  // Within pages first, so that each page ends with its real last line; then across page breaks.
  const known = hyphenatedVocabulary(withoutRunningLines);
  const dehyphenated = joinHyphenationAcrossPages(
    withoutRunningLines.map((text) => tidyWhitespace(joinLineEndHyphenation(text, known))),
    known,
  );
  let maskedIdentityNumbers = 0;
  const cleaned = pages.map((page, index) => {
    const { text, masked } = maskIdentityNumbers(tidyWhitespace(dehyphenated[index] ?? ''));
    maskedIdentityNumbers += masked;
    return { ...page, text };
  });
  const runningLines = running.map((line) => ({ ...line, text: maskIdentityNumbers(line.text).text }));
  return { pages: cleaned, maskedIdentityNumbers, runningLines };
}
