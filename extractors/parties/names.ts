/**
 * Organisation names as texts write them, made canonical: line-break hyphens joined ("FK-\nLänken"),
 * whitespace collapsed, a grammatical genitive dropped ("Röda Korsets Gotland-krets" → "Röda Korset Gotland",
 * "Särö Golf Clubs satsning" → "Särö Golf Club") while a genitive that is part of the name stays
 * ("Röda Korsets behandlingscenter för krigsskadade och torterade"). Also the comparisons that tell
 * whether two mentions name one organisation: spelling slips ("Röda Koret"), definite forms
 * ("Bridgesektionen"), a shorter form inside a fuller one ("Röda Korset" in "Röda Korset Gotland").
 */
import lexicon from '../lexicon/ideburna.json' with { type: 'json' };
import formNouns from '../lexicon/organisation-form-nouns.json' with { type: 'json' };
import { perKey } from '../engine/memo.js';
import { SuffixSet } from '../engine/suffix-set.js';
import { findKommun } from './lexicon.js';

const SUFFIX_MARKERS = new SuffixSet(lexicon.suffixMarkers.map((m) => m.toLowerCase()));
const UNIT_NOUNS = new Set(lexicon.unitNouns);
const IGNORABLE = new Set(lexicon.ignorableWords);

/** Joins a word hyphenated over a line break and collapses whitespace. */
// Each replacement only where its character stands: most names hold no line break and no slash.
export function cleanName(raw: string): string {
  let name = raw;
  if (name.includes('\n')) {
    name = name
      .replace(/-[ \t]*\n[ \t]*(?=\p{Lu})/gu, '-') // "FK-\nLänken": the hyphen is the name's own
      .replace(/-[ \t]*\n[ \t]*(?=\p{Ll})/gu, ''); // "krigs-\nskadade": a break inside a word
  }
  if (name.includes('/')) name = name.replace(/\/\s+(?=\p{Lu})/gu, '/'); // "Värmdö/ Nacka": places joined by a slash are one word
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * The type nouns of organisations as words of their own: the form nouns ("förening", "föreningen", "klubben",
 * "stiftelsen") and every marker word of a name ("ideell", "fotboll", "kyrkan").
 */
const TYPE_NOUNS = new Set([...formNouns.nouns.flat(), ...lexicon.suffixMarkers, ...lexicon.prefixMarkers].map((m) => m.toLowerCase()));
/**
 * A type noun alone ("Föreningen", "Klubben", "Stiftelsen") names no organisation: it points back to one named before,
 * as in "Föreningen beviljas 130 000 kronor" after "… får orienteringsklubben OK Bävern", or "Klubben får 25 000 kronor".
 * A compound with a word of its own before the noun ("Hembygdsföreningen", "Scoutkåren") and a name of more words stay.
 */
export const isTypeNounAlone = (name: string) => TYPE_NOUNS.has(name.trim().toLowerCase());

/** Whether a word of a name ends in a marker of an organisation ("Tennisklubb", "Bridgesektion", "Club"). */
export function hasSuffixMarker(word: string): boolean {
  return SUFFIX_MARKERS.endsAny(word.toLowerCase());
}

/** "Korsets" → "Korset", "Clubs" → "Club", "RKC:s" → "RKC", "IOGT-NTOs" → "IOGT-NTO"; a word that is no genitive stays. */
export function stripGenitive(word: string): string {
  if (/:s$/.test(word)) return word.slice(0, -2);
  // An abbreviation in capitals takes its genitive s in lower case, with or without the colon.
  if (/^\p{Lu}[\p{Lu}\d-]*\p{Lu}s$/u.test(word)) return word.slice(0, -1);
  // A marker word ending in s is no genitive: "Uppsala rödakorskrets".
  if (hasSuffixMarker(word)) return word;
  if (!/\p{L}s$/u.test(word) || /(?:ss|us|is|os|ås)$/.test(word)) return word;
  const base = word.slice(0, -1);
  // A definite noun ("Länken", "Korset", "Människan", "Frälsningsarmén") or a marker word takes a genitive s; other words ending in s are names ("Sensus").
  return /(?:en|et|an|na|rna|én)$/.test(base) || hasSuffixMarker(base) ? base : word;
}

/**
 * A kommun's name in the genitive ("Lunds", "Göteborgs"): at the end of a name it is the grammar of the sentence
 * ("Kvinnojouren Lunds arbete" is about "Kvinnojouren Lund"), the kommun's own genitive and nothing else.
 */
export function isPlaceGenitive(word: string): boolean {
  const base = word.slice(0, -1);
  const kommun = word.endsWith('s') ? findKommun(base) : null;
  return kommun !== null && kommun.name === base && kommun.genitive === word;
}

/** A team of staff ("Uppsökarteam", "Fältteamet"): no organisation's name ends in one, only its work. */
const TEAM = /^\p{Lu}\p{Ll}+team(?:et)?$/u;

/**
 * Whether the words before a krets are an organisation's: a national one ("Röda Korsets Gotlandskrets") or one marked
 * ("Ekby Pensionärsförenings Åbykrets"), not a place whose organisation is inside the krets word ("Arvikabygdens
 * Rödakorskrets" is Röda Korset's krets for Arvikabygden, and stays as written).
 */
const KNOWN_LOWER = new Set(lexicon.knownOrganisations.map((n) => n.toLowerCase()));
const namesOrganisation = (words: string) => KNOWN_LOWER.has(words.toLowerCase()) || words.split(' ').some(hasSuffixMarker);
/** "<Org>s <Place>-krets(en)": the krets is the organisation's unit for a place, named "<Org> <Place>". */
const KRETS = /^(.+?)s (\p{Lu}[\p{L}-]*?)-?krets(?:en)?$/u;

/**
 * The canonical form of an organisation's name: cleaned, with a grammatical genitive at its end dropped
 * and a "krets" rewritten to the organisation and its place.
 */
export function canonicalOrganisation(raw: string): string {
  const name = cleanName(raw);
  const krets = KRETS.exec(name);
  if (krets && namesOrganisation(krets[1]!)) return `${krets[1]} ${krets[2]}`;
  const words = name.split(' ');
  // "Föreningen Löftaleden Ideell Förening": the appositive "Föreningen" repeats what the name says.
  if (words.length > 2 && /^(?:föreningen|stiftelsen)$/i.test(words[0]!) && words[words.length - 1]!.toLowerCase().startsWith(words[0]!.toLowerCase().slice(0, -2))) {
    words.shift();
  }
  // "Organisationen Ekby Mentorer": the common noun opening a sentence introduces the name, unlike "Föreningen"/"Stiftelsen",
  // which many names begin with.
  if (words.length > 1 && /^organisationen$/i.test(words[0]!)) words.shift();
  // "Stockholms Stadsmission Uppsökarteam": a team of the organisation's staff at its name's end is the organisation.
  if (words.length > 2 && TEAM.test(words[words.length - 1]!)) words.pop();
  const last = words.length - 1;
  // A genitive before a unit noun belongs to the name ("Röda Korsets behandlingscenter"); at the end it is grammar.
  if (!words.some((w, i) => i > 0 && UNIT_NOUNS.has(w.toLowerCase()))) words[last] = stripGenitive(words[last]!);
  if (last > 0 && isPlaceGenitive(words[last]!)) words[last] = words[last]!.slice(0, -1);
  return words.join(' ');
}

/** Lower-case words of a name for comparison, genitive s dropped, generic words ("föreningen") left out. */
export function nameWords(name: string, keepIgnorable = false): string[] {
  return keepIgnorable ? ALL_WORDS(name) : CONTENT_WORDS(name);
}

/**
 * Grouping compares every mention with every group: the words of a name are computed once. One cache for each kind of
 * words, keyed by the name itself (a key joined per question made a new string to hash every time).
 */
const WORDS_CACHE_LIMIT = 10_000;
const CONTENT_WORDS = perKey((name: string) => splitNameWords(name, false), WORDS_CACHE_LIMIT);
const ALL_WORDS = perKey((name: string) => splitNameWords(name, true), WORDS_CACHE_LIMIT);

function splitNameWords(name: string, keepIgnorable: boolean): string[] {
  return cleanName(name)
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/[().]/g, ''))
    .filter((w) => w !== '' && (keepIgnorable || !IGNORABLE.has(w)))
    .map((w) => (w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));
}

