/**
 * Annotations computed once per text. Extraction reads one document — or one matter's view of it — through
 * many extractors, and several ask for the same thing (its sentences, its public parties, its body names):
 * a function wrapped here computes it for a text once and hands the same result to every later caller.
 * The results are shared, so they are frozen: a caller that needs to change one copies it first.
 */

/**
 * How many texts each annotation remembers, the least recently asked for forgotten first. A document's readers ask
 * for its own text between many asks for small texts (cells, lines, names): with four, kept in the order first
 * asked, a document's sentences were split again two or three times (over the bench corpus, a tenth of the
 * extraction time), and a line's body names ten times and more.
 */
const CAPACITY = 16;

/**
 * Texts shorter than this (a line, a cell, a name) are remembered apart, SHORT_LIMIT of them and then forgotten all at
 * once: the listing readers each walk a document's lines and ask for every line's body names, so with the sixteen a
 * line was forgotten by the next reader's walk and its names read again (over the bench corpus, 7,500 readings of
 * 490 texts).
 */
const SHORT = 400;
const SHORT_LIMIT = 4096;

export function perText<T>(compute: (text: string) => T): (text: string) => T {
  // A Map keeps its keys in the order set: the first is the least recently asked for. A string key's hash is
  // kept on the string, so asking again for the same text (a document's) costs no reading of it.
  const remembered = new Map<string, T>();
  const short = perKey((text: string) => frozen(compute(text)), SHORT_LIMIT);
  // The text asked for last, asked again most often (a document, between its readers): answered before the Map.
  let last: { text: string; result: T } | null = null;
  return (text: string) => {
    if (last !== null && last.text === text) return last.result;
    if (text.length < SHORT) return short(text);
    let result: T;
    if (remembered.has(text)) {
      result = remembered.get(text)!;
      remembered.delete(text);
    } else {
      result = frozen(compute(text));
      if (remembered.size >= CAPACITY) remembered.delete(remembered.keys().next().value!);
    }
    remembered.set(text, result);
    last = { text, result };
    return result;
  };
}

/** A shared result that is an array cannot be changed by one of its callers under the others. */
function frozen<T>(result: T): T {
  if (Array.isArray(result)) Object.freeze(result);
  return result;
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

/**
 * compute(doc) remembered for each object it is asked about (a DocText: a document or one matter's view of it), as long
 * as that object lives. For a reading that needs the object itself, not only its text (evidence maps offsets to pages
 * through it), and that several extractors ask for: a document's period is read by the decision, the amounts and the
 * listing readers before its own field is. The result is shared: a caller that reshapes it copies it first.
 */
export function perDoc<D extends object, T>(compute: (doc: D) => T): (doc: D) => T {
  const remembered = new WeakMap<D, T>();
  return (doc: D) => {
    if (remembered.has(doc)) return remembered.get(doc)!;
    const result = compute(doc);
    remembered.set(doc, result);
    return result;
  };
}
