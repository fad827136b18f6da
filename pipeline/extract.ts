/**
 * The extract stage: clean pages in, a DocumentResult (the contract) out. Pure: no files, no database.
 * The document is cut into matters (pipeline/matters); each matter is read on its own span — a protocol's
 * item together with the protocol's header — classified (extractors/kind), and a partnership matter gets
 * every value from its own span. Extractors run in dependency order; each is one module under extractors/.
 */
import type { DocumentResult, DocType, Field, Matter, MatterKind, Partnership, PartnershipValues } from './contract.js';
import type { Page } from './read/types.js';
import { DocText } from '../extractors/engine/doc-text.js';
import type { ExtractContext } from '../extractors/engine/context.js';
import { calibrateResult } from '../extractors/engine/calibration.js';
import { REVIEW_THRESHOLD } from '../extractors/engine/confidence.js';
import { extractDocType } from '../extractors/doctype/index.js';
import { digestTitle } from '../extractors/doctype/rules.js';
import { extractDiarienummer } from '../extractors/diarienummer/index.js';
import { extractParties, meetingBody } from '../extractors/parties/index.js';
import { extractDecision } from '../extractors/decision/index.js';
import { extractAmounts } from '../extractors/amounts/index.js';
import { extractPeriod } from '../extractors/period/index.js';
import { extractExtension } from '../extractors/extension/index.js';
import { extractTargetGroups } from '../extractors/target-groups/index.js';
import { extractListings } from '../extractors/listings/index.js';
import { classifyMatter, cuedKind, isLookAlike, recipientCounts, recipientIn, titleKind, type KindVerdict } from '../extractors/kind/index.js';
import { GRANT_CALL, PARTY_SIGNED, STATE_GRANT } from '../extractors/kind/rules.js';
import type { Parties } from '../extractors/engine/context.js';
import { segment, spanPosition, viewOf, type MatterSpan, type Span } from './matters/index.js';


export function extractDocument(source: string, pages: readonly Pick<Page, 'number' | 'text'>[], paged: boolean): DocumentResult {
  return calibrateResult(extractUncalibrated(source, pages, paged));
}

/** Extraction with the rules' raw confidence, before calibration: what `npm run fit-calibration` fits on. */
export function extractUncalibrated(source: string, pages: readonly Pick<Page, 'number' | 'text'>[], paged: boolean): DocumentResult {
  const doc = new DocText(pages, paged);
  const docType = extractDocType(doc);
  const { header, matters } = segment(doc, docType.value);
  return header ? extractProtocol(source, doc, docType, header, matters) : extractSingle(source, doc, docType);
}

/** A found matter for the contract's document-level list. */
function matterEntry(doc: DocText, span: MatterSpan, verdict: KindVerdict, partnership: number | null): Matter {
  return { paragraph: span.paragraph, title: span.title, kind: verdict.kind, confidence: verdict.confidence, rule: verdict.rule, partnership, ...spanPosition(doc, span) };
}

function kindField(doc: DocText, verdict: KindVerdict & { kind: MatterKind }, evidence: Span): Field<MatterKind> {
  return {
    value: verdict.kind,
    confidence: verdict.confidence,
    needsReview: verdict.confidence < REVIEW_THRESHOLD,
    evidence: evidence.end > evidence.start ? [doc.evidence(evidence.start, evidence.end)] : [],
  };
}

/** Parties, money, period and target groups, all read from one text (a matter's view, or a whole document). */
function partnershipValues(text: DocText, ctx: ExtractContext): PartnershipValues {
  return {
    ideburna: ctx.parties.ideburna,
    offentliga: ctx.parties.offentliga,
    organ: ctx.parties.organ,
    amounts: extractAmounts(text, ctx),
    period: extractPeriod(text),
    extension: extractExtension(text),
    targetGroups: extractTargetGroups(text),
  };
}

