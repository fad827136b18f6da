/**
 * Partnerships enumerated in one sentence, each organisation with its own period in parentheses or after a dash:
 *   Kommunen har i dag IOP med Kvinnojouren Tärnan (2022–2025), Idrottsklubben Pilen (2023–2024) och
 *   Stiftelsen Gröna Gården (1 juli 2024–30 juni 2027).
 * The shape is the repetition: two organisations or more in one paragraph, each followed at once by a period
 * of its own. A name runs back from its period to the separator before it (a comma, "och", "samt", "med", a
 * colon) and must have a name's form and an organisation's (a marker word, or the parties extractor took it
 * for one). Organisations named together without periods ("samarbete med X, Y och Z") are one
 * partnership's parties, not a list — unless the sentence says the grants went to them one by one (see RECIPIENT_LEAD).
 */
import type { Field } from '../../pipeline/contract.js';
import { GROUPED_SUM_DIGITS } from '../amounts/numerals.js';
import { GRANTING_VERBS, OBJECT_GRANT_VERBS, OPENS_WITH_COUNT, RECEIVING_VERBS, RECIPIENT_VERBS, SUM_VERBS } from './grant-words.js';
import { LOOSE_LOWER_WORDS, looksLikeName } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';
import { isTypeNounAlone } from '../parties/names.js';
import { NAME_CONJUNCTION, NOT_SUSPENDED } from './coordination.js';
import { readCellPeriods } from './period-cell.js';
import { ANAPHOR, partnerBefore } from './subject-sentences.js';
import { isBlank, textCell, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { splitLines } from '../engine/table-row.js';
import { eachMatch, matchesNear, nearPattern, nonSpaceWithin } from '../engine/sticky.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'period'];
const MIN_ITEMS = 2;
/** A period right after a name: "(2022–2025)", "(avtal 2023–2024)", " – 1 juli 2024–30 juni 2027". */
const PERIOD_AFTER_NAME = /\s*\(([^()\n]{4,60})\)|\s+[-–—]\s+([^,;()\n]{4,60}?)(?=[,;.]?(?:\s+(?:och|samt)\s|\s*$|[,;.]\s))/gu;
/** What stands before a name in an enumeration: its separator from the item before, or the sentence's lead. */
const BEFORE_NAME = new RegExp(String.raw`[,;:]\s+|${NOT_SUSPENDED}\s+(?:och|samt|med|&)\s+|[.!?]\s+`, 'gu');
const MAX_NAME = 80;

/**
 * The names the parties extractor took for organisations, as written: each value and its mentions' words, but not a type
 * noun alone ("Klubben får 25 000 kronor"), which points back to a name said before and is none of its own.
 */
const knownNames = (ideburna: readonly Field<string>[]) =>
  new Set(
    ideburna
      .flatMap((f) => [f.value, ...f.evidence.map((e) => e.text)])
      .filter((n) => !isTypeNounAlone(n))
      .map((n) => n.toLowerCase()),
  );

interface Item {
  name: Cell;
  /**
   * The cell beside the name, in the table's second column: its period (itemsIn), its sum (sumItemsIn), or blank
   * (recipientRows, whose sentence gives the names alone).
   */
  beside: Cell;
  key: string;
}

/** Each name in the text that a period of its own follows. */
function itemsIn(text: string, ideburna: readonly Field<string>[]): Item[] {
  const known = knownNames(ideburna);
  const items: Item[] = [];
  for (const m of eachMatch(PERIOD_AFTER_NAME, text)) {
    const inner = m[1] ?? m[2];
    if (!inner || readCellPeriods(inner).length === 0) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - MAX_NAME), m.index);
    // The name runs back to the last separator (or the line's start).
    const last = [...eachMatch(BEFORE_NAME, before)].at(-1);
    if (!last && before.length === MAX_NAME) continue;
    const raw = last ? before.slice(last.index + last[0].length) : before;
    const name = raw.trim();
    if (!looksLikeName(name) || !(hasOrganisationForm(name) || known.has(name.toLowerCase()))) continue;
    const nameStart = m.index - raw.length + (raw.length - raw.trimStart().length);
    const innerStart = m.index + m[0].indexOf(inner);
    items.push({
      key: name.toLowerCase(),
      name: textCell(name, nameStart),
      beside: textCell(inner.trim(), innerStart),
    });
  }
  return items;
}

/**
 * A sentence that hands grants to several recipients, each its own, names them after a lead that says they were granted
 * (RECIPIENT_LEADS) or between a plural kind and the verb of granting (NAMES_THEN_GRANT). Not "samarbete med A, B och C"
 * (one partnership's parties), nor "bidrag söktes av …" (applicants). Its verbs are not only those of grant-words.ts: a
 * relative clause's ("som har fått", "som beviljats") and a pot's passive ("fördelades", "betalades ut") name no
 * recipient standing before them.
 */
/** The organisations such a sentence counts, in the plural: "föreningar", "kulturföreningarna", "organisationer och föreningar". */
const KIND = String.raw`(?:föreningar|organisationer)(?:na)?|förbunden`;
/**
 * The kind, a compound's head included ("kulturföreningarna" matches at "föreningarna"): each pattern opens on its literal
 * words, which the engine looks for before it tries the rest (a leading \p{L}* would be tried at every letter).
 */
const KINDS = String.raw`(?:${KIND})(?:\s+(?:och|samt)\s+\p{Ll}*?(?:${KIND}))?`;
/** A relative clause's verbs of being granted: "som fick", "som har beviljats", "som tilldelades". */
const GRANTED = String.raw`(?:fick|får|(?:har\s+)?fått|(?:har\s+)?beviljats|beviljades|(?:har\s+)?tilldelats|tilldelades)`;
/** A money word a grant's sentence names: "bidrag", "föreningsbidrag", "stödet", "medel". */
const GRANT_NOUN = String.raw`\p{Ll}*?(?:bidrag|stöd)\p{Ll}*|medel|kronor`;
/**
 * The leads after which the recipients follow, to the sentence's end:
 *   relative-then-copula: "De föreningar som fick bidrag för 2021 var A, B och C.", "Bland de föreningar som får bidrag 2017
 *     finns bland andra A, B och C."
 *   pot-to: "Bidraget 2021 gick till A, B och C.", "Stödet fördelades till A, B och C."
 *   sum-to-kind: "… att dela ut 1,4 miljoner kronor till föreningarna A, B och C.", "Bidrag går ut till de tre föreningarna A, B och C."
 *   granted-then-colon: "Fem kulturföreningar fick bidrag för att rusta upp; A, B, C och D."
 * Not "samarbete med föreningarna A, B och C" (no grant), nor "bidrag till föreningar i hela kommunen" (no names).
 */
