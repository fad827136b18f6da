/**
 * Reads the idéburna organisations out of a listing's organisation cell. One cell may hold several
 * ("Skyddsvärnet och Fryshuset", "A, B och C", "X genom Y"); a name may carry an abbreviation
 * ("Synskadades Riksförbund (SRF)", "SHEDO (Self Harm … Organization)", "TRIS- Tjejers Rätt i Samhället")
 * or a note ("Skyddsvärnet i Göteborg (Toftaåsen)") that is not part of it. Companies are left out.
 */
import words from '../lexicon/listing-organisations.json' with { type: 'json' };
import { alternation } from '../amounts/numerals.js';
import { findPublicParties } from './public-parties.js';
import { hasOrganisationForm } from './organisation-form.js';

/**
 * How the name was read, for its confidence: the only name of its cell; one of two or three; one of
 * two parted by a comma alone (maybe one party's two names); one of a
 * crowded list (which may hold a project's or a site's name too); a name kept joined over a lower-case
 * conjunct ("… och mellanstaden" may be a second party); or read from a cell where a description, a
 * place or a company was left out (the cut may have been in the wrong place).
 */
export type NameReading = 'whole' | 'split' | 'comma-pair' | 'crowded' | 'joined-lower' | 'trimmed';

/** From this many names up a cell is a crowded list. */
const CROWDED = 4;
const LOWER_CONJUNCT = new RegExp(`\\s(?:${alternation(words.conjunctions)})\\s+\\p{Ll}`, 'u');

export interface OrganisationName {
  name: string;
  reading: NameReading;
  /** The abbreviation the cell gives for it, if any. */
  alias: string | null;
  /** Offsets within the cell of the text the name was read from. */
  start: number;
  end: number;
}

const CONJUNCTION = new RegExp(`,|;|\\s+(?:${alternation(words.conjunctions)})\\s+`, 'giu');
const COMPANY_END = new RegExp(`\\s(?:${alternation(words.companyForms)})\\.?$`, 'u');
const IDEBUREN_MARKER = new RegExp(alternation(words.ideburenMarkers), 'iu');
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d-]{1,9}$/u;
const STARTS_UPPER = /^[\p{Lu}\d]/u;
/** A capitalised word right after a parenthesis: the name goes on. */
const NAME_GOES_ON = /^\s+\p{Lu}/u;
/** A trailing street and house number: "Reningsborg Aprikosgatan", "Stadsmissionen Storgatan 3". */
const TRAILING_STREET = new RegExp(`\\s+\\p{Lu}\\p{Ll}*(?:${alternation(words.streetSuffixes)})(?:\\s+\\d+\\s?\\p{L}?)?$`, 'u');
/** An organisation word standing alone, no name: "Föreningen", "Stiftelsen", "Klubben". */
const ORGANISATION_WORD_ALONE = /^(?:föreningen|stiftelsen|klubben|sällskapet|förbundet|organisationen)$/iu;

/**
 * "Riksförbundet för Social och Mental Hälsa", "Fysisk och Psykisk Hälsa": a name does not end in an adjective, so
 * a conjunction after a capitalised adjective joins two of its words, not two names.
 */
const ADJECTIVE_BEFORE = /\s\p{Lu}\p{Ll}+(?:isk|ell|lig|ial|tal)$/u;

/** "Bistånd & Entreprenad AB": an ampersand inside a company's own name. */
const COMPANY_AMPERSAND = new RegExp(`^\\S+${COMPANY_END.source}`, 'u');

/**
 * "Husby Konst & Hantverksförening", "Norrby Musik och Teaterförening": one word after the conjunction that is a
 * compound ending in a bare organisation word, with no article ("-förening", not "-föreningen"), names no
 * organisation of its own (no name is an indefinite "Hantverksförening"): it ends the name before it, two or more
 * words without an organisation word of their own. "Skyddsvärnet och Stadsmissionen" and "… & Malmö
 * Pingstförsamling" stay two names.
 */
