/**
 * Listings: a report or web list that lists partnerships in a table gives one partnership per row —
 * its idéburna parties, public parties, bodies, period, amounts and target groups — with the public
 * party of the section heading above the table applied to its rows ("3.1.4 Malmö stad", "Region Skåne").
 * Documents that list no partnerships give [] and are read as one partnership by the other extractors.
 */
import type { Amount, Field, PartnershipValues, Period } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { mergeCandidates, markConflict, type Candidate } from '../engine/candidate.js';
import { REVIEW_THRESHOLD } from '../engine/confidence.js';
import { perKey } from '../engine/memo.js';
import { findAmountMentions, perInText } from '../amounts/index.js';
import { GROUPED_KRONOR_CELL, headerUnit } from '../amounts/table.js';
import { findListingTables, joinCells, ownerColumn, type Cell, type ColumnRole, type ListingTable } from './table.js';
import { findRunTogetherTables } from './run-together.js';
import { findLabelledBlocks } from './labelled-blocks.js';
import { findLineLists } from './line-list.js';
import { findCards } from './cards.js';
import { findSectionsWithLeads } from './named-sections.js';
import { findParagraphRows } from './paragraphs.js';
import { findDashParagraphs } from './dash-paragraphs.js';
import { findEntries } from './entries.js';
import { findEnumerations } from './enumerations.js';
import { findSubjectSentences } from './subject-sentences.js';
import { extractPeriod, onlyGrantRoundYear } from '../period/index.js';
import { bodiesInEffect, findHeadings, partiesInEffect, type Heading } from './headings.js';
import { splitOrganisations, type OrganisationName } from './organisations.js';
import { readPartiesCell } from './parties-cell.js';
import { withoutCommonNoun } from '../parties/ideburna.js';
import { readPublicCell } from './public-cell.js';
import { completePeriod, readCellPeriods, readPeriodColumn, type CellPeriod } from './period-cell.js';
import { STRENGTH } from './strength.js';
import { isRefusedCell, isRemainderLine, isTotalLine } from './totals.js';
import { findLeadIns } from './lead-ins.js';
import { readOpeningSubject } from './opening-subject.js';
import { isPayingParty } from './paying-party.js';
import { PER_YEAR_WORDS } from './grant-words.js';
import { namedYearlyBefore } from './yearly-text.js';
import { leadLines, leadPeriod, onlyYear } from './lead-period.js';
import { activityTargetGroups, describedTargetGroups, listTargetGroups } from './list-target-groups.js';
import { listOrgan } from './list-organ.js';
import { sharedPeriodicity, withUnknownPer } from './shared-periodicity.js';
import { asksAndGrants, nothingGranted, grantsProjects, isGrantRound, listsSumsOnly, oneRowPerRecipient, saysGranted } from './grant-round.js';

/**
 * Reports and web lists (rapport, annat) are where listings are: a protocol, decision, tjänsteskrivelse or
 * agreement is about its own partnership, and a table of other IOPs in its background is not its subject.
 * Only when the document type is itself doubtful does a clear listing (a public or period column, a few
 * rows) count in such a document.
 */
const LISTING_DOC_TYPES = new Set(['rapport', 'annat']);
const DOUBTFUL_DOC_TYPE = 0.6;
const CLEAR_LISTING_ROWS = 3;
/**
 * An agreement is one partnership's text, and records or proposes no decision that a background list could stand
 * beside: a page read as one ("Kommunen har följande IOP-avtal:") that lists several partners, each with its own
 * period, is a listing however sure its type.
 */
const AGREEMENT_DOC_TYPE = 'overenskommelse';
const MIN_ROWS = 2;

