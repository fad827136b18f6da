/**
 * Rows whose column gaps were lost: text extraction or whitespace tidying left each row as one line of
 * single-spaced words ("Passalen Socialförvaltningen Centrum 2022-01-01–2023-12-31. Syftet …") under a
 * header line of column labels ("Idéburen aktör Offentlig aktör Innehåll"). A row's cells are found
 * again by what starts each column: the public column at a kommun/region ("Region Värmland") or a body
 * ("Idrotts- och föreningsnämnden", "Vård och äldreomsorgen"), the period or description column at the
 * row's first period. Only layouts with the organisation column first, then the public column, are read
 * this way. Also the header-label reading and the cutting rules flowed-table.ts shares; run-together.ts
 * finds the tables.
 */
import organWords from '../lexicon/listing-organ.json' with { type: 'json' };
import ideburnaWords from '../lexicon/ideburna.json' with { type: 'json' };
import { hasSuffixMarker } from '../parties/names.js';
import { alternation } from '../amounts/numerals.js';
import { isHeading } from './headings.js';
import { readCellPeriods } from './period-cell.js';
import { isRefusedCell, isTotalLine } from './totals.js';
import { findPublicParties } from './public-parties.js';
import { perKey } from '../engine/memo.js';
import { isBlank, joinCells, ROLE_WORDS, SEPARATOR_CELL, sliceCell, type Cell, type ColumnRole } from './table.js';
import type { Line } from '../engine/table-row.js';