const RECIPIENT_LEADS: readonly RegExp[] = [
  new RegExp(String.raw`${KINDS}\s+som\s+${GRANTED}\s[^.\n]{0,60}?\s(?:var|är|finns)(?:\s+bland\s+(?:andra|annat))?\s+`, 'giu'),
  /\b(?:bidrag|stöd|medl)(?:et|en)?\s[^.\n]{0,40}?(?:gick|går|fördelades|fördelas|beviljades|beviljas|betalades\s+ut|betalas\s+ut)\s+till\s+/giu,
  /(?:kronor|kr|bidrag(?:et|en)?|stöd(?:et)?)\s+(?:\p{Ll}+\s+){0,2}?till\s+(?:de\s+(?:\p{Ll}+\s+)?)?\p{Ll}*?(?:föreningarna|organisationerna|förbunden)\s+(?=\p{Lu})/giu,
  new RegExp(String.raw`${KINDS}\s[^.;:\n]{0,60}?(?<!\p{L})(?:fick|får|beviljades|tilldelades|har\s+fått)\s+(?:\p{Ll}+\s+){0,2}?(?:${GRANT_NOUN})(?!\p{L})[^.;:\n]{0,80}[;:]\s+`, 'giu'),
];
/**
 * names-then-grant: "Även föreningar som A, B, C och D med flera tilldelas föreningsbidrag.": the names stand between the
 * kind and the verb of being granted, the money word after it. Not "organisationer som A, B och C får ofta kritik" (no
 * money), nor "föreningar som arbetar med barn får bidrag" (no names).
 */
const NAMES_THEN_GRANT = new RegExp(String.raw`${KINDS}\s+(?:som|såsom)\s+(?=\p{Lu})`, 'giu');
const GRANT_AFTER_NAMES = new RegExp(String.raw`\s+(?:med\s+flera\s+|m\.\s?fl\.?\s+)?(?:${RECIPIENT_VERBS.join('|')})\s[^.\n]*?(?<!\p{L})(?:${GRANT_NOUN})(?!\p{L})`, 'iu');
/** The counts a lead may state of its recipients (COUNTED_RECIPIENTS, counted lead, names-as-examples). */
const COUNTS = ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];
/**
 * names-as-examples: a news text names a few recipients first and then says they are examples of those granted:
 * "A, B och C är några av verksamheterna som får ta del av pengarna.", "A, B och C är exempel på verksamheter som
 * beviljats bidrag.", "Nämnden beviljar 1,4 miljoner kronor i bidrag till föreningar …, där A, B, C är några utav
 * aktörerna." The names run from the clause's start (the sentence's, or "där") to the copula; the kind after it must
 * be one of recipients, and the sentence must both grant (a verb of granting) and speak of money. The copula may follow
 * a dash and "det", the kind be counted or qualified ("A, B och C – det är några av 78 föreningar som får dela på …",
 * "A och B är några ideella föreningar som får mest i bidrag"), or the names be said to be among those granted ("A, B och
 * C finns också bland dem som får bidrag").
 *   no: "A, B och C är några av de organisationer som kritiserat förslaget." (no grant),
 *       "Anna, Per och Lisa är några av ledamöterna som får arvode." (no recipients' kind, no organisations)
 */
const EXAMPLES_AFTER_NAMES = new RegExp(
  String.raw`\s+(?:[–—-]\s+det\s+)?(?:är|var)\s+(?:några|ett\s+par|exempel)\s+(?:(?:av|utav|på)\s+)?(?:de\s+)?(?:(?:${COUNTS.join('|')}|\d{1,3})\s+)?(?:\p{Ll}+\s+)?\p{Ll}*?(?:verksamhet|aktör|förening|organisation|förbund|mottagar)\p{Ll}*|\s+finns\s+(?:också\s+|även\s+)?bland\s+(?:dem|de\s+\p{Ll}+)\s+som(?=\s)`,
  'gu',
);
/**
 * associations-named: a kind of association after the copula ("… är några av föreningarna", "… några ideella
 * organisationer") says each name is one, as a counted lead does: no name needs an organisation word. Activities or
 * actors ("verksamheterna", "aktörerna") may be a kommun's own, and "bland dem som får" names no kind: there one
 * name must have an organisation's form.
 */
const ASSOCIATIONS_NAMED = /(?<!\p{L})(?:föreningar|organisationer|förbund)(?:na|en)?$/u;
/**
 * What opens a part of such a list but is no name: the conjunction after a comma (", samt D"), an example's mark ("till
 * exempel D", "bland annat D"), the article-word before a name ("organisationen Bojen", ARTICLE_WORD). A part that
 * counts a kind ("samt sex olika frivilligcentraler, till exempel D och E") names none of its own.
 */
const EXAMPLE_MARK = /^(?:(?:och|samt)\s+)?(?:(?:till\s+exempel|bland\s+annat|t\.\s?ex\.?)\s+)?/u;
/**
 * A name that opens on its organisation word, capitalised, set apart by commas, is one name to the next comma, its clause
 * words and all: "Föreningen Vi som förlorat barn", "Stiftelsen Barn som anhöriga".
 */
const OPENED_BY_ORGANISATION_WORD = /^(?:Föreningen|Stiftelsen|Organisationen|Förbundet|Sällskapet)\s+\p{Lu}/u;

function exampleNames(items: readonly Item[]): Item[] {
  return items.flatMap((item) => {
    const mark = EXAMPLE_MARK.exec(item.name.text)?.[0].length ?? 0;
    const marked = item.name.text.slice(mark);
    if (OPENS_WITH_COUNT.test(marked)) return [];
    const cut = mark + (ARTICLE_WORD.exec(marked)?.[0].length ?? 0);
    const name = item.name.text.slice(cut);
    return [{ key: itemKey(name), name: textCell(name, item.name.start + cut), beside: item.beside }];
  });
}
/** Where a sentence starts, and where a clause on the names may start within it ("…, där A, B, C är …"). */
const SENTENCE_BREAK = /[.!?]\s+|\n/gu;
const WHERE_CLAUSE = /\s+där\s+/gu;
const GRANT_VERB = new RegExp(String.raw`(?<!\p{L})(?:${[...RECIPIENT_VERBS, ...GRANTING_VERBS].join('|')}|${GRANTED})(?!\p{L})`, 'iu');
const MONEY = new RegExp(String.raw`(?<!\p{L})(?:${GRANT_NOUN}|pengar(?:na)?)(?!\p{L})`, 'iu');

