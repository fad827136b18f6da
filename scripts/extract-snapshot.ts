/**
 * The output-identity snapshot: extraction over the development set (fixtures/devset/docs), each document
 * reduced to a compact digest — one line per value: its path in the result, the value, the confidence and
 * the evidence as page:start-end (the evidence text follows from the offsets). A refactoring of the engine
 * must leave it unchanged (test/extract-snapshot.test.ts); a rule change changes it on purpose, and
 * `npm run snapshot` stores the new run (review the diff of test/fixtures/extract-snapshot.json).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../output/package-root.js';
import { readDocument } from '../pipeline/read/index.js';
import { extractDocument } from '../pipeline/extract.js';

export const SNAPSHOT_DOCS = join(PACKAGE_ROOT, 'fixtures', 'devset', 'docs');
export const SNAPSHOT_FILE = join(PACKAGE_ROOT, 'test', 'fixtures', 'extract-snapshot.json');

export type Snapshot = Record<string, string[]>;

interface EvidenceLike {
  page: number | null;
  start: number;
  end: number;
}

const isEvidence = (value: unknown): value is EvidenceLike[] =>
  Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && 'start' in e && 'end' in e && 'page' in e);

const place = (e: EvidenceLike) => `${e.page ?? '-'}:${e.start}-${e.end}`;

/** The result as lines `path = value`: a field (value + confidence + evidence) is one line. */
export function digest(result: unknown): string[] {
  const lines: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') {
      lines.push(`${path} = ${JSON.stringify(value)}`);
      return;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${path} = []`);
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    const record = value as Record<string, unknown>;
    if ('value' in record && 'confidence' in record && isEvidence(record.evidence)) {
      const review = record.needsReview ? ' review' : '';
      lines.push(`${path} = ${JSON.stringify(record.value)} (${String(record.confidence)}${review}) @ ${record.evidence.map(place).join(' ')}`);
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(result, '');
  return lines;
}

/** Extraction over the development set now, digested, by file name. */
export async function currentSnapshot(): Promise<Snapshot> {
  const snapshot: Snapshot = {};
  for (const file of readdirSync(SNAPSHOT_DOCS).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = await readDocument(join(SNAPSHOT_DOCS, file));
    const { source: _source, ...result } = extractDocument(file, doc.pages, doc.meta.paged);
    snapshot[file] = digest(result);
  }
  return snapshot;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const snapshot = await currentSnapshot();
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(snapshot, null, 1)}\n`);
  console.log(`wrote ${SNAPSHOT_FILE}: ${Object.keys(snapshot).length} documents`);
}
