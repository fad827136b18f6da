import type { Amount, Field } from '../../pipeline/contract.js';
import type { DocText } from '../engine/doc-text.js';
import type { ExtractContext, Parties } from '../engine/context.js';
import { mergeCandidates, type Candidate } from '../engine/candidate.js';
import { sentences, type TextSpan } from '../engine/sentences.js';
import { eachMatch, execAt, matchesNear } from '../engine/sticky.js';
import { perText } from '../engine/memo.js';
import { lineBounds } from '../engine/lines.js';
import { MULTIPLIERS, readNumber } from './numerals.js';
import { columnMoney, YEAR_COLUMN_PER } from './table.js';
import { ANNUAL_GRANT_EARLIER, ANNUAL_GRANT_REACH, GRANT_KIND_IN_TEXT, BUILDING_WORK_EARLIER, CLAUSE_YEAR, PRESENT_GRANT_VERB, LIST_NEXT_LINE, BARE_MILLION_VERB, BARE_MULTIPLIER_FOLLOWER, BREAKDOWN, PUBLIC_SHARE, PUBLIC_SHARE_AFTER, BREAKDOWN_PART_GAP, CHANGED_FROM_BEFORE, DISTRIBUTION, GRANT_YEAR_BREAKDOWN, GRANTED_BREAKDOWN, WHOLE_OF_ONCE_PARTS, WHOLE_OF_PARTS_REACH, WHOLE_OF_YEARLY_PARTS, ONCE_GRANT_BREAKDOWN, LABELLED_MIN_SEK, LABELLED_MONEY, LABELLED_MONEY_ANCHORS, MONEY, MONEY_ANCHOR, MONEY_NEAR, NOT_AMOUNT_RULES, OWN_CLAUSE_VERB, REQUESTED_AFTER, PAST_MONEY, PAST_MONEY_AFTER, PAST_YEAR_MONEY, BARE_RECEIVED_MONEY, ONE_YEAR_VALUE_RULES, PER_RULES, REQUESTED_BEFORE, GRANTED_REQUEST_BEFORE, SENTENCE_TOPIC_STRENGTH, THIRD_PARTY_FUNDER, type NotAmountRule, type PerRule, type Where } from './rules.js';
import { pastAgreementFactor } from '../period/rules.js';
import { pageDate, type PageDate } from '../period/page-date.js';
import { extractPeriod, sentenceAround } from '../period/index.js';
import { costBearer, type CostBearer, decidingBody, declaredFunder, definedAliases, findPartyMentions, organOwners, readPayer, type PartyMention, type PayerReading } from './payer.js';

/**
 * How far after an amount its periodicity words and excluding contexts are looked for ("… kronor per år"): room for the
 * longest bounded lead a rule allows and the word it ends on ("… per år att fördela till avtalsföreningar"), the longest a
 * grant's purpose before its year ("… kronor i tidsbegränsat bidrag för det sociala arbetet på mötesplatsen för år 2024").
 */
const AFTER_WINDOW = 90;

/** Words that tie a sentence's money to a partnership, a grant or a fee rather than to something else. */
const FUNDING_CONTEXT =
  /(?:bidrag|bidra|stöd|finansi|partnerskap|IOP|överenskommelse|avtal|tillför|tillskott|avsätt|bevilja|fördela|medel(?![\p{L}])|lån|ersätt|anslag|avgift|arrende|satsa|betala|borgen|övert(?:ar|a|og|agande)(?![\p{L}])|utbetal|tilldela|pengar|kostnad|(?<![\p{L}])(?:får|fick|erhåller|erhöll|ges|ger|gav)(?![\p{L}]))/iu;

/**
 * No idéburet offentligt partnerskap is funded with half a billion kronor or more; sums that large are
 * budgets of whole municipalities or sectors.
 */
const MAX_PARTNERSHIP_SEK = 500_000_000;

const NO_PARTIES: Parties = { ideburna: [], offentliga: [], organ: [], aliases: new Map() };

