import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentResultSchema, type DocumentResult } from '../pipeline/contract.js';
import { iop } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SEEDS = readdirSync(join(FIXTURES, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

/**
 * The values of a result, without confidence and evidence (offsets and pages differ between PDF and text),
 * lists sorted: a PDF's layout may put a header or a column before text the plain text has first.
 */
function values(result: DocumentResult) {
  const v = <T>(fields: { value: T }[]) => fields.map((f) => f.value).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    docType: result.docType.value,
    diarienummer: v(result.diarienummer),
    diarienummerRefs: v(result.diarienummerRefs),
    decision: result.decision?.value ?? null,
    partnerships: result.partnerships.map((p) => ({
      ideburna: v(p.ideburna),
      offentliga: v(p.offentliga),
      organ: v(p.organ),
      amounts: v(p.amounts),
      period: p.period?.value ?? null,
      extension: p.extension?.value ?? null,
      targetGroups: v(p.targetGroups),
    })),
  };
}

describe('iop extract on a seed PDF gives the same values as on its text', async () => {
  const files = SEEDS.flatMap((seed) => [join(FIXTURES, 'pdf', `${seed}.pdf`), join(FIXTURES, 'seeds', `${seed}.txt`)]);
  const { stdout } = await iop('extract', ...files, '--json');
  const results = stdout.trimEnd().split('\n').map((line) => DocumentResultSchema.parse(JSON.parse(line)));

  it.each(SEEDS.map((seed, i) => [seed, i] as const))('%s', (_seed, i) => {
    const [pdf, text] = [results[2 * i]!, results[2 * i + 1]!];
    expect(pdf.error).toBeUndefined();
    expect(values(pdf)).toEqual(values(text));
  });
});
