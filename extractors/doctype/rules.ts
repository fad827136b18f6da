/**
 * Signals of a document's type, each a named rule with a weight. What stands in the header (a title word
 * in the first cells) weighs most; section headings and formulas that only one type uses add up; a type
 * word in running text counts for nothing (a tjänsteskrivelse mentions "protokoll", a protocol lists a
 * "tjänsteskrivelse" among its Beslutsunderlag).
 */
import type { DocType } from '../../pipeline/contract.js';
import lexicon from '../lexicon/doc-type-words.json' with { type: 'json' };
import type { Cell } from './cells.js';
import { paragraphHeadings } from '../items/headings.js';
import { LABELS_FOR_ITEMS, MEETING_PAGE_HEADING, meetingLabels } from '../../pipeline/matters/whole.js';
import { countWords, runInHeadingLength, sentences } from '../engine/sentences.js';
import { isWhitespace } from '../engine/phrase-trie.js';
import { atLineStart, eachMatchNear, firstNear, nearPattern, notAfter, wordStart, wordsThenSpaceBefore } from '../engine/sticky.js';
import { mayContain, mayContainWord } from '../engine/folded.js';
import { findLabelledBlocks } from '../listings/labelled-blocks.js';
import { findLineLists, isIntro, readItemIn } from '../listings/line-list.js';
import { findNamedSections } from '../listings/named-sections.js';
import { findCards } from '../listings/cards.js';
import { findRunTogetherTables } from '../listings/run-together.js';
import { findListingTables } from '../listings/table.js';
import { splitLines } from '../engine/table-row.js';
import { runTogetherLine } from '../engine/lines.js';
import type { ColumnRole } from '../listings/table.js';

export type TypedDoc = Exclude<DocType, 'annat'>;

export interface Signal {
  type: TypedDoc;
  rule: string;
  weight: number;
  start: number;
  end: number;
}

export const WEIGHTS = {
  /** A title word heading one of the first cells: "SAMMANTRÄDESPROTOKOLL", "Rapport och exempelsamling, 2023". */
  titleInHeader: 6,
  /** A cell that is nothing but a title word (and a page counter), further down: a repeated page header. */
  titleCell: 2,
  /** The first long line starts with a title word: "Överenskommelse om IOP med …" may be the matter's subject. */
  subjectLine: 1.5,
  /** A protocol paragraph heading: "§ 3   Dnr …", "RS AU § 114 Idéburet …". */
  paragraphHeading: 1.5,
  /** Two or more "För <party>" signature lines close an agreement. */
  signatureBlock: 2,
  /** Blocks of labelled lines, each an organisation with its public party, body or period: a list of partnerships. */
  partnershipList: 4,
  /**
   * A list under a lead-in that announces it ("Kommunen har följande IOP-avtal:"): the page says itself that it
   * enumerates partnerships, so it outweighs a title in the header — a page titled by the form it lists
   * ("IOP-avtal") reports them, it is none of them.
   */
  announcedList: 6.5,
  /**
   * A headline announcing partnerships with several organisations: enough to type a page that says no more,
   * less than a type's title or a protocol's or tjänsteskrivelse's headings together.
   */
  partnershipHeadline: 3,
  /** A sentence counting the organisations a round of grants goes to: as much as a headline announcing partnerships. */
  severalGrants: 3,
  sectionHeading: 1,
  phrase: 1,
} as const;

/** Cells this far into the document still belong to its header. */
export const HEADER_CELLS = 6;
/** Headings and title cells are short: a longer cell is running text. */
const TITLE_MAX_WORDS = 5;
const HEADING_MAX_WORDS = 8;
/** Each kind of evidence counts once per heading or phrase, and at most this much per type and rule. */
const MAX_PER_RULE = 5;
/**
 * In a document whose header names its type, another type's signals in the second half count this much:
 * an agreement appended to a tjänsteskrivelse does not make it an agreement.
 */
const APPENDIX_DISCOUNT = 0.5;

const TYPES = Object.keys(lexicon.titleWords) as TypedDoc[];

/**
 * All (phrase, type) pairs of a lexicon section, longest first so that the most specific phrase wins, each
 * with a regex that finds it as whole words, also where it is wrapped over lines.
 */
