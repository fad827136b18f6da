/**
 * Sweden's public parties as data: the 290 kommuner (extractors/lexicon/kommuner.json) and the 21 regioner
 * (extractors/lexicon/regioner.json), with lookups from any way a text writes them to one canonical name.
 *
 * A kommun's name in a text is its stem plus a designation: "Lunds kommun", "Malmö stad", "Falu kommun".
 * Fourteen kommuner call themselves "stad" (Göteborgs stad, Malmö stad …); every kommun is legally also
 * "X kommun", and texts use both ("Västerås kommun", "Västerås stad"). The canonical name keeps the
 * designation the text chose, with the stem repaired ("Göteborg Stad" → "Göteborgs stad"), so a
 * reader's "Borås kommun" stays "Borås kommun"; `official` on the record says what the kommun calls itself,
 * which is how reconcile knows both forms are the same party.
 */
import kommuner from '../lexicon/kommuner.json' with { type: 'json' };
import regioner from '../lexicon/regioner.json' with { type: 'json' };

export interface Kommun {
  /** The place name: "Göteborg", "Falun". */
  name: string;
  /** What the kommun calls itself: "Göteborgs stad", "Falu kommun", "Region Gotland". */
  official: string;
  designation: 'kommun' | 'stad' | 'region';
  /** The form before "kommun"/"stad": "Göteborgs", "Falu", "Malmö". */
  stem: string;
  /** The ordinary genitive of the place name: "Göteborgs", "Malmös", "Borås". */
  genitive: string;
  lan: string;
  /** Earlier or other names of the same party ("Gotlands kommun"). */
  aliases?: string[];
}

export interface Region {
  /** "Skåne", "Västra Götaland", "Jönköpings län". */
  name: string;
  /** "Region Skåne", "Västra Götalandsregionen". */
  official: string;
  lan: string;
  /** Landsting forms and other names: "Landstinget i Värmland", "Stockholms läns landsting", "VGR". */
  aliases: string[];
  /**
   * Its web domains ("skane" for skane.se, "vgregion"), where they are not "region" and its name ("regionhalland"):
   * the publisher's own (own-party.ts).
   */
  domains?: string[];
}

export const KOMMUNER: readonly Kommun[] = kommuner as Kommun[];
export const REGIONER: readonly Region[] = regioner as Region[];

export type PublicPartyKind = 'kommun' | 'region';

export interface PublicParty {
  /** The canonical name for a party field: "Göteborgs stad", "Region Skåne". */
  name: string;
  kind: PublicPartyKind;
  /** What the party calls itself, the same for every way of writing it. */
  official: string;
  /** False where the text's form is doubtful for a party, e.g. "Uppsala stad" (a town, not the kommun's name). */
  usual: boolean;
}

/**
 * Lower case, single spaces: the key texts' forms are looked up by. toLowerCase, not toLocaleLowerCase('sv'):
 * Swedish letters have no locale-specific case mapping, and the locale-aware call is many times slower.
 */
export function surfaceKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const SURFACES = new Map<string, PublicParty>();

function add(surface: string, party: PublicParty): void {
  const key = surfaceKey(surface);
  if (!SURFACES.has(key)) SURFACES.set(key, party);
}

for (const region of REGIONER) {
  const party: PublicParty = { name: region.official, kind: 'region', official: region.official, usual: true };
  for (const surface of [region.official, ...region.aliases]) add(surface, party);
}
for (const kommun of KOMMUNER) {
  if (kommun.designation === 'region') continue; // Gotland: its region form is registered above
  for (const designation of ['kommun', 'stad'] as const) {
    const usual = designation === 'kommun' || kommun.designation === 'stad';
    const party: PublicParty = { name: `${kommun.stem} ${designation}`, kind: 'kommun', official: kommun.official, usual };
    // Texts write the stem ("Göteborgs stad") but also the bare name ("Göteborg Stad", "Lund kommun").
    for (const form of new Set([kommun.stem, kommun.name])) add(`${form} ${designation}`, party);
  }
}
for (const kommun of KOMMUNER) {
  for (const alias of kommun.aliases ?? []) add(alias, SURFACES.get(surfaceKey(kommun.official))!);
}

/** Every surface form, longest first, for building a matcher. */
export const PUBLIC_PARTY_SURFACES: readonly string[] = [...SURFACES.keys()].sort((a, b) => b.length - a.length);

/**
 * The public party a name denotes, or null: "Göteborg Stad" → Göteborgs stad, "KUNGSBACKA KOMMUN" →
 * Kungsbacka kommun, "Region Skånes" → Region Skåne, "Landstinget i Värmland" → Region Värmland.
 */
export function lookupPublicParty(text: string): PublicParty | null {
  const key = surfaceKey(text);
  return SURFACES.get(key) ?? (key.endsWith('s') ? (SURFACES.get(key.slice(0, -1)) ?? null) : null);
}

const KOMMUN_BY_FORM = new Map<string, Kommun>();
for (const kommun of KOMMUNER) {
  for (const form of [kommun.name, kommun.stem, kommun.genitive, kommun.official, ...(kommun.aliases ?? [])]) {
    if (!KOMMUN_BY_FORM.has(surfaceKey(form))) KOMMUN_BY_FORM.set(surfaceKey(form), kommun);
  }
}
const KOMMUN_BY_OFFICIAL = new Map(KOMMUNER.map((k) => [k.official, k]));
const REGION_BY_NAME = new Map(REGIONER.map((r) => [surfaceKey(r.name), r]));
const REGION_BY_OFFICIAL = new Map(REGIONER.map((r) => [r.official, r]));

/** The kommun a place name or any of its forms denotes: "Göteborg", "Göteborgs stad", "Malmös". */
export function findKommun(text: string): Kommun | null {
  const party = lookupPublicParty(text);
  return KOMMUN_BY_FORM.get(surfaceKey(text)) ?? (party ? (KOMMUN_BY_OFFICIAL.get(party.official) ?? null) : null);
}

/** The region a name denotes: "Skåne", "Region Skåne", "Västra Götaland", "Landstinget Dalarna". */
export function findRegion(text: string): Region | null {
  const party = lookupPublicParty(text);
  return REGION_BY_NAME.get(surfaceKey(text)) ?? (party ? (REGION_BY_OFFICIAL.get(party.official) ?? null) : null);
}
