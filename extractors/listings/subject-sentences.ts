/**
 * subject-sentence: a news page or report that tells of several partnerships in running prose, one sentence each
 * opening on the partner's name as its subject, the terms told after it, several to a paragraph:
 *   Partnerskapen gäller för åren 2021–2024 och omfattar flera organisationer.
 *   Idrottsföreningen Kometen är en – den samlar 40 klubbar i länet. För 2021 handlar det om 1,2 miljoner kronor.
 *   Kvinnojouren Vega driver skyddat boende. Här avsätter regionen 900 000 kronor per år.
 *
 *   Stiftelsen Gröna Gården är en annan organisation som kommunen nu ingår partnerskap med.
 * The shape: the page says it speaks of several partnerships or grants (PLURAL_PARTNERS: "flera organisationer", "ett
 * antal föreningar", "tre partnerskap"); a sentence opens on a name with an organisation's form (a marker word or a
 * national organisation's name) and a verb of which it is the subject (SUBJECT_VERBS); its passage runs to the next such
 * sentence or the paragraph's end and speaks of a partnership or funding, or states a sum. Two such partners or more make a list; a
 * partner named again opens no new row (its story goes on). Among them, a name of two words or more without an organisation's
 * form ("Barnombudet i Ekby län är en samordningsfunktion …") is a partner too, if no person, place, body or company. The
 * passage is the row's description, where its sums are read.
 *   no: a page about one IOP whose prose names its partner twice ("Kvinnojouren Vega driver … Kvinnojouren Vega får …");
 *       a page without a word of several partnerships; a sentence opening on a body or kommun ("Region Uppsala stödjer
 *       också …"); names without an organisation's form alone, or with one partner that has it; a person ("Anna Karlsson är …").
 */
import words from '../lexicon/listing-lines.json' with { type: 'json' };
import formNouns from '../lexicon/organisation-form-nouns.json' with { type: 'json' };
import { alternation } from '../amounts/numerals.js';
import { findAmountMentions } from '../amounts/index.js';
import { COUNTING_WORDS } from './grant-words.js';
import { LOOSE_LOWER_WORDS, looksLikeName } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';
import { paragraphsOf } from './paragraphs.js';
import { findPublicParties } from './public-parties.js';
import { isNoOrganisation } from '../parties/not-organisations.js';
import type { Cell, ColumnRole, ListingTable } from './table.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'description'];
const MIN_PARTNERS = 2;

/** The finite verbs a partner's sentence opens with after its name, as its subject. */
export const SUBJECT_VERBS: readonly string[] = [
  'är', 'var', 'har', 'hade', 'driver', 'bedriver', 'arbetar', 'verkar', 'erbjuder', 'samlar', 'representerar',
  'företräder', 'får', 'fick', 'erhåller', 'erhöll', 'tilldelas', 'tilldelades', 'beviljas', 'beviljades',
  // What it intends to do with the money, as a news page of grants tells ("Ekby hembygdsförening avser att renovera …"); not
  // "ska" or "vill", which any sentence on the money's use opens with ("Boden Hockey ska använda pengarna till …").
  'avser', 'planerar',
];
/** The verbs of receiving money, after which a sentence turned about names its recipient ("Det största bidraget får klubben X"). */
const RECEIVING_VERBS: readonly string[] = ['får', 'fick', 'erhåller', 'erhöll', 'tilldelas', 'tilldelades', 'beviljas', 'beviljades'];
/** A name before its verb: at most this long, as a name set apart by its verb may hold a few lower-case words ("… län"). */
const MAX_NAME = 60;
const SUBJECT = new RegExp(String.raw`^(\p{Lu}[^.!?\n]{1,${MAX_NAME}}?)\s+(?:${SUBJECT_VERBS.join('|')})\s`, 'u');
/**
 * Where a sentence or a clause of its own opens within a paragraph: its start, after a full stop and space, or after "och"
 * or "samt" that joins a second clause ("X får 15 000 kronor för snöskoter och Y tilldelas 15 000 kronor"), before a capital.
 */
