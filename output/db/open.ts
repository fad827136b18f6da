/** Opening the dataset: WAL (readers never block the one writer), foreign keys on, schema migrated. */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../pipeline/usage-error.js';
import { migrate } from './migrate.js';

export type Dataset = Database.Database;

export { DEFAULT_DB } from './default-file.js';

/** mustExist: for commands that read a dataset (export, stats, …) a missing file is an error, not a new file. */
export function openDataset(file: string, options: { mustExist?: boolean } = {}): Dataset {
  if (options.mustExist && !existsSync(file)) throw new UsageError(`no dataset at ${file} (iop ingest creates one; --db names another)`);
  if (!existsSync(dirname(resolve(file)))) throw new UsageError(`cannot create the dataset ${file}: its folder does not exist`);
  let db: Dataset | undefined;
  try {
    db = new Database(file, { fileMustExist: options.mustExist ?? false });
    db.pragma('busy_timeout = 10000');
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db?.close();
    throw notADataset(file, error);
  }
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

/** A folder that does not exist, a file without permission or one that is not SQLite: the user named the wrong --db. */
function notADataset(file: string, error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_CANTOPEN') return new UsageError(`cannot open or create the dataset ${file} (may you write there?)`);
  if (code === 'SQLITE_NOTADB') return new UsageError(`${file} is not an SQLite dataset`);
  return error;
}

/** Runs fn on an existing dataset and closes it afterwards (the read commands: failed, stats, export, …). */
export async function withDataset<T>(file: string, fn: (db: Dataset) => T | Promise<T>): Promise<T> {
  const db = openDataset(file, { mustExist: true });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}
