import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentResultSchema } from '../pipeline/contract.js';
import { iop } from './run-cli.js';

describe('iop extract', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iop-extract-'));
    await writeFile(join(dir, 'a.txt'), 'Protokoll\nDnr RS 2024/947\nIdéburet offentligt partnerskap med Föreningen Gläntan. Målgruppen är unga vuxna i Visby.\n');
    await writeFile(join(dir, 'b.txt'), 'Tjänsteskrivelse om idéburet offentligt partnerskap med Region Gotland.\n');
  });

  it('prints one contract-valid JSON line per file in input order, a failed file with its error and empty fields, and exits 1', async () => {
    const missing = join(dir, 'missing.pdf');
    const { stdout, code } = await iop('extract', join(dir, 'b.txt'), missing, join(dir, 'a.txt'), '--json');
    const lines = stdout.trimEnd().split('\n').map((line) => DocumentResultSchema.parse(JSON.parse(line)));
    expect(lines.map((l) => l.source)).toEqual([join(dir, 'b.txt'), missing, join(dir, 'a.txt')]);
    expect(lines[1]!.error?.code).toBeDefined();
    expect(lines[1]).toMatchObject({ diarienummer: [], diarienummerRefs: [], decision: null, partnerships: [] });
    expect(lines[0]!.error).toBeUndefined();
    // b.txt names IOP but no idéburen party and no terms: its one matter is no partnership.
    expect(lines[0]!.partnerships).toEqual([]);
    expect(lines[0]!.matters).toMatchObject([{ kind: null, rule: 'no-ideburen-party', partnership: null }]);
    expect(lines[2]!.partnerships[0]!.targetGroups.map((f) => f.value)).toEqual(['unga vuxna']);
    expect(code).toBe(1);
  });

  it('exits 0 when every file was read, and without --json prints a table per document', async () => {
    const { stdout, code } = await iop('extract', join(dir, 'a.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain(join(dir, 'a.txt'));
    expect(stdout).toMatch(/field\s+value\s+confidence\s+page\s+needs review/);
    expect(stdout).toMatch(/targetGroup\s+unga vuxna\s+0\.\d{3}/);
  });
});
