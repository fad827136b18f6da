/**
 * What makes a name an organisation's, and what makes it none. markerStrength: the prior from the name
 * alone (a national organisation, a marker word — extractors/lexicon/ideburna.json). isNoOrganisation: names
 * that are never idéburna parties however they stand — public bodies, places and countries, companies,
 * kommunalförbund and state bodies, political parties, people, a place qualifying a body, an aktiebolag's organisationsnummer.
 */
import lexicon from '../lexicon/ideburna.json' with { type: 'json' };
import { findKommun, findRegion } from './lexicon.js';
import { hasSuffixMarker, nameWords } from './names.js';
import { isPublicBody } from './organ.js';
import { perKey } from '../engine/memo.js';
import { fitsAtEnd } from '../engine/window-end.js';
import { literalWritings, NOT_AFTER_WORD_CHARACTER, NOT_BEFORE_WORD_CHARACTER } from '../engine/sticky.js';

/**
 * "X, org.nr 802400-1234" after a name: the first digit of an organisationsnummer tells the legal form —
 * 8 ideella föreningar and stiftelser, 7 ekonomiska föreningar, 5 aktiebolag.
 */
export function organisationNumber(firstDigit: string): RegExp {
  return new RegExp(String.raw`^[\s,(]*org(?:anisations)?\.?\s*(?:nr|nummer)\.?:?\s*${firstDigit}\d{5}-?\d{4}`, 'iu');
}

/** Prior that a name is an idéburen organisation from the name alone. */
const KNOWN_ORGANISATION = 0.55;
const MARKED_NAME = 0.45;

const PREFIX_MARKERS = new Set(lexicon.prefixMarkers.map((w) => w.toLowerCase()));
const SPORT_TOKENS = new Set(lexicon.sportTokens);
const COMPANY_FORMS = new Set(lexicon.companyForms);
// In either case: contact lines write it small too ("Anna Berg (m) Kommunalråd").
const PARTY_LETTERS = /^\s*\((?:S|M|L|C|V|KD|MP|SD)\)/iu;
/** "Anders Svensson, verksamhetschef": a name followed by a person's title. */
const PERSON_FOLLOWED_BY_TITLE = /^,?\s+\p{Ll}*(?:chef|ledare|direktör|handläggare|sekreterare|ordförande|samordnare|strateg|ansvarig)(?!\p{L})/u;
const PERSON_TITLE = /(?:ordförande|ledamot|ersättare|handläggare|chef|direktör)\s+$/iu;
const ORGANISATION_NUMBER = organisationNumber('(\\d)');

/** The prior from the name alone; `known` when it starts with a national organisation from the lexicon. */
export function markerStrength(name: string, known: boolean): number {
  if (known) return KNOWN_ORGANISATION;
  const words = name.split(' ');
  // A club's two letters alone name no club ("när KK skrev om avtalet" is a newspaper): they mark a place's club ("Ekby IK",
  // "HC Ekby"). A longer token may be a whole organisation's name ("PRO", "AIK", "KFUM").
  const sportMark = (w: string) => SPORT_TOKENS.has(w) && (w.length > 2 || words.length > 1);
  const marked =
    PREFIX_MARKERS.has(words[0]!.toLowerCase()) ||
    words.some((w) => sportMark(w) || (w.length > 3 && hasSuffixMarker(w)));
  return marked ? MARKED_NAME : 0;
}

const COUNTRIES = new Set(lexicon.countries);
const POLITICAL_PARTIES = new Set(lexicon.politicalParties.map((p) => p.toLowerCase()));

/**
 * A bare place name or its genitive ("Hallands", "Malmös", "Sverige"), a route ("Mora-Filipstad") or places joined by a
 * slash ("Nacka/Värmdö") names no organisation.
 */
function isPlace(name: string): boolean {
  const place = name.replace(/s$/, '');
  if (/^\p{Lu}\p{Ll}+(?:[-/]\p{Lu}\p{Ll}+)+$/u.test(name) && name.split(/[-/]/).every((part) => findKommun(part) !== null)) return true;
  return COUNTRIES.has(place) || COUNTRIES.has(name) || findKommun(name) !== null || findRegion(name) !== null || findRegion(place) !== null;
}