/** One money expression in the text, read with its periodicity and payer. */
export interface AmountMention {
  sek: number;
  start: number;
  end: number;
  per: PerRule | null;
  payer: PayerReading | null;
  /** How likely this mention is money that funds the partnership. */
  relevance: number;
  /** Money asked for, or money of the past: the partnership's only when the text gives no other sum. */
  secondary: boolean;
  /** Its sentence speaks of funding (FUNDING_CONTEXT). */
  aboutFunding: boolean;
}

/** Money amounts that fund the partnership, as integer SEK with periodicity and payer. */
export function extractAmounts(doc: DocText, ctx: ExtractContext): Field<Amount>[] {
  // In a whole protocol the caller hands over one matter's text (pipeline/matters): other items' budgets and
  // grants are not its money.
  const text = doc.text;
  const parties = { ...ctx.parties, aliases: definedAliases(text, ctx.parties) };
  const partyMentions = findPartyMentions(text, parties);
  const mentions = findAmountMentions(text, parties, partyMentions);
  const owners = organOwners(text, partyMentions);
  const oneYear = singleCalendarYear(mentions, doc);
  return mergeCandidates(doc, resolve(funding(mentions), owners, costBearer(text, partyMentions, parties), declaredFunder(text, partyMentions), oneYear, decidingBody(text, partyMentions, parties)));
}

/**
 * Whether the partnership runs one calendar year (its period YYYY-01-01 – YYYY-12-31): then what an agreement is worth
 * (ONE_YEAR_VALUE_RULES) is that year's sum. The period is read only when such a reading needs it.
 */
function singleCalendarYear(mentions: readonly AmountMention[], doc: DocText): boolean {
  if (!mentions.some((m) => m.per?.per === 'total' && ONE_YEAR_VALUE_RULES.has(m.per.name))) return false;
  const { start, end } = extractPeriod(doc)?.value ?? { start: null, end: null };
  return Boolean(start && end && start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4));
}

/**
 * Where some sums stand in sentences about funding ("Kommunen bidrar med …", "ersättning om …"), a sum in a sentence that
 * says nothing of funding ("Hyran för lokalen i centrum är 9 000 kronor", "Entré 100 kr") is something else on the page.
 * Where none does, a sum still funds when its words give it a grant's role (paid yearly, once, in total: a granted list's
 * "Hembygdsföreningen, fönsterrenovering 8 000 kr"); a bare sum in a text that never speaks of funding is what a thing
 * costs or is priced at ("Bara elen kostar runt 200 000 kronor", "elräkningen kan landa på 2 miljoner kronor").
 */
function funding(mentions: AmountMention[]): AmountMention[] {
  const about = mentions.filter((m) => m.aboutFunding);
  return about.length > 0 ? about : mentions.filter((m) => m.per !== null);
}

/** The text's own money mentions, read once per text (engine/memo.ts): a listing asks for the reading of each of its cells. */
const documentMentions = perText((text: string) => findAmountMentions(text));

/**
 * The periodicity the whole text reads for the sum at [start, end) of it, when a piece of it read alone (a listing's cell) finds
 * none: "Se hur de 6,7 miljonerna fördelades: … Fryshuset Husby 1 378 000 kronor." is a part of the period's sum only in its
 * text (DISTRIBUTION). Null when the text reads none, or reads no sum there, or only the text's yearly grant reads it
 * (GRANT_KIND_IN_TEXT): a cell's own column ("Totalt") says more of its sum than a word elsewhere on the page.
 */
export function perInText(text: string, start: number, end: number): Amount['per'] | null {
  const rule = documentMentions(text).find((m) => m.start <= start && end <= m.end)?.per;
  return rule && rule.per !== 'unknown' && rule !== GRANT_KIND_IN_TEXT ? rule.per : null;
}

/**
 * A relative clause set off by commas tells of something else than the sum: "För driften av klubbhuset, som föreningen sedan
 * tidigare äger, får de ett årligt bidrag på 40 000 kronor" — its "tidigare" dates the owning, not the money (PAST_MONEY).
 */
const RELATIVE_CLAUSE = /,\s*som\s[^,.;]*,/gu;

