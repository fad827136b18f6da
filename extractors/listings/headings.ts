/**
 * Section headings of a report and the public party they put their rows under: "3.1.1 Göteborgs stad,
 * Socialnämnd Centrum", "Region Skåne", "3.1.10 Stockholms stadsdelsnämnd, Rinkeby-Kista". A numbered
 * heading ends every section at its own depth or deeper ("3.1.11 Övriga kommuner" ends 3.1.10's
 * party, "4 …" ends all of 3's); an unnumbered heading applies until the next heading.
 */
import organWords from '../lexicon/listing-organ.json' with { type: 'json' };
import { alternation } from '../amounts/numerals.js';
import { headerRole, isBlank } from './table.js';
import { splitLines } from '../engine/table-row.js';
import { hasOrganisationForm } from './organisation-form.js';
import { findPublicParties, type PublicPartyMention } from './public-parties.js';
import { readPublicCell, type OrganName } from './public-cell.js';
import { MONTH_WORDS } from '../period/dates.js';

export interface Heading {
  /** Global offsets of the heading line. */
  start: number;
  end: number;
  /** Depth of its number ("3.1.1" → 3); unnumbered headings are deeper than any numbered one. */
  depth: number;
  parties: PublicPartyMention[];
  /** The public body a heading that is nothing but a body's name puts its rows under ("Socialnämnden"); offsets global. */
  bodies: OrganName[];
}

/** The next word names a public body ("stadsdelsnämnd", "socialförvaltningen"). */
const BODY_WORD = new RegExp(`^\\s+\\S*(?:${alternation(organWords.bodyHeads)})`, 'iu');
/** A word that surely names a public body ("socialnämnden", "Regionstyrelsen"), not a caption ("Aktiva partnerskap"). */
const BODY_HEAD = new RegExp(alternation(organWords.bodyHeads), 'iu');
/** A line opening with a label ("Partner: …", "- Organisation: …"). */
const LABEL_START = /^\s*(?:[-•*–]\s+)?\p{Lu}[\p{L} /-]{1,44}:\s/u;
/** A list item's bullet before a capitalised word ("- Kvinnojouren Tärnan …", "• Röda Korset …"). */
const BULLET_START = /^\s*[-•*–·]\s+\p{Lu}/u;
const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\p{Lu}.*)$/u;
/** "## Region Skåne": a Markdown heading's depth is its number of #. */
const MARKDOWN = /^(#{1,6})\s+(\S.*)$/u;
const UNNUMBERED_DEPTH = 99;
/** An unnumbered body heading ("Socialnämnden") sits inside an unnumbered kommun or region heading ("Region Skåne"). */
export const BODY_DEPTH = UNNUMBERED_DEPTH + 1;
/** Longer lines, or lines with a full stop inside, are prose or list items, not headings. */
const MAX_HEADING = 100;

/**
 * sum-closed line: "HC Lidköping 80 000: –", "Norrby IF 15 000 kr": a line that closes on a sum is a list's item, its place
 * name the organisation's, never a heading that puts the rows below under a kommun. A year is no sum ("Region Skåne 2023").
 */
const CLOSING_SUM = /(?:\d[ \u00a0.]\d{3}|\d\s*(?:kr|kronor|:[ \t]?[-–]))[\s.:–-]*$/u;

export function isHeading(line: string): { depth: number; title: string } | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADING || /[\t|]/.test(line) || CLOSING_SUM.test(text)) return null;
  const numbered = NUMBERED.exec(text);
  const marked = MARKDOWN.exec(text);
  const title = numbered ? numbered[2]! : marked ? marked[2]! : text;
  if (/\.\s+\p{L}/u.test(title)) return null;
  if (numbered) return { depth: numbered[1]!.split('.').length, title };
  if (marked) return { depth: marked[1]!.length, title };
  // An unnumbered heading is a short label, not a sentence.
  if (text.length <= 60 && /^\p{Lu}/u.test(text) && !/[.!?]$/.test(text)) return { depth: UNNUMBERED_DEPTH, title };
  return null;
}

/**
 * A bare place name that opens a longer heading may be a capitalised common word ("Vara med och
 * bidra", "Mark och vatten"); it is a place in a short heading ("3.1 Lund"), before a comma ("Lund,
 * Vård- och omsorg") or before a body ("Stockholms stadsdelsnämnd, Rinkeby-Kista"), or later in the title.
 */
function startsPhrase(title: string, party: PublicPartyMention): boolean {
  if (party.start > 0 || title.trim().split(/\s+/).length <= 2) return false;
  const next = title.slice(party.end);
  return !/^\s*,/.test(next) && !BODY_WORD.test(next);
}

/**
 * A heading that is one public body's name and nothing else ("Kultur- och fritidsnämnden", "3 Socialnämnden")
 * groups a municipality's partnerships by the body that runs them; a title that only mentions a body
 * ("Socialnämndens arbete med IOP") does not.
 */