/**
 * A company form right after a name ends a company's name: "Familjebostäder i Göteborg AB". Lower-case words of the
 * company's own may stand between ("Ekholmsnäs golf AB", "Ekby bygg och måleri AB"), not a clause's ("Ekby IF och Ekby
 * Bygg AB" leaves Ekby IF, whose "och" is followed by a capitalised name; "Ekby IF har anlitat AB Bygg" has a verb).
 */
const COMPANY_OWN_WORD = String.raw`(?!(?:${lexicon.afterNameWords.join('|')}|till|från|av|på|vid|hos|eller|att)(?!\p{L}))\p{Ll}[\p{L}-]*`;
// Its place may go on with one more word of the company's name: "Tennis & Paddel i Ekby Förvaltning AB".
const COMPANY_AFTER = new RegExp(String.raw`^(?:\s+i\s+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}[\p{L}-]*)?|(?:[ \t]+${COMPANY_OWN_WORD}){1,2})?\s+(?:${lexicon.companyForms.join('|')})(?![\p{L}\d])`, 'u');

function isCompany(name: string, after: string): boolean {
  const words = name.split(' ');
  // Anywhere in the name: "Fastighets AB Ekby" as well as "AB Ekbyhem" and "Ekbyhem AB".
  const company = words.some((w) => COMPANY_FORMS.has(w)) || COMPANY_AFTER.test(after);
  return company && markerStrength(name, false) === 0;
}

const PUBLIC_ABBREVIATIONS = new Set(lexicon.publicAbbreviations);
/**
 * A city district's abbreviated body or administration (stadsdelsförvaltning, stadsdelsnämnd, stadsdelskontor) opening a
 * name: "SDF Majorna-Linné", "SDN Östra" are public units, not organisations ("SDFA Ekby", another word, is left alone).
 */
const PUBLIC_UNIT_ABBREVIATIONS = new Set(lexicon.publicUnitAbbreviations);
const opensWithPublicUnit = (name: string) => PUBLIC_UNIT_ABBREVIATIONS.has(name.split(' ')[0]!) && name.includes(' ');

/** A kommunalförbund or the like: marked like an association, but public ("Regionförbundet i Kalmar län"). */
const PUBLIC_COMPOUNDS = lexicon.publicCompounds;
/** Words that end like a state body but are no such body: "Nätverket Värmlands Idéburna" is not "…verket". */
const NOT_PUBLIC_COMPOUNDS = lexicon.notPublicCompounds;
const isPublicCompound = (name: string) =>
  name
    .toLowerCase()
    .split(' ')
    .some((w) => PUBLIC_COMPOUNDS.some((c) => w.endsWith(c)) && !NOT_PUBLIC_COMPOUNDS.some((c) => w.endsWith(c)));

/**
 * A name right before a body's name qualifies the body ("Rinkeby-Kista stadsdelsnämnd", "Ekby vård- och omsorgsnämnd", "Regionala utvecklingsenheten"):
 * it is no organisation. A capitalised body ("Barn- och utbildningsnämnden", "Socialnämnden") names itself and starts a
 * new phrase, where a protocol runs its items together ("IOP med Kvinnojouren X Barn- och utbildningsnämnden beslutar").
 */
const QUALIFIES_BODY = /^[ \t]+(?:\p{Ll}+-[ \t]+och[ \t]+)?\p{Ll}*(?:nämnd|styrelse|förvaltning|fullmäktige|utskott|enhet)/u;

/**
 * A saved page's credit for a photo or a text ("Foto: Anna Berg.", "Bild: Per Lind") names a person, whatever the words
 * around it ("Överklagat beslut om bidrag till X avslås. Foto: Anna Berg." is no grant to her).
 */
const CREDIT_LABEL = new RegExp(String.raw`(?<!\p{L})(?:${lexicon.creditLabels.join('|')})[ \t]*:[ \t]*$`, 'iu');

/**
 * An indefinite article before a name makes it a kind, one of many: "pengar till ett Folkets Hus i Ekby", "bildandet
 * av en Kvinnojour". A name is written without one ("bidrag till Kvinnojouren i Ekby").
 */
const INDEFINITE_ARTICLE = /(?<!\p{L})(?:en|ett)[ \t]+$/u;

