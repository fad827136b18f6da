/**
 * offentliga: the kommuner and regioner party to the partnership, found by their names in the lexicon
 * ("Region Gotland", "Malmö stad", "Göteborg Stad", "KUNGSBACKA KOMMUN", "Landstinget i Värmland") and
 * normalised to one canonical name each. Context decides how sure a mention is: the protocol's own header
 * and party contexts ("mellan A och X", "Parter", "För X", "X genom nämnden") are strong; a bare mention
 * is weaker. Plural or generic forms ("Hallands kommuner", "regionen") name no party and never match.
 */
import type { Field } from '../../pipeline/contract.js';
import type { Candidate } from '../engine/candidate.js';
import { mergeCandidates } from '../engine/candidate.js';
import type { DocText } from '../engine/doc-text.js';
import { AGREEING, FUNDING_FROM_BEFORE, SIGNED_BY } from './agreement-words.js';
import type { ContextRule } from './context-rules.js';
import { strongestContext } from './context-rules.js';
import { inPageHeader } from './layout.js';
import { lookupPublicParty, PUBLIC_PARTY_SURFACES, type PublicParty, type PublicPartyKind } from './lexicon.js';
import { bodyPlaceMentions, domainParties, ownParty, ownWordMentions } from './own-party.js';
import { perText } from '../engine/memo.js';
import { hasSuffixMarker } from './names.js';
import { PhraseMatcher } from '../engine/phrase-trie.js';

/**
 * Any surface form of a kommun or region, with an optional genitive s, as a whole word: one trie pass over
 * the text (engine/phrase-trie.ts), not a regex alternation of every surface form.
 */
const PUBLIC_PARTY = new PhraseMatcher(PUBLIC_PARTY_SURFACES, { notAfter: /[\p{L}\d-]/u, notBefore: /[\p{L}\d]/u, suffixes: ['s', ''] });

const AGREEMENT = String.raw`(?:IOP|[Pp]artnerskap|[Öö]verenskommelse|[Aa]vtal|[Ss]amarbete|[Ss]amverkan|[Kk]ontrakt)\p{L}*`;

/** Prepositions that make what follows a place or a source, not a party: "i", "från", "inom", "hos", "bland". */
const PLACE_PREPOSITIONS = 'i|från|inom|hos|bland|utanför|runt';

export const PUBLIC_PARTY_RULES: readonly ContextRule[] = [
  { name: 'public.mention', strength: 0.6 },
  { name: 'public.partner', strength: 0.8, before: /(?:(?:^|\s)[Mm]ellan|(?:^|\n)[ \t]*(?:Avtals)?[Pp]arter(?:na)?:?|^För|\spart(?:en|erna)?)\s*$/mu },
  { name: 'public.partnership-with', strength: 0.8, before: new RegExp(String.raw`${AGREEMENT}[^.\n]{0,40}?\smed\s+$`, 'u') },
  { name: 'public.partner-and', strength: 0.8, before: new RegExp(String.raw`(?:\smellan|${AGREEMENT}[^.\n]{0,40}?\smed)\s+[^.\n]{2,80}\s(?:och|samt)\s+$`, 'u') },
  // A title naming the agreement, then its parties after a comma: "Överenskommelse om IOP, Erikshjälpen Second
  // Hand och Kungsbacka kommun" (not "liknande avtal finns i Örebro kommun och …").
  // The title names no place: "avtal har tecknats i Lerums kommun, Partille kommun och …" and "dokument från
  // Laholms kommun, Timrå kommun och …" list places and examples, not parties.
  { name: 'public.agreement-list', strength: 0.75, before: new RegExp(String.raw`${AGREEMENT}(?:(?![ \t](?:${PLACE_PREPOSITIONS})[ \t])[^.,\n]){0,40},[^.\n]{0,60}(?:,|\soch)\s+$`, 'u') },
  { name: 'public.through-body', strength: 0.85, after: /^\s+(?:genom|via)\s/iu },
  // Signed by its parties: "Avtalet undertecknades av Växjö kommun och X" (agreement-words SIGNED_BY).
  { name: 'public.signed-by', strength: 0.8, before: new RegExp(SIGNED_BY, 'u') },
  { name: 'public.body-of', strength: 0.8, before: /(?:nämnd|styrelse|fullmäktige|förvaltning)\p{L}*[ \t]+i[ \t]+$/iu },
  // One body of it, not its bodies in general ("Stockholms stads nämnder och styrelser kan ingå IOP").
  { name: 'public.owner-of-body', strength: 0.8, after: /^s?\s+\S*(?:nämnd|styrelse|fullmäktige)(?!er)/iu },
  // The subject of entering or holding an agreement: "Lunds kommun har sedan 2019 ett IOP med …", "… och X tecknar".
  { name: 'public.agreement-subject', strength: 0.8, after: new RegExp(String.raw`^(?:[ \t]+(?:och|samt)[ \t]+[^.\n]{2,80}?)?[ \t]+${AGREEING}`, 'u') },
  { name: 'public.contributes', strength: 0.75, after: /^s?\s+(?:bidrar|finansierar|delfinansierar|ansvarar|tecknar|ingår)(?!\p{L})/u },
  // The funder of a grant, after the money: "kan mista sitt ekonomiska bidrag från Region Norrbotten", "får
  // verksamhetsbidrag av region Norrbotten", "stöd från Lunds kommun". Not money for a place ("bidrag i Lunds kommun").
  { name: 'public.funder', strength: 0.8, before: FUNDING_FROM_BEFORE },
  // The sender's address in a letterhead or footer: "Kungsbacka kommun\n434 81 Kungsbacka".
  { name: 'public.address', strength: 0.8, after: /^[ \t]*\n[ \t]*\d{3}[ \t]?\d{2}[ \t]+\p{Lu}/u },
];

