/**
 * Observations: one partnership as one document states it — a matter of a protocol, a report's row, an
 * agreement or tjänsteskrivelse about one matter. Each carries its own matter's case numbers only: a
 * whole protocol's other §§ (a withdrawn one, a look-alike) never lend theirs.
 */
import type { DocumentResult, Field, Matter } from '../contract.js';
import type { OrganisationRegistry } from './organisations.js';
import type { Observation, ReconcileDocument } from './types.js';

/** A document that presents itself as extending an earlier agreement says so in its heading or summary. */
const EXTENSION_HEADING = /\bförläng(?:ning|a|s|t|d)\w*\b/iu;
const HEADING_CHARS = 600;

/** The start of a document, where it names what it is. */
export const headingOf = (text: string) => text.slice(0, HEADING_CHARS);

export function observationsOf(doc: ReconcileDocument, registry: OrganisationRegistry, heading: string): Observation[] {
  const single = aboutOneMatter(doc.result);
  return doc.result.partnerships.map((partnership, index) => ({
    key: `${doc.meta.path}#${index}`,
    doc: doc.meta,
    index,
    result: doc.result,
    partnership,
    ideburna: partnership.ideburna.map((f) => registry.resolve(f.value, 'ideburen', doc.meta.id)),
    offentliga: partnership.offentliga.map((f) => registry.resolve(f.value, 'offentlig', doc.meta.id)),
    extends: EXTENSION_HEADING.test(single ? heading : (matterOf(doc.result, index)?.title ?? '')),
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
