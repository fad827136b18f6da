/**
 * A table's line of totals ("Summa", "Totalt 1 850 tkr", "S:a") adds up the rows above it: it is never a
 * partnership of its own, and in a table read one cell a line it is where the rows end.
 */
const TOTAL_LABEL = /^\s*(?:summa|totalt?|totalsumma|s:a|sammanlagt|sammantaget)(?![\p{L}\d])/iu;

export function isTotalLine(text: string): boolean {
  return TOTAL_LABEL.test(text);
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