const MENTION = PUBLIC_PARTY_RULES[0]!;

/** Strength of the protocol's own kommun or region in its page header. */
const HEADER_STRENGTH = 0.9;
/** A surface form that is doubtful as a party name ("Uppsala stad" is the town) weighs this much. */
const UNUSUAL_FACTOR = 0.5;
/** A kommun named by one of its bodies and the place ("Socialnämnden i Lund"). */
const BODY_IN_PLACE = 0.75;

/**
 * A party coordinated with a plain one ("Region Kronoberg och Växjö kommun har ett IOP") shares its standing;
 * coordinated with another mere mention ("jämfört med Västerås stad och Örebro kommun") it stays a mention.
 */
const COORDINATION = /^[ \t]*(?:,|och|samt)[ \t]+$/u;
const COORDINATED = 0.75;

function shareCoordination(text: string, candidates: Candidate<string>[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [a, b] = [candidates[i]!, candidates[i + 1]!];
    if (!COORDINATION.test(text.slice(a.end, b.start))) continue;
    if (a.strength >= COORDINATED && b.strength < COORDINATED) candidates[i + 1] = { ...b, strength: COORDINATED, rule: 'public.coordinated' };
    if (b.strength >= COORDINATED && a.strength < COORDINATED) candidates[i] = { ...a, strength: COORDINATED, rule: 'public.coordinated' };
  }
}

/**
 * "Röda Korset region Gotland": a region in lower case right after a name is that organisation's unit (name-spans.ts),
 * not the public region ("i region Skåne", "kommunen och region Skåne" stay the region).
 */
const NAME_BEFORE = /\p{Lu}[\p{L}\d]*[ \t]$/u;
const organisationsRegion = (text: string, start: number) => text.startsWith('region', start) && NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/**
 * "Enköpings stads hembygdsförening", "Lunds kommuns pensionärsförening": a kommun's genitive before an organisation's
 * marked word, singular, opens that organisation's name (name-spans.ts), no public party. Before any other noun the genitive is
 * the kommun's ("Enköpings stads förvaltning", "Malmö stads föreningsbidrag").
 */
const NEXT_WORD = /^[ \t]+([\p{L}-]+)(?![\p{L}\d])/u;
const opensOrganisation = (text: string, end: number) => {
  if (text[end - 1] !== 's') return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 60))?.[1];
  // In the plural the words are the kommun's organisations in general ("Malmö stads föreningar får bidrag").
  return next !== undefined && hasSuffixMarker(next) && !/(?:ar|er|or|na)$/u.test(next);
};

/** Every mention of a kommun or region with its strength; read once per text, shared by the parties extractors. */
export function publicPartyCandidates(doc: DocText): readonly Candidate<string>[] {
  return candidatesIn(doc.text);
}

const candidatesIn = perText((text: string): Candidate<string>[] => {
  const candidates: Candidate<string>[] = [];
  for (const { start, end } of PUBLIC_PARTY.matchAll(text)) {
    const party = lookupPublicParty(text.slice(start, end));
    if (!party || organisationsRegion(text, start) || opensOrganisation(text, end)) continue;
    const header = inPageHeader(text, start);
    const context = strongestContext(PUBLIC_PARTY_RULES, text, start, end)!;
    // A doubtful form ("Falkenbergs stad") is the kommun where it stands as a party; in passing it may be the town.
    const doubt = party.usual || header || context !== MENTION ? 1 : UNUSUAL_FACTOR;
    const strength = (header ? Math.max(HEADER_STRENGTH, context.strength) : context.strength) * doubt;
    candidates.push({
      value: party.name,
      key: party.name.toLowerCase(),
      rule: header ? 'public.header' : context.name,
      strength,
      start,
      end,
    });
  }
  for (const m of bodyPlaceMentions(text)) {
    candidates.push({ value: m.name, key: m.name.toLowerCase(), rule: 'public.body-in-place', strength: BODY_IN_PLACE, start: m.start, end: m.end });
  }
  candidates.sort((a, b) => a.start - b.start);
  shareCoordination(text, candidates);
  return candidates;
});

/** The contexts that make a mention a party: every rule but the bare mention. */
const PARTY_ROLES = PUBLIC_PARTY_RULES.slice(1);

