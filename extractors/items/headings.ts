/**
 * The protocol paragraph (§) a decision was taken under. A paragraph heading starts a line, perhaps after
 * the body's abbreviations ("RS AU § 114", "KS § 3 a"), and is followed by the matter's title or its Dnr;
 * "§ 190 överenskommelse" at the start of a wrapped line and "Kommunfullmäktige 2019-06-11, § 87" in a list
 * of Beslutsunderlag are citations, not headings. OCR reads "§" as "$" (escaped "\$" in markdown), and as
 * "8" or "3" — taken only where the case number follows on the line ("8 185 Dnr KS-2024-00363"), since a
 * bare "3 180" could be any number.
 */
export const PARAGRAPH_HEADING =
  /^[ \t]*(?:[A-ZÅÄÖ]{1,5}[ \t]+){0,2}(?:\\?[§$]|[38](?=[ \t]+\d{1,4}[ \t]+(?:Dnr|DNR)))[ \t]*(\d{1,4}(?:[ \t]?[a-z](?![\p{L}]))?)(?=[ \t]*$|[ \t]+(?:\p{Lu}|Dnr|DNR))/gmu;

export interface ParagraphHeading {
  /** "§ 114", "§ 3 a". */
  value: string;
  start: number;
  end: number;
}

export function paragraphHeadings(text: string): ParagraphHeading[] {
  return [...text.matchAll(PARAGRAPH_HEADING)].map((m) => ({
    value: `§ ${m[1]!.replace(/[ \t]+/g, ' ')}`,
    start: m.index + m[0].search(/\S/),
    end: m.index + m[0].length,
  }));
}