/** The key that names with equal words share. */
export function organisationKey(name: string): string {
  return nameWords(name, true).join(' ');
}

/**
 * A comparison of two names, answered once per pair: grouping compares every mention with every group, and
 * folds groups again after each merge, with the same few names over and over.
 */
function perPair(compare: (a: string, b: string) => boolean): (a: string, b: string) => boolean {
  // A map per first name: building a joined key for every question cost more than most answers.
  const answers = new Map<string, Map<string, boolean>>();
  let size = 0;
  return (a, b) => {
    let ofA = answers.get(a);
    let answer = ofA?.get(b);
    if (answer === undefined) {
      if (size > WORDS_CACHE_LIMIT) {
        answers.clear();
        size = 0;
        ofA = undefined;
      }
      if (!ofA) answers.set(a, (ofA = new Map()));
      answer = compare(a, b);
      ofA.set(b, answer);
      size++;
    }
    return answer;
  };
}

/** Two words are one when equal, or one slip apart in a long word ("koret"/"korset", "sektion"/"sektionen"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  if (a.startsWith(b) || b.startsWith(a)) return Math.abs(a.length - b.length) <= 2; // definite forms
  return withinOneEdit(a, b) || swappedNoun(a, b);
}

/**
 * "ryttarsällskap"/"ryttarförening", "jaktskytteklubb"/"jaktskytteförening": one compound with its association noun swapped
 * (lexicon/organisation-form-nouns.json swappedNouns), a slip of the text's, on a word of its own of four letters or more.
 */
