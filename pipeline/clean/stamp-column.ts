/**
 * The column a signature stamp leaves: an e-signature ID printed vertically in the margin extracts as a run
 * of one- and two-character lines ("C", "9A", "F7", "9-", ":1", …). A run of at least MIN_STAMP_LINES such
 * lines (blank lines between them allowed) is removed when it holds a letter or punctuation — a run of
 * digits only is more likely a table column of small numbers and is kept.
 */

export const MIN_STAMP_LINES = 6;

const SHORT_FRAGMENT = /^\S{1,2}$/;
const NOT_ONLY_DIGITS = /[^\d]/;

export function removeStampColumn(text: string): string {
  const lines = text.split('\n');
  const remove = new Set<number>();
  let start = 0;
  while (start < lines.length) {
    if (!SHORT_FRAGMENT.test(lines[start]!.trim())) {
      start++;
      continue;
    }
    let end = start;
    const fragments: string[] = [];
    for (let i = start; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      if (!SHORT_FRAGMENT.test(line)) break;
      fragments.push(line);
      end = i;
    }
    if (fragments.length >= MIN_STAMP_LINES && fragments.some((fragment) => NOT_ONLY_DIGITS.test(fragment))) {
      for (let i = start; i <= end; i++) remove.add(i);
    }
    start = end + 1;
  }
  return lines.filter((_, index) => !remove.has(index)).join('\n');
}
