/**
 * Step 2 of confidence (see confidence.ts): every value's raw confidence becomes an estimate of how often
 * such values — same field, same raw-confidence bin, same cell: a context (a listing's row, running text, or a
 * document in which no partnership was read) refined by the value's variant (a type, a name written once or more: VARIANTS)
 * — were right on the development set, counted in documents, not values (one long listing must not speak for
 * every document). Each cell leans on the field's other cells, and they on the raw confidence:
 *     elsewhere  = (right elsewhere + PRIOR_DOCUMENTS · (raw − UNSEEN_SOURCE_DISCOUNT)) / (documents elsewhere + PRIOR_DOCUMENTS)
 *     calibrated = (right here      + PRIOR_DOCUMENTS · elsewhere)                     / (documents here      + PRIOR_DOCUMENTS)
 * so a cell needs documents of its own to move far from what the rest of the devset says, and a value is
 * vouched for by the sources it was right in, not by its rule's tuned strength. The counts include each promoted
 * blind set's FIRST run (fixtures/first-runs: the values the extractors read before any rule was written from the
 * set), each a source of its own beside the set as it is read today: the development sources say how often a value
 * is right on documents its rules were tuned on, the first runs how often on documents nobody had seen, and a bin
 * vouches (≥ 0.9) only if both kinds of source were right there. Leave-one-set-out over the first runs, ≥ 0.9 right
 * / wrong flagged / all flagged: without them .713 / .803 / .707, with them .883 / .943 / .790 (the development
 * set's leave-one-document-out load .558 → .704: the price). The counts are
 * in calibration.json, written by `npm run fit-calibration` (calibration-fit.ts). Then needsReview is decided
 * once, on the calibrated value, plus the review rules (review-rules.ts) and any flag an extractor set on a
 * value it was otherwise sure of (a conflict, a contradiction).
 */
import type { DocumentResult, Field, Partnership } from '../../pipeline/contract.js';
import fitted from './calibration.json' with { type: 'json' };
import { CALIBRATION_BINS, MAX_CONFIDENCE, PRIOR_DOCUMENTS, REVIEW_THRESHOLD, UNSEEN_SOURCE_DISCOUNT, UNVOUCHED_CONFIDENCE } from './confidence.js';
import { reviewReasons, sumShaped, type CalibratedField } from './review-rules.js';

/**
 * Where a value was read: a row of a listing (a report's table of partnerships, read cell by cell), running
 * text (a protocol, a tjänsteskrivelse, an agreement), or — for the document's own values (type, case
 * numbers, decision) — a bare document, one in which no partnership was read at all, or none but in doubt (a guessed
 * kind, a listing in doubt: first runs left out whole .971 / .990 / .857 → .974 / .992 / .860). Listing rules and
 * prose rules err differently; and a document the rules found nothing in is one they do not understand,
 * so a type read there (often "annat", by elimination) is worth less than the same type beside a
 * partnership (devset: "annat" with nothing read right 4 of 6 times, beside a partnership 26 of 26). A listing's
 * row naming the same idéburna, public parties and period as another row is a twin row: one organisation under two headings of a list (two
 * grants, or one partnership listed twice), which a reviewer merges or keeps apart (review-rules.ts).
 * A matter is a partnership read from running text beside others each under its own § (a whole protocol read as several
 * partnerships): whether each of them is a partnership at all is a reading of its own (an extra matter of a protocol is
 * a look-alike whose names, bodies and sums are read right as text and wrong as a partnership), and the fit has barely
 * seen it — 2 development documents (p_) and 1 first-run document (realset8's) of 845, 24 and 7 values — while a
 * score-only set of whole protocols from other kommuner read 5 extra matters of 17. As 'text', such values borrow the
 * record of single partnerships (extra: development sets 0 of 255, first runs 2 of 176); as a cell of their own they
 * are vouched only in a bin where a source of their own was right (calibratedConfidence). realset8's first run read two
 * matters, one of them extra, and vouched two wrong values. Development leave-one-document-out and first runs left out
 * whole, ≥ 0.9 right / wrong flagged / all flagged: .996 / .983 / .633 and .972 / .990 / .844 → .996 / .983 / .634 and
 * .978 / .992 / .845.
 */
export const CONTEXTS = ['text', 'row', 'bare', 'twin-row', 'matter'] as const;
export type CalibrationContext = (typeof CONTEXTS)[number];

