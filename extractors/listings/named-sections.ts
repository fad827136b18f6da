/**
 * Pages and reports that give each partnership a section of its own: the organisation's name as a heading,
 * or the pair of parties ("Lunds kommun och Kvinnojouren Vega"), then prose about the partnership.
 *   Kvinnojouren Vega
 *   Kommunen har sedan 2022 ett IOP med jouren om skyddat boende. Överenskommelsen gäller 2022–2025.
 *
 *   Idrottsföreningen Kometen
 *   …
 * A heading counts when it stands alone after a blank line (one blank line may follow it) and has the form of
 * an idéburen organisation's name (a marker word such as förening, stiftelse, jour, IF, or a national
 * organisation's name), or names a kommun or region and a name joined by "och", "&" or a dash; its section
 * runs to the next such heading and must speak of a partnership or funding. Only a list counts: two
 * sections or more. The section's prose is the row's description, where its period and sums are read.
 */
import lineWords from '../lexicon/listing-lines.json' with { type: 'json' };
import decisionWords from '../lexicon/decision-words.json' with { type: 'json' };
import { alternation } from '../amounts/numerals.js';
import { escapeRegExp } from './collapsed-table.js';
import { PARTNERSHIP_WORD } from './grant-words.js';
import { isHeading } from './headings.js';
import { isCaption, looksLikeName, nameAfterLead } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';
import { findPublicParties } from './public-parties.js';
import { isBlank, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { splitLines } from '../engine/table-row.js';
import { perKey, perText } from '../engine/memo.js';
import { foldedWritings, mayContainOnce } from '../engine/folded.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'offentlig', 'description'];
/** What joins the two parties of a pair heading. */
const PAIR_JOIN = /\s+(?:och|&|[-–—])\s+/gu;
const MAX_PAIR_NAME_WORDS = 8;
const MIN_SECTIONS = 2;
/** A section longer than this is read only this far: a partnership's paragraph, not the rest of a report. */
const MAX_SECTION = 2000;

/** Organisations in general ("Samverkan med föreningar och organisationer genom IOP"): a page's topic, not a name. */
const GENERIC_PLURAL = new RegExp(`(?:^|\\s)(?:${alternation(lineWords.genericPlurals)})(?=\\s|$)`, 'u');

/** Whether a heading's title is an idéburen organisation's name by its form. */
export function isOrganisationHeading(title: string): boolean {
  return looksLikeName(title) && hasOrganisationForm(title) && !GENERIC_PLURAL.test(title);
}

/**
 * "Lunds kommun och Kvinnojouren Vega", "Föreningen Gemenskap – Region Skåne": a heading naming a kommun or
 * region (with its designation) and a name beside it; the offsets of both parts within the title.
 */
export function readPairHeading(title: string): { ideburen: Span; offentlig: Span } | null {
  for (const join of title.matchAll(PAIR_JOIN)) {
    const parts: Span[] = [
      { start: 0, end: join.index },
      { start: join.index + join[0].length, end: title.length },
    ];
    const publicAt = parts.findIndex((part) => {
      const [party, ...others] = findPublicParties(title.slice(part.start, part.end), { bare: false });
      return party !== undefined && others.length === 0 && party.start === 0 && party.end === part.end - part.start;
    });
    if (publicAt < 0) continue;
    const name = parts[1 - publicAt]!;
    const words = title.slice(name.start, name.end).split(/\s+/);
    if (/^\p{Lu}/u.test(words[0]!) && words.length <= MAX_PAIR_NAME_WORDS && findPublicParties(title.slice(name.start, name.end), { bare: false }).length === 0) {
      return { ideburen: name, offentlig: parts[publicAt]! };
    }
  }
  return null;
}

interface Span {
  start: number;
  end: number;
}

const emptyCell: Cell = { text: '', start: 0, end: 0, exact: true };

/** How far into its section a heading's name is looked for as the partner ("… ett IOP med Fritidsbanken …"). */
const PARTNER_REACH = 300;

/**
 * Where the section's opening names the heading's organisation as the partner, after "med", in its fullest form:
 * "Kvinnojouren" over "Socialnämnden har ett IOP med Kvinnojouren i Storby om …" is "Kvinnojouren i Storby".
 * A name without an organisation's form ("Fritidsbanken") heads a partnership only so.
 */
function partnerMention(title: string, section: string): { name: Span; place: Span | null } | null {
  if (!looksLikeName(title) || GENERIC_PLURAL.test(title)) return null;
  const opening = section.slice(0, PARTNER_REACH);
  if (!PARTNERSHIP_WORD.test(opening)) return null;
  // The title must stand in the opening (engine/folded.ts) before its pattern is compiled and tried.
  const mention = mayContainOnce(opening, title) ? partnerAt(title, opening) : null;
  if (!mention) return null;
  const end = mention.index + mention.length;
  const place = PLACE_AFTER.exec(opening.slice(end));
  return { name: { start: mention.index, end }, place: place ? { start: mention.index, end: end + place[0].length } : null };
}

/** The heading's name after "med", compiled once per title (headers and footers repeat on every page). */
const partnerPattern = perKey((title: string) => new RegExp(`(?<=\\smed\\s+(?:föreningen\\s+)?)${escapeRegExp(title)}(?![\\p{L}\\d])`, 'iu'), 1000);
const AFTER_WITH = /(?<=\smed\s+(?:föreningen\s+)?)/iuy;
const NOT_BEFORE_WORD_CHARACTER = /(?![\p{L}\d])/iuy;
/**
 * The first place partnerPattern(title) matches in a text: found without compiling it (engine/folded.ts foldedWritings, the
 * title one literal), unless folding cannot read the title.
 */
function partnerAt(title: string, text: string): { index: number; length: number } | null {
  const found = foldedWritings([title], text, AFTER_WITH, NOT_BEFORE_WORD_CHARACTER);
  if (found) return found[0] ? { index: found[0].start, length: found[0].end - found[0].start } : null;
  const m = partnerPattern(title).exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
}

/** What may follow a name in running text as its own: its place ("i Storby", "Storby"). */
const PLACE_AFTER = /^(?:\s+i)?\s+\p{Lu}[\p{L}-]+/u;

/** The heading's cells: the organisation, and the public party a pair heading names; null when the line heads no partnership. */
function headingCells(title: string, at: number, section: { text: string; start: number }, leads: boolean): [Cell, Cell] | null {
  const cell = (span: Span): Cell => ({ text: title.slice(span.start, span.end), start: at + span.start, end: at + span.end, exact: true });
  const mention = partnerMention(title, section.text);
  if (mention?.place) return [{ text: section.text.slice(mention.place.start, mention.place.end), start: section.start + mention.place.start, end: section.start + mention.place.end, exact: true }, emptyCell];
  // A pair is read before a name: "Region Uppsala och Kvinnojouren Lilja" has a name's form (capitals joined by
  // "och", a jour), but one of its parts is a region.
  const pair = readPairHeading(title);
  if (pair) return [cell(pair.ideburen), cell(pair.offentlig)];
  if (mention || isOrganisationHeading(title)) return [cell({ start: 0, end: title.length }), emptyCell];
  const lead = leads && !CASE_SECTION.has(title.toLowerCase().replace(/[\s:]+$/u, '')) ? leadPartner(section.text) : null;
  return lead ? [{ text: section.text.slice(lead.start, lead.end), start: section.start + lead.start, end: section.start + lead.end, exact: true }, emptyCell] : null;
}

/**
 * lead-partner: a news page may head each partnership's section with a line on what it does rather than the partner's
 * name, the section's first sentence naming the partner after the agreement word or opening on it as a förening:
 *   Läxhjälp för att stärka barn och föräldrar
 *   Socialnämnden påbörjar ett IOP med Norrby Studiecenter Läxhjälpen. Partnerskapet gäller fram till 2024.
 *
 *   Kooperativet kan öppna upp för yngre åldrar
 *   Förvaltningen har sedan flera år ett partnerskap med Kooperativet Berget via IOP för att …
 *   yes: "… ett IOP med Norrby Studiecenter Läxhjälpen.", "… ett partnerskap med Kooperativet Berget via IOP …",
 *        "Föreningen Tidigt Stöd har tidigare samarbetat med socialtjänsten …" (the name after "Föreningen")
 *   no:  "Kommunen har avtal med flera föreningar." (no name), "… ett IOP med Socialnämnden" (a body), "… IOP med Region
 *        Norrland" (a public party), a partner named only after the first sentence
 */
/**
 * A case's own sections ("Beslut", "Sammanfattning av ärendet", "Beslutsgång"): a protocol's or a tjänsteskrivelse's parts of
 * one matter, each naming its one partner again, no partnerships of their own.
 */
const CASE_SECTION: ReadonlySet<string> = new Set(Object.values(decisionWords.headings).flat());
const LEAD_BEFORE_PARTNER = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(lineWords.agreementLeads)})\p{L}{0,4}\s+med\s+(?:[Ff]öreningen\s+)?`, 'giu');
const OPENING_FORENING = /^[Ff]öreningen\s+/u;
/** Capitalised words, joined by the few lower-case words a name holds ("Brottsofferjouren i Norrby", "Skyddsvärnet och Fryshuset"). */
const NAME_RUN = /^\p{Lu}[\p{L}\d-]*(?:\s+(?:(?:i|för|och|av|på|mot)\s+)?\p{Lu}[\p{L}\d-]*)*/u;
/**
 * The section's first sentence, within its first paragraph and ending within the reach read: a sentence cut off there
 * may hold a name cut off too, and one running over a blank line is a page's header lines ("Datum", "§ 83 Dnr …") before it.
 */
const FIRST_SENTENCE = /^(?:(?!\n[ \t]*\n)[^])*?[.!?](?=\s|$)/u;

function leadPartner(section: string): Span | null {
  const sentence = FIRST_SENTENCE.exec(section)?.[0] ?? '';
  const starts = [...sentence.matchAll(LEAD_BEFORE_PARTNER)].map((m) => m.index + m[0].length);
  const opening = OPENING_FORENING.exec(sentence);
  if (opening) starts.unshift(opening[0].length);
  for (const at of starts) {
    const name = NAME_RUN.exec(sentence.slice(at))?.[0];
    if (name && looksLikeName(name) && !GENERIC_PLURAL.test(name)) return { start: at, end: at + name.length };
  }
  return null;
}

/**
 * A news page's subheading may run longer than a report's label ("Tidigt Föräldrastöd möter föräldrars oro kring
 * socialtjänsten"): a caption line (line-list.ts: short, no sentence's end, no lead-in) opening in a capital, without a
 * digit (a case number's or a date's line, "Dnr IF-2025-00170. Revisionsplan 2025", is no subheading). Only
 * lead-partner sections read it so, their first sentence naming the partner.
 */
const newsHeading = (line: string) => (/^\p{Lu}[^\d]*$/u.test(line.trim()) && isCaption(line) ? { depth: 0, title: line.trim() } : null);

/** Two names of one partner: the same words, or one the other's first words ("Erikshjälpen" and "Erikshjälpen Second hand"). */
function samePartner(a: string, b: string): boolean {
  const [x, y] = [a, b].map((name) => name.toLowerCase().replace(/\s+/g, ' ').trim());
  return x === y || x!.startsWith(`${y} `) || y!.startsWith(`${x} `);
}

/** Read once per text (engine/memo.ts): the document type and the listings extractor both ask for them. */
export const findNamedSections = perText((text: string) => readNamedSections(text, false));
/**
 * The same sections, and those whose heading says what the partnership does while the first sentence names the partner
 * (lead-partner). Only the listings extractor reads these, in a report or a web page: in a protocol, sections such as
 * "Ärendet" and "Bakgrund" name partners so too, and the document type asks for sections that are a list by their headings.
 */
export const findSectionsWithLeads = perText((text: string) => readNamedSections(text, true));
function readNamedSections(text: string, leads: boolean): ListingTable[] {
  const lines = splitLines(text);
  const nonBlank = (i: number) => i < lines.length && !isBlank(lines[i]!.text);
  const headings = lines.flatMap((line, i) => {
    // A news subheading stands apart, a blank line after it too: a line that runs on is a wrapped paragraph's first.
    const heading = isHeading(line.text) ?? (leads && i + 1 < lines.length && isBlank(lines[i + 1]!.text) ? newsHeading(line.text) : null);
    const alone = i === 0 || isBlank(lines[i - 1]!.text);
    // Its section follows at once, or after one blank line (a web page's heading and paragraph).
    const bodyAt = nonBlank(i + 1) ? i + 1 : nonBlank(i + 2) ? i + 2 : -1;
    if (!heading || !alone || bodyAt < 0) return [];
    // "IOP med Kvinnojouren Vega": the heading names the partner after the agreement word.
    const whole = heading.title.trim();
    const title = whole.slice(nameAfterLead(whole).from);
    const sectionStart = lines[bodyAt]!.start;
    const cells = headingCells(title, line.start + line.text.lastIndexOf(title), { text: text.slice(sectionStart, sectionStart + PARTNER_REACH), start: sectionStart }, leads);
    return cells ? [{ line: i, bodyAt, cells }] : [];
  });
  const rows: Cell[][] = [];
  headings.forEach(({ bodyAt, cells }, k) => {
    const bodyStart = lines[bodyAt]!.start;
    const next = headings[k + 1];
    const bodyEnd = Math.min(next === undefined ? text.length : lines[next.line]!.start, bodyStart + MAX_SECTION);
    const body = text.slice(bodyStart, bodyEnd).trimEnd();
    if (!PARTNERSHIP_WORD.test(body)) return;
    // A partner read from its section's prose that an earlier section named too, in full or in part ("Erikshjälpen",
    // "Erikshjälpen Second"), is one partnership's story told on.
    const fromProse = cells[0].start >= bodyStart;
    if (fromProse && rows.some((row) => samePartner(row[0]!.text, cells[0].text))) return;
    rows.push([...cells, { text: body, start: bodyStart, end: bodyStart + body.length, exact: true }]);
  });
  return rows.length >= MIN_SECTIONS ? [{ roles: [...ROLES], rows }] : [];
}
