/**
 * A day named relative to the document's own date: "i dag", "i går", "i kväll", "på tisdagen" or "på
 * tisdagens möte", "på måndagskvällen", "vid måndagens sammanträde i kommunstyrelsen", "på måndagens kommunfullmäktige" (that weekday of the week the document is
 * dated in, on or before its date), "i tisdags" (the last such day before it).
 */
import words from '../lexicon/weekdays.json' with { type: 'json' };

const OFFSETS: readonly [RegExp, number][] = [
  [/(?<![\p{L}])(?:i\s*dag|i\s*kväll|i\s*morse)(?![\p{L}])/iu, 0],
  [/(?<![\p{L}])i\s*går(?:kväll)?(?![\p{L}])/iu, -1],
  [/(?<![\p{L}])i\s*förrgår(?![\p{L}])/iu, -2],
];
/** Monday first, as the lexicon lists them. */
const WEEKDAYS = words.weekdays;
const DAY = WEEKDAYS.join('|');
/** A part of the day after the weekday's genitive, in one word: "måndagskvällen", "tisdagseftermiddagens". */
const PART = `s(?:${words.partsOfDay.join('|')})`;
/**
 * Groups: 1 "på tisdagen", "på måndagskvällen", 2 "tisdagen den 20" (dated by its own date), 3 "i tisdags",
 * 4 "tisdagens möte", "måndagens kommunfullmäktige", "onsdagskvällens sammanträde".
 */
const ON_WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:(?:på|under)\\s+(${DAY})(?:en|${PART})|(${DAY})en\\s+den|i\\s+(${DAY})s|(${DAY})(?:ens|${PART}s)\\s+\\p{L}*(?:möte|sammanträde|nämnd|styrelse|fullmäktige|utskott)\\p{L}*)(?![\\p{L}])`,
  'iu',
);

export interface RelativeDay {
  value: string;
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The date a relative day in `text` names, counted from the document's own date `own` (YYYY-MM-DD). */
export function relativeDay(text: string, own: string): RelativeDay | null {
  const base = Date.parse(`${own}T00:00:00Z`);
  if (Number.isNaN(base)) return null;
  for (const [pattern, offset] of OFFSETS) {
    const m = pattern.exec(text);
    if (m) return { value: isoDay(base + offset * DAY_MS), start: m.index, end: m.index + m[0].length };
  }
  const m = ON_WEEKDAY.exec(text);
  if (!m || m[2]) return null;
  const name = (m[1] ?? m[3] ?? m[4])!.toLowerCase();
  // getUTCDay: Sunday 0; the lexicon: Monday 0.
  const wanted = (WEEKDAYS.indexOf(name) + 1) % 7;
  const today = new Date(base).getUTCDay();
  let back = (today - wanted + 7) % 7;
  if (m[3] && back === 0) back = 7;
  return { value: isoDay(base - back * DAY_MS), start: m.index, end: m.index + m[0].length };
}
