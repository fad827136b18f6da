/**
 * Observations: one partnership as one document states it. A report's rows are one observation each;
 * an agreement, protocol or tjänsteskrivelse is one observation carrying the document's case numbers.
 */
import type { OrganisationRegistry } from './organisations.js';
import type { Observation, ReconcileDocument } from './types.js';

/** A document that presents itself as extending an earlier agreement says so in its heading or summary. */
const EXTENSION_HEADING = /\bförläng(?:ning|a|s|t|d)\w*\b/iu;
const HEADING_CHARS = 600;

/** The start of a document, where it names what it is. */
export const headingOf = (text: string) => text.slice(0, HEADING_CHARS);

export function observationsOf(doc: ReconcileDocument, registry: OrganisationRegistry, heading: string): Observation[] {
  const single = doc.result.partnerships.length === 1;
  return doc.result.partnerships.map((partnership, index) => ({
    key: `${doc.meta.path}#${index}`,
    doc: doc.meta,
    index,
    result: doc.result,
    partnership,
    ideburna: partnership.ideburna.map((f) => registry.resolve(f.value, 'ideburen', doc.meta.id)),
    offentliga: partnership.offentliga.map((f) => registry.resolve(f.value, 'offentlig', doc.meta.id)),
    extends: single && EXTENSION_HEADING.test(heading),
  }));
}

/** A document's own case numbers and references belong to its partnership only when it states one. */
export function caseNumbers(observation: Observation): { own: string[]; refs: string[] } {
  if (observation.result.partnerships.length !== 1) return { own: [], refs: [] };
  return {
    own: unique(observation.result.diarienummer.map((f) => normaliseCaseNumber(f.value))),
    refs: unique(observation.result.diarienummerRefs.map((f) => normaliseCaseNumber(f.value))),
  };
}

export const normaliseCaseNumber = (value: string) => value.replace(/\s+/g, ' ').trim().toLocaleUpperCase('sv');

const unique = <T>(values: T[]) => [...new Set(values)];
