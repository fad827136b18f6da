/** Periods as day intervals, for overlap (same partnership) and succession (one continues another). */
import type { Period } from '../contract.js';

const DAY = 86_400_000;

interface Days {
  start: number;
  end: number;
}

/** A period as [start, end] in days; a missing bound takes the other (a point), open-ended runs forever. */
export function toDays(period: Period | null | undefined): Days | null {
  if (!period) return null;
  const start = period.start ? Date.parse(period.start) / DAY : null;
  const end = period.openEnded ? Infinity : period.end ? Date.parse(period.end) / DAY : null;
  if (start === null && end === null) return null;
  if (start === null) return end === Infinity ? null : { start: end!, end: end! };
  return { start, end: end ?? start };
}

/** Share of the shorter period that both cover, 0–1. */
export function overlapShare(a: Days, b: Days): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  if (overlap <= 0) return 0;
  const shorter = Math.min(a.end - a.start + 1, b.end - b.start + 1);
  return shorter === Infinity ? 1 : Math.min(1, overlap / shorter);
}

/** Days from the end of `earlier` to the start of `later` (1 = the next day); null when they overlap. */
export function gapDays(earlier: Days, later: Days): number | null {
  return earlier.end < later.start ? later.start - earlier.end : null;
}

export function formatPeriod(period: Period): string {
  return `${period.start ?? '?'}–${period.openEnded ? 'tills vidare' : (period.end ?? '?')}`;
}
