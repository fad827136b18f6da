/**
 * Corrections survive, through the real commands: `iop refresh` and re-ingesting a changed file never
 * overwrite a reviewed value; when the machine's value moves, the field is flagged "changed since review".
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { iop, SEEDS } from './review-helpers.js';

let dir: string;
let file: string;
let docs: string;
let agreement: string;

type Row = Record<string, unknown>;
const exported = (): Row[] => JSON.parse(iop(['export', '--format', 'json', '--db', file])) as Row[];
const onlyRow = () => {
  const rows = exported();
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-survive-'));
  file = join(dir, 'd.sqlite');
  docs = join(dir, 'docs');
  mkdirSync(docs);
  agreement = join(docs, 'avtal.txt');
  copyFileSync(join(SEEDS, 'seed_001.txt'), agreement);
  iop(['ingest', docs, '--db', file, '--json']);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a reviewed amount', () => {
  let id: number;

  it('is corrected from the command line, with who and why', () => {
    const before = onlyRow();
    expect(before).toMatchObject({ amount_sek: 1300000, amount_status: 'machine' });
    id = before.record_id as number;
    iop(['review', 'correct', String(id), 'amount', '1350000/year', '--db', file, '--comment', 'enligt bilaga'], { USER: 'anna' });
    expect(onlyRow()).toMatchObject({ record_id: id, amount_sek: 1350000, amount_status: 'corrected', amount_changed_since_review: false });
    const shown = iop(['review', 'show', String(id), '--field', 'amount', '--db', file]);
    expect(shown).toMatch(/amount: 1\s350\s000 kr\/år\s+\[corrected by anna/);
    expect(shown).toContain('[[1 300 000 kronor]]');
    expect(shown).toMatch(/review history:\n  \S+ anna correct amount: \{"sek":1300000,.*\} → \{"sek":1350000,.*\} \(enligt bilaga\)/);
  });

  it('survives re-ingesting the same file, unflagged', () => {
    iop(['ingest', docs, '--db', file, '--json']);
    expect(onlyRow()).toMatchObject({ record_id: id, amount_sek: 1350000, amount_status: 'corrected', amount_changed_since_review: false });
  });

  it('survives `iop refresh` that changes the machine value, and is flagged changed since review', () => {
    // An older extractor version's document whose stored text now reads differently: refresh re-extracts it.
    const db = new Database(file);
    db.prepare("UPDATE pages SET text = replace(text, '1 300 000 kronor', '1 400 000 kronor')").run();
    db.prepare('UPDATE documents SET extractor_version = 0').run();
    db.close();
    iop(['refresh', '--db', file, '--json']);
    expect(onlyRow()).toMatchObject({ record_id: id, amount_sek: 1350000, amount_status: 'corrected', amount_changed_since_review: true, amount_needs_review: true });
    expect(iop(['review', 'list', '--db', file, '--json'])).toContain('"reason":"changed since review"');
  });

  it('survives re-ingesting the file with changed content, keeping the record id', () => {
    iop(['review', 'accept', String(id), 'period', '--db', file, '--reviewer', 'bo']);
    writeFileSync(agreement, readFileSync(agreement, 'utf8').replace('1 300 000 kronor', '1 500 000 kronor').replace('31 december 2028', '31 december 2029'));
    iop(['ingest', docs, '--db', file, '--json']);
    const row = onlyRow();
    expect(row).toMatchObject({ record_id: id, amount_sek: 1350000, amount_status: 'corrected', period_end: '2028-12-31', period_status: 'accepted', period_changed_since_review: true });
    const history = JSON.parse(iop(['review', 'show', String(id), '--json', '--db', file])) as { history: { reviewer: string; action: string; field: string }[] };
    expect(history.history.map((h) => [h.reviewer, h.action, h.field])).toEqual([
      ['anna', 'correct', 'amount'],
      ['bo', 'accept', 'period'],
    ]);
  });
});