/** Names of a recipient enumeration: three or more, as two may be one joint grant; two where the lead counts them. */
const MIN_RECIPIENTS = 3;
const MIN_COUNTED = 2;
/**
 * counted-recipients: a sentence that grants to a counted number of recipients, then names them after a dash or a colon:
 * "Kulturnämnden väljer att ge verksamhetsstöd till två nya verksamheter som har stor betydelse … – Hedlandet residens
 * samt Kollaborativet.", "Bidrag ges till tre föreningar: A, B och C." The count says each is a recipient of its own, so
 * two names are enough, and no organisation word is needed; only where as many names follow as the count says.
 *   no: "bidrag till två föreningar i kommunen." (no names), "stöd till tre föreningar – A och B." (the count is not met),
 *       "samarbete med två föreningar: A och B." (no grant)
 */
const COUNTED_RECIPIENTS = new RegExp(
  String.raw`(?<!\p{L})(?:${GRANT_NOUN})\s+till\s+(${COUNTS.join('|')}|\d{1,2})\s+(?:\p{Ll}+\s+){0,2}?(?:verksamheter|föreningar|organisationer|aktörer)(?!\p{L})[^.\n:–—]{0,160}?(?:\s[–—]|:)\s+(?=\p{Lu})`,
  'giu',
);
const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : COUNTS.indexOf(word.toLowerCase()) + 2);
/**
 * counted lead: a lead of RECIPIENT_LEADS may count its recipients, before the kind it opens on ("Fryshuset har tre
 * föreningar som får bidrag: A, B samt C.") or after its verb, of the names that follow ("Av de 78 föreningar som får
 * bidrag är fem nya: A, B, C, D samt E."). Where as many names follow as it counts, each is a recipient of its own, as in
 * COUNTED_RECIPIENTS, and none needs an organisation word.
 *   yes: "tre föreningar som får bidrag: A, B samt C", "… som får bidrag är fem nya: A, B, C, D samt E"
 *   no:  "tre föreningar som får bidrag: A och B" (the count not met), "78 föreningar som får bidrag: A, B och C"
 */
const COUNT_BEFORE_KIND = new RegExp(String.raw`(?<!\p{L})(${COUNTS.join('|')}|\d{1,2})\s+(?:\p{Ll}+\s+)?$`, 'iu');
const COUNT_OF_NAMES = new RegExp(String.raw`\s(?:är|var)\s+(${COUNTS.join('|')}|\d{1,2})\s+\p{Ll}+\s*[;:]\s*$`, 'iu');
function countsNames(text: string, leadAt: number, lead: string, names: number): boolean {
  const counts = [COUNT_BEFORE_KIND.exec(text.slice(Math.max(0, leadAt - 20), leadAt)), COUNT_OF_NAMES.exec(lead)];
  return counts.some((count) => count !== null && countOf(count[1]!) === names);
}
/**
 * A recipient's name the parties extractor knows in a shorter form, a description in lower case after it ("Hedlandet
 * residens" where the page says "Hedlandet är en ideell förening"): the known name is the organisation's.
 */
function knownHead(item: Item, known: ReadonlySet<string>): Item {
  const words = item.name.text.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (words.slice(n).every((word) => /^\p{Ll}/u.test(word)) && known.has(head.toLowerCase())) {
      return { key: itemKey(head), name: textCell(head, item.name.start), beside: item.beside };
    }
  }
  return item;
}
const RECIPIENT_SEPARATOR = new RegExp(String.raw`,\s+|${NAME_CONJUNCTION.source}`, 'u');
const SENTENCE_STOP = /\.(?=\s|$)|\n/u;

/** The recipients' names in text[from, to), and the sentence's period (a lead's "för 2021") for each. */
function recipientNames(text: string, from: number, to: number, period: Cell): Item[] {
  const sentence = text.slice(from, to);
  const names: Item[] = [];
  let at = 0;
  for (const part of sentence.split(RECIPIENT_SEPARATOR)) {
    const start = from + sentence.indexOf(part, at);
    at = start - from + part.length;
    const name = part.trim();
    names.push({ key: itemKey(name), name: textCell(name, start), beside: period });
  }
  return names;
}

/** A year standing alone in a lead: "som får bidrag 2017 finns", "som fick bidrag för 2021 var". */
const LONE_YEAR = /(?<![\d–-])(?:19|20)\d\d(?![\d–-])/gu;

/**
 * The one period a lead states ("De föreningar som fick bidrag för 2021 var"), as its rows' period cell: a year there is
 * the grant year, however the period reader takes a year in running text.
 */
