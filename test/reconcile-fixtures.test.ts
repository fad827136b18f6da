/**
 * Acceptance on the fixtures, through the real pipeline (ingest with the built CLI, then reconcile): which
 * documents become one partnership, which stay related but distinct, and the conflict reviewers must see.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Amount, DocumentResult, Field, Partnership, Period } from '../pipeline/contract.js';
import { openDataset, type Dataset } from '../output/db/open.js';
import { rebuildRecords } from '../output/review/records.js';
import { activeRecordIds, readRecord, recordOrganisations, type RecordView } from '../output/review/records-read.js';
import { iop, SEEDS } from './review-helpers.js';

let dir: string;
let db: Dataset;
let records: RecordView[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-fixtures-'));
  const file = join(dir, 'seeds.sqlite');
  iop(['ingest', SEEDS, '--db', file, '--json']);
  db = openDataset(file);
  rebuildRecords(db);
  records = activeRecordIds(db).map((id) => readRecord(db, id)!);
});

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const seed = (n: string) => `seed_${n}.txt`;
const recordWith = (file: string) => records.find((r) => r.documents.some((d) => d.path.endsWith(file) && d.ordinal === 0))!;
const files = (r: RecordView) => r.documents.map((d) => d.path.split('/').at(-1)!).sort();
const reportRows = (r: RecordView) => r.documents.filter((d) => d.path.endsWith(seed('004')));
const period = (r: RecordView) => r.fields.period.value as Period | null;
/** What seed 004 itself says in the row a record holds. */
const reportRow = (r: RecordView): Partnership => {
  const [row] = reportRows(r);
  const result = JSON.parse(db.prepare('SELECT result_json FROM documents WHERE id = ?').pluck().get(row!.documentId) as string) as DocumentResult;
  return result.partnerships[row!.ordinal]!;
};
const rowNames = (fields: Field<string>[]) => fields.map((f) => f.value).join(' | ');
const names = (r: RecordView, field: 'ideburna' | 'offentliga') => (r.fields[field].value as string[]).join(' | ');

describe('the fixtures reconciled', () => {
  it('makes the Gotland 2025–2028 partnership one record of seeds 000 and 001', () => {
    const gotland = recordWith(seed('000'));
    expect(files(gotland)).toEqual([seed('000'), seed('001')]);
    expect(period(gotland)).toMatchObject({ start: '2025-01-01', end: '2028-12-31' });
  });

  it("relates seed 004's 2022–2024 Gotland row to it as predecessor, not merged", () => {
    const gotland = recordWith(seed('000'));
    const predecessors = gotland.relations.filter((r) => r.role === 'predecessor');
    expect(predecessors).toHaveLength(1);
    const earlier = readRecord(db, predecessors[0]!.other)!;
    expect(files(earlier)).toEqual([seed('004')]);
    expect(period(earlier)).toMatchObject({ start: '2022-01-01', end: '2024-12-31' });
    expect(names(earlier, 'offentliga')).toContain('Region Gotland');
    expect(names(earlier, 'ideburna')).toContain('Röda Korset Gotland');
  });

  it("makes seed 002 and its row in 004's list of earlier partnerships one partnership", () => {
    const malmo = recordWith(seed('002'));
    expect(files(malmo)).toEqual([seed('002'), seed('004')]);
    expect(reportRows(malmo)).toHaveLength(1);
    const row = reportRow(malmo);
    expect(rowNames(row.ideburna)).toMatch(/behandlingscent/i);
    expect(rowNames(row.offentliga)).toBe('Malmö stad');
    expect(row.period?.value).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(period(malmo)).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
  });

  it("makes seed 003 and its row in 004's Region Skåne table one partnership, distinct from seed 002's", () => {
    const children = recordWith(seed('003'));
    expect(files(children)).toEqual([seed('003'), seed('004')]);
    expect(children.id).not.toBe(recordWith(seed('002')).id);
    const row = reportRow(children);
    expect(rowNames(row.offentliga)).toMatch(/Region Skåne/);
    expect(rowNames(row.offentliga)).toMatch(/Malmö stad/);
    expect(row.period?.value).toMatchObject({ start: '2021-01-01', end: '2024-12-31' });
  });

  it('knows Röda Korset Gotland as RKG and as a unit of Svenska Röda Korset, and Region Gotland from the official list', () => {
    const organisations = recordOrganisations(db, recordWith(seed('000')));
    expect(organisations).toContainEqual(expect.objectContaining({ name: 'Röda Korset Gotland', kind: 'ideburen', parent: 'Svenska Röda Korset', aliases: expect.arrayContaining(['RKG']) }));
    expect(organisations).toContainEqual(expect.objectContaining({ name: 'Region Gotland', kind: 'offentlig', municipality: 'Region Gotland' }));
    // The treatment centre of seed 002 is a unit too, kept apart from the national society.
    const centre = recordOrganisations(db, recordWith(seed('002'))).find((o) => o.kind === 'ideburen')!;
    expect(centre).toMatchObject({ parent: 'Svenska Röda Korset', aliases: expect.arrayContaining(['RKC']) });
  });

  it("makes seed 000's 1,3 vs 1,8 miljoner a conflict for review", () => {
    const amount = recordWith(seed('000')).fields.amount;
    expect(amount.conflict).toBe(true);
    expect(amount.needsReview).toBe(true);
    const yearly = amount.candidates.map((c) => c.value as Amount).filter((a) => a.per === 'year').map((a) => a.sek);
    expect(yearly).toEqual(expect.arrayContaining([1300000, 1800000]));
  });
});
