/**
 * Where organisation names stand in running text. A name is a run of capitalised words ("Röda Korset
 * Gotland", "SPF Vallda Släp Bridgesektion", "Stiftelsen 1000 Möjligheter") or starts with a national
 * organisation written in any case ("Röda korset Gotland"), and may go on with
 *   - lower-case words ending in a marker ("Vallda tennishall ekonomisk förening", "Husby hantverksförening"),
 *   - a lower-case tail that belongs to names ("Erikshjälpen Second hand", "X ideell förening"),
 *   - a place after a definite noun ("Stadsmissionen i Kalmar", "Skyddsvärnet i Göteborg"),
 *   - a unit after a genitive, with what it is for and where ("Röda Korsets behandlingscentrum för krigs- och
 *     tortyrskadade i Malmö", "Adoptionscentrums lokalgrupp på Gotland").
 * A name runs over a line break only inside a hard-wrapped paragraph, never out of a heading or list line.
 */
import lexicon from '../lexicon/ideburna.json' with { type: 'json' };
import people from '../lexicon/people-nouns.json' with { type: 'json' };
import { cleanName, hasSuffixMarker, isPlaceGenitive } from './names.js';
import { ADMINISTRATIVE_UNIT, markerStrength } from './not-organisations.js';
import { isPublicBody } from './organ.js';
import { findKommun } from './lexicon.js';
import { isWhitespace, PhraseMatcher } from '../engine/phrase-trie.js';
import { fitsAtEnd } from '../engine/window-end.js';
import { SUM_IN_TEXT } from '../amounts/numerals.js';
import { perKey } from '../engine/memo.js';
import { eachMatch, matchesNear, matchesOpening, nearPattern, openingPattern, wordThenSpaceBefore, wordsThenSpaceBefore } from '../engine/sticky.js';