/**
 * Within a field and a context, what else tells a kind of value apart, for values whose rules err differently by it:
 *  - a document's type by the type read: a "PROTOKOLL" heading or a protocol's § items are another reading than
 *    "rapport" from a page's genre words, or "annat" when nothing said what the document is (development sources and
 *    first runs: "protokoll" with evidence right 108 of 110 and 51 of 51 times, "rapport" on a bare page 2 of 5 and 2 of 4);
 *  - a party's name by whether the text writes it once or more than once: a name met again is one the text uses for a
 *    party, where one met once may be a place in passing, a heading or a cell read under the wrong column (in running
 *    text, development sources and first runs: an organ written more than once right 86 of 86 and 37 of 41 times, once
 *    121 of 132 and 55 of 67; a public party 121 of 122 and 49 of 52 against 25 of 30 and 15 of 22).
 * Amounts, periods, decisions and target groups are readings, not names copied, and several mentions of one can agree
 * on one misreading; split so, case numbers moved a single value: no variant. Leave-one-document-out over the development
 * sets and leave-one-set-out over the first runs, ≥ 0.9 right / wrong flagged / all flagged: without variants .992 /
 * .964 / .636 and .940 / .974 / .820, with them .996 / .979 / .620 and .944 / .976 / .817 (2026-12-06, realset16 in the fit).
 * Two more splits were tried on 2026-12-07 (calib61, realset18 in the fit; before: .996 / .983 / .633 and .972 / .990 / .844)
 * and dropped, each for a score-only set nobody tuned on:
 *  - a sum by whether its periodicity was read: listing rows' sums with one were right 200 of 200 in 14 development
 *    sources, in the first runs 11 of 14 (one-off grants for a year read as a year's); load .633 → .589, first runs
 *    .963 / .986 / .840, and on realset19 and realset20 six of the seven sums it newly vouched for were wrong (≥ 0.9
 *    right .739 → .667 and .647 → .550);
 *  - a listing's body by whether it is read in the document's head (its first 300 characters: the list's issuer):
 *    there right 122 of 122 and 52 of 53, lower down 351 of 363 and 15 of 25; load → .620, first runs .971 / .988 /
 *    .831, but the bodies read lower down lost the head's record, and six right bodies of realset19 fell below 0.9 (≥ 0.9
 *    right .739 → .647).
 * Development sources read a kind of value right where its rules were tuned; a split vouches only where the first runs
 * say the same, and even then a cell cut smaller speaks for fewer sources.
 */
const MENTIONS = (f: Field<unknown>): string => (f.evidence.length > 1 ? 'several' : 'once');
const VARIANTS: Partial<Record<CalibratedField, (f: Field<unknown>) => string>> = {
  doc_type: (f) => String(f.value),
  ideburna: MENTIONS,
  offentliga: MENTIONS,
  organ: MENTIONS,
};

/** Where calibration counts a value: its context, refined by its field's variant ("text", "text/several", "bare/annat"). */
export type CalibrationCell = CalibrationContext | `${CalibrationContext}/${string}`;

export function cellOf(name: CalibratedField, field: Field<unknown>, context: CalibrationContext): CalibrationCell {
  const variant = VARIANTS[name];
  return variant ? `${context}/${variant(field)}` : context;
}

/** One bin: how many documents had values there (each document at most 1), and how many of them were right. */
export interface BinCounts {
  documents: number;
  right: number;
}
export type FieldBins = Partial<Record<CalibratedField, BinCounts[]>>;
/** Per cell (CalibrationCell), per field: one BinCounts per bin of CALIBRATION_BINS. */
export type CalibrationTable = Partial<Record<CalibrationCell, FieldBins>>;

export const FITTED_CALIBRATION: CalibrationTable = fitted.contexts;
/** The first runs' own table (FIRST_RUNS_FLOOR); absent from a table fitted without them. */
export const FITTED_FIRST_RUNS: CalibrationTable | null = (fitted as { firstRuns?: CalibrationTable }).firstRuns ?? null;

export function binOf(raw: number): number {
  let bin = 0;
  CALIBRATION_BINS.forEach((from, i) => {
    if (raw >= from) bin = i;
  });
  return bin;
}

/** Observed counts shrunk toward a prior worth PRIOR_DOCUMENTS documents. */
const shrink = (counts: BinCounts, prior: number): number => (counts.right + PRIOR_DOCUMENTS * prior) / (counts.documents + PRIOR_DOCUMENTS);

const NONE: BinCounts = { documents: 0, right: 0 };