function leadPeriodCell(text: string, from: number, to: number): Cell {
  const lead = text.slice(from, to);
  const periods = readCellPeriods(lead);
  const years = periods.length === 0 ? [...lead.matchAll(LONE_YEAR)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  const [p, ...more] = periods.length > 0 ? periods : years;
  if (!p || more.length > 0) return EMPTY;
  return textCell(lead.slice(p.start, p.end), from + p.start);
}

/** A recipient's name has a name's form, or opens on its capitalised organisation word (OPENED_BY_ORGANISATION_WORD). */
const recipientShaped = (name: string) => OPENED_BY_ORGANISATION_WORD.test(name) || looksLikeName(capitalised(name), LOOSE_LOWER_WORDS);

/**
 * Each recipient of such a sentence as its own row: every name must have a name's form (set apart by the commas, it may
 * hold a lower-case word or two: "Babettes vänner"), and most an organisation's (a list of places or people has none).
 */
function recipientRows(text: string, known: ReadonlySet<string> = new Set()): Item[][] {
  const groups: Item[][] = [];
  const keep = (names: Item[], minFormed = Math.ceil(names.length / 2), minNames = MIN_RECIPIENTS) => {
    // The organisation's form itself: the parties extractor may take any name after "till" for a recipient.
    const formed = names.filter((item) => hasOrganisationForm(item.name.text)).length;
    if (names.length >= minNames && names.every((item) => recipientShaped(item.name.text)) && formed >= minFormed) groups.push(names);
  };
  const sentenceEnd = (from: number) => {
    const stop = SENTENCE_STOP.exec(text.slice(from));
    return from + (stop?.index ?? text.length - from);
  };
  for (const leads of RECIPIENT_LEADS) {
    for (const lead of eachMatch(leads, text)) {
      const from = lead.index + lead[0].length;
      const names = recipientNames(text, from, sentenceEnd(from), leadPeriodCell(text, lead.index, from));
      // The count the lead states, met by its names, says each is a recipient: no organisation word is needed, and two are enough.
      if (countsNames(text, lead.index, lead[0], names.length)) keep(names, 0, MIN_COUNTED);
      else keep(names);
    }
  }
  for (const tail of eachMatch(EXAMPLES_AFTER_NAMES, text)) {
    const before = text.slice(0, tail.index);
    const lastEnd = (pattern: RegExp, from: number) => Math.max(from, ...[...eachMatch(pattern, before.slice(from))].map((m) => from + m.index + m[0].length));
    const sentenceFrom = lastEnd(SENTENCE_BREAK, 0);
    const from = lastEnd(WHERE_CLAUSE, sentenceFrom);
    const end = sentenceEnd(tail.index);
    const sentence = text.slice(sentenceFrom, end);
    if (!GRANT_VERB.test(sentence) || !MONEY.test(sentence)) continue;
    // The kind after the copula says the names are recipients: one organisation's form among them is enough.
    keep(exampleNames(recipientNames(text, from, tail.index, leadPeriodCell(text, sentenceFrom, end))), ASSOCIATIONS_NAMED.test(tail[0]) ? 0 : 1);
  }
  for (const lead of eachMatch(COUNTED_RECIPIENTS, text)) {
    const from = lead.index + lead[0].length;
    const names = recipientNames(text, from, sentenceEnd(from), leadPeriodCell(text, lead.index, from)).map((item) => knownHead(item, known));
    if (names.length === countOf(lead[1]!) && names.every((item) => looksLikeName(item.name.text, LOOSE_LOWER_WORDS))) groups.push(names);
  }
  for (const lead of eachMatch(NAMES_THEN_GRANT, text)) {
    const from = lead.index + lead[0].length;
    const end = sentenceEnd(from);
    const grant = GRANT_AFTER_NAMES.exec(text.slice(from, end));
    if (grant) keep(recipientNames(text, from, from + grant.index, leadPeriodCell(text, from + grant.index, end)));
  }
  return groups;
}

const EMPTY: Cell = { text: '', start: 0, end: 0, exact: true };

/**
 * Grants written into the sentences of a news text, each organisation with its own sum:
 *   Av den summan får Skillingby Teaterförening 60 000 kronor, medan Norrby Manskör får 10 000 kronor.
 *   Mest får föreningen Midgården (225 000 kronor) och näst mest Kulturföreningen Tellus (70 000 kronor).
 * The sum follows the name at once: in parentheses, after the verb of granting ("får", "fick", "erhöll", "beviljas"),
 * or after a comma closing an item ("Östby Historiska Sällskap 3 000 kronor,"). The name runs back to the word before
 * it (a separator, a conjunction such as "medan", the verb of a sentence that opens with it), loses a lower-case
 * article-word ("föreningen Midgården"), and must have a name's form and an organisation's (or be one the parties
 * extractor found). Not "Handikappföreningarna får dela på 200 000 kronor" (a pot shared, no verb and sum at once),
 * nor "idrottsföreningarna, 2 275 000 kronor" (lower case: a kind, no name), nor a body or kommun granted a sum.
 */
/**
 * dotted-thousands: a news text may group a sum's thousands with a full stop ("Somalia Sport klubb får 150.000 kronor"); only
 * with its unit, as a number grouped so alone may be anything ("1.500" metres, a count).
 */
const DOTTED_SUM = String.raw`\d{1,3}(?:\.\d{3})+\s*(?:kronor|kr)\b`;
const SUM = String.raw`(?:${DOTTED_SUM}|(?:${GROUPED_SUM_DIGITS}|\d{1,3}(?:,\d+)?\s+miljoner?)(?:\s*(?:kronor|kr)\b)?)`;
/**
 * A news text rounds the sum it grants: "Sala Brottsofferjour får nästan 14 000 kronor", "… får drygt 13 000 kronor".
 * The word stands between the verb and the sum, and the sum is still the grant.
 */
const ROUNDING = String.raw`(?:(?:drygt|nästan|knappt|cirka|ca\.?|omkring|närmare|runt|uppemot|strax\s+(?:över|under))\s+)?`;
/**
 * A grant foretold: "föreslås få", "väntas få", "lär få" (is expected to get), "kommer att få", "beräknas få".
 */
const FORETOLD = String.raw`(?:föreslås|ska|väntas|lär|beräknas|kommer\s+att)\s+få`;
/**
 * lower-case jour: a news text writes an organisation whose name is its kind in the definite in lower case, as it writes
 * the kind: "mest får kvinnojouren i Umeå 190 000 kr", "Största bidragen får kvinno- och tjejjouren Ada, 2,4 miljoner".
 * The kind is then the name's head, not an article before it ("föreningen Midgården", ARTICLE_WORD): a jour named by a
 * name or a place after it (a house likewise: "kvinnohuset Kassandra"), or an association, federation or club named by its
 * place ("idrottsföreningen i Ekby").
 *   yes: "kvinnojouren i Umeå", "kvinno- och tjejjouren Ada", "brottsofferjouren Ekby", "kvinnohuset Ekby", "pensionärsföreningen i Ås"
 *   no:  "kvinnojouren" alone, "kvinnojourerna i länet" (plural: a kind), "idrottsföreningen Ekby IF" (an article:
 *        the name is "Ekby IF"), "föreningen i Ås" (the kind alone, no name of its own)
 */
const LOWER_CASE_NAME_HEAD = String.raw`(?:\p{Ll}+-\s+(?:och|samt)\s+)?\p{Ll}+(?:(?:jouren|huset)(?=\s+(?:i\s+)?\p{Lu})|(?:föreningen|förbundet|klubben)(?=\s+i\s+\p{Lu}))`;
const LOWER_CASE_NAME = new RegExp(String.raw`^${LOWER_CASE_NAME_HEAD}`, 'u');
/** The name as a name is written, for the tests of its shape: "Kvinnojouren i Umeå". */
const capitalised = (name: string) => (LOWER_CASE_NAME.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : name);
/**
 * "I Köping får Kvinnojouren Ås 15 000 kronor till utbildning": a sentence that opens on an adverbial puts the verb
 * before its subject (Swedish word order), so the name stands between the verb of granting and the sum, and the sum
 * may go on with what it is for. The name is a capitalised run without digits or a full stop, read back from the sum
 * to the verb as any name is (nameBefore).
 */
const AFTER_INVERTED_VERB = String.raw`(?<=\s(?:${RECEIVING_VERBS.join('|')})\s+(?:\p{Lu}|${LOWER_CASE_NAME_HEAD})[^.\n\d]{0,60})`;
/**
 * "Örebro läns idrottsförbund som får drygt 4,1 miljoner kronor": the verb of granting may open a relative clause on the name,
 * after a comma too ("… RSMH Ekby, som får 2 000 kronor vardera").
 */
const RELATIVE = String.raw`(?:som\s+)?`;
const RELATIVE_OPENING = /^,?\s+som\s/u;
const SUM_AFTER_NAME = new RegExp(
  String.raw`\s*\(\s*(${SUM})\s*\)|,?\s+${RELATIVE}(?:${RECIPIENT_VERBS.join('|')}|${SUM_VERBS.join('|')}|${FORETOLD})\s+(?:vardera\s+)?${ROUNDING}(${SUM})|,?\s+(${SUM})(?=\s*(?:[,;.](?:\s|$)|\s+(?:och|samt|liksom|medan)\s|$))|${AFTER_INVERTED_VERB}\s+${ROUNDING}(${SUM})`,
  'gu',
);
/**
 * SUM_AFTER_NAME tried only just before a digit (engine/sticky.ts eachMatchNear): every match holds its sum's first digit
 * after at most SUM_LEAD non-space characters (a comma, "som", the longest verb, "vardera" and a rounding word: 1 + 3 + 11 + 7 +
 * 10), and its
 * last alternative's lookbehind made a try at every offset cost a scan back over up to 60 characters.
 */
const SUM_LEAD = 32;
export const SUM_AFTER_NAME_NEAR = nearPattern(SUM_AFTER_NAME, /\d/gu, nonSpaceWithin(SUM_LEAD));
/**
 * "Till SISU går 60 000": a sentence may open on the preposition and name the recipient after it; "Till
 * idrottsföreningar beviljas 3 056 122 kronor" then leaves a kind in lower case, no name. A news sentence may also
 * open on a conjunction that links it to the last grant ("Och Sala Brottsofferjour får …", "Även Ås IK får …"): the
 * conjunction is no part of the name. "Näst mest får X …", "… och minst fick X …" is one separator, the verb with its
 * adverb: separators do not overlap, so the verb after "mest" would otherwise be read as the name's first word.
 */
const BEFORE_SUM_NAME = new RegExp(
  String.raw`[,;:]\s+(?:(?:och|samt)\s+)?|${NOT_SUSPENDED}\s+(?:och|samt|&|medan|men|liksom|likaså|${RECEIVING_VERBS.join('|')}|till|(?:(?:näst\s+)?mest|minst)(?:\s+(?:${RECEIVING_VERBS.join('|')}))?)\s+|(?:[.!?]\s+|^\s*)(?:(?:Till|Och|Men|Även|Också)\s+)?`,
  'gu',
);
/** A lower-case word that stands before a name as its article: "föreningen Midgården", "stiftelsen Gröna gården". */
const ARTICLE_WORD = /^(?:föreningen|organisationen|stiftelsen|klubben|sällskapet)\s+(?=\p{Lu})/u;
const MIN_SUM_ITEMS = 2;

/** The separators of a coordinated subject or object: "A, B och C får vardera 2 000 kronor". */
const COORDINATION = /^(?:,\s+(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+)$/u;
/** "vardera" (each) after a sum: "… A och B, som får 2 000 kronor vardera". */
const EACH_AFTER_SUM = /^\s+vardera(?!\p{L})/u;
const EACH_REACH = 12;
/** What follows a sum and hands it to more names: "… får 2 000 kronor liksom A, B och C.", "…, likaså A och B." */
const LIKEWISE = /^\s*,?\s*(?:liksom|likaså)\s+([^.\n]{2,200}?)(?=\.(?:\s|$)|\n|$)/u;
const NAME_SEPARATOR = new RegExp(String.raw`,\s+|${NAME_CONJUNCTION.source}`, 'gu');

/** A sum's unit inside what would be a name: the name ran back over another grant ("Östby Sällskap 3 000 kronor"). */
const KRONOR_WORD = /\b(?:kronor|kr)\b/u;
/** A preposition closing a run before a sum is the sum's ("… Visklubb på 50 000 kronor"): no name ends on one. */
const ENDS_ON_PREPOSITION = /\s(?:på|om|för|till|med|av|i)$/u;
/** Two capitalised words or more and nothing else: "Gota Stream Big Band", not "Totalt" nor "Kommunen". */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)+$/u;
/** What stands between a grant's sum and the next name granted with the verb left out: ", och", ", ", " och ". */
const ELIDED_VERB_GAP = /^(?:\s*(?:kronor|kr)\b)?\s*,?\s*(?:och|samt)?\s*$/u;

interface Named {
  name: string;
  start: number;
}

/**
 * An organisation's name standing at [from, to): its article-word left off, a name's and an organisation's form. The
 * sum and verb at once after it set the name apart, so it may hold a few lower-case words ("Frälsningsarmens
 * hornmusikkår", "Allas lika värdeföreningen") as a name set apart by a dash may; a kind in the plural
 * ("De båda föreläsningsföreningarna") has no organisation's form. `elided`: the name follows another grant at once
 * with the verb left out ("… får 10 000 kronor, och Gota Stream Big Band 8 000."), which says it is a recipient
 * without an organisation word — if its words are all capitalised, two or more.
 */
function nameAt(text: string, from: number, to: number, known: ReadonlySet<string>, elided = false, listed = false): Named | null {
  const raw = text.slice(from, to);
  const article = ARTICLE_WORD.exec(raw)?.[0].length ?? 0;
  const name = raw.slice(article).trim();
  // A kind alone in the definite ("Föreningen", "Klubben") names no organisation: it speaks of one named before it.
  if (ANAPHOR.test(name)) return null;
  // The article-word itself says the name is an organisation's ("föreningen Midgården"); a count says it is a kind.
  const formed = listed || article > 0 || hasOrganisationForm(name) || known.has(name.toLowerCase()) || (elided && CAPITALISED_NAME.test(name));
  if (OPENS_WITH_COUNT.test(name) || KRONOR_WORD.test(name) || ENDS_ON_PREPOSITION.test(name) || !looksLikeName(capitalised(name), LOOSE_LOWER_WORDS) || !formed) return null;
  return { name, start: from + article + (raw.slice(article).length - raw.slice(article).trimStart().length) };
}

/**
 * anaphor-granted: a sentence whose subject is a partner spoken of again by its kind alone ("Det största bidraget får
 * orienteringsklubben OK Bävern som ska bygga ut. Föreningen beviljas 130 000 kronor.") grants its sum to the partner
 * its paragraph named last as a sentence's subject (subject-sentences.ts: partnerBefore).
 *   no: an anaphor with no partner before it in its paragraph; "Föreningar beviljas …" (plural, a kind).
 */
const ANAPHOR_SUBJECT = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+)\s*$/u;
function anaphorReferent(text: string, at: number): Named | null {
  const word = ANAPHOR_SUBJECT.exec(text.slice(Math.max(0, at - ANAPHOR_REACH), at));
  if (!word || !ANAPHOR.test(word[1]!)) return null;
  const referent = partnerBefore(text, at - word[0].length + word[0].indexOf(word[1]!));
  return referent && { name: referent.name, start: referent.start };
}
/** The longest anaphor and the sentence break before it. */
const ANAPHOR_REACH = 40;
/**
 * pronoun-granted: a clause turned about whose subject is "man" after the verb of being granted ("… avser att renovera
 * gymmet och för detta tilldelas man 30 000 kronor") grants its sum to the partner its paragraph named last as a
 * sentence's subject, as an anaphor does.
 *   no: "får man söka högst 30 000 kronor" (no sum right after the pronoun), with no partner named before it.
 */