/**
 * Requested or past money gives way to money granted, proposed or paid now (AmountMention.secondary). A sum of the present
 * whose words say nothing of how often it is paid takes the periodicity its own earlier mention stated: "Ridklubben får 400 000
 * kronor i bidrag … skrev kommunen redan 2014 treårsavtal med dem som innebar att föreningen även då fick 400 000 kronor årligen"
 * (the same sum, paid as before).
 */
function primary(mentions: AmountMention[]): AmountMention[] {
  if (!mentions.some((m) => !m.secondary)) return mentions;
  const pastPer = new Map<number, PerRule>();
  for (const m of mentions) if (m.secondary && m.per && m.per.per !== 'unknown' && m.per.strength >= SENTENCE_TOPIC_STRENGTH) pastPer.set(m.sek, m.per);
  return mentions
    .filter((m) => !m.secondary)
    .map((m) => {
      const past = pastPer.get(m.sek);
      return past && (!m.per || m.per.strength < SENTENCE_TOPIC_STRENGTH) ? { ...m, per: { ...past, name: `same-sum-${past.name}`, strength: past.strength * 0.6 } } : m;
    });
}

/**
 * A sum that a not-amount rule excluded where the text tells what it is, repeated in a heading that says nothing of it (a news
 * item's subheading "905 082 kronor i bidrag" over "… fem föreningar som förra året fick totalt 905 082 kronor i bidrag"), is the
 * same excluded sum. Not a sentence that gives the sum to someone ("Kvinnojouren får 300 000 kronor." beside a budget of 300 000).
 */
function withoutExcludedRepeats(text: string, mentions: AmountMention[], excluded: ReadonlySet<number>): AmountMention[] {
  if (excluded.size === 0) return mentions;
  return mentions.filter((m) => m.per !== null || m.payer !== null || !excluded.has(m.sek) || !HEADING_LINE.test(lineAround(text, m.start, m.end)));
}

/** A heading: a short line with no sentence's end. */
const HEADING_LINE = /^[ \t]*[^.!?;\n]{1,60}$/u;

/** The line the span [start, end) stands on. */
function lineAround(text: string, start: number, end: number): string {
  const line = lineBounds(text, start, end);
  return text.slice(line.start, line.end);
}

