/**
 * A pattern of many word phrases with a long gap between their words, tested without compiling it whole: organ's verb
 * phrases ("Socialnämnden har i dag beslutat", "Kommunstyrelsen sa på tisdagen ja till") allow adverbials at every gap, and
 * with the adverbials inlined at each of them the alternation was 8,000–73,000 characters, which V8 compiled (about 100 ms
 * each) in every process. Here the lead (what stands before a phrase) is one lookbehind, tried only where a phrase's first
 * word stands, and each phrase is its own small pattern from there, compiled when a text first holds all its words.
 *
 * It answers as `new RegExp(source, flags).test(text)` does. A test only asks whether some way of matching exists, so
 * `LEAD(?:A|B)SUFFIX` matches exactly where LEAD matches up to some offset from which A (or B) and SUFFIX match; and a
 * phrase can start only where its first word stands, and match only where all its words do.
 */

/** What a context rule tests a window with: a pattern, or these phrases. */
export interface TextTest {
  /** A pattern source that matches where this does. */
  readonly source: string;
  test(text: string): boolean;
}

/**
 * A phrase as slots in order, each slot the words one of which stands there (a space inside one standing for [ \t]+: "kommer
 * att"). Gaps stand between slots.
 */
export type Phrase = readonly (readonly string[])[];

export interface GappedPhrasesSpec {
  /** From the window's start (^) to a phrase's first word: must end with [ \t]+ (a word is read only after a space or tab). */
  lead: string;
  /** Between two slots: must end with [ \t]+ and start with no letter. */
  gap: string;
  /** After a phrase's last word: must start with no letter. */
  suffix: string;
  phrases: readonly Phrase[];
  /** Without i (words compare exactly), g or y. */
  flags: string;
  /** Words that stand in every match of the lead, after a space or tab and before no letter ("som" in "Det är X som …"). */
  leadWords?: readonly string[];
}

const SPACE_END = '[ \\t]+';
const LETTER = /\p{L}/u;
const slotSource = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, SPACE_END)).join('|')})`;

export class GappedPhrases implements TextTest {
  readonly source: string;
  private readonly phraseSources: readonly string[];
  /** Each phrase's first words, and the first words of each of its later slots. */
  private readonly firsts: readonly (readonly string[])[];
  private readonly laters: readonly (readonly (readonly string[])[])[];
  private readonly compiled: (RegExp | undefined)[];

  constructor(private readonly spec: GappedPhrasesSpec) {
    if (/[igy]/.test(spec.flags)) throw new Error(`GappedPhrases: flags ${spec.flags} not supported`);
    if (!spec.lead.endsWith(SPACE_END) || !spec.gap.endsWith(SPACE_END)) throw new Error('GappedPhrases: lead and gap must end with [ \\t]+');
    for (const word of spec.phrases.flat(2)) if (!/^\p{L}+(?: \p{L}+)*$/u.test(word)) throw new Error(`GappedPhrases: not a word: ${word}`);
    this.phraseSources = spec.phrases.map((phrase) => phrase.map(slotSource).join(spec.gap));
    this.source = `${spec.lead}(?:${this.phraseSources.join('|')})${spec.suffix}`;
    this.firsts = spec.phrases.map(([first]) => [...new Set(first!.map(firstWord))]);
    this.laters = spec.phrases.map(([, ...rest]) => rest.map((words) => [...new Set(words.map(firstWord))]));
    this.compiled = spec.phrases.map(() => undefined);
  }

  test(text: string): boolean {
    const { leadWords } = this.spec;
    const words = standingWords(text);
    if (leadWords && !standsAny(words, leadWords)) return false;
    // Offsets where the lead was tried, and its answer.
    const leads = new Map<number, boolean>();
    for (let k = 0; k < this.firsts.length; k++) {
      if (!this.laters[k]!.every((later) => standsAny(words, later))) continue;
      for (const word of this.firsts[k]!) {
        for (const at of words.get(word) ?? []) {
          let lead = leads.get(at);
          if (lead === undefined) leads.set(at, (lead = this.leadAt(text, at)));
          if (lead && this.phraseAt(k, text, at)) return true;
        }
      }
    }
    return false;
  }

  /** How many phrases' patterns have been compiled so far (for tests). */
  get compiledPhrases(): number {
    return this.compiled.filter((pattern) => pattern !== undefined).length;
  }

  /** Whether the lead matches from the text's start up to `at`: one lookbehind (its ^ the text's start), tried backwards from there. */
  private leadAt(text: string, at: number): boolean {
    const key = `${this.spec.flags}/${this.spec.lead}`;
    let pattern = leadPatterns.get(key);
    if (!pattern) leadPatterns.set(key, (pattern = new RegExp(`(?<=${this.spec.lead})`, `${this.spec.flags}y`)));
    pattern.lastIndex = at;
    return pattern.test(text);
  }

  private phraseAt(k: number, text: string, at: number): boolean {
    const pattern = (this.compiled[k] ??= new RegExp(`(?:${this.phraseSources[k]})${this.spec.suffix}`, `${this.spec.flags}y`));
    pattern.lastIndex = at;
    return pattern.test(text);
  }
}

/** Lead lookbehinds by flags and source: phrase lists with one lead share it, compiled once. */
const leadPatterns = new Map<string, RegExp>();

const firstWord = (word: string) => word.split(' ')[0]!;

/**
 * Where each word stands in a text, in order: a whole run of letters after a space or tab (what a phrase's word must be:
 * after a space or tab, before no letter). Read in one pass, and kept for the last text: the rules of a context test the
 * same window one after another, and each list of phrases asks for dozens of words, which a search per word read again.
 */
let lastText: string | undefined;
let lastWords = new Map<string, number[]>();
function standingWords(text: string): ReadonlyMap<string, readonly number[]> {
  if (text === lastText) return lastWords;
  const words = new Map<string, number[]>();
  for (let at = 1; at < text.length; at++) {
    const before = text.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09) continue;
    let end = at;
    while (end < text.length && isLetterAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    if (end === at) continue;
    const word = text.slice(at, end);
    const offsets = words.get(word);
    if (offsets) offsets.push(at);
    else words.set(word, [at]);
    at = end;
  }
  lastText = text;
  lastWords = words;
  return words;
}

/** Whether a letter (\p{L}) starts at `at`: per code unit below 0x10000, answered once each (0 not yet asked, 1 a letter, 2 not). */
const LETTERS = new Uint8Array(0x10000);
function isLetterAt(text: string, at: number): boolean {
  const code = text.codePointAt(at)!;
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  let known = LETTERS[code]!;
  if (known === 0) LETTERS[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const standsAny = (words: ReadonlyMap<string, readonly number[]>, any: readonly string[]) => any.some((word) => words.has(word));
