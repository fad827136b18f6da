/**
 * The contract's shape for a file that could not be read. A module of its own, apart from process.ts, so the
 * processes that only store or route outcomes (the embedded pool's parent, the distributed writer) make
 * failed results without loading the extractors that process.ts runs.
 */
import type { DocumentResult, ErrorCode } from './contract.js';

/** The contract's shape for a file that could not be read: the error, and every field empty. */
export function failedResult(source: string, code: ErrorCode, message: string): DocumentResult {
  return {
    source,
    docType: { value: 'annat', confidence: 0, needsReview: false, evidence: [] },
    diarienummer: [],
    diarienummerRefs: [],
    decision: null,
    partnerships: [],
    matters: [],
    error: { code, message },
  };
}
