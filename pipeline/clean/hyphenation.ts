/**
 * Line-end hyphenation: "organisa-" + "tioner" → "organisationer". Two kinds of line-end hyphen are real and
 * survive:
 *   - a Swedish suspended compound, "krigs- och tortyrskadade", "hälso- och sjukvårdsnämnden": the next line
 *     starts with a linking word (lexicon/suspended-compound-links.json), so the line is left as it is;
 *   - a hyphenated code or name, "ASN-2021-" + "6250", "IOP-" + "avtal": a side holds a digit, or the part
 *     before the hyphen is an upper-case abbreviation, or the next part starts upper-case; the halves are
 *     joined and the hyphen kept;
 *   - a word the document itself writes with a hyphen inside a line ("Rinkeby-kista"): where the same word
 *     breaks at its hyphen, the hyphen is the word's own, not the typesetter's.
 * A joined word moves up to the end of its first line; the rest of the next line stays where it was.
 */
import links from './lexicon/suspended-compound-links.json' with { type: 'json' };

const LINKING_WORDS = new Set(links.words);
const WORD_OR_HYPHEN = /[\p{L}\d-]/u;
const FIRST_WORD = /^(\S+)(.*)$/s;

/**
 * A word with an inner hyphen. It starts only where a word starts, and its first run of letters cannot give
 * back characters (a lookahead is atomic): a long line without hyphens costs one pass, not one per position.
 */
const INNER_HYPHENATED = /(?<![\p{L}\d])(?=([\p{L}\d]+))\1(?:-[\p{L}\d]+)+/uy;
/** One character of a word: a letter or a digit. */
const WORD_CHARACTER = /[\p{L}\d]/u;

/**
 * The words the texts write with a hyphen inside a line, lower-cased: evidence that such a hyphen is real.
 * Tried only at hyphens: from each hyphen after a letter or digit back to where its word starts, and the
 * pattern tried there alone (sticky), so a page is not tried at every offset; a hyphen inside a word found
 * already is passed over. The same words as INNER_HYPHENATED over the whole text.
 */
export function hyphenatedVocabulary(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (let from = 0, hyphen = text.indexOf('-'); hyphen !== -1; hyphen = text.indexOf('-', Math.max(hyphen + 1, from))) {
      if (hyphen < from) continue;
      const start = runStart(text, hyphen);
      if (start === hyphen) continue;
      INNER_HYPHENATED.lastIndex = start;
      const match = INNER_HYPHENATED.exec(text);
      if (!match) continue;
      words.add(match[0].toLowerCase());
      from = INNER_HYPHENATED.lastIndex;
    }
  }
  return words;
}

/** Where the run of letters and digits ending at `end` starts (`end` itself when none ends there); a character outside the BMP counts whole. */
function runStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const pair = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    const before = start - (pair ? 2 : 1);
    if (!WORD_CHARACTER.test(text.slice(before, start))) break;
    start = before;
  }
  return start;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function joinLineEndHyphenation(text: string, known: ReadonlySet<string> = new Set()): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const joined = joinHyphenatedPair(lines[i]!, lines[i + 1]!, known);
    if (!joined) continue;
    [lines[i], lines[i + 1]] = joined;
    if (lines[i + 1] === '') lines.splice(i + 1, 1);
  }
  return lines.join('\n');
}

/**
 * A word hyphenated across a page break: the last line of one page ends "samhäl-", the next page starts
 * "le, …". The joined word moves up to the first page (it starts there); the next page loses its first word.
 */
export function joinHyphenationAcrossPages(pages: readonly string[], known: ReadonlySet<string> = new Set()): string[] {
  const result = [...pages];
  for (let i = 0; i < result.length - 1; i++) {
    const page = result[i]!;
    const next = result[i + 1]!;
    const lastBreak = page.lastIndexOf('\n');
    const firstBreak = next.indexOf('\n');
    const joined = joinHyphenatedPair(page.slice(lastBreak + 1), firstBreak === -1 ? next : next.slice(0, firstBreak), known);
    if (!joined) continue;
    result[i] = page.slice(0, lastBreak + 1) + joined[0];
    const rest = firstBreak === -1 ? '' : next.slice(firstBreak + 1);
    result[i + 1] = joined[1] === '' ? rest : `${joined[1]}${firstBreak === -1 ? '' : '\n'}${rest}`;
  }
  return result;
}

/** The two lines with the hyphenated word joined onto the first, or null when the hyphen is real. */
function joinHyphenatedPair(line: string, nextLine: string, known: ReadonlySet<string>): [string, string] | null {
  const trimmed = line.trimEnd();
  const left = trailingHyphenated(trimmed);
  const next = FIRST_WORD.exec(nextLine.trimStart());
  if (left === null || !next) return null;
  const right = next[1]!;
  if (LINKING_WORDS.has(right.toLowerCase())) return null;
  const keepHyphen = isCodeOrName(left, right) || known.has(`${left}-${wordStart(right)}`.toLowerCase());
  const joined = (keepHyphen ? trimmed : trimmed.slice(0, -1)) + right;
  return [joined, (next[2] ?? '').trimStart()];
}

/**
 * The hyphenated token a line ends with, without its last hyphen: letters and digits, possibly earlier
 * hyphens ("ASN-2021-" → "ASN-2021"); null when the line does not end so. Scanned back from the end, so
 * it costs the token's length whatever the line holds (a pattern anchored at $ is tried from every position).
 */
function trailingHyphenated(line: string): string | null {
  if (!line.endsWith('-')) return null;
  let start = line.length - 1;
  while (start > 0 && WORD_OR_HYPHEN.test(line[start - 1]!)) start--;
  while (start < line.length - 1 && line[start] === '-') start++;
  return start < line.length - 1 ? line.slice(start, -1) : null;
}

/** The letters and digits a line starts with: "kista," → "kista". */
function wordStart(right: string): string {
  return /^[\p{L}\d]+/u.exec(right)?.[0] ?? right;
}

/** "ASN-2021-" + "6250", "IOP-" + "avtal", "e-" + "post", "Röda Korset-" + "Gotland": the hyphen is part of the word. */
function isCodeOrName(left: string, right: string): boolean {
  const beforeHyphen = left.split('-').pop() ?? '';
  return (
    /\d/.test(left) ||
    /^\d/.test(right) ||
    /^\p{Lu}/u.test(right) ||
    /^\p{Lu}{2,}$/u.test(beforeHyphen) ||
    beforeHyphen.length === 1
  );
}