/** Every money expression in the text that is not excluded by a not-amount rule, nor outranked (see primary). */
export function findAmountMentions(text: string, parties: Parties = NO_PARTIES, partyMentions: readonly PartyMention[] = []): AmountMention[] {
  const found: AmountMention[] = [];
  // Split only once a sum is found: most texts asked (a listing's cells, a line) name none.
  let spans: readonly TextSpan[] | undefined;
  // Where the previous amount's words end, and whether it was excluded: "budget … är 350 000 kronor, varav
  // 212 000 kronor återstår" breaks down an excluded sum, so the part is excluded too.
  let previous = { end: 0, excluded: false, kept: undefined as AmountMention | undefined };
  // The periodicity of a sum being broken down into parts ("Se hur de 6,7 miljonerna fördelades: …"), while its parts follow.
  let divided: PerRule | null = null;
  const excludedSums = new Set<number>();
  // The page's own date, read only once a clause names a year.
  let page: PageDate | null | undefined;
  // The yearly grant the whole text names, read only once a sum nothing else reads needs it.
  let grantKindInText: { rule: PerRule; afterLength: number } | null | undefined;
  // Money is matched over the whole text (a wrapped number may look like a sentence break to the splitter)
  // and read in the sentence where it starts.
  for (const { start, numberStart, end, sek, column, columnSecondary, columnYear } of moneyHits(text)) {
    if (sek >= MAX_PARTNERSHIP_SEK) continue;
    const sentence = sentenceAround(text, (spans ??= sentences(text)), start, end);
    const windowStart = Math.max(sentence.start, previous.end);
    const before = text.slice(windowStart, start);
    const after = text.slice(end, Math.min(sentence.end, end + AFTER_WINDOW));
    const namesParty = (from: number) => partyMentions.some((m) => m.start >= from && m.end <= start);
    const partOfExcluded =
      previous.excluded &&
      windowStart > sentence.start &&
      BREAKDOWN.test(before) &&
      !namesParty(windowStart) &&
      !PUBLIC_SHARE.test(before) &&
      !PUBLIC_SHARE_AFTER.test(after) &&
      !OWN_CLAUSE_VERB.test(before);
    const thirdParty = THIRD_PARTY_FUNDER.exec(before);
    const byNonParty = thirdParty !== null && !namesParty(windowStart + thirdParty.index);
    if (partOfExcluded || byNonParty || NOT_AMOUNT_RULES.some((r) => excludes(r, r.where === 'before' ? before : r.where === 'lead' ? text.slice(windowStart, numberStart) : after))) {
      excludedSums.add(sek);
      previous = { end, excluded: true, kept: undefined };
      continue;
    }
    // A part of a sum asked for or of the past is so too: "Fritidsnämndens kostnad 2017 för objektet var 340 000 kronor, varav hyra
    // 200 000 kronor", "Föreningen ansöker om 500 000 kronor, varav 200 000 kronor till lokalhyra".
    const partOfSecondary =
      previous.kept?.secondary === true && windowStart > sentence.start && BREAKDOWN.test(before) && !namesParty(windowStart) && !OWN_CLAUSE_VERB.test(before);
    const sentenceText = sentence.text;
    const read = readPer({ before, after, sentence: sentenceText, lead: text.slice(windowStart, numberStart) });
    // A cell under a year's column is that year's sum, unless its own words say more surely otherwise.
    const own = columnYear && !(read && read.rule.strength > YEAR_COLUMN_PER.strength) ? { rule: YEAR_COLUMN_PER, afterLength: 0 } : read;
    // A part of a breakdown takes the whole's periodicity over a guess from what its sentence is about.
    const stated = own && own.rule.strength >= SENTENCE_TOPIC_STRENGTH ? own : null;
    divided = stated ? null : partOfBreakdown(text, previous.end, start, sek, found, divided);
    const per = stated ?? (divided ? { rule: divided, afterLength: 0 } : own) ?? grantKindEarlier(text, start) ?? listedAfterAnnual(text, previous.kept, start) ?? (grantKindInText ??= grantKindOfText(text));
    let payer = readPayer(text, sentence, windowStart, start, partyMentions, parties);
    // "finansieras av socialnämnden med 1,3 miljoner kronor per år, sammanlagt 3,9 miljoner": a sum that goes on
    // the sentence of an earlier sum, naming no party of its own, is paid by the same payer.
    const earlier = previous.kept;
    if ((!payer || payer.fallback) && earlier?.payer && !earlier.payer.fallback && windowStart > sentence.start && !namesParty(windowStart)) {
      payer = { ...earlier.payer, rule: 'same-sentence-payer' };
    }
    // A sentence that names a party to the partnership is about it, whatever its words ("Föreningen Hjälp 400 000 kr").
    // A cell under a funding header ("Beviljat bidrag (kr)") is about funding whatever its row says.
    const aboutFunding = Boolean(column) || FUNDING_CONTEXT.test(sentenceText) || partyMentions.some((m) => m.start >= sentence.start && m.end <= sentence.end);
    const mention: AmountMention = {
      sek,
      start,
      end,
      per: per?.rule ?? null,
      payer,
      // Money in a sentence about an earlier agreement or earlier funders is less likely this partnership's.
      relevance: (aboutFunding ? 0.9 : 0.6) * Math.sqrt(pastAgreementFactor(sentenceText)),
      secondary: Boolean(columnSecondary) || partOfSecondary || (REQUESTED_BEFORE.test(before) && !GRANTED_REQUEST_BEFORE.test(before)) || REQUESTED_AFTER.test(after) || PAST_MONEY.test(before.replace(RELATIVE_CLAUSE, ',')) || CHANGED_FROM_BEFORE.test(before) || PAST_YEAR_MONEY.test(before) || PAST_MONEY_AFTER.test(after) || yearsOver(text.slice(sentence.start, start), () => (page === undefined ? (page = pageDate(text)) : page)),
      aboutFunding,
    };
    found.push(mention);
    // The words after the sum that told its periodicity ("… per år") belong to it, not to the next sum's clause.
    previous = { end: end + (per?.afterLength ?? 0), excluded: false, kept: mention };
  }
  return primary(withoutExcludedRepeats(text, asWholesOfParts(text, found), excludedSums));
}

