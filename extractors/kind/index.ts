/**
 * The kind of one matter — iop, overenskommelse, bidrag, or none — by the first rule of rules.ts that
 * fires, and whether it has a party to be a partnership with: a kind needs an idéburen organisation named in
 * the matter (extractors/parties, run on the matter's own span by the caller).
 */
import type { MatterKind } from '../../pipeline/contract.js';
import { decisionSections } from '../decision/sections.js';
import { FORM_CUES, IOP_NAMED, KIND_RULES, NO_CUE, NO_PARTY, type KindRule, type RulePlace } from './rules.js';
import { FURNITURE } from '../doctype/furniture.js';
import { namesRecipient } from './recipient.js';
import { eachMatch, firstNear } from '../engine/sticky.js';
import { mayContain } from '../engine/folded.js';
export { recipientIn } from './recipient.js';

export interface MatterText {
  /** The matter's title (a § item's heading lines); null for a document's one matter, read as a whole. */
  title: string | null;
  /** The matter's whole text. */
  text: string;
  /** Idéburen organisations named as parties in the matter. */
  ideburna: number;
}

export interface KindVerdict {
  kind: MatterKind | null;
  /** Raw confidence that the verdict (a kind, or none) is right. */
  confidence: number;
  rule: string;
}

/** The text of the matter's decision and proposal sections: where it says what is decided. */
function decisionText(text: string): string {
  return decisionSections(text)
    .filter((s) => s.kind !== 'procedure')
    .flatMap((s) => s.sentences.map((x) => x.text))
    .join('\n');
}

/**
 * A protocol's item says what it decides in its title and its decision: a kind only its other text names
 * (an IOP mentioned in the background) is not what the item is about. A look-alike may show anywhere. A
 * document of one matter is read whole; its heading lines tell only what it is not ("Riktlinjer för IOP",
 * "Granskning av …"): a news headline naming an IOP is no surer a cue than its text.
 */
function applies(rule: KindRule, single: boolean): boolean {
  if (rule.place === 'document') return single;
  if (rule.place === 'item-title' || rule.place === 'item-decision') return !single;
  if (single) return rule.place !== 'title' || rule.kind === null;
  return rule.place !== 'text' || rule.kind === null;
}

/** Lines a document's title may take up at its head: a page's header, a headline. */
const TITLE_LINES = 4;
/** A headline may name its movers and their parties ("Motion från Anna Ek (MP) och Per Berg (KD) om partnerskap mot hemlöshet"). */
const TITLE_MAX_WORDS = 16;

/**
 * A document's heading lines: its first few lines, up to the first sentence or long line, past a hosting
 * site's furniture ("Skip to main content" and a date line do no harm: no look-alike reads them).
 */
export function documentTitle(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('# ') && !FURNITURE.test(line))
    .slice(0, TITLE_LINES);
  const body = lines.findIndex((line) => line.split(/\s+/).length > TITLE_MAX_WORDS || /\p{L}[.!?]$/u.test(line));
  return lines.slice(0, body < 0 ? lines.length : body).join('\n');
}

/** Whether a text may hold one of a rule's words (KindRule.has, alsoHas); a rule without such words passes. */
const holdsWord = (text: string, words: readonly string[] | undefined) => !words || words.some((word) => mayContain(text, word));

export function classifyMatter(matter: MatterText): KindVerdict {
  const places: Record<RulePlace, () => string> = {
    title: () => matter.title ?? documentTitle(matter.text),
    'item-title': () => matter.title ?? '',
    decision: () => decisionText(matter.text),
    'item-decision': () => decisionText(matter.text),
    text: () => matter.text,
    document: () => matter.text,
  };
  const read = new Map<RulePlace, string>();
  const placeText = (place: RulePlace) => read.get(place) ?? read.set(place, places[place]()).get(place)!;
  // A page's running text reports grants to "föreningar" at large as often as to one: a kind read there
  // ("loan-granted", "grant-granted") counts only where the page names an idéburen party to give it to.
  const named = (rule: KindRule) => rule.place !== 'document' || rule.kind === null || rule.unnamed === true || matter.ideburna > 0;
  const fires = (r: KindRule) => {
    const text = placeText(r.place);
    return holdsWord(text, r.has) && holdsWord(text, r.alsoHas) && (!r.holds || r.holds.every((piece) => piece.test(text))) && (r.near ? firstNear(r.near, text) !== null : r.pattern.test(text));
  };
  const rule = KIND_RULES.find((r) => applies(r, matter.title === null) && named(r) && fires(r));
  if (!rule) return { kind: null, confidence: NO_CUE.strength, rule: NO_CUE.name };
  // A grant item's title may name its recipient where the parties extractor knows no idéburen organisation,
  // and so may a loan's or a guarantee's ("Svar på ansökan om borgen till Borlänge Flygklubb").
  const recipient = matter.title !== null && recipientCounts(rule, matter.title) && namesRecipient(matter.title);
  if (rule.kind && matter.ideburna === 0 && !recipient) {
    // An item titled by the form itself ("Idéburet offentligt partnerskap (IOP) Brottsofferjouren …",
    // "Idéburet offentligt partnerskap" over "Nämnden godkände ett förslag till ett IOP …") is an IOP matter
    // though its partner is unknown to the parties extractor or is many unnamed ones: an IOP is with
    // idéburna by definition, and look-alikes (riktlinjer, information, a motion) were read before.
    if (rule.name === IOP_TITLE_RULE && matter.title !== null && IOP_ENTERED.test(matter.text)) return { kind: 'iop', confidence: IOP_TITLE_UNNAMED_STRENGTH, rule: 'iop-in-title-unnamed' };
    // A page whose party the parties extractor does not know may still report the matter in a sentence that
    // names its one recipient ("Kommunen säger upp avtalet med föreningen …", "minskar verksamhetsstödet för
    // Glumseruds bygdegård med 4 000 kronor"): that sentence's kind, though a decision section was read first.
    const told = KIND_RULES.find((r) => r.recipientNamed === true && applies(r, matter.title === null) && fires(r));
    if (told) return { kind: told.kind, confidence: told.strength, rule: told.name };
    return { kind: null, confidence: NO_PARTY.strength, rule: NO_PARTY.name };
  }
  return { kind: rule.kind, confidence: rule.strength, rule: rule.name };
}

