/**
 * Character normalisation: what PDF producers put in text that is not what the writer typed. Ligature glyphs
 * become their letters, every kind of space (NBSP, thin, narrow, figure, ideographic) becomes a plain space,
 * invisible characters (soft hyphen, zero-width space/joiners, BOM) go, control characters become spaces,
 * and line ends become "\n".
 * A soft hyphen at a line end marks a hyphenation point, so the two halves of the word are joined.
 */

const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const LIGATURE = /[\uFB00-\uFB06]/g;
/** NBSP, en/em/thin/hair and other fixed-width spaces, narrow NBSP, medium math space, ideographic space. */
const SPACE_VARIANTS = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const SOFT_HYPHEN_AT_LINE_END = /\u00AD[ \t]*\n[ \t]*/g;
/** C0 control characters other than tab, line feed and form feed: what broken font encodings leave for spaces. */
const CONTROL = /[\u0000-\u0008\u000B\u000D-\u001F\u007F]/g;
/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function normalizeCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(LIGATURE, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(SPACE_VARIANTS, ' ')
    .replace(CONTROL, ' ')
    .replace(SOFT_HYPHEN_AT_LINE_END, '')
    .replace(INVISIBLE, '');
}
