/**
 * Reads the period out of a listing cell through the period extractor's grammar (extractors/period):
 * the first period the cell states. A cell often goes on with extensions and renewals ("2021–2022.
 * (Förlängt fram till 2023-12-31)"); the first period is the agreement's own, later ones are returned
 * as `later` so the row can be flagged for review.
 */
import type { Period } from '../../pipeline/contract.js';
import { findPeriodMentions } from '../period/index.js';
import { asEnd, asStart, DATE, DATE_FORMS, readDate } from '../period/dates.js';
import { perKey } from '../engine/memo.js';
import { eachMatch } from '../engine/sticky.js';

export interface CellPeriod {
  period: Period;
  /** Offsets of the matched text within the cell. */
  start: number;
  end: number;
}

/** "2020-12-18–tills vidare": the date right before an open end is the period's start. */
const DATE_BEFORE_OPEN_END = new RegExp(`(${DATE})\\s*[-–—]?\\s*$`, 'u');

/**
 * Cells read, by text: the finders and the row reader read the same cells again (in one bench corpus, nine calls
 * of ten repeated a text). Callers get copies, so none can change another's.
 */
const readOnce = perKey((cell: string) => readPeriods(cell), 1000);

export function readCellPeriods(cell: string): CellPeriod[] {
  return readOnce(cell).map((p) => ({ ...p, period: { ...p.period } }));
}

/** "2023-01-01 2025-12-31": two dates side by side are a start and an end column run together (a table's gaps lost). */
const DATE_PAIR = new RegExp(`(${DATE_FORMS.iso})\\s+(${DATE_FORMS.iso})`, 'gu');

/** The periods of dates side by side where no period mention covers them, the start before the end. */
function datePairs(cell: string, mentions: readonly CellPeriod[]): CellPeriod[] {
  return [...eachMatch(DATE_PAIR, cell)].flatMap((m): CellPeriod[] => {
    const [from, to] = [readDate(m[1]!), readDate(m[2]!)];
    const [start, end] = [m.index, m.index + m[0].length];
    if (!from || !to || asStart(from) >= asEnd(to) || mentions.some((p) => p.start < end && start < p.end)) return [];
    return [{ period: { start: asStart(from), end: asEnd(to), openEnded: false }, start, end }];
  });
}

function readPeriods(cell: string): CellPeriod[] {
  const mentions = readMentions(cell);
  return [...mentions, ...datePairs(cell, mentions)].sort((a, b) => a.start - b.start);
}

function readMentions(cell: string): CellPeriod[] {
  return findPeriodMentions(cell)
    .map((m): CellPeriod => {
      if (m.value.openEnded && m.value.start === null) {
        const before = DATE_BEFORE_OPEN_END.exec(cell.slice(0, m.start));
        const from = before ? readDate(before[1]!) : null;
        if (from && before) return { period: { ...m.value, start: asStart(from) }, start: before.index, end: m.end };
      }
      return { period: m.value, start: m.start, end: m.end };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * completed-period: prose that dates a partnership by its start ("har sedan 2022 ett IOP med …") often gives its end a
 * sentence on ("Överenskommelsen gäller 2022–2025", "Avtalet gäller till och med 2025-12-31"), as the period extractor
 * reads a whole document. A first period with a start and no end (not open-ended: "tills vidare" says it has none) is
 * completed by the first later one that gives an end: the same start and an end, or an end alone. A later period that
 * starts elsewhere is another agreement's (a renewal's), and completes nothing.
 *   yes: "sedan 2022 … gäller 2022–2025" → 2022–2025; "sedan 2019 … gäller till och med 2025-12-31" → 2019-01-01–2025-12-31
 *   no:  "sedan 2019 … Nuvarande avtal gäller 2023–2025" (another start); "från 2019 och tills vidare … 2024" (open)
 * Returns the first period, completed where it can be, the later ones it did not use.
 */
export function completePeriod(periods: readonly CellPeriod[]): CellPeriod[] {
  const [first, ...later] = periods;
  if (!first || first.period.start === null || first.period.end !== null || first.period.openEnded) return [...periods];
  const at = later.findIndex((p) => p.period.end !== null && !p.period.openEnded && (p.period.start === null || p.period.start === first.period.start));
  if (at < 0) return [...periods];
  const end = later[at]!;
  const completed: CellPeriod = { period: { start: first.period.start, end: end.period.end, openEnded: false }, start: first.start, end: end.end };
  return [completed, ...later.filter((_, i) => i !== at)];
}

export function readCellPeriod(cell: string): CellPeriod | null {
  return readCellPeriods(cell)[0] ?? null;
}

const LONE_DATE = new RegExp(`^\\s*(${DATE})\\s*([-–—])?\\s*$`, 'u');
/** "Tills vidare" alone: the agreement runs on, from a start the cell does not give. */
const OPEN_END_ALONE = /^\s*tills?\s*vidare\s*\.?\s*$/iu;

/**
 * A period column's cell: as any cell, and also a lone year ("2023" = the whole year), a lone date (the start,
 * where the end is not given), or a date or year and a dash that nothing follows ("2024-01-01 –", "2022–": from
 * then on, as "tills vidare" says it), or "tills vidare" alone (open, its start not given). Not "Löpande" or other
 * words alone.
 */
export function readPeriodColumn(cell: string): CellPeriod[] {
  const periods = readCellPeriods(cell);
  if (periods.length > 0) return periods;
  if (OPEN_END_ALONE.test(cell)) return [{ period: { start: null, end: null, openEnded: true }, start: cell.search(/\S/u), end: cell.trimEnd().length }];
  const lone = LONE_DATE.exec(cell);
  const date = lone ? readDate(lone[1]!) : null;
  if (!lone || !date) return [];
  const start = cell.indexOf(lone[1]!);
  if (lone[2]) return [{ period: { start: asStart(date), end: null, openEnded: true }, start, end: start + lone[1]!.length }];
  const end = date.month === null ? asEnd(date) : null;
  return [{ period: { start: asStart(date), end, openEnded: false }, start, end: start + lone[1]!.length }];
}
