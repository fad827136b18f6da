/**
 * The next file's pdftotext, started ahead: a read of that file with the same limits takes it up and gives
 * the same pages as a read without it; a read of another file, or with other limits, runs its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../output/package-root.js';
import { readDocument, prefetchDocument } from './index.js';
import { discardPrefetch, prefetchTextLayer, takePrefetched } from './prefetch.js';

const seed = (n: number) => join(PACKAGE_ROOT, 'fixtures', 'pdf', `seed_00${n}.pdf`);
const limits = { maxPages: 100, maxMemoryMb: 512 };
const open = () => new AbortController().signal;

describe('prefetched text layers', () => {
  it('hands the started text layer to a read of the same file with the same limits, once', async () => {
    prefetchTextLayer(seed(0), limits);
    const taken = takePrefetched(seed(0), limits, open());
    expect(taken).not.toBeNull();
    expect((await taken)!.pages.join('')).toContain('\n');
    expect(takePrefetched(seed(0), limits, open())).toBeNull();
  });

  it('is no help to another file or other limits, nor to a file that is no PDF by name', () => {
    prefetchTextLayer(seed(0), limits);
    expect(takePrefetched(seed(1), limits, open())).toBeNull();
    prefetchTextLayer(seed(0), limits);
    expect(takePrefetched(seed(0), { ...limits, maxPages: 5 }, open())).toBeNull();
    prefetchTextLayer(join(PACKAGE_ROOT, 'README.md'), limits);
    expect(takePrefetched(join(PACKAGE_ROOT, 'README.md'), limits, open())).toBeNull();
    discardPrefetch();
  });

  it('leaves a read with it equal to a read without it', async () => {
    const plain = await readDocument(seed(2));
    prefetchDocument(seed(2));
    const ahead = await readDocument(seed(2));
    expect(ahead.pages).toEqual(plain.pages);
    expect(ahead.meta).toEqual(plain.meta);
  });
});
