/**
 * Lookup in offsets sorted ascending (page starts, line starts, span starts): which one holds a position. One binary
 * search shared by the document model, the page-header test, the period mentions and the listing readers.
 */

/** The index of the last of `starts` (ascending) at or before `at`; 0 when none is (or `starts` is empty). */
export function lastAtOrBefore(starts: readonly number[], at: number): number;
/** The same over items sorted by `startOf`. */
export function lastAtOrBefore<T>(items: readonly T[], at: number, startOf: (item: T) => number): number;
export function lastAtOrBefore<T>(items: readonly T[], at: number, startOf?: (item: T) => number): number {
  const key = startOf ?? ((item: T) => item as unknown as number);
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]!) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The index of the span (of disjoint spans sorted by start, as a text's sentences are) that holds an offset, by binary
 * search; -1 if none.
 */
export function spanIndexAt(spans: readonly { start: number; end: number }[], offset: number): number {
  const lo = lastAtOrBefore(spans, offset, (span) => span.start);
  const span = spans[lo];
  return span && span.start <= offset && offset < span.end ? lo : -1;
}
