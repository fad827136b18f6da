/**
 * The parties of a document's partnership: idéburna organisations, public parties (kommuner, regioner)
 * and the public bodies (organ) that decide on or sign it, each a Field with every mention as evidence.
 * The pieces other stages reuse — the kommun/region lexicon and lookups, organisation-name
 * canonicalisation and comparison — are exported from lexicon.ts and names.ts.
 */
import type { DocText } from '../engine/doc-text.js';
import type { Parties } from '../engine/context.js';
import { extractIdeburna } from './ideburna.js';
import { extractOrgan } from './organ.js';
import { extractPublicParties } from './public-parties.js';

export function extractParties(doc: DocText): Parties {
  const { fields, aliases } = extractIdeburna(doc);
  return { ideburna: fields, offentliga: extractPublicParties(doc), organ: extractOrgan(doc), aliases };
}
