import { describe, expect, it } from 'vitest';
import type { DocumentResult, Field, Partnership } from '../pipeline/contract.js';
import { calibrate } from '../pipeline/eval/calibration.js';
import { GoldSchema, toExpected, type GoldInput } from '../pipeline/eval/gold.js';
import { normalizeCaseNumber, normalizeExtension, normalizeName, phraseOverlap, PHRASE_MATCH_THRESHOLD } from '../pipeline/eval/normalize.js';
import { summarize } from '../pipeline/eval/run.js';
import { scoreDocument, type JudgedValue } from '../pipeline/eval/score.js';

const f = <T>(value: T, confidence = 0.9, needsReview = false): Field<T> => ({ value, confidence, needsReview, evidence: [] });

const gold = (over: Partial<GoldInput> = {}) => GoldSchema.parse({
  source: 'test',
  doc_type: 'protokoll',
  diarienummer: ['RS 2024/947'],
  diarienummer_refs: [],
  ideburna: ['Röda Korset Gotland'],
  offentliga: ['Region Gotland'],
  organ: ['regionstyrelsen'],
  amounts: [{ sek: 1300000, per: 'year', payer: 'Region Gotland' }],
  period: { start: '2025-01-01', end: '2028-12-31', open_ended: false },
  extension: null,
  target_groups: [],
  decision: { date: '2024-05-06', body: 'regionstyrelsen', paragraph: '§ 114', outcome: 'bifall' },
  partnerships: [],
  ...over,
});

const partnership = (over: Partial<Partnership> = {}): Partnership => ({
  kind: f('iop' as const),
  paragraph: null,
  diarienummer: [],
  decision: null,
  ideburna: [f('Röda Korset Gotland')],
  offentliga: [f('Region Gotland')],
  organ: [f('regionstyrelsen')],
  amounts: [f({ sek: 1300000, per: 'year', payer: 'Region Gotland' })],
  period: f({ start: '2025-01-01', end: '2028-12-31', openEnded: false }),
  extension: null,
  targetGroups: [],
  ...over,
});

const result = (over: Partial<DocumentResult> = {}): DocumentResult => ({
  source: 'test',
  docType: f('protokoll'),
  diarienummer: [f('RS 2024/947')],
  diarienummerRefs: [],
  decision: f({ date: '2024-05-06', body: 'regionstyrelsen', paragraph: '§114', outcome: 'bifall' }),
  partnerships: [partnership()],
  matters: [],
  ...over,
});

describe('normalisation', () => {
  it('ignores case, whitespace, dash variants and surrounding punctuation but keeps diacritics', () => {
    expect(normalizeName('  Nämnden för  Individ &\nFamiljeomsorg. ')).toBe(normalizeName('nämnden för Individ & Familjeomsorg'));
    expect(normalizeName('Malmö stad')).not.toBe(normalizeName('Malmo stad'));
    expect(normalizeName('Röda Korsets Gotland')).not.toBe(normalizeName('Röda Korset Gotland'));
  });

  it('reads case numbers with or without spaces at their separators, but not with other digits', () => {
    expect(normalizeCaseNumber('KS 2016-254 / 322')).toBe(normalizeCaseNumber('ks 2016-254/322'));
    expect(normalizeCaseNumber('NIF 2023/00291- 1.5.2')).toBe(normalizeCaseNumber('NIF 2023/00291-1.5.2'));
    expect(normalizeCaseNumber('RS 2024/947')).not.toBe(normalizeCaseNumber('RS 2024/974'));
  });

  it('reads number words in extensions as digits, and keeps different extensions apart', () => {
    expect(normalizeExtension('två år')).toBe(normalizeExtension('2 år'));
    expect(normalizeExtension('1+1 år')).not.toBe(normalizeExtension('1 år'));
  });

  it('matches target-group phrases by content-word overlap: close wording passes, a fragment does not', () => {
    const goldPhrase = 'unga med psykisk ohälsa och social utsatthet';
    expect(phraseOverlap(goldPhrase, 'Unga med psykisk ohälsa och social utsatthet.')).toBe(1);
    expect(phraseOverlap(goldPhrase, 'unga med psykisk ohälsa')).toBeGreaterThanOrEqual(PHRASE_MATCH_THRESHOLD);
    expect(phraseOverlap(goldPhrase, 'unga')).toBeLessThan(PHRASE_MATCH_THRESHOLD);
    expect(phraseOverlap(goldPhrase, 'äldre med psykisk funktionsnedsättning')).toBeLessThan(PHRASE_MATCH_THRESHOLD);
  });
});