export function extractListings(doc: DocText, ctx: ExtractContext): PartnershipValues[] {
  // Tables with their column gaps and tables whose gaps were lost; then lists of labelled blocks, which a report
  // may also use to present an example that its table lists again.
  // A table whose gaps were kept is read by both; its rows are the gapped reading's, not twice.
  const gapped = findListingTables(doc.text);
  const rowStarts = new Set(gapped.flatMap((table) => table.rows.map((row) => row[0]?.start)));
  const runTogether = findRunTogetherTables(doc.text).filter((table) => !table.rows.some((row) => rowStarts.has(row[0]?.start)));
  const tables = [...gapped, ...runTogether].filter((table) => isListing(table, ctx));
  const blocks = findLabelledBlocks(doc.text).filter((table) => isListing(table, ctx));
  // Lists of one name a line, and the layouts of prose, are only read where nothing else is: a table's own rows
  // may look like them. The prose layouts, having no column of their own, only in a report; the first that
  // finds rows is the document's.
  const mayList = LISTING_DOC_TYPES.has(ctx.docType.value) || ctx.docType.confidence < DOUBTFUL_DOC_TYPE || ctx.docType.value === AGREEMENT_DOC_TYPE;
  if (tables.length + blocks.length === 0 && !mayList) blocks.push(...findLineLists(doc.text).filter(grantsEachASum));
  if (tables.length + blocks.length === 0 && mayList) {
    blocks.push(...findLineLists(doc.text).filter((table) => isListing(table, ctx)));
    if (blocks.length === 0) blocks.push(...findCards(doc.text).filter((table) => isListing(table, ctx)));
    const prose = [
      () => findSectionsWithLeads(doc.text),
      () => findEntries(doc.text),
      () => findEnumerations(doc.text, ctx.parties.ideburna),
      () => findParagraphRows(doc.text, ctx.parties),
      () => findDashParagraphs(doc.text),
      () => findSubjectSentences(doc.text),
    ];
    for (const read of LISTING_DOC_TYPES.has(ctx.docType.value) ? prose : []) {
      if (blocks.length === 0) blocks.push(...read());
    }
  }
  if (tables.length + blocks.length === 0) return [];
  // Lead-ins ("Socialnämnden har IOP med:") put the rows after them under their body and party as headings do.
  const headings = [...findHeadings(doc.text), ...findLeadIns(doc.text)].sort((a, b) => a.start - b.start);
  let shared: Field<Period> | null | undefined;
  // A block's row is a partnership's own text; a grid's description cell summarises its activity in a few words.
  const read = (table: ListingTable, block: boolean) => {
    const kept = table.rows.filter((row) => !isTotalRow(row) && !isRefusedRow(table, row));
    let rows = kept.map((row) => ({ at: row[0]?.start ?? 0, values: readRow(doc, table, row, headings, ctx, block) }));
    if (!rows.some((row) => row.values.period !== null)) {
      shared = shared === undefined ? sharedPeriod(doc) : shared;
      // The period the list's lead paragraph states is the list's before the document's (lead-period.ts); a list of
      // grants made is dated by the one year its text names.
      const everyRowSums = rows.every((row) => row.values.amounts.length > 0);
      const first = rows[0];
      const grantsMade = table.granted === true || isGrantRound(table) || (everyRowSums && first !== undefined && grantedLead(doc.text, first.at));
      const lead = listLeadPeriod(doc, first?.at) ?? shared ?? (grantsMade ? textYear(doc) : null);
      // A year's round of grants dates a list of sums or of grants made, not a list of partners without them.
      const granted = grantsMade || everyRowSums;
      const period = lead && (granted || !onlyGrantRoundYear(doc, lead.value)) ? lead : null;
      rows = rows.map((row) => ({ ...row, values: { ...row.values, period } }));
    }
    // Asked only of a list with rows (withWholeListValue: no row lacks a value in an empty one).
    const firstRow = rows[0]?.at ?? 0;
    rows = withWholeListValue(doc, rows, 'targetGroups', (recipients) => listTargetGroups(doc, firstRow, recipients));
    // A body that decided the whole list, in a list of one public party's.
    if (ctx.parties.offentliga.length <= 1) rows = withWholeListValue(doc, rows, 'organ', (recipients) => listOrgan(doc, recipients));
    // Only once the row's period is settled (its own or the document's) can it say the sum is one year's.
    const paid = grantsProjects(table) ? rows.map((row) => ({ ...row, values: withUnknownPer(row.values, 'once') })) : rows;
    const dated = sharedPeriodicity(paid.map((row, i) => ({ ...row, values: calendarYearGrant(doc, kept[i]!, row.values) })));
    const described = dated.map((row, i) => ({ ...row, described: describesRow(table, kept[i]!) }));
    return isGrantRound(table) ? oneRowPerRecipient(described) : described;
  };
  const tabled = tables.flatMap((table) => read(table, false));
  const listed = blocks.flatMap((table) => read(table, true)).filter((row) => !tabled.some((other) => samePartnership(row.values, other.values)));
  const sorted = [...tabled, ...listed].sort((a, b) => a.at - b.at);
  const rows = (listsSumsOnly(sorted) ? oneRowPerRecipient(sorted) : sorted).map((row) => row.values).filter((p) => p.ideburna.length > 0);
  // One row is no listing: the document is about one partnership, which the other extractors read in full. Nor are rows
  // that all name the same partner ("Kvinnojouren Lund – 2021–2023", "Kvinnojouren Lund – 2024–2026"): one partnership's
  // terms, renewed, on a page about it.
  return rows.length >= MIN_ROWS && new Set(rows.map(partnerKey)).size >= MIN_ROWS ? rows : [];
}

