/**
 * Whether a literal (exact case) occurs inside a window of a text, answered from the literal's offsets in the whole text,
 * found once per text: a reader that asks it of a window around every name (parties' context rules: "med", "mellan", "av"
 * before each of hundreds of names) sliced the window and searched it once per literal per name. The same answer as
 * `text.slice(from, to).includes(literal)`.
 */

/** Texts shorter than this are searched directly: their index would cost more than it saves. */
const INDEXED_MIN = 1000;

let indexedText: string | null = null;
let offsetsByLiteral = new Map<string, Int32Array>();

/** Every offset where `literal` starts in `text`, overlapping ones too, in order. */
function offsetsOf(text: string, literal: string): Int32Array {
  if (text !== indexedText) {
    indexedText = text;
    offsetsByLiteral = new Map();
  }
  let offsets = offsetsByLiteral.get(literal);
  if (!offsets) {
    const found: number[] = [];
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) found.push(at);
    offsetsByLiteral.set(literal, (offsets = Int32Array.from(found)));
  }
  return offsets;
}

/** Whether `literal` occurs wholly inside text[from, to) (`literal` not empty). */
export function occursWithin(text: string, literal: string, from: number, to: number): boolean {
  if (text.length < INDEXED_MIN) {
    const at = text.indexOf(literal, from);
    return at >= 0 && at + literal.length <= to;
  }
  const offsets = offsetsOf(text, literal);
  // The first occurrence at or after `from`: it ends first of those that start there or later.
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo]! + literal.length <= to;
}
