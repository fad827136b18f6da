import type { Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';

/** The option to extend the partnership, as written ("1 år", "1+1 år", "två år"). */
export function extractExtension(doc: DocText): Field<string> | null {
  void doc;
  return null;
}
