/**
 * Whether a protocol item (one § with its title, Dnr and text) is about an idéburet offentligt partnerskap.
 * The title says it most plainly ("Idéburet offentligt partnerskap med Stockholms Stadsmission",
 * "Överenskommelse med Föreningen X om …"); failing that the item's text names the form of cooperation
 * ("överenskommelse om idéburet offentligt partnerskap (IOP)"), and failing that it speaks of a partnership
 * with a civil-society organisation. Each pattern's examples and counter-examples are in items.test.ts.
 */
import organisations from '../lexicon/ideburna.json' with { type: 'json' };

/** Names the form of cooperation itself: IOP, in any inflection or as a compound ("IOP-avtal"). */
export const IOP_NAMED = /(?<![\p{L}])(?:idéburet\s+offentligt\s+partnerskap|idéburna\s+offentliga\s+partnerskap|IOP)(?![\p{L}])/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A civil-society organisation as the parties lexicon knows it: a name word's ending or a national name. */
const ORGANISATION = [...organisations.suffixMarkers.map((m) => `\\p{L}*${escape(m)}`), ...organisations.knownOrganisations.map(escape)].join('|');

/**
 * Speaks of a partnership, of idéburen sector, or of an agreement with a civil-society organisation
 * ("överenskommelse med Föreningen Tjejjouren", "avtal med Röda Korset"). Not a bare "avtal" or "bidrag":
 * procurement contracts and grants to associations are other matters.
 */
export const PARTNERSHIP_WORDS = new RegExp(
  `(?<![\\p{L}])(?:partnerskap\\p{L}*|idéburen|idéburna|idéburet|(?:överenskommelse|avtal)\\s+med\\s+(?:[\\p{L}&-]+\\s+){0,3}?(?:${ORGANISATION}))(?![\\p{L}])`,
  'iu',
);

/**
 * How plainly an item is about a partnership: 1 its title names it, 2 its text names IOP, 3 its text speaks
 * of a partnership, null not at all. A lower rank is plainer.
 */
export type MatterRank = 1 | 2 | 3;

export function matterRank(title: string, body: string): MatterRank | null {
  if (IOP_NAMED.test(title) || PARTNERSHIP_WORDS.test(title)) return 1;
  if (IOP_NAMED.test(body)) return 2;
  if (PARTNERSHIP_WORDS.test(body)) return 3;
  return null;
}
