import { describe, expect, it } from 'vitest';
import type { DocumentResult, Field, Partnership } from '../../pipeline/contract.js';
import { calibratedConfidence, calibrateResult, cellOf, CONTEXTS, FITTED_CALIBRATION, firstRunsVouch, flaggedForReason, type CalibrationCell, type CalibrationTable } from './calibration.js';
import { fitCalibration, fitLeavingEachOut, poolViolators, type Observation } from './calibration-fit.js';
import { CALIBRATION_BINS, MAX_CONFIDENCE, PER_SOURCE_DOCUMENTS, REVIEW_THRESHOLD, UNSEEN_SOURCE_DISCOUNT, UNVOUCHED_CONFIDENCE } from './confidence.js';
import { reviewReasons, type CalibratedField } from './review-rules.js';

const f = <T>(value: T, confidence: number, needsReview = confidence < REVIEW_THRESHOLD, evidence = 1): Field<T> => ({
  value,
  confidence,
  needsReview,
  evidence: Array.from({ length: evidence }, (_, i) => ({ page: null, start: i, end: i + 1, text: 'x' })),
});

/** `values` observations of one field from each of `documents` documents, `right` of each document's right. */
function observations(o: { documents: number; values: number; right: number; confidence: number; field?: CalibratedField; cell?: CalibrationCell; prefix?: string }): Observation[] {
  return Array.from({ length: o.documents }, (_, d) =>
    Array.from({ length: o.values }, (_, i) => ({
      document: `${o.prefix ?? 'doc'}${d}`,
      field: o.field ?? 'organ',
      cell: o.cell ?? 'text',
      confidence: o.confidence,
      correct: i < o.right,
    })),
  ).flat();
}

/** A fit in which every field was right in twenty sources in every cell and bin: it vouches for every value no reason flags. */
const FIELDS: CalibratedField[] = ['doc_type', 'kind', 'diarienummer', 'diarienummer_refs', 'decision', 'ideburna', 'offentliga', 'organ', 'amounts', 'period', 'extension', 'target_groups'];
const VARIANTS = ['', '/once', '/several', '/protokoll', '/tjansteskrivelse', '/overenskommelse', '/beslut', '/rapport', '/annat'];
const VOUCHED: CalibrationTable = Object.fromEntries(
  CONTEXTS.flatMap((context) => VARIANTS.map((variant) => [`${context}${variant}`, Object.fromEntries(FIELDS.map((field) => [field, CALIBRATION_BINS.map(() => ({ documents: 20, right: 20 }))]))])),
);

describe('fitCalibration', () => {
  it('counts each document once per bin, with the share of its values there that were right', () => {
    const table = fitCalibration([
      ...observations({ documents: 1, values: 10, right: 9, confidence: 0.8 }),
      ...observations({ documents: 1, values: 1, right: 1, confidence: 0.8, prefix: 'other' }),
    ]);
    expect(table.text!.organ![CALIBRATION_BINS.indexOf(0.75)]).toEqual({ documents: 2, right: 1.9 });
    expect(table.row).toBeUndefined();
  });

  it('counts a source as at most perSource documents, at its documents\' mean rate, so one long-tuned source cannot vouch alone', () => {
    const bySource = { sourceOf: (document: string) => document.slice(0, 2), perSource: 2 };
    const table = fitCalibration(
      [
        ...observations({ documents: 10, values: 1, right: 1, confidence: 0.8, prefix: 'k_' }),
        ...observations({ documents: 1, values: 2, right: 1, confidence: 0.8, prefix: 'u_' }),
      ],
      bySource,
    );
    // k_: 10 documents all right count as 2 right; u_: one document half right.
    expect(table.text!.organ![CALIBRATION_BINS.indexOf(0.75)]).toEqual({ documents: 3, right: 2.5 });
    const mixed = fitCalibration([...observations({ documents: 4, values: 1, right: 1, confidence: 0.8, prefix: 'k_' }), ...observations({ documents: 4, values: 1, right: 0, confidence: 0.8, prefix: 'k_x' })], bySource);
    expect(mixed.text!.organ![CALIBRATION_BINS.indexOf(0.75)]).toEqual({ documents: 2, right: 1 });
    // A source with no more documents than the cap counts as before.
    expect(fitCalibration(observations({ documents: 2, values: 1, right: 1, confidence: 0.8, prefix: 'k_' }), bySource)).toEqual(
      fitCalibration(observations({ documents: 2, values: 1, right: 1, confidence: 0.8, prefix: 'k_' })),
    );
  });

  it('pools a higher bin that was right less often, so confidence never falls as raw confidence rises', () => {
    const pooled = poolViolators(CALIBRATION_BINS.map((_, i) => (i === 1 ? { documents: 4, right: 3 } : i === 7 ? { documents: 4, right: 1 } : { documents: 0, right: 0 })));
    expect(pooled[1]).toEqual({ documents: 4, right: 2 });
    expect(pooled[7]).toEqual({ documents: 4, right: 2 });
    expect(pooled[3]).toEqual({ documents: 0, right: 0 });
  });
});

