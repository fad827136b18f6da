/**
 * Who pays an amount, read from the sentence it stands in. The parties come from the parties extractor
 * (ctx.parties); this module finds where they are mentioned (full names, aliases, their genitives, and
 * definite references such as "nämnden" when only one body fits) and applies the payer rules in order.
 */
import type { Parties } from '../engine/context.js';
import { alternation } from './numerals.js';

export type PartyKind = 'offentlig' | 'ideburen' | 'organ';

export interface PartyMention {
  /** The canonical name the payer gets. */
  name: string;
  kind: PartyKind;
  start: number;
  end: number;
}

/** Definite nouns that point at the one party of a kind whose name contains `contains`. */
export const DEFINITE_REFERENCES: readonly { word: RegExp; kind: PartyKind; contains: RegExp }[] = [
  { word: /nämnden/iu, kind: 'organ', contains: /nämnd/iu },
  { word: /styrelsen/iu, kind: 'organ', contains: /styrelse/iu },
  { word: /kommunen/iu, kind: 'offentlig', contains: /kommun|stad/iu },
  { word: /regionen/iu, kind: 'offentlig', contains: /region/iu },
  { word: /(?:föreningen|organisationen|stiftelsen)/iu, kind: 'ideburen', contains: /./u },
];

/** Every mention of a party in `text`, longest names first, without overlaps, in text order. */
export function findPartyMentions(text: string, parties: Parties): PartyMention[] {
  const names = new Map<string, { name: string; kind: PartyKind }>();
  const add = (list: readonly { value: string }[], kind: PartyKind) => {
    for (const f of list) names.set(f.value.toLocaleLowerCase('sv'), { name: f.value, kind });
  };
  add(parties.ideburna, 'ideburen');
  add(parties.offentliga, 'offentlig');
  add(parties.organ, 'organ');
  for (const [alias, canonical] of parties.aliases) {
    const target = names.get(canonical.toLocaleLowerCase('sv'));
    if (target) names.set(alias.toLocaleLowerCase('sv'), target);
  }

  const found: PartyMention[] = [];
  const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
  if (names.size > 0) {
    // A name may wrap over a line, and may stand in the genitive ("Region Skånes", "RKC:s").
    const written = alternation([...names.keys()]).replace(/\\? /g, String.raw`\s+`);
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${written})(?::?s)?(?![\p{L}\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      const key = m[0].replace(/\s+/g, ' ').toLocaleLowerCase('sv').replace(/:?s$/u, '');
      const party = names.get(key) ?? names.get(m[0].replace(/\s+/g, ' ').toLocaleLowerCase('sv'));
      if (party && !taken(m.index, m.index + m[0].length)) found.push({ ...party, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const ref of DEFINITE_REFERENCES) {
    const fits = [...names.values()].filter((p) => p.kind === ref.kind && ref.contains.test(p.name));
    const unique = [...new Set(fits.map((p) => p.name))];
    if (unique.length !== 1) continue;
    const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${ref.word.source})s?(?![\p{L}])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      if (!taken(m.index, m.index + m[0].length)) found.push({ name: unique[0]!, kind: ref.kind, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Which public party a body belongs to, from "Region Skåne genom hälso- och sjukvårdsnämnden" and
 * "arbetsmarknads- och socialnämnden i Malmö stad". Used to see that a body and its region paying the
 * same sum are one payment.
 */
export function organOwners(text: string, mentions: readonly PartyMention[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (a.kind === 'offentlig' && b.kind === 'organ' && /^\s+(?:\p{L}+\s+){0,2}genom\s+$/u.test(between)) owners.set(b.name, a.name);
    if (a.kind === 'organ' && b.kind === 'offentlig' && /^\s+i\s+$/u.test(between)) owners.set(a.name, b.name);
  }
  return owners;
}

export interface PayerReading {
  payer: string;
  rule: string;
  strength: number;
  /** A fallback guess rather than something the sentence says. */
  fallback: boolean;
}

/** Verbs in the active voice by which the subject pays ("nämnden avsätter", "RKC kommer att finansiera"). */
export const PAYING_VERB = /(?<![\p{L}])(?:del)?(?:finansierar|finansiera|bidrar|bidra|avsätter|avsätta|beviljar|bevilja|fördelar|fördela|betalar|betala|bekostar|bekosta|tillför|anslår|utbetalar|ersätter|ersätta|står för|skjuter till)(?![\p{L}])/iu;

/** Words for money the public side gives; with no named payer the one public party is the likely one. */
export const FUNDING_WORD = /(?:finansier|bidrag|tillför|tillskott|stöd|anslag|ersättning|avsätt|medel(?![\p{L}]))/iu;

/** Fees the idéburen party pays to the public one (rent of municipal land or rooms, repayment). */
export const FEE_WORD = /(?:arrendeavgift|arrende|hyra|hyran|lokalhyra|avgift|återbetal)/iu;

/** After a party in the genitive: the noun for its part of the money. */
const PAYER_SHARE = /^\s+(?:(?:egen|eget|egna|årliga|totala)\s+)?(?:andel|del|ersättning|bidrag|finansiering|insats|medfinansiering|kostnad|budget|budgetram)(?![\p{L}])/iu;

/**
 * What may stand before a subject in its sentence: nothing, a clause boundary (not "och", which mostly
 * joins names), or a list number ("Förslag till beslut 1. Nämnden avsätter …").
 */
const CLAUSE_OPENING = /(?:(?:^|[,;:]|\b(?:men|att|dock|därför|därutöver))\s*|\s\d{1,2}[.)]\s*)$/iu;

/** "finansieras av Region Skåne med 400 000 kronor, Malmö stad med 400 000 kronor och Röda Korset med …": a name right before "med". */
const NAME_BEFORE_MED = /(?:^|,|\boch|\bav)\s+(?<name>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)\s+(?:med|om|på)\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$/u;

/**
 * The payer of the amount at [amountStart, …) in a sentence, or null.
 * `sentence` holds the sentence's global span; `windowStart` is where this amount's own clause starts
 * (after the previous amount in the same sentence). `mentions` are the parties' mentions in the text.
 */
export function readPayer(
  text: string,
  sentence: { start: number; end: number },
  windowStart: number,
  amountStart: number,
  mentions: readonly PartyMention[],
  parties: Parties,
): PayerReading | null {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= amountStart);
  const sentenceText = text.slice(sentence.start, amountStart);

  // 1. "finansieras av Region Skåne med 400 000 kronor, Malmö stad med …": a name that opens its clause
  // (not an object: "regionen ersätter föreningen med 450 000 kr").
  const last = inSentence.filter((m) => m.start >= windowStart).at(-1);
  const opensClause = last && /(?:^|[,;:]|\boch|\bsamt|\bav)\s*$/iu.test(text.slice(Math.max(windowStart, sentence.start), last.start));
  if (last && opensClause && /^\s*(?:bidrar\s+)?(?:med|om|på)\s+(?:cirka\s+|ca\.?\s+|drygt\s+)?$/iu.test(text.slice(last.end, amountStart))) {
    return { payer: last.name, rule: 'party-med', strength: 0.9, fallback: false };
  }
  if (/finansieras\s+(?:gemensamt\s+)?av/iu.test(sentenceText)) {
    const name = NAME_BEFORE_MED.exec(text.slice(windowStart, amountStart))?.groups?.name;
    if (name) return { payer: name, rule: 'name-med', strength: 0.75, fallback: false };
  }
  // 2. "arbetsmarknads- och socialnämndens del av finansieringen …", "Regionens ersättning till föreningen uppgår till …",
  // "Stadsmissionens egen insats värderas till …", "finansieras inom socialnämndens budgetram"
  const isShare = (m: PartyMention) => PAYER_SHARE.test(text.slice(m.end, m.end + 30)) && /s$/iu.test(text.slice(m.start, m.end));
  // The nearest such genitive before the amount, else the first after it in the sentence.
  const share = inSentence.filter(isShare).at(-1) ?? mentions.find((m) => m.start >= amountStart && m.end <= sentence.end && isShare(m));
  if (share) return { payer: share.name, rule: 'party-share', strength: 0.85, fallback: false };
  // 3. "Nämnden beslutar att bevilja ett stöd om …", "RKC kommer att finansiera verksamheten med …": the first
  // party that opens a clause (a subject, not "… partnerskap med Malmö stad") and pays by a verb after it.
  const subject = inSentence.find((m) => CLAUSE_OPENING.test(text.slice(sentence.start, m.start)));
  if (subject && PAYING_VERB.test(text.slice(subject.end, amountStart))) {
    return { payer: subject.name, rule: 'subject-pays', strength: 0.8, fallback: false };
  }
  // 4. "Arrendeavgiften är 5 000 kronor per år": the association pays.
  const ideburna = parties.ideburna.map((f) => f.value);
  if (FEE_WORD.test(text.slice(windowStart, amountStart)) && ideburna.length === 1) {
    return { payer: ideburna[0]!, rule: 'fee-payer', strength: 0.7, fallback: false };
  }
  // 5. Funding with no payer named: the one public party, when there is exactly one.
  const offentliga = parties.offentliga.map((f) => f.value);
  if (FUNDING_WORD.test(text.slice(sentence.start, sentence.end)) && offentliga.length === 1) {
    return { payer: offentliga[0]!, rule: 'sole-public-funder', strength: 0.55, fallback: true };
  }
  return null;
}
