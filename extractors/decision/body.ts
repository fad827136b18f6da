/**
 * Which body took the decision, or is asked to: one of the public bodies the parties extractor found
 * (ctx.parties.organ, whose grammar of body names lives in extractors/parties/organ.ts), chosen by where
 * the text names it. A protocol's body is the one its header names ("Nämnden för Kultur & Fritid", the page
 * header "Regionstyrelsens arbetsutskott" beside "Sammanträdesdatum"); a proposal's is the subject of its
 * first sentence ("1. Arbetsmarknads- och socialnämnden godkänner …"); failing both, a body named in the
 * decision's sentences.
 */
import type { Field } from '../../pipeline/contract.js';
import type { TextSpan } from '../engine/sentences.js';
import { cells } from '../doctype/cells.js';
import words from '../lexicon/decision-words.json' with { type: 'json' };
import { OWNER_NAME } from './sections.js';
import { perKey } from '../engine/memo.js';
import { foldedWritings, mayContain, NOT_AFTER_LETTER } from '../engine/folded.js';
import { atLiteral, matchesNear, nearPattern, type NearPattern } from '../engine/sticky.js';
import { runTogetherLine } from '../engine/lines.js';
import { bodiesIn } from './prose.js';

export interface BodyMention {
  /** The organ's name as the parties extractor gives it: lower case as in running text. */
  value: string;
  start: number;
  end: number;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A body's meeting in the genitive names the body as well: "På socialnämndens sammanträde under onsdagen
 * beslutades det …", "vid omsorgsnämndens möte den 13 juni".
 */
const MEETING_GENITIVE = String.raw`(?:s(?=\s+(?:sammanträde|möte)))?`;

/** A body's name in the genitive, its head's s apart: "stadsdelsnämndens", "Kommunstyrelsens", "regionfullmäktiges". */
const HEAD_GENITIVE = /((?:nämnden|styrelsen|fullmäktige|utskottet|förvaltningen))s$/iu;

/**
 * A written form of a body's name as a pattern, compiled once for the many documents that name the same bodies (matchAll
 * copies it); tried only where its name stands (engine/sticky.ts eachMatchNear: every match starts with the name, found
 * by the name alone, which is cheaper than trying the lookbehind at every offset). A form opening with white space is
 * tried everywhere.
 */
export const namePattern = perKey((written: string): NearPattern => {
  const name = escapeRegex(written).replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}])${name}${MEETING_GENITIVE}(?![\\p{L}])`, 'giu');
  return nearPattern(pattern, /^\s/u.test(written) ? /(?:)/giu : new RegExp(name, 'giu'), atLiteral);
}, 500);

const NAME_END = new RegExp(`${MEETING_GENITIVE}(?![\\p{L}])`, 'iuy');

/**
 * Where namePattern(written) matches in a text, found without compiling it (engine/folded.ts foldedWritings); a name or text
 * folding cannot read keeps the pattern.
 */
function nameWritings(written: string, text: string): { start: number; end: number }[] {
  const found = foldedWritings(written.split(/\s+/), text, NOT_AFTER_LETTER, NAME_END);
  if (!found) return [...matchesNear(namePattern(written), text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return found.map((w) => ({ start: w.start, end: w.end + w.after[0].length }));
}

/**
 * Every place the text names one of the bodies, in reading order: by its name, or as the parties extractor found it
 * written (its evidence), which may be shorter — "Stadsdelsnämnden beviljar …" for "Östermalms stadsdelsnämnd",
 * "Nämnden godkänner …" for the one nämnd a text names.
 */
export function organMentions(text: string, organ: readonly Field<string>[]): BodyMention[] {
  const mentions = organ.flatMap(({ value, evidence }) =>
    // A genitive ("Kommunstyrelsens förslag") names the body only before its meeting (MEETING_GENITIVE): a body's genitive
    // is looked for without its s ("stadsdelsnämndens möte" for "Spånga-Tensta stadsdelsnämnd"), any other such word not at all.
    [...new Set([value, ...evidence.map((e) => e.text.replace(HEAD_GENITIVE, '$1')).filter((t) => !/s$/u.test(t))])].flatMap((written) => {
      // A text without the name's first word cannot name the body so: its pattern is not tried (engine/folded.ts).
      const head = written.split(/\s+/).find((word) => word !== '');
      if (head !== undefined && !mayContain(text, head)) return [];
      return nameWritings(written, text).map(({ start, end }) => ({ value, start, end }));
    }),
  );
  // Two written forms of one body may find the same place; the longer mention stands.
  const byStart = new Map<number, BodyMention>();
  for (const m of mentions) if ((byStart.get(m.start)?.end ?? -1) < m.end) byStart.set(m.start, m);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The body that opens a sentence, after a list number or bullet: the subject of a decision sentence. */
export function subjectOf(sentence: TextSpan, mentions: readonly BodyMention[]): BodyMention | null {
  const lead = /^(?:\d{1,2}[.)]|[•·*–-])?\s*/.exec(sentence.text)![0].length;
  return mentions.find((m) => m.start === sentence.start + lead) ?? null;
}

export function decidingBody(
  text: string,
  section: readonly TextSpan[],
  recordsMeeting: boolean,
  mentions: readonly BodyMention[],
  owner: BodyMention | null = null,
): BodyMention | null {
  const subject = section.map((s) => subjectOf(s, mentions)).find((b) => b !== null) ?? null;
  const header = headerBody(text, mentions);
  // The body a section's heading names as its owner (headingOwner) speaks for the section before any subject in it.
  const named = mentions.find((m) => section.some((s) => m.start >= s.start && m.end <= s.end)) ?? null;
  const found = (recordsMeeting ? (header ?? owner ?? subject) : (owner ?? subject ?? header)) ?? named ?? levelBody(text, mentions);
  // No decision section found (a page flattened to one line hides its headings), or one that names no body ("Beslut: enligt
  // förslag" under "Regionfullmäktige beslutar att: …"): the body a decision clause names.
  if (found) return found;
  return section.every((s) => s.end <= s.start) ? (decisionClauseBody(text, mentions) ?? ownedProposalBody(text, mentions)) : decisionClauseBody(text, mentions);
}

/**
 * A body's own proposal named in running text where the headings are lost in one flattened line: "… Förslag till beslut
 * Kommunstyrelsens förslag till kommunfullmäktige Med hänvisning till …" → kommunstyrelsen. Not another's proposal cited
 * ("enligt förvaltningens förslag"): the genitive must be of a body the parties extractor found, and "till" must follow.
 */
export function ownedProposalBody(text: string, mentions: readonly BodyMention[]): BodyMention | null {
  let first: BodyMention | null = null;
  for (const value of new Set(mentions.map((m) => m.value))) {
    const m = new RegExp(`(?<![\\p{L}])${escapeRegex(value).replace(/\s+/g, '\\s+')}s\\s+förslag\\s+till(?![\\p{L}])`, 'iu').exec(text);
    if (m && (!first || m.index < first.start)) first = { value, start: m.index, end: m.index + value.length + 1 };
  }
  return first;
}

/** A label that names the body to decide: "Beslutsnivå Kultur - och fritidsnämnden.", "Beslutsinstans: Kommunfullmäktige". */
const LEVEL_LABEL = new RegExp(`(?<![\\p{L}])(?:${words.decisionLevelLabels.map((l) => l.replace(/ /g, '\\s+')).join('|')})[ \\t]*:?\\s*$`, 'iu');

/** The first body a decision-level label names, where no section or header named one (a flattened tjänsteskrivelse). */
export function levelBody(text: string, mentions: readonly BodyMention[]): BodyMention | null {
  return mentions.find((m) => LEVEL_LABEL.test(text.slice(Math.max(0, m.start - 40), m.start))) ?? null;
}

/** A section heading that names whose decision or proposal follows: "Kommunstyrelsens beslut", "Arbetsutskottets förslag till kommunstyrelsen". */
const OWNED_HEADING = new RegExp(String.raw`^(${OWNER_NAME})s\s+(?:beslut|förslag)(?![\p{L}])`, 'u');

/**
 * The body whose meeting recorded the section, by its heading's genitive, when the page has no header to name it
 * (a meeting page: "Kommunledningsutskottets förslag till kommunstyrelsen" → kommunledningsutskottet). Only a body
 * the parties extractor found: "Förvaltningens förslag" names staff, not a meeting.
 */
export function headingOwner(heading: TextSpan, organ: readonly Field<string>[]): BodyMention | null {
  const m = OWNED_HEADING.exec(heading.text);
  if (!m) return null;
  const known = organ.find((b) => b.value.toLowerCase() === m[1]!.replace(/\s+/gu, ' ').toLowerCase());
  return known ? { value: known.value, start: heading.start, end: heading.start + m[1]!.length + 1 } : null;
}

/** "Social resursnämnd beslutar: att …", "Kommunstyrelsen föreslås besluta att …": the body of a decision clause. */
const DECISION_CLAUSE = new RegExp(`^\\s+(?:${words.decisionClauseVerbs.map((v) => v.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'u');

/** The first body whose name opens a decision clause, in the text's order. */
export function decisionClauseBody(text: string, mentions: readonly BodyMention[]): BodyMention | null {
  return mentions.find((m) => DECISION_CLAUSE.test(text.slice(m.end, m.end + 40))) ?? null;
}

const DELEGATE_LABEL = new RegExp(`^[ \\t]*(?:${words.delegateLabels.join('|')})[ \\t]*:[ \\t]*(\\p{L}[^\\n,(]*?)[ \\t]*$`, 'imu');
const DELEGATE_ROLE = new RegExp(`(?:${words.delegateRoles.join('|')})$`, 'iu');

/**
 * Who decided on delegation, where a label says so: "Beslutsfattare: Individ- och familjeomsorgschef" (a
 * person's name after the role goes: "Enhetschef Anna Berg"). Only a role counts, never a name alone
 * ("Beslutande: Anna Berg (S)" lists a protocol's members).
 */
export function delegateBody(text: string): BodyMention | null {
  const m = DELEGATE_LABEL.exec(text);
  if (!m) return null;
  const [first = '', ...rest] = m[1]!.split(/\s+/);
  const named = rest.findIndex((w) => /^\p{Lu}/u.test(w));
  const role = [first, ...(named < 0 ? rest : rest.slice(0, named))].join(' ');
  if (!DELEGATE_ROLE.test(role)) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  // Lower case as in running text, but an acronym keeps its capitals ("IFO-chef").
  const value = /^\p{Lu}\p{Ll}/u.test(role) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
  return { value, start, end: start + role.length };
}

/** Cells this far into the document, or this close to a meeting-date label, belong to the header. */
const HEADER_CELLS = 10;
const NEAR_DATE_LABEL = 3;
const DATE_LABEL_CELL = /^(?:sammanträdesdatum|datum)(?![\p{L}])/iu;
/** A label or date beside the body's name in the same cell: "Nämnden för Kultur & Fritid Datum". */
const CELL_TRAILER = /(?:\s+(?:datum|sammanträdesdatum|protokoll|sida)(?![\p{L}]).*|\s+\d.*)$/iu;

/** An addressee label before the body in the same cell: "Till: Vård- och omsorgsnämnden", "Mottagare Socialnämnden". */
const CELL_LEADER = new RegExp(`^(?:${words.addresseeLabels.join('|')})[ \\t]*:?[ \\t]*`, 'iu');

/**
 * A protocol's header run into one line with its page's first words: the body, then the protocol's name ("1 Kommunstyrelsen
 * Protokollsutdrag Sammanträdesdatum Sida 1(7) 262 Svar på motion …", "Socialnämnden Sammanträdesprotokoll 2023-05-10").
 * Not a body named further on in a sentence ("… enligt kommunstyrelsens protokoll").
 */
const PROTOCOL_WORD = /^[ \t]+(?:protokollsutdrag|sammanträdesprotokoll|protokoll|utdrag\s+ur\s+protokoll|justerat\s+protokoll)(?![\p{L}])/iu;
/** How far into a line the body of a run-together header stands: a page number or a logo's word before it. */
const RUN_TOGETHER_LEAD = /^[ \t]*(?:\d{1,3}[ \t]+)?$/u;

function runTogetherHeaderBody(text: string, mentions: readonly BodyMention[]): BodyMention | null {
  return (
    mentions.find((m) => {
      const lineStart = text.lastIndexOf('\n', m.start) + 1;
      return RUN_TOGETHER_LEAD.test(text.slice(lineStart, m.start)) && PROTOCOL_WORD.test(text.slice(m.end, m.end + 40));
    }) ?? null
  );
}

/** A body that a header cell consists of. */
function headerBody(text: string, mentions: readonly BodyMention[]): BodyMention | null {
  const all = cells(text);
  const labelIndexes = all.filter((c) => DATE_LABEL_CELL.test(c.text)).map((c) => c.index);
  for (const cell of all) {
    const inHeader = cell.index < HEADER_CELLS || labelIndexes.some((i) => Math.abs(i - cell.index) <= NEAR_DATE_LABEL);
    if (!inHeader) continue;
    const nameStart = cell.start + (CELL_LEADER.exec(cell.text)?.[0].length ?? 0);
    const nameEnd = cell.start + cell.text.replace(CELL_TRAILER, '').length;
    const whole = mentions.find((m) => m.start === nameStart && m.end === nameEnd);
    if (whole) return whole;
  }
  return runTogetherHeaderBody(text, mentions);
}

/**
 * An officer's report whose header a transcript ran into one long line with its first words: the header's labels and names
 * stand before the subject's running text ("1 Kommunfullmäktige Kommunstyrelsen Arbets- och personalutskottet Dnr KS 2009/12
 * Övertagande av ishallen …", "1 (2) TJÄNSTESKRIVELSE Arbetslivskontoret Arbetslivsnämnden Kultur- och fritidsnämnden Motion
 * om …", "HANDLÄGGARE Berg, Anna Kultur- och fritidsnämnden Utredning taxor för vuxna …"). The first body the header names
 * is the one the report is addressed to, or, where it lists the bodies its matter goes through, the highest, listed first.
 * Running text begins at the first three words in lower case in a row ("taxor för vuxna", "har tidigare behandlat"): a body
 * named after it is no header's. A body the parties extractor found, else one the header writes as a body's name.
 *   yes: "1 Socialnämnden Dnr SN 2020/12 Bidrag till Kvinnojouren Ärendebeskrivning Kvinnojouren har ansökt om …" → socialnämnden
 *   no:  "1 Dnr SN 2020/12 Bidrag till föreningen Ärendebeskrivning Föreningen har ansökt hos socialnämnden om …"
 */
const RUNNING_TEXT = /(?<![\p{L}])\p{Ll}[\p{L}-]*[ \t]+\p{Ll}[\p{L}-]*[ \t]+\p{Ll}[\p{L}-]*(?![\p{L}])/u;

export function runTogetherAddressee(text: string, mentions: readonly BodyMention[]): BodyMention | null {
  const line = runTogetherLine(text);
  if (!line) return null;
  const running = RUNNING_TEXT.exec(line.text);
  const headerEnd = line.start + (running?.index ?? line.text.length);
  const header = { text: text.slice(line.start, headerEnd), start: line.start, end: headerEnd };
  return mentions.find((m) => m.start >= header.start && m.end <= header.end) ?? bodiesIn(header)[0] ?? null;
}
