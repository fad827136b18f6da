/** When two statements of parties can be the same partnership: the same public parties, and civil-society parties that are the same or one a unit of the other. */
import { isUnitOf } from './names.js';

/** Public parties must be exactly the same set: a three-party agreement is not the two-party one. */
export function samePublicParties(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((key) => b.includes(key));
}

/** Every organisation on each side is, or is a unit of, or is the parent of, one on the other side. */
export function compatibleCivilParties(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const covered = (from: readonly string[], to: readonly string[]) => from.every((x) => to.some((y) => x === y || isUnitOf(x, y) || isUnitOf(y, x)));
  return covered(a, b) && covered(b, a);
}

export function sameParties(a: { ideburna: readonly string[]; offentliga: readonly string[] }, b: { ideburna: readonly string[]; offentliga: readonly string[] }): boolean {
  return samePublicParties(a.offentliga, b.offentliga) && compatibleCivilParties(a.ideburna, b.ideburna);
}