/**
 * A sum the next two or more sums add up to, within WHOLE_OF_PARTS_REACH after it, takes its periodicity from them when its own
 * words say less surely: total when the parts are yearly and name as many distinct years (WHOLE_OF_YEARLY_PARTS), once when
 * each part is paid once (WHOLE_OF_ONCE_PARTS).
 */
function asWholesOfParts(text: string, found: AmountMention[]): AmountMention[] {
  return found.map((whole, i) => {
    if (whole.per && whole.per.strength >= WHOLE_OF_YEARLY_PARTS.strength) return whole;
    let sum = 0;
    const parts: AmountMention[] = [];
    for (const part of found.slice(i + 1)) {
      if (part.end - whole.end > WHOLE_OF_PARTS_REACH || part.sek >= whole.sek) break;
      parts.push(part);
      sum += part.sek;
      if (sum >= whole.sek) break;
    }
    if (parts.length < 2 || sum !== whole.sek) return whole;
    // The last part's year stands after it, up to its clause's end ("… och 75 000 kronor under 2015.").
    const last = parts.at(-1)!.end;
    const clauseEnd = text.slice(last, last + AFTER_WINDOW).search(/[.;!?\n]/u);
    const years = new Set(text.slice(whole.end, clauseEnd < 0 ? last + AFTER_WINDOW : last + clauseEnd).match(WHOLE_OF_YEARLY_PARTS.pattern));
    const rule = parts.every((p) => p.per?.per === 'year') && years.size === parts.length ? WHOLE_OF_YEARLY_PARTS : parts.every((p) => p.per?.per === 'once') ? WHOLE_OF_ONCE_PARTS : null;
    return rule ? { ...whole, per: rule } : whole;
  });
}

/**
 * Whether every year a sum's sentence names before it is over by the page's date, in words that grant nothing now (CLAUSE_YEAR):
 * the whole sentence, as a year right after one sum may open the next one's clause ("60 000 kronor, för 2001 har de erhållit …").
 */
function yearsOver(before: string, page: () => PageDate | null): boolean {
  const years = before.match(CLAUSE_YEAR);
  if (!years || PRESENT_GRANT_VERB.test(before)) return false;
  const year = page()?.year;
  return year !== undefined && years.every((y) => Number(y) < year);
}

/** Whether a not-amount rule fires on its window; its needed words (NotAmountRule.needs) are looked for first. */
const excludes = (rule: NotAmountRule, window: string): boolean => (!rule.needs || rule.needs.test(window)) && rule.pattern.test(window);

/**
 * The periodicity a sum with none of its own takes as a part of a breakdown: after a distribution word since the previous
 * sum (`gapStart`), that of the latest larger sum before with a periodicity of its own (not GRANT_KIND_IN_TEXT's), or where none states one, once when the text
 * before names an investment or one-off grant (ONCE_GRANT_BREAKDOWN), else yearly when it names the grant with its one year
 * (GRANT_YEAR_BREAKDOWN), else once when the lead-in since the previous sum grants the parts (GRANTED_BREAKDOWN); in the lines that follow (`divided`, parts a short gap
 * apart), the same. Null when the sum is no part of a breakdown.
 */
function partOfBreakdown(text: string, gapStart: number, start: number, sek: number, before: readonly AmountMention[], divided: PerRule | null): PerRule | null {
  const gap = text.slice(gapStart, start);
  if (DISTRIBUTION.test(gap)) {
    // The text's own yearly grant (GRANT_KIND_IN_TEXT) reads no sum in particular: a whole read only so passes nothing on.
    const whole = [...before].reverse().find((m) => m.per && m.per.per !== 'unknown' && m.per !== GRANT_KIND_IN_TEXT && m.sek > sek);
    if (whole?.per) return { ...whole.per, name: `breakdown-of-${whole.per.name}`, strength: whole.per.strength * 0.9 };
    const earlier = text.slice(0, start);
    return [ONCE_GRANT_BREAKDOWN, GRANT_YEAR_BREAKDOWN].find((r) => r.pattern.test(earlier)) ?? (GRANTED_BREAKDOWN.pattern.test(gap) ? GRANTED_BREAKDOWN : null);
  }
  return divided && gap.length <= BREAKDOWN_PART_GAP ? divided : null;
}

