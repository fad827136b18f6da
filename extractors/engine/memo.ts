/**
 * Annotations computed once per text. Extraction reads one document — or one matter's view of it — through
 * many extractors, and several ask for the same thing (its sentences, its public parties, its body names):
 * a function wrapped here computes it for a text once and hands the same result to every later caller.
 * The results are shared, so they are frozen: a caller that needs to change one copies it first.
 */

/** How many recent texts each annotation remembers: a document and the views of its current matter. */
const CAPACITY = 4;

export function perText<T>(compute: (text: string) => T): (text: string) => T {
  const texts: string[] = [];
  const results: T[] = [];
  return (text: string) => {
    // Identical strings compare by reference first; only a text of the same length is compared by content.
    const index = texts.indexOf(text);
    if (index >= 0) return results[index]!;
    const result = compute(text);
    if (Array.isArray(result)) Object.freeze(result);
    texts.unshift(text);
    results.unshift(result);
    if (texts.length > CAPACITY) {
      texts.pop();
      results.pop();
    }
    return result;
  };
}

/**
 * compute(key) remembered for many keys (the same cell, name or heading is asked for again and again across a
 * document's readers), up to `limit` of them and then forgotten all at once, so a bulk run's memory stays flat.
 * The results are shared: a caller that reshapes one copies it first.
 */
export function perKey<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const remembered = new Map<string, T>();
  return (key: string) => {
    let result = remembered.get(key);
    if (result === undefined) {
      if (remembered.size >= limit) remembered.clear();
      result = compute(key);
      remembered.set(key, result);
    }
    return result;
  };
}