interface Word {
  text: string;
  start: number;
  end: number;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
export const BODY_HEAD = new RegExp(alternation(organWords.bodyHeads), 'iu');
const WEAK_HEAD = new RegExp(alternation(organWords.headWords), 'iu');
const CONJUNCTION = new RegExp(`^(?:${alternation(organWords.conjunctions)})$`, 'iu');
const STARTS_LOWER = /^\p{Ll}/u;
/** A status label in capitals before the period ("AVSLUTAD. 2019–2022.") opens the description, not the body. */
export const STATUS_BEFORE = /(?:^|\s)\p{Lu}{5,}[.:]?\s*$/u;
/** An organisation cell is a name or a few names, not a sentence. */
export const MAX_OWNER_WORDS = 15;
/** How many words back from a lower-case body word its capitalised start may be ("Göteborgs hälso-och sjukvårdsnämnd"). */
const LOWER_REACH = 3;

const QUALIFIER = /^\s*\([^()]{1,20}\)/u;
/**
 * "AvtalOrganisationAnsvarig nämnd": a web table's header cells that text extraction joined without a gap, one
 * label's last small letter against the next one's capital.
 */
const GLUED = /^\p{Ll}\p{Lu}/u;
/**
 * What a money label may go on with: a parenthesised qualifier or a unit ("Belopp (tkr)", "Bidrag kr/år", "Belopp, tkr",
 * "Belopp/år"), or the year the sums are for ("Bidrag 2024", "Belopp 2024 (kr)").
 */
const MONEY_UNIT = /^(?:\s+(?:19|20)\d\d(?=[\s:(]|$))?(?:\s*(?:\([^()]{1,20}\)|,?\s*(?:i\s+)?(?:tkr|kkr|mnkr|mkr|kr|kronor|sek)(?:\s*\/\s*år)?(?=[\s:]|$)|\/\s*år(?=[\s:]|$)))?/u;

/**
 * Whether a label may start at `at`: most lines start with none, and are let go before the whole line is
 * lower-cased. Matching without case finds every label the lower-cased line would (and a few more, which the
 * full reading then turns down), so a line this lets go has no label.
 */
const LABEL_START = new RegExp(ROLE_WORDS.map(({ word }) => escapeRegExp(word)).join('|'), 'iuy');
/** ROLE_WORDS by first letter, each list in ROLE_WORDS' order (longest first): a label starts with the line's letter there. */
const WORDS_BY_INITIAL = new Map<string, typeof ROLE_WORDS>();
for (const entry of ROLE_WORDS) WORDS_BY_INITIAL.set(entry.word.charAt(0), [...(WORDS_BY_INITIAL.get(entry.word.charAt(0)) ?? []), entry]);
function mayStartLabel(line: string, at: number): boolean {
  LABEL_START.lastIndex = at;
  return LABEL_START.test(line);
}

/**
 * The column labels a line starts with, in order, their text (for the unit a money label gives) and where the
 * text after them starts (in the line). A label is not taken twice: "… Innehåll Föreningen X" stops before "Föreningen".
 */
export function readLabels(line: string): { roles: ColumnRole[]; labels: string[]; end: number; glued: boolean } {
  const roles: ColumnRole[] = [];
  const labels: string[] = [];
  let at = line.length - line.trimStart().length;
  let end = at;
  // Where the last label starts.
  let labelStart = at;
  let glued = false;
  // Most lines start with no label's first letter: they are let go before the whole line is lower-cased.
  if (!mayStartLabel(line, at) || /[\t|]/.test(line)) return { roles, labels, end, glued };
  const lower = line.toLowerCase();
  while (at < lower.length) {
    const hit = (WORDS_BY_INITIAL.get(lower.charAt(at)) ?? []).find(({ word }) => lower.startsWith(word, at) && (/^(?:[\s:/,]|$)/.test(lower.slice(at + word.length)) || GLUED.test(line.slice(at + word.length - 1))));
    // "Startdatum Slutdatum": a period's two ends, labelled side by side, are one period column.
    const periodEnd = hit?.role === 'period' && roles.at(-1) === 'period' && labels.length === roles.length;
    if (!hit || (roles.includes(hit.role) && !periodEnd)) break;
    if (!periodEnd) roles.push(hit.role);
    at += hit.word.length;
    glued ||= GLUED.test(line.slice(at - 1));
    // "Belopp (tkr)", "Bidrag kr/år", "Belopp, tkr", "Belopp i tkr": a parenthesised qualifier, or a money label's unit, belongs to its label.
    const from = periodEnd ? labelStart : at - hit.word.length;
    at += (hit.role === 'amount' ? MONEY_UNIT : QUALIFIER).exec(lower.slice(at))?.[0].length ?? 0;
    if (periodEnd) labels.pop();
    labels.push(line.slice(from, at));
    labelStart = from;
    while (/[\s:/]/.test(lower[at] ?? '')) at++;
    end = at;
  }
  return { roles, labels, end, glued };
}

/** Whether a header's roles can head a listing: the organisation column first, and another after it. */
export function isHeaderRoles(roles: readonly ColumnRole[]): boolean {
  // "Parter Verksamhet Period": a parties column ("Sala kommun och Kvinnojouren Tärnan") names the organisation too.
  const owner = roles[0] === 'ideburen' || (roles[0] === 'parties' && !roles.includes('ideburen'));
  return roles.length >= 2 && owner && new Set(roles).size === roles.length;
}

/** A line that is nothing but column labels (one or more). */
export function isLabelLine(line: string): boolean {
  return coversLine(line, readLabels(line));
}

/** Whether the labels read from a line are the whole line. */
export function coversLine(line: string, { roles, end }: { roles: readonly ColumnRole[]; end: number }): boolean {
  return roles.length > 0 && end >= line.trimEnd().length;
}

/** Column layout the row reader can cut: organisation, then public column(s), then the rest. */
export interface Layout {
  roles: (ColumnRole | null)[];
  /** The header's label of each column, where known (a money column's unit: "Belopp tkr"). */
  labels?: string[];
  publicColumn: number | null;
  restColumn: number | null;
  /** The public column stands first, the organisation's after it ("Nämnd Förening Period"). */
  publicFirst?: boolean;
  /** The public column stands last, after the others ("Förening Verksamhet Avtalstid Ansvarig nämnd"). */
  publicLast?: boolean;
}

const isPublicRole = (r: ColumnRole | null) => r === 'offentlig' || r === 'organ';

/**
 * Whether a header's roles put the public column(s) first and the organisation's right after them, then at least
 * one other column ("Nämnd Förening Period", "Kommun Förvaltning Organisation Avtalstid"), each label once.
 */
export function isPublicFirstRoles(roles: readonly ColumnRole[]): boolean {
  const owner = roles.indexOf('ideburen');
  return (
    owner >= 1 &&
    owner < roles.length - 1 &&
    roles.slice(0, owner).every(isPublicRole) &&
    !roles.slice(owner + 1).some((r) => isPublicRole(r) || r === 'ideburen') &&
    new Set(roles).size === roles.length
  );
}

export function layoutOf(roles: ColumnRole[], labels: readonly string[] = []): Layout | null {
  if (isPublicFirstRoles(roles)) {
    // The public columns are read as one, then the organisation, then everything else from the period on.
    const owner = roles.indexOf('ideburen');
    const mergedLabels = labels.length === roles.length ? [labels.slice(0, owner).join(' '), ...labels.slice(owner)] : undefined;
    const merged: (ColumnRole | null)[] = [roles[0]!, ...roles.slice(owner)];
    return { roles: merged, labels: mergedLabels, publicColumn: 0, restColumn: merged.length > 2 ? 2 : null, publicFirst: true };
  }
  const isPublic = (r: ColumnRole) => r === 'offentlig' || r === 'organ';
  // "Förening Verksamhet Avtalstid Ansvarig nämnd": the public column(s) last, after a column of another kind, are
  // cut off the end of each row; the rest is read as a table without them.
  const trailing = roles.length - 1 - roles.findLastIndex((r) => !isPublic(r));
  if (roles[0] === 'ideburen' && trailing > 0 && trailing < roles.length - 1 && !roles.slice(0, -trailing).some(isPublic)) {
    const inner = layoutOf(roles.slice(0, -trailing), labels.length === roles.length ? labels.slice(0, -trailing) : []);
    if (!inner) return null;
    const publicLabel = labels.length === roles.length ? [labels.slice(-trailing).join(' ')] : null;
    return { ...inner, roles: [...inner.roles, roles.at(-trailing)!], labels: inner.labels && publicLabel ? [...inner.labels, ...publicLabel] : undefined, publicLast: true };
  }
  const publicCount = roles.slice(1).findIndex((r) => !isPublic(r));
  const publicColumns = publicCount === -1 ? roles.length - 1 : publicCount;
  if (roles.slice(1 + publicColumns).some(isPublic) || roles.slice(1).includes('ideburen') || (roles[0] === 'parties' && publicColumns > 0)) return null;
  // Several public columns run together are read as one ("Kommun Nämnd" → "Malmö stad Socialnämnden").
  const merged: (ColumnRole | null)[] = [roles[0]!, ...(publicColumns > 0 ? [roles[1]!] : []), ...roles.slice(1 + publicColumns)];
  const publicColumn = publicColumns > 0 ? 1 : null;
  // Everything after the public column (period, description …) is read as one: it starts at the period.
  const rest = (publicColumn ?? 0) + 1;
  const mergedLabels = labels.length === roles.length ? [labels[0]!, ...(publicColumns > 0 ? [labels.slice(1, 1 + publicColumns).join(' ')] : []), ...labels.slice(1 + publicColumns)] : undefined;
  return { roles: merged, labels: mergedLabels, publicColumn, restColumn: merged.length > rest ? rest : null };
}

function wordsOf(line: string): Word[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * From a body's head word back to where its name starts: over a coordination ("Idrotts- och
 * föreningsnämnden", "Vård och äldreomsorgen", "Hälsa, vård & omsorgsnämnden") and over the words
 * before a head written in lower case ("Rinkeby-kista stadsdelsnämnd"). The first word stays the organisation's.
 */
function bodyStartBack(words: readonly Word[], head: number): number | null {
  let start = head;
  while (start > 1) {
    const current = words[start]!.text;
    const before = words[start - 1]!.text;
    if (CONJUNCTION.test(before) && start >= 3 && (/-$/.test(words[start - 2]!.text) || STARTS_LOWER.test(current))) start -= 2;
    else if (STARTS_LOWER.test(current) && !CONJUNCTION.test(before)) start -= 1;
    else break;
    // Lower-case words lead back to the capitalised word a body's name starts with, or this is prose.
    if (head - start > LOWER_REACH && STARTS_LOWER.test(words[start]!.text)) return null;
  }
  // A body's name starts with a capital; "… av socialnämnden" in a sentence is not a column.
  return STARTS_LOWER.test(words[start]!.text) ? null : start;
}

/** A known cell's words as a pattern, built once per cell (a table's rows ask for the same cells again and again). */
const writtenAgain = perKey(
  (cell: string) => new RegExp(`(?<=\\s)${cell.split(/\s+/).map((w) => w.split('-').map(escapeRegExp).join('-?\\s*')).join('\\s+')}`, 'iu'),
  1000,
);

/** Where the public column starts and (for a row without a period) ends, within the line before `limit`. */
export function publicSpan(line: string, limit: number, known: readonly string[]): { start: number; end: number } | null {
  const head = line.slice(0, limit);
  const spans: { start: number; end: number }[] = [];
  const party = findPublicParties(head, { bare: false }).find((p) => p.start > 0);
  if (party) spans.push(party);
  const words = wordsOf(head);
  for (const pattern of [BODY_HEAD, WEAK_HEAD]) {
    const index = words.findIndex((w, i) => i > 0 && pattern.test(w.text) && bodyStartBack(words, i) !== null);
    if (index > 0) {
      spans.push({ start: words[bodyStartBack(words, index)!]!.start, end: words[index]!.end });
      break;
    }
  }
  // A body an earlier row of the table named is found again as written ("Rinkeby-kista Stadsdelsnämnd"),
  // also where a line break took its hyphen ("Rinkebykista").
  for (const cell of known) {
    const written = writtenAgain(cell).exec(head);
    if (written) spans.push({ start: written.index, end: written.index + written[0].length });
  }
  if (spans.length === 0) return null;
  return spans.reduce((best, s) => (s.start < best.start ? s : best));
}

/** Lower-case words that go on inside a name ("Föreningen för psykisk hälsa"), not an activity's words. */
const NAME_CONNECTOR = /^(?:och|i|för|av|på|till|med|mot|&)$/u;
/**
 * How many capitalised words must stand before an activity that holds a connector ("Föreningen Gemenskap |
 * Mötesplats för äldre"): after one word the phrase may as well be the name ("Föreningen Mötesplats för unga").
 */
const NAME_BEFORE_CONNECTED_ACTIVITY = 2;
/**
 * A kind of grant, one compound word, ends a grant list's organisation cell as its own column ("Kvinnojouren
 * Tärnan Verksamhetsbidrag", "… Projektstöd" under "Förening Ändamål Belopp"); no name ends in one. Not
 * "Röda Korset Mötesplats", whose last word may be the name's.
 */
const GRANT_KIND = /^\p{Lu}\p{Ll}+(?:bidrag|stöd)$/u;
/** An organisation word alone names no one: "Föreningen Anhörigstöd" is a name, not "Föreningen" and a grant. */
const BARE_FORM = /^(?:Föreningen|Stiftelsen|Förbundet|Riksförbundet|Sällskapet|Organisationen)$/u;

/**
 * Where the activity column starts inside an organisation cell that ran into it ("Kvinnojouren Tärnan Skyddat
 * boende" under "Organisation Verksamhet Period"): at the last capitalised word that lower-case words follow
 * (an activity is written in sentence case, a name in capitals), or at a kind of grant that ends the cell;
 * null when no such phrase ends the cell.
 */
export function activityStart(cell: string): number | null {
  const words = wordsOf(cell);
  if (words.length >= 2 && GRANT_KIND.test(words.at(-1)!.text) && !(words.length === 2 && BARE_FORM.test(words[0]!.text))) return words.at(-1)!.start;
  // "Stadsmissionen i Tierp Värmestuga": a name that gives its place ("… i Tierp") ends there; a capitalised word
  // after the place starts the activity. Not "Kvinnojouren i Tierp" alone, nor "Föreningen Hem i Tierp".
  const place = words.findIndex((w, i) => i >= 1 && w.text === 'i' && /^\p{Lu}/u.test(words[i + 1]?.text ?? '') && /^\p{Lu}/u.test(words[i + 2]?.text ?? ''));
  if (place >= 1) return words[place + 2]!.start;
  for (let i = words.length - 2; i >= 1; i--) {
    const rest = words.slice(i + 1);
    const connected = rest.some((w) => NAME_CONNECTOR.test(w.text));
    const sentenceCase = /^\p{Lu}/u.test(words[i]!.text) && rest.every((w) => STARTS_LOWER.test(w.text)) && (!connected || i >= NAME_BEFORE_CONNECTED_ACTIVITY);
    // The phrase ends in a word of its own, not in a connector ("… Hus för").
    if (sentenceCase && !/[-–]$/.test(words[i]!.text) && !NAME_CONNECTOR.test(rest.at(-1)!.text)) return words[i]!.start;
  }
  return afterClosingForm(words);
}

/**
 * closing form: "Norrby IF Ungdomsverksamhet", "Åsens Pensionärsförening Träffpunkt" under "Förening Ändamål Belopp": a name
 * that closes on its organisation word — a club's letters ("IF", "OK") or a compound in the indefinite ("…förening",
 * "…scoutkår", "…jour") after a place or word of its own — ends there, and the one capitalised word after it is the
 * activity. A definite form opens a name ("Hembygdsföreningen Gillet"), and a name without such a closing word
 * ("Röda Korset Mötesplats") may end in the word.
 *   yes: "Norrby IF Ungdomsverksamhet" → "Ungdomsverksamhet", "Ekby Scoutkår Lägerverksamhet" → "Lägerverksamhet"
 *   no:  "Hembygdsföreningen Gillet", "Röda Korset Mötesplats", "Norrby IF", "IF Kamraterna"
 */
const SPORT_TOKENS = new Set(ideburnaWords.sportTokens);
const DEFINITE_END = /(?:en|et|na)$/u;
const closesName = (word: string) => SPORT_TOKENS.has(word) || (hasSuffixMarker(word) && !DEFINITE_END.test(word));
function afterClosingForm(words: readonly Word[]): number | null {
  const last = words.at(-1);
  if (words.length < 3 || !last || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return null;
  return closesName(words.at(-2)!.text) && !closesName(last.text) ? last.start : null;
}

/** A sum that ends a row under a last money column ("… Läxhjälp 250", "… 1 200 000 kr"). */
const TRAILING_MONEY = /(?<=\s)\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d+)?(?:\s*(?:tkr|kkr|mnkr|mkr|kr|kronor|sek))?\s*$/iu;

/**
 * Where a public cell that opens a row ends: after a kommun or region ("Sala kommun", "Region Skåne"), a body
 * ("Socialnämnden", "Kultur- och fritidsnämnden", "Rinkeby-Kista stadsdelsnämnd"), or both ("Malmö stad
 * Socialnämnden"), or a body an earlier row named as written; null when the line opens with none.
 */
export function leadingPublicEnd(line: string, known: readonly string[]): number | null {
  let end = 0;
  const party = findPublicParties(line, { bare: false }).find((p) => p.start === line.length - line.trimStart().length);
  if (party) end = party.end;
  const words = wordsOf(line.slice(end));
  for (const pattern of [BODY_HEAD, WEAK_HEAD]) {
    // The body's head word within a few words, the words before it its coordination or lower-case start.
    const head = words.findIndex((w) => pattern.test(w.text));
    if (head < 0 || head > LOWER_REACH) continue;
    const before = words.slice(1, head + 1);
    if (!/^\p{Lu}/u.test(words[0]!.text) || !before.every((w) => STARTS_LOWER.test(w.text) || CONJUNCTION.test(w.text))) continue;
    end += words[head]!.end;
    return end;
  }
  for (const cell of known) {
    if (line.trimStart().toLowerCase().startsWith(`${cell} `)) return line.length - line.trimStart().length + cell.length;
  }
  return party ? end : null;
}

/**
 * A last money column is cut off first: its sum ends the row, and the other columns end before it. A sum asked for
 * just before it ("Föreningen X 30 000 25 000" under "Förening Sökt belopp Beviljat belopp") is cut off too, and
 * read no further: it is no part of the name, nor the row's amount.
 */
function cutMoney(line: Line, layout: Layout): { moneyColumn: number; money: RegExpExecArray | null; text: string } {
  const moneyColumn = layout.roles.length - 1;
  const money = layout.roles[moneyColumn] === 'amount' ? TRAILING_MONEY.exec(line.text) : null;
  const text = money ? line.text.slice(0, money.index).trimEnd() : line.text;
  const asked = money && layout.roles[moneyColumn - 1] === 'requested' ? TRAILING_MONEY.exec(text) : null;
  return { moneyColumn, money, text: asked ? text.slice(0, asked.index).trimEnd() : text };
}

/** A row whose public cell comes first: the public cell, then the organisation up to the period, then the rest. */
function readPublicFirstRow(line: Line, layout: Layout, known: string[]): Cell[] | null {
  const { moneyColumn, money, text } = cutMoney(line, layout);
  const publicEnd = leadingPublicEnd(text, known);
  if (publicEnd === null) return null;
  const period = readCellPeriods(text).find((p) => p.start > publicEnd);
  const ownerEnd = period?.start ?? (money || layout.restColumn === null ? text.length : undefined);
  if (ownerEnd === undefined) return null;
  const cells: Cell[] = layout.roles.map(() => sliceCell(line, text.length, text.length));
  cells[0] = sliceCell(line, 0, publicEnd);
  cells[1] = sliceCell(line, publicEnd, ownerEnd);
  if (cells[1].text === '' || cells[1].text.split(/\s+/).length > MAX_OWNER_WORDS) return null;
  known.push(cells[0].text.toLowerCase());
  if (money) cells[moneyColumn] = sliceCell(line, money.index, line.text.length);
  if (layout.restColumn !== null && !(money && layout.restColumn === moneyColumn)) cells[layout.restColumn] = sliceCell(line, ownerEnd, text.length);
  return cells;
}

/**
 * Where a public cell that ends a row starts: a body ("… 2023–2025 Socialnämnden", "… Vård- och omsorgsnämnden"),
 * a kommun or region ("… Region Uppsala"), or both ("… Tierps kommun Socialnämnden"); null when the line ends in
 * none ("… 2023–2025 Skyddat boende", "… av socialnämnden" in a sentence).
 */
export function trailingPublicStart(line: string): number | null {
  const text = line.trimEnd().replace(/[.;]$/u, '');
  const words = wordsOf(text);
  let start: number | null = null;
  const last = words.length - 1;
  for (const pattern of [BODY_HEAD, WEAK_HEAD]) {
    const from = last >= 1 && pattern.test(words[last]!.text) ? bodyStartBack(words, last) : null;
    if (from !== null) {
      start = words[from]!.start;
      break;
    }
  }
  const before = text.slice(0, start ?? text.length).trimEnd();
  const party = findPublicParties(before, { bare: false }).find((p) => p.start > 0 && p.end === before.length);
  return party?.start ?? start;
}

/** A row whose public cell comes last: the public cell cut off the end, the rest read as a row without it. */
function readPublicLastRow(line: Line, layout: Layout, known: string[]): Cell[] | null {
  const publicStart = trailingPublicStart(line.text);
  const end = line.text.trimEnd().length;
  const inner = readRow({ text: line.text.slice(0, publicStart ?? end), start: line.start }, { ...layout, roles: layout.roles.slice(0, -1), labels: layout.labels?.slice(0, -1), publicLast: false }, known);
  return inner && [...inner, sliceCell(line, publicStart ?? end, end)];
}

/**
 * sum before the period: a money column right before the period column ("Förening Verksamhet Belopp Period") holds the sum
 * that closes the row's text before its period ("Kvinnojouren Ekby Skyddat boende 450 000 kr 2024–2026"): the other
 * columns end before it, as they end before a last money column's sum.
 *   yes: "Ekby IF 120 000 kr 2023–2025" under "Förening Belopp Period" → "Ekby IF" | "120 000 kr" | "2023–2025"
 *   no:  the same row under "Förening Period Belopp" (the sum is the last column's), or under "Förening Period"
 */
function sumBeforePeriod(text: string, periodStart: number | undefined, layout: Layout): { start: number; end: number } | null {
  const periodColumn = layout.roles.indexOf('period');
  if (periodStart === undefined || periodColumn < 1 || layout.roles[periodColumn - 1] !== 'amount') return null;
  const sum = TRAILING_MONEY.exec(text.slice(0, periodStart));
  return sum ? { start: sum.index, end: sum.index + sum[0].trimEnd().length } : null;
}

/** One row's cells, or null when the line is not a row of this table. */
function readRow(line: Line, layout: Layout, known: string[]): Cell[] | null {
  if (layout.publicFirst) return readPublicFirstRow(line, layout, known);
  if (layout.publicLast) return readPublicLastRow(line, layout, known);
  const { moneyColumn, money, text } = cutMoney(line, layout);
  const period = readCellPeriods(text).find((p) => p.start > 0);
  const sum = money ? null : sumBeforePeriod(text, period?.start, layout);
  const limit = sum?.start ?? period?.start ?? text.length;
  const publicAt = layout.publicColumn === null ? null : publicSpan(text, limit, known);
  const ownerEnd = publicAt?.start ?? sum?.start ?? period?.start ?? (money ? text.length : undefined);
  if (ownerEnd === undefined) return null;
  const cells: Cell[] = layout.roles.map(() => sliceCell(line, text.length, text.length));
  if (money) cells[moneyColumn] = sliceCell(line, money.index, line.text.length);
  // An activity column between the organisation and the period ran into the organisation's cell: cut it off.
  // A target group written in sentence case ("Våldsutsatta kvinnor") ran in as an activity does; one in lower case
  // ("våldsutsatta kvinnor") cannot be told from a name's own lower-case words ("Kvinnojouren Lilja våldsutsatta …").
  const second = layout.publicColumn === null ? layout.roles[1] : null;
  const activity = second === 'description' || second === 'targetGroup' ? activityStart(text.slice(0, ownerEnd)) : null;
  cells[0] = sliceCell(line, 0, activity ?? ownerEnd);
  if (cells[0].text.split(/\s+/).length > MAX_OWNER_WORDS) return null;
  let restStart = period?.start ?? publicAt?.end ?? text.length;
  const status = STATUS_BEFORE.exec(text.slice(publicAt?.start ?? 0, restStart));
  if (period && status) restStart -= status[0].trimStart().length;
  if (layout.publicColumn !== null && publicAt) {
    cells[layout.publicColumn] = sliceCell(line, publicAt.start, sum?.start ?? restStart);
    known.push(cells[layout.publicColumn]!.text.toLowerCase());
  }
  if (money && !period && !publicAt) restStart = activity ?? text.length;
  if (layout.restColumn !== null && !(money && layout.restColumn === moneyColumn)) cells[layout.restColumn] = sliceCell(line, restStart, text.length);
  // The activity cut off the name is its column's text, and the period from there on the period column's
  // ("Kvinnojouren Tärnan | Våldsutsatta kvinnor | 2023–2025"), where the header gives a period column after it.
  const periodColumn = layout.roles.indexOf('period');
  if (activity !== null && period && layout.restColumn === 1 && periodColumn > 1 && !(money && periodColumn === moneyColumn)) {
    cells[1] = sliceCell(line, activity, ownerEnd);
    cells[periodColumn] = sliceCell(line, restStart, text.length);
  }
  if (sum) {
    cells[periodColumn - 1] = sliceCell(line, sum.start, sum.end);
    cells[periodColumn] = sliceCell(line, restStart, text.length);
  }
  return cells;
}

/**
 * The rows under a header line, one a line, from line `from` on; a line in lower case continues the row
 * above. Stops at a numbered heading, a header or a line that is not a row; `complete` says whether it
 * stopped at a heading, a header or the end (rather than at a line it could not read).
 */
export function readCollapsedRows(lines: readonly Line[], from: number, layout: Layout): { rows: Cell[][]; complete: boolean } {
  const rows: Cell[][] = [];
  const known: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (isBlank(line.text) || SEPARATOR_CELL.test(trimmed)) continue;
    if (isLabelLine(line.text) || isTotalLine(line.text) || (isHeading(line.text)?.depth ?? 99) < 99) break;
    const previous = rows.at(-1);
    if (STARTS_LOWER.test(trimmed) && previous) {
      // A wrapped description goes on in lower case.
      const last = previous.length - 1;
      previous[last] = joinCells(previous[last]!, sliceCell(line, 0, line.text.length));
      continue;
    }
    // An applicant turned down ("Ekbacka IF 50 000 Avslag") is no row, and the table goes on after it.
    if (layout.roles.at(-1) === 'amount' && isRefusedCell(/\S+$/u.exec(trimmed)?.[0] ?? '')) continue;
    const row = readRow(line, layout, known);
    if (!row) return { rows, complete: false };
    rows.push(row);
  }
  return { rows, complete: true };
}