/**
 * "kommunen", "staden", "regionen" where a party stands ("IOP mellan kommunen och föreningen", "För
 * kommunen", "regionen genom hälso- och sjukvårdsnämnden"): the document's own kommun or region, when it
 * says which one that is.
 */
function ownWordCandidates(doc: DocText, candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  const domains = domainParties(doc.text);
  const own = { kommun: ownParty(candidates, 'kommun', domains), region: ownParty(candidates, 'region', domains) };
  for (const m of ownWordMentions(doc.text)) {
    const party = own[m.kind];
    if (!party) continue;
    const context = strongestContext(PARTY_ROLES, doc.text, m.start, m.end);
    if (context) out.push({ value: party, key: party.toLowerCase(), rule: `${context.name}.own-word`, strength: context.strength, start: m.start, end: m.end });
  }
  return out;
}

/** A party named once, in no party context, in a document whose parties are plain elsewhere, is merely mentioned. */
const PLAIN_PARTY = 0.75;

/**
 * One kommun written two ways ("Göteborgs stad" in the heading, "Göteborgs kommun" in a sentence) is one party,
 * named as the text names it most often (the strongest mention breaking a tie).
 */
function oneNamePerParty(candidates: readonly Candidate<string>[]): Candidate<string>[] {
  const byParty = new Map<string, Candidate<string>[]>();
  for (const c of candidates) {
    const official = lookupPublicParty(c.value)!.official;
    byParty.set(official, [...(byParty.get(official) ?? []), c]);
  }
  const named = new Map<string, string>();
  for (const [official, group] of byParty) {
    const count = (name: string) => group.filter((c) => c.value === name).length;
    const best = group.reduce((a, b) => (count(b.value) > count(a.value) || (count(b.value) === count(a.value) && b.strength > a.strength) ? b : a));
    named.set(official, best.value);
  }
  return candidates.map((c) => {
    const value = named.get(lookupPublicParty(c.value)!.official)!;
    return { ...c, value, key: value.toLowerCase() };
  });
}

/**
 * The public parties, and whether any stands in a party's role. Without one, the fields hold the document's
 * own kommun or region merely named ("… i Stockholms stad"), or every kommun it names: a party of its one
 * matter, but no party of each grant a news page lists.
 */
export function readPublicParties(doc: DocText, organ: readonly Field<string>[] = []): { fields: Field<string>[]; inRole: boolean } {
  const named = publicPartyCandidates(doc);
  const candidates = oneNamePerParty([...named, ...ownWordCandidates(doc, named)]);
  // A party stands where a party stands (a role, the letterhead) or is the document's own; a kommun only
  // mentioned — a place, an example, another kommun's figures — is none.
  const ownNames = [ownParty(named, 'kommun'), ownParty(named, 'region')].flatMap((name) => (name ? [lookupPublicParty(name)!] : []));
  const own = new Set(ownNames.map((party) => party.official));
  const official = (c: Candidate<string>) => lookupPublicParty(c.value)!.official;
  const withRole = new Set(candidates.filter((c) => c.strength >= PLAIN_PARTY).map(official));
  // With no party in a role, the document's own is its party; naming several and none as its own, it says no more.
  const parties = withRole.size > 0 ? withRole : own.size > 0 ? own : null;
  const fields = mergeCandidates(doc, parties ? candidates.filter((c) => parties.has(official(c))) : candidates);
  return { fields, inRole: withRole.size > 0 || publishersDecidingBody(ownNames, domainParties(doc.text), organ) };
}

/** A body that can only be a region's ("regionstyrelsen", "landstingsfullmäktige") or a kommun's ("kommunstyrelsen", "stadsdelsnämnden"). */
const REGION_BODY = /^(?:region|landsting)/u;
const KOMMUN_BODY = /^(?:kommun|stadsdel)/u;
const bodyFits = (kind: PublicPartyKind, body: string) =>
  kind === 'region' ? !KOMMUN_BODY.test(body.toLowerCase()) : !REGION_BODY.test(body.toLowerCase());

/**
 * The document's one own kommun or region, only named ("… bidrar till Västra Götalandsregionens mål"), stands in a role
 * on its own page (its domain: "vgregion.se", "regionstockholm.se") when a body of its kind decides there
 * ("Regionstyrelsen fördelar 36 miljoner kronor till organisationer"): the body is the publisher's, and the publisher is a
 * party of each grant the page lists. Not on another's page (a newspaper telling that "stadsdelsnämnden" will decide, in
 * a text that names "Stockholms stads nämnder" in general), nor where the text names two own parties (a kommun and a
 * region) or a body only of the other kind ("kommunstyrelsen" beside a region merely named).
 */
function publishersDecidingBody(own: readonly PublicParty[], domains: readonly { name: string }[], organ: readonly Field<string>[]): boolean {
  if (own.length !== 1 || organ.length === 0) return false;
  const party = own[0]!;
  if (!domains.some((d) => lookupPublicParty(d.name)?.official === party.official)) return false;
  return organ.every((body) => bodyFits(party.kind, body.value));
}

export function extractPublicParties(doc: DocText): Field<string>[] {
  return readPublicParties(doc).fields;
}
