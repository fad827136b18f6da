/**
 * Reads a listing's public column: the public parties it names (offentliga) and the bodies (organ),
 * e.g. "Västra götalandregion via Göteborgs hälso-och sjukvårdsnämnd" → Västra Götalandsregionen and
 * "göteborgs hälso- och sjukvårdsnämnd". Bodies are written in lower case, as running text writes them.
 */
import words from '../lexicon/listing-organ.json' with { type: 'json' };
import { alternation } from '../amounts/numerals.js';
import { findPublicParties, type PublicPartyMention } from './public-parties.js';

export interface OrganName {
  name: string;
  /** Offsets within the cell of the text it was read from. */
  start: number;
  end: number;
}

export interface PublicCell {
  offentliga: PublicPartyMention[];
  organ: OrganName[];
}

/** Where one body ends and the next begins: punctuation, a dash between spaces, a link or conjunction word. */
const BOUNDARY = new RegExp(`\\s*[,;]\\s*|\\s+[-–—]\\s+|\\s+(?:${alternation([...words.links, ...words.conjunctions])})\\s+`, 'giu');
const CONJUNCTION = new RegExp(`^\\s*(?:${alternation(words.conjunctions)}|,)\\s*$`, 'iu');
const HEAD = new RegExp(alternation(words.headWords), 'iu');
/** A link word left at either end once a party is cut out ("… i", "inom …"). */
const EDGE_LINK = new RegExp(`^(?:(?:${alternation(words.edgeWords)})\\s+)+|(?:\\s+(?:${alternation(words.edgeWords)}))+$`, 'giu');

interface Piece {
  text: string;
  start: number;
  end: number;
  /** The boundary text that followed the piece. */
  joiner: string;
}

/** Cuts the cell at boundaries and at the public parties, which become boundaries themselves. */
function pieces(cell: string, parties: readonly PublicPartyMention[]): Piece[] {
  const masked = parties.reduce((text, p) => text.slice(0, p.start) + ','.padEnd(p.end - p.start, ' ') + text.slice(p.end), cell);
  const result: Piece[] = [];
  let from = 0;
  for (const m of masked.matchAll(BOUNDARY)) {
    // "Arbetsmarknads- och socialnämnden": a hyphen before the conjunction keeps the compound whole.
    if (/-$/.test(masked.slice(0, m.index)) && /\S/.test(m[0])) continue;
    result.push({ text: masked.slice(from, m.index), start: from, end: m.index, joiner: m[0] });
    from = m.index + m[0].length;
  }
  result.push({ text: masked.slice(from), start: from, end: masked.length, joiner: '' });
  return result;
}

/**
 * Lower case; "hälso-och" → "hälso- och"; a letter split off the end of a word is joined back ("förvaltninge n");
 * a genitive drops its -s ("Socialnämndens partnerskap" → "socialnämnden", "fullmäktiges" → "fullmäktige").
 */
export function normaliseOrgan(text: string): string {
  const trimmed = text
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})-och\b/gu, '$1- och')
    .replace(EDGE_LINK, '')
    .replace(/^[\s.,;:–-]+|[\s.,;:–-]+$/g, '');
  return joinSplitLetter(trimmed)
    .replace(GENITIVE_BODY, '$1')
    .toLowerCase();
}

/**
 * A letter split off the end ("förvaltninge n"), tried only where the text's last space stands before its last letter:
 * the pattern alone is tried from every offset of the text.
 */
const SPLIT_LETTER = /(\p{L}{3,}) (\p{Ll})$/u;
const joinSplitLetter = (text: string) => (text.lastIndexOf(' ') >= text.length - 3 ? text.replace(SPLIT_LETTER, '$1$2') : text);

/** A body's name in the genitive: its definite form ("-en", "-et", "fullmäktige") and an -s. */
const GENITIVE_BODY = /((?:nämnd|styrelse|förvaltning|utskott|avdelning|enhet|kontor|direktion)e[nt]|fullmäktige)s$/iu;

/** "Malmö" left over from "Individ- och familjenämnden i Malmö" is a place, not a body. */
function isPlaceName(text: string): boolean {
  const capitalised = text.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
  const [only] = findPublicParties(capitalised, { bare: true });
  return only !== undefined && only.start === 0 && only.end === capitalised.length;
}

export function readPublicCell(cell: string, options: { bare: boolean }): PublicCell {
  const designated = findPublicParties(cell, options);
  // A cell that is nothing but a place name ("Lund" under "Kommun") names the kommun.
  const offentliga = designated.length === 0 && isPlaceName(cell.trim()) ? findPublicParties(cell, { bare: true }) : designated;
  const organ: OrganName[] = [];
  let pending: Piece | null = null;
  for (const piece of pieces(cell, offentliga)) {
    const current: Piece = pending
      ? { text: cell.slice(pending.start, piece.end), start: pending.start, end: piece.end, joiner: piece.joiner }
      : piece;
    pending = null;
    if (!/\p{L}/u.test(current.text)) continue;
    // A lone word with no body in it is the first half of a coordination: read on into the next piece.
    const word = piece.text.replace(/^[\s\-–—]+|[\s\-–—]+$/g, '');
    if (!/\s/.test(word) && !HEAD.test(word) && CONJUNCTION.test(current.joiner)) {
      pending = current;
      continue;
    }
    const name = normaliseOrgan(current.text);
    if (/\p{L}/u.test(name) && !isPlaceName(name)) organ.push({ name, start: current.start, end: current.end });
  }
  return { offentliga, organ };
}
