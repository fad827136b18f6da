/**
 * The body whose meeting a whole protocol records, where the meeting's own procedure names it: "Organisations- och
 * föreningsutskottet godkände föredragningslistan", "Nämnden för Individ & Familjeomsorg godkänner dagordningen" (the first
 * items of most protocols). A meeting page whose header names no body ("Sammanträde 2012-12-18 / Datum / Klockan / Plats")
 * names it there; every item that meeting decided is that body's matter (pipeline/extract.ts). Two bodies so named (a joint
 * page of two meetings) name no one meeting.
 */
import type { Field } from '../../pipeline/contract.js';
import type { Candidate } from '../engine/candidate.js';
import { mergeCandidates } from '../engine/candidate.js';
import type { DocText } from '../engine/doc-text.js';
import { asNamedInRunningText, bodySpans, canonicalOrgan, isGeneric, organKey } from './organ.js';

/** The body approving or setting its meeting's agenda, in the present or the past. */
const APPROVES_AGENDA = /^[ \t]+(?:godkänner|godkände|fastställer|fastställde|(?:har[ \t]+)?(?:godkänt|fastställt))[ \t]+(?:föredragningslistan|dagordningen|ärendelistan)(?![\p{L}])/u;
/** As sure as a protocol's header naming its body (organ.ts organ.protocol-head's 0.9 and a subject's 0.85). */
const AGENDA_STRENGTH = 0.85;

export function meetingBody(doc: DocText): Field<string> | null {
  const candidates: Candidate<string>[] = bodySpans(doc.text).flatMap(({ start, end, name }) =>
    !isGeneric(name) && APPROVES_AGENDA.test(doc.text.slice(end, end + 60))
      ? [{ value: asNamedInRunningText(doc.text, start, canonicalOrgan(name)), key: organKey(name), rule: 'organ.own-agenda', strength: AGENDA_STRENGTH, start, end }]
      : [],
  );
  const fields = mergeCandidates(doc, candidates);
  return fields.length === 1 ? fields[0]! : null;
}