/**
 * A whole protocol: one partnership per item that is a partnership matter, every value from that item and
 * the header. The protocol itself has no one case number or decision. An item that names no body of its own is
 * the meeting's, where the protocol names the meeting's body outside its header too (meetingBody: the body that
 * approves its agenda).
 */
function extractProtocol(source: string, doc: DocText, docType: Field<DocType>, header: Span, spans: MatterSpan[]): DocumentResult {
  const partnerships: Partnership[] = [];
  let meeting: Field<string> | null | undefined;
  const matters = spans.map((span) => {
    const verdict = classifyItem(doc, span, header);
    if (!verdict.kind) return matterEntry(doc, span, verdict, null);
    const view = viewOf(doc, [header, span]);
    const parties = withTitledRecipient(doc, span, verdict, extractParties(view));
    if (parties.organ.length === 0) meeting ??= meetingBody(doc);
    const ctx: ExtractContext = { docType, parties: parties.organ.length === 0 && meeting ? { ...parties, organ: [meeting] } : parties };
    partnerships.push({
      kind: kindField(doc, { ...verdict, kind: verdict.kind }, headingLine(doc.text, span)),
      paragraph: span.paragraph,
      diarienummer: extractDiarienummer(view).own,
      decision: extractDecision(view, ctx),
      ...partnershipValues(view, ctx),
    });
    return matterEntry(doc, span, verdict, partnerships.length - 1);
  });
  return { source, docType, diarienummer: [], diarienummerRefs: [], decision: null, partnerships, matters };
}

/**
 * An item's kind. The rules ask whether the item names an idéburen party only once a kind's cue has fired, so
 * the item's parties are read only then: most items of a protocol are about something else.
 */
function classifyItem(doc: DocText, span: MatterSpan, header: Span): KindVerdict {
  const matter = { title: span.title, text: doc.text.slice(span.start, span.end) };
  const cued = classifyMatter({ ...matter, ideburna: 1 });
  if (!cued.kind) return span.reported && !isLookAlike(cued) ? reportedKind(doc, span, header, cued) : cued;
  const ideburna = extractParties(viewOf(doc, [span])).ideburna.length;
  return ideburna > 0 ? cued : classifyMatter({ ...matter, ideburna });
}

/**
 * A section of a meeting's report whose headline names no kind ("Läxhjälp för att stärka barn och föräldrar" /
 * "Socialnämnden påbörjar ett IOP med Bergsjön Studiecenter Läxhjälpen …"): read as a page of one matter
 * is, where it names an idéburen party; failing a rule, by the form it names, the report's lead read with it
 * ("beslutade … om två nya överenskommelser om IOP" over "I det nya avtalet ingår kurser" is an IOP). A section
 * that names no party ("Ny taxa för lokaler") or no form stays no matter.
 */
function reportedKind(doc: DocText, span: MatterSpan, header: Span, verdict: KindVerdict): KindVerdict {
  const text = doc.text.slice(span.start, span.end);
  const ideburna = extractParties(viewOf(doc, [span])).ideburna.length;
  if (ideburna === 0) return verdict;
  const asPage = classifyMatter({ title: null, text, ideburna });
  if (asPage.kind || isLookAlike(asPage)) return asPage;
  if (!cuedKind(text)) return verdict;
  return cuedKind(`${doc.text.slice(header.start, header.end)}\n${text}`) ?? verdict;
}

/** A recipient read from an item's title only: a name without the organisation words the parties extractor knows. */
const TITLED_RECIPIENT_CONFIDENCE = 0.6;

/**
 * A grant, loan or guarantee item whose kind stood on the recipient its title names ("Västerviks Ishockeyklubb
 * ansökan om marknadsföringsbidrag", "Svar på ansökan om borgen till Borlänge Flygklubb") while the parties extractor found no
 * idéburen organisation in the item: that name is the item's idéburen party, for a reviewer to confirm.
 */
