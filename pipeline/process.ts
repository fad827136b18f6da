/**
 * One document through the per-document stages: read (+ clean) → extract. The same function runs in the
 * embedded pool and in BullMQ workers; storing and reconciling happen downstream.
 */
import { maskIdentityNumbersInPath } from './clean/identity-numbers.js';
import type { DocumentResult } from './contract.js';
import { failedResult } from './failed-result.js';
import { extractDocument } from './extract.js';
import { readDocument, type ReadOptions } from './read/index.js';
import { ReadError, type Page, type ReadMeta } from './read/types.js';

export interface Processed {
  /** Null when the file could not be read at all. */
  meta: ReadMeta | null;
  pages: Page[];
  result: DocumentResult;
}

/**
 * The result's source is the path as stored and shown, with personnummer in its names masked. `read` is
 * called once the file is read, before extraction starts: a pool process starts the next file's reading then.
 */
export async function processFile(path: string, options: ReadOptions = {}, read: () => void = () => {}): Promise<Processed> {
  const source = maskIdentityNumbersInPath(path);
  try {
    const { pages, meta } = await readDocument(path, options).finally(read);
    return { meta, pages, result: extractDocument(source, pages, meta.paged) };
  } catch (error) {
    if (error instanceof ReadError) return { meta: null, pages: [], result: failedResult(source, error.code, error.message) };
    throw error;
  }
}