export function calibratedConfidence(table: CalibrationTable, field: CalibratedField, cell: CalibrationCell, raw: number): number {
  const bin = binOf(raw);
  const here = table[cell]?.[field]?.[bin] ?? NONE;
  const elsewhere = (Object.keys(table) as CalibrationCell[])
    .filter((c) => c !== cell)
    .map((c) => table[c]?.[field]?.[bin] ?? NONE)
    .reduce((sum, c) => ({ documents: sum.documents + c.documents, right: sum.right + c.right }), NONE);
  // The lowest bin holds every conflicted value (markConflict halves a confidence: at most MAX × 0.5, below the
  // next bin) beside the weakest rules. A conflict is a reason to look, so nothing there is vouched for, however
  // often such values were right in the fit. And a cell vouches only from a source of its own in the bin: the other
  // cells are other kinds of value (a type read "beslut" or "överenskommelse" is not a "protokoll", a name read once
  // is not one read twice), and a kind the sources never read so sure has only their record, not its own, to show.
  // Leaving each set out over the first runs, ≥ 0.9 right / wrong flagged / all flagged: .961 / .987 / .854 →
  // .971 / .990 / .857; leaving each document out over the development set .996 / .978 / .621 → .997 / .985 / .628.
  const ceiling = bin === 0 || here.documents < 1 ? UNVOUCHED_CONFIDENCE : MAX_CONFIDENCE;
  const prior = Math.max(0, raw - UNSEEN_SOURCE_DISCOUNT);
  return Math.round(Math.min(ceiling, shrink(here, shrink(elsewhere, prior))) * 1000) / 1000;
}

/**
 * Below this raw confidence a partnership's kind was guessed, not read: no kind rule fired on the matter (the
 * weakest that reads one matter are 0.55), so the kind is a fallback — the document heading's at half strength
 * (extractors/kind titleKind), the form the text names most (cuedKind, 0.4), an IOP where a party or terms are
 * named (pipeline/extract.ts singleKind, 0.3 or 0.5), an item titled "X/ansökan" (0.5). Whether such a text
 * records a partnership at all is what is in doubt, and that doubt is every one of its values': a page about a
 * grant call, a delegation report or a state agency's funding names föreningar, sums and a period read right as
 * text but wrong as a partnership. Development sources (all but the seeds, checking half not counted): values of
 * partnerships in running text with a kind below 0.45 were right .72 of the time (14 sources), from 0.45 .85,
 * against .89–1.00 above. A listing's rows are left to their listing: a listing's kind is its heading's
 * (grant-in-title-of-document, 0.45), and its rows are read cell by cell whatever the kind.
 */
export const GUESSED_KIND_BELOW = 0.55;

/** A partnership read from running text (alone or as one of a protocol's matters) whose kind no rule read (GUESSED_KIND_BELOW). */
const guessedMatter = (p: Partnership, context: CalibrationContext): boolean => (context === 'text' || context === 'matter') && p.kind.confidence < GUESSED_KIND_BELOW;

/** A row of a listing (read cell by cell), twin or not. */
const isListingRow = (context: CalibrationContext): boolean => context === 'row' || context === 'twin-row';

/**
 * A listing read askew: one of its rows has a sum for its organisation (review-rules.ts sumShaped: "9 600 kr"), so its
 * cells were taken under the wrong heading, and every row of it is in the same doubt as a partnership on a guessed
 * kind: its values count in the fit, none is vouched for. First run of realset13: beside "9 600 kr" stood project
 * titles read as organisations ("Ny luftvärmepump", "Målning av klubbhus", ten of them at raw 0.92). A form noun alone
 * ("Klubben" in a newspaper's list, review rule not-a-name) points back to a club named before it: that row's name is
 * flagged, the list's other rows were read right (first run of realset15, 5 of 5) and are let be. Leave-one-set-out
 * over the first runs, ≥ 0.9 right / wrong flagged / all flagged, with the review rules not-a-name,
 * public-party-from-place-name and body-name-with-number: without it .914 / .960 / .806, with it .940 / .974 / .816 (any row
 * not-a-name making its listing askew: .939 / .974 / .819, realset15's own .630 right at ≥ 0.9 in-sample → .545).
 */
function readAskew(result: DocumentResult, contexts: readonly CalibrationContext[]): boolean {
  return contexts.some(isListingRow) && result.partnerships.some((p) => p.ideburna.some((f) => sumShaped(f.value)));
}

