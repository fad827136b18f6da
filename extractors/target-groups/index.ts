import type { Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';

/** Target groups (målgrupper) as short phrases close to the text's wording. */
export function extractTargetGroups(doc: DocText): Field<string>[] {
  void doc;
  return [];
}
