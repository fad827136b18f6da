import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataset, type Dataset } from '../output/db/open.js';
import { DatasetWriter } from '../output/writer.js';
import { accept, correct, merge, reject, reviewHistory, ReviewError, split } from '../output/review/actions.js';
import { ensureReconciled, rebuildRecords } from '../output/review/records.js';
import { activeRecordIds, readRecord } from '../output/review/records-read.js';
import { reviewQueue } from '../output/review/queue.js';
import { registryRows } from '../output/export/registry.js';
import { document, storeDocument, type DocumentSpec } from './reconcile-builders.js';

const gotland = { ideburna: ['Röda Korset Gotland'], offentliga: ['Region Gotland'], period: ['2025-01-01', '2028-12-31'] as [string, string] };
const protocolSpec: DocumentSpec = {
  id: 0,
  path: '/in/protokoll.txt',
  partnerships: [{ ...gotland, amounts: [{ sek: 1300000, per: 'year', payer: null, confidence: 0.9 }, { sek: 1800000, per: 'year', payer: null, confidence: 0.6 }] }],
};
const agreementSpec: DocumentSpec = { id: 0, path: '/in/avtal.txt', partnerships: [{ ...gotland, amounts: [{ sek: 1300000, per: 'year', payer: null }] }] };

let dir: string;
let db: Dataset;
let writer: DatasetWriter;

const store = (spec: DocumentSpec, sha256: string) => storeDocument(writer, spec, sha256);

