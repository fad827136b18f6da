import type { Amount, Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';

/** Money amounts that fund the partnership, as integer SEK with periodicity and payer. */
export function extractAmounts(doc: DocText, ctx: ExtractContext): Field<Amount>[] {
  void doc;
  void ctx;
  return [];
}