describe('scoreDocument', () => {
  it('gives a perfect extraction only true positives and judges every value right', () => {
    const score = scoreDocument('d', toExpected(gold()), result());
    const tallies = Object.values(score.tallies);
    expect(tallies.reduce((n, t) => n + t.fp + t.fn, 0)).toBe(0);
    expect(score.tallies['decision.paragraph'].tp).toBe(1);
    expect(score.judged.every((v) => v.correct)).toBe(true);
    expect(score.misses).toEqual([]);
  });

  it('counts a wrong name as one false positive and one false negative, and a repeated value once', () => {
    const got = result({ partnerships: [partnership({ ideburna: [f('Röda Korsets Gotland'), f('Röda Korset Gotland'), f('röda korset gotland')] })] });
    const score = scoreDocument('d', toExpected(gold()), got);
    expect(score.tallies.ideburna).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(score.judged.filter((v) => v.field === 'ideburna').map((v) => v.correct)).toEqual([false, true, false]);
  });

  it('scores period start and end separately and judges the period field wrong when one is off', () => {
    const got = result({ partnerships: [partnership({ period: f({ start: '2025-01-01', end: '2027-12-31', openEnded: false }) })] });
    const score = scoreDocument('d', toExpected(gold()), got);
    expect(score.tallies['period.start']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.tallies['period.end']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.judged.find((v) => v.field === 'period')?.correct).toBe(false);
    expect(score.misses).toContainEqual({ doc: 'd', field: 'period.end', expected: '2028-12-31', got: '2027-12-31' });
  });

  it('matches amounts on sum and periodicity, and scores the payer apart', () => {
    const got = result({ partnerships: [partnership({ amounts: [f({ sek: 1300000, per: 'year', payer: null }), f({ sek: 1300000, per: 'total', payer: null })] })] });
    const score = scoreDocument('d', toExpected(gold()), got);
    expect(score.tallies.amounts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.tallies['amounts.payer']).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('counts a decision the gold does not have as false positives, and a missing one as false negatives', () => {
    const extra = scoreDocument('d', toExpected(gold({ decision: null })), result());
    expect(extra.tallies['decision.outcome']).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(extra.judged.find((v) => v.field === 'decision')?.correct).toBe(false);
    const missing = scoreDocument('d', toExpected(gold()), result({ decision: null }));
    expect(missing.tallies['decision.date']).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('scores a failed document as extracting nothing', () => {
    const failed = result({ docType: f('annat', 0), diarienummer: [], decision: null, partnerships: [], error: { code: 'CORRUPT', message: 'bad' } });
    const score = scoreDocument('d', toExpected(gold()), failed);
    expect(score.error).toBe('CORRUPT: bad');
    expect(score.tallies.doc_type).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.tallies.ideburna.fn).toBe(1);
  });
});

describe('listing rows', () => {
  const row = (ideburna: string[], start: string, end: string) => ({
    ideburna,
    offentliga: ['Göteborgs stad'],
    organ: ['socialförvaltningen centrum'],
    period: { start, end, open_ended: false },
  });
  const report = gold({ doc_type: 'rapport', diarienummer: [], ideburna: [], offentliga: [], organ: [], amounts: [], period: null, decision: null,
    partnerships: [row(['Passalen'], '2022-01-01', '2023-12-31'), row(['Skyddsvärnet', 'Fryshuset'], '2022-01-01', '2023-12-31')].map((r) => ({ ...r, amounts: [], extension: null, target_groups: [] })) });
  const predictedRow = (names: string[], end: string) =>
    partnership({ ideburna: names.map((n) => f(n)), offentliga: [f('Göteborgs stad')], organ: [], amounts: [], period: f({ start: '2022-01-01', end, openEnded: false }) });

  it('finds a row only when its parties and period all agree, whatever the order', () => {
    const got = result({ docType: f('rapport'), diarienummer: [], decision: null,
      partnerships: [predictedRow(['Fryshuset', 'Skyddsvärnet'], '2023-12-31'), predictedRow(['Passalen'], '2023-06-30')] });
    const score = scoreDocument('r', toExpected(report), got);
    expect(score.listing).toEqual({ goldRows: 2, predictedRows: 2, matchedRows: 1 });
    // The Passalen row is still paired for per-field scoring: its name is right, its end date wrong.
    expect(score.tallies.ideburna).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(score.tallies['period.end']).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(summarize([score]).listing.total.f1).toBeCloseTo(0.5);
  });

  it('leaves listing-row scores out for documents that are not listings', () => {
    expect(scoreDocument('d', toExpected(gold()), result()).listing).toBeNull();
  });
});

describe('calibration', () => {
  const v = (confidence: number, correct: boolean, needsReview: boolean): JudgedValue => ({ doc: 'd', field: 'x', value: 'v', confidence, correct, needsReview });

  it('measures accuracy of confident values, the wrong values caught and the share flagged', () => {
    const c = calibrate([v(0.95, true, false), v(0.92, false, false), v(0.6, false, true), v(0.6, true, true), v(0.3, false, true)]);
    expect(c.highConfidence).toEqual({ values: 2, accuracy: 0.5 });
    expect(c.wrong).toBe(3);
    expect(c.wrongFlaggedShare).toBeCloseTo(2 / 3);
    expect(c.flaggedShare).toBeCloseTo(3 / 5);
    const bucket = (from: number) => c.reliability.find((b) => b.from === from);
    expect(bucket(0.5)).toMatchObject({ values: 2, correct: 1, accuracy: 0.5 });
    expect(bucket(0.95)).toMatchObject({ values: 1, correct: 1 });
    expect(bucket(0.9)).toMatchObject({ values: 1, correct: 0 });
  });
});

describe('summarize', () => {
  it('sums tallies over documents into per-field and micro scores', () => {
    const perfect = scoreDocument('a', toExpected(gold()), result());
    const empty = scoreDocument('b', toExpected(gold()), result({ diarienummer: [], partnerships: [], decision: null }));
    const report = summarize([perfect, empty]);
    expect(report.fields.diarienummer).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    const micro = report.micro;
    // a: doc type, case number, 4 decision parts, 3 party names, amount, period start and end; b: doc type.
    expect(micro.tp).toBe(12 + 1);
    expect(micro.precision).toBe(1);
  });
});

describe('matters of a whole document', () => {
  const matter = (paragraph: string, kind: 'iop' | 'bidrag', ideburna: string) => ({
    kind, paragraph, diarienummer: [`GA-2024-0${paragraph.slice(2)}`], ideburna: [ideburna], offentliga: [], organ: [], amounts: [], period: null, extension: null, target_groups: [],
    decision: { date: '2024-06-12', body: 'nämnden för Gymnasium & Arbetsmarknad', paragraph, outcome: 'bifall' as const },
  });
  const protocol = gold({ diarienummer: [], ideburna: [], offentliga: [], organ: [], amounts: [], period: null, decision: null, whole_document: true,
    partnerships: [matter('§ 81', 'iop', 'Erikshjälpen'), matter('§ 84', 'bidrag', 'FUB')] });
  const extracted = (paragraph: string, kind: 'iop' | 'bidrag', ideburna: string, outcome: 'bifall' | 'förslag' = 'bifall') =>
    partnership({ kind: f(kind), paragraph, diarienummer: [f(`GA-2024-0${paragraph.slice(2)}`)], ideburna: [f(ideburna)], offentliga: [], organ: [], amounts: [], period: null,
      decision: f({ date: '2024-06-12', body: 'nämnden för Gymnasium & Arbetsmarknad', paragraph, outcome }) });

  it('pairs matters by §, counts one extracted from another § as extra, and scores kind, case numbers and decision of those found', () => {
    const got = result({ diarienummer: [], decision: null, partnerships: [extracted('§ 81', 'iop', 'Erikshjälpen'), extracted('§ 84', 'iop', 'FUB', 'förslag'), extracted('§ 86', 'iop', 'Erikshjälpen')] });
    const score = scoreDocument('p', toExpected(protocol), got);
    expect(score.matters).toMatchObject({ gold: 2, extracted: 3, paired: 2, kindRight: 1, decisionRight: 1, caseNumbers: { tp: 2, fp: 0, fn: 0 } });
    expect(score.matters?.decisionParts).toEqual({ date: 2, body: 2, paragraph: 2, outcome: 1 });
    expect(score.misses.filter((m) => m.field === 'matter')).toEqual([{ doc: 'p', field: 'matter', expected: null, got: 'iop § 86' }]);
    expect(score.judged.filter((v) => v.field === 'kind').map((v) => v.correct)).toEqual([true, false, false]);
    const total = summarize([score]).matters.total;
    expect(total).toMatchObject({ precision: 2 / 3, recall: 1, kindAccuracy: 0.5, decisionAccuracy: 0.5 });
  });

  it('counts every partnership from a whole protocol without a matter as extra, and none as right', () => {
    const none = gold({ diarienummer: [], ideburna: [], offentliga: [], organ: [], amounts: [], period: null, decision: null, whole_document: true });
    expect(scoreDocument('p', toExpected(none), result({ diarienummer: [], decision: null, partnerships: [] })).matters).toMatchObject({ gold: 0, extracted: 0, paired: 0 });
    const extra = scoreDocument('p', toExpected(none), result({ diarienummer: [], decision: null, partnerships: [extracted('§ 3', 'iop', 'Alliansen')] }));
    expect(extra.matters).toMatchObject({ gold: 0, extracted: 1, paired: 0 });
    expect(extra.tallies.ideburna).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('scores no matters for a document of one matter', () => {
    expect(scoreDocument('d', toExpected(gold()), result()).matters).toBeNull();
  });
});