/**
 * A listing none of whose rows names a public side — no kommun, region or other public party, and no body of one
 * (an organ: a nämnd's list of its grants names itself, not its kommun) — is a list of föreningar nobody public is
 * read taking part with: by SCHEMA no partnership, however well each row's cells were read. A national agency's list
 * of the grants it made (first run of realset17: 14 rows, names vouched at raw 0.92, none a partnership), a
 * newspaper's list of clubs, a page's list of applicants. Its rows count in the fit and none is vouched for, as a
 * listing read askew (readAskew). Development sources today: 2 of 25 listings without a public party have no organ
 * either; first runs: 4 of 11 (realset15 and 17's lists read wrong, realset7's clubs read right).
 */
function listingWithoutPublicSide(result: DocumentResult, contexts: readonly CalibrationContext[]): boolean {
  return contexts.some(isListingRow) && result.partnerships.every((p) => p.offentliga.length === 0 && p.organ.length === 0);
}

/**
 * What calibration does to one value; fitting passes a function that records instead. `siblings` are the values
 * of the same field in the same place (the partnership's, or the document's own), the value among them;
 * `guessed` is whether the value's partnership was taken on a guessed kind (GUESSED_KIND_BELOW) or is a row of a listing
 * read askew (readAskew): in doubt as a whole, its values counted in the fit and never vouched for.
 */
export type FieldMapper = <T>(name: CalibratedField, field: Field<T>, context: CalibrationContext, siblings: readonly Field<T>[], guessed: boolean) => Field<T>;

/**
 * Several partnerships sharing one § (or none) are the rows of a listing; a protocol's partnership
 * matters each have their own § (CONTEXTS: 'matter'). A row the same as another but for its sums is a twin row.
 */
function contextsOfPartnerships(result: DocumentResult): CalibrationContext[] {
  const paragraphs = new Set(result.partnerships.map((p) => p.paragraph));
  const listing = result.partnerships.length > 1 && paragraphs.size === 1;
  if (!listing) return result.partnerships.map(() => (result.partnerships.length > 1 ? 'matter' : 'text'));
  const keys = result.partnerships.map(rowIdentity);
  return keys.map((key) => (key !== undefined && keys.indexOf(key) !== keys.lastIndexOf(key) ? 'twin-row' : 'row'));
}

/** What tells a listing's rows apart as partnerships (as `iop eval` pairs rows): idéburna, public parties and period. */
function rowIdentity(p: Partnership): string | undefined {
  if (p.ideburna.length === 0) return undefined;
  const names = (fields: readonly Field<string>[]) => fields.map((f) => f.value.toLowerCase()).sort().join('|');
  return JSON.stringify([names(p.ideburna), names(p.offentliga), p.period?.value ?? null]);
}

function mapPartnership(p: Partnership, context: CalibrationContext, map: FieldMapper, guessed: boolean): Partnership {
  const one = <T>(name: CalibratedField, f: Field<T>) => map(name, f, context, [f], guessed);
  const each = <T>(name: CalibratedField, fields: Field<T>[]) => fields.map((f) => map(name, f, context, fields, guessed));
  return {
    kind: one('kind', p.kind),
    paragraph: p.paragraph,
    diarienummer: each('diarienummer', p.diarienummer),
    decision: p.decision && one('decision', p.decision),
    ideburna: each('ideburna', p.ideburna),
    offentliga: each('offentliga', p.offentliga),
    organ: each('organ', p.organ),
    amounts: each('amounts', p.amounts),
    period: p.period && one('period', p.period),
    extension: p.extension && one('extension', p.extension),
    targetGroups: each('target_groups', p.targetGroups),
  };
}

/** The result with `map` applied to every Field, each with its calibrated name and context. */
export function mapFields(result: DocumentResult, map: FieldMapper): DocumentResult {
  if (result.error) return result;
  const contexts = contextsOfPartnerships(result);
  const askew = readAskew(result, contexts) || listingWithoutPublicSide(result, contexts);
  const guessed = result.partnerships.map((p, i) => askew || guessedMatter(p, contexts[i]!));
  // A document whose every partnership is in doubt (taken on a guessed kind, or rows of a listing in doubt) is one the
  // rules did not understand, as one in which none was read: its own values are a bare document's.
  const whole: CalibrationContext = guessed.every(Boolean) ? 'bare' : 'text';
  return {
    ...result,
    docType: map('doc_type', result.docType, whole, [result.docType], false),
    diarienummer: result.diarienummer.map((f) => map('diarienummer', f, whole, result.diarienummer, false)),
    diarienummerRefs: result.diarienummerRefs.map((f) => map('diarienummer_refs', f, whole, result.diarienummerRefs, false)),
    decision: result.decision && map('decision', result.decision, whole, [result.decision], false),
    partnerships: result.partnerships.map((p, i) => mapPartnership(p, contexts[i]!, map, guessed[i]!)),
  };
}

