/**
 * OCR reads the section sign "§" as "3" or "8", which turns "§ 57" into "3 57" or "8 57". On OCR pages
 * the sign is restored where a protocol writes a paragraph reference:
 *   - at the start of a heading line, alone or after a body abbreviation: "3 57 Överenskommelse…";
 *   - after a body abbreviation anywhere: "enligt KS 8 110/2013";
 *   - after a date: "beslutade 2010-06-29 3 57".
 * A "3"/"8" followed by a number in running text ("3 57 kronor") is left alone; so is everything on pages
 * that came from a text layer.
 */

/** Line start, optional upper-case body abbreviations ("KS", "RS AU"), the misread sign, a paragraph number. */
const AT_HEADING = /^(\s*(?:\p{Lu}{1,5}\s+){0,3})[38]\s?(\d{1,4}(?:\s?[a-z])?)(?=\s+\p{Lu}|\s*$|\s*\/\d{2,4})/gmu;
/** An upper-case body abbreviation ("KS", "KF", "AU"), then the misread sign and a paragraph number. */
const AFTER_BODY = /(\b\p{Lu}{2,5}\s)[38]\s(\d{1,4})(?=\/\d{2,4}\b|[\s,.]|$)/gmu;
/** A date, then the misread sign and a paragraph number. */
const AFTER_DATE = /(\b\d{4}-\d{2}-\d{2},?\s+)[38]\s(\d{1,4})\b/g;

export function restoreSectionSigns(text: string): string {
  return text.replace(AT_HEADING, '$1§ $2').replace(AFTER_BODY, '$1§ $2').replace(AFTER_DATE, '$1§ $2');
}
