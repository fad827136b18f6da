/**
 * Deciding what an ingest has to do: walk the given paths for documents, hash each file's bytes, and leave out
 * what the dataset already holds under the current extractor version (done or failed — `iop retry` re-runs
 * failures). The content hash is the identity everywhere: the documents row, the BullMQ job id.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { EXTRACTOR_VERSION } from '../pipeline/extract.js';
import type { Dataset } from '../output/db/open.js';
import { listFailures } from '../output/failures.js';
import type { SourceFile } from '../output/writer.js';

/** The extensions a folder walk picks up; a file named on the command line is taken whatever its name. */
export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.txt', '.md']);

export class InputError extends Error {}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return walk(path);
        return entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
      }),
  );
  return nested.flat();
}

/** The documents under the given files and folders, as absolute paths, sorted, each once. */
export async function findDocuments(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths.map((p) => resolve(p))) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(`${path}: no such file or folder`);
    for (const file of info.isDirectory() ? await walk(path) : [path]) found.add(file);
  }
  return [...found].sort();
}

export function hashFile(path: string): Promise<SourceFile> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(path)
      .on('data', (chunk) => {
        bytes += chunk.length;
        hash.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolvePromise({ path, sha256: hash.digest('hex'), bytes }));
  });
}

export interface IngestPlan {
  /** Files to process, one per distinct content. */
  todo: SourceFile[];
  /** Files already stored under the current extractor version. */
  skipped: number;
  /** Files whose content another file of this run already has. */
  duplicates: number;
}

/** Adds files to a plan: each content once, none the dataset already holds under the current extractor version. */
function planner(db: Dataset) {
  const stored = db.prepare('SELECT 1 FROM documents WHERE sha256 = ? AND extractor_version = ?').pluck();
  const plan: IngestPlan = { todo: [], skipped: 0, duplicates: 0 };
  const seen = new Set<string>();
  const add = (file: SourceFile, options: { force?: boolean } = {}) => {
    if (seen.has(file.sha256)) plan.duplicates++;
    else if (!options.force && stored.get(file.sha256, EXTRACTOR_VERSION)) plan.skipped++;
    else plan.todo.push(file);
    seen.add(file.sha256);
  };
  return { plan, add };
}

export async function planIngest(db: Dataset, paths: readonly string[]): Promise<IngestPlan> {
  const { plan, add } = planner(db);
  for (const path of await findDocuments(paths)) add(await hashFile(path));
  return plan;
}

export interface RetryPlan extends IngestPlan {
  /** Failed documents whose file now has other content: their rows are obsolete. */
  obsolete: string[];
}

/**
 * The failed documents (with the code, if given) to run again from their paths. A file that is gone is run
 * anyway, so its row gets the reader's NOT_FOUND; a file whose content changed is a new document.
 */
export async function planRetry(db: Dataset, code?: string): Promise<RetryPlan> {
  const { plan, add } = planner(db);
  const obsolete: string[] = [];
  for (const failure of listFailures(db, code)) {
    const file = await hashFile(failure.path).catch(() => null);
    if (file && file.sha256 !== failure.sha256) {
      obsolete.push(failure.sha256);
      add(file);
    } else {
      add(file ?? { path: failure.path, sha256: failure.sha256, bytes: failure.bytes }, { force: true });
    }
  }
  return { ...plan, obsolete };
}
