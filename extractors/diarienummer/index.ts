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
  // A number that heads the document is this matter's, even where a later paragraph cites it again, also written
  // without its series ("Diarienr NIF 2023/00291- 1.5.2" … "Dnr: 2023/00291- 1.5.2").
  const ownKeys = own.map((c) => c.key);
  return {
    own: mergeCandidates(
      doc,
      own.filter((c) => !ownKeys.some((k) => withoutSeries(k, c.key))),
    ),
    refs: mergeCandidates(
      doc,
      refs.filter((c) => !ownKeys.some((k) => k === c.key || withoutSeries(k, c.key))),
    ),
  };
}

/**
 * Whether `short` is the number `full` written without its series prefix, and perhaps without its filing-plan class:
 * "2023/00291" and "2023/00291-1.5.2" are "NIF2023/00291-1.5.2"; "2023/291" is not, nor "2023/00291" of "NIF2023/002910".
 */
export function withoutSeries(full: string, short: string): boolean {
  const series = /^\p{L}+[-]?/u.exec(full);
  if (!series || !/^\d/u.test(short)) return false;
  const rest = full.slice(series[0].length);
  return rest.startsWith(short) && (rest.length === short.length || /^[-\s]/u.test(rest.slice(short.length)));
}
