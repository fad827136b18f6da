import type { DocText } from '../engine/doc-text.js';
import type { Parties } from '../engine/context.js';
import { extractOrgan } from './organ.js';
import { extractPublicParties } from './public-parties.js';

/** Idéburna organisations, public parties and public bodies (organ) party to the partnership. */
export function extractParties(doc: DocText): Parties {
  return { ideburna: [], offentliga: extractPublicParties(doc), organ: extractOrgan(doc), aliases: new Map() };
}
