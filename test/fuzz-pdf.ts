/**
 * Mutated PDFs for the fuzz test, made at test time from fixture PDFs with a seeded PRNG: the same seed
 * gives the same files on every run and machine. Each mutation is one a damaged download, a broken
 * producer or an attacker makes: flipped bits, a truncated tail, a chunk duplicated or deleted, the xref
 * table or its offsets damaged, arrays nested deep, two files spliced together.
 */

import { prng } from '../scripts/prng.js';

type Random = () => number;
type Mutation = (bytes: Buffer, random: Random, other: Buffer) => Buffer;

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const MUTATIONS: Record<string, Mutation> = {
  bitFlips: (bytes, random) => {
    const out = Buffer.from(bytes);
    for (let n = between(random, 1, 32); n > 0; n--) out[between(random, 0, out.length - 1)]! ^= 1 << between(random, 0, 7);
    return out;
  },
  truncation: (bytes, random) => bytes.subarray(0, between(random, 16, bytes.length - 1)),
  duplicatedChunk: (bytes, random) => {
    const start = between(random, 0, bytes.length - 1);
    const chunk = bytes.subarray(start, start + between(random, 1, 4096));
    const at = between(random, 0, bytes.length);
    return Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at)]);
  },
  deletedChunk: (bytes, random) => {
    const start = between(random, 0, bytes.length - 1);
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(start + between(random, 1, 4096))]);
  },
  xrefDamage: (bytes, random) => {
    // Rewrites digits after "xref" or "startxref" (offsets, counts) and sometimes the keyword itself.
    const text = bytes.toString('latin1');
    const anchors = [...text.matchAll(/startxref|xref|\/Prev|\/Size|\/Length/g)].map((match) => match.index);
    if (anchors.length === 0) return MUTATIONS.bitFlips!(bytes, random, bytes);
    const out = Buffer.from(bytes);
    for (let n = between(random, 1, 6); n > 0; n--) {
      const at = anchors[between(random, 0, anchors.length - 1)]! + between(random, 0, 60);
      if (at < out.length) out[at] = random() < 0.7 ? 0x30 + between(random, 0, 9) : between(random, 0, 255);
    }
    return out;
  },
  deepNesting: (bytes, random) => {
    const depth = between(random, 1_000, 100_000);
    const open = random() < 0.5 ? '[' : '<<';
    const at = between(random, 0, bytes.length);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(open.repeat(depth), 'latin1'), bytes.subarray(at)]);
  },
  splice: (bytes, random, other) => Buffer.concat([bytes.subarray(0, between(random, 0, bytes.length)), other.subarray(between(random, 0, other.length - 1))]),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** `count` mutated files from the bases; mutation i applies 1–3 mutations to one base, all drawn from `seed`. */
export function mutatedPdfs(bases: readonly Buffer[], count: number, seed: number): Array<{ name: string; bytes: Buffer }> {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = between(random, 0, bases.length - 1);
    let bytes = bases[base]!;
    const applied: string[] = [];
    for (let n = between(random, 1, 3); n > 0; n--) {
      const name = MUTATION_NAMES[between(random, 0, MUTATION_NAMES.length - 1)]!;
      bytes = MUTATIONS[name]!(bytes, random, bases[between(random, 0, bases.length - 1)]!);
      applied.push(name);
    }
    return { name: `fuzz-${String(i).padStart(3, '0')}-base${base}-${applied.join('+')}.pdf`, bytes };
  });
}