/** What the text just before a sum says of its grant, for a sum nothing else reads: yearly, or else once for building work. */
const EARLIER_GRANT_KINDS: readonly PerRule[] = [ANNUAL_GRANT_EARLIER, BUILDING_WORK_EARLIER];

/** The first of EARLIER_GRANT_KINDS whose words stand in the ANNUAL_GRANT_REACH characters before the sum at `start`. */
function grantKindEarlier(text: string, start: number): { rule: PerRule; afterLength: number } | null {
  const window = text.slice(Math.max(0, start - ANNUAL_GRANT_REACH), start);
  const rule = EARLIER_GRANT_KINDS.find((r) => r.pattern.test(window));
  return rule ? { rule, afterLength: 0 } : null;
}

/** Yearly, for a sum nothing else reads, where the text names its grant as yearly by its kind or year (GRANT_KIND_IN_TEXT). */
function grantKindOfText(text: string): { rule: PerRule; afterLength: number } | null {
  return GRANT_KIND_IN_TEXT.pattern.test(text) ? { rule: GRANT_KIND_IN_TEXT, afterLength: 0 } : null;
}

/**
 * Yearly, for a sum nothing else reads, on the line after a sum of the same list that ANNUAL_GRANT_EARLIER read as yearly
 * (LIST_NEXT_LINE): the list's grant is named once above it.
 */
function listedAfterAnnual(text: string, earlier: AmountMention | undefined, start: number): { rule: PerRule; afterLength: number } | null {
  return earlier?.per === ANNUAL_GRANT_EARLIER && LIST_NEXT_LINE.test(text.slice(earlier.end, start)) ? { rule: ANNUAL_GRANT_EARLIER, afterLength: 0 } : null;
}

/** A money expression's span and value. */
interface MoneyHit {
  start: number;
  /** Where the number starts, after a hedge word ("totalt", "cirka") that opens the expression. */
  numberStart: number;
  end: number;
  sek: number;
  /** A bare number read from a table column whose header names money and its unit (table.ts). */
  column?: boolean;
  /** Read under a column header of money asked for or of the past ("Sökt belopp (kr)"). */
  columnSecondary?: boolean;
  /** Read under a column headed by one year ("| | 2025 | 2026 |"). */
  columnYear?: boolean;
}

/** MONEY at one place, with its match indices: reads where a hit (found by MONEY_NEAR) has its number. */
const MONEY_AT = new RegExp(MONEY.source, `${MONEY.flags.replace('g', '')}y`);

