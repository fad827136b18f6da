/**
 * paying party: a news page that lists grants names its kommun or region in passing ("… i Lunds kommun"), and such a
 * party is no party of each row (index.ts); but a page that names it as the one the listed money comes from, or whose
 * deciding body is that party's own board, names the rows' public party:
 *   yes: "… kan mista sitt ekonomiska bidrag från Region Norrbotten" (the grants are the region's);
 *        "fördelar föreningsbidrag utifrån Göteborgs Stads riktlinjer" (the party's genitive owns the grants' rules or money);
 *        "Regionstyrelsen fördelar 36 miljoner …" on a page naming Västra Götalandsregionen once (the board is the region's)
 *   no:  "Stockholm stads nämnder kan ingå IOP" with a stadsdelsnämnd's list (a body of no level's own name);
 *        "föreningar i Lunds kommun får bidrag" (a place, not a giver); "kommunstyrelsen" on a page naming a region only;
 *        "Stockholms stads hembygdsförening får bidrag", "Lunds kommuns nämnder" (a genitive owning no rules nor money)
 * The giver is read just before the party's name, or what its genitive owns just after it; the board by the level its name carries ("regionstyrelsen",
 * "kommunfullmäktige"), which a nämnd's name ("socialnämnden") does not.
 */
import { FUNDING_FROM_BEFORE } from '../parties/agreement-words.js';
import { lookupPublicParty, type PublicPartyKind } from '../parties/lexicon.js';
import { findPublicParties, type PublicPartyMention } from './public-parties.js';
import { perText } from '../engine/memo.js';

/** How far before the party's name the money word may stand. */
const GIVER_REACH = 60;
/**
 * What a party's genitive may own that makes it the grants' giver: the rules they follow or the money itself
 * ("Göteborgs Stads riktlinjer", "Lunds kommuns budget", "Region Skånes kulturstöd") — not its nämnder or a name's word.
 */
const OWNED_GRANT_TERMS = /^s\s+(?:riktlinje|regl|regel|policy|budget|\p{Ll}*(?:bidrag|stöd|anslag|medel))\p{Ll}*/u;
/** A board whose name carries its level: the region's or the kommun's own. */
const OWN_BOARD: Record<PublicPartyKind, RegExp> = {
  region: /^region(?:styrelse|fullmäktige)/iu,
  kommun: /^kommun(?:styrelse|fullmäktige)/iu,
};

export function isPayingParty(text: string, party: string, bodies: readonly string[]): boolean {
  const own = lookupPublicParty(party);
  if (!own) return false;
  return bodies.some((body) => OWN_BOARD[own.kind].test(body.trim())) || giversNamed(text).has(own.official);
}

/** The parties a text names as the money's giver, by official name: read once per text, though asked once per listed row. */
const giversNamed = perText(
  (text: string) =>
    new Set(
      findPublicParties(text, { bare: false }).flatMap((m) => {
        const official = lookupPublicParty(m.name)?.official;
        if (official === undefined) return [];
        const fromGiver = FUNDING_FROM_BEFORE.test(text.slice(Math.max(0, m.start - GIVER_REACH), m.start));
        return fromGiver || ownsGrantTerms(text, m) ? [official] : [];
      }),
    ),
);

/** "Göteborgs Stads riktlinjer": the written form less its "s" is the party's own, and the word after is what it owns. */
function ownsGrantTerms(text: string, mention: PublicPartyMention): boolean {
  const written = text.slice(mention.start, mention.end);
  return /s$/iu.test(written) && lookupPublicParty(written.slice(0, -1)) !== null && OWNED_GRANT_TERMS.test(text.slice(mention.end - 1, mention.end + 40));
}