function withTitledRecipient(doc: DocText, span: MatterSpan, verdict: KindVerdict, parties: Parties): Parties {
  if (parties.ideburna.length > 0 || span.title === null || !recipientCounts(verdict, span.title)) return parties;
  const name = recipientIn(span.title);
  const at = name === null ? -1 : doc.text.indexOf(name, span.start);
  if (name === null || at < 0 || at >= span.end) return parties;
  const field = { value: name, confidence: TITLED_RECIPIENT_CONFIDENCE, needsReview: true, evidence: [doc.evidence(at, at + name.length)] };
  return { ...parties, ideburna: [field] };
}

/** An item's heading line ("§ 173  Dnr GA 2024-00213"): the kind's evidence points at the item. */
function headingLine(text: string, span: MatterSpan): Span {
  const lineEnd = text.indexOf('\n', span.start);
  return { start: span.start, end: lineEnd < 0 || lineEnd > span.end ? span.end : lineEnd };
}

/**
 * A document of one matter (or a report of listed rows): its own case numbers and decision are the matter's.
 * It yields a partnership when it is a partnership matter, or when it names the form (IOP, an agreement, a
 * grant) and states its terms (a period or money) though the party goes unnamed ("vår förening").
 */
function extractSingle(source: string, doc: DocText, typed: Field<DocType>): DocumentResult {
  const { own, refs } = extractDiarienummer(doc);
  const parties = extractParties(doc);
  const verdict = classifyMatter({ title: null, text: doc.text, ideburna: parties.ideburna.length });
  // A page the frame reads as something else (a state agency's grants, information) is no report of partnerships,
  // however many organisations it lists: its type is read again without its lists.
  const docType = typed.value === 'rapport' && isLookAlike(verdict) ? extractDocType(doc, { listsNone: true }) : typed;
  const ctx: ExtractContext = { docType, parties };
  const decision = extractDecision(doc, ctx);
  const whole: MatterSpan = { start: 0, end: doc.text.length, paragraph: decision?.value.paragraph ?? null, title: null };
  const base = { source, docType, diarienummer: own, diarienummerRefs: refs, decision };
  const matter = (kind: KindVerdict & { kind: MatterKind }, values: PartnershipValues): Partnership => ({
    kind: kindField(doc, kind, { start: 0, end: 0 }),
    paragraph: whole.paragraph,
    diarienummer: own,
    decision,
    ...values,
  });

  const fromListing = extractListings(doc, ctx);
  // A call for applications lists example sums or a scheme's levels ("Liten förening 5 000 kr"): no grants given. A state
  // agency's list of grants ("Dessa 6 medlemsföreningar beviljades stöd" under "Besked från Boverket") on a page that names
  // no kommun, region or municipal body lists grants made by no public party of SCHEMA's: no partnerships.
  const listed = NO_LISTING_RULES.has(verdict.rule) ? [] : fromListing.length > 0 ? fromListing : grantListRows(doc, ctx, verdict);
  if (listed.length > 0) {
    // A report's rows are its matters; they are of the kind the document names, else the kind its heading names
    // ("Verksamhetsbidrag 2025" over a table of föreningar and sums), else an IOP list, the commonest.
    const kind = verdict.kind ? { ...verdict, kind: verdict.kind } : (titleKind(doc.text) ?? { ...verdict, kind: 'iop' as const, confidence: 0.5 });
    return { ...base, docType: listedType(docType, listed), partnerships: listed.map((row) => matter(kind, row)), matters: rowMatters(doc, whole, listed, kind) };
  }

  const read = partnershipValues(doc, ctx);
  const kind = singleKind(verdict, parties.ideburna.length > 0, read.period !== null || read.amounts.length > 0, doc.text);
  if (!kind) return { ...base, partnerships: [], matters: [matterEntry(doc, whole, verdict, null)] };
  // A partnership's page whose parties extractor kept no idéburen party: the one organisation it names (Parties.ideburenOnlyNamed).
  const values = read.ideburna.length === 0 && parties.ideburenOnlyNamed ? { ...read, ideburna: [parties.ideburenOnlyNamed] } : read;
  const rows = docType.value === 'rapport' ? partyRows(values) : [];
  if (rows.length > 0) return { ...base, partnerships: rows.map((row) => matter(kind, row)), matters: rowMatters(doc, whole, rows, kind) };
  return { ...base, docType: digestType(doc, docType), partnerships: [matter(kind, values)], matters: [matterEntry(doc, whole, kind, 0)] };
}

