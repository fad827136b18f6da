/**
 * Fits confidence calibration on the development set and writes extractors/engine/calibration.json.
 * Every devset document is extracted with raw (uncalibrated) confidence and judged against its gold as
 * `iop eval` judges it; the table counts right and wrong values per field and raw-confidence bin.
 * It prints the calibration reached in-sample and, more honestly, leaving each document out of the fit
 * that calibrates it (its text and its PDF together). Run: `npm run fit-calibration [DIR...]` (default:
 * fixtures/devset and fixtures/devset-pdf, the seeds as PDFs, so calibration sees reading errors too).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from '../pipeline/contract.js';
import { extractUncalibrated } from '../pipeline/extract.js';
import { processFile } from '../pipeline/process.js';
import { calibrate, type Calibration } from '../pipeline/eval/calibration.js';
import { loadGold, type Expected } from '../pipeline/eval/gold.js';
import { scoreDocument } from '../pipeline/eval/score.js';
import { fixed3, formatTable } from '../pipeline/cli/table.js';
import { calibrateResult, type CalibrationTable } from '../extractors/engine/calibration.js';
import { fitCalibration } from '../extractors/engine/calibration-fit.js';

export const CALIBRATION_PATH = 'extractors/engine/calibration.json';

interface DevDoc {
  name: string;
  expected: Expected;
  raw: DocumentResult;
}

async function loadDevset(dir: string): Promise<DevDoc[]> {
  const docs: DevDoc[] = [];
  for (const file of (await readdir(join(dir, 'docs'))).sort()) {
    const name = basename(file, extname(file));
    const expected = await loadGold(join(dir, 'gold', `${name}.json`));
    const { pages, meta, result } = await processFile(join(dir, 'docs', file));
    docs.push({ name, expected, raw: meta ? extractUncalibrated(result.source, pages, meta.paged) : result });
  }
  return docs;
}

/** The default folders: the devset as text, and the seeds as PDFs. */
const DEFAULT_DIRS = ['fixtures/devset', 'fixtures/devset-pdf'];

const judgedRaw = (docs: readonly DevDoc[]) => docs.flatMap((d) => scoreDocument(d.name, d.expected, d.raw).judged);
const judgedCalibrated = (d: DevDoc, table: CalibrationTable) => scoreDocument(d.name, d.expected, calibrateResult(d.raw, table)).judged;

function summary(label: string, c: Calibration): string[] {
  return [
    label,
    fixed3(c.highConfidence.accuracy) ?? '—',
    String(c.highConfidence.values),
    fixed3(c.wrongFlaggedShare) ?? '—',
    fixed3(c.flaggedShare) ?? '—',
  ];
}

/** The table as JSON, one line per field so a refit reads as a small diff. */
function calibrationFile(dir: string, table: CalibrationTable): string {
  const fields = Object.entries(table).map(([field, bins]) => `    ${JSON.stringify(field)}: ${JSON.stringify(bins)}`);
  const comment = `Written by npm run fit-calibration from ${dir}: per field, per raw-confidence bin (confidence.ts CALIBRATION_BINS), values extracted and how many were right (pooled so the rate never falls as confidence rises).`;
  return `{\n  "_comment": ${JSON.stringify(comment)},\n  "fields": {\n${fields.join(',\n')}\n  }\n}\n`;
}

async function main(dirs: string[]): Promise<void> {
  const docs = (await Promise.all(dirs.map(loadDevset))).flat();
  const table = fitCalibration(judgedRaw(docs));
  await writeFile(resolve(CALIBRATION_PATH), calibrationFile(dirs.join(' and '), table));

  const raw = calibrate(judgedRaw(docs));
  const inSample = calibrate(docs.flatMap((d) => judgedCalibrated(d, table)));
  const leaveOneOut = calibrate(docs.flatMap((d) => judgedCalibrated(d, fitCalibration(judgedRaw(docs.filter((o) => o.name !== d.name))))));
  console.log(`wrote ${CALIBRATION_PATH} from ${docs.length} files, ${raw.values} values (${raw.wrong} wrong)\n`);
  console.log(formatTable(['confidence', 'accuracy ≥ 0.9', 'values ≥ 0.9', 'wrong flagged', 'all flagged'], [
    summary('raw (rules only)', raw),
    summary('calibrated, in-sample', inSample),
    summary('calibrated, leave-one-document-out', leaveOneOut),
  ]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirs = process.argv.slice(2);
  await main(dirs.length > 0 ? dirs : DEFAULT_DIRS);
}
