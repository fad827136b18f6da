/**
 * The listing extractor on the development set as the pipeline reads it (read + clean): seed_004's
 * listed rows are found (row F1 as `iop eval` counts it), and documents that are no report list no rows.
 */
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../pipeline/read/index.js';
import { loadGold } from '../../pipeline/eval/gold.js';
import { alignPartnerships } from '../../pipeline/eval/rows.js';
import { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { extractListings } from './index.js';

const DEVSET = new URL('../../fixtures/devset/', import.meta.url).pathname;
const REPORT: ExtractContext = {
  docType: { value: 'rapport', confidence: 1, needsReview: false, evidence: [] },
  parties: { ideburna: [], offentliga: [], organ: [], aliases: new Map() },
};

async function listed(path: string) {
  const { pages, meta } = await readDocument(path);
  return extractListings(new DocText(pages, meta.paged), REPORT);
}

describe('listings on the development set', () => {
  it('finds seed_004\'s listed rows with row F1 of at least 0.9', async () => {
    const expected = await loadGold(`${DEVSET}gold/seed_004.json`);
    for (const path of [`${DEVSET}docs/seed_004.txt`, new URL('../../fixtures/pdf/seed_004.pdf', import.meta.url).pathname]) {
      const { listing } = alignPartnerships(expected.partnerships, await listed(path));
      const f1 = (2 * listing.matchedRows) / (listing.goldRows + listing.predictedRows);
      expect(f1, path).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('lists no rows for the documents whose gold lists none (the checking half is left out: it is scored, not read)', async () => {
    const checking = new Set((await readFile(`${DEVSET}SPLIT.md`, 'utf8')).match(/^\| checking[^|]*\|([^|]*)\|/gmu)?.flatMap((row) => row.split('|')[2]!.trim().split(/\s+/)));
    expect(checking.size).toBeGreaterThan(10);
    const names = (await readdir(`${DEVSET}docs`)).filter((name) => name.endsWith('.txt') && !checking.has(name.replace(/\.txt$/, '')));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const gold = await loadGold(`${DEVSET}gold/${name.replace(/\.txt$/, '.json')}`);
      if (gold.docType === 'rapport') continue;
      expect(await listed(`${DEVSET}docs/${name}`), name).toEqual([]);
    }
  });
});