/** Where a sentence, a line or a quoted reply opens: a word there is capitalised by its place, not as a name. */
const OPENS_SENTENCE = /(?:^|[.!?:][ \t]+|\n[ \t]*|[–-][ \t]+)$/u;
/**
 * A word opening a sentence before its verb and a pronoun subject is an adverbial, not a subject (Swedish puts the finite
 * verb second): "– Förr fick vi ett administrationsbidrag", "Nu får de bidrag" (not "Ekby IF får bidrag", nor a name the
 * text writes with a marker). Only a subject pronoun: "får de pengar" may be a determiner's "de".
 */
const INVERTED_SUBJECT = /^[ \t]+\p{Ll}+[ \t]+(?:vi|jag|ni|du|han|hon|man)(?!\p{L})/u;
function adverbialOpening(name: string, before: string, after: string): boolean {
  if (name.includes(' ') || !fitsAtEnd(OPENS_SENTENCE, before)) return false;
  return markerStrength(name, false) === 0 && INVERTED_SUBJECT.test(after);
}

/**
 * One unmarked word in the genitive right before a lower-case noun is that noun's modifier, not a name of its own: "avtal
 * mellan Erstaviks fideikommiss och kommunen", "arrendeavtal mellan Fryksdalens sparbank och …", "avtal med Statens
 * fastighetsverk" name an estate, a bank, an agency — the noun heads the phrase, and a noun that is no marker (a marked one
 * is in the name already: "Lunds kvinnojour") makes it no idéburen party, unless the text writes the word alone too (writtenAlone). Not before a word that follows names ("Bris
 * har", "Ekbys i …": lexicon afterNameWords), nor a name whose own marker or lexicon entry says what it is ("Bris verksamhet").
 */
const GENITIVE_WORD = /^\p{Lu}\p{Ll}+s$/u;
// A head noun that says organisation ("Pensionärernas riksorganisation (PRO)", lexicon appositionNouns) heads an
// organisation's name, which the word opens.
const ORGANISATION_HEAD = String.raw`\p{Ll}*(?:${lexicon.appositionNouns.join('|')})(?![\p{L}\d-])`;
const HEAD_NOUN_AFTER = new RegExp(String.raw`^[ \t]+(?!(?:${lexicon.afterNameWords.join('|')}|till|från|av|på|vid|hos|eller|att|ska|skall|kan)(?!\p{L}))(?!${ORGANISATION_HEAD})\p{Ll}{3,}(?![\p{L}\d-])`, 'u');
/**
 * Only in an agreement's party slot, right after "mellan", "med" or "och", where the whole phrase is the party: elsewhere the
 * word may open a longer name ("bidrag till Barnens rätt i samhället, BRIS") or own what follows ("bidrag till
 * Nattvandrarnas verksamhet").
 */
const PARTY_SLOT_BEFORE = /(?<!\p{L})(?:mellan|med|och)[ \t]+$/u;
const modifiesNoun = (written: string, known: boolean, before: string, after: string, text: string) =>
  GENITIVE_WORD.test(written) &&
  markerStrength(written.slice(0, -1), known) === 0 &&
  HEAD_NOUN_AFTER.test(after) &&
  PARTY_SLOT_BEFORE.test(before) &&
  !writtenAlone(written.slice(0, -1), text);
/**
 * Where the text also writes the word without its genitive, it names an organisation of its own, in the genitive before what
 * it does: "stötta Fryshusets satsning i länet" beside "Fryshuset står för en chef".
 */
const writtenAlone = (base: string, text: string) => !literalWritings(base, text, NOT_AFTER_WORD_CHARACTER, NOT_BEFORE_WORD_CHARACTER).next().done;
/** The base (letters, GENITIVE_WORD's) as a whole word, `(?<![\p{L}\d])${base}(?![\p{L}\d])` under u: found literally, no pattern compiled per word. */

