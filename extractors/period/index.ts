import type { Field, Period } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';

/** The partnership's period of validity. */
export function extractPeriod(doc: DocText): Field<Period> | null {
  void doc;
  return null;
}