const IOP_TITLE_RULE = 'iop-in-title';
/** A loan or a guarantee in an item's title: what a kommun gives a förening, as it gives a grant. */
const LOAN_IN_TITLE = /(?<![\p{L}])(?:borgen|borgensåtagande\p{L}*|\p{L}*lån(?:et)?)(?![\p{L}])/iu;
/** Whether a recipient the title names can stand for the idéburen party: for a grant, a loan or a guarantee. */
export function recipientCounts(rule: { kind: MatterKind | null }, title: string): boolean {
  return rule.kind === 'bidrag' || (rule.kind === 'overenskommelse' && LOAN_IN_TITLE.test(title));
}
/**
 * The item's text says the IOP is entered, approved or extended, in one sentence: "Nämnden godkände ett förslag
 * till ett idéburet offentligt partnerskap", "beslutar att ingå IOP"; not an item that only tells of IOP
 * ("Information om idéburet offentligt partnerskap", "IOP som samverkansform diskuterades").
 */
const IOP_ENTERED = new RegExp(
  `(?<![\\p{L}])(?:godkänn\\p{L}*|godkände|teckna\\p{L}*|ingå\\p{L}*|ingick|förläng\\p{L}*|beslutar\\s+att\\s+(?:ingå|teckna|godkänna))(?![\\p{L}])[^.!?\\n]{0,80}?${IOP_NAMED.source}`,
  'iu',
);
/** An IOP item whose partner goes unnamed: likelier a partnership than not, but a reviewer should look. */
const IOP_TITLE_UNNAMED_STRENGTH = 0.6;

/** The rules that name a kind from a title: IOP, a grant, an agreement. */
const TITLE_KINDS = KIND_RULES.filter((r) => r.place === 'title' && r.kind !== null);

/**
 * The kind a document's heading lines name ("§ 156 Klinte Bygdegårdsförening, driftbidrag", "Kommunal borgen
 * för Slöinge Tennisklubb"), or null: for a document of one matter that names an idéburen party but whose
 * text no kind rule read (a protocol extract whose decision sections were not found), a better guess than
 * none. It never decides over the text's own rules.
 */
export function titleKind(text: string): (KindVerdict & { kind: MatterKind }) | null {
  const title = documentTitle(text);
  const rule = TITLE_KINDS.find((r) => r.pattern.test(title));
  return rule?.kind ? { kind: rule.kind, confidence: rule.strength / 2, rule: `${rule.name}-of-document` } : null;
}

/** A look-alike rule fired: the matter is something else (a procurement, guidelines, an audit), whatever parties it names. */
export function isLookAlike(verdict: KindVerdict): boolean {
  return verdict.kind === null && verdict.rule !== NO_CUE.name && verdict.rule !== NO_PARTY.name;
}

/** A kind chosen from the forms a text names, below any rule's strength: a reviewer should look. */
const CUED_STRENGTH = 0.4;

/**
 * The kind of a document's one matter that no rule named but that is a partnership matter: IOP where the text
 * names it; else an agreement or a grant, whichever it names more often ("Värmdö har haft ett avtal med
 * Kvinnojouren … Sedan dess har jouren enbart fått föreningsbidrag": the agreement); null where it names none.
 */
export function cuedKind(text: string): (KindVerdict & { kind: MatterKind }) | null {
  if (FORM_CUES.iop.test(text)) return { kind: 'iop', confidence: CUED_STRENGTH, rule: 'iop-named-in-text' };
  const agreements = [...eachMatch(FORM_CUES.overenskommelse, text)].length;
  const grants = [...eachMatch(FORM_CUES.bidrag, text)].length;
  if (agreements === 0 && grants === 0) return null;
  return agreements >= grants
    ? { kind: 'overenskommelse', confidence: CUED_STRENGTH, rule: 'agreement-named-in-text' }
    : { kind: 'bidrag', confidence: CUED_STRENGTH, rule: 'grant-named-in-text' };
}
