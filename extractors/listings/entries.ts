/**
 * Grants listed as short entries under a lead-in, each a paragraph of its own that opens with the recipient's name
 * and closes on what it was granted, as news pages write a nämnd's decision:
 *   Följande föreningar har ansökt och fått föreningsbidrag 2023:
 *
 *   Föreningen Linden vill ordna läxhjälp för barn i mellanstadiet.
 *   De sökte 45 000 och får 45 000.
 *
 *   Bygdens IF sökte 70 000 till en öppen mötesplats.
 *   Ansökan beviljas delvis med 45 000 kronor.
 * The shape is the repetition under the lead-in (a line ending in a colon that speaks of grants, partnerships or
 * organisations): two entries or more, each a name followed by a lower-case clause ("… vill", "… sökte", "… som"),
 * each granting a sum. The entry's last sum is what it was granted ("sökte 70 000 … beviljas delvis med 45 000"); an
 * entry turned down ("fick avslag") is no row but does not end the list; the first paragraph that is no entry does.
 * One name of the list must have an organisation's form (organisation-form.ts), as a list of people has none.
 */
import lines from '../lexicon/listing-lines.json' with { type: 'json' };
import organisationWords from '../lexicon/listing-organisations.json' with { type: 'json' };
import { alternation, GROUPED_SUM_DIGITS } from '../amounts/numerals.js';
import { findAmountMentions } from '../amounts/index.js';
import { OPENS_WITH_COUNT } from './grant-words.js';
import { looksLikeName } from './line-list.js';
import { hasOrganisationForm } from './organisation-form.js';
import { paragraphsOf, type Paragraph } from './paragraphs.js';
import { textCell, type Cell, type ColumnRole, type ListingTable } from './table.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'amount'];
const INTRO_STEM = new RegExp(alternation(lines.introStems), 'iu');
const MAX_LEAD_IN = 200;
const MIN_ENTRIES = 2;
/** An entry is a short paragraph; a longer one is a section of prose. */
const MAX_ENTRY = 400;
const MAX_ENTRY_LINES = 4;
const MAX_NAME_WORDS = 8;
const CONNECTOR = new Set(lines.nameConnectors);
/** A sentence's opening word that stands for a name, never one: "De sökte …", "Här får …". */
const PRONOUN = /^(?:de|det|den|dessa|detta|denna|vi|ni|man|hon|han|här|där|nu|även|också|sedan|dessutom)$/iu;
/** A lower-case word that is the name's organisation word ("Ishockey föreningen …", "Bygdens idrottsklubb"). */
const ORGANISATION_WORD = new RegExp(`(?:${alternation(organisationWords.ideburenMarkers)})(?:en|et|na|ar|er)?$`, 'iu');
/**
 * The entry grants: "beviljas", "fick det beviljat", "får 45 000", "tilldelas". Wider than the verb lists of
 * grant-words.ts on purpose: the entry's sum is found apart from its verb, so any form of the verb anywhere in the
 * entry says it grants (the participle "beviljat", the active "beviljar", "erhålla"), where enumerations.ts reads
 * the verb at its place between name and sum and must know who its subject is.
 */
const GRANTED = /\b(?:bevilja\p{L}*|får|fick|tilldela\p{L}*|erhåll\p{L}*|erhöll)\b/iu;
/** The entry is turned down: no row, though the list goes on. */
const TURNED_DOWN = /\b(?:avslag|avslås|avslogs|(?:inte|ej)\s+bevilja\p{L}*)\b/iu;
const GROUPED_SUM = new RegExp(`(?<![\\d])${GROUPED_SUM_DIGITS}(?![\\d])`, 'gu');

const isLeadIn = (p: Paragraph) => p.lines === 1 && p.text.length <= MAX_LEAD_IN && /:\s*$/.test(p.text) && INTRO_STEM.test(p.text);

/**
 * The name an entry opens with: its whole first line when that is a name, else its words up to the first lower-case
 * word that is no connector ("i", "för"), no organisation word ("föreningen") and follows none: "Filadelfiakyrkan i
 * Stockholm | vill anordna …", "Ishockey föreningen Akalla Husby | sökte …", "Existera | som anordnar …".
 */
export function openingName(entry: string): string | null {
  const first = entry.split('\n')[0]!.trim().replace(/[.:]$/, '');
  // "20 barn- och ungdomsföreningar får dela på 1 298 000 kr": a count of organisations opens the entry, no name.
  if (OPENS_WITH_COUNT.test(first)) return null;
  const words = first.split(/\s+/);
  if (words.length <= MAX_NAME_WORDS && looksLikeName(first)) return first;
  let end = 0;
  while (end < words.length && end <= MAX_NAME_WORDS) {
    const word = words[end]!;
    const goesOn = !/^\p{Ll}/u.test(word) || CONNECTOR.has(word) || ORGANISATION_WORD.test(word) || (end > 0 && CONNECTOR.has(words[end - 1]!));
    if (!goesOn) break;
    end++;
  }
  const name = words.slice(0, end).join(' ');
  return end > 0 && end < words.length && end <= MAX_NAME_WORDS && !PRONOUN.test(words[0]!) && looksLikeName(name) ? name : null;
}

/** The sum an entry was granted: its last sum (with a unit, or a bare grouped number), as the text of that sum. */
function grantedSum(text: string): { text: string; start: number } | null {
  const withUnit = findAmountMentions(text).at(-1);
  const bare = [...text.matchAll(GROUPED_SUM)].at(-1);
  const last = withUnit && (!bare || withUnit.start >= bare.index) ? { start: withUnit.start, end: withUnit.end } : bare ? { start: bare.index, end: bare.index + bare[0].length } : null;
  return last ? { text: text.slice(last.start, last.end).replace(/[.,;:]+$/, ''), start: last.start } : null;
}

export function findEntries(text: string): ListingTable[] {
  const tables: ListingTable[] = [];
  const paragraphs = paragraphsOf(text);
  for (let i = 0; i < paragraphs.length; i++) {
    if (!isLeadIn(paragraphs[i]!)) continue;
    const rows: Cell[][] = [];
    const names: string[] = [];
    let j = i + 1;
    for (; j < paragraphs.length; j++) {
      const p = paragraphs[j]!;
      if (p.lines > MAX_ENTRY_LINES || p.text.length > MAX_ENTRY) break;
      const name = openingName(p.text);
      if (!name) break;
      if (TURNED_DOWN.test(p.text)) continue;
      const sum = GRANTED.test(p.text) ? grantedSum(p.text) : null;
      if (!sum) break;
      names.push(name);
      const nameStart = p.start + p.text.indexOf(name);
      rows.push([
        textCell(name, nameStart),
        textCell(sum.text, p.start + sum.start),
      ]);
    }
    if (rows.length >= MIN_ENTRIES && names.some(hasOrganisationForm)) tables.push({ roles: [...ROLES], rows });
    i = j - 1;
  }
  return tables;
}