const SENTENCE_START = /(?:^|(?<=[.!?])\s+|(?<=\s(?:och|samt))\s+)(?=\p{Lu})/gu;

/**
 * A sentence turned about: what opens it is no name but a determiner, pronoun, adverb or preposition ("Det största
 * bidraget", "Därmed", "Här", "Under 2016–2017"), the verb of receiving follows, and its recipient after it, perhaps after its kind in lower case ("… får
 * orienteringsklubben OK Bävern som …"). A list of function words.
 */
const NOT_A_NAME_OPENING = /^(?:Det|Den|De|Dessa|Detta|Denna|Här|Där|Därmed|Dessutom|Även|Också|Man|Vi|Nu|Sedan|Totalt|Sammanlagt|Mest|Minst|Under|Efter|Inför|Enligt|Från|Vid|Genom|Bland|Hittills|Tidigare)(?!\p{L})/u;
const TURNED_ABOUT = new RegExp(
  String.raw`^[^.!?\n]{0,${MAX_NAME}}?\s(?:${RECEIVING_VERBS.join('|')})\s+(?:(\p{Ll}[\p{L}-]*)\s+)?(\p{Lu}[\p{L}\d-]*(?:\s+(?:[&-]|\p{Lu}[\p{L}\d-]*))*)`,
  'u',
);
/**
 * A partner spoken of again by its kind alone, as the subject of its own story's next sentence ("Föreningen beviljas
 * 130 000 kronor", "Klubben får 25 000 kronor"): the partner named before it, no new one.
 * The definite form nouns of lexicon/organisation-form-nouns.json, alone or ending a compound.
 */
export const ANAPHOR = new RegExp(String.raw`^\p{L}*(?:${formNouns.nouns.map(([, definite]) => definite).join('|')})$`, 'iu');

/** "flera organisationer", "ett antal föreningar", "olika organisationer", "tre partnerskap". */
const PLURAL_PARTNERS = new RegExp(
  String.raw`(?<![\p{L}])(?:flera|ett\s+(?:antal|flertal)|olika|\d+|${COUNTING_WORDS.join('|')})\s+(?:[\p{Ll}-]+\s+){0,3}?(?:organisationer|föreningar|partnerskap|överenskommelser|avtal|IOP)(?![\p{L}])`,
  'iu',
);
const PARTNERSHIP_WORD = /(?:IOP|partnerskap|överenskommels|avtal|samverkan|samarbete|bidrag|stöd|finansier|medel)/iu;
/** Organisations in general ("Föreningar och organisationer …"): a kind, no name. */
const GENERIC_PLURAL = new RegExp(`(?:^|\\s)(?:${alternation(words.genericPlurals)})(?=\\s|$)`, 'u');

interface Opening {
  name: string;
  formed: boolean;
  /** Offset of the sentence in the text. */
  start: number;
  /** Offset of its name: the sentence's, or after the verb in a sentence turned about. */
  nameAt: number;
}

/**
 * The partner a sentence opens on, if its name has a name's shape and is no public party's: `formed` where it has an
 * organisation's form. A name without one counts only among partners that have it (findSubjectSentences), and only
 * when it is two words or more and no person, place, body or company (parties/not-organisations.ts).
 */
export function sentenceSubject(sentence: string): { name: string; formed: boolean; at?: number } | null {
  if (NOT_A_NAME_OPENING.test(sentence)) return turnedAbout(sentence);
  const name = SUBJECT.exec(sentence)?.[1]?.trim();
  if (!name || ANAPHOR.test(name)) return null;
  return partner(name, sentence, 0);
}

