/**
 * Output identity: extraction over the development set equals the stored run (scripts/extract-snapshot.ts).
 * Engine work (the document model, faster matching) must keep it identical. A deliberate rule change
 * changes it: then run `npm run snapshot` and review the diff of test/fixtures/extract-snapshot.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentSnapshot, SNAPSHOT_FILE, type Snapshot } from '../scripts/extract-snapshot.js';

const HOW_TO_REGENERATE =
  'extraction output differs from test/fixtures/extract-snapshot.json. If a rule change meant it (e.g. after merging ' +
  'other branches\' rule work), run `npm run snapshot` and review the diff; if an engine change did, it is a regression.';

describe('extraction over the development set', () => {
  it('equals the stored snapshot, document by document', async () => {
    const stored = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
    const current = await currentSnapshot();
    expect(Object.keys(current), HOW_TO_REGENERATE).toEqual(Object.keys(stored));
    for (const [file, lines] of Object.entries(current)) expect(lines, `${file}: ${HOW_TO_REGENERATE}`).toEqual(stored[file]);
  });
});
