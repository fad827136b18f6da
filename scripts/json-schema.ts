/**
 * Generates the JSON Schema of one `iop extract --json` line (the DocumentResult contract) from the zod
 * schema, for users of the exports who do not read TypeScript. `npm run schema` writes it to
 * output/schema/document-result.schema.json, which is committed; a test checks that the committed file
 * equals a fresh generation, so the two cannot drift apart.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DocumentResultSchema } from '../pipeline/contract.js';

/** Relative to the package root, where npm scripts and the tests run. */
export const SCHEMA_PATH = 'output/schema/document-result.schema.json';

/** The schema as the text of the committed file (stable key order, trailing newline). */
export function documentResultJsonSchema(): string {
  // io 'input': objects do not forbid unknown keys, so a reader validating against this file keeps working
  // when the contract grows a field (the contract only ever grows by adding fields).
  const schema = z.toJSONSchema(DocumentResultSchema, { target: 'draft-2020-12', io: 'input' });
  const documented = {
    $schema: schema.$schema,
    title: 'DocumentResult',
    description: 'One line of `iop extract --json` (NDJSON): what was extracted from one document, every value with confidence, needsReview and evidence.',
    ...schema,
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await mkdir(dirname(resolve(SCHEMA_PATH)), { recursive: true });
  await writeFile(resolve(SCHEMA_PATH), documentResultJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
