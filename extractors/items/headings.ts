/**
 * The protocol paragraph (§) a decision was taken under. A paragraph heading starts a line, perhaps after
 * the body's abbreviations ("RS AU § 114", "KS § 3 a", "Socu § 17", "Ksau § 5": capitals, or a capital and two or
 * three small letters that are no word of a citation, "Jfr § 12"), markdown emphasis ("**§ 12**", "## § 12") or a meeting
 * page's list bullet ("• § 9", its title on a line below: web meeting platforms list a protocol's items so), and is
 * followed by the matter's title or its Dnr; the number may carry a year ("§ 63/20") or a full stop
 * ("§ 12."), and some protocols write the sign after it ("12 § Val av justerare"). "§ 190 överenskommelse"
 * at the start of a wrapped line and "Kommunfullmäktige 2019-06-11, § 87" in a list of Beslutsunderlag are
 * citations, not headings. OCR reads "§" as "$" (escaped "\$" in markdown), and as "8" or "3" — taken only
 * where the case number follows on the line ("8 185 Dnr KS-2024-00363"), since a bare "3 180" could be any
 * number.
 */
import { eachMatch } from '../engine/sticky.js';

export const PARAGRAPH_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*|[*_]{1,2}|[•▪][ \t]*)?(?:(?:[A-ZÅÄÖ]{1,5}|(?!(?:Jfr|Enl|Och|Som|Med|Den|Att)[ \t])[A-ZÅÄÖ][a-zåäö]{2,3})[ \t]+){0,2}(?:\\?[§$]|[38](?=[ \t]+\d{1,4}[ \t]+(?:Dnr|DNR)))[ \t]*(\d{1,4}(?:[ \t]?[a-z](?![\p{L}]))?)(?:\/\d{2,4})?\.?[*_]{0,2}(?=[ \t]*$|[ \t]+(?:\p{Lu}|Dnr|DNR))/gmu;
/** "12 § Val av justerare": the sign after the number. */
export const TRAILING_SIGN_HEADING = /^[ \t]*(\d{1,4})[ \t]*§(?=[ \t]*$|[ \t]+(?:\p{Lu}|Dnr|DNR))/gmu;

export interface ParagraphHeading {
  /** "§ 114", "§ 3 a". */
  value: string;
  start: number;
  end: number;
  /** A table of contents' entry for the item, which comes later (or not at all, in a page cut short). */
  entry?: boolean;
}

export function paragraphHeadings(text: string): ParagraphHeading[] {
  const found = [...eachMatch(PARAGRAPH_HEADING, text), ...eachMatch(TRAILING_SIGN_HEADING, text)].map((m) => ({
    value: `§ ${m[1]!.replace(/[ \t]+/g, ' ')}`,
    start: m.index + m[0].search(/\S/),
    end: m.index + m[0].length,
  }));
  return found.sort((a, b) => a.start - b.start);
}
