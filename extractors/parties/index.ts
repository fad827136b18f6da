import type { DocText } from '../engine/doc-text.js';
import type { Parties } from '../engine/context.js';

/** Idéburna organisations, public parties and public bodies (organ) party to the partnership. */
export function extractParties(doc: DocText): Parties {
  void doc;
  return { ideburna: [], offentliga: [], organ: [], aliases: new Map() };
}
