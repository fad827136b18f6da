/**
 * Versioned schema migrations: every output/db/migrations/NNN-name.sql, applied in numeric order, each in its
 * own transaction together with its row in schema_version, so a database is always at a whole version.
 * Other areas add their tables with their own numbered files (e.g. 100-review.sql); applied files never change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { PACKAGE_ROOT } from '../package-root.js';

export const MIGRATIONS_DIR = join(PACKAGE_ROOT, 'output', 'db', 'migrations');

interface Migration {
  version: number;
  name: string;
  sql: string;
}

function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d+-.+\.sql$/.test(file))
    .map((file) => ({ version: Number.parseInt(file, 10), name: file, sql: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new Error(`migrations ${migrations[i - 1]!.name} and ${migrations[i]!.name} share version ${migrations[i]!.version}`);
    }
  }
  return migrations;
}

/** Applies the migrations the database has not seen yet; returns their names. */
export function migrate(db: Database, dir = MIGRATIONS_DIR): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_version').pluck().all() as number[]);
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  const done: string[] = [];
  for (const migration of loadMigrations(dir)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    done.push(migration.name);
  }
  return done;
}