/** A name read as a partner: `formed` where it has an organisation's form (or its kind stands before it: `kind`). */
function partner(name: string, sentence: string, at: number, kind = false): { name: string; formed: boolean; at?: number } | null {
  if (!looksLikeName(name, LOOSE_LOWER_WORDS) || GENERIC_PLURAL.test(name) || findPublicParties(name, { bare: false }).length > 0) return null;
  const place = at > 0 ? { at } : {};
  if (hasOrganisationForm(name)) return { name, formed: true, ...place };
  const words = name.split(/\s+/).length;
  if (isNoOrganisation(name, sentence, { start: at, end: at + name.length })) return null;
  return words >= MIN_FORMLESS_WORDS || kind ? { name, formed: kind, ...place } : null;
}

/** The recipient a sentence turned about names after its verb of receiving, its kind before it giving it form. */
function turnedAbout(sentence: string): { name: string; formed: boolean; at?: number } | null {
  const m = TURNED_ABOUT.exec(sentence);
  if (!m || m[2] === undefined) return null;
  const kind = m[1] !== undefined && hasOrganisationForm(m[1]);
  if (m[1] !== undefined && !kind) return null;
  return partner(m[2], sentence, m.index + m[0].length - m[2].length, kind);
}
/** A name without an organisation's form: two words or more ("Barnombudet i Ekby län"), as one word ("Projektet") is often a noun. */
const MIN_FORMLESS_WORDS = 2;

/** A partner's passage on a page of several partnerships speaks of its own when it names the form or states a sum ("För 2021 handlar det om 1,2 miljoner kronor"). */
const speaksOfPartnership = (text: string) => PARTNERSHIP_WORD.test(text) || findAmountMentions(text).length > 0;

/** The openings of a paragraph's sentences and clauses that name a partner, in order ("Kultur och Fritid får …": one). */
function openingsOf(paragraph: { text: string; start: number }): Opening[] {
  const openings: Opening[] = [];
  for (const m of paragraph.text.matchAll(SENTENCE_START)) {
    const at = m.index + m[0].length;
    // A clause's opening within the name of the partner before it ("Kultur och Fritid får …") is none.
    const last = openings[openings.length - 1];
    if (last && paragraph.start + at < last.nameAt + last.name.length) continue;
    const subject = sentenceSubject(paragraph.text.slice(at));
    if (subject) openings.push({ name: subject.name, formed: subject.formed, start: paragraph.start + at, nameAt: paragraph.start + at + (subject.at ?? 0) });
  }
  return openings;
}

/**
 * The partner an anaphor at `at` speaks of ("Föreningen beviljas 130 000 kronor", "Klubben får 25 000 kronor"): the last
 * partner a sentence of its paragraph opened on before it, its name and offset. Null where none did.
 */
export function partnerBefore(text: string, at: number): { name: string; start: number } | null {
  const blank = text.lastIndexOf('\n\n', at);
  const start = blank < 0 ? 0 : blank + 2;
  const last = openingsOf({ text: text.slice(start, at), start }).at(-1);
  return last ? { name: last.name, start: last.nameAt } : null;
}

export function findSubjectSentences(text: string): ListingTable[] {
  if (!PLURAL_PARTNERS.test(text)) return [];
  const rows: Cell[][] = [];
  const formed: boolean[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphsOf(text)) {
    const openings = openingsOf(paragraph);
    openings.forEach((opening, i) => {
      const key = opening.name.toLowerCase();
      const end = openings[i + 1]?.start ?? paragraph.start + paragraph.text.length;
      const passage = text.slice(opening.start, end).trimEnd();
      if (seen.has(key) || !speaksOfPartnership(passage)) return;
      seen.add(key);
      formed.push(opening.formed);
      rows.push([
        { text: opening.name, start: opening.nameAt, end: opening.nameAt + opening.name.length, exact: true, oneName: true },
        { text: passage, start: opening.start, end: opening.start + passage.length, exact: true },
      ]);
    });
  }
  // The partners with an organisation's form make the list; those without one stand in it only beside them.
  if (formed.filter(Boolean).length < MIN_PARTNERS) return [];
  return [{ roles: [...ROLES], rows }];
}
