/**
 * Fits the calibration table (calibration.ts) from extracted values judged right or wrong. Per cell (a context, refined by a variant) and
 * field, per raw-confidence bin: how many documents had values there and how many of those
 * were right, each document counting once with the share of its values there that were right — so a
 * 101-row listing is one document's evidence, not 101 documents' — and, when fitted by source, each source
 * at most FitOptions.perSource documents, so a source tuned on for weeks is one voice among the sources. Then adjacent bins are pooled where a
 * higher one was right less often (pool-adjacent-violators), so calibrated confidence never falls as raw
 * confidence rises.
 */
import { binOf, type BinCounts, type CalibrationCell, type CalibrationTable, type FieldBins } from './calibration.js';
import { CALIBRATION_BINS } from './confidence.js';
import type { CalibratedField } from './review-rules.js';

export interface Observation {
  /** The document the value came from; a document's text and its PDF are one document. */
  document: string;
  field: CalibratedField;
  /** Where it was read, refined by its variant (calibration.ts cellOf). */
  cell: CalibrationCell;
  /** Raw confidence, before calibration. */
  confidence: number;
  correct: boolean;
}

/**
 * How evidence is weighed across sources (a set, one kommun's series): in each bin a source's documents
 * count as at most `perSource` documents, at the source's own right-rate. Documents of one source share
 * templates and authors, and the rules were tuned on some sources for weeks, so ten of their documents
 * right is little more evidence for a new source than three; without a cap the long-tuned sources vouch
 * for bins new sources get wrong.
 */
export interface FitOptions {
  sourceOf: (document: string) => string;
  perSource: number;
}

const EACH_DOCUMENT_ITS_OWN: FitOptions = { sourceOf: (document) => document, perSource: 1 };

export function fitCalibration(observations: readonly Observation[], options: FitOptions = EACH_DOCUMENT_ITS_OWN): CalibrationTable {
  const table: CalibrationTable = {};
  // Cells in name order, so a refit of the same observations writes the same file.
  for (const cell of [...new Set(observations.map((o) => o.cell))].sort()) {
    table[cell] = fitBins(observations.filter((o) => o.cell === cell), options);
  }
  return table;
}

/**
 * For each group of documents, the table fitted without the group; by default each document is its own
 * group (its text and PDF share its name): what calibration would have told that document had it been
 * unseen, the honest measure of a confidence. Grouped by source (a set, a kommun's series), it says what a
 * source none of whose documents were seen gets — as a new blind set does, whose pages are alike among
 * themselves and unlike the devset's.
 */
export function fitLeavingEachOut(
  observations: readonly Observation[],
  groupOf: (document: string) => string = (document) => document,
  options: FitOptions = EACH_DOCUMENT_ITS_OWN,
): Map<string, CalibrationTable> {
  const groups = [...new Set(observations.map((o) => groupOf(o.document)))];
  return new Map(groups.map((group) => [group, fitCalibration(observations.filter((o) => groupOf(o.document) !== group), options)]));
}

/**
 * Per field and bin, document-weighted counts — each source's documents at most `perSource` of them, at
 * the source's mean document right-rate — pooled to be non-decreasing. Fields in first-seen order.
 */
function fitBins(observations: readonly Observation[], { sourceOf, perSource }: FitOptions): FieldBins {
  const tallies = new Map<CalibratedField, Array<Map<string, { values: number; right: number }>>>();
  for (const o of observations) {
    if (!tallies.has(o.field)) tallies.set(o.field, CALIBRATION_BINS.map(() => new Map()));
    const byDocument = tallies.get(o.field)![binOf(o.confidence)]!;
    const tally = byDocument.get(o.document) ?? { values: 0, right: 0 };
    tally.values++;
    if (o.correct) tally.right++;
    byDocument.set(o.document, tally);
  }
  const out: FieldBins = {};
  for (const [field, bins] of tallies) {
    out[field] = poolViolators(
      bins.map((byDocument) => {
        const bySource = new Map<string, { documents: number; right: number }>();
        for (const [document, d] of byDocument) {
          const key = sourceOf(document);
          const source = bySource.get(key) ?? { documents: 0, right: 0 };
          source.documents++;
          source.right += d.right / d.values;
          bySource.set(key, source);
        }
        return [...bySource.values()].reduce(
          (sum, s) => {
            const weight = Math.min(s.documents, perSource);
            return { documents: sum.documents + weight, right: sum.right + (weight * s.right) / s.documents };
          },
          { documents: 0, right: 0 },
        );
      }),
    );
  }
  return out;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Makes the right-rate non-decreasing over non-empty bins by pooling adjacent violators. */
export function poolViolators(bins: readonly BinCounts[]): BinCounts[] {
  const blocks: Array<{ members: number[]; documents: number; right: number }> = [];
  bins.forEach((bin, i) => {
    if (bin.documents === 0) return;
    blocks.push({ members: [i], documents: bin.documents, right: bin.right });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const before = blocks[blocks.length - 2]!;
      if (before.right / before.documents <= last.right / last.documents) break;
      blocks.splice(-2, 2, { members: [...before.members, ...last.members], documents: before.documents + last.documents, right: before.right + last.right });
    }
  });
  const pooled = bins.map((bin) => ({ documents: bin.documents, right: 0 }));
  for (const block of blocks) {
    for (const i of block.members) pooled[i]!.right = round3((block.right / block.documents) * bins[i]!.documents);
  }
  return pooled;
}
