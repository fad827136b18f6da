/**
 * Deciding what an ingest has to do: walk the given paths for documents, hash each file's bytes, and leave out
 * what the dataset already holds under the current extractor version (done or failed — `iop retry` re-runs
 * failures). The content hash is the identity everywhere: the documents row, the BullMQ job id.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { EXTRACTOR_VERSION } from '../pipeline/extractor-version.js';
import type { Dataset } from '../output/db/open.js';
import { listFailures } from '../output/failures.js';
import type { SourceFile } from '../output/writer.js';

/** The extensions a folder walk picks up; a file named on the command line is taken whatever its name. */
export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.txt', '.md']);

export class InputError extends Error {}

/** What a folder walk found: documents, and the symbolic links it could not follow. */
export interface FoundDocuments {
  /** Absolute paths (a linked file under the link's name), sorted, each once. */
  files: string[];
  /** Links to nothing, or to a folder the walk is already in (a loop): counted in the summary. */
  brokenLinks: string[];
}

/**
 * Walks a folder. Symbolic links are followed, to files and to folders alike. A link to a folder the walk
 * is inside of (a loop) is counted, not followed; a folder reached a second time by another way is walked
 * once (its files would only be duplicates).
 */
async function walk(dir: string, found: FoundDocuments, walked: Set<string>, inside: ReadonlySet<string> = new Set()): Promise<void> {
  const real = await realpath(dir);
  if (inside.has(real)) return void found.brokenLinks.push(dir);
  if (walked.has(real)) return;
  walked.add(real);
  const within = new Set(inside).add(real);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (!info) found.brokenLinks.push(path);
    else if (info.isDirectory()) await walk(path, found, walked, within);
    else if (info.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.files.push(path);
  }
}

/** The documents under the given files and folders. */
export async function findDocuments(paths: readonly string[]): Promise<FoundDocuments> {
  const found: FoundDocuments = { files: [], brokenLinks: [] };
  const walked = new Set<string>();
  for (const path of paths.map((p) => resolve(p))) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(`${path}: no such file or folder`);
    if (info.isDirectory()) await walk(path, found, walked);
    else found.files.push(path);
  }
  return { files: [...new Set(found.files)].sort(), brokenLinks: found.brokenLinks.sort() };
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
  /** Symbolic links the walk could not follow (to nothing, or a loop). */
  brokenLinks: number;
}

/** Adds files to a plan: each content once, none the dataset already holds under the current extractor version. */
function planner(db: Dataset) {
  const stored = db.prepare('SELECT 1 FROM documents WHERE sha256 = ? AND extractor_version = ?').pluck();
  const plan: IngestPlan = { todo: [], skipped: 0, duplicates: 0, brokenLinks: 0 };
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
  const { files, brokenLinks } = await findDocuments(paths);
  for (const path of files) add(await hashFile(path));
  return { ...plan, brokenLinks: brokenLinks.length };
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