/** The idéburna parties a row names, as one key. */
const partnerKey = (row: PartnershipValues) => [...new Set(row.ideburna.map((f) => nameKey(f.value)))].sort().join('|');

/**
 * Rows that name no value of `key` take the one the text states for their whole list, `read` from the list's recipients
 * (list-target-groups.ts, list-organ.ts), less surely than a cell's.
 */
function withWholeListValue<T extends { at: number; values: PartnershipValues }>(
  doc: DocText,
  rows: T[],
  key: 'targetGroups' | 'organ',
  read: (recipients: string[]) => Candidate<string>[],
): T[] {
  if (rows.every((row) => row.values[key].length > 0)) return rows;
  const found = read(rows.flatMap((row) => row.values.ideburna.map((f) => f.value)));
  if (found.length === 0) return rows;
  const value = mergeCandidates(doc, found);
  return rows.map((row) => (row.values[key].length > 0 ? row : { ...row, values: { ...row.values, [key]: value } }));
}

/** "Ekbacka IF | 50 000 | Avslag": an applicant turned down, its granted sum's cell saying so (in a grant round, "0" too). */
const isRefusedRow = (table: ListingTable, row: readonly Cell[]) =>
  row.some((cell, i) => table.roles[i] === 'amount' && (isRefusedCell(cell.text) || (asksAndGrants(table) && nothingGranted(cell.text))));

/** A row whose description cell says what its sum is for ("Mötesplats", "Läxhjälp"): one activity of its recipient's. */
const describesRow = (table: ListingTable, row: readonly Cell[]) => row.some((cell, i) => table.roles[i] === 'description' && /\p{L}/u.test(cell.text));

/** "Summa | | 650": the line of totals, its label in the first filled cell; "Ofördelat | 15 000", what is left of the pot, likewise. */
const isTotalRow = (row: readonly Cell[]) => {
  const label = row.find((cell) => /\S/.test(cell.text))?.text ?? '';
  return isTotalLine(label) || isRemainderLine(label);
};

/**
 * "2.3 Umeå kommun / Parter: Umeå pastorat, pingstkyrkan i Umeå och Umeå kommun" presents an example its table
 * lists again: a block naming an idéburen party of a table row, under the same public party, is that row.
 */
