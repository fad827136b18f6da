/**
 * Lists that give one partnership a line, as news pages and municipal web pages write them:
 *   Rinkeby-Kista har följande IOP:            Se hur de 6,7 miljonerna fördelades:
 *   Rinkeby Folkets Hus                        Fryshuset Husby 1 378 000 kronor.
 *   Fryshuset                                  Kista SC  1 312 000 kronor.
 * or, without a lead-in, "<förening> – 1 juli 2024–31 december 2027" or "<förening>, <verksamhet>, 2023–2025"
 * line after line, each perhaps under a caption naming its activity ("Konsthallen", then the line).
 * Each line is an organisation's name, then what the line says of it (a period, a sum, a note in
 * parentheses). The lines of one list are alike: when the first gives a sum, every one does. A list under
 * a lead-in (a line ending in a colon, or a short heading such as "Aktuella IOP:er") needs two lines; one
 * without needs three, each with a period, or two whose periods have a start and an end — a name and a sum
 * alone, line after line, may as well be a budget. Some name of the list must have an organisation's form
 * (organisation-form.ts): people, budget lines and places have none.
 */
import lines from '../lexicon/listing-lines.json' with { type: 'json' };
import organisationWords from '../lexicon/listing-organisations.json' with { type: 'json' };
import { alternation, GROUPED_SUM_DIGITS } from '../amounts/numerals.js';
import { findAmountMentions } from '../amounts/index.js';
import { bodySpans } from '../parties/organ.js';
import { BODY_HEAD } from './collapsed-table.js';
import { readCellPeriods, readPeriodColumn, type CellPeriod } from './period-cell.js';
import { PER_YEAR_WORDS, RECIPIENT_VERBS } from './grant-words.js';
import { hasOrganisationForm } from './organisation-form.js';
import { findPublicParties } from './public-parties.js';
import { headerRole, isBlank, sliceCell, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { splitLines, type Line } from '../engine/table-row.js';
import { perText } from '../engine/memo.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'period', 'amount', 'offentlig', 'organ'];
const INTRO_STEM = new RegExp(alternation(lines.introStems), 'iu');
const NOT_PARTNERSHIP_STEM = new RegExp(alternation(lines.notPartnershipStems), 'iu');
const CONNECTOR = new Set(lines.nameConnectors);
const IDEBUREN_MARKER = new RegExp(alternation(organisationWords.ideburenMarkers), 'iu');
const COMPANY_END = new RegExp(`\\s(?:${alternation(organisationWords.companyForms)})\\.?$`, 'u');

/** The marks a bulleted line opens with. */
const BULLET_MARKS = '[-•*–·]';
/**
 * What stands before the name: a list bullet or number ("- ", "• ", "3. "), and the agreement the line is
 * about ("IOP med Kvinnojouren Tärnan …", "Överenskommelse med …").
 */
const BULLET = new RegExp(String.raw`^\s*(?:(?:${BULLET_MARKS}|\d{1,2}[.)])\s+)?(?:(?:${alternation(lines.agreementLeads)})\s+med\s+)?`, 'iu');
/** What parts the name from the rest of its line: a dash between spaces, a colon, a comma, the topic ("… om läxhjälp") or what it is granted ("… får 300 000 kronor"). */
const NAME_END = /\s[-–—]\s|[:,]\s|\s(?:om|får|beviljas|tilldelas)\s/u;
/** A contact line's telephone number or e-mail address: a contact list is no list of partnerships. */
const CONTACT = /@|(?<!\d)0\d{1,3}[- ]\d{2,3}[ \d]{3,}|\b(?:tel|telefon|e-post|mobil)\b/iu;
const MAX_LINE = 160;
const LABEL = /^([^:\n]{2,45}):(?:\s|$)/u;
/** A short heading that leads in to a list without a colon: "Aktuella IOP:er", "Pågående partnerskap". */
const MAX_HEADING_INTRO = 60;
const HEADING_INTRO_STEM = new RegExp(alternation(lines.headingIntroStems), 'iu');
const MAX_NAME_WORDS = 10;
/** Lower-case words (not connectors) a name with an organisation-type word may hold: "Husby konst- och hantverksförening". */
const MAX_LOWER_WORDS = 3;
/** Lower-case words a name set apart by a dash and its period may hold ("Enköpings kammarkör"). */
export const LOOSE_LOWER_WORDS = 2;
/**
 * "Degerfors musikkår 15 000", "Folkuniversitetet 627": a grant list under a lead-in ("Kulturföreningar:") gives each
 * name its sum as a bare number closing the line, the unit left to the lead-in or the page. A sum in thousands groups
 * reads as kronor; a small bare number ("627", "0") only counts in a list whose other sums are grouped, as a list of
 * small numbers alone is a table of contents or a count. The sum may close on the kronor mark ":-", as a web page's
 * typography turns it ("Esplanadteatern 200 000: –"); the mark is the sum's, not a separator before a value.
 *
 * A news page may group the thousands with a full stop instead ("Gillstad Sportklubb 33.000", "Skara FC 297.000"): only
 * whole groups of three digits after each stop, so a decimal ("Version 2.1") or a time ("kl 12.00") is no sum.
 */
const DOTTED_SUM_DIGITS = String.raw`\d{1,3}(?:\.\d{3})+`;
const BARE_SUM = new RegExp(String.raw`\s(${GROUPED_SUM_DIGITS}|${DOTTED_SUM_DIGITS}|\d{1,3})(?:[ \t]?:[ \t]?[-–])?[ \t]*\.?[ \t]*$`, 'u');
/**
 * "Hela människan, Ria Borlänge: 500 000.", "Bris – Barnens rätt i samhället: 7 000 kronor.": a news list may give each
 * name its sum after a colon, the sentence's full stop closing the line. The colon then sets the name apart, and the
 * name runs up to it, a comma or a dash inside it included ("Ås Aikidoklubb, Åsby 15 500 kr", with no colon, still
 * ends at its comma). Only where the sum alone follows the colon: "Kvinnojouren Linnea: stödet gäller 2024" is a note.
 */
const COLON_THEN_SUM = new RegExp(String.raw`^[^:\n]{2,80}(?=:[ \t]+(?:${GROUPED_SUM_DIGITS}|${DOTTED_SUM_DIGITS}|\d{1,3})(?:[ \t]*(?:kronor|kr)\b)?[ \t]*\.?[ \t]*$)`, 'u');
/**
 * "Kullakonstnärerna, 20 000" among "<name>: <sum>" lines: a comma may stand where the colon does, the sum alone after
 * it. Only a sum in thousands groups: "Norrby IK, 12" or "Ås IF, 2024" after a comma is a note, a number or a year.
 */
const COMMA_THEN_SUM = new RegExp(String.raw`^[^:\n]{2,80}(?=,[ \t]+(?:${GROUPED_SUM_DIGITS}|${DOTTED_SUM_DIGITS})(?:[ \t]*(?:kronor|kr)\b)?[ \t]*\.?[ \t]*$)`, 'u');
const GROUPED_SUM = /\d[ \u00a0.]\d{3}$/u;
/** A conjunction joining two names in one cell. */
const JOINED_NAMES = /\s(?:och|samt|&)\s/u;
/** Only a dash between spaces: what stands between a name and the sum closing its line ("… – 90.000"). */
const DASH_ONLY = /^\s[-–—]$/u;
/** "<name> – <period>", "<name> – <sum>": the name, then a dash, then the value at once. */
const DASH_THEN_PERIOD = /^([^–—\n]{2,80}?)\s[-–—]\s+(?=\d)/u;
/** Words of a clause, never of a name: a line holding one is a sentence. */
const CLAUSE_WORD = /^(?:är|var|har|hade|ska|skall|kan|får|fick|blir|gäller|att|som|inte|detta|denna|dessa|vi|man|det|den|driver|bedriver|erhåller|erhöll|söker|sökte|beviljas|beviljades|tilldelas|tilldelades|arbetar|erbjuder|bildades|startade|ger|gav|går|gick|fördelas|fördelades|delas|betalas|utbetalas)$/u;
/**
 * A name that opens with its organisation word ("Föreningen Ungdomens hus", "Stiftelsen Gröna gården") may go on
 * in lower case; "Föreningen driver …" is a sentence (its verb a clause word), "Kvinnojouren Lilja skyddat boende"
 * no name that opens so.
 */
const OPENING_ORGANISATION_WORD = /^\p{Lu}\p{Ll}*$/u;
/** The organisation words such a name opens with, also ending a compound ("Idrottsföreningen", "Pensionärsförbundet"). */
const ORGANISATION_WORD_END = /(?:föreningen|stiftelsen|förbundet|sällskapet|stadsmissionen|kooperativet|samfundet)$/iu;
const MIN_ROWS_AFTER_INTRO = 2;
const MIN_ROWS_ALONE = 3;
/** Blank lines allowed between two items of one list. */
const MAX_GAP = 2;

/**
 * A line that leads in to a list: it ends in a colon and speaks of partnerships or funding, or it is a short
 * heading (no sentence's full stop) that names partnerships themselves or says money was granted ("FÖRENINGAR
 * SOM BEVILJATS BIDRAG", "Dessa föreningar fick stöd"); not one that leads in to members, contacts or prize winners.
 */
export function isIntro(line: string): boolean {
  const text = closingLeadIn(followingStopAsColon(line.trim()));
  // The shape and the stems first, the exclusions last: most lines fail the shape, and every test is a pure one.
  const shaped = text.endsWith(':')
    ? (text.length <= MAX_LINE || POINTS_TO_FOLLOWING.test(text)) && INTRO_STEM.test(text)
    : pointsToList(text) ||
      (text.length <= MAX_HEADING_INTRO && /^\p{Lu}/u.test(text) && !/[.!?]$/.test(text) && (HEADING_INTRO_STEM.test(text) || GRANTS_MONEY.test(text) || GRANTED_RECIPIENTS.test(text)));
  return shaped && !NOT_PARTNERSHIP_STEM.test(grantedMembersAsOrganisations(text));
}

/**
 * list-pointer sentence: a news page may lead in to its list with a whole sentence, its full stop where a colon would
 * stand, that opens by pointing at what follows ("Här är listan över …", "Nedan följer …", "Följande föreningar …") and
 * speaks of partnerships or funding. One sentence only, opening so: a pointer inside prose ("… enligt listan i
 * bilaga 1.") or a sentence that merely states ("Kommunen har följande IOP.") leads in to nothing.
 * A decision's point may open on its bullet ("• Följande föreningar beviljas bidrag ur verksamhet 491, …"): the bullet is
 * not the sentence's.
 *   yes: "Här är listan över de föreningar som får årsbidrag i början av 2024.", "Nedan följer de föreningar som beviljats bidrag.",
 *        "• Följande föreningar beviljas bidrag ur verksamhet 491."
 *   no:  "Bidraget fördelas enligt listan i bilaga 1.", "Här är kontaktuppgifterna till föreningarna.", "Här finns mer om bidrag. Läs mer."
 */
const LIST_POINTER = new RegExp(String.raw`^(?:[-•*–·][ \t]+)?(?:${alternation(lines.listPointers)})\s`, 'iu');
const pointsToList = (text: string) =>
  text.length <= MAX_LINE && /[^.]\.$/u.test(text) && !/[.!?]\s/u.test(text) && LIST_POINTER.test(text) && INTRO_STEM.test(text);

/**
 * following-lead-in: a sentence however long that closes on "enligt följande:" or "följande <noun>:" points at the list
 * below it, as a decision's text writes it: "Utifrån organisationernas ansökningar om verksamhetsstöd för 2008 har
 * förvaltningen arbetat fram ett förslag, som innebär att 100 kkr av bufferten fördelas enligt följande:". With a funding
 * or partnership stem, as any lead-in.
 *   yes: "… som innebär att 100 kkr av bufferten fördelas enligt följande:", "… beviljas bidrag till följande föreningar:"
 *   no:  a long sentence closing on "… som framgår nedan:" (the shape of a lead-in only when short)
 */
const POINTS_TO_FOLLOWING = /\s(?:enligt\s+)?följande(?:\s+\p{L}+)?:$/iu;

/**
 * following-stop: a sentence that closes on "enligt följande." or "till följande <noun>." points at the list below it, its
 * full stop where a colon would stand, as a decision's or a news page's text often writes it: "Nämnden har fördelat
 * föreningsbidrag för 2024 enligt följande.", "… beviljas bidrag till följande föreningar.". Read as the colon. Not a
 * sentence that merely states what there is ("Kommunen har följande IOP."), which may head prose.
 *   yes: "… fördelat föreningsbidrag för 2024 enligt följande.", "… beviljat bidrag till följande föreningar."
 *   no:  "Kommunen har följande IOP.", "Bidraget fördelas enligt listan i bilaga 1."
 */
const FOLLOWING_STOP = /(?<=\s(?:enligt\s+följande|till\s+följande(?:\s+\p{L}+)?))\.$/iu;
/** The stop read as a colon, the pattern tried only on a line that ends with one: its lookbehind, tried at every offset of every line, was most of isIntro's time. */
const followingStopAsColon = (text: string) => (text.endsWith('.') ? text.replace(FOLLOWING_STOP, ':') : text);

/**
 * closing-lead-in: a news page may run its lead-in on at the end of a paragraph, the list following the paragraph's
 * last sentence: "Sociala stödföreningar bedriver lokal verksamhet … Totalt beviljades 661 000 kronor till sju
 * föreningar:". A paragraph too long for a lead-in that ends in a colon is read as its closing sentence, which must
 * itself be a lead-in (a sentence opening in a capital after the full stop of the one before).
 *   yes: "… i en socialt utsatt situation. Totalt beviljades 661 000 kronor till sju föreningar:"
 *   no:  "… beslutade nämnden följande: 1. …" (no colon at the end); "… Följande föreningar är medlemmar:" (members)
 */
const SENTENCE_START = /[.!?]\s+(?=\p{Lu})/gu;
function closingLeadIn(text: string): string {
  if (text.length <= MAX_LINE || !text.endsWith(':')) return text;
  let last = -1;
  for (const m of text.matchAll(SENTENCE_START)) last = m.index + m[0].length;
  return last > 0 ? text.slice(last) : text;
}

/**
 * "Dessa 6 medlemsföreningar beviljades stöd:": a member organisation the line says was granted money is a recipient,
 * the member word only saying which organisations; "Följande föreningar är medlemmar:", "Våra medlemsföreningar:"
 * (no grant) still lead in to members. The compound is read as the organisations it names.
 */
const MEMBER_ORGANISATIONS = /medlems(?=förening|organisation|förbund)/giu;
/**
 * The perfect forms besides: "… har beviljats stöd:", "… har fått bidrag:", and a relative clause's perfect without its
 * "har", as Swedish writes it ("Föreningar som fått bidrag 2023:", "Organisationer som tilldelats stöd").
 */
const PERFECT_GRANT_VERBS = ['beviljats', 'tilldelats', 'fått'];
export const GRANTS_MONEY = new RegExp(String.raw`\b(?:${[...RECIPIENT_VERBS, ...PERFECT_GRANT_VERBS].join('|')})\b[^:]*?\b(?:bidrag|stöd|medel|kronor)`, 'iu');
const grantedMembersAsOrganisations = (text: string) => (GRANTS_MONEY.test(text) ? text.replace(MEMBER_ORGANISATIONS, '') : text);
/**
 * "Fakta: Det här får föreningarna i Ydre kommun 2016": a news page's fact box may head its list of sums with the
 * grant verb and the recipients in the definite plural, the money word left to the lines below. Not a heading on how
 * to apply ("Så får föreningarna söka bidrag"), whose verb is an auxiliary.
 */
const GRANTED_RECIPIENTS = new RegExp(String.raw`\b(?:${RECIPIENT_VERBS.join('|')})\s+(?:${alternation(lines.recipientPlurals)})\b(?!\s+(?:söka|ansöka|nu|inte)\b)`, 'iu');

/**
 * budget line: a grant list's line may name a pot instead of an organisation, its first word the grant's or budget's noun
 * ("Ramanslag för hembygdsföreningar 25 kkr", "Verksamhetsbidrag Norr"); no organisation's name opens so. Not "stöd",
 * which ends names of organisations that give support ("Brottsofferstöd Ekby").
 *   yes (a budget line): "Ramanslag för hembygdsföreningar", "Anslag till studieförbund", "Reserv"
 *   no:  "Bidragsföreningen Norr" (the word goes on), "Föreningen Anslaget", "Brottsofferstöd Ekby"
 */
const BUDGET_LINE = /^\p{L}*(?:anslag|bidrag|budget|buffert|reserv)(?!\p{L})/iu;

/**
 * Whether a text has the form of an organisation's name: capitalised words, joined by the few lower-case
 * words names hold; not a sentence, a public party, a public body or a company.
 */
export function looksLikeName(name: string, lowerWords = 0): boolean {
  const bare = name.replace(/\([^()]*\)/g, ' ').trim();
  if (!hasNameShape(bare, lowerWords) || BODY_HEAD.test(bare) || COMPANY_END.test(bare) || BUDGET_LINE.test(bare)) return false;
  const [place] = findPublicParties(bare, { bare: true });
  return !(place && place.start === 0 && place.end === bare.length);
}

/**
 * The words alone: capitalised, with lower-case words only after a connector or as the organisation word, or
 * (where the line sets the name apart) up to `lowerWords` others, none a word of a clause.
 */
function hasNameShape(bare: string, lowerWords = 0): boolean {
  if (!/^[\p{Lu}\d]/u.test(bare) || bare.length < 2) return false;
  const words = bare.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  // A lower-case word goes on a name after a connector ("Föreningen för psykisk hälsa") or is itself its
  // organisation word ("Uppsala rödakorskrets"); right after the capitalised words it starts a sentence.
  let afterConnector = false;
  let lower = 0;
  const opened = words.length >= 3 && OPENING_ORGANISATION_WORD.test(words[0]!) && ORGANISATION_WORD_END.test(words[0]!) && /^\p{Lu}/u.test(words[1]!);
  for (const word of words) {
    if (CONNECTOR.has(word)) afterConnector = true;
    else if (/^\p{Ll}/u.test(word) && !/[-–]$/.test(word)) {
      if (CLAUSE_WORD.test(word)) return false;
      if (!afterConnector && !IDEBUREN_MARKER.test(word) && lowerWords === 0 && !opened) return false;
      lower++;
    }
  }
  return lower <= (opened ? Math.max(lowerWords, LOOSE_LOWER_WORDS) : IDEBUREN_MARKER.test(bare) ? MAX_LOWER_WORDS : lowerWords);
}

/** "Kvinnojouren Vega (2023–2025)", "Kvinnojouren Vega, 2023–2025": the punctuation before the value is not the name's. */
const trimValueStart = (text: string) => text.trim().replace(/[\s.,;:([–—-]+$/u, '');

/**
 * Where the name starts in a heading or list line, after a bullet and an agreement word ("IOP med …"), and
 * whether the agreement word stood there (it makes the rest a partner's name whatever its form).
 */
export function nameAfterLead(text: string): { from: number; agreement: boolean } {
  const lead = BULLET.exec(text)?.[0] ?? '';
  return { from: lead.length, agreement: /\smed\s+$/iu.test(lead) };
}

interface Item {
  cells: Cell[];
  hasPeriod: boolean;
  /** The period has both a start and an end ("1 juli 2024–31 december 2027"). */
  fullPeriod: boolean;
  hasAmount: boolean;
  /** The sum is a small bare number closing the line ("627"), no sum a list of such lines alone makes. */
  smallBareSum?: boolean;
  /** The body the line names before its name ("Socialnämnden: Kvinnojouren Tärnan, 2023–2025"). */
  organ?: Cell;
  /** The line is a sentence granting the name its sum ("Stadsmissionen får 200 000 kr."). */
  granted?: boolean;
}

/** Items alike in what they give: a period each, a sum each, or neither. */
const alike = (a: Item, b: Item) => a.hasPeriod === b.hasPeriod && a.hasAmount === b.hasAmount;

/**
 * One line read as a list item: its name, and the period and sum it gives; null when the line names no
 * organisation. The name usually opens the line; it may also follow the period ("2023–2025: Kvinnojouren
 * Tärnan – skyddat boende") or the activity or body it is listed under ("Skyddat boende – Kvinnojouren
 * Tärnan, 2023–2025", "Socialnämnden: Kvinnojouren Tärnan, 2023–2025").
 */
export function readItem(line: Line): Item | null {
  if (isIntro(line.text)) return null;
  const described = describedName(line);
  if (described) return described;
  if (line.text.length > MAX_LINE) return readLongItem(line);
  // A contact line is tested for last: few lines read as items at all.
  const item = readLineItem(line);
  return item && !CONTACT.test(line.text) ? item : null;
}

/**
 * "Kristianstad kvinnojour: 673 000 kronor (8 kr per invånare). De hjälper utsatta kvinnor …": a news list may give
 * each entry a name and its sum or period, set apart by a colon, then a sentence or two about it on the same line.
 * Such a line, too long for an item, is read up to the end of its first sentence, and only when that sentence is
 * a name, a colon and at once a sum or a period; a paragraph of prose ("Nämnden beslutade: …") opens otherwise.
 */
const NAMED_VALUE_SENTENCE = /^[^:.\n]{2,80}:[ \t]+\d[^\n]{0,80}?[.;](?=\s+\p{Lu})/u;
function readLongItem(line: Line): Item | null {
  const from = BULLET.exec(line.text)?.[0].length ?? 0;
  const head = NAMED_VALUE_SENTENCE.exec(line.text.slice(from));
  if (!head) return null;
  const item = readLineItem({ text: line.text.slice(0, from + head[0].length), start: line.start });
  return item && structured(item) && !CONTACT.test(head[0]) ? item : null;
}

/**
 * described bullet: "• RBU i Stockholms län som arbetar med att motverka …": a news page may list the recipients a lead-in
 * speaks of as bullets, each a name and then a relative clause on what the organisation does, however long. Only after a
 * bullet mark, and the part before "som" must read as a name on its own (no period, no sum); an item alone gives no list,
 * which needs its lead-in.
 *   yes: "• RBU i Stockholms län som arbetar med …", "- Kvinnojouren Vega som driver skyddat boende."
 *   no:  "Kvinnojouren Vega som driver …" (no bullet), "• Föreningar som vill söka bidrag …" (no name), "• Det är en förening som …"
 */
const BULLET_MARK = new RegExp(String.raw`^\s*${BULLET_MARKS}\s+`, 'u');
const RELATIVE_CLAUSE = /\s+som(?:\s|$)/u;
function describedName(line: Line): Item | null {
  const mark = BULLET_MARK.exec(line.text);
  const clause = mark ? RELATIVE_CLAUSE.exec(line.text.slice(mark[0].length)) : null;
  if (!mark || !clause) return null;
  // The clause sets the name apart, so it may hold a lower-case word or two ("RBU i Stockholms län").
  const name = sliceCell(line, mark[0].length, mark[0].length + clause.index);
  if (/\d/.test(name.text) || !looksLikeName(name.text, LOOSE_LOWER_WORDS) || CONTACT.test(line.text)) return null;
  return { cells: [name, EMPTY, EMPTY], hasPeriod: false, fullPeriod: false, hasAmount: false };
}

function readLineItem(line: Line): Item | null {
  const from = BULLET.exec(line.text)?.[0].length ?? 0;
  const nameFirst = readNameFirst(line, from);
  // "Härbärge – Stadsmissionen i Västerås, 2022–2024": a first name without an organisation's form gives way
  // to an organisation's name after the dash. Only a line with a digit gives a period or a sum to read.
  const rest = line.text.slice(from);
  const headed = /\d/.test(rest) && HEAD_END.test(rest);
  if (nameFirst && (!headed || hasOrganisationForm(nameFirst.cells[0]!.text))) return nameFirst;
  return (headed ? readHeadFirst(line, from) : null) ?? nameFirst ?? readPeriodFirst(line, from) ?? readSumFirst(line, from);
}

/**
 * sum-first line: "• 25 000 kronor till Norrby Konstförening för en utställning.": a news list may open each line on the sum
 * and name its recipient after "till", what the money is for after it. The sum with its unit, then "till" and at once a
 * capitalised name, set apart by what follows it (" för ", a comma, the sentence's end, " som "); the line is a grant.
 *   yes: "• 25 000 kronor till Norrby Konstförening för en utställning.", "40 000 kr till Ekby Teaterförening, sommarteater"
 *   no:  "25 000 kronor till ungdomsverksamhet" (no name), "Totalt 80 000 kronor till föreningarna." (no sum first)
 */
const SUM_FIRST = new RegExp(String.raw`^(?:${GROUPED_SUM_DIGITS}|\d{1,3})(?:,\d+)?[ \t]*(?:kronor|kr|tkr|miljoner(?:[ \t]+kronor)?|mnkr)[ \t]+till[ \t]+(?=\p{Lu})`, 'iu');
const SUM_FIRST_NAME_END = /\s(?:för|som|till|att)\s|[,;:]\s|\.?\s*$|\.\s/u;
function readSumFirst(line: Line, from: number): Item | null {
  const rest = line.text.slice(from);
  const lead = SUM_FIRST.exec(rest);
  if (!lead) return null;
  const [amount] = findAmountMentions(rest.slice(0, lead[0].length));
  const end = SUM_FIRST_NAME_END.exec(rest.slice(lead[0].length));
  if (!amount || amount.start !== 0 || !end) return null;
  const name = sliceCell(line, from + lead[0].length, from + lead[0].length + end.index);
  if (!looksLikeName(name.text, LOOSE_LOWER_WORDS)) return null;
  return { cells: [name, EMPTY, sliceCell(line, from + amount.start, from + amount.end)], hasPeriod: false, fullPeriod: false, hasAmount: true, granted: true };
}

/** A period that opens the line, then a separator: "2023–2025: ", "1 juli 2024–31 december 2027 – ". */
const LEADING_SEPARATOR = /^\s*(?:[:,–—-]\s*)?/u;

/** A line that opens with a period opens with a year, a date or a day and month: "2023–", "2023-01-01", "1 juli 2024". */
const PERIOD_OPENING = /^\s*(?:(?:19|20)\d\d|\d{1,2}\s+\p{Ll}{3,9}\.?\s+(?:19|20)\d\d)/u;

function readPeriodFirst(line: Line, from: number): Item | null {
  if (!PERIOD_OPENING.test(line.text.slice(from))) return null;
  const rest = line.text.slice(from);
  const [period] = readCellPeriods(rest);
  if (!period || rest.slice(0, period.start).trim() !== '') return null;
  const after = from + period.end + (LEADING_SEPARATOR.exec(rest.slice(period.end))?.[0].length ?? 0);
  const item = readNameFirst(subLine(line, after), 0);
  if (!item || item.hasPeriod) return null;
  const periodCell = sliceCell(line, from + period.start, from + period.end);
  return { ...item, cells: [item.cells[0]!, periodCell, item.cells[2]!], hasPeriod: true, fullPeriod: Boolean(period.period.start && period.period.end) };
}

/** What heads a line before its name: an activity or a body, then a dash between spaces or a colon. */
const HEAD_END = /\s[–—-]\s|:\s/u;

function readHeadFirst(line: Line, from: number): Item | null {
  const rest = line.text.slice(from);
  const end = HEAD_END.exec(rest);
  if (!end || end.index === 0) return null;
  const head = rest.slice(0, end.index).trim();
  // The head is no name itself (that reading was tried first) and no period; the name after it must have an
  // organisation's form, and the line must give a period or a sum.
  const nameAt = from + end.index + end[0].length;
  if (/\d/.test(head) || !/^\p{Lu}/u.test(line.text.slice(nameAt))) return null;
  const item = readNameFirst(subLine(line, nameAt), 0);
  if (!item || !structured(item) || !hasOrganisationForm(item.cells[0]!.text)) return null;
  const body = bodySpans(head)[0];
  const organ = body && body.start === 0 && body.end === head.length ? sliceCell(line, from, from + head.length) : undefined;
  return organ ? { ...item, organ } : item;
}

/** A parenthesis that closes the line: "Ung Cancer (2024)", "Fontänhuset (tills vidare)". */
const CLOSING_PARENTHESIS = /\(([^()]{1,40})\)[\s.;]*$/u;

/** The period a closing parenthesis holds as a period column's cell does: a year alone, "tills vidare". */
function closingPeriod(rest: string): CellPeriod | undefined {
  const parenthesis = CLOSING_PARENTHESIS.exec(rest);
  const [found] = parenthesis ? readPeriodColumn(parenthesis[1]!) : [];
  if (!parenthesis || !found) return undefined;
  const at = parenthesis.index + 1;
  return { ...found, start: at + found.start, end: at + found.end };
}

/** What joins the partner and a public co-party named beside it on one line. */
const CO_PARTY_JOIN = ' och ';

/**
 * "Ok Enen och Kart/GIS avdelningen – 2023–2025": the kommun's own unit (or the kommun) named after the partner is the
 * public side of the partnership, not part of the partner's name. Not "Föreningen för barn och unga", whose part after
 * "och" names no body or public party.
 */
export function withoutPublicCoParty(name: string): string {
  const at = name.lastIndexOf(CO_PARTY_JOIN);
  if (at <= 0) return name;
  const [head, tail] = [name.slice(0, at), name.slice(at + CO_PARTY_JOIN.length)];
  const [party] = findPublicParties(tail, { bare: false });
  const isPublic = BODY_HEAD.test(tail) || (party !== undefined && party.start === 0 && party.end === tail.length);
  return isPublic && !BODY_HEAD.test(head) ? head : name;
}

const subLine = (line: Line, at: number): Line => ({ text: line.text.slice(at), start: line.start + at });

/**
 * A number that may be a value, standing on its own: not digits inside a name's word ("Internationella klubben/5i12 2 000",
 * "IFK08"), which belong to the name, so the sum after them still closes a line of a name and a sum.
 *   yes: "2 000", "2023–2025", "1,2 mnkr", "08 Stockholm"
 *   no:  the "5" and "12" of "5i12", the "08" of "IFK08" or "Klubben/08"
 */
const VALUE_NUMBER = /(?<![\p{L}\d/])\d+(?![\p{L}\d/])/u;

function readNameFirst(line: Line, from: number): Item | null {
  const rest = line.text.slice(from);
  // Cheap tests first, as most lines are no item: the words before the first digit or separator must have a name's
  // shape (or a dash and a period set the name apart), and only a line with a digit can give a period or a sum.
  const digit = rest.search(VALUE_NUMBER);
  const numbered = digit >= 0;
  const colonSet = numbered ? (COLON_THEN_SUM.exec(rest) ?? COMMA_THEN_SUM.exec(rest)) : null;
  const separator = colonSet ? colonSet[0].length : NAME_END.exec(rest)?.index;
  const guess = rest.slice(0, Math.min(numbered ? digit : rest.length, separator ?? rest.length));
  // The bare sum closing a line whose name is all that goes before it (its first digit the sum's).
  const closing = numbered ? BARE_SUM.exec(rest) : null;
  // The colon of a closing kronor mark ("200 000: –") separates nothing; the mark makes the number a sum whatever note
  // stands between it and the name ("Järpås IS, slås ihop med … 35 000: –").
  const marked = closing !== null && closing[0].includes(':');
  // "ATR Amatörteatrarna – 90.000": a dash right before the closing sum sets the name apart, no note between.
  const dashedSum = closing !== null && separator !== undefined && DASH_ONLY.test(rest.slice(separator, closing.index));
  const onlySum = closing !== null && digit === closing.index + 1 && (separator === undefined || marked || colonSet !== null || dashedSum);
  const unitClosed = numbered && UNIT_SUM_CLOSING.test(rest) && digit === rest.search(UNIT_SUM_CLOSING) + 1;
  const grant = numbered && separator !== undefined ? GRANT_THEN_SUM.exec(rest) : null;
  const grantSet = grant !== null && grant.index === separator && digit === separator + grant[0].length;
  const shaped = hasNameShape(trimValueStart(guess).replace(/\([^()]*\)?/g, ' ').trim(), onlySum || colonSet || unitClosed || grantSet ? LOOSE_LOWER_WORDS : 0);
  // The dash before a period is looked for only where it matters: to let a name of no shape through, or once a period is read.
  const dashed = () => (numbered ? DASH_THEN_PERIOD.exec(rest) : null);
  if (!shaped && !dashed()) return null;
  // "Verksamhet: …", "Avtalsperiod: …", "Organisation": a labelled line of a block or a header's label, not a list item.
  const label = LABEL.exec(rest)?.[1] ?? rest.trim();
  if (headerRole(label) !== null) return null;
  const period = (numbered ? readCellPeriods(rest)[0] : undefined) ?? closingPeriod(rest);
  const amount = numbered ? findAmountMentions(rest)[0] : undefined;
  const bare = onlySum && !period && !amount ? closing : null;
  const sumAt = bare ? bare.index + bare[0].length - bare[0].trimStart().length : undefined;
  const valueStart = Math.min(period?.start ?? Infinity, amount?.start ?? sumAt ?? Infinity, separator ?? Infinity, rest.length);
  const name = sliceCell(line, from, from + valueStart);
  name.text = trimValueStart(name.text);
  // "Kvinnojouren Tärnan (avtalet löper 2023–2025)": a parenthesis left open before the period holds the line's note.
  const open = name.text.lastIndexOf('(');
  if (open > 0 && !name.text.includes(')', open)) name.text = name.text.slice(0, open).trimEnd();
  // "Enköpings kammarkör – 1 januari 2021–31 december 2024": the dash and the period set the name apart, so it
  // may hold a lower-case word or two without an organisation word.
  // A bare sum closing the line sets the name apart as well ("Konst runt Möckeln 5 000"), as does a colon before the sum.
  const dash = period !== undefined || amount !== undefined ? dashed() : null;
  // So does the dash before a sum: "Svenska folkdansringen övre Norrland – 35.000 kronor".
  const afterDash = (value: { start: number } | undefined) => dash !== null && value !== undefined && value.start === dash[0].length;
  const setApart =
    (dash !== null && (afterDash(period) || afterDash(amount)) && name.text === dash[1]!.trim()) || bare !== null || colonSet !== null || grantSet || closingSum(rest, amount, valueStart);
  name.text = withoutPublicCoParty(name.text);
  name.end = name.start + name.text.length;
  // Set apart by the colon before its sum, the name is one organisation's, a comma or a dash in it its own; one naming
  // two joined by a conjunction ("Kvinnojouren Ås och Brottsofferjouren: 20 000") is left to the name splitter.
  if (colonSet && !JOINED_NAMES.test(name.text)) name.oneName = true;
  if (!(setApart ? looksLikeName(name.text, LOOSE_LOWER_WORDS) : looksLikeName(name.text))) return null;
  const cellAt = (start: number, end: number) => sliceCell(line, from + start, from + end);
  const empty: Cell = { text: '', start: 0, end: 0, exact: true };
  const granted = grantSet && amount !== undefined && amount.start === digit;
  // A granting sentence's sum ends with the sentence: what follows it ("De fick 156 000 kr 2010.") is another sum's.
  const amountEnd = granted ? grantingSentenceEnd(rest, amount.start) : rest.length;
  return {
    cells: [name, period ? cellAt(period.start, period.end) : empty, amount ? cellAt(amount.start, amountEnd) : sumAt !== undefined ? { ...cellAt(sumAt, sumAt + bare![1]!.length), kronor: true } : empty],
    hasPeriod: period !== undefined,
    fullPeriod: Boolean(period?.period.start && period.period.end),
    hasAmount: amount !== undefined || bare !== null,
    ...(bare && !GROUPED_SUM.test(bare[1]!) ? { smallBareSum: true } : {}),
    ...(granted ? { granted: true } : {}),
  };
}

/**
 * granted line: "- Stadsmissionen får 200 000 kr. De fick 156 000 kr i bidrag 2010.": a press release may give each
 * recipient a sentence of its own, the name, the grant verb and at once the sum. The verb sets the name apart (it may
 * hold a lower-case word or two), and three such lines in a row make a list without a lead-in: each says the grant.
 *   yes: "Kvinnojouren Ås får 120 000 kronor.", "Norrby IF beviljas 40 000 kr för lägerverksamhet."
 *   no:  "Föreningen får bidrag enligt riktlinjerna." (no sum after the verb), "Norrby IF får i år 40 000 kr" (words between)
 */
const GRANT_THEN_SUM = /\s(?:får|beviljas|tilldelas)\s+(?=\d)/u;
const SENTENCE_END = /[.;!?](?=\s+\p{Lu})/u;
const grantingSentenceEnd = (rest: string, from: number) => {
  const end = SENTENCE_END.exec(rest.slice(from));
  return end ? from + end.index : rest.length;
};

/**
 * "Norrby Folkets park 20 000 kronor", "Östby byalag 2 685 kronor": a sum with its unit that closes the line right
 * after the name sets the name apart as a bare sum does, so it may hold a lower-case word or two.
 */
const SUM_CLOSE = /^[\s.;]*$/u;
/** The cheap test for it, before the sums are read: grouped digits and the unit, closing the line. */
const UNIT_SUM_CLOSING = new RegExp(String.raw`\s(?:${GROUPED_SUM_DIGITS})[ \t]*(?:kronor|kr)\.?[ \t]*$`, 'u');
function closingSum(rest: string, amount: { start: number; end: number } | undefined, valueStart: number): boolean {
  return amount !== undefined && amount.start === valueStart && SUM_CLOSE.test(rest.slice(amount.end));
}

/**
 * Items read per text (engine/memo.ts): by line start, as the document type reads every line again; and by
 * line text, as a page's header and footer lines recur on every page.
 */
const itemsRead = perText((_text: string) => ({ at: new Map<number, Item | null>(), written: new Map<string, { start: number; item: Item | null }>() }));

/** readItem for a line of `text` (from splitLines), each line read once per text. */
export function readItemIn(text: string, line: Line): Item | null {
  const { at, written } = itemsRead(text);
  let item = at.get(line.start);
  if (item !== undefined) return item;
  const same = written.get(line.text);
  if (same) item = same.item && movedItem(same.item, line.start - same.start);
  else written.set(line.text, { start: line.start, item: (item = readItem(line)) });
  at.set(line.start, item);
  return item;
}

/** A cell of a line `by` characters further on (an empty cell has no place). */
const movedCell = (cell: Cell, by: number): Cell => (cell.text === '' ? cell : { ...cell, start: cell.start + by, end: cell.end + by });

/** An item read on one line, for the same words on a line `by` characters further on: its cells, the body's too, move with it. */
const movedItem = (item: Item, by: number): Item => ({
  ...item,
  cells: item.cells.map((cell) => movedCell(cell, by)),
  ...(item.organ ? { organ: movedCell(item.organ, by) } : {}),
});

/** Caption lines ("Konsthallen") allowed before an item, and how long a caption may be. */
const MAX_CAPTION_LINES = 1;
const MAX_CAPTION = 90;

/**
 * The items that follow line `i` as one list: alike in what they give, at most MAX_GAP blank lines apart.
 * Items that give a period or a sum may each stand under a caption line naming the activity; a caption is
 * short, no sentence, and is followed by the next item.
 */
function itemsFrom(all: readonly Line[], i: number, read: (j: number) => Item | null): { items: Item[]; next: number } {
  const items: Item[] = [];
  let gap = 0;
  let captions = 0;
  // The first line passed over since the last item: where an item wrapped over lines starts.
  let passedFrom = -1;
  let end = i;
  for (let j = i; j < all.length; j++) {
    const line = all[j]!;
    if (isBlank(line.text)) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    const item = read(j);
    const first = items[0];
    // A name alone before a dated item is that item's caption ("Konsthallen", then "Konstföreningen – 2024–2025").
    const leadingCaption = !first && item && !structured(item) && isCaption(line.text) && structured(nextItem(all, j, read) ?? item);
    if (item && !leadingCaption && (!first || alike(item, first))) {
      items.push(item);
      gap = 0;
      captions = 0;
      passedFrom = -1;
      end = j + 1;
      continue;
    }
    // Before the first item, a caption is known by the item after it. A dated line whose name reads as none
    // ("Ok Enen och Kart/GIS avdelningen – 2023–2025") is passed over like a caption: the list goes on after it.
    const model = first ?? nextItem(all, j, read);
    if (!model || !structured(model)) break;
    const unread =
      (model.hasPeriod && line.text.length <= MAX_LINE && NAME_END.test(line.text) && readCellPeriods(line.text).length > 0) ||
      (model.hasAmount && !model.hasPeriod && isUnreadSumLine(line.text));
    // An unread row stands where an item would: captions are counted afresh after it.
    const wrapped = unread && first && passedFrom >= 0 ? wrappedItem(all, passedFrom, j) : null;
    if (wrapped && alike(wrapped, first!)) {
      items.push(wrapped);
      end = j + 1;
    }
    if (unread) captions = 0;
    else if (!isCaption(line.text) || (++captions > MAX_CAPTION_LINES && !continuesName(all, j))) break;
    passedFrom = unread ? -1 : passedFrom < 0 ? j : passedFrom;
    gap = 0;
  }
  return { items, next: Math.max(end, i + 1) };
}

const structured = (item: Item) => item.hasPeriod || item.hasAmount;

/**
 * wrapped item: "Lidköpings Kampsportsakademi IF och" / "Lidköpings Kampsportsförening" / "(slås ihop 2019-01-01) 75 000: –":
 * a web page may wrap one item of a list of sums over several lines, the last closing on the sum. Such lines are passed
 * over as an unread row (a line closing on a sum, no sentence) and the lines before it that end in a conjunction
 * (continued on the next line); the list goes on after them. Not a sentence, however it ends.
 *   yes: "(slås ihop 2019-01-01) 75 000: –" and "Lidköpings Kampsportsakademi IF och" in a list of "<name> <sum>" lines
 *   no:  "Nämnden beslutade att fördela 75 000 kr." (a sentence ends the list)
 */
const SUM_LINE_CLOSE = new RegExp(String.raw`\s(?:${GROUPED_SUM_DIGITS}|${DOTTED_SUM_DIGITS})(?:[ \t]?:[ \t]?[-–]|[ \t]*(?:kronor|kr))?[ \t]*$`, 'u');
const isUnreadSumLine = (text: string) => text.trim().length <= MAX_CAPTION && SUM_LINE_CLOSE.test(text.trimEnd()) && !/[.!?]\s/u.test(text);
const CONTINUED = /\s(?:och|samt|&)$|,$/u;
/** The line goes on the one before it, which ends in a conjunction or comma (blank lines between). */
function continuesName(all: readonly Line[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && isBlank(all[k]!.text)) k--;
  return k >= 0 && CONTINUED.test(all[k]!.text.trimEnd());
}

/**
 * The item wrapped over lines `from`..`to` (continuesName), read as one line: the lines joined where they stand, a note in
 * parentheses left out ("(slås ihop 2019-01-01)" gives no period of the item's). Only when its first line ends in a
 * conjunction or comma: the name goes on below it.
 *   yes: "Lidköpings Kampsportsakademi IF och" / "Lidköpings Kampsportsförening" / "(slås ihop 2019-01-01) 75 000: –"
 *   no:  "Norrby Kampsportsakademi IF" / "Norrby Kampsportsförening" / "75 000: –" (the first line closes its name)
 */
function wrappedItem(all: readonly Line[], from: number, to: number): Item | null {
  if (!CONTINUED.test(all[from]!.text.trimEnd())) return null;
  const start = all[from]!.start;
  let text = '';
  for (let k = from; k <= to; k++) text = text.padEnd(all[k]!.start - start) + all[k]!.text;
  return readItem({ text: text.replace(/\([^()\n]*\)/gu, (note) => ' '.repeat(note.length)), start });
}

/** The item on the next line that is not blank, if any. */
function nextItem(all: readonly Line[], j: number, read: (j: number) => Item | null): Item | null {
  let k = j + 1;
  while (k < all.length && isBlank(all[k]!.text)) k++;
  return k < all.length ? read(k) : null;
}

/** A caption line: short, no sentence, no lead-in ("Konsthallen", "Skyddat boende"). */
export const isCaption = (line: string) => line.trim().length <= MAX_CAPTION && !/[.:!?]$/.test(line.trim()) && !isIntro(line);

const EMPTY: Cell = { text: '', start: 0, end: 0, exact: true };

/**
 * The public party and body a lead-in names ("Lunds kommun har IOP med:", "Aktuella partnerskap i
 * kulturnämnden"): its list is theirs. Only one of each: a lead-in naming two names no single owner.
 */
function introCells(line: Line): [Cell, Cell] {
  const only = <T>(found: readonly T[]) => (found.length === 1 ? found[0]! : null);
  const party = only(findPublicParties(line.text, { bare: false }));
  const body = only(bodySpans(line.text));
  return [party ? sliceCell(line, party.start, party.end) : EMPTY, body ? sliceCell(line, body.start, body.end) : EMPTY];
}

/**
 * "Fakta: Det här får föreningarna i Ydre kommun 2016", "Så fördelas bidragen för 2024:": the year a lead-in gives is
 * the grant year of every line under it that states none of its own. Only a lead-in with one period; a year closing
 * the heading counts as a period there ("Beviljade bidrag 2024"), though in running text it may be a date's.
 */
const CLOSING_YEAR = /(?<=\s)(?:19|20)\d\d(?=[ \t]*[:.]?[ \t]*$)/u;
function introPeriod(line: Line): Cell {
  const periods = readCellPeriods(line.text);
  if (periods.length > 1) return EMPTY;
  const [period] = periods;
  if (period) return sliceCell(line, period.start, period.end);
  const year = CLOSING_YEAR.exec(line.text);
  return year ? sliceCell(line, year.index, year.index + year[0].length) : EMPTY;
}

/**
 * "4. Studieförbund:" after the lines of "3. Kulturföreningar:": a short line ending in a colon, right after a list,
 * heads the list's next group, whether or not its words speak of funding.
 */
const MAX_SUBHEADING = 60;
const isSubheading = (line: string) => {
  const text = line.trim();
  return text.endsWith(':') && text.length <= MAX_SUBHEADING && !NOT_PARTNERSHIP_STEM.test(text) && !/[.!?]\s/.test(text.replace(/^\d{1,2}\.\s/, ''));
};

/**
 * zero-sum line: in a list of sums, a line whose sum is nought names an organisation that was granted nothing this time
 * ("Mbs (Medborgarskolan) 0" among the study associations' sums): it stays in the list, whose lines it is alike, but is
 * no grant of its own.
 *   yes: "Mbs (Medborgarskolan) 0", "Föreningen Norrgården 0 kr"
 *   no:  "Folkuniversitetet 627", "Bilda 20 111", "Norrby IF 0 000" (no sum is written so), a line with no sum
 */
const NOUGHT = /^0(?:[ \t]*(?:kr|kronor)\.?)?[ \t]*$/u;
const grantsNothing = (item: Item) => item.hasAmount && !item.hasPeriod && NOUGHT.test(item.cells[2]!.text.trim());

/**
 * granted organisations: a lead-in that says money was granted and calls the recipients organisations vouches for the
 * names below it, so none of them need an organisation's form of its own ("RBU i Stockholms län", "RG Aktiv
 * Rehabilitering").
 *   yes: "Några av de organisationer som beviljats bidrag 2024 är:", "Följande föreningar beviljas bidrag:"
 *   no:  "Följande personer har beviljats stipendium:" (no organisations), "Våra medlemsorganisationer:" (no grant)
 */
const ORGANISATION_NOUN = /(?<!\p{L})(?:förening|organisation|klubb)(?:ar|arna|er|erna|en|na)?(?!\p{L})/iu;
const grantsToOrganisations = (line: string) => GRANTS_MONEY.test(line) && ORGANISATION_NOUN.test(line);

/**
 * public party's funding: a lead-in that names one public party as the owner of the money, in the genitive before the
 * funding noun ("Region Jämtland Härjedalens medfinansiering uppdelat per Leaderområde 2023–2027:", "Norrby kommuns
 * bidrag till föreningarna 2024:"), vouches for the names below it as the recipients of that party's money, where
 * every line gives its sum in kronor: none of them need an organisation's form of its own ("Leader 3sam").
 *   yes: "Region Jämtland Härjedalens medfinansiering uppdelat per Leaderområde:", "Norrby kommuns stöd fördelat så här:"
 *   no:  "Medfinansiering per område:" (no payer), "Region Skånes budget per nämnd:" (a budget, no funding noun),
 *        "Fördelning mellan Norrby kommun och Ås kommun:" (no genitive before a funding noun)
 */
const PUBLIC_FUNDING_NOUN = new RegExp(String.raw`^s?\s+(?:${alternation(lines.publicFundingNouns)})(?!\p{L})`, 'iu');
export function namesPublicFunder(line: string): boolean {
  const parties = findPublicParties(line, { bare: false });
  return parties.length === 1 && PUBLIC_FUNDING_NOUN.test(line.slice(parties[0]!.end));
}
/** Every line of the list gives a sum with its unit ("446 743 kronor"), none a bare or small number. */
const everySumInKronor = (items: readonly Item[]) => items.every((item) => item.hasAmount && !item.hasPeriod && !item.smallBareSum && /\b(?:kronor|kr|tkr|mnkr|miljoner)\b/iu.test(item.cells[2]!.text));

/**
 * span lead-in: a lead-in that states its sums against a span of years in words that name the span as one ("mellan åren
 * 2023–2027", "under perioden 2023–2027", "för perioden 2024–2026") and says nothing of a year's: each line's sum is the
 * span's total. Not "Bidrag 2023–2025:" (a span alone: IOP lists often give a year's sum under it).
 */
const SPAN_LEAD = /(?<![\p{L}])(?:mellan\s+åren|under\s+perioden|för\s+perioden)\s+(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d(?!\d)/iu;

/** Read once per text (engine/memo.ts): the document type and the listings extractor both ask for them. */
export const findLineLists = perText(readLineLists);
function readLineLists(text: string): ListingTable[] {
  const all = splitLines(text);
  const tables: ListingTable[] = [];
  // Each line is read once, however many candidate lists it is tried in.
  const itemAt = (j: number) => readItemIn(text, all[j]!);
  // Where the last list ended: a short colon-ended line right there (blank lines aside) heads the next group of the list.
  let listEnd = -1;
  for (let i = 0; i < all.length; ) {
    const intro = isIntro(all[i]!.text) || (i === listEnd && isSubheading(all[i]!.text));
    const { items, next } = itemsFrom(all, intro ? i + 1 : i, itemAt);
    const shaped = intro
      ? items.length >= MIN_ROWS_AFTER_INTRO
      : (items.length >= MIN_ROWS_ALONE && items.every((item) => item.hasPeriod)) ||
        (items.length >= MIN_ROWS_AFTER_INTRO && items.every((item) => item.fullPeriod)) ||
        (items.length >= MIN_ROWS_ALONE && items.every((item) => item.granted));
    const formed =
      items.some((item) => hasOrganisationForm(item.cells[0]!.text)) ||
      (intro && (grantsToOrganisations(all[i]!.text) || (namesPublicFunder(all[i]!.text) && everySumInKronor(items))));
    const enough = shaped && formed && !items.every((item) => item.smallBareSum);
    if (enough) {
      const lead: [Cell, Cell] = intro ? introCells(all[i]!) : [EMPTY, EMPTY];
      const year = intro ? introPeriod(all[i]!) : EMPTY;
      // "… sina årliga verksamhetsbidrag och hur mycket pengar det handlar om:": the lead-in says every sum is yearly.
      const yearly = intro && PER_YEAR_WORDS.test(all[i]!.text);
      // "… medfinansiering uppdelat per Leaderområde mellan åren 2023–2027:": a sum stated against the span is its total.
      const total = intro && !yearly && SPAN_LEAD.test(all[i]!.text);
      const sum = (cell: Cell): Cell => (cell.text === '' ? cell : yearly ? { ...cell, yearly: true } : total ? { ...cell, total: true } : cell);
      const withYear = (cells: readonly Cell[]) => [cells[0]!, cells[1]!.text === '' ? year : cells[1]!, sum(cells[2]!), ...cells.slice(3)];
      const granted = items.filter((item) => !grantsNothing(item));
      // "Följande föreningar beviljas bidrag …": a lead-in that says the money was granted makes the lines grants made.
      const made = intro && GRANTS_MONEY.test(all[i]!.text) ? { granted: true as const } : {};
      tables.push({ roles: [...ROLES], rows: granted.map((item) => [...withYear(item.cells), lead[0], item.organ ?? lead[1]]), ...made });
      i = listEnd = next;
      // A blank line or two may stand between the groups.
      while (listEnd < all.length && listEnd - next < MAX_GAP && isBlank(all[listEnd]!.text)) listEnd++;
    } else i++;
  }
  return tables;
}