/** Money written out ("500 tkr") and labelled numbers ("Beviljat belopp: 150 000") not already read, in text order. */
function moneyHits(text: string): MoneyHit[] {
  const hits: MoneyHit[] = [];
  // A text without a currency word or multiplier names no money ("3 miljoner" as well as "500 tkr" hold one).
  if (MONEY_ANCHOR.test(text)) {
    for (const m of matchesNear(MONEY_NEAR, text)) {
      const end = m.index + m[0].length;
      const sek = moneyValue(m.groups ?? {}, text, end);
      if (sek === null) continue;
      // The same pattern at the same place matches the same text, now with where its number starts.
      const at = execAt(MONEY_AT, text, m.index);
      hits.push({ start: m.index, numberStart: at?.indices?.groups?.number?.[0] ?? m.index, end, sek });
    }
  }
  // "| Föreningen | 150 000 |" under "| Förening | Belopp (kr) |": the header's unit makes the bare cell money.
  for (const c of columnMoney(text)) {
    if (!covered(hits, c.start, c.end)) hits.push({ start: c.start, numberStart: c.start, end: c.end, sek: c.sek, column: true, columnSecondary: c.secondary, columnYear: c.perYear });
  }
  // "… erhöll 45 000 och KRIS erhöll 63 400 kronor": beside money written out, a grouped sum received needs no currency of its own.
  if (hits.length > 0) {
    for (const m of eachMatch(BARE_RECEIVED_MONEY, text)) {
      const written = m.groups?.number ?? '';
      const end = m.index + m[0].length;
      const start = end - written.length;
      if (!covered(hits, start, end)) hits.push({ start, numberStart: start, end, sek: Math.round(readNumber(written)) });
    }
  }
  if (!LABELLED_MONEY_ANCHORS.every((a) => a.test(text))) return hits.sort((a, b) => a.start - b.start);
  for (const m of eachMatch(LABELLED_MONEY, text)) {
    const written = m.groups?.number ?? '';
    const start = m.index + m[0].length - written.length;
    const end = m.index + m[0].length;
    const unit = m.groups?.unit?.toLocaleLowerCase('sv');
    const sek = Math.round(readNumber(written) * (unit ? (MULTIPLIERS[unit]?.factor ?? 1) : 1));
    const read = covered(hits, start, end);
    if (!read && Number.isFinite(sek) && (unit || sek >= LABELLED_MIN_SEK)) hits.push({ start, numberStart: start, end, sek });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Whether a money hit already read overlaps start–end: each later reader adds only sums the earlier ones left. */
const covered = (hits: readonly MoneyHit[], start: number, end: number): boolean => hits.some((h) => start < h.end && end > h.start);

/** Integer SEK of a MONEY match ending at `end` in `text`, or null when the match does not name money. */
function moneyValue(groups: Record<string, string | undefined>, text: string, end: number): number | null {
  const multiplier = groups.multiplier ? MULTIPLIERS[groups.multiplier.toLocaleLowerCase('sv')] : undefined;
  const currency = Boolean(groups.currency ?? groups.dash ?? groups.prefix) || Boolean(multiplier?.currency);
  // Most numbers in a text name no money: decided before the number is read.
  const follower = text.slice(end, end + 40);
  const bareMoney = multiplier && (BARE_MULTIPLIER_FOLLOWER.test(follower) || (multiplier.factor >= 1_000_000 && BARE_MILLION_VERB.test(follower)));
  if (!currency && !bareMoney) return null;
  const number = readNumber(groups.number ?? '');
  if (!Number.isFinite(number)) return null;
  // A number word names money only with a multiplier ("tre miljoner"), never alone ("ett kr" is not written).
  if (!/\d/.test(groups.number ?? '') && !multiplier) return null;
  // A number already written in full before a multiplier is a slip of the pen, not millions of millions: "Av dessa kommer
  // 2 263 875 miljoner kronor från …" means 2 263 875 kronor (never "1 200 miljoner", a number below a million that counts millions).
  const factor = multiplier && multiplier.factor >= 1_000_000 && number >= 1_000_000 ? 1 : (multiplier?.factor ?? 1);
  const sek = Math.round(number * factor);
  return sek > 0 ? sek : null;
}

/** PER_RULES strongest first, in their own order where equally strong (a stable sort): the first that fires is the strongest. */
const PER_RULES_BY_STRENGTH = [...PER_RULES].sort((a, b) => b.strength - a.strength);

/** The strongest periodicity rule that fires: words right after the amount, then in its clause, then in its sentence. */
function readPer(windows: Readonly<Record<Where, string>>): { rule: PerRule; afterLength: number } | null {
  const best = PER_RULES_BY_STRENGTH.find((r) => r.pattern.test(windows[r.where]));
  if (!best) return null;
  return { rule: best, afterLength: best.where === 'after' ? (best.pattern.exec(windows.after)?.[0].length ?? 0) : 0 };
}

/**
 * Folds mentions into values. The same sum mentioned several times is one value; when the text attributes
 * the same sum to different payers one by one ("Region Skåne med 400 000 kronor, Malmö stad med 400 000
 * kronor") each payer gets its own value. Weaker payer readings never split a sum: a misread subject
 * must not turn one amount into two. A body and the public party it belongs to count as one payer. A sum with
 * no payer said in its sentence goes to the one funder the text declares elsewhere (declaredFunder).
 */
function resolve(
  mentions: readonly AmountMention[],
  owners: ReadonlyMap<string, string>,
  bearer: CostBearer | null,
  declared: string | null,
  oneYear = false,
  decider: string | null = null,
): Candidate<Amount>[] {
  const bySek = new Map<number, AmountMention[]>();
  for (const m of mentions) {
    const group = bySek.get(m.sek);
    if (group) group.push(m);
    else bySek.set(m.sek, [m]);
  }

  const candidates: Candidate<Amount>[] = [];
  for (const [sek, group] of bySek) {
    const named = new Set(group.flatMap((m) => (m.payer && !m.payer.fallback ? [m.payer.payer] : [])));
    const payerOf = (m: AmountMention) => {
      const p = m.payer && !m.payer.fallback ? m.payer.payer : null;
      const owner = p ? owners.get(p) : undefined;
      return owner && named.has(owner) ? owner : p;
    };
    const attributed = [...new Set(group.flatMap((m) => (m.payer && SPLITTING_RULES.has(m.payer.rule) ? [payerOf(m)!] : [])))];
    const subgroups =
      attributed.length >= 2
        ? attributed.map((p, i) => group.filter((m) => payerOf(m) === p || (i === 0 && !attributed.includes(payerOf(m) ?? ''))))
        : [group];
    for (const sub of subgroups) {
      const guessed = sub.every((m) => !m.payer || m.payer.fallback);
      // "… innebär att socialförvaltningen står för finansieringen": a funder the text declares outranks a guess.
      const said = attributed.length >= 2 ? attributed[subgroups.indexOf(sub)]! : guessed && declared ? declared : strongestPayer(sub, payerOf);
      // "Kommunens ersättning … Kostnaden finansieras ur kommunstyrelsens anslag": the body whose budget bears
      // the cost is the more precise payer than its kommun or region, and the payer where none is named.
      // "Förvaltningen föreslår att föreningen beviljas 150 000 kronor. … Socialnämnden beslutar …": a sum no reading gives a
      // payer, not even the kommun as a guess, is paid by the body the text shows deciding (decidingBody). A kommun guessed
      // stays: the gold gives a body's grant now to the body, now to its kommun, and a guess refined gained nothing.
      const payer = (bearer && (said === null || said === bearer.owner) ? bearer.organ : said) ?? (guessed ? decider : null);
      const per = sub.reduce<PerRule | null>((best, m) => (m.per && (!best || m.per.strength > best.strength) ? m.per : best), null);
      // "ett IOP-avtal värt 200 000 kronor … säkrad för 2021": an agreement of one calendar year is worth that year's sum.
      const yearly = oneYear && per?.per === 'total' && ONE_YEAR_VALUE_RULES.has(per.name);
      const value: Amount = { sek, per: yearly ? 'year' : (per?.per ?? 'unknown'), payer };
      // Confidence that the value (sum, periodicity and payer) is right: relevance times how sure the periodicity is.
      const perCertainty = per?.strength ?? 0.7;
      for (const m of sub) {
        candidates.push({
          value,
          key: `${sek}|${payer ?? ''}`,
          rule: m.per?.name ?? 'money',
          strength: round(m.relevance * perCertainty),
          start: m.start,
          end: m.end,
        });
      }
    }
  }
  return candidates;
}

/** Payer readings that attribute one sum to one payer, strong enough to split equal sums apart. */
const SPLITTING_RULES: ReadonlySet<string> = new Set(['party-med', 'name-med', 'party-share']);

/** The payer with the most reading strength among a value's mentions; fallback guesses count only when nothing is said. */
function strongestPayer(group: readonly AmountMention[], payerOf: (m: AmountMention) => string | null): string | null {
  const weight = new Map<string, number>();
  for (const m of group) {
    const p = payerOf(m);
    if (p && m.payer) weight.set(p, (weight.get(p) ?? 0) + m.payer.strength);
  }
  const best = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? strongestFallback(group);
}

function strongestFallback(group: readonly AmountMention[]): string | null {
  const readings = group.flatMap((m) => (m.payer ? [m.payer] : []));
  return readings.reduce<PayerReading | null>((best, r) => (!best || r.strength > best.strength ? r : best), null)?.payer ?? null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
