/**
 * A table's line of totals ("Summa", "Totalt 1 850 tkr", "S:a") adds up the rows above it: it is never a
 * partnership of its own, and in a table read one cell a line it is where the rows end.
 */
const TOTAL_LABEL = /^\s*(?:summa|totalt?|totalsumma|s:a|sammanlagt|sammantaget)(?![\p{L}\d])/iu;

export function isTotalLine(text: string): boolean {
  return TOTAL_LABEL.test(text);
}