function samePartnership(a: PartnershipValues, b: PartnershipValues): boolean {
  const keys = (fields: readonly Field<string>[]) => new Set(fields.map((f) => nameKey(f.value)));
  const [ideburna, publicA, publicB] = [keys(b.ideburna), keys(a.offentliga), keys(b.offentliga)];
  const samePublic = publicA.size === 0 || publicB.size === 0 || [...publicA].some((k) => publicB.has(k));
  return samePublic && a.ideburna.some((f) => ideburna.has(nameKey(f.value)));
}

/**
 * "… får fortsatt stöd från stadsdelen fram till 31 december 2022", then the list: when no row of a list
 * states a period, the period the document states applies to them all, less surely than a row's own.
 */
function sharedPeriod(doc: DocText): Field<Period> | null {
  const period = extractPeriod(doc);
  if (!period) return null;
  const confidence = Math.min(period.confidence, STRENGTH.sharedPeriod);
  return { ...period, confidence, needsReview: period.needsReview || confidence < REVIEW_THRESHOLD };
}

/** The lead paragraph's period (lead-period.ts), as sure as the document's period for a list. */
function listLeadPeriod(doc: DocText, listStart: number | undefined): Field<Period> | null {
  return listPeriod(doc, listStart === undefined ? null : leadPeriod(doc.text, listStart), 'listing-lead-period');
}

/** The lead above a table of sums says they were granted (grant-round.ts: granted-lead): the block above its first row, or above that (its header's). */
function grantedLead(text: string, firstRow: number): boolean {
  const above = leadLines(text, firstRow);
  const further = above[0] ? leadLines(text, above[0].start) : [];
  return saysGranted([...further, ...above].map((line) => line.text).join(' '));
}

/** The one year a text on a round of grants names (lead-period.ts), as sure as the document's period for a list. */
const textYear = (doc: DocText) => listPeriod(doc, onlyYear(doc.text), 'listing-text-year');

function listPeriod(doc: DocText, found: CellPeriod | null, rule: string): Field<Period> | null {
  if (!found) return null;
  const [field] = mergeCandidates(doc, [{ value: found.period, key: JSON.stringify(found.period), rule, strength: STRENGTH.sharedPeriod, start: found.start, end: found.end }]);
  return field ?? null;
}

/**
 * In a report, any table with an organisation column lists partnerships ("Förening | Belopp" too); in
 * another document only a clear listing does, and only when its document type is doubtful.
 */
function isListing(table: ListingTable, ctx: ExtractContext): boolean {
  if (LISTING_DOC_TYPES.has(ctx.docType.value)) return true;
  const partnershipColumns = table.roles.some((role) => role === 'offentlig' || role === 'organ' || role === 'period');
  if (ctx.docType.confidence < DOUBTFUL_DOC_TYPE && partnershipColumns && table.rows.length >= CLEAR_LISTING_ROWS) return true;
  return ctx.docType.value === AGREEMENT_DOC_TYPE && listsPartnersWithPeriods(table);
}

/**
 * decision-point list: a protocol or decision may grant several organisations at once, one line each under a point that
 * says so ("• Följande föreningar beviljas bidrag ur verksamhet 491, …" then "Eke Hembygdsförening, materialkostnader
 * 6 000 kr"): each line is a grant of its own, though the document is a decision. Only a list its lead-in says was granted
 * (line-list.ts), CLEAR_LISTING_ROWS lines or more, each with its sum: a decision's list of members, of points or of
 * budget lines has no such lead-in or no sum on every line.
 */
function grantsEachASum(table: ListingTable): boolean {
  const amounts = table.roles.flatMap((role, i) => (role === 'amount' ? [i] : []));
  return table.granted === true && table.rows.length >= CLEAR_LISTING_ROWS && table.rows.every((row) => amounts.some((i) => (row[i]?.text ?? '') !== ''));
}