const PRONOUN_GRANTED = new RegExp(String.raw`\s(?:${RECIPIENT_VERBS.join('|')})\s+man\s+${ROUNDING}(${SUM})`, 'gu');

/** The name that ends at `at`, back to the word before it; with the separator before it. */
function nameBefore(text: string, at: number, known: ReadonlySet<string>, lastSumEnd = -1): (Named & { separator: string; separatorAt: number }) | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const from = Math.max(lineStart, at - MAX_NAME);
  const before = text.slice(from, at);
  const last = [...eachMatch(BEFORE_SUM_NAME, before)].filter((s) => s[0].length > 0 || s.index === 0).at(-1);
  if (!last || (last.index === 0 && last[0].length === 0 && before.length === MAX_NAME)) return null;
  const nameFrom = from + last.index + last[0].length;
  const elided = lastSumEnd >= 0 && lastSumEnd <= nameFrom && ELIDED_VERB_GAP.test(text.slice(lastSumEnd, nameFrom));
  const named = nameAt(text, nameFrom, at, known, elided);
  return named && { ...named, separator: last[0], separatorAt: from + last.index };
}

/**
 * The sum may also come first and the recipient after "till", as a press release writes a decision: "Nämnden beviljar
 * 1 650 000 kronor i verksamhetsbidrag till RF-SISU Norrland för 2022", "3 971 730 av dessa går till Folkbildning
 * Norr och 328 270 kronor går till RF-SISU Norrland". The verb grants (beviljar, ger, tilldelar; går or gick of a sum),
 * a few words may say what kind of grant it is, and the name runs from "till" to the next word that cannot be a name's
 * ("för 2022", "varav", "och", a comma, the full stop). Not "4 300 000 kronor i anslag till studieförbundens regionala
 * verksamhet": lower case, a kind of activity, no name.
 */