/** A defined term of an agreement ("…, nedan kallad Staden") stands for a party named before it. */
const DEFINED_TERM = /nedan[ \t]+(?:kallad|kallat|kallade|benämnd|benämnt)[ \t]+["”'»]?$/iu;

/**
 * A project, programme or method named by its common noun, inside the name ("Projektet Trygga Hem beviljas …") or
 * before it ("inom satsningen Unga Ledare"): what is run, not who runs it.
 */
const PROJECT_NOUNS = new Set(lexicon.projectNouns);
const PROJECT_BEFORE = new RegExp(`(?<!\\p{L})(?:${lexicon.projectNouns.join('|')})[ \\t]+["”»]?$`, 'iu');
/**
 * … or one word ending in the noun, a kind of project named so: "Kulturnämnden beviljar Utvecklingsprojekt", "Integrationsprojektet
 * får medel" (a marker makes it an organisation's name: "Projektföreningen" does not end so anyway).
 */
const PROJECT_COMPOUND = new RegExp(`^\\p{L}+(?:${lexicon.projectNouns.join('|')})$`, 'iu');
const isProject = (name: string, before: string) =>
  PROJECT_NOUNS.has(name.split(' ')[0]!.toLowerCase()) || (!name.includes(' ') && PROJECT_COMPOUND.test(name) && markerStrength(name, false) === 0) || fitsAtEnd(PROJECT_BEFORE, before);

/**
 * A public administration's unit, definite and capitalised ("Ekonomienheten", "Fastighetskontoret", "Kulturförvaltningens"):
 * a name of its own is no organisation ("tecknat arrendeavtal med Fastighetskontoret"), and where a protocol runs its lines
 * together it is a new phrase, not more of a name (name-spans.ts). An organisation's own unit is no such word ("Röda Korsets Lokalavdelning").
 */
export const ADMINISTRATIVE_UNIT = /^\p{Lu}\p{Ll}+(?:enheten|kontoret|förvaltningen)s?$/u;

/** An abbreviation joined to a common noun ("EU-medborgare", "IT-stöd") is a word, not a name. */
const ABBREVIATED_NOUN = /^\p{Lu}+-\p{Ll}+$/u;

const COMPANY_WORD = new RegExp(`(?:${lexicon.companyWordEndings.join('|')})$`, 'iu');
/** "Bostadsbolaget Hem": a word for a company in the name. */
const hasCompanyWord = (name: string) => name.split(' ').some((w) => COMPANY_WORD.test(w));

const SURNAME = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${lexicon.surnameEndings.join('|')})$`, 'u');
/** "Anna Svensson", "Lars Berg": a given name and a surname, two words with no marker. */
function isPerson(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && SURNAME.test(words[1]!) && markerStrength(name, false) === 0;
}

/**
 * A capitalised adjective before a lower-case plural noun qualifies it, as in a heading's or an emphatic writing: "IOP med
 * Idéburna organisationer", "Lokala föreningar kan söka" name no organisation. A one-word name followed by a verb or a
 * punctuation mark ("Bris har", "med Ronja.") is untouched.
 */
const ADJECTIVE = /^\p{Lu}\p{Ll}+a$/u;
const PLURAL_NOUN_AFTER = /^[ \t]+\p{Ll}{3,}(?:er|ar|or)(?![\p{L}\d])/u;
const qualifiesNoun = (name: string, after: string) => ADJECTIVE.test(name) && PLURAL_NOUN_AFTER.test(after);

/**
 * A type noun in the indefinite plural, alone or after adjectives, names a kind, not an organisation: "Föreningar kan
 * ingå IOP", "Ideella föreningar", "Lokala kvinnojourer". A definite plural with its place may be one ("Brottsofferjourerna
 * i Värmland"), and a name of its own before the noun makes one ("Ekby Kvinnojourer" is left to its context).
 */
const KIND_PLURAL = /(?:föreningar|jourer|gårdar|klubbar|organisationer)$/iu;
const ADJECTIVE_WORD = /^\p{L}\p{Ll}+a$/u;
/** A number or quantity before the plural counts a kind: "Tre gotländska bygdegårdsföreningar får …", "Flera klubbar". */
const QUANTITY_WORD = /^(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|hundra|\d+|flera|många|några|alla|dessa)$/iu;
/**
 * The same plural in the definite, alone, is the kind's members in general: "pengarna räcker inte till Kvinnojourerna"
 * (with its place it may be one: "Brottsofferjourerna i Värmland").
 */
const KIND_DEFINITE_PLURAL = new RegExp(`^\\p{L}*${KIND_PLURAL.source.slice(0, -1)}na$`, 'iu');
/**
 * An association's noun in the indefinite singular, one word, is the kind, as a heading writes it: "Hockeyförening kan få
 * stöd", "Idrottsklubb söker bidrag" (a name of one is in the definite, "Hyresgästföreningen", or has words of its own,
 * "Ekby Idrottsförening").
 */
const KIND_SINGULAR = /^\p{L}+(?:förening|klubb|förbund|sällskap)$/u;
function namesKind(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 1 && (KIND_DEFINITE_PLURAL.test(name) || KIND_SINGULAR.test(name))) return true;
  const qualifiers = QUANTITY_WORD.test(words[0]!) ? words.slice(1, -1) : words.slice(0, -1);
  return KIND_PLURAL.test(words.at(-1)!) && qualifiers.every((w) => ADJECTIVE_WORD.test(w));
}

/**
 * An event named by its last word, a year after it or not: "Krullis Cup 2002", "Ekby Festival", "Ekbyloppet" (bidrag till
 * an event is a grant to whoever arranges it). A marker makes it an organisation ("Ekby Festivalförening").
 */
const EVENT_WORD = new RegExp(`(?:${lexicon.eventWords.join('|')})$`, 'iu');
function namesEvent(name: string): boolean {
  const words = name.split(' ').filter((w) => !/^\d{4}$/.test(w));
  return words.length > 0 && EVENT_WORD.test(words.at(-1)!) && markerStrength(name, false) === 0;
}

/**
 * A name right after another name's "i" is where that one works, not an organisation: "Föreningen Kvinnocenter i
 * Bergby och Fryshuset" leaves Bergby out. After a common word ("medlem i Röda Korset", "aktiv i Ekby IF") it may be one.
 */
const PLACE_OF_NAME_BEFORE = /\p{Lu}[\p{L}\d-]*[ \t]+i[ \t]+$/u;

/**
 * A line a saved web page opens with a teaser's label (lexicon teaserLabels) links to another article: "Läs också: Stiftelsen X
 * får bidrag" names that article's subject, no party of this page's partnership, unless the page names it elsewhere too (a
 * teaser's headline may be about the same partner, and then is one more mention of it). Not the label inside a sentence
 * ("Du kan läsa mer om Föreningen X").
 */
const TEASER_LINE = new RegExp(String.raw`^[ \t]*(?:${lexicon.teaserLabels.join('|')})(?!\p{L})`, 'iu');
export function onTeaserLine(text: string, start: number): boolean {
  return TEASER_LINE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
}

/** Whether the name at [span.start, span.end) of text can be no idéburen party, whatever its context. */
export function isNoOrganisation(name: string, text: string, span: { start: number; end: number; known?: boolean }): boolean {
  const after = text.slice(span.end, span.end + 60);
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  return (
    isNoOrganisationName(name) ||
    isCompany(name, after) ||
    isProject(name, before) ||
    qualifiesNoun(name, after) ||
    modifiesNoun(text.slice(span.start, span.end), span.known ?? false, before, after, text) ||
    ORGANISATION_NUMBER.exec(after)?.[1] === '5' ||
    QUALIFIES_BODY.test(after) ||
    PARTY_LETTERS.test(after) ||
    PERSON_FOLLOWED_BY_TITLE.test(after) ||
    fitsAtEnd(PERSON_TITLE, before) ||
    fitsAtEnd(DEFINED_TERM, before) ||
    fitsAtEnd(INDEFINITE_ARTICLE, before) ||
    fitsAtEnd(CREDIT_LABEL, before) ||
    (nameWords(name).length === 1 && markerStrength(name, false) === 0 && fitsAtEnd(PLACE_OF_NAME_BEFORE, before)) ||
    adverbialOpening(name, before, after)
  );
}

/** One capital letter stands for a party in a template ("Mellan X kommun och Y", "föreningen Z"): no organisation's name. */
const PLACEHOLDER = /^\p{Lu}$/u;

/**
 * What the name alone says, remembered per name (engine/memo.ts): a text names the same organisations, places and
 * bodies again and again, and every test here is of the name only.
 */
const isNoOrganisationName = perKey(
  (name: string) =>
    nameWords(name).length === 0 || // only generic words: "Föreningen har ansökt"
    isPublicBody(name) ||
    isPlace(name) ||
    isPublicCompound(name) ||
    ADMINISTRATIVE_UNIT.test(name) ||
    PUBLIC_ABBREVIATIONS.has(name) ||
    opensWithPublicUnit(name) ||
    POLITICAL_PARTIES.has(name.toLowerCase()) ||
    ABBREVIATED_NOUN.test(name) ||
    hasCompanyWord(name) ||
    isPerson(name) ||
    namesKind(name) ||
    namesEvent(name) ||
    PLACEHOLDER.test(name),
  10_000,
);
