/**
 * Markup a web page's text kept when the page was saved as text — as a document viewer gives a protocol's page:
 * "Socialutskottet <strong>20<strong>10</strong></strong>-<strong>02</strong>-<strong>10</strong><br />". A line break
 * tag becomes a space (its line ends after it, or a table cell's text goes on); an inline formatting tag goes, so that
 * the date, case number or word it split is whole again. Only these tag names, in angle brackets: "barn <5 år" and
 * "a<b" are text.
 */
const LINE_BREAK_TAG = /<br\s*\/?>/giu;
const INLINE_TAG = /<\/?(?:strong|b|em|i|u|span|font|sup|sub|small|mark)(?:\s[^<>\n]*)?>/giu;

export function removeMarkup(text: string): string {
  return text.replace(LINE_BREAK_TAG, ' ').replace(INLINE_TAG, '');
}
