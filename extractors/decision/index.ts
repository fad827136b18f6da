import type { Decision, Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';

/** The decision the document records or proposes, or null when it records none. */
export function extractDecision(doc: DocText, ctx: ExtractContext): Field<Decision> | null {
  void doc;
  void ctx;
  return null;
}
