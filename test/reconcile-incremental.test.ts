/**
 * The dataset side of reconcile: a stored document re-links only the records it can link to; "not a
 * partnership" keeps a record out of the registry through re-ingest and refresh; every matter is stored
 * and counted; the writer stores many documents per commit, each all or nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataset, type Dataset } from '../output/db/open.js';
import { DatasetWriter } from '../output/writer.js';
import { markNotPartnership, ReviewError } from '../output/review/actions.js';
import { ensureReconciled, rebuildRecords } from '../output/review/records.js';
import { activeRecordIds, readRecord } from '../output/review/records-read.js';
import { datasetStats } from '../output/stats.js';
import { document, storeDocument, type DocumentSpec } from './reconcile-builders.js';

let dir: string;
let db: Dataset;
let writer: DatasetWriter;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-incremental-'));
  db = openDataset(join(dir, 'test.sqlite'));
  writer = new DatasetWriter(db);
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const kungsbacka = ['Kungsbacka kommun'];
const agreement = (n: number, organisation: string, extra: Partial<DocumentSpec> = {}): DocumentSpec => ({
  id: 0,
  path: `/in/avtal-${n}.txt`,
  partnerships: [{ ideburna: [organisation], offentliga: kungsbacka, period: ['2025-01-01', '2025-12-31'] }],
  ...extra,
});
const recordOfPath = (path: string) => db.prepare('SELECT partnership_id FROM reconciled_members WHERE observation = ?').pluck().get(`${path}#0`) as number;

describe('incremental reconcile', () => {
  it('re-links only the statements a new document can link to, and keeps every other record as it was', () => {
    for (let n = 0; n < 20; n++) storeDocument(writer, agreement(n, `Förening nummer${n}`), `sha-${n}`);
    expect(rebuildRecords(db)).toMatchObject({ partnerships: 20, relinked: 20 });
    const before = db.prepare('SELECT id, updated_at FROM reconciled_partnerships ORDER BY id').all();

    // Unrelated: only its own statement is re-linked.
    storeDocument(writer, agreement(100, 'Helt annan förening'), 'sha-100');
    expect(ensureReconciled(db)).toMatchObject({ partnerships: 21, relinked: 1 });
    // Related by parties: itself and the record it joins.
    storeDocument(writer, agreement(101, 'Förening nummer7'), 'sha-101');
    expect(ensureReconciled(db)).toMatchObject({ partnerships: 21, relinked: 2 });
    expect(recordOfPath('/in/avtal-101.txt')).toBe(recordOfPath('/in/avtal-7.txt'));
    // Related by case number only, the parties written differently.
    storeDocument(writer, agreement(102, 'FN7', { diarienummer: ['KS-2025-00007'] }), 'sha-102');
    storeDocument(writer, agreement(103, 'Föreningen Nummer Sju', { diarienummer: ['KS-2025-00007'] }), 'sha-103');
    ensureReconciled(db);
    expect(recordOfPath('/in/avtal-102.txt')).toBe(recordOfPath('/in/avtal-103.txt'));

    const untouched = db.prepare('SELECT id, updated_at FROM reconciled_partnerships WHERE id <= 20 AND id != ? ORDER BY id').all(recordOfPath('/in/avtal-7.txt'));
    expect(untouched).toEqual(before.filter((r) => (r as { id: number }).id !== recordOfPath('/in/avtal-7.txt')));
    expect(ensureReconciled(db)).toBeNull();
  });

  it('retires the record of a document whose content no longer states a partnership, and of a forgotten one', () => {
    storeDocument(writer, agreement(1, 'Föreningen Ett'), 'sha-1');
    storeDocument(writer, agreement(2, 'Föreningen Två'), 'sha-2');
    rebuildRecords(db);
    storeDocument(writer, { ...agreement(1, 'Föreningen Ett'), partnerships: [] }, 'sha-1-v2');
    writer.forget('sha-2');
    expect(ensureReconciled(db)).toMatchObject({ partnerships: 0 });
    expect(activeRecordIds(db)).toEqual([]);
  });
});

describe('not a partnership', () => {
  const spec = agreement(1, 'Alliansen', { diarienummer: ['KS-2025-00050'] });

  it('takes the record out of the registry, and keeps it out through re-ingest, refresh and documents that link into it', () => {
    const docId = storeDocument(writer, spec, 'sha-1');
    storeDocument(writer, agreement(2, 'Föreningen Kvar'), 'sha-2');
    rebuildRecords(db);
    const id = recordOfPath('/in/avtal-1.txt');
    const change = markNotPartnership(db, id, { reviewer: 'anna', comment: 'ett politiskt initiativ' });
    expect(change).toMatchObject({ action: 'not-partnership', partnershipId: id, old: ['/in/avtal-1.txt#0'] });
    expect(activeRecordIds(db)).toEqual([recordOfPath('/in/avtal-2.txt')]);
    expect(readRecord(db, id)).toMatchObject({ status: 'retired', notPartnership: { reviewer: 'anna', comment: 'ett politiskt initiativ' } });
    expect(() => markNotPartnership(db, id, { reviewer: 'anna' })).toThrow(ReviewError);

    storeDocument(writer, spec, 'sha-1'); // re-ingest, same content
    storeDocument(writer, { ...spec, partnerships: [{ ...spec.partnerships[0]!, period: ['2025-01-01', '2026-12-31'] }] }, 'sha-1-v2'); // changed content
    writer.storeExtraction(docId, document(spec).result); // refresh
    storeDocument(writer, agreement(3, 'Alliansen Kungsbacka', { diarienummer: ['KS-2025-00050'] }), 'sha-3'); // the same case again
    rebuildRecords(db);
    expect(recordOfPath('/in/avtal-1.txt')).toBe(id);
    expect(recordOfPath('/in/avtal-3.txt')).toBe(id);
    expect(activeRecordIds(db)).toEqual([recordOfPath('/in/avtal-2.txt')]);
  });
});

describe('matters in the dataset', () => {
  it('stores every matter of a document and counts the documents with no partnership matter', () => {
    storeDocument(
      writer,
      {
        id: 0,
        path: '/in/protokoll.txt',
        docType: 'protokoll',
        partnerships: [{ ideburna: ['Erikshjälpen Second Hand'], offentliga: kungsbacka, paragraph: '§ 84' }],
        matters: [{ paragraph: '§ 83', title: 'Delegationsbeslut' }, { paragraph: '§ 84', title: 'Förlängning av IOP', kind: 'iop', partnership: 0 }, { paragraph: '§ 85', title: 'Upphandling av städtjänster' }],
      },
      'sha-p',
    );
    storeDocument(writer, { id: 0, path: '/in/annat.txt', docType: 'protokoll', partnerships: [], matters: [{ paragraph: '§ 1', title: 'Val av justerare' }] }, 'sha-q');
    expect(db.prepare('SELECT paragraph, title, kind, partnership_ordinal FROM matters ORDER BY document_id, ordinal').all()).toEqual([
      { paragraph: '§ 83', title: 'Delegationsbeslut', kind: null, partnership_ordinal: null },
      { paragraph: '§ 84', title: 'Förlängning av IOP', kind: 'iop', partnership_ordinal: 0 },
      { paragraph: '§ 85', title: 'Upphandling av städtjänster', kind: null, partnership_ordinal: null },
      { paragraph: '§ 1', title: 'Val av justerare', kind: null, partnership_ordinal: null },
    ]);
    expect(datasetStats(db)).toMatchObject({ done: 2, withoutPartnership: 1, matters: 4, partnershipMatters: 1 });
    // Stored again with fewer matters: the old ones go with the old extraction.
    storeDocument(writer, { id: 0, path: '/in/annat.txt', docType: 'protokoll', partnerships: [], matters: [] }, 'sha-q');
    expect(datasetStats(db).matters).toBe(3);
  });
});

describe('the writer', () => {
  it('stores many documents with one commit, rolling back only a document that cannot be stored', () => {
    const outcome = (n: number, source = 'text-layer') => {
      const { result } = document(agreement(n, `Förening ${n}`));
      return { file: { path: `/in/avtal-${n}.txt`, sha256: `sha-${n}`, bytes: 1 }, meta: null, pages: [{ number: 1, text: 'text', source: source as 'ocr' }], result };
    };
    const stored = writer.storeMany([outcome(1), outcome(2, 'bogus'), outcome(3)]);
    expect(stored[0]).toEqual(expect.any(Number));
    expect(stored[1]).toBeInstanceOf(Error);
    expect(stored[2]).toEqual(expect.any(Number));
    expect(db.prepare('SELECT sha256 FROM documents ORDER BY sha256').pluck().all()).toEqual(['sha-1', 'sha-3']);
    expect(db.prepare('SELECT count(*) FROM field_values WHERE document_id NOT IN (SELECT id FROM documents)').pluck().get()).toBe(0);
  });
});

describe('reconcile of many pending documents', () => {
  const kommuner = ['Kungsbacka kommun', 'Varbergs kommun', 'Falkenbergs kommun'];
  const period: [string, string] = ['2025-01-01', '2025-12-31'];
  /** Organisation n of a kommun: two agreements each, so every record links two statements. */
  const organisation = (n: number) => ({ ideburna: [`Förening nummer${n}`], offentliga: [kommuner[n % 3]!], period });
  const membership = () =>
    new Map((db.prepare('SELECT observation, partnership_id FROM reconciled_members').all() as { observation: string; partnership_id: number }[]).map((r) => [r.observation, r.partnership_id]));

  it('re-links each statement once over many steps, a protocol\'s matters each with their own records, and keeps ids on a rebuild', () => {
    const organisations = 240;
    for (let n = 0; n < organisations; n++) {
      for (const copy of [0, 1]) storeDocument(writer, { id: 0, path: `/in/avtal-${n}-${copy}.txt`, partnerships: [organisation(n)] }, `sha-${n}-${copy}`);
    }
    // Protocols whose three matters belong to three different organisations' records.
    for (let p = 0; p < 20; p++) {
      const ns = [p, p + 80, p + 160];
      storeDocument(writer, {
        id: 0,
        path: `/in/protokoll-${p}.txt`,
        docType: 'protokoll',
        partnerships: ns.map((n, i) => ({ ...organisation(n), paragraph: `§ ${i + 1}` })),
        matters: ns.map((_, i) => ({ paragraph: `§ ${i + 1}`, partnership: i })),
      }, `sha-protokoll-${p}`);
    }
    const statements = organisations * 2 + 20 * 3;
    expect(rebuildRecords(db)).toMatchObject({ partnerships: organisations, relinked: statements });
    const records = membership();
    expect(records.size).toBe(statements);
    for (let p = 0; p < 20; p++) {
      expect(records.get(`/in/protokoll-${p}.txt#1`)).toBe(records.get(`/in/avtal-${p + 80}-0.txt#0`));
      expect(records.get(`/in/protokoll-${p}.txt#1`)).not.toBe(records.get(`/in/protokoll-${p}.txt#0`));
    }
    expect(rebuildRecords(db)).toMatchObject({ partnerships: organisations, relinked: statements });
    expect(membership()).toEqual(records);
  });
});