/** A digest typed as a protocol: the nearest type, not its own (as an agenda, extractors/doctype/index.ts). */
const DIGEST_PROTOCOL_CONFIDENCE = 0.6;

/**
 * A digest of a meeting's decisions ("Regionstyrelsen i korthet 170126", doctype/rules.ts digestTitle) that records a
 * partnership matter is the meeting's record of it: SCHEMA's whole protocol, one entry per matter. A digest without one
 * stays annat, as does a page of another type.
 */
function digestType(doc: DocText, docType: Field<DocType>): Field<DocType> {
  const title = docType.value === 'annat' ? digestTitle(doc.text) : undefined;
  if (!title) return docType;
  return { value: 'protokoll', confidence: DIGEST_PROTOCOL_CONFIDENCE, needsReview: true, evidence: [doc.evidence(title.start, title.end)] };
}

/** Look-alike rules whose pages' lists are of no partnerships: a call for applications, a state agency's grants. */
const NO_LISTING_RULES: ReadonlySet<string> = new Set([GRANT_CALL, STATE_GRANT]);

/** A report's rows as its matters, each placed at its organisation's first mention. */
function rowMatters(doc: DocText, whole: MatterSpan, rows: readonly PartnershipValues[], kind: KindVerdict & { kind: MatterKind }): Matter[] {
  return rows.map((row, i): Matter => {
    const at = row.ideburna[0]?.evidence[0];
    const span = { paragraph: null, title: row.ideburna[0]?.value ?? null, kind: kind.kind, confidence: kind.confidence, rule: kind.rule, partnership: i };
    return at ? { ...span, page: at.page, start: at.start, endPage: at.page, end: at.end } : { ...span, ...spanPosition(doc, whole) };
  });
}

/**
 * A report (SCHEMA.md: one entry per listed partnership) whose listing reader found no rows but whose text names
 * several idéburen parties ("Bidrag går till Babettes vänner, Karil och Kulturföreningen Gaphals"): one row per
 * party, sharing the page's organ, public party and period. Its sums stay out: which party gets which is not read. So
 * do its target groups: people the page speaks of anywhere are no one row's (a news page on a round of grants names
 * whom the kommun's work is for, a förening's members, who may apply); a listing reads a group stated for a whole list
 * (listings/list-target-groups.ts), this reading finds no list.
 */
function partyRows(values: PartnershipValues): PartnershipValues[] {
  if (values.ideburna.length < REPORT_ROWS) return [];
  return values.ideburna.map((party) => ({ ...values, ideburna: [party], amounts: [], targetGroups: [] }));
}

/** Rows it takes to make a page a list of partnerships: one row is the page's own matter. */
const REPORT_ROWS = 2;
/** Typed from its rows, not its wording: a reviewer should look. */
const LISTED_REPORT_CONFIDENCE = 0.6;

/**
 * A page no type rule recognised ("annat") whose rows the listing reader read — a news item that names each
 * förening of a grant round with its sum — lists several partnerships: SCHEMA's report. A page of one row stays
 * what it was.
 */
