/**
 * A protocol's header: the lines at its top that name the municipality, the body and the meeting date
 * ("KUNGSBACKA KOMMUN  SAMMANTRÄDESPROTOKOLL / Nämnden för Individ & Familjeomsorg / Datum 2025-06-12").
 * Every item shares it, so each matter is read together with it. It ends where the attendance list, the
 * place and time or the first item begin; a converter's front matter ("---" key: value lines "---") and a
 * "# source:" line before it are not part of it.
 */
import type { Span } from './view.js';

/** Labels that open the part after the header: attendance, place and time. */
export const AFTER_HEADER = /^[ \t]*(?:Plats\s+och\s+tid|Tid\s+och\s+plats|Sammanträdestid|Beslutande|Närvarande|Ledamöter|Tjänstgörande|Övriga\s+(?:deltagare|närvarande)|Justerare|Utses\s+att\s+justera)/imu;
/** A header is a few lines; beyond this it was not recognised as one. */
const HEADER_CHARS = 600;
/**
 * A header whose lines were run together into one (a page to a line, as a PDF viewer's text gives it) ends
 * with that line, up to this far: its body and meeting date ("Organ … Sammanträdesdatum 2019-03-05") often
 * stand last, in the posting notice.
 */
const RUN_TOGETHER_CHARS = 2400;
const FRONT_MATTER = /^(?:#[^\n]*\n|[ \t]*\n)*---[ \t]*\n(?:[^\n]*\n){0,60}?---[ \t]*\n(?:[ \t]*\n)*/u;
const SOURCE_LINE = /^#[^\n]*\n(?:[ \t]*\n)*/u;

export function protocolHeader(text: string, firstItem: number): Span {
  const start = FRONT_MATTER.exec(text)?.[0].length ?? SOURCE_LINE.exec(text)?.[0].length ?? 0;
  const limit = Math.min(firstItem, start + HEADER_CHARS);
  const after = AFTER_HEADER.exec(text.slice(start, limit));
  if (after) return { start, end: start + after.index };
  const lineEnd = text.indexOf('\n', limit);
  const runTogether = limit < firstItem && text.charAt(limit - 1) !== '\n' && lineEnd !== limit;
  return { start, end: runTogether ? Math.min(firstItem, start + RUN_TOGETHER_CHARS, lineEnd < 0 ? text.length : lineEnd) : limit };
}
