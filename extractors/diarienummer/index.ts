import type { Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import { mergeCandidates } from '../engine/candidate.js';
import { findMentions, type Mention } from './mentions.js';
import { roleOf } from './role.js';

/** This matter's case numbers (own) and the other case numbers it refers to (refs). */
export function extractDiarienummer(doc: DocText): { own: Field<string>[]; refs: Field<string>[] } {
  const own: Mention[] = [];
  const refs: Mention[] = [];
  for (const mention of findMentions(doc.text)) {
    (roleOf(doc.text, mention) === 'own' ? own : refs).push(mention);
  }
  // A number that heads the document is this matter's, even where a later paragraph cites it again.
  const ownKeys = new Set(own.map((c) => c.key));
  return {
    own: mergeCandidates(doc, own),
    refs: mergeCandidates(
      doc,
      refs.filter((c) => !ownKeys.has(c.key)),
    ),
  };
}
