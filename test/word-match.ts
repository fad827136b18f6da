/** How closely two texts agree word for word: difflib-style ratio 2·LCS / (|a| + |b|) over whitespace-separated words. */

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Length of the longest common subsequence of two word lists (two rolling rows: O(|b|) memory). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function wordMatchRatio(expected: string, actual: string): number {
  const a = words(expected);
  const b = words(actual);
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}
