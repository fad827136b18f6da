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
];
/** A name before its verb: at most this long, as a name set apart by its verb may hold a few lower-case words ("… län"). */
const MAX_NAME = 60;
const SUBJECT = new RegExp(String.raw`^(\p{Lu}[^.!?\n]{1,${MAX_NAME}}?)\s+(?:${SUBJECT_VERBS.join('|')})\s`, 'u');
/** Where a sentence opens within a paragraph: its start, or after a full stop and space before a capital. */
const SENTENCE_START = /(?:^|(?<=[.!?])\s+)(?=\p{Lu})/gu;

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
  /** Offset of the sentence (and its name) in the text. */
  start: number;
}

/**
 * The partner a sentence opens on, if its name has a name's shape and is no public party's: `formed` where it has an
 * organisation's form. A name without one counts only among partners that have it (findSubjectSentences), and only
 * when it is two words or more and no person, place, body or company (parties/not-organisations.ts).
 */
export function sentenceSubject(sentence: string): { name: string; formed: boolean } | null {
  const name = SUBJECT.exec(sentence)?.[1]?.trim();
  if (!name || !looksLikeName(name, LOOSE_LOWER_WORDS) || GENERIC_PLURAL.test(name) || findPublicParties(name, { bare: false }).length > 0) return null;
  if (hasOrganisationForm(name)) return { name, formed: true };
  const words = name.split(/\s+/).length;
  return words >= MIN_FORMLESS_WORDS && !isNoOrganisation(name, sentence, { start: 0, end: name.length }) ? { name, formed: false } : null;
}
/** A name without an organisation's form: two words or more ("Barnombudet i Ekby län"), as one word ("Projektet") is often a noun. */
const MIN_FORMLESS_WORDS = 2;

/** A partner's passage on a page of several partnerships speaks of its own when it names the form or states a sum ("För 2021 handlar det om 1,2 miljoner kronor"). */
const speaksOfPartnership = (text: string) => PARTNERSHIP_WORD.test(text) || findAmountMentions(text).length > 0;

export function findSubjectSentences(text: string): ListingTable[] {
  if (!PLURAL_PARTNERS.test(text)) return [];
  const rows: Cell[][] = [];
  const formed: boolean[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphsOf(text)) {
    const openings: Opening[] = [];
    for (const m of paragraph.text.matchAll(SENTENCE_START)) {
      const at = m.index + m[0].length;
      const subject = sentenceSubject(paragraph.text.slice(at));
      if (subject) openings.push({ ...subject, start: paragraph.start + at });
    }
    openings.forEach((opening, i) => {
      const key = opening.name.toLocaleLowerCase('sv');
      const end = openings[i + 1]?.start ?? paragraph.start + paragraph.text.length;
      const passage = text.slice(opening.start, end).trimEnd();
      if (seen.has(key) || !speaksOfPartnership(passage)) return;
      seen.add(key);
      formed.push(opening.formed);
      rows.push([
        { text: opening.name, start: opening.start, end: opening.start + opening.name.length, exact: true, oneName: true },
        { text: passage, start: opening.start, end: opening.start + passage.length, exact: true },
      ]);
    });
  }
  // The partners with an organisation's form make the list; those without one stand in it only beside them.
  if (formed.filter(Boolean).length < MIN_PARTNERS) return [];
  return [{ roles: [...ROLES], rows }];
}