/**
 * Whether a value is flagged whatever its score: a review rule fires, or an extractor flagged a value it was
 * otherwise sure of (a conflict, a contradiction — a reason, not a low score). Such values are not counted
 * when fitting: calibration estimates how often the values no reason singles out are right.
 */
export function flaggedForReason(name: CalibratedField, field: Field<unknown>, context: CalibrationContext = 'text', siblings: readonly Field<unknown>[] = [field]): boolean {
  return (field.needsReview && field.confidence >= REVIEW_THRESHOLD) || reviewReasons(name, field, context, siblings).length > 0;
}

/**
 * A bin vouches only where the blind sets' first runs, counted alone, would not leave its values below what an
 * unvouched value keeps (UNVOUCHED_CONFIDENCE). Pooled with the development sources, a few first runs are outvoted
 * in a bin by many sources whose misses became rules — organ read once in running text, bin 3: development sources
 * 18.9 of 20 right, first runs 10 of 11, pooled .931 — so the pooled rate describes documents the rules were tuned
 * on, and the newest blind sets, scored by today's code, were right .65–.78 of the time at ≥ 0.9 (2026-12-07). The
 * first runs alone are what a source nobody tuned on gets. The floor is the unvouched ceiling, not 0.9: the first
 * runs are 15 sources, and asking their table alone for 0.9 asks more sources than there are (simulated over the
 * development set and the first runs, 2026-12-07: with the floor at 0.9, leave-one-document-out load .634 → .924;
 * at 0.85 → .779, first runs left out whole .978 / .992 → .995 / .999).
 */
export const FIRST_RUNS_FLOOR = UNVOUCHED_CONFIDENCE;

/** Whether the first runs' own table (null: a fit without them — no gate) lets a value's bin vouch. */
export function firstRunsVouch(firstRuns: CalibrationTable | null, field: CalibratedField, cell: CalibrationCell, raw: number): boolean {
  return firstRuns === null || calibratedConfidence(firstRuns, field, cell, raw) >= FIRST_RUNS_FLOOR;
}

/**
 * A value's calibrated confidence and review flag. A value unvouched for a reason of its own (`unvouchedForReason`: flagged
 * for a reason, of a partnership taken on a guessed kind) or in a bin the first runs do not vouch for is one we do not
 * vouch for, so it does not keep a confidence that vouches (≥ REVIEW_THRESHOLD): "≥ 0.9 is ≥ 95 % right" must hold of
 * the values left unflagged. Serves calibrateResult and the fit's judging of first runs (pipeline/eval/calibration-set.ts).
 */
export function vouchedConfidence(
  table: CalibrationTable,
  firstRuns: CalibrationTable | null,
  field: CalibratedField,
  cell: CalibrationCell,
  raw: number,
  unvouchedForReason: boolean,
): { confidence: number; needsReview: boolean } {
  const calibrated = calibratedConfidence(table, field, cell, raw);
  const unvouched = unvouchedForReason || !firstRunsVouch(firstRuns, field, cell, raw);
  const confidence = unvouched ? Math.min(calibrated, UNVOUCHED_CONFIDENCE) : calibrated;
  return { confidence, needsReview: confidence < REVIEW_THRESHOLD || unvouched };
}

/**
 * The result with every field's confidence calibrated and needsReview decided; `firstRuns` is the first runs' own
 * table fitted with `table` (by default the fitted one's; none for a table passed without it).
 */
export function calibrateResult(
  result: DocumentResult,
  table: CalibrationTable = FITTED_CALIBRATION,
  firstRuns: CalibrationTable | null = table === FITTED_CALIBRATION ? FITTED_FIRST_RUNS : null,
): DocumentResult {
  // A guessed partnership's values still count in the fit (they are not flagged for a reason of their own): how often
  // values read in running text are right includes them.
  return mapFields(result, (name, field, context, siblings, guessed) => ({
    ...field,
    ...vouchedConfidence(table, firstRuns, name, cellOf(name, field, context), field.confidence, guessed || flaggedForReason(name, field, context, siblings)),
  }));
}
