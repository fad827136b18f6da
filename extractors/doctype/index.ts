import type { DocType, Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';

/** The document's type: protokoll, tjänsteskrivelse, överenskommelse, beslut, rapport or annat. */
export function extractDocType(doc: DocText): Field<DocType> {
  void doc;
  return { value: 'annat', confidence: 0, needsReview: true, evidence: [] };
}
