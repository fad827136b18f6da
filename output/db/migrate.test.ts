import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';

function migrations(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iop-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

describe('migrate', () => {
  it('applies numbered files in numeric order once, recording each version', () => {
    const dir = migrations({
      '010-b.sql': 'ALTER TABLE a ADD COLUMN y TEXT;',
      '002-a.sql': 'CREATE TABLE a (x INTEGER);',
      'notes.txt': 'not a migration',
    });
    const db = new Database(':memory:');
    expect(migrate(db, dir)).toEqual(['002-a.sql', '010-b.sql']);
    expect(migrate(db, dir)).toEqual([]);
    expect(db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all()).toEqual([2, 10]);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('a')).toEqual(['x', 'y']);
  });

  it('rolls a failing migration back whole and leaves it unrecorded', () => {
    const dir = migrations({ '001-ok.sql': 'CREATE TABLE a (x);', '002-bad.sql': 'CREATE TABLE b (x); INSERT INTO nowhere VALUES (1);' });
    const db = new Database(':memory:');
    expect(() => migrate(db, dir)).toThrow(/nowhere/);
    expect(db.prepare('SELECT version FROM schema_version').pluck().all()).toEqual([1]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'b'`).all()).toEqual([]);
  });

  it('refuses two files with the same number', () => {
    const dir = migrations({ '001-a.sql': 'SELECT 1;', '001-b.sql': 'SELECT 1;' });
    expect(() => migrate(new Database(':memory:'), dir)).toThrow(/share version 1/);
  });
});
