/** The CSV writer: formula cells neutralised, numbers untouched, a header without rows, Swedish words. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeExport } from './write.js';
import type { ListRow } from './rows.js';

async function csv(rows: ListRow[], columns: string[]): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  await writeExport(rows, columns, 'csv', out);
  return text.replace(/^\uFEFF/, '');
}

describe('CSV for Swedish Excel', () => {
  it("prefixes with ' every text cell that Excel would read as a formula", async () => {
    const cells = ['=1+1', '+46 8 123', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const text = await csv([Object.fromEntries(cells.map((c, i) => [`c${i}`, c]))], cells.map((_, i) => `c${i}`));
    expect(text.split('\n')[1]).toBe(`'=1+1;'+46 8 123;'-2+3;'@SUM(A1);'\tx;"'\rx"`);
  });

  it('leaves plain text, negative numbers, dates and decimals as they are', async () => {
    const text = await csv([{ a: 'Röda Korset', b: -5, c: '2025-01-01', d: 0.85, e: true, f: null }], ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(text.split('\n')[1]).toBe('Röda Korset;-5;2025-01-01;0,85;1;');
  });

  it('writes the header for no rows, and lists joined in one cell', async () => {
    expect(await csv([], ['record_id', 'ideburna'])).toBe('record_id;ideburna\n');
    expect((await csv([{ ideburna: ['A', '=B'] }], ['ideburna'])).split('\n')[1]).toBe('A | =B');
  });

  it('says the periodicity in Swedish', async () => {
    const rows = ['year', 'total', 'once', 'unknown'].map((per) => ({ amount_per: per }));
    expect((await csv(rows, ['amount_per'])).trim().split('\n').slice(1)).toEqual(['per år', 'totalt', 'engångs', 'okänt']);
  });
});
