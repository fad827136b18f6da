/**
 * What the reconcile stage needs from a document's text, read once when the document is stored: the
 * abbreviations the text defines for its parties ("Röda Korset Gotland (RKG)"), the organisationsnummer it
 * gives next to a party's name, and whether its heading calls it a förlängning. A few hundred bytes kept
 * with the document, so that reconciling a neighbourhood never reads the neighbours' page texts again.
 */
import { findOrgnr } from './orgnr.js';
import { isAbbreviation, TRAILING_ABBREVIATION } from './names.js';
import { PAGE_SEPARATOR } from '../../extractors/engine/doc-text.js';
import type { DocumentResult } from '../contract.js';
import type { OrganisationKind } from './types.js';

export interface PartyName {
  written: string;
  kind: OrganisationKind;
}

export interface TextFacts {
  /** Abbreviations the text defines, each for the party named right before it. */
  abbreviations: (PartyName & { abbreviation: string })[];
  /** Each organisationsnummer with the party named closest before it, in the text's order. */
  orgnr: (PartyName & { value: string; valid: boolean })[];
  /** The heading or summary presents the document as extending an earlier agreement. */
  extensionHeading: boolean;
}

/** A document that presents itself as extending an earlier agreement says so in its heading or summary (a matter in its title). */
export const EXTENSION_WORD = /\bförläng(?:ning|a|s|t|d)\w*\b/iu;
/** The start of a document, where it names what it is. */
const HEADING_CHARS = 600;
/** "(RKG)": an abbreviation in brackets, which a text uses to define one for the name just before it. */
const BRACKETED_ABBREVIATION = /\(\s*([A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,7})\s*\)/gu;
/** How far before the brackets the defined name may start. */
const DEFINITION_REACH = 200;
/** How far before an organisationsnummer the name it belongs to may end. */
const ORGNR_REACH = 200;

/** Every party name a result's partnerships write. */
export function partyNames(result: DocumentResult): PartyName[] {
  return result.partnerships.flatMap((p) => [
    ...p.ideburna.map((f) => ({ written: f.value, kind: 'ideburen' as const })),
    ...p.offentliga.map((f) => ({ written: f.value, kind: 'offentlig' as const })),
  ]);
}

/** The facts of a stored document: its result's party names read in its pages' text. */
export const pageFacts = (result: DocumentResult, pages: readonly string[]): TextFacts => textFacts(partyNames(result), pages.join(PAGE_SEPARATOR));

export function textFacts(parties: readonly PartyName[], text: string): TextFacts {
  const named = parties.filter((p) => !isAbbreviation(p.written));
  return { abbreviations: abbreviationsDefined(named, text), orgnr: orgnrNamed(named, text), extensionHeading: EXTENSION_WORD.test(text.slice(0, HEADING_CHARS)) };
}

/** The abbreviations a text defines for its parties: a party's name (any case, line breaks) right before "(ABBR)". */
function abbreviationsDefined(parties: readonly PartyName[], text: string): TextFacts['abbreviations'] {
  const found: TextFacts['abbreviations'] = [];
  let patterns: { party: PartyName; pattern: RegExp }[] | null = null;
  for (const m of text.matchAll(BRACKETED_ABBREVIATION)) {
    patterns ??= parties.map((party) => ({ party, pattern: new RegExp(`${namePattern(party.written).source}\\s*$`, 'iu') }));
    const before = text.slice(Math.max(0, (m.index ?? 0) - DEFINITION_REACH), m.index);
    const match = patterns.find(({ pattern }) => pattern.test(before));
    if (match) found.push({ abbreviation: m[1]!, written: match.party.written, kind: match.party.kind });
  }
  return found;
}

/** Each organisationsnummer goes to the party named closest before it in the text. */
function orgnrNamed(parties: readonly PartyName[], text: string): TextFacts['orgnr'] {
  const found: TextFacts['orgnr'] = [];
  for (const mention of findOrgnr(text)) {
    let best: { party: PartyName; distance: number } | null = null;
    for (const party of parties) {
      for (const match of text.slice(0, mention.offset).matchAll(namePattern(party.written))) {
        const distance = mention.offset - (match.index ?? 0) - match[0].length;
        if (distance <= ORGNR_REACH && (!best || distance < best.distance)) best = { party, distance };
      }
    }
    if (best) found.push({ written: best.party.written, kind: best.party.kind, value: mention.value, valid: mention.valid });
  }
  return found;
}

/** A name as it may be written in running text: any whitespace or line break between words, a genitive s. */
function namePattern(name: string): RegExp {
  const words = name.replace(TRAILING_ABBREVIATION, '').trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`${words.join('[\\s-]+')}(?::?s)?`, 'giu');
}
