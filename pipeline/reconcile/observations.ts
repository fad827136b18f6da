/**
 * Observations: one partnership as one document states it — a matter of a protocol, a report's row, an
 * agreement or tjänsteskrivelse about one matter. Each carries its own matter's case numbers only: a
 * whole protocol's other §§ (a withdrawn one, a look-alike) never lend theirs.
 */
import type { DocumentResult, Field, Matter } from '../contract.js';
import { OrganisationRegistry } from './organisations.js';
import { EXTENSION_WORD, partyNames, type TextFacts } from './text-facts.js';
import type { Observation, Organisation, ReconcileDocument } from './types.js';

/**
 * The documents' statements, their names resolved among these documents (abbreviations, spelling variants),
 * and the organisations those names are. Each document's text facts are read once.
 */
export function statementsOf(documents: readonly ReconcileDocument[]): { organisations: Organisation[]; observations: Observation[] } {
  const usable = documents.filter((d) => !d.result.error);
  const registry = new OrganisationRegistry();
  const facts = usable.map((doc) => {
    const read = doc.facts();
    registry.addDocument(doc.meta.id, partyNames(doc.result), read);
    return read;
  });
  const organisations = registry.finish();
  return { organisations, observations: usable.flatMap((doc, i) => observationsOf(doc, registry, facts[i]!)) };
}

function observationsOf(doc: ReconcileDocument, registry: OrganisationRegistry, facts: TextFacts): Observation[] {
  const single = aboutOneMatter(doc.result);
  return doc.result.partnerships.map((partnership, index) => ({
    key: `${doc.meta.path}#${index}`,
    doc: doc.meta,
    index,
    result: doc.result,
    partnership,
    ideburna: partnership.ideburna.map((f) => registry.resolve(f.value, 'ideburen', doc.meta.id)),
    offentliga: partnership.offentliga.map((f) => registry.resolve(f.value, 'offentlig', doc.meta.id)),
    extends: single ? facts.extensionHeading : EXTENSION_WORD.test(matterOf(doc.result, index)?.title ?? ''),
  }));
}

/**
 * A document about one matter (an agreement, a tjänsteskrivelse, a protocol extract): its own case numbers,
 * references and decision are that matter's. A whole protocol of many matters is not.
 */
export function aboutOneMatter(result: DocumentResult): boolean {
  return result.partnerships.length === 1 && result.matters.length <= 1;
}

/** The matter a document's partnership comes from. */
export const matterOf = (result: DocumentResult, partnership: number): Matter | undefined => result.matters.find((m) => m.partnership === partnership);

/**
 * A statement's case numbers: its matter's own, and — for a document about one matter — the references
 * the document makes. A whole protocol's references may belong to any of its §§, so they link nothing.
 */
export function caseNumbers(observation: Observation): { own: string[]; refs: string[] } {
  const single = aboutOneMatter(observation.result);
  return {
    own: unique(ownCaseNumbers(observation).map((f) => normaliseCaseNumber(f.value))),
    refs: single ? unique(observation.result.diarienummerRefs.map((f) => normaliseCaseNumber(f.value))) : [],
  };
}

/** The matter's own case numbers as stated; a document about one matter may state them at document level only. */
export function ownCaseNumbers(observation: Observation): Field<string>[] {
  const { partnership, result } = observation;
  return partnership.diarienummer.length > 0 || !aboutOneMatter(result) ? partnership.diarienummer : result.diarienummer;
}

export const normaliseCaseNumber = (value: string) => value.replace(/\s+/g, ' ').trim().toLocaleUpperCase('sv');

const unique = <T>(values: T[]) => [...new Set(values)];
