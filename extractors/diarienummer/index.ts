import type { Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';

/** This matter's case numbers (own) and the other case numbers it refers to (refs). */
export function extractDiarienummer(doc: DocText): { own: Field<string>[]; refs: Field<string>[] } {
  void doc;
  return { own: [], refs: [] };
}
