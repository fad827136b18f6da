import { describe, expect, it } from 'vitest';
import type { DocumentOutcome } from '../output/writer.js';
import { StoreBatch } from './store-batch.js';

const outcome = (name: string) => ({ file: { path: `/in/${name}`, sha256: name, bytes: 1 } }) as DocumentOutcome;

/** A stand-in writer: records each batch; a document named "bad" fails alone, as a savepoint would. */
function writer() {
  const batches: string[][] = [];
  const storeMany = (outcomes: readonly DocumentOutcome[]) => {
    batches.push(outcomes.map((o) => o.file.sha256));
    return outcomes.map((o, i) => (o.file.sha256 === 'bad' ? new Error('cannot store bad') : i + 1));
  };
  return { batches, storeMany };
}

describe('StoreBatch: many outcomes per writer transaction', () => {
  it('stores a full batch at once, and settles each outcome with its own id', async () => {
    const w = writer();
    const batch = new StoreBatch(w.storeMany, { documents: 3, ms: 60_000 });
    const ids = await Promise.all(['a', 'b', 'c'].map((n) => batch.add(outcome(n))));
    expect(w.batches).toEqual([['a', 'b', 'c']]);
    expect(ids).toEqual([1, 2, 3]);
  });

  it('stores a part batch once its first outcome has waited long enough', async () => {
    const w = writer();
    const batch = new StoreBatch(w.storeMany, { documents: 100, ms: 10 });
    await Promise.all([batch.add(outcome('a')), batch.add(outcome('b'))]);
    expect(w.batches).toEqual([['a', 'b']]);
  });

  it('rejects only the outcome that could not be stored', async () => {
    const w = writer();
    const batch = new StoreBatch(w.storeMany, { documents: 3, ms: 60_000 });
    const settled = await Promise.allSettled(['a', 'bad', 'c'].map((n) => batch.add(outcome(n))));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('rejects every outcome of a batch whose transaction failed', async () => {
    const batch = new StoreBatch(() => {
      throw new Error('disk full');
    }, { documents: 2, ms: 60_000 });
    const settled = await Promise.allSettled([batch.add(outcome('a')), batch.add(outcome('b'))]);
    expect(settled.every((s) => s.status === 'rejected')).toBe(true);
  });

  it('stores what waits when flushed, and nothing when nothing waits', async () => {
    const w = writer();
    const batch = new StoreBatch(w.storeMany, { documents: 100, ms: 60_000 });
    const stored = batch.add(outcome('a'));
    batch.flush();
    batch.flush();
    expect(await stored).toBe(1);
    expect(w.batches).toEqual([['a']]);
  });
});
