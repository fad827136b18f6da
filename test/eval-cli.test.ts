import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { iop } from './run-cli.js';

describe('iop eval', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iop-eval-'));
    await mkdir(join(dir, 'docs'));
    await mkdir(join(dir, 'gold'));
    await writeFile(join(dir, 'docs', 'one.txt'), 'Kommunen ingår ett idéburet offentligt partnerskap med Föreningen Gläntan. Målgruppen är unga vuxna i Visby.\n');
    const gold = {
      source: 'test', doc_type: 'annat', diarienummer: [], diarienummer_refs: [], ideburna: [], offentliga: [], organ: [], amounts: [],
      period: null, extension: null, target_groups: ['unga vuxna i Visby', 'äldre i Slite'], decision: null, partnerships: [],
    };
    await writeFile(join(dir, 'gold', 'one.json'), JSON.stringify(gold));
    await writeFile(join(dir, 'docs', 'ungraded.txt'), 'Ingen gold för denna.\n');
  });

  it('prints per-field scores as JSON, names documents it could not score, and exits 0', async () => {
    const { stdout, code } = await iop('eval', dir, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.documents).toBe(1);
    expect(report.fields.target_groups).toMatchObject({ tp: 1, fn: 1, fp: 0, precision: 1, recall: 0.5 });
    expect(report.unmatched).toEqual(['docs/ungraded.txt (no gold)']);
    expect(report.misses).toBeUndefined();
  });

  it('lists every miss with --verbose in a table', async () => {
    const { stdout } = await iop('eval', dir, '--verbose');
    expect(stdout).toMatch(/micro \(all fields above\)/);
    expect(stdout).toMatch(/one\s+target_groups\s+äldre i Slite\s+—/);
  });
});
