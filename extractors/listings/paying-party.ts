/**
 * paying party: a news page that lists grants names its kommun or region in passing ("… i Lunds kommun"), and such a
 * party is no party of each row (index.ts); but a page that names it as the one the listed money comes from, or whose
 * deciding body is that party's own board, names the rows' public party:
 *   yes: "… kan mista sitt ekonomiska bidrag från Region Norrbotten" (the grants are the region's);
 *        "Regionstyrelsen fördelar 36 miljoner …" on a page naming Västra Götalandsregionen once (the board is the region's)
 *   no:  "Stockholm stads nämnder kan ingå IOP" with a stadsdelsnämnd's list (a body of no level's own name);
 *        "föreningar i Lunds kommun får bidrag" (a place, not a giver); "kommunstyrelsen" on a page naming a region only
 * The giver is read just before the party's name; the board by the level its name carries ("regionstyrelsen",
 * "kommunfullmäktige"), which a nämnd's name ("socialnämnden") does not.
 */
import { FUNDING_FROM_BEFORE } from '../parties/agreement-words.js';
import { lookupPublicParty, type PublicPartyKind } from '../parties/lexicon.js';
import { findPublicParties } from './public-parties.js';
import { perText } from '../engine/memo.js';

/** How far before the party's name the money word may stand. */
const GIVER_REACH = 60;
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
        return official !== undefined && FUNDING_FROM_BEFORE.test(text.slice(Math.max(0, m.start - GIVER_REACH), m.start)) ? [official] : [];
      }),
    ),
);