describe('calibratedConfidence', () => {
  it('takes the raw confidence less UNSEEN_SOURCE_DISCOUNT where the development set has no values of that field and bin', () => {
    expect(calibratedConfidence({}, 'organ', 'text', 0.8)).toBe(0.8 - UNSEEN_SOURCE_DISCOUNT);
    // A rule's own strength, tuned on the development sources, never vouches by itself: only sources do.
    expect(calibratedConfidence({}, 'organ', 'text', MAX_CONFIDENCE)).toBeLessThan(REVIEW_THRESHOLD);
  });

  it('with the project\'s cap, vouches for a rule by how many sources it was right in, not how many documents', () => {
    const bySource = { sourceOf: (document: string) => document.slice(0, 2), perSource: PER_SOURCE_DOCUMENTS };
    // Ten documents of one source (one kommun's series, one set's authors), all right: one voice.
    const oneSource = fitCalibration(observations({ documents: 10, values: 1, right: 1, confidence: 0.8, prefix: 'a_' }), bySource);
    expect(calibratedConfidence(oneSource, 'organ', 'text', 0.8)).toBeLessThan(REVIEW_THRESHOLD);
    // One right document from each of eight sources: eight voices.
    const eightSources = fitCalibration(
      ['a_', 'b_', 'c_', 'd_', 'e_', 'f_', 'g_', 'h_'].flatMap((prefix) => observations({ documents: 1, values: 1, right: 1, confidence: 0.8, prefix })),
      bySource,
    );
    expect(calibratedConfidence(eightSources, 'organ', 'text', 0.8)).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it('lets a rule that was always right reach 0.9 only on enough documents, however many values one has', () => {
    const oneLongListing = fitCalibration(observations({ documents: 1, values: 200, right: 200, confidence: 0.8 }));
    expect(calibratedConfidence(oneLongListing, 'organ', 'text', 0.8)).toBeLessThan(REVIEW_THRESHOLD);
    const one = fitCalibration(observations({ documents: 1, values: 1, right: 1, confidence: 0.8 }));
    expect(calibratedConfidence(one, 'organ', 'text', 0.8)).toBeLessThan(REVIEW_THRESHOLD);
    const manyDocuments = fitCalibration(observations({ documents: 8, values: 1, right: 1, confidence: 0.8 }));
    expect(calibratedConfidence(manyDocuments, 'organ', 'text', 0.8)).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(calibratedConfidence(manyDocuments, 'organ', 'text', 0.8)).toBeLessThanOrEqual(MAX_CONFIDENCE);
    // A weak rule needs more documents than a strong one to be vouched for: eight are enough at raw 0.8, not at 0.55.
    const strong = fitCalibration(observations({ documents: 8, values: 1, right: 1, confidence: 0.8 }));
    expect(calibratedConfidence(strong, 'organ', 'text', 0.8)).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    const weak = fitCalibration(observations({ documents: 8, values: 1, right: 1, confidence: 0.55 }));
    expect(calibratedConfidence(weak, 'organ', 'text', 0.55)).toBeLessThan(REVIEW_THRESHOLD);
  });

  it('lowers a bin whose values were often wrong', () => {
    const table = fitCalibration(observations({ documents: 20, values: 2, right: 1, confidence: 0.8 }));
    expect(calibratedConfidence(table, 'organ', 'text', 0.8)).toBeLessThan(0.6);
  });

  it('tells listing rows from running text once each has documents of its own', () => {
    const table = fitCalibration([
      ...observations({ documents: 16, values: 1, right: 0, confidence: 0.8, cell: 'text' }),
      ...observations({ documents: 8, values: 5, right: 5, confidence: 0.8, cell: 'row', prefix: 'listing' }),
    ]);
    const row = calibratedConfidence(table, 'organ', 'row', 0.8);
    const text = calibratedConfidence(table, 'organ', 'text', 0.8);
    expect(row).toBeGreaterThan(0.75);
    expect(text).toBeLessThan(0.3);
    // Against the other context's evidence a context needs many documents of its own to be vouched for.
    expect(row).toBeLessThan(REVIEW_THRESHOLD);
    // A context seen in no document takes what the other says, but only its own documents vouch for it.
    const textOnly = fitCalibration(observations({ documents: 8, values: 1, right: 1, confidence: 0.8 }));
    expect(calibratedConfidence(textOnly, 'organ', 'text', 0.8)).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(calibratedConfidence(textOnly, 'organ', 'row', 0.8)).toBe(UNVOUCHED_CONFIDENCE);
    const lowText = fitCalibration(observations({ documents: 8, values: 2, right: 1, confidence: 0.8 }));
    expect(calibratedConfidence(lowText, 'organ', 'row', 0.8)).toBe(calibratedConfidence(lowText, 'organ', 'text', 0.8));
  });

  it('vouches for a cell only from sources of its own in the bin: a type the development set never read sure is not vouched for by protocols', () => {
    const table = fitCalibration(observations({ documents: 30, values: 1, right: 1, confidence: 0.95, field: 'doc_type', cell: 'text/protokoll' }));
    expect(calibratedConfidence(table, 'doc_type', 'text/protokoll', 0.95)).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(calibratedConfidence(table, 'doc_type', 'text/beslut', 0.95)).toBe(UNVOUCHED_CONFIDENCE);
    // One source of its own, right, and the others' record lets it vouch.
    const seen = fitCalibration([...observations({ documents: 30, values: 1, right: 1, confidence: 0.95, field: 'doc_type', cell: 'text/protokoll' }), ...observations({ documents: 1, values: 1, right: 1, confidence: 0.95, field: 'doc_type', cell: 'text/beslut', prefix: 'b' })]);
    expect(calibratedConfidence(seen, 'doc_type', 'text/beslut', 0.95)).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });
});

describe('cellOf', () => {
  it('refines a type by the type read and a party by whether it is written once or more, and leaves readings in their context', () => {
    expect(cellOf('doc_type', f('protokoll', 0.95), 'text')).toBe('text/protokoll');
    expect(cellOf('doc_type', f('annat', 0.5, true, 0), 'bare')).toBe('bare/annat');
    expect(cellOf('organ', f('socialnämnden', 0.8), 'text')).toBe('text/once');
    expect(cellOf('organ', f('socialnämnden', 0.9, false, 2), 'text')).toBe('text/several');
    expect(cellOf('offentliga', f('Lunds kommun', 0.9, false, 3), 'row')).toBe('row/several');
    expect(cellOf('ideburna', f('Röda Korset', 0.9), 'twin-row')).toBe('twin-row/once');
    for (const field of ['amounts', 'period', 'decision', 'target_groups', 'diarienummer', 'kind'] as const) expect(cellOf(field, f('x', 0.9, false, 2), 'text')).toBe('text');
  });

  it('vouches for a body written more than once where such bodies were right, not for one written once where those were wrong', () => {
    const table = {
      ...fitCalibration(observations({ documents: 30, values: 1, right: 1, confidence: 0.8, cell: 'text/several' })),
      ...fitCalibration(observations({ documents: 10, values: 1, right: 0, confidence: 0.8, cell: 'text/once', prefix: 'once' })),
    };
    const organ = (evidence: number) => calibrateResult({ source: 'x', docType: f('protokoll' as const, 0.95), diarienummer: [], diarienummerRefs: [], decision: null, matters: [],
      partnerships: [{ kind: f('iop' as const, 0.9), paragraph: null, diarienummer: [], decision: null, ideburna: [], offentliga: [], organ: [f('socialnämnden', 0.8, false, evidence)], amounts: [], period: null, extension: null, targetGroups: [] }] }, table).partnerships[0]!.organ[0]!;
    expect(organ(2)).toMatchObject({ needsReview: false });
    expect(organ(1)).toMatchObject({ needsReview: true });
  });
});

describe('fitLeavingEachOut', () => {
  it('fits each document its table from the other documents only', () => {
    const obs = [
      ...observations({ documents: 3, values: 1, right: 1, confidence: 0.96, field: 'period' }),
      ...observations({ documents: 1, values: 4, right: 4, confidence: 0.8, field: 'organ', prefix: 'alone' }),
    ];
    const leftOut = fitLeavingEachOut(obs);
    expect([...leftOut.keys()].sort()).toEqual(['alone0', 'doc0', 'doc1', 'doc2']);
    expect(leftOut.get('alone0')!.text!.organ).toBeUndefined();
    expect(leftOut.get('doc0')!.text!.period![CALIBRATION_BINS.indexOf(0.95)]).toEqual({ documents: 2, right: 2 });
    expect(leftOut.get('doc0')).toEqual(fitCalibration(obs.filter((o) => o.document !== 'doc0')));
  });

  it('leaves a whole source out when grouped: its documents do not vouch for each other', () => {
    const obs = [
      ...observations({ documents: 3, values: 1, right: 1, confidence: 0.96, field: 'period', prefix: 'a_' }),
      ...observations({ documents: 2, values: 1, right: 0, confidence: 0.96, field: 'period', prefix: 'b_' }),
    ];
    const leftOut = fitLeavingEachOut(obs, (document) => document.slice(0, 2));
    expect([...leftOut.keys()].sort()).toEqual(['a_', 'b_']);
    expect(leftOut.get('a_')).toEqual(fitCalibration(obs.filter((o) => o.document.startsWith('b_'))));
    expect(leftOut.get('b_')!.text!.period![CALIBRATION_BINS.indexOf(0.95)]).toEqual({ documents: 3, right: 3 });
  });
});

describe('calibrateResult', () => {
  const partnership = (over: Partial<Partnership>): Partnership => ({ kind: f('iop' as const, 0.9), paragraph: null, diarienummer: [], decision: null, ideburna: [], offentliga: [], organ: [], amounts: [], period: null, extension: null, targetGroups: [], ...over });
  const result = (...partnerships: Partnership[]): DocumentResult => ({
    source: 'x',
    docType: f('protokoll' as const, 0.95),
    diarienummer: [],
    diarienummerRefs: [],
    decision: null,
    partnerships,
    matters: [],
  });
  const organRight = (cell: CalibrationCell) => fitCalibration(observations({ documents: 10, values: 1, right: 1, confidence: 0.8, cell }));

  it('re-judges a flag that came only from low raw confidence, and keeps a flag set for a reason', () => {
    const out = calibrateResult(result(partnership({ organ: [f('kommunstyrelsen', 0.8, true)], offentliga: [f('Region Gotland', 0.95, true)] })), organRight('text/once'));
    expect(out.partnerships[0]!.organ[0]).toMatchObject({ needsReview: false });
    expect(out.partnerships[0]!.organ[0]!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(out.partnerships[0]!.offentliga[0]!.needsReview).toBe(true);
  });

  it("calibrates a listing's rows (several partnerships, one §) as rows, a protocol's matters as matters, one partnership as text", () => {
    // Rows of listings were always right; running text was always wrong (an organ written once: cells row/once, text/once).
    const wrongInText = fitCalibration(observations({ documents: 10, values: 1, right: 0, confidence: 0.8, cell: 'text/once', prefix: 'text' }));
    const table = { ...organRight('row/once'), ...wrongInText };
    const [row, text] = [calibratedConfidence(table, 'organ', 'row/once', 0.8), calibratedConfidence(table, 'organ', 'text/once', 0.8)];
    expect(row).toBeGreaterThan(text);
    const organs = (r: DocumentResult) => calibrateResult(r, table).partnerships.map((p) => p.organ[0]!.confidence);
    expect(organs(result(partnership({ organ: [f('socialnämnden', 0.8)] }), partnership({ organ: [f('kulturnämnden', 0.8)] })))).toEqual([row, row]);
    const items = result(partnership({ paragraph: '§ 12', organ: [f('socialnämnden', 0.8)] }), partnership({ paragraph: '§ 14', organ: [f('kulturnämnden', 0.8)] }));
    // A protocol's several matters are a cell of their own, with no source of its own here: it leans on the other cells, unvouched.
    const matter = calibratedConfidence(table, 'organ', 'matter/once', 0.8);
    expect(matter).toBeLessThan(row);
    expect(matter).toBeLessThan(REVIEW_THRESHOLD);
    expect(organs(items)).toEqual([matter, matter]);
    expect(organs(result(partnership({ organ: [f('socialnämnden', 0.8)] })))).toEqual([text]);
  });

  it('flags the rows of a listing that differ only in their sums (one organisation under two headings), not rows of another period', () => {
    const row = (name: string, sek: number, start: string) =>
      partnership({
        ideburna: [f(name, 0.97)],
        offentliga: [f('Härnösands kommun', 0.97)],
        amounts: [f({ sek, per: 'year' as const, payer: null }, 0.97)],
        period: f({ start, end: null, openEnded: false }, 0.97),
      });
    const table = VOUCHED;
    const flagged = (r: DocumentResult) => calibrateResult(r, table).partnerships.map((p) => [p.ideburna[0]!.needsReview, p.amounts[0]!.needsReview]);
    const twins = result(row('Musiksällskapet', 2000, '2024-01-01'), row('Brassbandet', 5000, '2024-01-01'), row('Musiksällskapet', 8000, '2024-01-01'));
    expect(flagged(twins)).toEqual([[true, true], [false, false], [true, true]]);
    const twoYears = result(row('Musiksällskapet', 2000, '2023-01-01'), row('Brassbandet', 5000, '2024-01-01'), row('Musiksällskapet', 8000, '2024-01-01'));
    expect(flagged(twoYears)).toEqual([[false, false], [false, false], [false, false]]);
  });

  it('vouches for no row of a listing one of whose rows has a sum for its organisation, but for a listing of names and one with a form noun alone', () => {
    const row = (name: string) => partnership({ ideburna: [f(name, 0.92)], organ: [f('kommunstyrelsen', 0.92)], amounts: [f({ sek: 9600, per: 'once' as const, payer: null }, 0.92)] });
    const vouched = (r: DocumentResult) => calibrateResult(r, VOUCHED).partnerships.map((p) => [p.ideburna[0]!.needsReview, p.organ[0]!.needsReview, p.amounts[0]!.needsReview]);
    // Project titles beside "9 600 kr" in the name column: every row is in doubt, the sum's row and the others.
    expect(vouched(result(row('Ny luftvärmepump'), row('9 600 kr'), row('Järvsö Båtklubb')))).toEqual(Array(3).fill([true, true, true]));
    // "Klubben" points back to a club named before it: its own name is flagged (not-a-name), the other rows are let be.
    expect(vouched(result(row('Landsbro IF Skidklubb'), row('Klubben')))).toEqual([[false, false, false], [true, false, false]]);
    // A listing of names, and a protocol's matters (each its own §) beside a sum of their own, are let be.
    const matters = result({ ...row('9 600 kr'), paragraph: '§ 4' }, { ...row('Ekby båtklubb'), paragraph: '§ 5' });
    expect(vouched(result(row('Ekby båtklubb'), row('Järvsö Båtklubb')))).toEqual(Array(2).fill([false, false, false]));
    expect(vouched(matters)).toEqual([[true, false, false], [false, false, false]]);
    // The rows still count in the fit: only the value that is no name is flagged for a reason.
    expect(flaggedForReason('ideburna', f('Ny luftvärmepump', 0.92), 'row')).toBe(false);
    expect(flaggedForReason('ideburna', f('9 600 kr', 0.92), 'row')).toBe(true);
  });

  it('vouches for no row of a listing in which no row names a public party or a body of one, but for rows naming either', () => {
    const row = (name: string, side: Partial<Partnership> = {}) => partnership({ ideburna: [f(name, 0.92)], amounts: [f({ sek: 50000, per: 'once' as const, payer: null }, 0.92)], ...side });
    const vouched = (r: DocumentResult) => calibrateResult(r, VOUCHED).partnerships.map((p) => [p.ideburna[0]!.needsReview, p.amounts[0]!.needsReview]);
    // A state agency's list of the grants it made: föreningar and sums, nobody public taking part.
    expect(vouched(result(row('Ekby IF'), row('Järvsö Båtklubb')))).toEqual(Array(2).fill([true, true]));
    // A nämnd's list of its grants names itself (an organ), a kommun's list the kommun: rows to vouch for.
    expect(vouched(result(row('Ekby IF', { organ: [f('kulturnämnden', 0.92)] }), row('Järvsö Båtklubb')))).toEqual(Array(2).fill([false, false]));
    expect(vouched(result(row('Ekby IF'), row('Järvsö Båtklubb', { offentliga: [f('Ljusdals kommun', 0.92)] })))).toEqual(Array(2).fill([false, false]));
    // A protocol's matters (each its own §) are running text, left to their own values.
    expect(vouched(result({ ...row('Ekby IF'), paragraph: '§ 4' }, { ...row('Järvsö Båtklubb'), paragraph: '§ 5' }))).toEqual(Array(2).fill([false, false]));
    // The rows still count in the fit: nothing of their own flags them.
    expect(flaggedForReason('ideburna', f('Ekby IF', 0.92), 'row')).toBe(false);
  });

  it('vouches for no value of a partnership in running text whose kind was guessed, but for a listing row with its heading\'s kind', () => {
    const matter = (kind: number) => partnership({ kind: f('bidrag' as const, kind), ideburna: [f('Bygdegårdsföreningen', 0.97)], offentliga: [f('Ljusdals kommun', 0.97)], period: f({ start: '2022-01-01', end: '2022-12-31', openEnded: false }, 0.97) });
    const values = (r: DocumentResult) => calibrateResult(r, VOUCHED).partnerships.map((p) => [p.ideburna[0]!, p.period!]);
    // cuedKind's "a grant named somewhere in the text" (0.4): nothing vouches for its values, however sure each is.
    for (const v of values(result(matter(0.4))).flat()) expect(v).toMatchObject({ needsReview: true, confidence: UNVOUCHED_CONFIDENCE });
    // A kind a rule read (grant-granted, 0.6) leaves its values to calibration.
    for (const v of values(result(matter(0.6))).flat()) expect(v.needsReview).toBe(false);
    // A listing's rows with the kind its heading names at half strength (grant-in-title-of-document, 0.45) are rows.
    for (const v of values(result(matter(0.45), { ...matter(0.45), ideburna: [f('Hembygdsföreningen', 0.97)] })).flat()) expect(v.needsReview).toBe(false);
    // The guessed partnership's values still count in the fit: no reason of their own flags them.
    expect(flaggedForReason('ideburna', matter(0.4).ideburna[0]!)).toBe(false);
  });

  it("calibrates a document's own values where no partnership was read as a bare document's", () => {
    // Types read beside a partnership were always right; types read where nothing else was, half the time.
    const table = {
      ...fitCalibration(observations({ documents: 30, values: 1, right: 1, confidence: 0.5, field: 'doc_type', cell: 'text/annat' })),
      ...fitCalibration(observations({ documents: 10, values: 2, right: 1, confidence: 0.5, field: 'doc_type', cell: 'bare/annat', prefix: 'bare' })),
    };
    const annat = (...partnerships: Partnership[]) => calibrateResult({ ...result(...partnerships), docType: f('annat' as const, 0.5) }, table).docType;
    expect(annat(partnership({ organ: [f('socialnämnden', 0.8)] })).confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(annat()).toMatchObject({ needsReview: true });
    expect(annat().confidence).toBeLessThan(0.75);
    // A document whose only partnership was taken on a guessed kind (cuedKind, 0.4) is one the rules did not understand either.
    expect(annat(partnership({ kind: f('bidrag' as const, 0.4), organ: [f('socialnämnden', 0.8)] })).confidence).toBe(annat().confidence);
    expect(annat(partnership({ kind: f('bidrag' as const, 0.4), organ: [f('socialnämnden', 0.8)] }), partnership({ paragraph: '§ 2', organ: [f('socialnämnden', 0.8)] })).confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it('flags two names that may have run together, read once, but not a name repeated in the text', () => {
    expect(reviewReasons('ideburna', f('Stiftelsen Fryshuset och mellanstaden', 0.95))).toEqual(['names-run-together']);
    expect(reviewReasons('ideburna', f('Röda Korsets behandlingscenter för krigsskadade och torterade', 0.95, false, 3))).toEqual([]);
    expect(reviewReasons('ideburna', f('Göteborgs Räddningsmission', 0.95))).toEqual([]);
  });

  it('flags a name read only where the text gives it with another form in brackets, not one written plainly too', () => {
    const read = (...texts: string[]): Field<string> => ({ ...f('Vallakyrkans ungdom', 0.97), evidence: texts.map((text, i) => ({ page: null, start: i, end: i + text.length, text })) });
    expect(reviewReasons('ideburna', read('VKU (Vallakyrkans ungdom)'))).toEqual(['name-beside-bracketed-form']);
    expect(reviewReasons('ideburna', read('Vallakyrkans ungdom (VKU)'))).toEqual(['name-beside-bracketed-form']);
    expect(reviewReasons('ideburna', read('VKU (Vallakyrkans ungdom)', 'Vallakyrkans ungdom'))).toEqual([]);
    expect(reviewReasons('ideburna', read('Vallakyrkans ungdom'))).toEqual([]);
    expect(reviewReasons('ideburna', read('Vallakyrkans ungdom (2024)'))).toEqual([]);
  });

  it("flags a body read only in its genitive beside its own sub-unit, not the sub-unit nor the body read deciding", () => {
    const read = (value: string, ...texts: string[]): Field<string> => ({ ...f(value, 0.97), evidence: texts.map((text, i) => ({ page: null, start: i, end: i + text.length, text })) });
    const unit = read('kommunstyrelsens arbetsutskott', 'Kommunstyrelsens arbetsutskott');
    const owner = read('kommunstyrelsen', 'kommunstyrelsens');
    expect(reviewReasons('organ', owner, 'text', [unit, owner])).toEqual(['parent-named-as-owner']);
    expect(reviewReasons('organ', unit, 'text', [unit, owner])).toEqual([]);
    expect(reviewReasons('organ', owner, 'text', [owner])).toEqual([]);
    const deciding = read('kommunstyrelsen', 'kommunstyrelsens', 'Kommunstyrelsen');
    expect(reviewReasons('organ', deciding, 'text', [unit, deciding])).toEqual([]);
  });

  it("flags a kommun's and a region's top bodies of one rank read together, not two ranks of one principal", () => {
    const region = f('regionstyrelsen', 0.97, false);
    const kommun = f('kommunstyrelsen', 0.97, false);
    const council = f('kommunfullmäktige', 0.97, false);
    expect(reviewReasons('organ', region, 'text', [region, kommun])).toEqual(['top-bodies-of-two-principals']);
    expect(reviewReasons('organ', kommun, 'text', [region, kommun])).toEqual(['top-bodies-of-two-principals']);
    expect(reviewReasons('organ', kommun, 'text', [kommun, council])).toEqual([]);
    expect(reviewReasons('organ', region, 'text', [region, council])).toEqual([]);
    expect(reviewReasons('organ', region, 'text', [region, f('hälso- och sjukvårdsnämnden', 0.97)])).toEqual([]);
  });

  it('flags an amount whose periodicity was not read, not one read as yearly or total, nor a listing row’s', () => {
    expect(reviewReasons('amounts', f({ sek: 495000, per: 'unknown', payer: null }, 0.95))).toEqual(['amount-periodicity-unknown']);
    expect(reviewReasons('amounts', f({ sek: 495000, per: 'unknown', payer: null }, 0.95), 'row')).toEqual([]);
    expect(reviewReasons('amounts', f({ sek: 495000, per: 'year', payer: null }, 0.95))).toEqual([]);
    expect(reviewReasons('amounts', f({ sek: 495000, per: 'total', payer: null }, 0.95))).toEqual([]);
  });

  it('flags a type no evidence names (the type left by elimination), not a type a heading named', () => {
    expect(reviewReasons('doc_type', f('annat', 0.5, false, 0))).toEqual(['type-by-elimination']);
    expect(reviewReasons('doc_type', f('annat', 0.5, false, 1))).toEqual([]);
    expect(reviewReasons('doc_type', f('protokoll', 0.97, false, 2))).toEqual([]);
  });

  it("flags a document's case numbers and decision where no partnership was read, but not its type nor beside a partnership", () => {
    const decision = f({ date: null, body: 'kommunstyrelsen', paragraph: null, outcome: 'bifall' as const }, 0.95);
    expect(reviewReasons('decision', decision, 'bare')).toEqual(['unframed-document']);
    expect(reviewReasons('diarienummer_refs', f('KF/2011:237', 0.97), 'bare')).toEqual(['unframed-document']);
    // A case number is its own frame.
    expect(reviewReasons('diarienummer', f('KS 2020/9', 0.97), 'bare')).toEqual([]);
    expect(reviewReasons('decision', decision, 'text')).toEqual([]);
    expect(reviewReasons('doc_type', f('protokoll', 0.97), 'bare')).toEqual([]);
    const bare = calibrateResult({ ...result(), decision, docType: f('protokoll' as const, 0.97) }, VOUCHED);
    expect(bare.decision).toMatchObject({ needsReview: true });
    expect(bare.docType).toMatchObject({ needsReview: false });
  });

  it('flags a decision made "i enlighet med" a proposal written elsewhere, not one that states its outcome', () => {
    const decided = (text: string, outcome: 'bifall' | 'avslag' = 'bifall') => ({ ...f({ date: null, body: 'kultur- och fritidsnämnden', paragraph: '§ 9', outcome }, 0.9), evidence: [{ page: null, start: 0, end: text.length, text }] });
    expect(reviewReasons('decision', decided('1. Kultur- och fritidsnämnden beslutar i enlighet med arbetsutskottets förslag.'))).toEqual(['decided-by-reference']);
    expect(reviewReasons('decision', decided('Kommunstyrelsen beslutade enligt arbetsutskottets förslag.'))).toEqual(['decided-by-reference']);
    // The refusal the proposal carried, taken over by the decision extractor: read, not deferred.
    expect(reviewReasons('decision', decided('1. Kultur- och fritidsnämnden beslutar i enlighet med arbetsutskottets förslag.', 'avslag'))).toEqual([]);
    // "Att bevilja" states the outcome; the proposal above only lists who gets what.
    expect(reviewReasons('decision', decided('Att bevilja verksamhetsstöd för 2008 enligt ovanstående förslag.'))).toEqual([]);
    expect(reviewReasons('decision', decided('Arbetsmarknads- och socialnämnden godkänner förslaget till förlängningen'))).toEqual([]);
    expect(reviewReasons('decision', decided('Nämnden beslutar att bevilja föreningen 50 000 kronor.'))).toEqual([]);
  });

  it('flags a sum named once beside other sums of the same partnership, not the sum the text returns to nor a lone sum', () => {
    const applied = f({ sek: 100000, per: 'year' as const, payer: null }, 0.86, false, 1);
    const granted = f({ sek: 110000, per: 'year' as const, payer: null }, 0.92, false, 2);
    expect(reviewReasons('amounts', applied, 'text', [applied, granted])).toEqual(['one-of-several-sums']);
    expect(reviewReasons('amounts', granted, 'text', [applied, granted])).toEqual([]);
    expect(reviewReasons('amounts', applied, 'text', [applied])).toEqual([]);
    // A listing row's sums are its columns', none a rival.
    expect(reviewReasons('amounts', applied, 'row', [applied, granted])).toEqual([]);
    const out = calibrateResult(result(partnership({ amounts: [applied, granted] })), VOUCHED);
    expect(out.partnerships[0]!.amounts.map((a) => a.needsReview)).toEqual([true, false]);
  });

  it('keeps no confidence that vouches (≥ 0.9) on a value flagged for a reason', () => {
    const amount = f({ sek: 495000, per: 'unknown' as const, payer: null }, 0.97);
    const out = calibrateResult(result(partnership({ amounts: [amount], organ: [f('kommunstyrelsen', 0.97, true)] })), VOUCHED);
    expect(out.partnerships[0]!.amounts[0]).toMatchObject({ needsReview: true });
    expect(out.partnerships[0]!.amounts[0]!.confidence).toBeLessThan(REVIEW_THRESHOLD);
    // An extractor's conflict flag on a value it was sure of is a reason too.
    expect(out.partnerships[0]!.organ[0]).toMatchObject({ needsReview: true });
    expect(out.partnerships[0]!.organ[0]!.confidence).toBeLessThan(REVIEW_THRESHOLD);
    // A value flagged for no reason keeps its calibrated confidence.
    expect(calibrateResult(result(partnership({ organ: [f('kommunstyrelsen', 0.97)] })), VOUCHED).partnerships[0]!.organ[0]!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it('vouches only where the first runs alone would not leave a value below an unvouched one (FIRST_RUNS_FLOOR)', () => {
    const organ = (firstRuns: CalibrationTable | null) => calibrateResult(result(partnership({ organ: [f('kommunstyrelsen', 0.97)] })), VOUCHED, firstRuns).partnerships[0]!.organ[0]!;
    // Twenty development sources right, but the first runs wrong in that cell and bin: a new source's record.
    const firstRunsWrong = fitCalibration(observations({ documents: 10, values: 1, right: 0, confidence: 0.97, cell: 'text/once', prefix: 'first:x' }));
    expect(organ(firstRunsWrong)).toMatchObject({ needsReview: true });
    expect(organ(firstRunsWrong).confidence).toBeLessThan(REVIEW_THRESHOLD);
    const firstRunsRight = fitCalibration(observations({ documents: 10, values: 1, right: 1, confidence: 0.97, cell: 'text/once', prefix: 'first:x' }));
    expect(organ(firstRunsRight)).toMatchObject({ needsReview: false });
    // No first runs in the fit: no gate.
    expect(organ(null)).toMatchObject({ needsReview: false });
    expect(firstRunsVouch(firstRunsWrong, 'organ', 'text/once', 0.97)).toBe(false);
  });

  it('names the values flagged for a reason, which the fit leaves out: a review rule, or a conflict on a sure value', () => {
    expect(flaggedForReason('amounts', f({ sek: 495000, per: 'unknown', payer: null }, 0.8, false))).toBe(true);
    expect(flaggedForReason('organ', f('kommunstyrelsen', 0.97, true))).toBe(true);
    // A flag from low raw confidence alone is a score, for calibration to re-judge.
    expect(flaggedForReason('organ', f('kommunstyrelsen', 0.6, true))).toBe(false);
    expect(flaggedForReason('amounts', f({ sek: 495000, per: 'year', payer: null }, 0.97))).toBe(false);
  });

  it('flags a period that ends before it starts', () => {
    const out = calibrateResult(result(partnership({ period: f({ start: '2025-01-01', end: '2024-12-31', openEnded: false }, 0.97) })), VOUCHED);
    expect(out.partnerships[0]!.period!.needsReview).toBe(true);
  });

  it('keeps a conflict flagged under the fitted table: a conflict-lowered confidence never calibrates to 0.9', () => {
    // Conflicts reach calibration only as lowered confidence (markConflict: ×0.5, every extractor).
    const fields = ['doc_type', 'diarienummer', 'decision', 'ideburna', 'offentliga', 'organ', 'amounts', 'period', 'extension', 'target_groups'] as const;
    for (const field of fields) {
      for (const context of ['text', 'row', 'bare'] as const) {
        expect(calibratedConfidence(FITTED_CALIBRATION, field, context, MAX_CONFIDENCE * 0.5), `${field} ${context}`).toBeLessThan(REVIEW_THRESHOLD);
      }
    }
  });

  it('leaves a failed document as it is', () => {
    const failed = { ...result(), error: { code: 'CORRUPT' as const, message: 'x' } };
    expect(calibrateResult(failed, {})).toBe(failed);
  });
});
