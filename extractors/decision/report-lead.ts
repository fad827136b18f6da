/**
 * A report's lead: the running prose it opens with, where it tells its own news ("Kulturnämnden i Region Stockholm har
 * därför beslutat om ett tillfälligt utökat stöd …" in its second paragraph). It ends where the first paragraph that is
 * not one sentence-ended line begins — a sub-heading ("Region Stockholms stöd till folkbildningen"), a bullet, a list
 * of rows: what follows tells the listed partnerships, one by one. The title and any caption lines above the first
 * paragraph of prose belong to the lead; a block of several lines there is a list already.
 */

/** A paragraph of running prose: one line that ends a sentence (a line ending in a colon opens a list). */
const PROSE_PARAGRAPH = /^[^\n•*–-][^\n]*[.!?…"”»)]$/u;
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n/gu;

/** Where a report's lead ends: the start of the first paragraph after its opening prose that is not prose. */
export function reportLeadEnd(text: string): number {
  let seenProse = false;
  // After the "# source:" lines a fetched page opens with.
  const top = /^(?:#[^\n]*\n)*/u.exec(text)![0].length;
  let start = top;
  for (const end of [...text.slice(top).matchAll(PARAGRAPH_BREAK)].map((m) => top + m.index!).concat(text.length)) {
    const line = text.slice(start, end).trim();
    const prose = PROSE_PARAGRAPH.test(line);
    if (line && !prose && (seenProse || line.includes('\n'))) return start;
    seenProse ||= prose;
    start = end;
  }
  return text.length;
}