export interface NameSpan {
  start: number;
  end: number;
  /** Whether the name begins with a national organisation from the lexicon. */
  known: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

/** A line at least this long is hard-wrapped prose: a name may go on onto the next line. */
const PROSE_LINE = 60;

/** A compound's first half coordinated with a whole word: "Kvinno- och tjejjouren", "Brottsoffer- och kvinnojouren". */
const COORDINATED_HALF = String.raw`(?:-[ \t]+(?:och|eller|samt)[ \t]+\p{L}[\p{L}\d]*)`;
/** Places joined by a slash for one organisation working in both: "Kvinnojouren Nacka/Värmdö", "i Värmdö/ Nacka". */
// Not an agenda's matter after the slash, which closes the name: "4 Ekbymuseet/Ansökan", "Ekby IF/Yttrande".
const SLASHED_MATTER = String.raw`(?:Ansökan|Ansökningar|Begäran|Beslut|Yttrande|Information|Samråd|Remiss|Förslag)(?![\p{L}\d])`;
const SLASHED = String.raw`(?:\/[ \t]?(?!${SLASHED_MATTER})\p{Lu}[\p{L}\d]*)`;
/** A web address for a name: "Nattvandring.nu", "Mentor.se". */
const DOMAIN = String.raw`(?:\.(?:nu|se|org|com|net)(?![\p{L}\d]))`;
/**
 * A word may open with a digit before its capital and a hyphen: "Stättareds 4H-gård", "Ekby 4H-klubb"; or be a digit and
 * capitals alone, an organisation's letters ("avtal med 4H", "bidrag till 3F"; not "3D-skrivare", "2a", "5G-nätet" stays a word).
 */
const WORD = String.raw`(?:\p{Lu}|\d\p{Lu}(?=[-–]|\p{Lu}*(?![\p{L}\d])))[\p{L}\d’'&]*(?:${COORDINATED_HALF}|(?:[-–](?:\n[ \t]*)?[\p{L}\d]+)*)${SLASHED}*${DOMAIN}?(?::s)?`;
/**
 * A national organisation's "&" is written "och" as often ("Friskis och Svettis" is "Friskis & Svettis"); a name without
 * "&" has no other spelling ("Röda Korset").
 */
const KNOWN_NAMES = byLength(lexicon.knownOrganisations.flatMap((n) => (n.includes(' & ') ? [n, n.replace(/ & /g, ' och ')] : [n])));
const KNOWN = String.raw`(?:${KNOWN_NAMES.map(escape).join('|')})s?(?![\p{L}\d])`;
const CAP_WORD = new RegExp(`${WORD}(?![\\p{L}\\d])`, 'uy');
const KNOWN_WORD = new RegExp(KNOWN, 'iuy');
const KNOWN_WHOLE = new RegExp(`^${KNOWN}$`, 'iu');
/** KNOWN as a whole word anywhere in a text: one trie pass (engine/phrase-trie.ts), not an alternation of every name. */
const KNOWN_ANYWHERE = new PhraseMatcher(KNOWN_NAMES, { notAfter: /[\p{L}\d-]/u, notBefore: /[\p{L}\d]/u, suffixes: ['s', ''] });
/**
 * A name starts at a capitalised word not inside another word, or after one stray lower-case letter opening a paragraph:
 * a newspaper's drop-cap or bullet glyph saved as text ("fJärfälla kvinnojour är en ideell förening", "fVerksamhetsstödet
 * från …"). Not inside a sentence ("iPhone", "eSport" mid-line stay words of their own). Nor after a hyphen inside a word, but
 * after a dash opening a line, a quote's or a bullet's without its space: "-Kvinnojouren Härnösand är en livsavgörande verksamhet".
 */
// The lookahead repeats what WORD opens with (a capital or a digit): tested first, it passes over the other offsets at
// one character, where the lookbehinds alone were tried at every offset of the text (twice as slow over the bench corpus).
// Tried only at a capital or a digit (engine/sticky.ts matchesOpening), as the lookahead says every match opens.
export const NAME_START = openingPattern(
  new RegExp(`(?=[\\p{Lu}\\d])(?:(?<![\\p{L}\\d'’-])|(?<=(?:^|\\n)[ \\t]*[\\p{Ll}–-]))${WORD}(?![\\p{L}\\d])`, 'gu'),
  /[\p{Lu}\d]/u,
);
const INNER_NUMBER = /\d+(?=[ \t]+\p{Lu})/uy;
const AMPERSAND = /&(?=[ \t]+\p{Lu})/uy;
/** "Nationell Samverkan för Psykisk Hälsa": "för" inside a name runs on to a capitalised word. */
const FOR_CAPITALISED = /för(?=[ \t]+\p{Lu}\p{Ll})/uy;
const TAIL = new RegExp(String.raw`(?:${byLength(lexicon.nameTails).map(escape).join('|')})(?![\p{L}\d])`, 'iuy');
/** Lower-case content words (no "för", "och", "med") ending in a marker: "tennishall ekonomisk förening", "Umeå kår". */
// Nor a word that opens a clause or a phrase about the name ("Floda Boif vad gäller föreningens …", "X när föreningen").
const FUNCTION_WORD = String.raw`(?:för|och|med|som|att|den|det|har|till|från|om|av|på|vid|hos|samt|är|var|ska|vad|gäller|när|där|då|även|också|inte|eller|men|sin|sitt|sina|efter|under|genom|inom|mellan|utan)(?![\p{L}])`;
// A compound's first half coordinated with a whole word is one word of the name: "Härnösands kvinno- och tjejjour".
const LOWER_WORD = String.raw`(?!${FUNCTION_WORD})\p{Ll}[\p{L}-]{2,}(?:(?<=-)[ \t]+(?:och|eller|samt)[ \t]+\p{Ll}[\p{L}-]{2,})?`;
const LOWER_WORDS = new RegExp(String.raw`(?:${LOWER_WORD}[ \t]+){0,2}${LOWER_WORD}(?![\p{L}\d])`, 'uy');
const PLACE = new RegExp(String.raw`i[ \t]+\p{Lu}\p{L}+${SLASHED}*(?![\p{L}\d])`, 'uy');
/** "Stadsmissionen i Lunds stad": a kommun's genitive before "stad"/"kommun" is the place's whole name, not a word cut off. */
const PLACE_BODY = /[ \t]+(?:stad|kommun)(?![\p{L}\d])/uy;
/** A name's own place ending in a public party's name ("… i Lunds stad"): the name may hold that party there only. */
const OWN_PLACE_BODY = /[ \t]+i[ \t]+\p{Lu}\p{L}+[ \t]+(?:stad|kommun)$/u;
/** Where a name stops being its own words: before its place when that place is a public party's name. */
export const ownWordsEnd = (text: string, span: { start: number; end: number }) =>
  span.end - (OWN_PLACE_BODY.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
/** The end of the place read from `at` to `place`, with its "stad"/"kommun" when it is written as a kommun's genitive. */
const placeEnd = (text: string, at: number, place: number) => {
  // Its last word read from the place alone: the text before it is no part of the word and may be long.
  const word = /\p{L}+$/u.exec(text.slice(at, place))?.[0] ?? '';
  const body = isPlaceGenitive(word) ? matchAt(text, place, PLACE_BODY) : -1;
  return body > 0 ? body : place;
};
/**
 * A national organisation's letters alone ("PRO", "4H", "RFSU") with a place after them name its local branch, the
 * kommun's partner: "PRO i Kil har drygt 450 medlemmar", "avtal med 4H i Malmö". Not the letters of a state or a
 * kommun's body ("MSB i Karlstad", "SDN i Ekby"), nor the last of two organisations sharing the place ("Röda Korset och
 * ABF i Malmö": the place may be both's).
 */
const LETTERS = /^(?=[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,6}$/u;
const NOT_BRANCH_LETTERS = new Set([...lexicon.publicAbbreviations, ...lexicon.publicUnitAbbreviations]);
const SECOND_OF_TWO = /(?:och|samt|&)[ \t]+$/u;
const localBranch = (text: string, start: number, nameSoFar: string) =>
  LETTERS.test(nameSoFar) && !NOT_BRANCH_LETTERS.has(nameSoFar) && !SECOND_OF_TWO.test(text.slice(Math.max(0, start - 6), start));
/** A definite noun ("Stadsmissionen", "Skyddsvärnet", "Jourerna"): written without an article, it takes a place to be a name. */
const DEFINITE_NOUN = /^\p{L}\p{Ll}+(?:en|et|an|na)$/u;
/** "i Eskilstuna och Nyköping", "i Malmö, Lund": a list of places (kommuner) where an organisation works. */
// A place's genitive before a name ("i Mölndal, Mölndals Stadsmission och …") starts the next organisation, not a place.
const MORE_PLACES = /^[ \t]*(?:,|och|samt)[ \t]+(\p{Lu}\p{L}+)(?!\p{L})(?![ \t]+(?:kommun|stad)(?!\p{L}))(?![ \t]+\p{Lu})/u;
const morePlaces = (after: string) => {
  const next = MORE_PLACES.exec(after)?.[1];
  return next !== undefined && findKommun(next) !== null;
};
const LAN = /län(?![\p{L}\d])/uy;
/** "län" after a place read with PLACE ("i Skåne" + " län"). */
const COUNTY = /[ \t]+län(?![\p{L}\d])/uy;
/**
 * An organisation's own region after its name: "Röda Korset region Gotland", "BRIS Region öst". Written in lower case
 * before a place, or before a point of the compass, "region" is the organisation's unit, not the public region.
 */
const ORGANISATION_REGION = /(?:region[ \t]+\p{Lu}\p{L}+|[Rr]egion[ \t]+(?:öst|väst|syd|norr|nord|mitt|sydost|nordost|sydväst|nordväst))(?![\p{L}\d])/uy;
/**
 * Where a whole name may end in a sentence: a punctuation mark, a line's end, a word that follows a name ("har", "om",
 * "i"), or a sum in a list of grants ("- Föreningen för långtidssjukskrivna 5 kkr").
 */
const NAME_END = String.raw`(?=[.,;:!?)”"»]|[ \t]*(?:\n|$)|[ \t]+${SUM_IN_TEXT}|[ \t]+(?:${lexicon.afterNameWords.join('|')})(?![\p{L}\d]))`;
/**
 * "Föreningen Vägen ut": a verb particle ends a name after an opening "Föreningen"/"Stiftelsen" where a name may end
 * (NAME_END); before an object it is the verb's, the subject put after it ("I år delar Föreningen X ut stipendier").
 */
const PARTICLE = new RegExp(String.raw`(?:${lexicon.nameParticles.join('|')})${NAME_END}`, 'uy');
/**
 * "Anhöriga Till Missbrukare", "Föräldrar Mot Narkotika": a name written in title case capitalises its small word too. Only
 * between two title-case words, the last where a name may end (NAME_END): "Ekby IF Till Kommunstyrelsen" ends at the
 * body (continuesName), a capitalised word opening more words at a heading's "Till" is a sentence's.
 */
// A short line may break after the small word, a line too short to be prose (gap): "Ansökan från föreningen Anhöriga Till\n
// Missbrukare (ATMISS)", the name's abbreviation in brackets after its last word.
const TITLE_SMALL = ['Till', 'Mot', 'Med', 'Av', 'Utan'];
const TITLE_CASE_SMALL = new RegExp(
  String.raw`(?:${TITLE_SMALL.join('|')})(?=(?:[ \t]+|[ \t]*\n[ \t]*)\p{Lu}\p{Ll}+(?:${NAME_END}|[ \t]+\(\p{Lu}[\p{Lu}\d&-]{1,7}\)))`,
  'uy',
);
/**
 * A name whose line ends in its title-case small word goes on onto the next line (TITLE_CASE_SMALL said where it ends). Read
 * from the line's last few characters: gap() asks at the end of every name on a short line.
 */
const ENDS_IN_TITLE_SMALL = new RegExp(String.raw`(?<![\p{L}\d])(?:${TITLE_SMALL.join('|')})$`, 'u');
const endsInTitleSmall = (text: string, at: number) => ENDS_IN_TITLE_SMALL.test(text.slice(Math.max(0, at - 5), at));
const PREFIXED = new RegExp(String.raw`^(?:${lexicon.prefixMarkers.join('|')})\s`, 'iu');
/**
 * "Föreningen för psykisk hälsa", "Riksförbundet för social och mental hälsa", "Stiftelsen för kvinnor och barn": a
 * prefix marker alone names nothing; its "för" and lower-case words (with "och", "i <Place>") are the name, up to where
 * a name may end (NAME_END). A verb or a function word ends the words ("Föreningen för kvinnor har ansökt").
 */
const NAME_WORD_AFTER_FOR = String.raw`(?!(?:${lexicon.afterNameWords.filter((w) => w !== 'och').join('|')}|att|den|det|de|en|ett|sin|sitt|sina|närvarande|övrigt|egen|del|länge|mer|många)(?![\p{L}]))\p{Ll}[\p{L}-]*`;
const FOR_LOWER = new RegExp(String.raw`för(?:[ \t]+${NAME_WORD_AFTER_FOR}){1,5}(?:[ \t]+i[ \t]+\p{Lu}\p{L}+)?${NAME_END}`, 'uy');
const PREFIX_ALONE = new RegExp(String.raw`^(?:${lexicon.prefixMarkers.join('|')})$`, 'iu');
/**
 * "Föräldrar mot narkotika", "Kvinnor mot våld": people in the plural against a cause name an association. Their
 * lower-case words are the name up to where a name may end (NAME_END); any other word before "mot" is a sentence's
 * ("Insatser mot hemlöshet ska …").
 */
const PEOPLE = new Set(people.nouns);
const AGAINST_LOWER = new RegExp(String.raw`mot(?:[ \t]+${NAME_WORD_AFTER_FOR}){1,3}${NAME_END}`, 'uy');
/** … or after the common noun as an appositive: "med föreningen Vägen ut". */
const APPOSITIVE_BEFORE = /(?<!\p{L})(?:föreningen|stiftelsen)[ \t]+["”“»]?$/iu;
/**
 * Where a name with its particle stands: after a preposition or a conjunction ("med Föreningen Vägen ut"), or opening a
 * sentence or line. After a verb the subject is put after it and the particle is the verb's ("Nu flyttar föreningen X in
 * i nya lokaler", "I år delar Föreningen X ut stipendier").
 */
const PARTICLE_NAME_PLACE = /(?:^|[.!?:;]\s+|\n[ \t]*|(?<!\p{L})(?:med|till|för|och|samt|mellan|av|från|hos|åt|om|i|på|inom|via|genom|enligt)[ \t]+)(?:(?:den[ \t]+)?(?:ideella[ \t]+)?(?:föreningen|stiftelsen)[ \t]+)?["”“»]?$/iu;
const takesParticle = (text: string, start: number, end: number) => {
  const before = text.slice(Math.max(0, start - 40), start);
  return (PREFIXED.test(text.slice(start, end)) || fitsAtEnd(APPOSITIVE_BEFORE, before)) && fitsAtEnd(PARTICLE_NAME_PLACE, before);
};
/**
 * "Kultur 1740", "Förening 2000": a number of four digits closes a name where a name may end. Not a year of
 * the documents' time ("Föreningen X 2025"), an amount ("Föreningen X 200 000 kronor", "… 150 tkr") or a list's next
 * item, which NAME_END leaves out.
 */
const CLOSING_NUMBER = new RegExp(String.raw`(?!200[5-9]|20[1-3]\d)[1-9]\d{3}(?![\p{L}\d])(?![.,]\d)${NAME_END}`, 'uy');
/**
 * "Länk 80": a number of two digits closes a name of one capitalised word where the name is spoken of as one,
 * its genitive ("Länk 80:s ansökan") or a verb after it ("Länk 80 har lämnat …", "Länk 80 får …"). Not a
 * section's number ("Bilaga 12", "Paragraf 14" — NUMBERED_WORDS), nor a sum.
 */
const CLOSING_SHORT_NUMBER = /[1-9]\d(?![\p{L}\d])(?![.,]\d)(?=:s(?!\p{L})|[ \t]+(?:har|hade|får|fick|ansöker|ansökte|söker|sökte|driver|bedriver|är|var)(?!\p{L}))/uy;
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
/** One capitalised word, the rest in lower case: the name so far most rules of extend start from ("Folkets", "Föräldrar"). */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Words a document numbers its own parts, times and places by: "Bilaga 12", "Vecka 14", "Kvarter 12". */
const NUMBERED_WORDS = new Set([
  'bilaga', 'paragraf', 'punkt', 'kapitel', 'sida', 'avsnitt', 'ärende', 'bild', 'tabell', 'figur', 'diagram', 'rad', 'kolumn',
  'vecka', 'dag', 'år', 'klass', 'nummer', 'rum', 'sal', 'plan', 'våning', 'kvarter', 'zon', 'område', 'etapp', 'fas', 'steg',
  'version', 'artikel', 'moment', 'mål', 'åtgärd', 'ruta', 'buss', 'linje', 'väg', 'hus', 'huset', 'sektion', 'avdelning',
]);
/**
 * More numbers on its line make a table or a list of sums ("Föreningen X 1500, Föreningen Y 2300"): the number is a sum.
 * Years of the documents' time ("2024–2026") are no sums.
 */
const SUM = /(?<!\d)(?!200[5-9]|20[1-3]\d)\d{3,}/u;
function moreNumbersOnLine(text: string, start: number, number: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', number);
  return SUM.test(text.slice(lineStart, start)) || SUM.test(text.slice(number, lineEnd < 0 ? text.length : lineEnd));
}
/**
 * Opening and closing quotation marks around a name after an organisation's noun (föreningen ”Vägen ut”); single
 * quotes are apostrophes too. Without the noun a quotation is as often a headline ("LÄS MER: ”Jouren hyllar nytt avtal”").
 */
const OPENING_QUOTE = /(?<!\p{L})\p{L}*(?:förening|stiftelse|organisation|nätverk|förbund|klubb|jour|kooperativ|sällskap)\p{L}*[ \t]+["”“»]$/iu;
const QUOTED_REST = /[^"”“«»\n.,;:]{0,50}?(?=[!?]?["”“«»])/uy;
const QUOTED_WORDS = 6;
const UNIT = new RegExp(
  String.raw`(?:${byLength(lexicon.unitNouns.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])).map(escape).join('|')})(?:[ \t\n]+för[ \t\n]+(?:\p{Ll}+-[ \t\n]+och[ \t\n]+)?\p{Ll}+(?:[ \t\n]+och[ \t\n]+\p{Ll}+)?)?(?:[ \t\n]+(?:i|på)[ \t\n]+\p{Lu}\p{L}+)?(?![\p{L}\d])`,
  'uy',
);
/**
 * Capitalised words that end a name: what follows is about the organisation ("X Årsredovisning 2022"), or a protocol's
 * next section where a PDF runs its items together ("Kvinnojouren X Ärendebeskrivning", "… Justerandes signatur"), or a
 * saved web page's chrome after a headline ("Föreningen X\nPublicerad 12 mars 2024", "… Dela Facebook").
 */
const STOP_WORDS = new Set([...lexicon.nameStopWords, ...lexicon.protocolHeadings, ...lexicon.webChrome].map((w) => w.toLowerCase()));
/** A body's head word alone ("Förvaltningen", "Nämnden") starts a new sentence, not more of a name. */
const BARE_HEAD = /^(?:nämnden|styrelsen|förvaltningen|utskottet|fullmäktige)$/iu;
const GENERIC_PLURAL = /^\p{Lu}\p{Ll}+(?:erna|arna|orna)$/u;
const SENTENCE_START = /(?:^|[.!?:]\s+|\n\s*)$/u;

/**
 * "föreningen Iranska kvinnors kamp för frihet": a capitalised adjective alone names nothing; its lower-case noun phrase
 * (with one "för …") is the name, up to where a name may end (NAME_END). A function word or verb after it is the sentence's.
 */
const ADJECTIVE_ALONE = /^\p{Lu}\p{Ll}+ska$/u;
const ADJECTIVE_NOUN = new RegExp(String.raw`${LOWER_WORD}(?:[ \t]+${LOWER_WORD}){0,2}(?:[ \t]+för[ \t]+${LOWER_WORD})?${NAME_END}`, 'uy');
/**
 * A capitalised adjective closing a marked name so far ("Riksförbundet Social", "Föreningen Fysisk") is coordinated with
 * the next and its noun: "och Mental Hälsa". Not a noun ("Kvinnojouren Ekby och Tjejjouren Ekby" are two names): only
 * adjective endings, and only an adjective and a capitalised noun after "och".
 */
const ADJECTIVE_LAST = /^\p{Lu}\p{Ll}+(?:al|ell|isk|ig)$/u;
const COORDINATED_ADJECTIVE = /och[ \t]+\p{Lu}\p{Ll}+(?:al|ell|isk|ig|a)[ \t]+\p{Lu}\p{Ll}+(?![\p{L}\d])/uy;

/**
 * A definite common noun's genitive and a house ("Folkmusikens hus", "Folkets park", "Barnens gård") is a name on its own:
 * the noun names no organisation without it. A name's genitive before any other noun is the sentence's ("Nattvandrarnas
 * verksamhet", "Fryshusets mobila stödteam"); a body's or a prefix's genitive names no house of an organisation
 * ("Kommunens hus", "Föreningens gård").
 */
const DEFINITE_GENITIVE = /^\p{Lu}\p{Ll}{2,}(?:ens|ets|ans|nas)$/u;
const INSTITUTION = new RegExp(String.raw`(?:${lexicon.institutionNouns.join('|')})(?![\p{L}\d])`, 'uy');
function institutionAfter(text: string, at: number, nameSoFar: string, lower: string): number {
  if (!DEFINITE_GENITIVE.test(nameSoFar) || PREFIX_ALONE.test(nameSoFar.slice(0, -1)) || isPublicBody(nameSoFar.slice(0, -1))) return -1;
  if (STOP_WORDS.has(lower) || BARE_HEAD.test(nameSoFar.slice(0, -1))) return -1;
  return matchAt(text, at, INSTITUTION);
}
/** A lower-case word ending in what an organisation is ("parkrörelsen", "ideell organisation"): appositionNouns, suffixMarkers. */
const ORGANISATION_NOUN = String.raw`\p{Ll}*(?:${[...lexicon.appositionNouns, ...lexicon.suffixMarkers].join('|')})`;
/**
 * A house coordinated with the movement or association that runs it is one name: "Folkets hus och parkrörelsen i
 * Östergötland". Only an organisation's noun (appositionNouns, suffixMarkers) joins, with its place after "i": "Folkets hus
 * och biblioteket" is a house and a library.
 */
const HOUSE_AND_MOVEMENT = new RegExp(
  String.raw`[ \t]+och[ \t]+${ORGANISATION_NOUN}(?:[ \t]+i[ \t]+\p{Lu}\p{L}+)?(?![\p{L}\d])`,
  'uy',
);
const HOUSE_LAST = new RegExp(String.raw`(?<!\p{L})(?:${lexicon.institutionNouns.join('|')})$`, 'u');
/**
 * A house named by whose it is, a definite genitive and the house ("Folkets hus", "Folkets Park"): there is one in many
 * places, and the place after "i" names which ("Folkets hus i Landskrona"). Not a house of a name of its own ("Ekby
 * Folkets Hus i Ekby", "Ekby gård i Ekby": the place says where it is).
 */
const HOUSE_OF_A_KIND = new RegExp(
  String.raw`^\p{Lu}\p{Ll}{2,}(?:ens|ets|ans|nas)[ \t]+(?:${lexicon.institutionNouns.map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|')})$`,
  'u',
);
const namesHouse = (nameSoFar: string) => HOUSE_OF_A_KIND.test(nameSoFar);
/** The end of a house's name, with the movement after it when one is coordinated (HOUSE_AND_MOVEMENT). */
const withMovement = (text: string, end: number) => Math.max(end, matchAt(text, end, HOUSE_AND_MOVEMENT));

/**
 * A name spelled out before its initials: "Barnens rätt i samhället, BRIS", "Barnens rätt i samhället (BRIS)", "…, Bris". Its lower-case words belong to the name when the initials of all its words, or of all but
 * its small words, spell the abbreviation after it; a comma's abbreviation is written with the name. Lower-case words
 * whose initials spell no such thing are the sentence's ("Nattvandrarnas verksamhet, BUN beslutar").
 */
const SPELLED_OUT = /((?:\p{Ll}+[ \t]+){0,5}\p{Ll}+)(,[ \t]*|[ \t]*\()(\p{Lu}{3,6}|\p{Lu}\p{Ll}{2,5})(?=\)|[ \t]*[,.;:]|[ \t]+\p{Ll}|[ \t]*$)/uy;
const SMALL_WORDS = new Set(['i', 'och', 'för', 'på', 'av', 'mot', 'med', 'åt', 'till']);
function spelledOut(text: string, at: number, nameSoFar: string): number {
  SPELLED_OUT.lastIndex = at;
  const m = SPELLED_OUT.exec(text);
  if (!m) return -1;
  const words = `${nameSoFar} ${m[1]}`.split(/\s+/u);
  const initials = (ws: string[]) => ws.map((w) => w[0]!.toUpperCase()).join('');
  // Written as a word too: "Barnens rätt i samhället, Bris".
  const abbreviation = m[3]!.toUpperCase();
  if (initials(words) !== abbreviation && initials(words.filter((w) => !SMALL_WORDS.has(w))) !== abbreviation) return -1;
  return m[2]!.includes('(') ? at + m[1]!.length : at + m[0].length;
}

/**
 * "med föreningen Lokala hjälpen för perioden": after the common noun as an appositive, one capitalised word and a
 * lower-case definite noun where a name may end (NAME_END) are one name, written half in lower case. Not a verb ("föreningen
 * Ekby ansöker om"), a public body ("föreningen Ekby kommunen") or more words ("föreningen Ekby hjälpen barnen").
 */
const APPOSED_DEFINITE = new RegExp(String.raw`(?!(?:kommunen|staden|regionen|nämnden|styrelsen|förvaltningen)(?![\p{L}]))\p{Ll}{2,}(?:en|et|an|na)${NAME_END}`, 'uy');
/**
 * "Ansökan från föreningen Ung och förälder": after the common noun as an appositive, one capitalised word, "och" and one
 * lower-case word closing the line are one name, written half in lower case. Not a public party or body ("stiftelsen Ekby och
 * kommunen"), nor more of a sentence ("stiftelsen Ekby och fråga om ansvarsfrihet": the line goes on).
 */
const APPOSED_AND = /och[ \t]+(?!(?:kommunen|staden|regionen|nämnden|styrelsen|förvaltningen|andra|övriga|flera)(?![\p{L}]))\p{Ll}{2,}(?=[ \t]*(?:\n|$))/uy;
/**
 * The end of a name after the common noun as an appositive whose one plain capitalised word (`lower`, in lower case) goes
 * on in lower case (APPOSED_DEFINITE, APPOSED_AND), or -1. One reading of the word and the text before it for both.
 */
function apposedEnd(text: string, start: number, at: number, lower: string): number {
  if (STOP_WORDS.has(lower) || !fitsAtEnd(APPOSITIVE_BEFORE, text.slice(Math.max(0, start - 40), start))) return -1;
  return Math.max(matchAt(text, at, APPOSED_DEFINITE), matchAt(text, at, APPOSED_AND));
}

/**
 * "Riksföreningen Våra Gårdar", "Föreningen Vårt Hem": after an organisation's definite noun alone a possessive pronoun
 * opens the rest of its name; elsewhere "Vår", "Våra" open a sentence ("Vår förening har …") and end a name.
 */
const POSSESSIVE_NAME = /(?:Vår|Vårt|Våra)[ \t]+(?=\p{Lu}\p{Ll})/uy;
const possessiveAfter = (nameSoFar: string) => !/\s/u.test(nameSoFar) && DEFINITE_NOUN.test(nameSoFar) && markedWord(nameSoFar);

/**
 * "Stiftelsen Barn och Hem", "Föreningen Mat och Kultur": after a prefix marker and one word, "och" and one more
 * capitalised word where a name may end are the name's. Not a second organisation ("Föreningen X och Ekby IF",
 * "Stiftelsen X och Föreningen Y"), a place ("Föreningen X och Lund") or a public body ("… och Kommunen").
 */
const PREFIXED_ONE_WORD = new RegExp(String.raw`^(?:${lexicon.prefixMarkers.join('|')})[ \t]+\p{Lu}\p{Ll}+$`, 'u');
const AND_WORD = new RegExp(String.raw`och[ \t]+(\p{Lu}\p{Ll}+)${NAME_END}`, 'uy');
function prefixedAnd(text: string, at: number, nameSoFar: string): number {
  if (!PREFIXED_ONE_WORD.test(nameSoFar)) return -1;
  AND_WORD.lastIndex = at;
  const m = AND_WORD.exec(text);
  if (!m) return -1;
  const word = m[1]!;
  if (markedWord(word) || PREFIX_ALONE.test(word) || isPublicBody(word) || BARE_HEAD.test(word) || findKommun(word) !== null || STOP_WORDS.has(word.toLowerCase())) return -1;
  return at + m[0].length;
}

// Tabs separate table columns, never words of one name. Compiled once, not per call.
const GAP = / *(?:\n[ \t]*)?/y;
/** Length of the whitespace at `at` a name may cross, or -1. */
function gap(text: string, at: number): number {
  GAP.lastIndex = at;
  const ws = GAP.exec(text)![0];
  if (ws === '') return -1;
  if (!ws.includes('\n')) return ws.length;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - columnStart(text, lineStart, at) >= PROSE_LINE || endsInTitleSmall(text, at) ? ws.length : -1;
}

/**
 * Where the column a name stands in opens on its line: past the last run of three spaces or a tab, as a signature block
 * sets its parties side by side ("För Ekby kommun, fritidsnämnden      För Föreningen X\nAnna Berg      Ali Ek"). A line
 * is prose by its column's width, not the whole line's: the right-hand party's name does not run on into the names under it.
 */
const COLUMN_GAP = /\t| {3,}/gu;
function columnStart(text: string, lineStart: number, at: number): number {
  let start = lineStart;
  for (const m of text.slice(lineStart, at).matchAll(COLUMN_GAP)) start = lineStart + m.index + m[0].length;
  return start;
}

/** The first of `patterns` (sticky, /y) matching at `at`, as its end offset, or -1. */
function matchAt(text: string, at: number, ...patterns: RegExp[]): number {
  for (const pattern of patterns) {
    pattern.lastIndex = at;
    // A sticky test leaves lastIndex at the match's end: no match array made (a name is extended by many tries).
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return -1;
}

/**
 * "Social Ekonomi" is the sector's own name and goes on a name ("Föreningen Social Ekonomi Övre Norrland",
 * "Coompanion Social Ekonomi"), though "Ekonomi" alone is a heading that ends one.
 */
const SECTOR_PHRASE = /^sociala?[ \t]ekonomi$/iu;

/** A word without its genitive, lower case: "Brottsofferjourens" and "Brottsofferjouren" are one word. */
const bareWord = (word: string) => word.toLowerCase().replace(/(?::s|(?<=[^s])s)$/u, '');

/**
 * Whether the name so far already holds `word`: a name does not repeat its own word, the repeat opens the next
 * sentence where a PDF runs items together ("Brottsofferjouren i Kalmar Brottsofferjouren har ansökt …" is
 * "Brottsofferjouren i Kalmar"). Only a word of three letters or more: "Hjärta till Hjärta" runs on no lower-case word anyway.
 */
function repeatsWord(word: string, nameSoFar: string): boolean {
  const bare = bareWord(word);
  return bare.length >= 3 && nameSoFar.split(/\s+/u).some((w) => bareWord(w) === bare);
}

/** A case number's series and number after its letters: "KS 2023/12", "SN 2023.045", "KS 23/118". */
const CASE_NUMBER_AFTER = /^[ \t]+(?:\d{4}[/.:-]\d|\d{2}\/\d{2,4}(?!\d))/u;
const SPORT_TOKENS = new Set(lexicon.sportTokens);
/**
 * The letters of a case number ("KS", "SN", "BUN") before it are the body's, no part of a name before them. A club's
 * letters before a season ("Ekby IF 2023/24") are the name's.
 */
const isCaseLetters = (word: string, after: string) => /^\p{Lu}{1,6}$/u.test(word) && !SPORT_TOKENS.has(word) && CASE_NUMBER_AFTER.test(after);

/**
 * An address after a name in a letterhead or signature: a street and its house number ("Storgatan 12", "Ekbyvägen 3 B"),
 * a post box ("Box 123"). A street's word before a larger number is a name's ("Föreningen Ekbyvägen 2000").
 */
const STREET = new RegExp(String.raw`^(?:Box|\p{Lu}\p{L}*(?:${lexicon.streetEndings.join('|')}))$`, 'u');
const HOUSE_NUMBER = /^[ \t]+\d{1,3}(?!\d)/u;
const isAddress = (word: string, after: string) => STREET.test(word) && HOUSE_NUMBER.test(after);

const SURNAME = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${lexicon.surnameEndings.join('|')})(?![\\p{L}\\d])`, 'u');
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;
/**
 * A person after a marked name, where a signature or a protocol runs together ("För Kvinnojouren X Anna Svensson,
 * ordförande"): a given name and a surname ending like Swedish surnames (surnameEndings) end the name before them.
 * After an unmarked name they may be the name's own words, and are left to isPerson (not-organisations.ts).
 */
function opensPerson(word: string, after: string, nameSoFar: string): boolean {
  if (!GIVEN_NAME.test(word)) return false;
  const next = /^[ \t]+(\S+)/u.exec(after)?.[1];
  // The marker asked last: the costliest test, and a person after the name is rare.
  return next !== undefined && (SURNAME.test(next.replace(/[,.;:]$/u, '')) || PEOPLE_LIST.test(after) || speaksAfter(after, nameSoFar)) && marked(nameSoFar);
}
/**
 * A person whatever the surname, speaking after a name that closes with its marker compound, as news run who speaks for it
 * into its name: "Ordföranden i Ekby Flygklubb Mikael Zagerholm undrar om …". Only before a verb of saying: "Ekby
 * Hembygdsförening Norra Delen har ansökt" may be a section's name.
 */
const PERSON_SAYS = /^[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:säger|sa|sade|undrar|menar|tycker|berättar|förklarar|konstaterar|understryker|betonar)(?!\p{L})/u;
const closesWithMarker = (nameSoFar: string) => {
  const last = nameSoFar.split(/[ \t]+/u).at(-1)!;
  return hasSuffixMarker(last) && !MARKERS.has(last.toLowerCase());
};
const speaksAfter = (after: string, nameSoFar: string) => PERSON_SAYS.test(after) && closesWithMarker(nameSoFar);
/**
 * A caption's list of people after the name, whatever their surnames: the word and the next are the first person, then
 * comes a comma and two more ("Delar av styrelsen för Ekby Ridklubb Jessica Westerholm, Per Bynander, Ingar Jansen och
 * Emma Karlsson"); not a name and its place before a signatory ("Föreningen Gamla Ekby, Anna Berg, ordförande").
 */
const PERSON = String.raw`\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+`;
const PEOPLE_LIST = new RegExp(String.raw`^[ \t]+\p{Lu}\p{Ll}+,[ \t]+${PERSON}(?:,[ \t]+|[ \t]+och[ \t]+)${PERSON}`, 'u');

const HEADING_PHRASES = new Set(lexicon.protocolHeadingPhrases.map((p) => p.toLowerCase()));
/** A two-word section heading after a name ("Kvinnojouren X Ekonomiska konsekvenser"): "Ekonomiska" alone may be a name's. */
function opensHeadingPhrase(word: string, after: string): boolean {
  const next = /^[ \t]+(\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && HEADING_PHRASES.has(`${word.toLowerCase()} ${next}`);
}

/** Whether a capitalised word may go on a name: not a heading, a body, a case number ("ASN-2021-6250", "KS 2023/12"), a year, a repeat or an address. */
/**
 * A number inside a name stands after its first word ("Stiftelsen 1000 Möjligheter"); after a longer name or a place it
 * numbers the next item of an agenda run together ("… Peter Jansson 7 Ekby simsällskap", "Östhammar 11 Lions Club").
 */
const itemNumber = (word: string, nameSoFar: string) => /^\d+$/.test(word) && (/\s/.test(nameSoFar) || findKommun(nameSoFar) !== null);
/** How many words endsAnyName remembers before it forgets them all. */
const WORD_CACHE_LIMIT = 10_000;
/**
 * A word that ends a name wherever it stands: a body, an administrative unit, a year. Read once per word: the same words
 * (a document's bodies and parties) are tried at the end of name after name.
 */
const endsAnyName = perKey((word: string) => isPublicBody(word) || BARE_HEAD.test(word) || ADMINISTRATIVE_UNIT.test(word) || /\d{4}/.test(word), WORD_CACHE_LIMIT);
function continuesName(word: string, previous: string, nameSoFar: string, after: string): boolean {
  if (itemNumber(word, nameSoFar)) return false;
  // After a name's "&" a stop word opens no sentence: "Convictus Råd & Stöd" (not "Råd &").
  const stop = STOP_WORDS.has(word.toLowerCase()) && !SECTOR_PHRASE.test(`${previous} ${word}`) && previous !== '&';
  return !stop && !endsAnyName(word) && !repeatsWord(word, nameSoFar) && !isCaseLetters(word, after) && !isAddress(word, after) && !opensPerson(word, after, nameSoFar) && !opensHeadingPhrase(word, after);
}

/** Whether a stretch of name is an organisation's name by itself: a national organisation or a marker ("IFK", "…förening"). */
function marked(stretch: string): boolean {
  KNOWN_WORD.lastIndex = 0;
  return KNOWN_WORD.test(stretch) || markerStrength(cleanName(stretch), false) > 0;
}

const markedWord = (word: string) => hasSuffixMarker(word) || hasSuffixMarker(word.replace(/s$/, ''));

/**
 * The end of the lower-case words at `at` up to the last that ends in a marker ("Gläntans vänner sedan 2019":
 * up to "vänner"), or -1 when none does.
 */
/** The words after a name that are no name's own small words: its verbs ("har", "driver"), not "och" or "i" ("kvinno- och tjejjour"). */
const NAME_SMALL_WORDS = new Set(['och', 'samt', 'i', 'inom', 'med', 'för', 'om']);
const AFTER_NAME_WORDS: ReadonlySet<string> = new Set(lexicon.afterNameWords.filter((w) => !NAME_SMALL_WORDS.has(w)));
/**
 * A marker word in the definite genitive is the owner of what follows, no name's last word: "Lånen finansierar klubbens
 * bygge" (a name's own genitive is indefinite: "Gläntans vänners", "Ekby ridklubbs"; "rödakorskrets" is a marker itself).
 */
const OWNER_GENITIVE = /^\p{Ll}+(?:ens|ets|nas)$/u;
const ownerGenitive = (word: string) => OWNER_GENITIVE.test(word) && !hasSuffixMarker(word);
function lowerRunToMarker(text: string, at: number): number {
  const lower = matchAt(text, at, LOWER_WORDS);
  // Only when the words matched: slice(at, -1) would split the whole rest of the text.
  if (lower < 0) return -1;
  const run = text.slice(at, lower);
  let best = -1;
  for (const m of eachMatch(/\S+(?:-[ \t]+(?:och|eller|samt)[ \t]+\S+)?/gu, run)) {
    // A word that follows a name ends it: "Ekby IK ideellt driver fritidsgård" is the club, then what it runs.
    if (AFTER_NAME_WORDS.has(m[0])) break;
    if (markedWord(m[0]) && !ownerGenitive(m[0])) best = at + m.index + m[0].length;
  }
  return best;
}

/**
 * The word ending at `end`, after any white space: a name opening a paragraph ("…miljon\n\nKvinnojouren i Jönköping")
 * is one word long, not the previous line's last word run into it.
 */
const LAST_WORD_REACH = 80;
/** Back from `end` to the last white space (\s), within LAST_WORD_REACH: what /\S*$/ matches, without trying it at every offset. */
function lastWord(text: string, end: number): string {
  const from = Math.max(0, end - LAST_WORD_REACH);
  let at = end;
  while (at > from && !isWhitespace(text.charCodeAt(at - 1))) at--;
  return text.slice(at, end);
}

/**
 * Lower-case words of a name written with a hyphen, up to an apposition that says what it is: "IOP med Locker room-talk,
 * en ideell organisation som …". The apposition (", en/ett … förening|organisation|nätverk …") closes the name, so the
 * words before it are the name's; a hyphenated word among them keeps a sentence's words out ("Ekby IF driver fotboll,
 * en förening …" has none, and stays "Ekby IF").
 */
const HYPHENED_BEFORE_APPOSITION = new RegExp(
  String.raw`(?:\p{Ll}+[ \t]+)?\p{Ll}+-\p{Ll}+(?=,[ \t]+(?:en|ett)[ \t]+(?:\p{Ll}+[ \t]+){0,2}${ORGANISATION_NOUN}(?![\p{L}\d]))`,
  'uy',
);

/**
 * A unit of an organisation named by "av" and the organisation's own name: "Ekby Distrikt av Bygdegårdarnas Riksförbund",
 * "Ekby krets av Svenska Röda Korset" — the unit's name ending at `end` in a unit noun (lexicon unitNouns), a marked name
 * after "av" (not "Ekby krets av frivilliga", nor "Distrikt av Ekby", a place). The end of that name, or -1.
 */
const UNIT_NOUNS: ReadonlySet<string> = new Set(lexicon.unitNouns);
const OF_ORGANISATION = /av[ \t]+/uy;
// The gap and the last word are extend's own where it asks at its name's end.
function organisationOfUnit(text: string, end: number, space = gap(text, end), last = lastWord(text, end)): number {
  if (space < 0 || !UNIT_NOUNS.has(last.toLowerCase())) return -1;
  return markedNameAfter(text, end + space, OF_ORGANISATION);
}

/**
 * The end of a name marked by itself as an organisation's that follows `connector` (a sticky pattern: "av ", " i ") at
 * `at`, or -1: the organisation a unit or a member belongs to.
 */
function markedNameAfter(text: string, at: number, connector: RegExp): number {
  const after = matchAt(text, at, connector);
  const word = after < 0 ? -1 : matchAt(text, after, KNOWN_WORD, CAP_WORD);
  if (word < 0) return -1;
  const nameEnd = extend(text, word, after);
  return marked(text.slice(after, nameEnd)) ? nameEnd : -1;
}

/** Extends a name that starts at [start, end) as far as the grammar above allows. */
function extend(text: string, end: number, start = end): number {
  for (;;) {
    const tagged = taglineEnd(text, start, end);
    if (tagged > 0) return tagged;
    const space = gap(text, end);
    if (space < 0) return end;
    const at = end + space;
    const last = lastWord(text, end);
    // The name so far, read by most tests below: sliced once per word added, not once per test.
    const nameSoFar = text.slice(start, end);
    // What most tests below ask of it first, asked once: whether it is one plain capitalised word ("Föräldrar", "Folkets"),
    // and that word in lower case; and whether the last word is capitalised.
    const oneWord = PLAIN_WORD.test(nameSoFar);
    const lower = oneWord ? nameSoFar.toLowerCase() : '';
    const lastCapital = /^\p{Lu}/u.test(last);
    const tail = matchAt(text, at, TAIL);
    if (tail > 0) return tail;
    if (lastCapital) {
      const region = matchAt(text, at, ORGANISATION_REGION);
      if (region > 0) return region;
    }
    if (/s$/.test(last)) {
      const unit = matchAt(text, at, UNIT);
      if (unit > 0) return Math.max(unit, organisationOfUnit(text, unit));
    }
    const and = matchAt(text, at, AMPERSAND);
    if (and > 0) {
      // "Skåne Stadsmission & Malmö Pingstförsamling" is two organisations; "Friskis & Svettis" is one.
      const next = and + gap(text, and);
      const first = matchAt(text, next, KNOWN_WORD, CAP_WORD);
      if (first > 0 && marked(nameSoFar) && marked(text.slice(next, extend(text, first)))) return end;
    }
    if (PREFIX_ALONE.test(nameSoFar)) {
      const forLower = matchAt(text, at, FOR_LOWER);
      if (forLower > 0) return forLower;
    }
    if (oneWord && PEOPLE.has(lower)) {
      const against = matchAt(text, at, AGAINST_LOWER);
      if (against > 0) return against;
    }
    if (oneWord && ADJECTIVE_ALONE.test(nameSoFar)) {
      const noun = matchAt(text, at, ADJECTIVE_NOUN);
      if (noun > 0) return noun;
    }
    // "Riksförbundet Social och Mental Hälsa": an adjective of a marked name coordinated with the next, whose noun follows.
    if (ADJECTIVE_LAST.test(last) && marked(nameSoFar)) {
      const coordinated = matchAt(text, at, COORDINATED_ADJECTIVE);
      if (coordinated > 0) {
        end = coordinated;
        continue;
      }
    }
    if (possessiveAfter(nameSoFar)) {
      const possessive = matchAt(text, at, POSSESSIVE_NAME);
      if (possessive > 0) {
        end = matchAt(text, possessive, KNOWN_WORD, CAP_WORD);
        continue;
      }
    }
    const coordinated = prefixedAnd(text, at, nameSoFar);
    if (coordinated > 0) {
      end = coordinated;
      continue;
    }
    const spelled = spelledOut(text, at, nameSoFar);
    if (spelled > 0) return spelled;
    // A known name ending in its house ("Folkets hus") takes its movement as well as one found here.
    if (HOUSE_LAST.test(nameSoFar) && withMovement(text, end) > end) return withMovement(text, end);
    const house = oneWord ? institutionAfter(text, at, nameSoFar, lower) : -1;
    if (house > 0) return withMovement(text, house);
    const unitOf = organisationOfUnit(text, end, space, last);
    if (unitOf > 0) return unitOf;
    const forWord = Math.max(matchAt(text, at, FOR_CAPITALISED), PLAIN_WORD.test(last) ? matchAt(text, at, TITLE_CASE_SMALL) : -1);
    if (forWord > 0) {
      end = forWord;
      continue;
    }
    const word = matchAt(text, at, KNOWN_WORD, CAP_WORD, INNER_NUMBER, AMPERSAND);
    if (word > 0 && continuesName(text.slice(at, word), last, nameSoFar, text.slice(word, word + 40))) {
      end = word;
      continue;
    }
    // "Stadsmissionen i Kalmar", "Brottsofferjourerna i Värmland": a definite noun needs its place to name one
    // organisation, and so does a kind of house ("Folkets hus i Landskrona", HOUSE_OF_A_KIND). After a name of its own ("Kvinnojouren MOA i Eskilstuna", "ABF i Malmö") or before more
    // places ("Stadsmissionen i Eskilstuna och Nyköping") the place says where it works, not who it is.
    const place = matchAt(text, at, PLACE);
    if (place > 0 && (DEFINITE_NOUN.test(last) || namesHouse(nameSoFar) || localBranch(text, start, nameSoFar)) && !morePlaces(text.slice(place, place + 40))) {
      end = placeEnd(text, at, place);
      continue;
    }
    // A county's association names its county after "i", the marker word in any form: "Hjärt- och lungsjukas länsförening i
    // Skåne län", "Reumatikerförbundet i Örebro län" (not "Ekby IF i Ekby", where a town only says where it plays).
    if (place > 0 && hasSuffixMarker(last)) {
      const county = matchAt(text, place, COUNTY);
      if (county > 0) return county;
    }
    // A county after its place: "Studieförbundet Vuxenskolan Stockholms län", "Brottsofferjouren Kalmar län".
    if (lastCapital) {
      const lan = matchAt(text, at, LAN);
      if (lan > 0) return lan;
    }
    const apposed = oneWord ? apposedEnd(text, start, at, lower) : -1;
    if (apposed > 0) return apposed;
    const hyphened = matchAt(text, at, HYPHENED_BEFORE_APPOSITION);
    if (hyphened > 0) return hyphened;
    const toMarker = lowerRunToMarker(text, at);
    if (toMarker > 0) {
      end = toMarker; // "Ideella föreningen Hela Människan": the name may go on after its marker word
      continue;
    }
    if (lastCapital && takesParticle(text, start, end)) {
      const particle = matchAt(text, at, PARTICLE);
      if (particle > 0) return particle;
    }
    // One space only: a wider gap is a table's next column ("Föreningen X      150").
    if (space === 1) {
      const number = matchAt(text, at, CLOSING_NUMBER);
      if (number > 0 && !moreNumbersOnLine(text, start, number)) return number;
      if (oneWord && ONE_CAPITALISED_WORD.test(nameSoFar) && !NUMBERED_WORDS.has(lower)) {
        const short = matchAt(text, at, CLOSING_SHORT_NUMBER);
        if (short > 0) return short;
      }
    }
    return end;
  }
}

/**
 * A name with its tagline after a dash, "BOSSE – Råd, stöd och kunskapscenter", "Föreningen kvinnogemenskap – Ekby kvinno- och
 * tjejjour": the name is an acronym or opens with its organisation's noun, and what follows the dash is a phrase of a few words
 * opening with a capital, written partly in lower case or with commas (a description, not a second name of capitalised
 * words: "Kvinnojouren – Tjejjouren Ekby"), ending in an organisation's noun (suffixMarkers, appositionNouns) where a
 * name may end.
 */
const DASH_OPENING = /[ \t]+[–-][ \t]+(?=\p{Lu})/uy;
const TAG_WORD = /(?:,?[ \t]+)?(?:\p{L}[\p{L}-]*|&)/uy;
const TAG_NAME_END = new RegExp(NAME_END, 'uy');
const TAG_WORDS = 6;
const TAGGED_NAME = /^(?:\p{Lu}{3,8}|(?:Föreningen|Stiftelsen|Organisationen|Nätverket)[ \t]+\p{L}+)$/u;
const DESCRIPTIVE = /[ \t]\p{Ll}|,/u;
/** A tagline's last word may name a centre too, which alone marks no name ("Ekby Center" is a shopping centre). */
const TAGLINE_NOUNS: readonly string[] = [...lexicon.appositionNouns, 'center', 'centrum', 'centret'];
const isOrganisationNoun = (word: string) => hasSuffixMarker(word) || TAGLINE_NOUNS.some((n) => word.toLowerCase().endsWith(n));
function taglineEnd(text: string, start: number, end: number): number {
  const opening = matchAt(text, end, DASH_OPENING);
  if (opening < 0 || !TAGGED_NAME.test(text.slice(start, end))) return -1;
  let at = opening;
  for (let words = 0; words < TAG_WORDS; words++) {
    const next = matchAt(text, at, TAG_WORD);
    if (next < 0) return -1;
    at = next;
    if (words > 0 && isOrganisationNoun(lastWord(text, at)) && matchAt(text, at, TAG_NAME_END) >= 0) {
      return DESCRIPTIVE.test(text.slice(opening, at)) ? at : -1;
    }
  }
  return -1;
}

/** Index of the first value above `x` in an ascending list (its length when none is). */
function firstAbove(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A name in quotation marks runs to the closing mark: föreningen ”Vägen ut”, stiftelsen »Hem för alla». Only a few words without
 * a sentence's punctuation: a quoted sentence or title is no name.
 */
function quotedEnd(text: string, span: NameSpan): number {
  if (!fitsAtEnd(OPENING_QUOTE, text.slice(Math.max(0, span.start - 40), span.start))) return span.end;
  const rest = matchAt(text, span.end, QUOTED_REST);
  if (rest < 0 || text.slice(span.start, rest).trim().split(/\s+/u).length > QUOTED_WORDS) return span.end;
  return text.slice(rest).startsWith('!') || text.slice(rest).startsWith('?') ? rest + 1 : rest;
}

/**
 * A lower-case item of a list of names, one or two words up to a compound ending in a marker: "…, Stödnätet,
 * svensk-kurdiska ungdomsföreningen och Angered sportklubb". Only a candidate: the list's other names must give it a
 * party's standing (ideburna.ts), as lower-case "kvinnojouren" alone is a common noun.
 */
/** The organisation words a lower-case list item ends in (suffixMarkers), longest first: its pattern's and its near-search's. */
const LIST_ITEM_MARKERS = byLength(lexicon.suffixMarkers).join('|');
const LOWER_LIST_ITEM = new RegExp(
  String.raw`(?<=(?:,|[ \t](?:och|samt))[ \t]+)(?:\p{Ll}[\p{L}-]*[ \t]+)?\p{Ll}[\p{L}-]*(?:${LIST_ITEM_MARKERS})(?=[ \t]*(?:,|(?:och|samt)[ \t]|[.;]|$))`,
  'gmu',
);
/**
 * LOWER_LIST_ITEM tried only before a marker (engine/sticky.ts eachMatchNear), which ends its every match: from the start of
 * the marker's word or the word before it. Its opening lookbehind was tried at every offset of the text.
 */
export const LOWER_LIST_ITEM_NEAR = nearPattern(LOWER_LIST_ITEM, new RegExp(LIST_ITEM_MARKERS, 'gu'), wordsThenSpaceBefore(2));
const MARKERS = new Set(lexicon.suffixMarkers);
export function lowerListSpans(text: string): NameSpan[] {
  return [...matchesNear(LOWER_LIST_ITEM_NEAR, text)]
    .filter((m) => !MARKERS.has(m[0].split(/[ \t]+/u).at(-1)!)) // a compound: "ungdomsföreningen", not "föreningen"
    .map((m) => ({ start: m.index, end: m.index + m[0].length, known: false }));
}

/**
 * A definite compound ending in a marker, in lower case, and its place: "avtal med kvinnojouren i Nacka/Värmdö". Only a
 * candidate: alone it is a common noun ("kvinnojouren i Ekby har många besökare" says which jour, not its name), so only a
 * party's own context makes it a party (ideburna.ts). Not the bare marker ("föreningen i Ekby").
 */
const DEFINITE_MARKERS = byLength(lexicon.suffixMarkers.filter((m) => /(?:en|et|na)$/u.test(m)));
const LOWER_PLACED = new RegExp(String.raw`(?<![\p{L}\d-])\p{Ll}[\p{L}-]*(?:${DEFINITE_MARKERS.join('|')})[ \t]+i[ \t]+\p{Lu}\p{L}+${SLASHED}*(?![\p{L}\d])`, 'gu');
/**
 * LOWER_PLACED tried only at the word before " i " (engine/sticky.ts eachMatchNear): at every lower-case word it scanned the
 * word for a marker ending, letter by letter.
 */
export const LOWER_PLACED_NEAR = nearPattern(LOWER_PLACED, /[ \t]i[ \t]/gu, wordThenSpaceBefore);
export function lowerPlacedSpans(text: string): NameSpan[] {
  return [...matchesNear(LOWER_PLACED_NEAR, text)]
    .filter((m) => !MARKERS.has(m[0].split(/[ \t]+/u)[0]!))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, known: false }));
}

/**
 * A person before an organisation named by its definite type noun, where a caption or a signature runs them together
 * ("Anna Öhman Kvinnojouren Ekby", "Per Lind Stiftelsen X"): a definite noun opens a name, so two plain capitalised
 * words before it (no genitive, no adjective, no abbreviation) are a given name and a surname, and the name starts at
 * the noun. "Svenska Kyrkan", "Göteborgs Räddningsmissionen", "KFUM Föreningen" keep their first words.
 */
const DEFINITE_MARKER = /^\p{Lu}\p{Ll}+(?:en|et|an|n)$/u;
const givenName = (word: string) => PLAIN_WORD.test(word) && !STOP_WORDS.has(word.toLowerCase());
const surname = (word: string) => givenName(word) && !/(?:s|a|e)$/u.test(word);
const SPAN_WORD = /\S+/gu;
function withoutPerson(text: string, span: NameSpan): NameSpan {
  if (span.known) return span;
  // Its first three words only: a long name's other words were matched and never read.
  const words: RegExpExecArray[] = [];
  for (const m of eachMatch(SPAN_WORD, text.slice(span.start, span.end))) if (words.push(m) === 3) break;
  const head = words[2]?.[0];
  if (head === undefined || !DEFINITE_MARKER.test(head) || !hasSuffixMarker(head) || !givenName(words[0]![0]) || !surname(words[1]![0])) return span;
  return { ...span, start: span.start + words[2]!.index };
}

/**
 * A place whose name is also a stop word ("När", "Vi", "Bland" are villages too) before the lower-case type word of its
 * association, alone on a line of a list or a table of sums: "När bygdegårdsförening      73 000 kr", "Vi idrottsförening".
 * Only a compound in the indefinite form ("bygdegårdsförening", not "föreningen": "När föreningen bildades …" is a
 * sentence), and only where the line ends or a sum closes it ("När idrottsförening ansöker om bidrag ska …" is a rule).
 */
const PLACE_TYPE_LINE = new RegExp(
  String.raw`[ \t]\p{Ll}+(?:${byLength(lexicon.suffixMarkers.filter((m) => !/(?:en|et|an|in|na)$/u.test(m))).join('|')})(?:[ \t]+${SUM_IN_TEXT}|[ \t]+\d{1,3}(?:[ \u00a0]\d{3})+(?:[ \t]*(?:kr|kronor|:-))?)?[ \t]*(?:\n|$)`,
  'uy',
);
/** Words that determine a noun ("Den idrottsförening som …", "Varje förening"): no place's name. */
const DETERMINER = /^(?:den|det|de|en|ett|denna|detta|dessa|vår|vårt|våra|varje|någon|något|några|ingen|inget|samma|annan|annat|andra|sin|sitt|sina|er|ert|era)$/iu;
function placeBeforeType(text: string, start: number, first: number): boolean {
  if (DETERMINER.test(text.slice(start, first))) return false;
  if (!/(?:^|\n)[ \t]*(?:[-–•*][ \t]*)?$/u.test(text.slice(Math.max(0, start - 20), start))) return false;
  const type = matchAt(text, first, PLACE_TYPE_LINE);
  // No type closing the line: nothing to split (sliced to -1, the split ran over the rest of the text).
  if (type <= 0) return false;
  const word = text.slice(first, type).trim().split(/\s+/u)[0]!;
  // A compound ("bygdegårdsförening", "idrottsförening"), not the bare type word ("förening").
  return [...MARKERS].some((m) => word.length > m.length && word.endsWith(m));
}

/**
 * A name in an all-caps heading runs over the small words a stop list ends it at, to its marker closing the line:
 * "AVTAL MELLAN EKBY STAD OCH LOKALA HJÄLPEN FÖR ETT HÅLLBART SVERIGE EKONOMISK FÖRENING", "IOP MED FÖRÄLDRAR MOT
 * NARKOTIKA I EKBY FÖRENING". Only where the name so far has no marker of its own (a marked name is whole: "EKBY
 * HEMBYGDSFÖRENING FÖR …" is another heading's words), only small words of a name between ("och" joins two names:
 * "EKBY IF OCH ÅBY SKYTTEFÖRENING"), and only up to a marker ending the line ("RIKTLINJER FÖR STÖD TILL FÖRENINGAR" has
 * "STÖD", "TILL" between, which no name holds).
 */
const CAPS_NAME_REST = /(?:[ \t]+(?:FÖR|ETT|EN|I|MED|MOT|AV|PÅ|\p{Lu}[\p{Lu}\d-]*(?![\p{L}\d]))){1,8}[ \t]*(?=\n|$)/uy;
const TAILS = new Set(lexicon.nameTails);
const CAPS_SMALL = /^(?:FÖR|ETT|EN|I|MED|MOT|AV|PÅ)$/u;
function capsLineEnd(text: string, span: NameSpan, end: number): number {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  if (/\p{Ll}/u.test(text.slice(lineStart, lineEnd)) || marked(text.slice(span.start, end))) return end;
  const rest = matchAt(text, end, CAPS_NAME_REST);
  if (rest < 0) return end;
  const words = text.slice(end, rest).trim().split(/[ \t]+/u);
  const last = words.at(-1)!;
  // A name's tail ("EKONOMISK FÖRENING") holds a word that opens a heading elsewhere ("Ekonomisk redovisning").
  const between = TAILS.has(words.slice(-2).join(' ').toLowerCase()) ? words.slice(0, -2) : words;
  const stopsBetween = between.some((w) => !CAPS_SMALL.test(w) && STOP_WORDS.has(w.toLowerCase()));
  return markedWord(last) && !stopsBetween ? end + text.slice(end, rest).trimEnd().length : end;
}

/**
 * Where names may start, in order, each once, with whether a national organisation's name starts there (the known start
 * wins where a capitalised word starts too): both lists come in order, so they are merged, not collected and sorted.
 */
function mergedStarts(knownStarts: readonly number[], wordStarts: Iterable<RegExpExecArray>): [number, boolean][] {
  const merged: [number, boolean][] = [];
  let k = 0;
  for (const { index } of wordStarts) {
    for (; k < knownStarts.length && knownStarts[k]! <= index; k++) merged.push([knownStarts[k]!, true]);
    if (merged.at(-1)?.[0] !== index) merged.push([index, false]);
  }
  for (; k < knownStarts.length; k++) merged.push([knownStarts[k]!, true]);
  return merged;
}

/**
 * "Nya" opens a heading ("Nya lokaler för Ekby IF") and ends a name there, but capitalised inside a sentence it is the
 * name's first word: "på måndag samlar Nya Ekby Golfklubb intresserade".
 */
const OPENING_ADJECTIVES = new Set(lexicon.nameOpeningAdjectives);
const IN_SENTENCE = /\p{Ll}[ \t]+$/u;
const adjectiveInSentence = (text: string, start: number, first: number) =>
  OPENING_ADJECTIVES.has(text.slice(start, first)) && IN_SENTENCE.test(text.slice(Math.max(0, start - 4), start));
/**
 * A role or a people noun before the organisation it belongs to: "Ordföranden i Ekby Flygklubb undrar …", "Medlemmarna i
 * Ekby IF". A definite noun without a marker of its own, then "i" and a name marked by itself: the name starts after "i".
 * A marked noun keeps its place ("Kvinnojouren i Ekby", "Stadsmissionen i Ekby"), and so does a plain definite noun
 * before a place alone ("Skyddsvärnet i Ekby": Ekby is no organisation's name).
 */
const OF_NAME = /[ \t]+i[ \t]+/uy;
function ownersMember(text: string, start: number, first: number): boolean {
  const head = text.slice(start, first);
  // The "i" after it asked before marked(), which reads the noun against every national organisation: most have none.
  if (!DEFINITE_NOUN.test(head) || matchAt(text, first, OF_NAME) < 0 || marked(head)) return false;
  return markedNameAfter(text, first, OF_NAME) > 0;
}
/** One marked word before a national organisation's name: the type noun of the organisation ("Sällskapet", "Föreningen"). */
const typeNounOpening = (stretch: string) => /^\p{Lu}\p{Ll}+[ \t]+$/u.test(stretch) && markerStrength(stretch.trim(), false) > 0;
/** Candidate organisation names in a text, in order, not overlapping. */
export function nameSpans(text: string): NameSpan[] {
  // A national organisation's name starts capitalised even where the rest is not ("Röda korset").
  const knownStarts: number[] = [];
  for (const { start } of KNOWN_ANYWHERE.matchAll(text)) if (/\p{Lu}/u.test(text[start]!)) knownStarts.push(start);
  const sorted = mergedStarts(knownStarts, matchesOpening(NAME_START, text));
  const spans: NameSpan[] = [];
  let covered = 0;
  for (const [start, known] of sorted) {
    if (start < covered) continue;
    const first = matchAt(text, start, KNOWN_WORD, CAP_WORD);
    if (first < 0 || (STOP_WORDS.has(text.slice(start, first).toLowerCase()) && !placeBeforeType(text, start, first) && !adjectiveInSentence(text, start, first))) continue;
    // A category in the plural before a marked name ("Pensionärsorganisationerna PRO Sveg") is no part of it: the
    // next word starts the name. A plural that is the name ("Nattvandrarna Visby", "Sportfiskarna") stays.
    if (!known && GENERIC_PLURAL.test(text.slice(start, first))) {
      const next = first + Math.max(gap(text, first), 0);
      const nextWord = matchAt(text, next, KNOWN_WORD, CAP_WORD);
      if (next > first && nextWord > 0 && marked(text.slice(next, extend(text, nextWord, next)))) continue;
    }
    if (!known && ownersMember(text, start, first)) continue;
    let span: NameSpan = { start, end: extend(text, first, start), known };
    // A name spelled out before a national organisation's initials is that organisation: "Barnens rätt i samhället, BRIS".
    const initials = /,[ \t]*(\p{Lu}\p{L}{1,5})$/u.exec(text.slice(start, span.end));
    if (!known && initials && KNOWN_WHOLE.test(initials[1]!)) span = { ...span, known: true };
    // A capitalised sentence opener before a national organisation is no part of its name ("Även Röda Korset").
    const inner = knownStarts[firstAbove(knownStarts, start)];
    // Not its initials set off by a comma or a bracket ("Barnens rätt i samhället, Bris" opening a sentence), nor a type
    // noun the name opens with ("Sällskapet Länkarna" opening a line is the name, as "Även Länkarna" is not).
    if (!known && inner !== undefined && inner < span.end && SENTENCE_START.test(text.slice(Math.max(0, start - 10), start)) && !/[,(][ \t]*$/u.test(text.slice(start, inner)) && !typeNounOpening(text.slice(start, inner))) {
      span = { start: inner, end: extend(text, matchAt(text, inner, KNOWN_WORD), inner), known: true };
    }
    span = { ...withoutPerson(text, span), end: capsLineEnd(text, span, quotedEnd(text, span)) };
    spans.push(span);
    covered = span.end;
  }
  return spans;
}
