/**
 * Whitespace tidying after lines were removed: spaces at line ends go, runs of spaces inside a line become
 * one, more than one blank line in a row becomes one, and a page starts and ends with text.
 */
export function tidyWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
