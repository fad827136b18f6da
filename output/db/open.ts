/** Opening the dataset: WAL (readers never block the one writer), foreign keys on, schema migrated. */
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Dataset = Database.Database;

/** The dataset file every command uses unless given --db. */
export const DEFAULT_DB = 'iop.sqlite';

/** mustExist: for commands that read a dataset (export, stats, …) a missing file is an error, not a new file. */
export function openDataset(file: string, options: { mustExist?: boolean } = {}): Dataset {
  const db = new Database(file, { fileMustExist: options.mustExist ?? false });
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
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