const NAME_AFTER_SUM = new RegExp(
  String.raw`(?:\b(?:${GRANTING_VERBS.join('|')})\s+(?:\p{Ll}+\s+){0,2}?(${SUM})|(?<!\d[ \u00a0]?)\b(${SUM})(?:\s+av\s+(?:dessa|dem|summan|pengarna))?\s+(?:${SUM_VERBS.join('|')}))(?:\s+i\s+[\p{Ll}-]{3,30})?\s+till\s+(?=\p{Lu})`,
  'gu',
);
/**
 * grant-to-name: the grant's noun, its recipient after "till" and the sum after "på" or "om": "Utskottet beviljade också ett
 * kommunalt bidrag till Föreningen Ekby Visklubb på 50 000 kronor", "ett stöd till Kvinnojouren Vega om 80 000 kronor". The
 * name is a capitalised run without digits or a full stop.
 *   no: "bidrag till föreningar på landsbygden" (lower case, no sum), "bidrag till Ekby IF på grund av …" (no sum)
 */
const GRANT_TO_NAME = new RegExp(String.raw`(?:bidrag|stöd)(?:et|en)?\s+till\s+(\p{Lu}[^.\n\d]{1,${MAX_NAME}}?)\s+(?:på|om)\s+${ROUNDING}(${SUM})`, 'gu');
/** Where a name after "till" ends: the grant year or purpose after it, a clause, a conjunction, punctuation. */
const NAME_AFTER_SUM_END = new RegExp(String.raw`${NOT_SUSPENDED}\s+(?:för|varav|som|och|samt|till|med|i\s+\d)\s|[,.;:()]|\s*$`, 'u');

/**
 * object-grant: the body grants, the recipient its object and the sum after it: "Nämnden beviljar Ekby IF 50 000 kronor
 * för läger", "Utskottet beslöt att bevilja OK Ås och OK Berga 60 000 kronor för …". Recipients joined by "och" before
 * one sum share that grant: one row naming both (the name splitter parts them). Every name of the object must have a
 * name's form and an organisation's (or be one the parties extractor found).
 *   yes: "beviljade också Kvinnojouren Vega 80 000 kronor", "att tilldela Norrby Skytteförening 12 000 kr"
 *   no:  "beviljar föreningarna 50 000 kronor" (lower case: a kind), "ger Ekby kommun 50 000 kronor" (a kommun),
 *        "beviljar Ekby IF:s ansökan om 50 000 kronor" (no sum right after the name)
 */