function listedType(docType: Field<DocType>, rows: readonly PartnershipValues[]): Field<DocType> {
  if (docType.value !== 'annat' || rows.length < REPORT_ROWS) return docType;
  const evidence = rows.flatMap((row) => row.ideburna[0]?.evidence.slice(0, 1) ?? []).slice(0, 1);
  return { value: 'rapport', confidence: LISTED_REPORT_CONFIDENCE, needsReview: LISTED_REPORT_CONFIDENCE < REVIEW_THRESHOLD, evidence };
}

/** Document types whose tables the listing reader reads as rows anyway: a second reading would find nothing more. */
const LISTED_TYPES: ReadonlySet<DocType> = new Set(['rapport', 'annat']);
/** A grant list has rows enough to be a list; one row is the document's own matter. */
const MIN_GRANT_ROWS = 2;

/**
 * A protocol extract or a tjänsteskrivelse that is only a grant list — a heading that names a grant
 * ("Fördelning av verksamhetsbidrag 2025", "Beviljade bidrag till pensionärsorganisationer") over a table or
 * lines of föreningar and their sums, no sentence saying who grants what — lists its matters as a report does,
 * though its type keeps the listing reader from reading it as one: its rows are read as a report's, kept only
 * when there are two or more and each is one organisation with a sum. Not a page a look-alike rule recognises
 * (grant rules, a budget), nor a list without sums (members, contacts), nor sums for budget lines or companies
 * (no organisation the listing reader knows), nor applicants turned down (the listing reader passes them over).
 */
function grantListRows(doc: DocText, ctx: ExtractContext, verdict: KindVerdict): PartnershipValues[] {
  if (LISTED_TYPES.has(ctx.docType.value) || isLookAlike(verdict) || titleKind(doc.text)?.kind !== 'bidrag') return [];
  const rows = extractListings(doc, { ...ctx, docType: { ...ctx.docType, value: 'rapport' } });
  const granted = rows.every((row) => row.ideburna.length === 1 && row.amounts.length > 0);
  return rows.length >= MIN_GRANT_ROWS && granted ? rows : [];
}

/**
 * Where no rule names the kind of a document's one matter, nor its heading lines, nor any form its text names
 * (cuedKind: IOP, else the agreement or grant it names more often): an IOP, at a confidence that asks for review.
 */
const UNNAMED_KIND = { kind: 'iop', confidence: 0.3, rule: 'unnamed-kind' } as const;

/**
 * A document of one matter is a partnership matter when the rules give it a kind; failing that, when it
 * names an idéburen party (a protocol extract about a förening's premises) and a form (IOP, an agreement, a
 * grant, premises) or its terms — not a page that names a förening and only its wish ("Kvinnojouren begär
 * ett högre anslag från kommunen"); or when it names an agreement or IOP and states its terms though the party
 * goes unnamed ("vår förening", 140 000 kronor/år) — not a grant, which is one only for a named recipient — or is the party's own report of the agreement it signed ("Idag
 * har vi tecknat ett IOP-avtal med Östersunds kommun"). A page that names neither — guidelines, a
 * procurement, a conference about IOP — describes none, nor does one a look-alike rule recognises (a
 * procurement won by föreningar).
 */
function singleKind(verdict: KindVerdict, namesParty: boolean, statesTerms: boolean, text: string): (KindVerdict & { kind: MatterKind }) | null {
  if (verdict.kind) return { ...verdict, kind: verdict.kind };
  if (isLookAlike(verdict)) return null;
  if (namesParty) return titleKind(text) ?? cuedKind(text) ?? (statesTerms ? UNNAMED_KIND : null);
  if (verdict.rule !== 'no-ideburen-party' || !(statesTerms || PARTY_SIGNED.test(text))) return null;
  // A grant is one decided for a named organisation (SCHEMA.md): a grant's terms with no recipient named are a
  // scheme's or a distribution's to come ("Stöd till särskilda arrangemang", föreningsbidrag to be shared out).
  const cued = cuedKind(text);
  return cued?.kind === 'bidrag' ? null : { ...(cued ?? UNNAMED_KIND), confidence: 0.5 };
}