/**
 * meeting-date heading: "Regionstyrelsen 28 juni", "Kommunfullmäktige den 12 maj 2023", "Socialnämnden 2023-05-12": a news
 * page heads a meeting's decisions with the body and the day it met; the date is the meeting's, not the body's name.
 *   yes: "Regionstyrelsen 28 juni" (body "Regionstyrelsen"), "Socialnämnden 2023-05-12"
 *   no:  "Socialnämnden 2023" (a year heads a report's section, left as it was), "Kultur- och fritidsnämnden"
 */
const MEETING_DATE = new RegExp(
  String.raw`\s+(?:den\s+)?(?:\d{1,2}\s+(?:${MONTH_WORDS})\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})$`,
  'iu',
);

function wholeBody(title: string): OrganName[] {
  const text = title.replace(/[:\s]+$/u, '').replace(MEETING_DATE, '');
  const read = readPublicCell(text, { bare: true });
  const [body, ...others] = read.organ;
  if (!body || others.length > 0 || read.offentliga.length > 0) return [];
  if (body.start !== 0 || body.end !== text.length || !BODY_HEAD.test(text) || /\s(?!och\s)\p{Ll}+\s/u.test(text)) return [];
  return [body];
}

/** A table's header line: two or more cells apart (tab, pipe, a gap of spaces), every one a column label, the organisation's first. */
function isTableHeader(line: string): boolean {
  const cells = line.split(/\t|\s*\|\s*|\s{2,}/).filter((cell) => cell.trim().length > 0);
  const roles = cells.map((cell) => headerRole(cell));
  return cells.length >= 2 && (roles[0] === 'ideburen' || roles[0] === 'parties') && roles.every((role) => role !== null);
}

export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const lines = splitLines(text);
  lines.forEach((line, i) => {
    // A labelled line is a value ("Ansvarig nämnd: socialnämnden" in a card), not a heading over the rows below.
    const heading = LABEL_START.test(line.text) ? null : isHeading(line.text);
    if (!heading) return;
    // An unnumbered heading stands on its own, between blank lines (PDF text keeps no blank lines, but numbers its headings).
    const before = i === 0 ? '' : lines[i - 1]!.text;
    const after = i + 1 >= lines.length ? '' : lines[i + 1]!.text;
    const alone = isBlank(before) && isBlank(after);
    const offset = line.start + line.text.indexOf(heading.title);
    const bodies = wholeBody(heading.title).map((b) => ({ ...b, start: b.start + offset, end: b.end + offset }));
    // A web list may set its body headings straight above their labelled rows ("Socialnämnden\nPartner: …"),
    // but a body on the line after a bare label ("Nämnd:\nSocialnämnden") is that label's value.
    // So may a report set them straight above a table's header ("Kultur- och fritidsnämnden\nFörening\tBelopp").
    // So may a page set them straight above a bulleted list ("Socialnämnden\n- Kvinnojouren Tärnan, 2023–2025").
    const aboveRows = bodies.length > 0 && (LABEL_START.test(after) || isTableHeader(after) || BULLET_START.test(after)) && !/:\s*$/.test(before);
    if (heading.depth === UNNUMBERED_DEPTH && !alone && !aboveRows) return;
    // A bare place in an organisation's name ("3 Röda Korset Lund") is the organisation's, not the section's party.
    const named = hasOrganisationForm(heading.title);
    const parties = findPublicParties(heading.title, { bare: true })
      .filter((p) => p.designated || (!named && !startsPhrase(heading.title, p)))
      .map((p) => ({ ...p, start: p.start + offset, end: p.end + offset }));
    // An unnumbered line naming neither a public party nor a body is as likely a caption as a heading: it changes nothing.
    if (heading.depth === UNNUMBERED_DEPTH && parties.length === 0 && bodies.length === 0) return;
    const depth = heading.depth === UNNUMBERED_DEPTH && parties.length === 0 ? BODY_DEPTH : heading.depth;
    headings.push({ start: line.start, end: line.start + line.text.length, depth, parties, bodies });
  });
  return headings;
}

/** The public parties the headings before `offset` put it under: those of the innermost open heading that names any. */
export function partiesInEffect(headings: readonly Heading[], offset: number): PublicPartyMention[] {
  return innermost(headings, offset, (heading) => heading.parties);
}

/** The public bodies the headings before `offset` put it under: those of the innermost open heading that names any. */
export function bodiesInEffect(headings: readonly Heading[], offset: number): OrganName[] {
  return innermost(headings, offset, (heading) => heading.bodies);
}

function innermost<T>(headings: readonly Heading[], offset: number, named: (heading: Heading) => T[]): T[] {
  const open: Heading[] = [];
  for (const heading of headings) {
    if (heading.start >= offset) break;
    while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop();
    open.push(heading);
  }
  return [...open].reverse().map(named).find((names) => names.length > 0) ?? [];
}