/** CLEAR_LISTING_ROWS rows or more, each naming another partner and giving a period of its own. */
function listsPartnersWithPeriods(table: ListingTable): boolean {
  const owner = ownerColumn(table.roles);
  const periods = table.roles.flatMap((role, i) => (role === 'period' ? [i] : []));
  const partners = new Set(table.rows.map((row) => nameKey(row[owner]?.text ?? '')));
  const dated = table.rows.every((row) => periods.some((i) => (row[i]?.text ?? '') !== ''));
  return owner >= 0 && table.rows.length >= CLEAR_LISTING_ROWS && partners.size === table.rows.length && dated;
}

const cellsWith = (table: ListingTable, row: Cell[], roles: readonly ColumnRole[]) =>
  row.filter((_, i) => roles.includes(table.roles[i] as ColumnRole));

/** Global span of a piece of a cell: exact where the cell is one line, the whole cell where lines were joined. */
function spanIn(cell: Cell, start: number, end: number): { start: number; end: number } {
  return cell.exact ? { start: cell.start + start, end: cell.start + end } : { start: cell.start, end: cell.end };
}

/** A cell its reader knows to hold one name, read whole. */
const oneName = (cell: Cell): OrganisationName => ({ name: cell.text.trim(), reading: 'whole', alias: null, start: 0, end: cell.text.trim().length });

/**
 * A name's key: lower case, single spaces. toLowerCase, not toLocaleLowerCase('sv'), here as in every listing reader:
 * Swedish has no case mapping of its own (the two agree on every code point), and the locale's call is some twenty
 * times slower, asked of every cell and line.
 */
const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');