const OBJECT_GRANT = new RegExp(String.raw`\b(?:${OBJECT_GRANT_VERBS.join('|')})\s+(?:också\s+|även\s+)?(\p{Lu}[^.
\d]{0,${MAX_NAME}}?)\s+${ROUNDING}(${SUM})`, 'gu');
const JOINT_SEPARATOR = new RegExp(String.raw`,\s+|${NOT_SUSPENDED}\s+(?:och|samt|&)\s+`, 'u');

function objectGrantItems(text: string, known: ReadonlySet<string>): Item[] {
  return [...text.matchAll(OBJECT_GRANT)].flatMap((m): Item[] => {
    const object = m[1]!;
    const from = m.index + m[0].indexOf(object);
    let at = from;
    const named = object.split(JOINT_SEPARATOR).map((part) => {
      const start = text.indexOf(part, at);
      at = start + part.length;
      return nameAt(text, start, start + part.length, known);
    });
    if (named.some((n) => n === null)) return [];
    const sumStart = m.index + m[0].lastIndexOf(m[2]!);
    const name = text.slice(named[0]!.start, from + object.length);
    return [{ key: itemKey(name), name: { text: name, start: named[0]!.start, end: from + object.length, exact: true }, beside: textCell(m[2]!, sumStart) }];
  });
}

/** A name's key: "RF-SISU Jämtland-Härjedalen" and "RF-SISU Jämtland Härjedalen" are one organisation. */
const itemKey = (name: string) => name.toLowerCase().replace(/[\s-]+/gu, ' ');

/**
 * recipient-cleft: a news text names one recipient after the copula of a relative clause on a singular kind that says
 * what it was granted: "En ny förening som får ett startbidrag på 10 000 kronor är Unga allergiker Bergslagen.", "Den
 * organisation som fick störst bidrag var Kvinnojouren Vega." The kind before the clause says the name is an
 * organisation's (as an article-word does: "föreningen Midgården"), so it needs no organisation word of its own; it runs
 * from the copula to a comma or the sentence's end. The clause must speak of money (GRANT_NOUN); its sum, if any, is
 * the grant, else a sum set after the name by a comma ("… som får ett stort bidrag är Ekby Idrottsförbund, 270 000 kr").
 *   no: "Den förening som fick avslag var Ekby IF." (no money), "En förening som får bidrag är skyldig att redovisa." (no
 *       name), "De föreningar som fick bidrag var A, B och C." (plural: RECIPIENT_LEADS)
 */
const RECIPIENT_CLEFT = new RegExp(
  String.raw`(?:förening|organisation|klubb)(?:en)?\s+som\s+${GRANTED}\s([^.\n]{0,80}?)\s(?:är|var|blir|blev)\s+(?=\p{Lu})`,
  'giu',
);
const CLEFT_NAME_END = new RegExp(String.raw`[,;:.!?\n]|${NOT_SUSPENDED}\s+(?:med|som|och|samt)\s`, 'u');
const CLAUSE_SUM = new RegExp(SUM, 'u');
const SUM_AFTER_COMMA = new RegExp(String.raw`^,\s*(${SUM})`, 'u');
const CLAUSE_MONEY = new RegExp(String.raw`(?<!\p{L})(?:${GRANT_NOUN})(?!\p{L})`, 'iu');

function cleftItems(text: string, known: ReadonlySet<string>): { named: Named; sum: Cell }[] {
  return [...text.matchAll(RECIPIENT_CLEFT)].flatMap((m) => {
    const clause = m[1]!;
    if (!CLAUSE_MONEY.test(clause)) return [];
    const from = m.index + m[0].length;
    const stop = CLEFT_NAME_END.exec(text.slice(from));
    const named = nameAt(text, from, from + (stop?.index ?? text.length - from), known, false, true);
    if (!named) return [];
    const sum = CLAUSE_SUM.exec(clause);
    const clauseStart = m.index + m[0].indexOf(clause);
    if (sum) return [{ named, sum: textCell(sum[0], clauseStart + sum.index) }];
    const nameEnd = named.start + named.name.length;
    const after = SUM_AFTER_COMMA.exec(text.slice(nameEnd, nameEnd + MAX_NAME));
    return [{ named, sum: after ? textCell(after[1]!, nameEnd + after[0].length - after[1]!.length) : EMPTY }];
  });
}

/**
 * grant-topic: a sentence that opens on the definite grant to a named recipient and says how it stands, as a news text on a
 * round of grants tells of one recipient beside the others: "Bidraget till Handikappföreningarnas samarbetsorgan, HSO,
 * ligger på samma nivå som 2013.", "Stödet till Kvinnojouren Vega höjs med 50 000 kronor." The name runs from "till" to a
 * comma or the verb; the grant given to it says it is an organisation (as the kind before a cleft does), so it needs no
 * organisation word, only a name's shape. No sum is read. Read only beside other recipients (findEnumerations).
 *   no: "Bidraget till föreningar i kommunen höjs." (lower case: a kind), "Bidraget till Lunds kommun ligger kvar." (a
 *       kommun), "Han sökte bidraget till Ekby IF." (not the sentence's subject)
 */
const GRANT_TOPIC = /(?:^|[.!?]\s+)(?:Bidraget|Stödet|Anslaget)\s+till\s+(?=\p{Lu})/gu;
const GRANT_TOPIC_END = /,|\s+(?:ligger|blir|är|var|höjs|höjdes|sänks|sänktes|minskar|minskas|ökar|ökas|uppgår|förblir|behålls|kvarstår)\s/u;

function grantTopicItems(text: string, known: ReadonlySet<string>): Named[] {
  return [...text.matchAll(GRANT_TOPIC)].flatMap((m) => {
    const from = m.index + m[0].length;
    const sentence = text.slice(from, from + MAX_NAME + 20);
    const end = GRANT_TOPIC_END.exec(sentence);
    const named = end ? nameAt(text, from, from + end.index, known, false, true) : null;
    return named ? [named] : [];
  });
}

