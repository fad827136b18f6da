/**
 * Pages and reports that give each partnership a section of its own: the organisation's name as a heading,
 * then prose about the partnership.
 *   Kvinnojouren Vega
 *   Kommunen har sedan 2022 ett IOP med jouren om skyddat boende. Överenskommelsen gäller 2022–2025.
 *
 *   Idrottsföreningen Kometen
 *   …
 * A heading counts when it stands alone after a blank line and has the form of an idéburen organisation's
 * name (a marker word such as förening, stiftelse, jour, IF, or a national organisation's name); its
 * section runs to the next such heading and must speak of a partnership or funding. Only a list counts:
 * two sections or more. The section's prose is the row's description, where its period and sums are read.
 */
import { isHeading } from './headings.js';
import { looksLikeName } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';
import { isBlank, splitLines, type Cell, type ColumnRole, type ListingTable } from './table.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'description'];
const MIN_SECTIONS = 2;
/** A section longer than this is read only this far: a partnership's paragraph, not the rest of a report. */
const MAX_SECTION = 2000;
const PARTNERSHIP_WORD = /(?:IOP|partnerskap|överenskommels|avtal|samverkan|samarbete|bidrag|stöd|finansier)/iu;

/** Whether a heading's title is an idéburen organisation's name by its form. */
export function isOrganisationHeading(title: string): boolean {
  return looksLikeName(title) && hasOrganisationForm(title);
}

export function findNamedSections(text: string): ListingTable[] {
  const lines = splitLines(text);
  const headings = lines.flatMap((line, i) => {
    const heading = isHeading(line.text);
    const alone = i === 0 || isBlank(lines[i - 1]!.text);
    const followed = i + 1 < lines.length && !isBlank(lines[i + 1]!.text);
    return heading && alone && followed && isOrganisationHeading(heading.title.trim()) ? [i] : [];
  });
  const rows: Cell[][] = [];
  headings.forEach((at, k) => {
    const line = lines[at]!;
    const title = line.text.trim();
    const titleStart = line.start + line.text.indexOf(title);
    const bodyStart = lines[at + 1]!.start;
    const next = headings[k + 1];
    const bodyEnd = Math.min(next === undefined ? text.length : lines[next]!.start, bodyStart + MAX_SECTION);
    const body = text.slice(bodyStart, bodyEnd).trimEnd();
    if (!PARTNERSHIP_WORD.test(body)) return;
    rows.push([
      { text: title, start: titleStart, end: titleStart + title.length, exact: true },
      { text: body, start: bodyStart, end: bodyStart + body.length, exact: true },
    ]);
  });
  return rows.length >= MIN_SECTIONS ? [{ roles: [...ROLES], rows }] : [];
}
