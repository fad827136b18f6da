import { AGENDA_WORDS } from '../../extractors/items/inline.js';
import { eachMatch } from '../../extractors/engine/sticky.js';
import { perText } from '../../extractors/engine/memo.js';
import { mayContain } from '../../extractors/engine/folded.js';

/**
 * Whether a document is a whole protocol or an agenda (kallelse, föredragningslista) — a record of several
 * matters — whatever its type rule says: its header carries a meeting's labels ("Plats och tid",
 * "Justerare", "Paragrafer", "Sammanträdesdatum", "Justerandes signatur", a meeting page's "Sammanträde
 * 2023-11-22" over "Klockan"), it names its paragraphs as a range
 * ("Paragrafer 26–38", "§§ 63-73"), or it lists its items (Ärendelista, Innehållsförteckning,
 * Föredragningslista). An agreement's "§ 1 Parter / § 2 Avtalstid" has none of these, and a protocol
 * extract of one § names one paragraph.
 */
/**
 * A meeting page's heading, a line of its own: "Sammanträde 2023-11-22" (then "Datum / Klockan / Plats" lines),
 * "Möte 2023-12-12" (a meeting site's page of a committee's meeting, its agenda below).
 */
export const MEETING_PAGE_HEADING = /^[ \t]*(?:Sammanträde(?:t)?|Möte(?:t)?)[ \t]+(?:den[ \t]+)?(?:19|20)\d{2}-\d{2}-\d{2}[ \t]*$/imu;

/**
 * A meeting's label, with the words one of which its every match holds, case aside: a text that holds none of them (most
 * pages that are no protocol hold none of most labels) is not searched for the label.
 */
interface MeetingLabel {
  pattern: RegExp;
  words: readonly string[];
}

export const MEETING_LABELS: readonly MeetingLabel[] = [
  { pattern: /(?<![\p{L}])(?:Plats\s+och\s+tid|Tid\s+och\s+plats)(?![\p{L}])/iu, words: ['plats'] },
  { pattern: /(?<![\p{L}])Sammanträdes(?:datum|dag|tid)(?![\p{L}])/iu, words: ['sammanträdes'] },
  { pattern: MEETING_PAGE_HEADING, words: ['sammanträde', 'möte'] },
  { pattern: /^[ \t]*Klockan[ \t]*$/imu, words: ['klockan'] },
  { pattern: /(?<![\p{L}])(?:Justerare|Utses\s+att\s+justera|Justeringens\s+plats|Justerande(?:s\s+sign\w*)?)(?![\p{L}])/iu, words: ['juster'] },
  { pattern: /(?<![\p{L}])Paragrafer(?![\p{L}])/iu, words: ['paragrafer'] },
  { pattern: /(?<![\p{L}])(?:Utdragsbestyrkande|Justerarsignaturer)(?![\p{L}])/iu, words: ['utdragsbestyrkande', 'justerarsignaturer'] },
  {
    pattern: /(?<![\p{L}])(?:Beslutande|Tjänstgörande\s+ersättare|Övriga\s+(?:deltagare|deltagande|närvarande))(?![\p{L}])/iu,
    words: ['beslutande', 'tjänstgörande', 'övriga'],
  },
  { pattern: /(?<![\p{L}])(?:ANSLAG\s*\/\s*BEVIS|Protokollet\s+är\s+justerat)(?![\p{L}])/iu, words: ['anslag', 'protokollet'] },
  { pattern: new RegExp(`(?<![\\p{L}])(?:${AGENDA_WORDS})(?![\\p{L}])`, 'iu'), words: AGENDA_WORDS.split('|') },
];
/** "Paragrafer 26–38", "§§ 63-73", "Justerade paragrafer 45-58": a range of two or more paragraphs. */
export const PARAGRAPH_RANGE = /(?:Paragrafer|§§)[ \t:]*(?:§§?[ \t]*)?(\d{1,4})[ \t]*(?:-|–|—|--)[ \t]*(\d{1,4})/iu;
/** "Dnr KS 2023/010": a case number's label with its value. */
const CASE_NUMBER = /(?<![\p{L}])(?:Dnr|DNR|Diarienummer)[ \t:.]*([A-ZÅÄÖa-zåäö]{0,6}[ \t-]?\d[\w./:-]*)/gu;

/** A meeting's labels among these: enough to read numbered items as the meeting's matters. */
export const LABELS_FOR_ITEMS = 2;
/** One label (an agenda's "Föredragningslista") is enough where the items carry case numbers. */
export const LABELS_FOR_CASED_ITEMS = 1;
/** With no items found, this many labels and this many distinct case numbers still make a whole protocol. */
export const LABELS_WITHOUT_ITEMS = 3;
export const CASES_WITHOUT_ITEMS = 3;

/** Counted once per text (engine/memo.ts): the type rules, the segmenter and the item reader all ask. */
export const meetingLabels: (text: string) => number = perText(
  (text) => MEETING_LABELS.filter(({ pattern, words }) => words.some((word) => mayContain(text, word)) && pattern.test(text)).length,
);

/**
 * The paragraphs the meeting names, lowest to highest: where it names several ranges (a member present for
 * "§§ 51-58", the protocol's "Justerade paragrafer 45-58"), all of them together; null where it names none.
 */
/** PARAGRAPH_RANGE global, compiled once (a copy made per call is compiled again after a full GC). */
const PARAGRAPH_RANGES = new RegExp(PARAGRAPH_RANGE.source, 'giu');

export function paragraphRange(text: string): { low: number; high: number } | null {
  const ranges = [...eachMatch(PARAGRAPH_RANGES, text)]
    .map((m) => ({ low: Number(m[1]), high: Number(m[2]) }))
    .filter((r) => r.high > r.low);
  if (ranges.length === 0) return null;
  return { low: Math.min(...ranges.map((r) => r.low)), high: Math.max(...ranges.map((r) => r.high)) };
}

export function distinctCaseNumbers(text: string): number {
  return new Set([...eachMatch(CASE_NUMBER, text)].map((m) => m[1]!.replace(/\s+/g, ''))).size;
}
