/**
 * The extract stage: clean pages in, a DocumentResult (the contract) out. Pure: no files, no database.
 * Extractors run in dependency order; each is one module under extractors/.
 */
import type { DocumentResult, Field, Matter, MatterKind, Partnership, PartnershipValues } from './contract.js';
import type { Page } from './read/types.js';
import { DocText } from '../extractors/engine/doc-text.js';
import type { ExtractContext } from '../extractors/engine/context.js';
import { calibrateResult } from '../extractors/engine/calibration.js';
import { extractDocType } from '../extractors/doctype/index.js';
import { extractDiarienummer } from '../extractors/diarienummer/index.js';
import { extractParties } from '../extractors/parties/index.js';
import { extractDecision } from '../extractors/decision/index.js';
import { extractAmounts } from '../extractors/amounts/index.js';
import { extractPeriod } from '../extractors/period/index.js';
import { extractExtension } from '../extractors/extension/index.js';
import { extractTargetGroups } from '../extractors/target-groups/index.js';
import { extractListings } from '../extractors/listings/index.js';
import { findFocus } from '../extractors/items/focus.js';

/** Bumped whenever extraction output can change: stored documents with an older version are refreshed. */
export const EXTRACTOR_VERSION = 1;

export function extractDocument(source: string, pages: readonly Pick<Page, 'number' | 'text'>[], paged: boolean): DocumentResult {
  return calibrateResult(extractUncalibrated(source, pages, paged));
}

/** Extraction with the rules' raw confidence, before calibration: what `npm run fit-calibration` fits on. */
export function extractUncalibrated(source: string, pages: readonly Pick<Page, 'number' | 'text'>[], paged: boolean): DocumentResult {
  const doc = new DocText(pages, paged);
  const docType = extractDocType(doc);
  const focus = findFocus(doc, docType.value);
  const { own, refs } = extractDiarienummer(focus.doc);
  const parties = extractParties(doc);
  const ctx: ExtractContext = { docType, parties, focus };

  const decision = extractDecision(doc, ctx);
  const listed = extractListings(doc, ctx);
  const values: PartnershipValues[] =
    listed.length > 0
      ? listed
      : [
          {
            ideburna: parties.ideburna,
            offentliga: parties.offentliga,
            organ: parties.organ,
            amounts: extractAmounts(doc, ctx),
            period: extractPeriod(doc),
            extension: extractExtension(doc),
            targetGroups: extractTargetGroups(doc),
          },
        ];
  // Until the matters stage classifies each matter (issue 9), every partnership is the document's one
  // matter, its kind unknown: an IOP at low confidence, so a reviewer looks.
  const kind: Field<MatterKind> = { value: 'iop', confidence: 0.5, needsReview: true, evidence: [] };
  const partnerships: Partnership[] = values.map((v) => ({
    kind,
    paragraph: decision?.value.paragraph ?? null,
    diarienummer: own,
    decision,
    ...v,
  }));

  // Until the matters stage segments documents (issue 9), the document is its one matter.
  const whole = doc.evidence(0, doc.text.length);
  const last = doc.pages.at(-1);
  const matters: Matter[] = [
    {
      paragraph: decision?.value.paragraph ?? null,
      title: null,
      kind: partnerships.length > 0 ? kind.value : null,
      confidence: kind.confidence,
      rule: null,
      partnership: partnerships.length > 0 ? 0 : null,
      page: whole.page,
      start: 0,
      endPage: doc.paged ? (last?.number ?? null) : null,
      end: last?.text.length ?? 0,
    },
  ];

  return {
    source,
    docType,
    diarienummer: own,
    diarienummerRefs: refs,
    decision,
    partnerships,
    matters,
  };
}