const entries = (section: Record<TypedDoc, string[]>) =>
  TYPES.flatMap((type) => section[type].map((phrase) => ({ phrase, type })))
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map((e) => ({ ...e, words: e.phrase.split(' '), regex: new RegExp(`(?<![\\p{L}])${e.phrase.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu') }));

/**
 * A phrase can match only in a text that holds every word of it (engine/folded.ts): each a whole word where the phrase
 * matches (white space or no letter on either side of it). Its pattern is tried only then. Its first word alone let
 * through most phrases of a long text ("i två likalydande exemplar", "förvaltningen bedömer"), each then searched for
 * over the whole text.
 */
const mayHold = (text: string, entry: { words: readonly string[] }) => entry.words.every((word) => mayContainWord(text, word));

const TITLE_WORDS = entries(lexicon.titleWords);
/** With each phrase's initial letter ('' for a phrase that does not start with a letter a–ö). */
const SECTION_HEADINGS = entries(lexicon.sectionHeadings).map((e) => ({ ...e, initial: foldedInitial(e.phrase) }));
const PHRASES = entries(lexicon.phrases);

const normalised = (s: string) => s.toLowerCase().replace(/^[#*•\-–\s]+/, '').replace(/\s+/g, ' ');
/**
 * A text's first letter as the phrases (lower case a–ö) are written, as the u and i flags fold it: "K" (the
 * Kelvin sign) is "k", the long "ſ" is "s"; '' for a character no such letter folds from (a digit, "§").
 */
function foldedInitial(text: string): string {
  const first = text.charAt(0);
  const lower = first === 'ſ' ? 's' : first.toLowerCase();
  return /^[a-zåäö]$/.test(lower) ? lower : '';
}

/** The phrase heads the text as whole words. */
const startsWith = (text: string, phrase: string) =>
  text.startsWith(phrase) && !/[\p{L}\d]/u.test(text.charAt(phrase.length));

/**
 * "Beslut i korthet", "Protokoll i korthet": a page that sums up a meeting's decisions in a few lines each is
 * a digest (annat), not the decision or the protocol it names.
 */
const DIGEST = /^\s+i\s+korthet(?![\p{L}])/iu;

/**
 * meeting digest: the page's title line names itself a digest of a meeting's decisions ("Regionstyrelsen i korthet 170126",
 * "Beslut i korthet - regionstyrelsen 1 juni 2022"). Its words type it annat (DIGEST); pipeline/extract.ts reads one that
 * records a partnership matter as the meeting's protocol. The first line of text only, short as a title is.
 *   yes: "Regionstyrelsen i korthet 170126", "Beslut i korthet - regionstyrelsen 1 juni 2022"
 *   no:  "Kommunen i korthet" further down a page; "Här är besluten i korthet." (a sentence, not the title line)
 */
const DIGEST_TITLE = /^[^.!?\n]{0,60}(?<![\p{L}])i\s+korthet(?![\p{L}])[^.!?\n]{0,60}$/iu;
export function digestTitle(text: string): { start: number; end: number } | undefined {
  const title = /^(?:#[^\n]*\n|\s*\n)*([^\n]+)/u.exec(text);
  if (!title || !DIGEST_TITLE.test(title[1]!.trim())) return undefined;
  const start = title.index + title[0].length - title[1]!.length;
  return { start, end: start + title[1]!.trimEnd().length };
}

/** TITLE_WORDS by their first character, longest first still: a text can start only with those of its own first. */
const TITLE_WORDS_BY_INITIAL = new Map<string, typeof TITLE_WORDS>();
for (const entry of TITLE_WORDS) TITLE_WORDS_BY_INITIAL.set(entry.phrase.charAt(0), [...(TITLE_WORDS_BY_INITIAL.get(entry.phrase.charAt(0)) ?? []), entry]);

/** The first two letters of every title word: "sa", "pr", "tj", "öv" … */
const TITLE_OPENINGS: ReadonlySet<string> = new Set(TITLE_WORDS.map(({ phrase }) => phrase.slice(0, 2)));

/**
 * Whether normalised(cellText) may open with a title word (titleWordAt): its first two characters past the marks
 * normalised() takes off (LEADING_MARK), in lower case, open some title word. Two characters lowered, not the whole cell:
 * most cells of a long document open with no title word's letters, and were normalised whole to find that out.
 */
function mayOpenWithTitle(cellText: string): boolean {
  let i = 0;
  while (i < cellText.length && LEADING_MARK.test(cellText[i]!)) i++;
  return TITLE_OPENINGS.has(cellText.slice(i, i + 2).toLowerCase().slice(0, 2));
}

function titleWordAt(text: string): { phrase: string; type: TypedDoc } | undefined {
  const title = TITLE_WORDS_BY_INITIAL.get(text.charAt(0))?.find(({ phrase }) => startsWith(text, phrase));
  return title && !DIGEST.test(text.slice(title.phrase.length)) ? title : undefined;
}

/**
 * A title word heading a short header cell, or written with a capital further along it
 * ("KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 8 (15)", "Malmö stad Tjänsteskrivelse"); not a lower-case word
 * ending a subject ("Förlängning av avtal").
 */
function headerTitleWord(cellText: string, text: string): { phrase: string; type: TypedDoc } | undefined {
  return (
    titleWordAt(text) ??
    TITLE_WORDS.find(({ regex }) => {
      const m = regex.exec(cellText);
      return m !== null && /^\p{Lu}/u.test(m[0]) && !DIGEST.test(cellText.slice(m.index + m[0].length));
    })
  );
}

/**
 * `headerEnd`: where the header ends at the latest, at the first § paragraph heading (a protocol's "Beslut"
 * section heading follows it closely and is no title).
 */
/** Comments and front matter ("# source: …", "organ: ga") before a document's own first line. */
const PREAMBLE_CELL = /^#|^[a-zåäö_]+:\s/;

/**
 * "Beslut" in mixed case after the first line is the heading of a protocol's decision section; a decision
 * document is titled by it on its first line or in capitals ("BESLUT"), a news page by its subject after it.
 */
function isSectionHeadingBeslut(phrase: string, cell: Cell, cells: readonly Cell[]): boolean {
  if (phrase !== 'beslut' || cell.text === cell.text.toUpperCase()) return false;
  const first = cells.find((c) => !PREAMBLE_CELL.test(c.text));
  return first !== cell || DECISION_HEADLINE.test(cell.text);
}
/**
 * "Beslut om föreningsbidrag", "Beslut: lån till Svegs hembygdsförening": a news page's headline on a decision, its
 * subject in lower case after "om" or a colon. A decision document's title stands alone ("Beslut", "BESLUT", "Beslut
 * 2023-05-10") or in capitals.
 */
const DECISION_HEADLINE = /^[#*•\-–\s]*[Bb]eslut(?:\s+om|[ \t]*:)\s+\p{Ll}/u;

/** A web page's publication stamp: a label ("Publicerad 15 juni 2021") or a date with a clock time ("2015-12-17 19:05"). */
const WEB_PAGE_STAMP = new RegExp(
  `^(?:(?:${lexicon.webPageStamps.join('|')})(?![\\p{L}])|\\d{4}-\\d{2}-\\d{2},?\\s+\\d{1,2}:\\d{2}$)`,
  'iu',
);

/**
 * Speech reported as news reports it: a quotation closed by ", säger" and its speaker ("… en otrolig lättnad, säger hon",
 * "…, säger Anna Berg, ordförande"). Municipal documents record what was decided or agreed, not who said it; "säger upp"
 * (terminates) has no comma before it.
 */
const REPORTED_SPEECH = /,[”"]?\s+säger\s+(?:hon|han|de|\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/**
 * photo credit: a line, or a caption's last sentence, that credits a picture to its photographer ("Foto: Sarah Tjärnås.",
 * "… i Torna Hällestad. Foto: Sophie Holgersson", "Bild: Arkiv", "Fotograf: Anna Berg"): news and web pages print
 * pictures, municipal documents (protocols, officers' reports, agreements, decisions) do not. The credit's word is
 * followed by a colon and a capitalised name.
 *   yes: "Foto: Sarah Tjärnås.", "Solbackens bygdegård i Edenberga. Foto: Johan W Jönsson/arkiv", "Bild: Arkiv"
 *   no:  "Fotot visar gården.", "bild: se bilaga" (lower case after the colon), "Fotoklubben: årsmöte"
 */
const PHOTO_CREDIT = new RegExp(
  `(?:^|[.!?]\\s+)(?:${lexicon.photoCredits.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1).replace(/ /g, '\\s+')}`).join('|')})[ \\t]*:[ \\t]*\\p{Lu}`,
  'u',
);
/** Tried only on a cell with a colon: most cells have none. */
const photoCredit = (text: string) => text.includes(':') && PHOTO_CREDIT.test(text);

/**
 * A publication stamp among the first cells, speech quoted as news quotes it, or a picture credited to its photographer
 * makes the page a web or news page: a clipped article carries no stamp but speaks in the reporter's voice or prints
 * its pictures' credits.
 */
export function isWebPage(cells: readonly Cell[]): boolean {
  return (
    cells.slice(0, HEADER_CELLS).some((c) => WEB_PAGE_STAMP.test(c.text)) ||
    cells.some((c) => REPORTED_SPEECH.test(c.text) || photoCredit(c.text))
  );
}

/**
 * subject headline: a title word opening a header cell in sentence case, then "om" and a subject: a news page's headline on
 * an agreement or a decision names what it reports ("Avtal om Norderstrand görs om"); it weighs as a subject line does. A
 * document's own title stands alone or in capitals ("Avtal", "ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP").
 *   yes: "Avtal om Norderstrand görs om", "Överenskommelse om lokaler klar"
 *   no:  "ÖVERENSKOMMELSE OM IOP", "Överenskommelse", "Avtal 2023-01-01", "Ansökan om bidrag Tjänsteskrivelse" (the title
 *        word does not open the cell)
 */
const ABOUT_SUBJECT = /^\s+om\s+\S/u;
const subjectHeadline = (cell: Cell, text: string, phrase: string) =>
  startsWith(text, phrase) && ABOUT_SUBJECT.test(text.slice(phrase.length)) && cell.text !== cell.text.toUpperCase();

/** A paragraph of running text: a dozen words or more, closed by a sentence's end. */
const PROSE_MIN_WORDS = 12;
const isProse = (cell: Cell) => countWords(cell.text) >= PROSE_MIN_WORDS && /[.!?]["”]?$/u.test(cell.text);

/** `webPage`: whether the cells are a news or web page's (isWebPage), when the caller has read it already. */
export function titleSignals(cells: readonly Cell[], headerEnd = Infinity, webPage = isWebPage(cells)): Signal[] {
  const signals: Signal[] = [];
  // A news page's kicker ("BESLUT" over an article on a decision) names its topic, not its type.
  const kickers = webPage ? HEADER_CELLS : 0;
  // A header stands above the text: a short heading after a paragraph ("Samarbetsavtal för att stärka
  // krisstödet" between a news article's paragraphs) is a section's, not the document's title.
  const firstProse = cells.find(isProse)?.start ?? Infinity;
  for (const cell of cells) {
    if (cell.index < kickers) continue;
    const headerCell = cell.index < HEADER_CELLS && cell.start < Math.min(headerEnd, firstProse);
    // Below the header only a title word opening the cell counts: a cell whose first two letters open none is not normalised.
    if (!headerCell && !mayOpenWithTitle(cell.text)) continue;
    const text = normalised(cell.text);
    // "Sida 21 (84)", "8 (15)", dates and punctuation around a title word do not make it running text. Read only for a
    // header's cell or where a title word opens the cell: most of a long document's cells are neither.
    const bareOf = () => text.replace(/[\d\s(),.:/-]+/g, ' ').trim();
    const headerBare = headerCell ? bareOf() : undefined;
    const inHeader = headerBare !== undefined && countWords(headerBare) <= TITLE_MAX_WORDS;
    const title = inHeader ? headerTitleWord(cell.text, headerBare) : titleWordAt(text);
    if (!title || (CAPITALS_ONLY_TITLES.has(title.phrase) && !inCapitals(cell.text, title.phrase))) continue;
    const bare = headerBare ?? bareOf();
    if (inHeader && isSectionHeadingBeslut(title.phrase, cell, cells)) continue;
    if (inHeader && subjectHeadline(cell, text, title.phrase)) {
      signals.push(signal(title.type, 'subject line', WEIGHTS.subjectLine, cell));
    } else if (inHeader) {
      signals.push(signal(title.type, 'title in header', WEIGHTS.titleInHeader, cell));
    } else if (bare === title.phrase && title.type !== 'beslut') {
      // "Beslut" alone further down is a protocol's section heading, not the document's title.
      signals.push(signal(title.type, 'title cell', WEIGHTS.titleCell, cell));
    }
  }
  const owned = ownedTitle(cells, kickers);
  if (owned) signals.push(signal(owned.type, 'title in header', WEIGHTS.titleInHeader, owned));
  const capitals = capitalTitleInRunTogetherLine(cells, kickers);
  if (capitals) signals.push(signal(capitals.type, 'title in header', WEIGHTS.titleInHeader, capitals));
  const subject = cells.find((c) => countWords(c.text) >= 4 && !c.text.startsWith('# '));
  const subjectText = subject && subject.text.replace(PAGE_COUNTER, '');
  const subjectWord = subjectText !== undefined ? titleWordAt(normalised(subjectText)) : undefined;
  const subjectTitle = subjectWord && (!CAPITALS_ONLY_TITLES.has(subjectWord.phrase) || inCapitals(subjectText!, subjectWord.phrase)) ? subjectWord : undefined;
  if (subject && subjectText !== undefined && subjectTitle) {
    const runTogether = subject === cells.find((c) => !PREAMBLE_CELL.test(c.text)) && headsFields(subjectText, subjectTitle.phrase);
    signals.push(
      runTogether
        ? signal(subjectTitle.type, 'title in header', WEIGHTS.titleInHeader, subject)
        : signal(subjectTitle.type, 'subject line', WEIGHTS.subjectLine, subject),
    );
  }
  // A transcript's page line below a hosting site's name for the document, where no rule above read a title.
  const transcript = signals.some((s) => s.rule === 'title in header') ? undefined : transcriptPageTitle(cells, kickers);
  if (transcript) signals.push(signal(transcript.type, 'title in header', WEIGHTS.titleInHeader, transcript.cell));
  // A protocol extract's or a meeting page's title the rules above did not read: once, as a protocol's title.
  const protocolTitled = signals.some((s) => s.type === 'protokoll' && s.rule === 'title in header');
  const protocolTitle = protocolTitled
    ? undefined
    : (extractTitleOpeningLine(cells, kickers) ?? meetingPageHeading(cells, kickers) ?? paragraphTitleLine(cells, headerEnd));
  if (protocolTitle) signals.push(signal('protokoll', 'title in header', WEIGHTS.titleInHeader, protocolTitle));
  return signals;
}

/**
 * "Riktlinjer för idéburet offentligt partnerskap", "Vägledning för IOP", "Bidragsbestämmelser för
 * föreningar i …", "Policy och riktlinjer för …", "Reglemente": a governing document's title word opening
 * the document's first line, then its subject ("för", "om", "och" …) or nothing. A protocol's or a
 * tjänsteskrivelse's subject ("Riktlinjer för IOP" under "Tjänsteskrivelse") is no first line.
 */
const GOVERNING_TITLE = new RegExp(
  `^(?:${lexicon.governingTitles.join('|')})(?:[ \t]+(?:för|om|kring|avseende|gällande|vid|och|inom)(?![\p{L}])|[ \t]*$)`,
  'iu',
);

/** The document's first cell, when it titles a governing document (riktlinjer, policy, vägledning …). */
export function governingTitle(cells: readonly Cell[]): Cell | undefined {
  const first = cells.find((c) => !PREAMBLE_CELL.test(c.text));
  return first && GOVERNING_TITLE.test(normalised(first.text)) ? first : undefined;
}

/**
 * "KALLELSE", "Föredragningslista 1 (2)", "Kallelse/underrättelse": an agenda's title as a header cell of its
 * own, or in capitals among the first words of a run-together first line ("Socialnämnden Ordförande/ …
 * KALLELSE 1 (2) Onsdagen den 28 mars …"). An item "Godkännande av dagordning" is a longer cell.
 */
const AGENDA_TITLE = new RegExp(`^(?:${lexicon.agendaTitles.join('|')})$`, 'iu');

/** An agenda's title word, or two joined by a slash ("KALLELSE/FÖREDRAGNINGSLISTA"). */
const isAgendaTitle = (word: string) => AGENDA_TITLE.test(word) || word.split('/').every((part) => AGENDA_TITLE.test(part));

/**
 * A transcript's page line opens with its page number, though OCR may have garbled the letterhead after it into
 * lower-case debris ("1 r-t ^*.s komr Kallelse/underrättelse …"): the number and a space, no item's "1." or "1)".
 */
const PAGE_NUMBER_FIRST = /^[ \t]*\d{1,3}[ \t]+(?![\d.)])/u;

/** The header's agenda title, when the document is a meeting's agenda (annat, whatever reports it appends). */
export function agendaTitle(cells: readonly Cell[]): { start: number; end: number } | undefined {
  const header = cells.filter((c) => c.index < HEADER_CELLS && !PREAMBLE_CELL.test(c.text));
  const own = header.find((c) => AGENDA_TITLE.test(normalised(c.text).replace(/[\d\s(),.:-]+$/u, '')));
  if (own) return own;
  for (const line of header.filter((c) => countWords(c.text) > TITLE_MAX_WORDS)) {
    // A transcript's page line (its page number first) is a header run together: a capitalised title there
    // ("1 Kommunstyrelsen 3 (22) Ärendelista 11 maj 2015 …") heads it as one in capitals does.
    const transcript = PAGE_COUNTER.test(line.text) || PAGE_NUMBER_FIRST.test(line.text);
    for (const m of line.text.matchAll(/\S+/g)) {
      if (countWords(line.text.slice(0, m.index)) >= RUN_TOGETHER_TITLE_WORDS) break;
      const word = m[0].replace(/[.,:;]+$/, '');
      if (word.length >= 5 && (word === word.toUpperCase() || (transcript && /^\p{Lu}/u.test(word))) && isAgendaTitle(word)) return { start: line.start + m.index, end: line.start + m.index + word.length };
    }
  }
  return undefined;
}

/**
 * The opening items every meeting's agenda lists ("Upprop", "Val av justerare", "Fastställande av dagordning", "Tid för
 * justering"), numbered without a § ("1. Upprop", "2. Val av justerare") as a kallelse lists them under a heading that
 * names no type ("Sammanträdande organ", "Ärende Beteckning"), or as a meeting site's page lists its items' titles, one a
 * line and unnumbered, two perhaps joined ("Val av justerare och godkännande av dagordning", "Val av justerare och tid
 * för justering"). A protocol records them as § items ("§ 1 Val av justerare"): its § headings type it.
 */
const OPENING_ITEM = String.raw`upprop|val\s+av\s+(?:protokolls)?justerare|(?:fastställande|godkännande)\s+av\s+(?:dagordning|föredragningslista)(?:en|n)?|(?:dag\s+och\s+)?tid\s+för\s+justering`;
const AGENDA_OPENING_ITEM = new RegExp(String.raw`^[ \t]*\d{1,2}[.)]?[ \t]+(${OPENING_ITEM})(?:[ \t]+(?:och|samt)[ \t]+(${OPENING_ITEM}))?(?![\p{L}])`, 'gimu');
/**
 * An unnumbered line that is nothing but one or two opening items (a name after a colon: "Val av justerare: Anna Berg"),
 * perhaps under a bullet. Not a sentence ("Val av justerare skedde vid förra mötet."), nor in a protocol: its § items'
 * titles stand on lines of their own below the § ("§ 1\nUpprop").
 */
const AGENDA_OPENING_LINE = new RegExp(String.raw`^[ \t]*(?:[•*-][ \t]*)?(${OPENING_ITEM})(?:[ \t]+(?:och|samt)[ \t]+(${OPENING_ITEM}))?[ \t]*(?::[^\n]*)?$`, 'gimu');
/**
 * The numbered opening items of an agenda whose lines a transcript ran together ("Ärenden Föredraganden 1. Upprop 2. Val av
 * justerare samt fastställande av tid för justering 3. Godkännande av dagordning", docplayer's and abcdocz's pages read so):
 * taken only as two that follow each other, number after number, a few words apart; a sentence's "1. Val av justerare
 * skedde …" is one, and a protocol's "§ 1 Upprop" is a § item (paragraphSignals).
 */
const AGENDA_OPENING_INLINE = new RegExp(String.raw`(?<![\p{L}\d.,]|§[ \t]*)(\d{1,2})[.)]?[ \t]+(${OPENING_ITEM})(?:[ \t]+(?:och|samt)[ \t]+(${OPENING_ITEM}))?(?![\p{L}])`, 'giu');
/** How far apart two run-together opening items may stand: a joined item's rest ("… fastställande av tid för justering"). */
const INLINE_ITEMS_REACH = 80;

/** An opening item found: where it stands and the one or two items it names. */
interface OpeningItem {
  start: number;
  end: number;
  items: string[];
}

const openingItem = (m: RegExpMatchArray, first: number): OpeningItem => ({
  start: m.index!,
  end: m.index! + m[0].length,
  items: [m[first]!, m[first + 1]].filter((k): k is string => k !== undefined),
});

/** Run-together opening items that follow each other by number (AGENDA_OPENING_INLINE). */
function inlineOpeningItems(text: string): OpeningItem[] {
  const found = [...text.matchAll(AGENDA_OPENING_INLINE)];
  const follows = (a: RegExpMatchArray | undefined, b: RegExpMatchArray | undefined) =>
    a !== undefined && b !== undefined && Number(b[1]) === Number(a[1]) + 1 && b.index! - (a.index! + a[0].length) <= INLINE_ITEMS_REACH;
  return found.filter((m, i) => follows(m, found[i + 1]) || follows(found[i - 1], m)).map((m) => openingItem(m, 2));
}

/** Distinct opening items it takes to make an agenda: one may be a protocol's item cited in a report. */
const MIN_OPENING_ITEMS = 2;

/** The first of an agenda's opening items, where two or more different ones stand each at a line's start, or two on a line of their own. */
export function agendaOpening(text: string): { start: number; end: number } | undefined {
  const numbered = [...text.matchAll(AGENDA_OPENING_ITEM)].map((m) => openingItem(m, 1));
  const named = mayContainWord(text, 'justerare') || mayContainWord(text, 'upprop');
  const lines = named ? [...text.matchAll(AGENDA_OPENING_LINE)].map((m) => openingItem(m, 1)) : [];
  const inline = named ? inlineOpeningItems(text) : [];
  const items = [...numbered, ...inline, ...(lines.length > 0 && paragraphHeadings(text).length === 0 ? lines : [])].sort((a, b) => a.start - b.start);
  const kind = (item: string) => item.toLowerCase().replace(/\s+/g, ' ').replace(/^dag och /, '').slice(0, 8);
  const kinds = new Set(items.flatMap((m) => m.items.map(kind)));
  if (kinds.size < MIN_OPENING_ITEMS) return undefined;
  const { start, end } = items[0]!;
  return { start, end };
}

/**
 * Title words that title a document only in capitals: a court prints "DOM" over its judgment ("DOM 2020-08-19
 * Stockholm"), a news page's headline on it reads "Dom i målet om …" and is no judgment.
 */
const CAPITALS_ONLY_TITLES: ReadonlySet<string> = new Set(lexicon.capitalsOnlyTitles);
const inCapitals = (text: string, phrase: string) => new RegExp(`(?<![\\p{L}])${phrase.toUpperCase()}(?![\\p{L}])`, 'u').test(text);

/** A body's name in the genitive before a title word: "Kommunstyrelsens", "Kultur- och fritidsnämndens arbetsutskotts". */
const OWNER_GENITIVE = /^(?:[\p{L}-]+\s+(?:och|&)\s+)?(?:[\p{L}-]+s\s+){0,2}[\p{L}-]*(?:nämnd|styrelse|utskott|fullmäktige|förvaltning|beredning|kontor)(?:en|et|n)?s\s+/u;
/** Only the types a body owns: its protocol, its officers' report (a news headline "Kommunens avtal med …" is none). */
const OWNED_TYPES: ReadonlySet<TypedDoc> = new Set(['protokoll', 'tjansteskrivelse']);
const OWNED_TITLE_MAX_WORDS = 8;

/**
 * "Kommunstyrelsens protokoll 2023-05-10", "Socialnämndens sammanträdesprotokoll", "Socialförvaltningens
 * tjänsteskrivelse": the first line names the type after the body that owns the document, as a meeting site
 * titles a protocol's page. A longer line is a sentence ("Kommunstyrelsens protokoll visar att …").
 */
function ownedTitle(cells: readonly Cell[], kickers: number): { type: TypedDoc; start: number; end: number } | undefined {
  const first = cells.find((c) => !PREAMBLE_CELL.test(c.text));
  if (!first || first.index < kickers || countWords(first.text) > OWNED_TITLE_MAX_WORDS) return undefined;
  const text = normalised(first.text);
  const owner = OWNER_GENITIVE.exec(text);
  const title = owner ? titleWordAt(text.slice(owner[0].length)) : undefined;
  return title && OWNED_TYPES.has(title.type) ? { type: title.type, start: first.start, end: first.end } : undefined;
}

/** How far into a run-together first line its header's title word may stand ("1 HÖRBY KOMMUN Kommunstyrelsens arbetsutskott PROTOKOLL"). */
const RUN_TOGETHER_TITLE_WORDS = 12;

/**
 * A title word in capitals among the first words of the document's first long line where a converter ran its
 * header into one long line ("1 EXEMPELS KOMMUN Kommunstyrelsens arbetsutskott PROTOKOLL Sammanträdesdatum
 * 2012-09-04 Blad 2 § 174 …", as docplayer's transcripts read). Capitals set a title apart from running
 * text ("… enligt protokoll från …"); a web page's capitals are its kicker, not its type.
 */
function capitalTitleInRunTogetherLine(cells: readonly Cell[], kickers: number): { type: TypedDoc; start: number; end: number } | undefined {
  // The long lines among the header's cells: a hosting site may set the document's name above the first.
  const lines = cells.filter((c) => c.index < HEADER_CELLS && c.index >= kickers && !PREAMBLE_CELL.test(c.text) && countWords(c.text) > TITLE_MAX_WORDS);
  for (const line of lines) {
    for (const m of line.text.matchAll(/\S+/g)) {
      if (countWords(line.text.slice(0, m.index)) >= RUN_TOGETHER_TITLE_WORDS) break;
      const word = m[0].replace(/[.,:;]+$/, '');
      if (word.length < 5 || word !== word.toUpperCase() || !/\p{Lu}/u.test(word)) continue;
      const title = TITLE_WORDS.find(({ phrase }) => phrase === word.toLowerCase());
      if (title && title.type !== 'beslut') return { type: title.type, start: line.start + m.index, end: line.start + m.index + word.length };
    }
  }
  return undefined;
}

/**
 * A transcript's page run into one line that opens, after its page number, with a type's title word and then
 * the header's labels ("1 Tjänsteskrivelse Handläggare Fredrik Nornvall Kultur- och fritidsavdelningen
 * Diarienummer 2017KOFN/0124 …", "2 Tjänsteutlåtande Datum 2019-03-05 …"), below a hosting site's name for the
 * document. Not a page that opens with a subject ("1 Överenskommelse om samverkan mellan …", lower case after
 * the title word), nor "Beslut", which opens a protocol's decision section as often.
 */
function transcriptPageTitle(cells: readonly Cell[], kickers: number): { type: TypedDoc; cell: Cell } | undefined {
  for (const cell of cells.filter((c) => c.index < HEADER_CELLS && c.index >= kickers && PAGE_COUNTER.test(c.text))) {
    const text = cell.text.replace(PAGE_COUNTER, '');
    const title = titleWordAt(normalised(text));
    if (title && title.type !== 'beslut' && headsFields(text, title.phrase)) return { type: title.type, cell };
  }
  return undefined;
}

/** A protocol extract's own title phrases: "utdrag ur protokoll", "protokollsutdrag" (doc-type-words.json). */
const EXTRACT_TITLES = TITLE_WORDS.filter((t) => t.type === 'protokoll' && /utdrag/u.test(t.phrase));
/**
 * The same titles as other kommuner word them: "Utdrag ur kommunstyrelsens protokoll 2023-05-10", "Utdrag från
 * protokoll", "Utdrag av protokoll fört vid …", "Justerat protokollsutdrag", "Justerat utdrag ur Socialnämndens
 * sammanträdesprotokoll": an extract (justerat or not) out of a protocol, perhaps named by the body that owns it;
 * and a protocol's classic opening, "Protokoll fört vid sammanträde med kommunfullmäktige …".
 */
const EXTRACT_TITLE = new RegExp(
  `^(?:justerat\\s+)?(?:protokolls?utdrag|utdrag\\s+(?:ur|från|av)\\s+(?:${OWNER_GENITIVE.source.slice(1)})?(?:sammanträdes|besluts)?protokoll(?:et)?|protokoll\\s+fört\\s+(?:vid|över|den))(?![\\p{L}])`,
  'iu',
);
const isExtractTitle = (text: string) => EXTRACT_TITLE.test(text) || EXTRACT_TITLES.some(({ phrase }) => startsWith(text, phrase));

/**
 * "1 Utdrag ur protokoll fört vid sammanträde med kommunstyrelsen i …": a header's long line (a transcript's page
 * run into one) that opens, after its page number, with a protocol extract's title. Such a title is never a
 * subject line of another type; a protocol extract cited lower down ("Beslutsunderlag: Utdrag ur protokoll …")
 * stands past the header.
 */
function extractTitleOpeningLine(cells: readonly Cell[], kickers: number): Cell | undefined {
  return cells.find(
    (c) =>
      c.index < HEADER_CELLS &&
      c.index >= kickers &&
      !PREAMBLE_CELL.test(c.text) &&
      isExtractTitle(normalised(c.text.replace(PAGE_COUNTER, ''))),
  );
}

/**
 * "§ 171 Avtal om lokalbidrag till …", "KFN § 18 Fördelning av anslag till …": a page whose first line is a protocol's
 * § heading is that item's extract, as a meeting site titles each item's page (`headerEnd`: the first § heading's
 * start). Not "§ 1 Parter": an agreement's or statutes' sections count from § 1, a meeting's items go on from its
 * opening ones.
 */
function paragraphTitleLine(cells: readonly Cell[], headerEnd: number): Cell | undefined {
  const first = cells.find((c) => !PREAMBLE_CELL.test(c.text));
  return first && first.start === headerEnd && !FIRST_SECTION.test(first.text) ? first : undefined;
}
/** An agreement's or statutes' first section: "§ 1 Parter", "§1. Namn". */
const FIRST_SECTION = /^(?:[#*_\s]*)§\s*1(?![\d])/u;

/**
 * "Sammanträde 2023-11-22" over "Datum / Klockan / Plats": a meeting site's page of a meeting's agenda and
 * record, as a cell of its own among the header's (pipeline/matters/whole.ts). A news page's "Sammanträdet den
 * 12 maj beslutade …" is a sentence.
 */
function meetingPageHeading(cells: readonly Cell[], kickers: number): Cell | undefined {
  return cells.find((c) => c.index < HEADER_CELLS && c.index >= kickers && MEETING_PAGE_CELL.test(c.text));
}
/** MEETING_PAGE_HEADING over a whole cell (no m flag: ^ and $ are the cell's ends), compiled once. */
const MEETING_PAGE_CELL = new RegExp(MEETING_PAGE_HEADING.source, 'iu');

/** A transcript's page number before a page's run-together first line: "1 ", "1 (5) ", "2(30) ". */
const PAGE_COUNTER = /^[ \t]*\d{1,3}[ \t]*(?:\(\d{1,3}\)[ \t]*)?(?=\p{Lu})/u;

/**
 * The document's first line starts with a title word followed by a capitalised label, a name or a date,
 * as a header whose lines the cleaned text has run together reads ("Tjänsteutlåtande Utfärdat 2015-03-07
 * Diarienummer …"); a subject goes on in lower case ("Överenskommelse om IOP med …").
 */
function headsFields(text: string, phrase: string): boolean {
  const rest = text.replace(/^[#*•\-–\s]+/, '').replace(/\s+/g, ' ').slice(phrase.length);
  return /^ [\p{Lu}\d]/u.test(rest);
}

/**
 * "Socialnämndens beslut", "Kommunstyrelsens arbetsutskotts beslut", "Kultur- och fritidsnämndens beslut:": a
 * line of its own heading the decision a body made, as a protocol's item records it (every development document
 * with one is a protocol). An officer's report proposes ("Förslag till beslut", "Förvaltningens förslag"); a
 * sentence goes on ("Socialnämndens beslut innebär att …").
 */
const BODY_DECISION_HEADING =
  /^[ \t]*(?:\p{Lu}[\p{L}-]*\s+(?:och|&)\s+)?(?:[\p{L}-]+s\s+){0,2}[\p{L}-]*(?:nämnd|styrelse|utskott|fullmäktige|beredning)(?:en|et|n)?s\s+beslut[ \t]*:?[ \t]*$/gimu;
/**
 * The heading tried only at the line starts just before a "beslut" (engine/sticky.ts nearPattern): a try at every line of
 * a long protocol cost as much as the rest of the type rules. At most five words stand before "beslut" ("Kultur- och
 * fritidsnämndens arbetsutskotts beslut"), and white space before them back to the line's start: six words back is never
 * after a match's start.
 */
export const BODY_DECISION_HEADING_NEAR = nearPattern(BODY_DECISION_HEADING, /beslut/giu, wordsThenSpaceBefore(6), atLineStart);

/** A body's decision heading: once, as a protocol's section heading. */
export function bodyDecisionSignals(text: string): Signal[] {
  const m = firstNear(BODY_DECISION_HEADING_NEAR, text);
  return m && /^\s*\p{Lu}/u.test(m[0]) ? [signal('protokoll', 'heading "<body>s beslut"', WEIGHTS.sectionHeading, { start: m.index, end: m.index + m[0].length })] : [];
}

/**
 * A heading's section number: "1. Parter", "2 Giltighetstid", "3.1 Uppsägning", "§ 4 Tvist" (an agreement's or a
 * report's numbered sections). A protocol's "§ 12 Ansökan om bidrag" heads no section these phrases name.
 */
const SECTION_NUMBER = /^(?:§\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;

/** Words a section number takes off a line's head at most: "§ 4 ". */
const SECTION_NUMBER_WORDS = 2;
/** A bullet or white space that normalised() takes off a line's head. */
const LEADING_MARK = /[#*•\-–\s]/;

/**
 * Whether a text has at most `max` words after its leading marks, counted on the text as written: normalised() only
 * lowers the case and joins white space (the same characters countWords splits at), so it counts the same words.
 */
function fewWords(text: string, max: number): boolean {
  let i = 0;
  while (i < text.length && LEADING_MARK.test(text[i]!)) i++;
  let count = 0;
  let inWord = false;
  for (; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (!space && !inWord && ++count > max) return false;
    inWord = !space;
  }
  return true;
}

/**
 * Section headings starting a sentence: a short heading line ("Ekonomiska konsekvenser och finansiering"),
 * or a heading run into its text ("Juridisk bedömning Samråd med …").
 */
export function headingSignals(text: string): Signal[] {
  const signals: Signal[] = [];
  const headings = SECTION_HEADINGS.filter((e) => mayHold(text, e));
  const byInitial = new Map<string, typeof headings>();
  const runInCandidates = (first: string) =>
    byInitial.get(first) ?? byInitial.set(first, headings.filter(({ initial }) => initial === '' || initial === first)).get(first)!;
  for (const sentence of sentences(text)) {
    // Normalised only where it may be short: most sentences are not (a test of a few words, not a copy of the whole).
    const line = fewWords(sentence.text, HEADING_MAX_WORDS + SECTION_NUMBER_WORDS) ? normalised(sentence.text).replace(SECTION_NUMBER, '') : null;
    const shortLine = line !== null && countWords(line) <= HEADING_MAX_WORDS && !/[.;]$/.test(line);
    // Only a phrase that starts as the line or the sentence does can head it: a letter compared, not a pattern tried.
    const first = foldedInitial(sentence.text);
    // A sentence that is no short line can be headed only run in: by the headings of its initial (in their order).
    const heading = shortLine
      ? headings.find(
          ({ phrase, regex, initial }) => startsWith(line!, phrase) || ((initial === '' || initial === first) && runInHeadingLength(sentence.text, regex) > 0),
        )
      : runInCandidates(first).find(({ regex }) => runInHeadingLength(sentence.text, regex) > 0);
    if (heading) signals.push(signal(heading.type, `heading "${heading.phrase}"`, WEIGHTS.sectionHeading, sentence));
  }
  return signals;
}

/**
 * A § heading, and where the text also carries a meeting's labels ("Sammanträde 2011-11-24" over "Klockan",
 * "Plats och tid", "Justerare", pipeline/matters/whole.ts), the record of that meeting: a meeting site's page
 * that lists the agenda, then the § items it reached. An agreement's "§ 1 Parter" has no such labels.
 */
export function paragraphSignals(text: string): Signal[] {
  const headings = paragraphHeadings(text);
  const [first] = headings;
  if (!first) return [];
  const heading = signal('protokoll', 'paragraph heading', WEIGHTS.paragraphHeading, first);
  if (meetingLabels(text) >= LABELS_FOR_ITEMS) return [heading, signal('protokoll', 'meeting record', WEIGHTS.sectionHeading, first)];
  const opening = headings.find((h) => OPENING_TITLE.test(text.slice(h.end, h.end + OPENING_TITLE_REACH)));
  return opening ? [heading, signal('protokoll', 'opening item recorded', WEIGHTS.sectionHeading, opening)] : [heading];
}

/**
 * opening item recorded: a § whose title is one of the opening items every meeting has ("§ 1 Val av justerare", "• § 9" then
 * "Val av justerare" on a line below, as a meeting site's page lists a protocol's items) is a meeting's record: an agreement's
 * "§ 1 Parter" or a by-law's "§ 3 Ändamål" never is. The title follows on the heading's line or a line or two below.
 */
const OPENING_TITLE = new RegExp(String.raw`^[ \t]*(?:\n[ \t]*){0,3}(?:${OPENING_ITEM})(?![\p{L}])`, 'iu');
/** How far after a § heading its title is looked for. */
const OPENING_TITLE_REACH = 120;

/** Blocks it takes to make a list. */
const MIN_LISTED = 2;
/**
 * Lines it takes to make a list of partnerships: news and web pages also name two organisations a line
 * ("Parter:" and the two parties), a third makes it a list.
 */
const MIN_LISTED_LINES = 3;
/** Roles that make a block of labelled lines a partnership rather than a grant ("Förening: X / Belopp: Y"). */
const PARTNERSHIP_ROLES: ReadonlySet<ColumnRole | null> = new Set<ColumnRole>(['offentlig', 'organ', 'period']);

/**
 * A page that lists partnerships is a report of them, whatever else its header says: a table or blocks of
 * labelled lines whose rows each give an organisation with its public party, body or period ("Idéburen part:
 * … / Nämnd: … / Period: …", at least two rows); one organisation a line under a lead-in or with its period
 * or sum ("Stadsdelen har följande IOP:" and the names; "Fryshuset 1 378 000 kronor." line after line); a
 * section for each organisation, headed by its name, that speaks of its partnership; cards of a few short
 * lines, each an organisation's name over its period or sum; or a heading over the partnerships in force
 * ("Aktuella IOP:n"), though a page cut short shows only the first.
 */
export function listSignals(text: string): Signal[] {
  const tables = [...findListingTables(text), ...findRunTogetherTables(text), ...findLabelledBlocks(text)];
  const partnerships = tables.flatMap((table) =>
    table.rows.filter((row) => row.some((cell, i) => PARTNERSHIP_ROLES.has(table.roles[i] ?? null) && cell.text !== '')),
  );
  const listed =
    partnerships.length >= MIN_LISTED
      ? partnerships
      : (findLineLists(text).find((table) => table.rows.length >= MIN_LISTED_LINES) ?? findNamedSections(text)[0] ?? findCards(text)[0])?.rows;
  const first = listed?.[0]?.find((cell) => cell.text !== '') ?? scatteredPartnerships(text) ?? listHeading(text);
  if (!first) return [];
  return [signal('rapport', 'partnership list', announced(text, first.start) ? WEIGHTS.announcedList : WEIGHTS.partnershipList, first)];
}

/** How many: "flera", "ett antal", "fem", "12". */
const SEVERAL = '(?:flera|ett\\s+antal|många|olika|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\\d{1,3})';
/** Organisations in the plural, perhaps with a word before them ("idéburna organisationer", "lokala föreningar"). */
const ORGANISATIONS = '(?:[\\p{L}-]+\\s+)?(?:organisationer|föreningar|aktörer|idéburna|civilsamhällesorganisationer)';
/** The forms of a partnership in the plural or as a mass noun ("partnerskap", "IOP", "överenskommelser"), not a grant. */
const PARTNERSHIP_FORMS = '(?:IOP(?:-avtal)?|idéburna\\s+offentliga\\s+partnerskap|partnerskap|överenskommelser|samverkansavtal|samarbetsavtal|avtal)';
/**
 * A page's headline announcing partnerships with several organisations: "Region Uppsala tecknar partnerskap med
 * flera organisationer", "Nya IOP med fem föreningar", "Sju föreningar får IOP med kommunen". The page goes on to
 * tell of each, as a report lists them. Not grants to several ("Bidrag till olika föreningar": a news item on a
 * grant round), nor one partnership ("Kommunen tecknar IOP med Röda Korset"), nor a line further down.
 */
const SEVERAL_PARTNERSHIPS_HEADLINE = new RegExp(
  `(?<![\\p{L}])(?:${PARTNERSHIP_FORMS}\\s+med\\s+${SEVERAL}\\s+${ORGANISATIONS}|${SEVERAL}\\s+${ORGANISATIONS}\\s+(?:får|tecknar|ingår|har)\\s+(?:\\p{L}+\\s+)?${PARTNERSHIP_FORMS})(?![\\p{L}])`,
  'iu',
);
/** A headline is short: a longer first line is running text. */
const HEADLINE_MAX_WORDS = 16;

/** The document's first line, when it is a headline announcing partnerships with several organisations. */
export function severalPartnershipsSignals(cells: readonly Cell[]): Signal[] {
  const first = cells.find((c) => !PREAMBLE_CELL.test(c.text));
  if (!first || countWords(first.text) > HEADLINE_MAX_WORDS || !SEVERAL_PARTNERSHIPS_HEADLINE.test(first.text)) return [];
  return [signal('rapport', 'partnership headline', WEIGHTS.partnershipHeadline, first)];
}

/** Handing out money: "dela ut", "delar ut", "fördelade", "beviljade". */
const DISTRIBUTED = '(?:(?:dela|delar|delade|delat)\\s+ut|fördela\\p{L}*|bevilja\\p{L}*)';
/** Three names or more in a row, each capitalised: "Karil, Kulturföreningen Gaphals, Linköpings balettförening". */
const NAMED_IN_A_ROW = '\\p{Lu}[^,.!?\\n]{1,40},\\s+\\p{Lu}[^,.!?\\n]{1,40},\\s+\\p{Lu}[\\p{L}-]*';
/** A count of organisations: "fem", "43" (not "många", "olika", "flera": a page on grants at large says so too). */
const COUNTED = '(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\\d{1,3})';
/** Organisations in the plural, perhaps with a word before them ("kulturföreningar", "lokala föreningar", "av föreningarna"). */
const GRANTEES = '(?:[\\p{L}-]+\\s+)?(?:\\p{L}*organisationer|\\p{L}*föreningar|verksamheter|studieförbund)';
/** A grant's name: "bidrag", "verksamhetsbidragen", "ekonomiskt stöd", "anslag". */
const GRANT_NAME = '(?:\\p{L}*bidrag\\p{L}*|\\p{L}*stöd(?:et)?|anslag)';
/** A count of organisations ("43 organisationer", "åtta olika föreningar"): a piece several forms below hold. */
const COUNTED_GRANTEES_SOURCE = `${COUNTED}\\s+${GRANTEES}`;
export const COUNTED_GRANTEES = new RegExp(COUNTED_GRANTEES_SOURCE, 'iu');
const SHARED_AMONG_COUNT = new RegExp(`fördelades\\s+mellan\\s+${COUNTED_GRANTEES_SOURCE}`, 'iu');
/**
 * A sentence that counts the organisations a round of grants goes to: "Regionstyrelsen beviljar 43 organisationer
 * … bidrag", "Sju föreningar väntas få ekonomiskt stöd från Socialnämnden", "Fem kulturföreningar med
 * samlingslokaler fick bidrag", "Särskilt bidrag fördelades mellan åtta olika föreningar". The page reports the
 * round and names its recipients, as a report lists them. Also a grant sent to organisations counted ("ett extra stöd
 * om nio miljoner riktat till nio studieförbund"), applications counted as granted ("Av 19 kulturföreningar som sökt
 * bidrag beviljades 17 ansökningar"), the recipients introduced as some of many ("Bland de andra föreningarna som får
 * bidrag 2017 finns …"), or named one after another ("beslutade att dela ut 1,4 miljoner kronor till föreningarna
 * Karil, Kulturföreningen Gaphals, …"). Not grants to föreningar uncounted ("bidrag till olika föreningar", "många
 * föreningar får bidrag"), nor one organisation's grant.
 *
 * The forms in the order tried, each with what every match of it holds: a form a text cannot match is left out, which
 * gives the same first match (several open with \p{L}*bidrag, a try at every letter). Most tests are a word looked up
 * in the folded text (engine/folded.ts), no pattern tried; each test is made once a text.
 */
const holdsAny =
  (...words: string[]) =>
  (text: string) =>
    words.some((word) => mayContain(text, word));
/** A count of grantees ends on one of these nouns: a text holding none has none (COUNTED_GRANTEES is slow to fail). */
const GRANTEE_NOUNS = holdsAny('organisationer', 'föreningar', 'verksamheter', 'studieförbund');
/** The nouns as a literal every COUNTED_GRANTEES match holds (eachMatchNear): rarer than the counts it opens with. */
const GRANTEE_NOUN = /organisationer|föreningar|verksamheter|studieförbund/giu;
const COUNTED_GRANTEES_STICKY = new RegExp(COUNTED_GRANTEES_SOURCE, 'iuy');
/** Back over white space (\s) before `at`. */
const spaceStart = (text: string, at: number) => {
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at--;
  return at;
};
/** The longest count (COUNTED: "fyra", "åtta", "elva", "tolv"; 3 digits). */
const COUNT_MAX_LENGTH = 4;
/**
 * Where a COUNTED_GRANTEES match holding a noun at `at` starts at the earliest: back over the noun's word (\p{L}*), white
 * space, the word before (letters and hyphens), white space and a count.
 */
const countedGranteesStart = (text: string, at: number) => {
  let start = spaceStart(text, wordStart(text, at));
  for (start = wordStart(text, start); start > 0 && text.charCodeAt(start - 1) === 0x2d; ) start = wordStart(text, start - 1);
  return Math.max(0, spaceStart(text, start) - COUNT_MAX_LENGTH);
};
/** Whether the text holds COUNTED_GRANTEES, tried only before its nouns. */
export const countsGrantees = (text: string) =>
  GRANTEE_NOUNS(text) && !eachMatchNear(COUNTED_GRANTEES_STICKY, GRANTEE_NOUN, countedGranteesStart, text).next().done;
const sharedAmongCount = (text: string) => mayContain(text, 'fördelades') && SHARED_AMONG_COUNT.test(text);
/** What the first word of a form's match holds (see severalGrantsOf): its grant name, verb, "bland" or count. */
const OPENS_GRANT_NAME = 'bidrag|stöd|anslag';
/** A count opens its form only with white space after it (COUNTED then \\s+): not a year, nor "10:e". */
const OPENS_COUNT = `(?<![\\p{L}\\d])${COUNTED}\\s`;
const SEVERAL_GRANTS_FORMS: ReadonlyArray<{ source: string; holds: (text: string) => boolean; opens: string }> = [
  { source: `${GRANT_NAME}[^.!?\\n]{0,60}?till\\s+${COUNTED_GRANTEES_SOURCE}`, holds: countsGrantees, opens: OPENS_GRANT_NAME },
  { source: `(?:beviljade|beviljades|beviljar)\\s+${COUNTED}\\s+ansökningar`, holds: holdsAny('ansökningar'), opens: 'bevilja' },
  {
    source: `bland\\s+(?:de\\s+)?(?:andra\\s+|övriga\\s+)?${GRANTEES}(?:na)?(?:\\s+och\\s+${GRANTEES}(?:na)?)?\\s+som\\s+(?:får|fick|har\\s+fått|beviljats|beviljades)\\s+${GRANT_NAME}[^.!?\\n]{0,40}?\\s+finns`,
    holds: holdsAny('bland'),
    opens: 'bland',
  },
  { source: `${DISTRIBUTED}[^.!?\\n]{0,60}?till\\s+(?:föreningarna|organisationerna)\\s+${NAMED_IN_A_ROW}`, holds: holdsAny('föreningarna', 'organisationerna'), opens: 'dela|bevilja' },
  { source: `(?:beviljar|beviljade|tilldelar|tilldelade)\\s+${COUNTED_GRANTEES_SOURCE}[^.!?\\n]{0,60}?${GRANT_NAME}`, holds: countsGrantees, opens: 'bevilja|dela' },
  { source: `${COUNTED_GRANTEES_SOURCE}[^.!?\\n]{0,40}?(?:får|fick|väntas\\s+få|beviljas|beviljades|tilldelas|tilldelades)\\s+[^.!?\\n]{0,40}?${GRANT_NAME}`, holds: countsGrantees, opens: OPENS_COUNT },
  { source: `${GRANT_NAME}[^.!?\\n]{0,40}?fördelades\\s+mellan\\s+${COUNTED_GRANTEES_SOURCE}`, holds: sharedAmongCount, opens: OPENS_GRANT_NAME },
];
/**
 * What the first word of every SEVERAL_GRANTS match holds: its grant name's "bidrag"/"stöd" or "anslag", its verb's "bevilja"
 * or "dela" ("fördela", "tilldela"), "bland", or the count it opens with. The pattern is tried only from the start of a word
 * holding one (engine/sticky.ts eachMatchNear), not at every word: a form opening with \p{L}*bidrag backtracks over each.
 * The opener holds only the openings of the forms the text can match: a count (at every number) only when the count form is.
 */
type SeveralGrants = { sticky: RegExp; opener: RegExp };
/** SEVERAL_GRANTS of the forms a text can match and its opener, compiled once per set of forms (keyed by the forms' indexes). */
const severalGrantsBy = new Map<string, SeveralGrants>();
function severalGrantsOf(text: string, flags: string): SeveralGrants | undefined {
  const held = new Map<(text: string) => boolean, boolean>();
  const holds = (test: (text: string) => boolean) => held.get(test) ?? held.set(test, test(text)).get(test)!;
  const forms = SEVERAL_GRANTS_FORMS.filter((f) => holds(f.holds));
  if (forms.length === 0) return undefined;
  const key = `${forms.map((f) => SEVERAL_GRANTS_FORMS.indexOf(f)).join(',')}/${flags}`;
  let compiled = severalGrantsBy.get(key);
  if (!compiled) {
    const sticky = new RegExp(`(?<!${NOT_BEFORE_GRANTS})(?:${forms.map((f) => f.source).join('|')})(?![\\p{L}])`, flags);
    compiled = { sticky, opener: new RegExp([...new Set(forms.map((f) => f.opens))].join('|'), 'giu') };
    severalGrantsBy.set(key, compiled);
  }
  return compiled;
}
/** SEVERAL_GRANTS of the forms a text can match (sticky by default, for eachMatchNear). */
export function severalGrantsFor(text: string, flags = 'iuy'): RegExp | undefined {
  return severalGrantsOf(text, flags)?.sticky;
}

/** What may not stand before a SEVERAL_GRANTS match: the class of its leading lookbehind. */
const NOT_BEFORE_GRANTS = '[\\p{L}\\d]';
/**
 * The lookbehind as a start test (under the pattern's flags): from a word's start to its opener, every offset but the first
 * follows a letter, and is let go without trying the pattern there.
 */
const grantsStartable = notAfter(new RegExp(NOT_BEFORE_GRANTS, 'iu'));

/** The first SEVERAL_GRANTS match in the text, as the pattern's exec finds it. */
export function firstSeveralGrants(text: string): RegExpExecArray | null {
  const compiled = severalGrantsOf(text, 'iuy');
  return compiled ? (eachMatchNear(compiled.sticky, compiled.opener, wordStart, text, grantsStartable).next().value ?? null) : null;
}

/** A sentence counting the organisations a round of grants goes to: the page reports the round. */
export function severalGrantsSignals(text: string): Signal[] {
  const m = firstSeveralGrants(text);
  return m ? [signal('rapport', 'grants to several', WEIGHTS.severalGrants, { start: m.index, end: m.index + m[0].length })] : [];
}

/** "följande … :" closing the line: a lead-in that announces the list after it. */
const ANNOUNCING = /(?<![\p{L}])följande(?![\p{L}])[^\n]*:[ \t]*$/iu;

/** Whether the line before a list's first row announces it as a list of partnerships. */
function announced(text: string, firstRow: number): boolean {
  // The line before, found without copying the text before it (white space as trimEnd takes it, \s).
  let end = firstRow;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--;
  const lead = end === 0 ? '' : text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  return ANNOUNCING.test(lead) && isIntro(lead);
}

/** A heading line of its own over the partnerships in force: "Aktuella IOP:n", "Våra partnerskap". */
const LIST_HEADING = new RegExp(`^[ \\t#*]*(?:${lexicon.listHeadings.join('|')})[ \\t:]*$`, 'imu');

/** A page's heading over the partnerships it lists, each a section under its own heading below. */
function listHeading(text: string): { start: number; end: number } | undefined {
  const m = LIST_HEADING.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** "Parter: Socialnämnden och Kvinnojouren Lund": a label line naming a partnership's parties. */
const PARTIES_LINE = /^[ \t]*(?:parter|avtalsparter|samarbetsparter)[ \t]*:[ \t]*\S.*$/gimu;

/**
 * run-together report header: a transcript (docplayer's "Transkript") runs an officer's report's header and first
 * headings into one long line: "1 Kommunfullmäktige Kommunstyrelsen Arbets- och personalutskottet Dnr oktkf11 Övertagande
 * av … Ärendebeskrivning I gåvobrev …", "1 1[11] Kommunledningsförvaltningen Dnr KS/2014:543 … Pelletäppan Förslag till
 * beslut Kommunstyrelsens förslag …", "STADSDELSFÖRVALTNING SID 1 (9) Handläggare: Anna Berg … Till stadsdelsnämnden
 * sammanträde 2009-11-19 Lokala riktlinjer … Förslag till beslut 1. …". Among the line's first words, a case number's
 * label or the officer's ("Handläggare", whom an officer's report names in its header) and then a tjänsteskrivelse's
 * own heading run in mid-line, capitalised after a word (not a sentence's start) and followed by a capital or a digit,
 * with no § before it (a protocol item's "§ 12 Dnr … Förslag till beslut" is a protocol's): the header of labels a
 * report carries, as much as a heading line and a label line together.
 *   yes: "1 Kultur- och fritidsnämnden Dnr KFN 2020/12 Bidrag till Norrby IF Ärendebeskrivning Föreningen har ansökt …",
 *        "1 Socialkontoret Handläggare: Anna Berg Tjänsteutlåtande (6) Socialnämnden Utredning om lokaler Förslag till beslut …"
 *   no:  "§ 12 Dnr KS 2014/12 Bidrag Förslag till beslut Kommunstyrelsen …", a line without a case number's or officer's label,
 *        "… lämnar förslag till beslut …" (lower case: running text)
 */
const RUN_TOGETHER_REACH_WORDS = 80;
const REPORT_LABEL = /(?<![\p{L}])(?:Dnr|Diarienummer|Handläggare)(?![\p{L}])/u;
const RUN_IN_REPORT_HEADING = new RegExp(
  String.raw`(?<=[\p{Ll}\d)\]]\s)(?:${lexicon.sectionHeadings.tjansteskrivelse.map((h) => h.charAt(0).toUpperCase() + h.slice(1).replace(/ /g, '\\s+')).join('|')})(?=\s+[\p{Lu}\d])`,
  'u',
);
export function runTogetherReportSignals(text: string): Signal[] {
  const line = runTogetherLine(text);
  if (!line) return [];
  const words = [...line.text.matchAll(/\S+/g)];
  const reach = words[RUN_TOGETHER_REACH_WORDS]?.index ?? line.text.length;
  const head = line.text.slice(0, reach);
  const label = REPORT_LABEL.exec(head);
  const heading = label ? RUN_IN_REPORT_HEADING.exec(head.slice(label.index)) : null;
  if (!label || !heading || head.slice(0, label.index + heading.index).includes('§')) return [];
  const at = line.start + label.index + heading.index;
  return [signal('tjansteskrivelse', 'run-together report header', WEIGHTS.sectionHeading * 2, { start: at, end: at + heading[0].length })];
}

/**
 * A page that gives each partnership a short section under its activity's heading lists them too, though
 * no two of its lines stand together: several "Parter: …" lines, or several lines each giving an
 * organisation and its whole period ("Villby hembygdsförening – 1 juli 2024–31 december 2027"). An
 * agreement names its parties once.
 */
function scatteredPartnerships(text: string): { start: number; end: number } | undefined {
  const parties = [...text.matchAll(PARTIES_LINE)];
  if (parties.length >= MIN_LISTED) return { start: parties[0]!.index, end: parties[0]!.index + parties[0]![0].length };
  const periods = splitLines(text).filter((line) => readItemIn(text, line)?.fullPeriod);
  return periods.length >= MIN_LISTED_LINES ? { start: periods[0]!.start, end: periods[0]!.start + periods[0]!.text.length } : undefined;
}

const SIGNATURE_LINE = /^För [\p{Lu}][\p{L}&\- ]*$/u;

export function signatureSignals(cells: readonly Cell[]): Signal[] {
  const lines = cells.filter((c) => SIGNATURE_LINE.test(c.text) && countWords(c.text) <= 6);
  if (lines.length < 2) return [];
  return [signal('overenskommelse', 'signature block', WEIGHTS.signatureBlock, lines[0]!)];
}

export function phraseSignals(text: string): Signal[] {
  return PHRASES.flatMap((entry) => {
    const { phrase, type, regex } = entry;
    const match = mayHold(text, entry) ? regex.exec(text) : null;
    return match ? [signal(type, `phrase "${phrase}"`, WEIGHTS.phrase, { start: match.index, end: match.index + match[0].length })] : [];
  });
}

/**
 * Sums the signals per type: each distinct rule counts once (a title each time it recurs), no kind of rule
 * adds more than MAX_PER_RULE (a title its own weight), and what looks like an appendix counts less.
 */
export function scores(signals: readonly Signal[], textLength: number): Map<TypedDoc, number> {
  const byRule = new Map<string, number>();
  const seen = new Set<string>();
  const headerTypes = new Set(signals.filter((s) => s.rule === 'title in header').map((s) => s.type));
  const inAppendix = (s: Signal) => headerTypes.size > 0 && !headerTypes.has(s.type) && s.start > textLength / 2;
  for (const s of signals) {
    const id = `${s.type}|${s.rule}`;
    if (seen.has(id) && !s.rule.startsWith('title')) continue;
    seen.add(id);
    const family = `${s.type}|${s.rule.split(' ')[0]}`;
    const weight = inAppendix(s) ? s.weight * APPENDIX_DISCOUNT : s.weight;
    byRule.set(family, Math.min(Math.max(MAX_PER_RULE, s.weight), (byRule.get(family) ?? 0) + weight));
  }
  const totals = new Map<TypedDoc, number>();
  for (const [family, weight] of byRule) {
    const type = family.split('|')[0] as TypedDoc;
    totals.set(type, (totals.get(type) ?? 0) + weight);
  }
  return totals;
}

function signal(type: TypedDoc, rule: string, weight: number, span: { start: number; end: number }): Signal {
  return { type, rule, weight, start: span.start, end: span.end };
}
