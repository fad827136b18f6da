/**
 * Blocking keys: the keys under which a statement meets every statement it could be linked with or
 * related to — its matter's case numbers (own and referred to) and its party blocks (the public parties
 * with each civil-society party's name and the names it may be a unit of: parties-match.ts). Statements that
 * share no key are never compared, so a new document is reconciled against its neighbours only.
 */
import { caseNumbers, statementsOf } from './observations.js';
import { partyBlocks, partyQueryBlocks } from './parties-match.js';
import type { Observation, ReconcileDocument } from './types.js';

/** The keys a statement is stored under. */
export function blockingKeys(o: Observation): string[] {
  const { own, refs } = caseNumbers(o);
  return [...new Set([...own, ...refs].map((n) => `case:${n}`)), ...partyBlocks(o).map((b) => `party:${b}`)];
}

/** The keys to look under for the statements a statement with these keys could be linked with or related to. */
export function queryKeysOf(keys: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const key of keys) {
    if (key.startsWith('case:')) found.add(key);
    else for (const q of partyQueryBlocks(key.slice('party:'.length))) found.add(`party:${q}`);
  }
  return found;
}

/** The blocking keys of documents' statements, their names resolved among these documents only. */
export function documentBlocks(documents: readonly ReconcileDocument[]): Map<string, string[]> {
  return new Map(statementsOf(documents).observations.map((o) => [o.key, blockingKeys(o)]));
}
