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