function readRow(
  doc: DocText,
  table: ListingTable,
  row: Cell[],
  headings: readonly Heading[],
  ctx: ExtractContext,
  block: boolean,
): PartnershipValues {
  const partiesCells = cellsWith(table, row, ['parties']).map((cell) => ({ cell, read: readPartiesCell(cell.text) }));
  const organisationNames = (cell: Cell, names: readonly OrganisationName[]) =>
    names.map((n): Candidate<string> => {
      // "Föreningen X" is X where the text writes X alone, as the document's idéburna are (parties/ideburna.ts).
      const name = withoutCommonNoun(n.name, doc.text);
      return {
        value: name,
        key: nameKey(name),
        rule: `listing-organisation-${n.reading}`,
        strength: Math.min(STRENGTH.ideburen[n.reading], cell.exact ? 1 : STRENGTH.joinedCell),
        ...spanIn(cell, n.start, n.end),
      };
    });
  const ideburna = [
    ...cellsWith(table, row, ['ideburen']).flatMap((cell) => organisationNames(cell, cell.oneName ? [oneName(cell)] : splitOrganisations(cell.text))),
    ...partiesCells.flatMap(({ cell, read }) => organisationNames(cell, read.ideburna)),
  ];

  const inherited = partiesInEffect(headings, row[0]?.start ?? 0);
  const offentliga: Candidate<string>[] = inherited.map((p) => ({ value: p.name, key: nameKey(p.name), rule: 'listing-section-heading', strength: STRENGTH.headingParty, start: p.start, end: p.end }));
  const organ: Candidate<string>[] = [];
  for (const { cell, read } of partiesCells) {
    for (const p of read.offentliga) offentliga.push({ value: p.name, key: nameKey(p.name), rule: 'listing-parties-cell', strength: STRENGTH.cellParty, ...spanIn(cell, p.start, p.end) });
    for (const o of read.organ) organ.push({ value: o.name, key: nameKey(o.name), rule: 'listing-parties-cell', strength: STRENGTH.organ, ...spanIn(cell, o.start, o.end) });
  }
  for (const cell of cellsWith(table, row, ['offentlig', 'organ'])) {
    // A bare place name ("Vård- och omsorgsförvaltningen Lund") names the kommun only when nothing else does.
    const read = readPublicCell(cell.text, { bare: inherited.length === 0 });
    for (const p of read.offentliga) {
      const strength = p.designated ? STRENGTH.cellParty : STRENGTH.bareCellParty;
      offentliga.push({ value: p.name, key: nameKey(p.name), rule: 'listing-public-cell', strength, ...spanIn(cell, p.start, p.end) });
    }
    for (const o of read.organ) organ.push({ value: o.name, key: nameKey(o.name), rule: 'listing-public-cell', strength: STRENGTH.organ, ...spanIn(cell, o.start, o.end) });
  }
  // A row whose cells name no body runs under the body of its section heading ("Socialnämnden"), else under the
  // body or party its own prose opens with ("Socialnämnden har ett IOP med …").
  if (organ.length === 0) {
    for (const o of bodiesInEffect(headings, row[0]?.start ?? 0)) organ.push({ value: o.name, key: nameKey(o.name), rule: 'listing-section-body', strength: STRENGTH.headingBody, start: o.start, end: o.end });
  }
  for (const cell of cellsWith(table, row, ['description'])) {
    const opening = readOpeningSubject(cell.text);
    if (organ.length === 0 && opening.organ) organ.push({ ...opening.organ, key: nameKey(opening.organ.value), rule: 'listing-description-subject', strength: STRENGTH.subject, ...spanIn(cell, opening.organ.start, opening.organ.end) });
    if (offentliga.length === 0 && opening.offentlig) offentliga.push({ ...opening.offentlig, key: nameKey(opening.offentlig.value), rule: 'listing-description-subject', strength: STRENGTH.subject, ...spanIn(cell, opening.offentlig.start, opening.offentlig.end) });
  }

  // A kommun the document merely names ("Stockholms stads nämnder kan ingå IOP") is no party of each row it lists;
  // but a row whose own cell names its body ("Fritidsnämnden" under "Ansvarig nämnd") is a public party's, and the
  // one kommun the page names ("… som Umeå kommun vill medverka i") is the one whose body that is.
  // Only a column the table's header labels counts: a list's lead-in ("Aktuella partnerskap i upplevelsenämnden")
  // gives no body of each row's own, and the kommun such a page "names" may be a name's part ("… stads hembygdsförening").
  const bodyInRow = table.labels !== undefined && organ.some((o) => o.rule === 'listing-public-cell');
  // So is one the page names as the money's giver, or whose own board decides (paying-party.ts).
  const paying = () => ctx.parties.offentliga.length === 1 && isPayingParty(doc.text, ctx.parties.offentliga[0]!.value, [...organ.map((o) => o.value), ...ctx.parties.organ.map((o) => o.value)]);
  const documentParties = ctx.parties.offentligaOnlyNamed && !bodyInRow && !paying() ? [] : ctx.parties.offentliga;
  const publicFields = offentliga.length > 0 ? mergeCandidates(doc, offentliga) : documentOnly(documentParties);
  const publicName = publicFields[0]?.value ?? null;
  return {
    ideburna: mergeCandidates(doc, ideburna),
    offentliga: publicFields,
    // The document's one body is a row's only in a list of one public party's partnerships.
    organ: organ.length > 0 ? mergeCandidates(doc, organ) : ctx.parties.offentliga.length <= 1 ? documentOnly(ctx.parties.organ) : [],
    amounts: readAmounts(doc, table, row, publicName),
    period: readPeriod(doc, table, row),
    extension: null,
    targetGroups: mergeCandidates(doc, readTargetGroups(doc, table, row, block)),
  };
}

/**
 * The row's target-group cell, else, in a list of blocks, the groups the block's prose names (its description, and a
 * label's value run on into paragraphs: list-target-groups.ts describedTargetGroups), in a grid the people its activity
 * cell names ("Dagverksamhet för personer i hemlöshet": activityTargetGroups).
 */
