import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentResultJsonSchema, SCHEMA_PATH } from '../scripts/json-schema.js';

describe('the shipped JSON Schema', () => {
  it('equals a fresh generation from the zod contract (run `npm run schema` after changing pipeline/contract.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(documentResultJsonSchema());
  });

  it('describes the contract: required fields, the doc types and confidence bounds', () => {
    const schema = JSON.parse(documentResultJsonSchema());
    expect(schema.required).toEqual(['source', 'docType', 'diarienummer', 'diarienummerRefs', 'decision', 'partnerships', 'matters']);
    expect(schema.properties.docType.properties.value.enum).toContain('tjansteskrivelse');
    expect(schema.properties.docType.properties.confidence).toMatchObject({ minimum: 0, maximum: 1 });
  });
});
