/**
 * fixtures/first-runs (scripts/first-runs.ts): each blind set's first run, extracted by the commit that added the set,
 * judged by today's scorer against today's gold. The judged files must stay what the stored raw results give today —
 * when gold or the scorer change, `node dist/scripts/first-runs.js --judge` re-judges them (no old build needed) — and
 * they enter the calibration fit as sources of their own, left out with their set.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../pipeline/contract.js';
import {
  documentOf,
  FIRST_RUN,
  firstRunObservations,
  FIRST_RUNS_DIR,
  judgedFirstRunValue,
  judgeFirstRun,
  loadFirstRuns,
  sourceOf,
  type FirstRunFile,
  type FirstRunValue,
} from '../pipeline/eval/calibration-set.js';
import { CALIBRATION_BINS, REVIEW_THRESHOLD, UNVOUCHED_CONFIDENCE } from '../extractors/engine/confidence.js';
import type { CalibrationTable } from '../extractors/engine/calibration.js';

describe('fixtures/first-runs', () => {
  it('holds the first runs of realset4 … realset25, each of its own set\'s documents', async () => {
    const runs = await loadFirstRuns();
    expect(runs.map((r) => r.set).sort()).toEqual(['realset10', 'realset11', 'realset12', 'realset13', 'realset14', 'realset15', 'realset16', 'realset17', 'realset18', 'realset19', 'realset20', 'realset21', 'realset22', 'realset23', 'realset24', 'realset25', 'realset4', 'realset5', 'realset6', 'realset7', 'realset8', 'realset9']);
    for (const run of runs) {
      expect(run.values.length).toBeGreaterThan(50);
      expect(new Set(run.values.map((v) => sourceOf(v[0]))).size).toBe(1);
    }
  });

  it('is what today\'s scorer and gold make of the stored raw results (else: node dist/scripts/first-runs.js --judge)', async () => {
    for (const run of await loadFirstRuns()) {
      const { results } = JSON.parse(await readFile(join(FIRST_RUNS_DIR, 'raw', `${run.set}.json`), 'utf8')) as { results: Record<string, DocumentResult> };
      expect(await judgeFirstRun(resolve('fixtures', run.set), results), run.set).toEqual(run.values);
    }
  }, 60_000);
});

describe('first runs in the fit', () => {
  const run: FirstRunFile = {
    set: 'realsetX',
    commit: 'abc1234',
    columns: [],
    values: [
      ['q_01', 'ideburna', 'row', 0.93, 1, 0, 0],
      ['q_01', 'organ', 'row', 0.93, 0, 1, 0],
      ['q_02', 'amounts', 'text', 0.93, 0, 0, 1],
    ],
  };

  it('are observations of a source of their own, leaving out values flagged for a reason but not guessed kinds', () => {
    const observations = firstRunObservations([run]);
    expect(observations.map((o) => [o.document, o.field, o.correct])).toEqual([
      [`${FIRST_RUN}q_01`, 'ideburna', true],
      [`${FIRST_RUN}q_02`, 'amounts', false],
    ]);
    expect(sourceOf(observations[0]!.document)).toBe(`${FIRST_RUN}q_`);
    expect(documentOf(observations[0]!.document)).toBe('q_01');
    expect(documentOf('q_01')).toBe('q_01');
  });

  it('are judged as calibrateResult judges: a vouched bin keeps its value, a flagged or guessed one stays below 0.9', () => {
    const everyBin = (documents: number, right: number) => CALIBRATION_BINS.map(() => ({ documents, right }));
    const table: CalibrationTable = { row: { ideburna: everyBin(20, 20), organ: everyBin(20, 20) }, text: { amounts: everyBin(20, 20) } };
    const [vouched, flagged, guessed] = run.values.map((v: FirstRunValue) => judgedFirstRunValue(v, table, null));
    expect(vouched!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(vouched!.needsReview).toBe(false);
    for (const v of [flagged!, guessed!]) {
      expect(v.confidence).toBeLessThanOrEqual(UNVOUCHED_CONFIDENCE);
      expect(v.needsReview).toBe(true);
    }
  });
});
