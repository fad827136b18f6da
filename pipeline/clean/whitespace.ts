/**
 * Whitespace tidying after lines were removed: spaces at line ends go, runs of spaces inside a line become
 * one, more than one blank line in a row becomes one, and a page starts and ends with text.
 * Tabs stay, one for each tab of a run (its spaces go): in a text file a tab is a column gap (a table copied from a
 * word processor or a web page, "Förening\tPeriod\tBelopp"), and the table readers (extractors/listings/table.ts)
 * split rows at tabs — "\t\t" is an empty cell, a line opening with tabs the wrapped rest of the row above.
 * Collapsed to a space, "Stadsmissionen\tMötesplats" would read as one name. Evidence offsets point into this
 * text as before (the clean text is what they index); text without tabs comes out as it did.
 */
export function tidyWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.includes('\t') ? line.replace(/[ \t]+/g, keepTabs) : line.replace(/ {2,}/g, ' ')).trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A run of blanks holding a tab: its tabs; else one space. */
const keepTabs = (run: string) => (run.includes('\t') ? run.replace(/ /g, '') : ' ');
