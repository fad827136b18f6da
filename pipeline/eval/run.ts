/**
 * `iop eval` without the printing: every document in DIR/docs through extractFile — exactly what
 * `iop extract` prints — scored against DIR/gold/<same name>.json, then summed into one report.
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { extractFile } from '../extract-file.js';
import { calibrate, type Calibration } from './calibration.js';
import { loadGold } from './gold.js';
import { addTallies, scores, type Scores } from './metrics.js';
import { totalMatters, type MatterTotals } from './matters.js';
import { INFO_FIELDS, SCORED_FIELDS, scoreDocument, type DocScore, type FieldName, type JudgedValue, type Miss } from './score.js';

export interface ListingRow extends Scores {
  doc: string;
  goldRows: number;
  predictedRows: number;
}

export interface EvalReport {
  documents: number;
  /** Documents the pipeline could not read (scored as extracting nothing). */
  failed: Array<{ doc: string; error: string }>;
  /** Files in docs/ without gold, or gold without a document: not scored. */
  unmatched: string[];
  fields: Record<FieldName, Scores>;
  /** Micro scores per document: where extraction is weak. */
  perDocument: Array<{ doc: string } & Scores>;
  /** Over SCORED_FIELDS (not the information-only ones). */
  micro: Scores;
  listing: { documents: ListingRow[]; total: Scores };
  /** Whole documents' matters: per document, and summed (precision, recall, kind, case numbers, decisions). */
  matters: { documents: Array<{ doc: string } & MatterTotals>; total: MatterTotals };
  calibration: Calibration;
  misses: Miss[];
  /** Every extracted value judged right or wrong: what calibration is computed from. */
  values: JudgedValue[];
}

export function summarize(docs: readonly DocScore[], unmatched: string[] = []): EvalReport {
  const fieldTally = (field: FieldName) => addTallies(docs.map((d) => d.tallies[field]));
  const fields = Object.fromEntries([...SCORED_FIELDS, ...INFO_FIELDS].map((f) => [f, scores(fieldTally(f))])) as Record<FieldName, Scores>;
  const listingDocs = docs.flatMap((d) => {
    if (!d.listing) return [];
    const { goldRows, predictedRows, matchedRows } = d.listing;
    const tally = { tp: matchedRows, fp: predictedRows - matchedRows, fn: goldRows - matchedRows };
    return [{ doc: d.doc, goldRows, predictedRows, ...scores(tally) }];
  });
  return {
    documents: docs.length,
    failed: docs.flatMap((d) => (d.error ? [{ doc: d.doc, error: d.error }] : [])),
    unmatched,
    fields,
    perDocument: docs.map((d) => ({ doc: d.doc, ...scores(addTallies(SCORED_FIELDS.map((f) => d.tallies[f]))) })),
    micro: scores(addTallies(SCORED_FIELDS.map(fieldTally))),
    listing: { documents: listingDocs, total: scores(addTallies(listingDocs)) },
    matters: {
      documents: docs.flatMap((d) => (d.matters ? [{ doc: d.doc, ...totalMatters([d.matters]) }] : [])),
      total: totalMatters(docs.flatMap((d) => (d.matters ? [d.matters] : []))),
    },
    calibration: calibrate(docs.flatMap((d) => d.judged)),
    misses: docs.flatMap((d) => d.misses),
    values: docs.flatMap((d) => d.judged),
  };
}

const stem = (file: string) => basename(file, extname(file));

/** `only`: name prefixes of the documents to score (a group of the development set: ["d_", "e_"]); all when absent. */
export async function evaluateDir(dir: string, only?: readonly string[]): Promise<EvalReport> {
  const inGroup = (name: string) => !only || only.some((prefix) => name.startsWith(prefix));
  // Files and links to files; hidden files and subfolders are not documents.
  const entries = await readdir(join(dir, 'docs'), { withFileTypes: true });
  const docFiles = entries.filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()) && inGroup(e.name)).map((e) => e.name).sort();
  const goldFiles = (await readdir(join(dir, 'gold'))).filter((f) => f.endsWith('.json') && inGroup(f)).sort();
  const goldStems = new Set(goldFiles.map(stem));
  const docStems = new Set(docFiles.map(stem));
  const unmatched = [
    ...docFiles.filter((f) => !goldStems.has(stem(f))).map((f) => `docs/${f} (no gold)`),
    ...goldFiles.filter((f) => !docStems.has(stem(f))).map((f) => `gold/${f} (no document)`),
  ];
  const scored: DocScore[] = [];
  for (const file of docFiles.filter((f) => goldStems.has(stem(f)))) {
    const expected = await loadGold(join(dir, 'gold', `${stem(file)}.json`));
    scored.push(scoreDocument(stem(file), expected, await extractFile(join(dir, 'docs', file))));
  }
  return summarize(scored, unmatched);
}