const SWAPPED_NOUN = new RegExp(`^(\\p{L}{4,}?)(${formNouns.swappedNouns.join('|')})(?:en|et)?$`, 'u');
function swappedNoun(a: string, b: string): boolean {
  const stem = SWAPPED_NOUN.exec(a)?.[1];
  return stem !== undefined && stem === SWAPPED_NOUN.exec(b)?.[1];
}
/** The association noun closing a name's last word, any form ("Ekby Jaktskytteklubben" → "klubb"), or null. */
export const swappedNounOf = (name: string): string | null => SWAPPED_NOUN.exec(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())?.[2] ?? null;

/**
 * Whether two words are at most one edit apart in optimal string alignment (Levenshtein with adjacent transpositions:
 * "kf"/"fk"): one character changed, added or dropped, or two neighbours swapped. Read from the first difference, without
 * filling the whole distance table, which cost an array per row for every pair of words compared.
 */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (a.length === b.length + 1) return a.slice(i + 1) === b.slice(i);
  if (b.length === a.length + 1) return a.slice(i) === b.slice(i + 1);
  return false;
}

/** Whether two names are the same organisation written differently ("Röda Koret Gotland", "Röda korset Gotland"). */
export const sameOrganisation = perPair((a: string, b: string): boolean => {
  const wa = nameWords(a);
  const wb = nameWords(b);
  return wa.length === wb.length && wa.length > 0 && wa.every((w, i) => sameWord(w, wb[i]!));
});

/** Whether `shorter` is named inside `fuller` ("Röda Korset" in "Svenska Röda Korsets behandlingscenter …"). */
export const namedWithin = perPair((shorter: string, fuller: string): boolean => {
  const ws = nameWords(shorter);
  const wf = nameWords(fuller);
  if (ws.length === 0 || ws.length > wf.length) return false;
  const lastAt = ws.length - 1;
  for (let i = 0; i + ws.length <= wf.length; i++) {
    if (ws.every((w, j) => sameWord(w, wf[i + j]!) || (j === lastAt && lastAt > 0 && beforeTypeNoun(w, wf[i + j]!)))) return true;
  }
  return ws.length > 1 && compoundedWithin(ws, wf);
});

/** A word this long before a type noun is a name's own word ("hockey", "fotboll"), not a chance stem. */
const MIN_HEAD = 4;
/** The type nouns a club's name may close on and its short form leave off. */
const CLUB_NOUNS: ReadonlySet<string> = new Set(['förening', 'föreningen', 'klubb', 'klubben', 'sällskap', 'sällskapet', 'förbund', 'förbundet']);
/**
 * A club called by its sport without its type noun: "Bodens Hockey" is "Bodens Hockeyförening", "Ekby Fotboll" is "Ekby
 * Fotbollsklubb" (a linking s between). Only the shorter name's last word, after a word of its own: "Hockey" alone names
 * no club, and "Ekby Hockey" is not "Ekby Hockeyhall" (no type noun).
 */
function beforeTypeNoun(word: string, fuller: string): boolean {
  if (word.length < MIN_HEAD || !fuller.startsWith(word)) return false;
  const rest = fuller.slice(word.length);
  return CLUB_NOUNS.has(rest) || (rest.startsWith('s') && CLUB_NOUNS.has(rest.slice(1)));
}

/** A stem this long is a name's own, not a chance run of letters. */
const MIN_COMPOUND_STEM = 6;

/**
 * A name of several words written as the first half of a compound in the fuller name: "Röda korset" in
 * "Uppsala rödakorskrets" (a krets of the Red Cross), "Hela Människan" in "Helamänniskanföreningen".
 */
function compoundedWithin(shorter: readonly string[], fuller: readonly string[]): boolean {
  const stem = shorter.join('').replace(/(?:et|en|an|n|t)$/, '');
  return stem.length >= MIN_COMPOUND_STEM && fuller.some((w) => w.length > stem.length && w.includes(stem));
}