function readTargetGroups(doc: DocText, table: ListingTable, row: Cell[], block: boolean): Candidate<string>[] {
  const cells = cellsWith(table, row, ['targetGroup']).filter((cell) => /\p{L}/u.test(cell.text));
  if (cells.length === 0 && block) return describedTargetGroups(doc, cellsWith(table, row, ['description', 'period']));
  if (cells.length === 0) return cellsWith(table, row, ['description']).flatMap((cell) => activityTargetGroups(cell.text).map((c) => ({ ...c, ...spanIn(cell, c.start, c.end) })));
  return cells.map((cell) => ({ value: cell.text.replace(/\s+/g, ' ').replace(/[.;]$/, ''), key: nameKey(cell.text), rule: 'listing-target-cell', strength: STRENGTH.targetGroup, start: cell.start, end: cell.end }));
}

/**
 * A municipality's list of its own partnerships names itself (or the body that runs them) once, in the
 * document, not per row: for a row that names none, the document's one public party or body (if it has
 * exactly one) applies.
 */
function documentOnly(named: readonly Field<string>[]): Field<string>[] {
  const [own, ...others] = named;
  if (!own || others.length > 0) return [];
  const confidence = Math.min(own.confidence, STRENGTH.documentParty);
  return [{ value: own.value, confidence, needsReview: confidence < REVIEW_THRESHOLD, evidence: own.evidence }];
}

