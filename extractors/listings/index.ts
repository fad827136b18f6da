import type { Partnership } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';

/** One partnership per listed row of a report or web list of partnerships; empty when the document lists none. */
export function extractListings(doc: DocText, ctx: ExtractContext): Partnership[] {
  void doc;
  void ctx;
  return [];
}
