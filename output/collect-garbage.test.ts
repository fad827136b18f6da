import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.js';

describe('collectGarbage', () => {
  it('frees an object nothing refers to any more, without the --expose-gc flag', async () => {
    let ref: WeakRef<number[]> | undefined;
    (() => {
      ref = new WeakRef(new Array<number>(100_000).fill(1));
    })();
    // A WeakRef's target lives at least until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref!.deref()).toBeUndefined();
  });
});
