/**
 * mulberry32: a small, fast PRNG whose sequence is fixed by its 32-bit seed, so generated test and bench data
 * (mutated PDFs, synthetic datasets, dense neighbourhoods) are the same on every run and machine.
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
