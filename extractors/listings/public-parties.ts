/**
 * Public parties (kommuner, regioner) named in a listing's headings and cells, through the parties
 * lexicon (extractors/parties/lexicon.ts). Written forms ("Göteborg stad", "Linköping Kommun",
 * "Västra götalandregion") give the canonical name the lexicon keeps; a bare place name ("Lund") or a
 * genitive before a body ("Stockholms stadsdelsnämnd") names a kommun too, but only where the caller
 * allows it — in a cell those are as often part of a body's or an organisation's name.
 */
import { alternation } from '../amounts/numerals.js';
import { KOMMUNER, PUBLIC_PARTY_SURFACES, lookupPublicParty } from '../parties/lexicon.js';
import { perKey } from '../engine/memo.js';
import { PhraseMatcher } from '../engine/phrase-trie.js';
import { eachMatch } from '../engine/sticky.js';

export interface PublicPartyMention {
  /** Canonical name: "Göteborgs stad", "Västra Götalandsregionen", "Lunds kommun". */
  name: string;
  /** Offsets within the searched text. */
  start: number;
  end: number;
  /** Whether a designation named it ("X kommun", "Region X") rather than a bare place name. */
  designated: boolean;
}

/** The forms as a pattern; a space in a form matches any run of whitespace (a line or page break). */
const wordBounded = (alternatives: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\d-])(?:${alternation(alternatives).replace(/ /g, '\\s+')})s?(?![\\p{L}\\d-])`, flags);

/** Surface forms with a designation, matched in any case ("MALMÖ STAD", "Linköping Kommun"), in one trie pass. */
const DESIGNATED = new PhraseMatcher(PUBLIC_PARTY_SURFACES, { notAfter: /[\p{L}\d-]/u, notBefore: /[\p{L}\d-]/u, suffixes: ['s', ''] });

/** Bare place names and their genitives, matched only capitalised as written ("Lund", "Stockholms"). */
const BARE_FORMS = new Map<string, string>();
for (const kommun of KOMMUNER) {
  for (const form of [kommun.name, kommun.genitive, kommun.stem]) if (!BARE_FORMS.has(form)) BARE_FORMS.set(form, kommun.official);
}
const BARE = wordBounded([...BARE_FORMS.keys()], 'gu');

/**
 * The same cell, heading or stream is searched again by several listing readers; the two big alternations
 * cost most of listing extraction, so results are kept per text. Bounded, so a bulk run's memory stays flat.
 */
const FOUND = perKey((key: string) => searchPublicParties(key.slice(1), { bare: key[0] === 'b' }), 5000);

export function findPublicParties(text: string, options: { bare: boolean }): PublicPartyMention[] {
  // Copies: callers may reshape what they get.
  return FOUND((options.bare ? 'b' : 'd') + text).map((m) => ({ ...m }));
}

function searchPublicParties(text: string, options: { bare: boolean }): PublicPartyMention[] {
  const mentions: PublicPartyMention[] = [];
  for (const { start, end } of DESIGNATED.matchAll(text)) {
    const party = lookupPublicParty(text.slice(start, end));
    if (party) mentions.push({ name: party.name, start, end, designated: true });
  }
  if (options.bare) {
    for (const m of eachMatch(BARE, text)) {
      const overlaps = mentions.some((other) => m.index < other.end && other.start < m.index + m[0].length);
      const official = BARE_FORMS.get(m[0]) ?? BARE_FORMS.get(m[0].replace(/s$/, ''));
      if (!overlaps && official) mentions.push({ name: official, start: m.index, end: m.index + m[0].length, designated: false });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