const BARE_TYPE_COMPOUND = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${alternation(words.ideburenMarkers.filter((w) => !/(?:en|et|n)$/.test(w) && !/\s/.test(w)))})$`, 'u');
function sharedTypeWord(before: string, after: string): boolean {
  const conjunct = after.split(/[,;(]/)[0]!.trim();
  const name = before.split(/[,;]/).at(-1)!.trim();
  return BARE_TYPE_COMPOUND.test(conjunct) && name.split(/\s+/).length >= 2 && !IDEBUREN_MARKER.test(name);
}

/**
 * "Öbacka Jazz & Blues", "Ekby Konst & Design": an ampersand before one capitalised word, with no organisation's form on
 * either side, joins two words of one name; a name stands on each side of "Kvinnojouren & Tjejjouren Vega" or "Ekby IF
 * & Norrby", and of "Norrby Jazz & Röda Korset" (two words after it).
 */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * "IF Friskis & Svettis": a form's abbreviation opening the name ("IF", "IK") leaves it open, the words after it still the
 * name's own; only a form the words carry themselves ("Ekby IF", "Norrby Scoutkår") closes it.
 */
const OPENING_FORM_ABBREVIATION = /^\p{Lu}{2,4}\s+(?=\p{Lu})/u;
function joinsWords(before: string, after: string): boolean {
  const conjunct = after.split(/[,;(]/)[0]!.trim();
  const name = before.split(/[,;]/).at(-1)!.trim();
  return ONE_WORD.test(conjunct) && !hasOrganisationForm(conjunct) && !hasOrganisationForm(name.replace(OPENING_FORM_ABBREVIATION, ''));
}

/**
 * "Suicid prevention och Efterlevande Stöd (SPES)": an abbreviation after the conjunct spelled by the initials of the words
 * on both sides of the conjunction (all of them, or the capitalised ones) abbreviates one name, which the conjunction
 * is inside of. "Skyddsvärnet och Fryshuset (FH)" abbreviates only the second.
 */
const CLOSING_ABBREVIATION = /^([^()]*)\((\p{Lu}{2,10})\)/u;
function spelledAcross(before: string, after: string): boolean {
  const abbreviated = CLOSING_ABBREVIATION.exec(after.split(/[,;]/)[0]!);
  if (!abbreviated) return false;
  const words = [...before.split(/[,;]/).at(-1)!.trim().split(/\s+/), ...abbreviated[1]!.trim().split(/\s+/)].filter((w) => /^\p{L}/u.test(w));
  const initials = (chosen: string[]) => chosen.map((w) => w[0]!.toUpperCase()).join('');
  return [initials(words), initials(words.filter((w) => /^\p{Lu}/u.test(w)))].includes(abbreviated[2]!);
}

interface Separator {
  index: number;
  length: number;
  /** What follows is a new item, so a part in lower case after it describes rather than names. */
  closes: boolean;
}

/** Separators at parenthesis depth 0 that really part two names. */
function separators(cell: string): Separator[] {
  const found: Separator[] = [];
  for (const m of cell.matchAll(CONJUNCTION)) {
    const before = cell.slice(0, m.index);
    const after = cell.slice(m.index + m[0].length);
    const depth = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
    if (depth > 0) continue;
    // A comma, or a conjunction after a parenthesis ("… samarbetskommitté (FOS) och kyrkliga samfund"), closes the name before it.
    const closes = /^[,;]$/.test(m[0]) || /\)\s*$/.test(before);
    if (!closes) {
      // "Kvinno- och tjejjouren", "Konst– och Hantverksförening": the first word shares the second's head.
      if (/[-–]$/.test(before)) continue;
      // A lower-case conjunct goes on with the name before it ("Husby konst och hantverksförening").
      if (!STARTS_UPPER.test(after)) continue;
      if (ADJECTIVE_BEFORE.test(before)) continue;
      if (m[0].trim() === '&' && (COMPANY_AMPERSAND.test(after.split(/[,;(]/)[0]!.trim()) || joinsWords(before, after))) continue;
      if (sharedTypeWord(before, after) || spelledAcross(before, after)) continue;
    }
    found.push({ index: m.index, length: m[0].length, closes });
  }
  return found;
}

/** The name and alias a segment gives, after its parentheses and an abbreviation prefix are read. */
function readSegment(segment: string): { name: string; alias: string | null } {
  let alias: string | null = null;
  const notes: string[] = [];
  let outside = segment.replace(/\s*\(([^()]*)\)/g, (whole: string, inner: string, at: number) => {
    // inner-abbreviation: "Bordtennisklubben (BTK) Åsen": an abbreviation inside the name, its words going on after it, is
    // written as part of it; at the name's end it is the name's alias.
    if (ACRONYM.test(inner.trim()) && NAME_GOES_ON.test(segment.slice(at + whole.length))) return whole;
    notes.push(inner.trim());
    return '';
  });
  outside = outside.trim();
  for (const note of notes) {
    if (ACRONYM.test(note)) alias ??= note;
    else if (ACRONYM.test(outside) && note.split(/\s+/).length >= 2 && STARTS_UPPER.test(note)) {
      // "SHEDO (Self Harm and Eating Disorder Organization)": the parenthesis spells the name out.
      alias = outside;
      outside = note;
    }
  }
  const prefixed = /^([\p{Lu}\d]{2,10})\s*[-–]\s+(\p{Lu}.*)$/u.exec(outside);
  if (prefixed) {
    alias ??= prefixed[1]!;
    outside = prefixed[2]!;
  }
  // "Stadsmissionen – Vinternatt": after a dash between spaces comes the project or site, not the name.
  outside = outside.split(/\s[-–—]\s/u)[0]!;
  // "Föreningen Munkleden": a street-like word right after a bare organisation word is the name itself, no address.
  const street = TRAILING_STREET.exec(outside);
  const addressed = street !== null && !ORGANISATION_WORD_ALONE.test(outside.slice(0, street.index).trim());
  const name = (addressed ? outside.slice(0, street.index) : outside)
    // "Gustavsberg- Ingarö församling": a line-break hyphen left a space inside a hyphenated name.
    .replace(/(\p{L})- (?=\p{Lu})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:–-]+|[\s.,;:–-]+$/g, '');
  return { name, alias };
}

function isPlaceName(name: string): boolean {
  const [only] = findPublicParties(name, { bare: true });
  return only !== undefined && only.start === 0 && only.end === name.length;
}

function isCompany(name: string): boolean {
  return COMPANY_END.test(name) && !IDEBUREN_MARKER.test(name);
}

export function splitOrganisations(cell: string): OrganisationName[] {
  const names: Omit<OrganisationName, 'reading'>[] = [];
  let from = 0;
  let closed = false;
  let leftOut = false;
  const take = (to: number) => {
    const raw = cell.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const { name, alias } = readSegment(raw);
    const keep =
      name.length > 0 &&
      /\p{L}/u.test(name) &&
      // After a closed name, a lower-case part describes it ("…, äldrecenter", "… (FOS) och kyrkliga samfund").
      !(closed && !STARTS_UPPER.test(name)) &&
      // "Svenska Röda Korset Restad Gärd, Vänersborg": a place after a comma says where, not who.
      !(closed && isPlaceName(name)) &&
      !isCompany(name);
    if (keep) names.push({ name, alias, start: from + lead, end: from + raw.trimEnd().length });
    else if (/\p{L}/u.test(name)) leftOut = true;
  };
  const found = separators(cell);
  for (const sep of found) {
    take(sep.index);
    from = sep.index + sep.length;
    closed = sep.closes;
  }
  take(cell.length);
  // "A, B" without a conjunction may be two parties or one party and its other name ("…, Winnet Malmö").
  const commaOnly = found.every((sep) => /^[,;]$/.test(cell.slice(sep.index, sep.index + sep.length)));
  return names.map((n) => ({ ...n, reading: readingOf(n.name, names.length, leftOut, commaOnly) }));
}

function readingOf(name: string, count: number, leftOut: boolean, commaOnly: boolean): NameReading {
  if (LOWER_CONJUNCT.test(name)) return 'joined-lower';
  if (leftOut) return 'trimmed';
  if (count >= CROWDED) return 'crowded';
  if (count === 2 && commaOnly) return 'comma-pair';
  return count > 1 ? 'split' : 'whole';
}
