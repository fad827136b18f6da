import { describe, expect, it } from 'vitest';
import { Tally } from './tally.js';

const file = (name: string, bytes: number) => ({ path: `/in/${name}`, sha256: name, bytes });

/** The time left as a share of the time spent: independent of how fast the test runs. */
const leftPerSpent = (tally: Tally) => tally.etaSeconds! / tally.seconds;

describe('Tally: the time left, by pages', () => {
  it('has no estimate before a document with pages is done', () => {
    const tally = new Tally([file('a', 100)], 0, 0);
    expect(tally.etaSeconds).toBeNull();
  });

  it('expects the remaining bytes to hold pages as the bytes done did, whatever the document count', async () => {
    // One big document done (10 pages, 1,000 bytes); three small ones left (300 bytes): 3 pages to come.
    const tally = new Tally([file('big', 1000), file('s1', 100), file('s2', 100), file('s3', 100)], 0, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    tally.count(file('big', 1000), 10, undefined);
    expect(leftPerSpent(tally)).toBeCloseTo(0.3, 1);
  });

  it('counts the OCR pages of a document still in work as progress, until it is stored', async () => {
    // Half the bytes done with 4 pages; the other half is a scanned document whose pages go to OCR one by one.
    const scan = file('scan', 1000);
    const tally = new Tally([file('text', 1000), scan], 0, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    tally.count(file('text', 1000), 4, undefined);
    expect(leftPerSpent(tally)).toBeCloseTo(1, 1);
    tally.ocrPage(scan);
    tally.ocrPage(scan);
    // 6 pages progressed of 8 expected: 2 left at 6 per time spent.
    expect(leftPerSpent(tally)).toBeCloseTo(2 / 6, 1);
    tally.count(scan, 4, undefined);
    expect(tally.etaSeconds).toBe(0);
    expect(tally.summary()).toMatchObject({ total: 2, done: 2, pages: 8 });
  });

  it('names the file in work with any personnummer in its name masked', () => {
    const tally = new Tally([file('a', 1)], 0, 0);
    tally.started({ path: '/in/ansökan 121212-1212.pdf', sha256: 'a', bytes: 1 });
    expect(tally.current).toBe('ansökan XXXXXX-XXXX.pdf');
  });
});
