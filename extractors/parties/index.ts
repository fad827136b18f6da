/**
 * The parties of a document's partnership: idéburna organisations, public parties (kommuner, regioner)
 * and the public bodies (organ) that decide on or sign it, each a Field with every mention as evidence.
 * The pieces other stages reuse are re-exported here: the kommun/region lexicon and lookups (lexicon.ts),
 * organisation-name canonicalisation and comparison (names.ts), body-name canonicalisation (organ.ts).
 */
import type { DocText } from '../engine/doc-text.js';
import type { Parties } from '../engine/context.js';
import { extractIdeburna } from './ideburna.js';
import { extractOrgan } from './organ.js';
import { readPublicParties } from './public-parties.js';

export { KOMMUNER, REGIONER, findKommun, findRegion, lookupPublicParty, surfaceKey } from './lexicon.js';
export type { Kommun, Region, PublicParty } from './lexicon.js';
export { canonicalOrganisation, namedWithin, organisationKey, sameOrganisation } from './names.js';
export { asNamedInRunningText, canonicalOrgan, COMMON_OWNERS, CONTRIBUTES, GRANT_RECEIVED, isPublicBody, organKey } from './organ.js';
export { meetingBody } from './meeting-body.js';

export function extractParties(doc: DocText): Parties {
  const { fields, aliases, onlyNamed } = extractIdeburna(doc);
  const organ = extractOrgan(doc);
  const offentliga = readPublicParties(doc, organ);
  return { ideburna: fields, offentliga: offentliga.fields, offentligaOnlyNamed: !offentliga.inRole, organ, aliases, ideburenOnlyNamed: onlyNamed };
}
