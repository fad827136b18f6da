/**
 * The extractors' version: bumped when a rule change alters output, so an ingest re-reads documents stored under an
 * older one (`iop refresh`). A module of its own so the writer and the planner — the ingest's storing process,
 * which never extracts — read it without loading every extractor.
 */
export const EXTRACTOR_VERSION = 30;
