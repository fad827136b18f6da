/**
 * A table's line of totals ("Summa", "Totalt 1 850 tkr", "S:a") adds up the rows above it: it is never a
 * partnership of its own, and in a table read one cell a line it is where the rows end.
 */
const TOTAL_LABEL = /^\s*(?:summa|totalt?|totalsumma|s:a|sammanlagt|sammantaget)(?![\p{L}\d])/iu;

export function isTotalLine(text: string): boolean {
  return TOTAL_LABEL.test(text);
}

/**
 * remainder line: a grant table may end on what is left of its pot ("Ofördelat | 15 000", "Kvar att fördela 50 000",
 * "Reserv 10 000", "Ej fördelat", "Buffert"): a sum of the budget's, not a recipient's, and no partnership.
 *   yes: "Ofördelat", "Kvar att fördela", "Ej fördelade medel", "Reserv", "Buffert", "Återstår"
 *   no:  "Reservofficersförbundet Ekby" (a word of its own), "Ekby reservatsförening"
 */
const REMAINDER_LABEL = /^\s*(?:ofördela[dt]e?|ej\s+fördela[dt]e?|inte\s+fördela[dt]e?|kvar\s+att\s+fördela|återstår|reserv|buffert)(?![\p{L}\d])/iu;

export function isRemainderLine(text: string): boolean {
  return REMAINDER_LABEL.test(text);
}

/**
 * A grant table lists the applicants it turned down beside those it granted, the granted sum's cell saying so
 * ("Avslag", "Avslås"): such a row is no grant and no partnership. A dash or "0 kr" is not read so: in a list of
 * IOPs it may stand for a partnership without money (premises, staff).
 */
const REFUSED_CELL = /^\s*(?:avslag|avslås|avslogs|avslaget)\s*$/iu;

export function isRefusedCell(text: string): boolean {
  return REFUSED_CELL.test(text);
}