const LEADING_PERIOD = /^[\s(]*(?:\p{Lu}{4,}[.:]?\s*)?$/u;

/** The period column's period, else the first period a description states; a second period in the cell is flagged. */
function readPeriod(doc: DocText, table: ListingTable, row: Cell[]): Field<Period> | null {
  // "Startdatum | Slutdatum": two period columns read as one range.
  const periodCells = cellsWith(table, row, ['period']);
  const periodCell = periodCells.length > 0 ? [periodCells.reduce((a, b) => joinCells(a, b, ' – '))] : [];
  const sources = [
    { cells: periodCell, read: readPeriodColumn, strength: STRENGTH.periodColumn },
    { cells: cellsWith(table, row, ['description', 'targetGroup', 'amount']), read: (text: string) => completePeriod(readCellPeriods(text)), strength: STRENGTH.periodInDescription },
  ];
  for (const { cells, read, strength } of sources) {
    for (const cell of cells) {
      const [found, ...later] = read(cell.text);
      if (!found) continue;
      // A description that opens with the period (after a status label: "AVSLUTAD. 2019–2022.") states it
      // as the row's; later in prose it may be another's.
      const leading = read === readPeriodColumn || LEADING_PERIOD.test(cell.text.slice(0, found.start));
      const candidate: Candidate<Period> = {
        value: found.period,
        key: JSON.stringify(found.period),
        rule: leading ? 'listing-period-cell' : 'listing-period-in-text',
        strength: leading ? strength : STRENGTH.periodLaterInText,
        ...spanIn(cell, found.start, found.end),
      };
      const [field] = mergeCandidates(doc, [candidate]);
      // "2021–2022 (Förnyad 2022-04-01–2023-03-31)": the row gives another period too; a reviewer decides.
      const another = later.some((p) => JSON.stringify(p.period) !== candidate.key);
      return another ? markConflict(field!) : field!;
    }
  }
  return null;
}

/**
 * calendar-year-grant: a listed sum whose words say nothing of how often it is paid, on a row whose period is exactly one
 * calendar year ("Verksamhetsbidrag 2024: …", "Det här får föreningarna 2016", a lead-in "… föreningsbidrag för 2023"), is that
 * year's grant: per "year" (SCHEMA.md: a grant for one named year is that year's). Not where the row or the text just before it
 * marks the money as paid once (ONE_OFF_MARK): an investment or one-off grant for 2024 is "once", which the amounts module
 * reads where the words are the sum's own; here it only keeps the rule from guessing.
 *   yes: "Socialnämnden har beslutat om föreningsbidrag för 2023. … Brottsofferjouren 104 788 kr" (period 2023-01-01–2023-12-31)
 *   no:  "Engångsbidrag 2024: Föreningen A 25 000 kr"; "Investeringsbidrag 2007 …"; a period 2022-01-01–2023-12-31 or to 2022-12-31
 */
const ONE_OFF_MARK = /(?<![\p{L}])(?:engångs|investerings)\p{L}*|(?<![\p{L}])en\s+gång(?![\p{L}])/iu;
/** How far before a row a list's heading or lead-in that names the grant as a one-off may stand. */
const ONE_OFF_REACH = 400;
const CALENDAR_YEAR_START = /^(\d{4})-01-01$/u;

function isOneCalendarYear(period: Period | undefined): boolean {
  const year = period?.start?.match(CALENDAR_YEAR_START)?.[1];
  return year !== undefined && period?.end === `${year}-12-31` && !period.openEnded;
}

function calendarYearGrant(doc: DocText, row: readonly Cell[], values: PartnershipValues): PartnershipValues {
  if (!isOneCalendarYear(values.period?.value) || !values.amounts.some((a) => a.value.per === 'unknown')) return values;
  const start = row[0]?.start ?? 0;
  const end = Math.max(start, ...row.map((cell) => cell.end));
  if (ONE_OFF_MARK.test(doc.text.slice(Math.max(0, start - ONE_OFF_REACH), end))) return values;
  return withUnknownPer(values, 'year');
}

const BARE_NUMBER = /^\s*\d[\d\s.,]*$/u;

/** Money a row's description says funds it ("Kommunen bidrar med 1,2 mnkr per år") counts when its sentence is about funding. */
const FUNDING_RELEVANCE = 0.8;
/**
 * A description's funding sums, by its text: a list that stands in many documents (versions and copies of one report)
 * repeats its descriptions word for word; over the bench corpus 7,320 rows' descriptions were 286 texts.
 */
const descriptionSums = perKey((text: string) => findAmountMentions(text).filter((m) => m.relevance >= FUNDING_RELEVANCE), 1000);

function readAmounts(doc: DocText, table: ListingTable, row: Cell[], payer: string | null): Field<Amount>[] {
  const described = cellsWith(table, row, ['description']).flatMap((cell) =>
    descriptionSums(cell.text).map((m): Candidate<Amount> => {
      const amount: Amount = { sek: m.sek, per: m.per?.per ?? 'unknown', payer };
      return { value: amount, key: `${amount.sek}/${amount.per}`, rule: 'listing-amount-in-description', strength: STRENGTH.amountInDescription, ...spanIn(cell, m.start, m.end) };
    }),
  );
  const candidates = row.flatMap((cell, column) => {
    if (table.roles[column] !== 'amount') return [];
    const label = table.labels?.[column] ?? '';
    // "500" under "Belopp (tkr)" is 500 tkr; "800 000" under "Belopp per år" is kronor.
    const unit = headerUnit(label)?.word;
    const text = unit && BARE_NUMBER.test(cell.text) ? `${cell.text} ${unit}` : !unit && (GROUPED_KRONOR_CELL.test(cell.text) || (cell.kronor && BARE_NUMBER.test(cell.text))) ? `${cell.text} kr` : cell.text;
    return findAmountMentions(text).map((m): Candidate<Amount> => {
      // A cell read alone may not see what its text says of the sum ("Se hur de 6,7 miljonerna fördelades: …"): the text's reading.
      const inText = cell.exact && text === cell.text ? perInText(doc.text, cell.start + m.start, cell.start + m.end) : null;
      const amount: Amount = { sek: m.sek, per: m.per?.per ?? inText ?? (PER_YEAR_WORDS.test(label) || cell.yearly || namedYearlyBefore(doc.text, cell.start) ? 'year' : cell.total ? 'total' : 'unknown'), payer };
      return { value: amount, key: `${amount.sek}/${amount.per}`, rule: 'listing-amount-cell', strength: STRENGTH.amount, ...spanIn(cell, m.start, Math.min(m.end, cell.text.length)) };
    });
  });
  return mergeCandidates(doc, [...candidates, ...described]);
}
