/**
 * Document paths as the dataset stores them: relative to the folder the dataset file is in (the ingest root)
 * for the files inside it, unless the dataset was made with absolute paths (dataset_settings 'paths', migration 112). Files are always
 * found through filePath, whichever way they are stored.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../pipeline/usage-error.js';
import type { Dataset } from './open.js';

export type PathStyle = 'relative' | 'absolute';

/** The folder stored relative paths start from: the dataset file's. */
export const ingestRoot = (db: Dataset): string => dirname(resolve(db.name));

export function pathStyle(db: Dataset): PathStyle {
  if (db.memory) return 'absolute'; // an in-memory dataset has no folder to be relative to
  return (db.prepare("SELECT value FROM dataset_settings WHERE name = 'paths'").pluck().get() as PathStyle | undefined) ?? 'absolute';
}

/** The stored form of a file's path: relative when the file is inside the ingest root, absolute when outside it. */
export function storedPath(db: Dataset, file: string, style = pathStyle(db)): string {
  const absolute = resolve(file);
  if (style === 'absolute') return absolute;
  const inside = relative(ingestRoot(db), absolute);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? absolute : inside;
}

/** Where a stored path's file is. */
export function filePath(db: Dataset, stored: string): string {
  return isAbsolute(stored) ? stored : resolve(ingestRoot(db), stored);
}

/** `iop ingest --absolute-paths`: only for a dataset without documents, or one that stores absolute paths already. */
export function useAbsolutePaths(db: Dataset): void {
  if (pathStyle(db) === 'absolute') return;
  if (db.prepare('SELECT 1 FROM documents LIMIT 1').get()) {
    throw new UsageError(`${db.name} stores paths relative to its folder; --absolute-paths works only for a new dataset`);
  }
  db.prepare("UPDATE dataset_settings SET value = 'absolute' WHERE name = 'paths'").run();
}