function sumItemsIn(text: string, ideburna: readonly Field<string>[]): Item[] {
  const known = knownNames(ideburna);
  const items: Item[] = [];
  let lastSumEnd = -1;
  const add = (named: Named, sum: Cell) => {
    const key = itemKey(named.name);
    if (!items.some((other) => other.key === key)) items.push({ key, name: textCell(named.name, named.start), beside: sum });
  };
  for (const { named, sum } of cleftItems(text, known)) add(named, sum);
  for (const named of grantTopicItems(text, known)) add(named, EMPTY);
  for (const item of objectGrantItems(text, known)) {
    if (!items.some((other) => other.key === item.key)) items.push(item);
  }
  for (const m of text.matchAll(NAME_AFTER_SUM)) {
    const sum = (m[1] ?? m[2])!;
    const sumStart = m.index + m[0].indexOf(sum);
    const from = m.index + m[0].length;
    const stop = NAME_AFTER_SUM_END.exec(text.slice(from, text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from)));
    // The sum granted "till" the name says it is a recipient, as a grant with the verb left out does.
    const named = nameAt(text, from, from + (stop?.index ?? 0), known, true);
    if (named) add(named, textCell(sum, sumStart));
  }
  for (const m of text.matchAll(GRANT_TO_NAME)) {
    const from = m.index + m[0].indexOf(m[1]!, m[0].indexOf('till'));
    const sumStart = m.index + m[0].lastIndexOf(m[2]!);
    const named = nameAt(text, from, from + m[1]!.length, known, true);
    if (named) add(named, textCell(m[2]!, sumStart));
  }
  for (const m of text.matchAll(PRONOUN_GRANTED)) {
    const referent = partnerBefore(text, m.index);
    if (referent) add(referent, textCell(m[1]!, m.index + m[0].lastIndexOf(m[1]!)));
  }
  for (const m of matchesNear(SUM_AFTER_NAME_NEAR, text)) {
    const sum = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    const sumStart = m.index + m[0].lastIndexOf(sum);
    const granted = textCell(sum, sumStart);
    const first = nameBefore(text, m.index, known, lastSumEnd);
    lastSumEnd = sumStart + sum.length;
    if (!first) {
      // "Föreningen beviljas 130 000 kronor": a partner spoken of again by its kind alone is granted the sum.
      const referent = m[2] !== undefined ? anaphorReferent(text, m.index) : null;
      if (referent) add(referent, granted);
      continue;
    }
    // "Götaby Klubb och Norrby Fotoklubb får 2 000 kronor": each name of a coordinated subject is granted; only
    // before the verb of granting, as a parenthesis or a comma gives one name its own sum, and not before a relative
    // clause, which is the last name's ("studieförbunden, Ekby idrottsförbund som får 4,1 miljoner") unless its sum is
    // each one's ("… går till A och B, som får 2 000 kronor vardera").
    const subject: Named[] = [first];
    const after = m.index + m[0].length;
    const coordinated = m[2] !== undefined && (!RELATIVE_OPENING.test(m[0]) || EACH_AFTER_SUM.test(text.slice(after, after + EACH_REACH)));
    for (let previous = first; coordinated && COORDINATION.test(previous.separator); ) {
      const next = nameBefore(text, previous.separatorAt, known);
      if (!next) break;
      subject.unshift(next);
      previous = next;
    }
    for (const named of subject) add(named, granted);
    // "… får 2 000 kronor liksom Sjöby gården, Föreningen Munkleden och Skiby Samlarklubb.": the names after are granted alike.
    const likewise = LIKEWISE.exec(text.slice(after));
    if (!likewise) continue;
    const listStart = after + likewise[0].length - likewise[1]!.length;
    let at = listStart;
    const parts = likewise[1]!.split(NAME_SEPARATOR).map((part) => {
      const from = text.indexOf(part, at);
      at = from + part.length;
      return { from, to: from + part.length };
    });
    // likewise-list: granted alike beside organisations, a name without an organisation word of its own ("Sjöbygården",
    // "Konstateljén") is one more recipient when most of its list have one; "liksom Anna och Per" (no organisation) is not.
    const formed = parts.filter(({ from, to }) => nameAt(text, from, to, known) !== null).length;
    const listed = parts.length >= MIN_RECIPIENTS && formed >= Math.ceil(parts.length / 2);
    for (const { from, to } of parts) {
      const named = nameAt(text, from, to, known, false, listed);
      if (named) add(named, granted);
    }
  }
  return items;
}

export function findEnumerations(text: string, ideburna: readonly Field<string>[]): ListingTable[] {
  // A news text may name a few recipients with their sums and the rest in one enumeration: "Lule Teater får 565 000
  // kronor. Bland de andra föreningarna som får bidrag finns A, B och C." Each is a row, a name once.
  const recipients = recipientRows(text, new Set(ideburna.map((f) => f.value.toLowerCase())));
  const named = new Set(recipients.flat().map((item) => item.key));
  const sums = sumItemsIn(text, ideburna).filter((item) => !named.has(item.key));
  if (recipients.length > 0 || sums.length >= MIN_SUM_ITEMS) {
    // The grant year the enumerations state ("… som får bidrag 2017 finns …") is that of the sums named beside them.
    const years = new Set(recipients.flat().map((item) => item.beside.text));
    const year = years.size === 1 ? recipients[0]![0]!.beside : EMPTY;
    // A recipient a second sentence names again ("A, B och C är några av …" then "A, D och E är exempel på …") is one row.
    const once = recipients.flat().filter((item, i, all) => all.findIndex((other) => other.key === item.key) === i);
    const rows = [...once.map((item) => [item.name, item.beside, EMPTY]), ...sums.map((item) => [item.name, year, item.beside])];
    return [{ roles: ['ideburen', 'period', 'amount'], rows, granted: true }];
  }
  const items = itemsIn(text, ideburna);
  if (items.length < MIN_ITEMS) return [];
  // Paragraphs by their start offsets: an enumeration stays within one.
  const breaks = splitLines(text).filter((line) => isBlank(line.text)).map((line) => line.start);
  const paragraphOf = (offset: number) => breaks.filter((at) => at < offset).length;
  const tables: ListingTable[] = [];
  const groups = new Map<number, Item[]>();
  for (const item of items) {
    const key = paragraphOf(item.name.start);
    const group = groups.get(key) ?? [];
    // One row per organisation: a second mention of it is the same partnership.
    if (!group.some((other) => other.key === item.key)) group.push(item);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.length >= MIN_ITEMS) tables.push({ roles: [...ROLES], rows: group.map((item) => [item.name, item.beside]) });
  }
  return tables;
}