const onlyRecord = () => {
  const ids = activeRecordIds(db);
  expect(ids).toHaveLength(1);
  return readRecord(db, ids[0]!)!;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-review-'));
  db = openDataset(join(dir, 'test.sqlite'));
  writer = new DatasetWriter(db);
  store(protocolSpec, 'sha-protocol');
  store(agreementSpec, 'sha-agreement');
  rebuildRecords(db);
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('review queue', () => {
  it('puts the amount conflict first', () => {
    const [first] = reviewQueue(db);
    expect(first).toMatchObject({ field: 'amount', reason: 'conflict', machineValue: { sek: 1300000, per: 'year', payer: null } });
    expect(first!.summary).toContain('Röda Korset Gotland / Region Gotland');
  });
});

describe('review actions', () => {
  it('records a correction with who, when, the old and the new value and the comment', () => {
    const { id } = onlyRecord();
    correct(db, id, 'amount', { sek: 1800000, per: 'year', payer: 'Region Gotland' }, { reviewer: 'anna', comment: 'utökat avtal' });
    const field = readRecord(db, id)!.fields.amount;
    expect(field).toMatchObject({ status: 'corrected', value: { sek: 1800000, per: 'year', payer: 'Region Gotland' }, machineValue: { sek: 1300000, per: 'year', payer: null } });
    const [action] = reviewHistory(db, id);
    expect(action).toMatchObject({ reviewer: 'anna', action: 'correct', field: 'amount', old: { sek: 1300000 }, new: { sek: 1800000 }, comment: 'utökat avtal' });
    expect(Date.parse(action!.at)).not.toBeNaN();
    expect(reviewQueue(db).some((i) => i.partnershipId === id && i.field === 'amount')).toBe(false);
  });

  it('refuses a value of the wrong shape', () => {
    const { id } = onlyRecord();
    expect(() => correct(db, id, 'amount', { sek: -5, per: 'year', payer: null }, { reviewer: 'anna' })).toThrow(ReviewError);
    expect(() => correct(db, id, 'period', 'next year', { reviewer: 'anna' })).toThrow(ReviewError);
    expect(reviewHistory(db, id)).toEqual([]);
  });

  it('accepts the machine value and rejects a field', () => {
    const { id } = onlyRecord();
    accept(db, id, 'period', { reviewer: 'bo' });
    reject(db, id, 'extension', { reviewer: 'bo' });
    const fields = readRecord(db, id)!.fields;
    expect(fields.period).toMatchObject({ status: 'accepted', value: { start: '2025-01-01', end: '2028-12-31', openEnded: false } });
    expect(fields.extension).toMatchObject({ status: 'rejected', value: null });
  });

  it("carries a merged-away record's reviews over to the merged record", () => {
    const { id, documents } = onlyRecord();
    const newId = split(db, id, documents.find((d) => d.path.endsWith('avtal.txt'))!.observation, { reviewer: 'bo' });
    accept(db, newId, 'period', { reviewer: 'bo' });
    const merged = merge(db, newId, id, { reviewer: 'bo' });
    expect(readRecord(db, merged)!.fields.period).toMatchObject({ status: 'accepted', review: { reviewer: 'bo' } });
  });

  it('gives a statement that disappeared and came back its old record id, with its reviews', () => {
    const { id } = onlyRecord();
    correct(db, id, 'amount', { sek: 1800000, per: 'year', payer: null }, { reviewer: 'anna' });
    const ids = db.prepare('SELECT id FROM documents').pluck().all() as number[];
    for (const docId of ids) writer.storeExtraction(docId, { ...document(protocolSpec).result, partnerships: [] });
    rebuildRecords(db);
    expect(activeRecordIds(db)).toEqual([]);
    store(protocolSpec, 'sha-protocol');
    store(agreementSpec, 'sha-agreement');
    rebuildRecords(db);
    expect(onlyRecord()).toMatchObject({ id, fields: { amount: { status: 'corrected', value: { sek: 1800000 } } } });
  });

  it('splits a document out into its own record and merges it back, the larger part keeping its id', () => {
    const { id, documents } = onlyRecord();
    const agreement = documents.find((d) => d.path.endsWith('avtal.txt'))!.observation;
    const newId = split(db, id, agreement, { reviewer: 'bo', comment: 'annat avtal' });
    expect(newId).not.toBe(id);
    expect(readRecord(db, id)!.documents.map((d) => d.path)).toEqual(['/in/protokoll.txt']);
    expect(readRecord(db, newId)!.documents.map((d) => d.path)).toEqual(['/in/avtal.txt']);
    // The split holds over a rebuild although the machine would link them.
    rebuildRecords(db);
    expect(activeRecordIds(db)).toHaveLength(2);
    const merged = merge(db, id, newId, { reviewer: 'bo' });
    expect(readRecord(db, merged)!.documents).toHaveLength(2);
    expect(reviewHistory(db, id).map((a) => a.action)).toEqual(['split', 'merge']);
  });
});

describe('corrections survive', () => {
  const corrected = { sek: 1800000, per: 'year', payer: null };

  it('re-ingesting the same content leaves the reviewed value alone and unflagged', () => {
    const { id } = onlyRecord();
    correct(db, id, 'amount', corrected, { reviewer: 'anna' });
    store(protocolSpec, 'sha-protocol');
    expect(ensureReconciled(db)).not.toBeNull();
    expect(readRecord(db, id)!.fields.amount).toMatchObject({ status: 'corrected', value: corrected, review: { changedSinceReview: false } });
  });

  it('a refresh that changes the machine value keeps the reviewed value and flags it changed since review', () => {
    const { id } = onlyRecord();
    correct(db, id, 'amount', corrected, { reviewer: 'anna' });
    const docId = db.prepare('SELECT id FROM documents WHERE sha256 = ?').pluck().get('sha-agreement') as number;
    const refreshed = document({ ...agreementSpec, partnerships: [{ ...gotland, amounts: [{ sek: 1400000, per: 'year', payer: null, confidence: 0.99 }] }] }).result;
    writer.storeExtraction(docId, refreshed);
    expect(ensureReconciled(db)).toMatchObject({ changedSinceReview: 1 });
    const field = readRecord(db, id)!.fields.amount;
    expect(field).toMatchObject({ status: 'corrected', value: corrected, needsReview: true, review: { changedSinceReview: true } });
    expect(reviewQueue(db)[0]).toMatchObject({ partnershipId: id, field: 'amount', reason: 'changed since review' });
  });

  it('re-ingesting changed content at the same path keeps the record, its reviewed value, and reads only the new content', () => {
    const { id } = onlyRecord();
    accept(db, id, 'period', { reviewer: 'anna' });
    correct(db, id, 'amount', corrected, { reviewer: 'anna' });
    store({ ...protocolSpec, partnerships: [{ ...gotland, period: ['2025-01-01', '2027-12-31'], periodConfidence: 0.98, amounts: [{ sek: 1300000, per: 'year', payer: null }] }] }, 'sha-protocol-v2');
    ensureReconciled(db);
    const record = onlyRecord();
    expect(record.id).toBe(id);
    expect(record.documents.map((d) => d.sha256).sort()).toEqual(['sha-agreement', 'sha-protocol-v2']);
    expect(record.fields.amount).toMatchObject({ status: 'corrected', value: corrected });
    expect(record.fields.period).toMatchObject({ status: 'accepted', value: { end: '2028-12-31' }, review: { changedSinceReview: true } });
  });

  it('does nothing when nothing changed', () => {
    expect(ensureReconciled(db)).toBeNull();
  });
});

describe('reconciled export rows', () => {
  it('carry values, review status, conflicts, organisationsnummer and the source documents', () => {
    store({ id: 0, path: '/in/förening.txt', text: 'Parter: Föreningen Hela Människan i Malmö, org.nr 802002-8711, och Malmö stad.', partnerships: [{ ideburna: ['Föreningen Hela Människan i Malmö'], offentliga: ['Malmö stad'], period: ['2021-01-01', '2022-12-31'] }] }, 'sha-forening');
    rebuildRecords(db);
    const gotland = onlyGotland();
    correct(db, gotland, 'amount', { sek: 1800000, per: 'year', payer: null }, { reviewer: 'anna' });
    const rows = registryRows(db);
    expect(rows.find((r) => r.record_id === gotland)).toMatchObject({
      amount_sek: 1800000,
      amount_status: 'corrected',
      // A corrected field is the reviewer's word: the documents' disagreement and the machine's confidence are gone.
      amount_conflict: false,
      amount_confidence: null,
      period_start: '2025-01-01',
      period_status: 'machine',
      ideburna: ['Röda Korset Gotland'],
      source_paths: ['/in/avtal.txt', '/in/protokoll.txt'],
    });
    expect(rows.find((r) => String(r.ideburna) === 'Föreningen Hela Människan i Malmö')).toMatchObject({ ideburna_orgnr: ['802002-8711'], offentliga: ['Malmö stad'] });
  });
});

function onlyGotland(): number {
  return db.prepare("SELECT m.partnership_id FROM reconciled_members m WHERE m.observation = '/in/protokoll.txt#0'").pluck().get() as number;
}
