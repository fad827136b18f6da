/**
 * The document's own kommun and region, and the words that stand for them. A municipal text names its own
 * kommun once, in the letterhead or the sender's address, and then calls it "kommunen" or "staden" ("IOP
 * mellan kommunen och föreningen"); a region's text says "regionen". Such a word is the own party when it
 * stands where a party stands, and the document says which kommun or region it is. A body "i <ort>"
 * ("socialnämnden i Lund", "kommunstyrelsen i Alingsås") names its kommun by the place alone.
 */
import type { Candidate } from '../engine/candidate.js';
import { eachMatch, eachMatchNear, notAfter, runStart } from '../engine/sticky.js';
import { findKommun, KOMMUNER, lookupPublicParty, REGIONER, type PublicPartyKind } from './lexicon.js';

/** Definite nouns for one's own kommun or region, with their genitive ("kommunens socialnämnd"). */
const OWN_WORD = /(?<![\p{L}\d-])(kommunen|staden|regionen|landstinget)s?(?![\p{L}\d])/giu;
const KIND_OF_WORD: Record<string, PublicPartyKind> = { kommunen: 'kommun', staden: 'kommun', regionen: 'region', landstinget: 'region' };

/**
 * A kommun's body with the place it serves: "Socialnämnden i Lund", "kommunfullmäktige i Alingsås". Tried
 * only where a word starts (the leftmost match starts there anyway), not from every letter of every word.
 */
const BODY_IN_PLACE = /(?<!\p{L})\p{L}*(?:nämnd|styrelse|fullmäktige|förvaltning)(?:en|n)?[ \t]+i[ \t]+(\p{Lu}\p{L}+(?:[ \t-]\p{Lu}\p{L}+)?)(?![\p{L}\d])(?![ \t]+(?:kommun|stad|län)(?!\p{L}))/gu;
/*
 * BODY_IN_PLACE tried only at the start of the word holding a head (engine/sticky.ts eachMatchNear): from every word
 * start its \p{L}* runs over the whole word and back. Every match holds a head, and only letters stand before it back
 * to where the match starts (after a non-letter), so a match starts no earlier than the run of letters before the head.
 */
const BODY_IN_PLACE_STICKY = new RegExp(BODY_IN_PLACE.source, 'yu');
const PLACE_HEAD = /nämnd|styrelse|fullmäktige|förvaltning/gu;
/** No letter right before the offset, or the text starts there: a table answers for most code points (engine/sticky.ts notAfter). */
const placeStartable = notAfter(/\p{L}/u);
const letterRunStart = runStart(placeStartable);
/** For own-party-near.test.ts: the whole-text pattern and its search near heads, which must find the same. */
export const BODY_IN_PLACE_SEARCH = { pattern: BODY_IN_PLACE, sticky: BODY_IN_PLACE_STICKY, literal: PLACE_HEAD, earliest: letterRunStart, startable: placeStartable };

/**
 * A web or mail domain of a kommun or region ("www.eskilstuna.se", "kontakt@upplandsvasby.se",
 * "regionsormland.se"): the publisher's or the writer's own. Derived from the lexicon's names, letters folded
 * as domains write them.
 */
const fold = (name: string) => name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/[\s-]+/g, '');
const DOMAINS = new Map<string, { kind: PublicPartyKind; name: string }>();
for (const k of KOMMUNER) {
  if (k.designation !== 'region') DOMAINS.set(fold(k.name), { kind: 'kommun', name: `${k.stem} ${k.designation === 'stad' ? 'stad' : 'kommun'}` });
}
for (const r of REGIONER) {
  for (const domain of [`region${fold(r.name)}`, ...(r.domains ?? [])]) DOMAINS.set(domain, { kind: 'region', name: r.official });
}
const DOMAIN = /(?:[/@.]|(?<![\p{L}\d.-]))([a-z-]+)\.se(?![\p{L}\d-])/gu;
/*
 * DOMAIN tried only just before each ".se" (engine/sticky.ts eachMatchNear), not from every word start of the text: a match
 * is its name's letters ([a-z-], one code unit each) right before ".se", with at most one "/", "@" or "." before them.
 */
const DOMAIN_STICKY = new RegExp(DOMAIN.source, 'yu');
const DOMAIN_END = /\.se/gu;
const isDomainLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || code === 0x2d;
function domainStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && isDomainLetter(text.charCodeAt(start - 1))) start--;
  return Math.max(0, start - 1);
}
/** For own-party-near.test.ts: the whole-text pattern and its search near ".se", which must find the same. */
export const DOMAIN_SEARCH = { pattern: DOMAIN, sticky: DOMAIN_STICKY, literal: DOMAIN_END, earliest: domainStart };

/** The kommuner and regioner whose domains the text writes. */
export function domainParties(text: string): { kind: PublicPartyKind; name: string }[] {
  const found = new Map<string, { kind: PublicPartyKind; name: string }>();
  for (const m of eachMatchNear(DOMAIN_STICKY, DOMAIN_END, domainStart, text)) {
    const party = DOMAINS.get(m[1]!.replace(/-/g, ''));
    if (party) found.set(party.name, party);
  }
  return [...found.values()];
}

/** Rules whose candidates say the party is the document's own: its letterhead or its address. */
const OWN_RULES = new Set(['public.header', 'public.address']);

export interface OwnWordMention {
  kind: PublicPartyKind;
  start: number;
  end: number;
}

/** Every "kommunen", "staden", "regionen", "landstinget" in the text. */
export function ownWordMentions(text: string): OwnWordMention[] {
  return [...eachMatch(OWN_WORD, text)].map((m) => ({ kind: KIND_OF_WORD[m[1]!.toLowerCase()]!, start: m.index, end: m.index + m[0].length }));
}

/** Kommuner named by a body and its place ("Socialnämnden i Lund"), as spans of the place. */
export function bodyPlaceMentions(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of eachMatchNear(BODY_IN_PLACE_STICKY, PLACE_HEAD, letterRunStart, text, placeStartable)) {
    // "i Upplands Väsby" is one place; "i Lund Kommunstyrelsen" is "Lund" and the next heading.
    const place = findKommun(m[1]!) ? m[1]! : m[1]!.split(/[ \t]/)[0]!;
    const kommun = findKommun(place);
    // Only the place's own name: "i Region Skåne" and "i Lunds kommun" are matched as designated forms.
    if (!kommun || (place !== kommun.name && place !== kommun.stem)) continue;
    const start = m.index + m[0].length - place.length;
    out.push({ name: `${kommun.stem} ${kommun.designation === 'stad' ? 'stad' : 'kommun'}`, start, end: start + place.length });
  }
  return out;
}

/**
 * The document's own party of a kind: the one in its letterhead or address, else the one whose domain it
 * writes when the text names it too, else the only one of that kind it names. Null when it names none, or several
 * and none as its own. A domain alone names no party: the text names its parties as such, and "Kommunen har
 * tecknat avtal med föreningen" under dorotea.se names no kommun.
 */
export function ownParty(candidates: readonly Candidate<string>[], kind: PublicPartyKind, domains: readonly { kind: PublicPartyKind; name: string }[] = []): string | null {
  const ofKind = candidates.filter((c) => lookupPublicParty(c.value)?.kind === kind);
  const own = ofKind.filter((c) => OWN_RULES.has(c.rule));
  const domain = domains.filter((d) => d.kind === kind);
  if (own.length === 0 && domain.length === 1) {
    const official = lookupPublicParty(domain[0]!.name)?.official;
    return ofKind.some((c) => lookupPublicParty(c.value)?.official === official) ? domain[0]!.name : null;
  }
  const pool = own.length > 0 ? own : ofKind;
  const officials = new Set(pool.map((c) => lookupPublicParty(c.value)!.official));
  if (officials.size !== 1) return null;
  return pool.reduce((best, c) => (c.strength > best.strength ? c : best)).value;
}
