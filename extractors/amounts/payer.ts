/**
 * Who pays an amount, read from the sentence it stands in. The parties come from the parties extractor
 * (ctx.parties); this module finds where they are mentioned (full names, aliases, their genitives, and
 * definite references such as "nämnden" when only one body fits) and applies the payer rules in order.
 * Aliases the text defines ("nedan kallad VGR", "(IM)") are read here too, and the body whose budget the text
 * says bears the cost (costBearer) refines a kommun's payment to that body (index.ts).
 */
import type { Parties } from '../engine/context.js';
import { eachMatch, execAt, wordStart } from '../engine/sticky.js';
import { PhraseMatcher } from '../engine/phrase-trie.js';
import { alternation, SUM_IN_TEXT } from './numerals.js';

export type PartyKind = 'offentlig' | 'ideburen' | 'organ';

export interface PartyMention {
  /** The canonical name the payer gets. */
  name: string;
  kind: PartyKind;
  start: number;
  end: number;
}

/**
 * Definite nouns that point at the one party of a kind whose name contains `contains`. A body's noun may be the
 * head of a compound ("Stadsdelsnämnden" for "Spånga-Tensta stadsdelsnämnd"): then the party's name must hold
 * the whole compound's stem.
 */
export const DEFINITE_REFERENCES: readonly { word: RegExp; kind: PartyKind; contains: RegExp; compound?: boolean }[] = [
  { word: /nämnden/iu, kind: 'organ', contains: /nämnd/iu, compound: true },
  { word: /styrelsen/iu, kind: 'organ', contains: /styrelse/iu, compound: true },
  { word: /kommunen/iu, kind: 'offentlig', contains: /kommun|stad/iu },
  { word: /regionen/iu, kind: 'offentlig', contains: /region/iu },
  { word: /(?:föreningen|organisationen|stiftelsen)/iu, kind: 'ideburen', contains: /./u },
];

/**
 * Short names an agreement or report gives its parties: "Västra Götalandsregionen, org.nr …, genom
 * hälso- och sjukvårdsnämnden, nedan kallad VGR" (the first party named in the clause), "Stockholms
 * Stadsmission (Stadsmissionen)", "Individuell Människohjälp (IM)" (the party right before the parenthesis).
 */
const CALLED = /(?:[Nn]edan|[Hh]ärefter|[Ii] fortsättningen|[Ff]ortsättningsvis)\s+(?:även\s+)?(?:kallad|kallat|kallade|kallas|benämnd|benämnt|benämnda|benämns)\s+["”'»]?(?<alias>\p{L}[\p{L}\p{N}:-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?)/gu;
/** Parentheses after a name that hold no short name for it: "(IOP)", "(Dnr …)", "(bilaga 1)", "(org.nr …)". */
const NOT_ALIAS = /^(?:IOP|dnr|diarienummer|bilaga|org|organisationsnummer)(?![\p{L}])/iu;
const PARENTHESISED = /^\s*\((?:nedan\s+(?:kallad\s+)?)?(?<alias>\p{Lu}[\p{L}\p{N}:-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?)\)/u;

/** Aliases the text defines for the parties, alias → canonical name, added to those the parties extractor found. */
export function definedAliases(text: string, parties: Parties): Map<string, string> {
  const aliases = new Map(parties.aliases);
  const mentions = findPartyMentions(text, { ...parties, aliases: new Map() });
  for (const m of eachMatch(CALLED, text)) {
    // The clause the alias closes starts after the last full stop or blank line before it.
    const clauseStart = Math.max(text.lastIndexOf('.\n', m.index), text.lastIndexOf('\n\n', m.index), text.lastIndexOf('. ', m.index), 0);
    const named = mentions.find((p) => p.start >= clauseStart && p.end <= m.index && !isDefinite(text, p));
    if (named) aliases.set(m.groups!.alias!, named.name);
  }
  for (const p of mentions) {
    const alias = PARENTHESISED.exec(text.slice(p.end, p.end + 60))?.groups?.alias;
    if (alias && !NOT_ALIAS.test(alias) && !isDefinite(text, p)) aliases.set(alias, p.name);
  }
  return aliases;
}

/** Each definite noun as the end of a mention, compiled once: these run for every mention. */
const DEFINITE_ENDINGS = DEFINITE_REFERENCES.map((r) => new RegExp(String.raw`${r.word.source}s?$`, 'iu'));

/** A mention that is a definite noun ("nämnden"), not the party's name. */
const isDefinite = (text: string, m: PartyMention) => DEFINITE_ENDINGS.some((ending) => ending.test(text.slice(m.start, m.end)));

/** Each definite noun where it stands in a text, a compound's first part as `prefix`; compiled once. */
export const DEFINITE_PATTERNS = DEFINITE_REFERENCES.map((ref) => {
  const prefix = ref.compound ? String.raw`(?<prefix>\p{L}*)` : '';
  return [ref, new RegExp(String.raw`(?<![\p{L}])${prefix}(?:${ref.word.source})s?(?![\p{L}])`, 'giu')] as const;
});

/**
 * The matches of a definite pattern, as matchAll gives them. A compound's pattern ("(?<prefix>\p{L}*)nämnden") can only
 * match a whole word that holds its noun: the noun is searched for, and the pattern tried (sticky) only at the start of
 * each word that holds it, rather than at every word of the text.
 */
const COMPOUND_SEARCHES = new Map(
  DEFINITE_PATTERNS.filter(([ref]) => ref.compound).map(([ref, pattern]) => [pattern, { noun: new RegExp(ref.word.source, 'giu'), at: new RegExp(pattern.source, 'iuy') }]),
);
export function* definiteMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const search = COMPOUND_SEARCHES.get(pattern);
  if (!search) {
    yield* eachMatch(pattern, text);
    return;
  }
  let last = -1;
  for (const noun of [...eachMatch(search.noun, text)]) {
    const start = wordStart(text, noun.index);
    if (start === last) continue;
    last = start;
    const m = execAt(search.at, text, start);
    if (m) yield m;
  }
}

/**
 * The parties' names as one pattern. A name may wrap over a line, and may stand in the genitive ("Region
 * Skånes", "RKC:s"). A document's parties are asked for several times (aliases, amounts, payers): each set
 * of names is compiled once.
 */
export const namesPattern = (() => {
  const compiled = new Map<string, RegExp>();
  return (names: readonly string[]): RegExp => {
    const written = alternation(names).replace(/\\? /g, String.raw`\s+`);
    let pattern = compiled.get(written);
    if (!pattern) {
      if (compiled.size >= 16) compiled.clear();
      pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${written})(?::?s)?(?![\p{L}\p{N}])`, 'giu');
      compiled.set(written, pattern);
    }
    return pattern;
  };
})();

/**
 * The same names as a character trie (engine/phrase-trie.ts): one pass over the text, no pattern compiled per document (a
 * document's names are its own: compiling their alternation cost more than matching it). The trie matches exactly what
 * namesPattern does where the names are single-spaced words of letters the i and u flags fold as toLowerCase does (below
 * U+0250, not "ſ" or "µ"), and the text holds no "ſ" (which the flags fold to "s"); elsewhere the pattern runs.
 */
const namesMatcher = (() => {
  const built = new Map<string, PhraseMatcher>();
  return (names: readonly string[]): PhraseMatcher => {
    const sorted = [...names].sort((a, b) => b.length - a.length);
    const key = sorted.join('\n');
    let matcher = built.get(key);
    if (!matcher) {
      if (built.size >= 16) built.clear();
      matcher = new PhraseMatcher(sorted, { notAfter: /[\p{L}\p{N}]/u, notBefore: /[\p{L}\p{N}]/u, suffixes: [':s', 's', ''] });
      built.set(key, matcher);
    }
    return matcher;
  };
})();
const TRIE_NAME = /^[^\s\\ſµ]+(?: [^\s\\ſµ]+)*$/u;
const trieMatches = (names: readonly string[], text: string) =>
  !text.includes('ſ') && names.every((name) => TRIE_NAME.test(name) && [...name].every((ch) => ch.charCodeAt(0) < 0x250));

/** The names' matches in the text, as `text.matchAll(namesPattern(names))` gives them: where each starts, and its text. */
export function nameMatches(names: readonly string[], text: string): { index: number; 0: string }[] {
  if (!trieMatches(names, text)) return [...text.matchAll(namesPattern(names))];
  return namesMatcher(names)
    .matchAll(text)
    .map((m) => ({ index: m.start, 0: text.slice(m.start, m.end) }));
}

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
    for (const m of nameMatches([...names.keys()], text)) {
      const written = m[0].replace(/\s+/g, ' ').toLocaleLowerCase('sv');
      const party = names.get(written.replace(/:?s$/u, '')) ?? names.get(written);
      if (party && !taken(m.index, m.index + m[0].length)) found.push({ ...party, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const [ref, pattern] of DEFINITE_PATTERNS) {
    // The names of the noun's kind that hold its word, lower-cased once rather than for every mention of the noun.
    let kindNames: { name: string; kind: PartyKind; lower: string }[] | undefined;
    for (const m of definiteMatches(pattern, text)) {
      kindNames ??= [...names.values()].filter((p) => p.kind === ref.kind && ref.contains.test(p.name)).map((p) => ({ ...p, lower: p.name.toLocaleLowerCase('sv') }));
      // "Stadsdelsnämnden" → "stadsdelsnämnd": the stem a fitting name holds.
      const stem = (m.groups?.prefix ?? '').toLocaleLowerCase('sv') + ref.contains.source;
      const fits = kindNames.filter((p) => p.lower.includes(m.groups?.prefix ? stem : ''));
      const unique = [...new Set(fits.map((p) => p.name))];
      if (unique.length === 1 && !taken(m.index, m.index + m[0].length)) {
        found.push({ name: unique[0]!, kind: ref.kind, start: m.index, end: m.index + m[0].length });
      }
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

/**
 * Verbs in the active voice by which the subject pays ("nämnden avsätter", "RKC kommer att finansiera",
 * "Frälsningsarmén har därutöver finansierat", "Kommunen satsar …", "Regionen går in med …", "kommunen stöttar föreningen med …"), in the present, the
 * infinitive and the perfect.
 */
const PAYING_VERB_FORMS = String.raw`(?:del)?(?:finansier(?:ar|a|at|ade)|stött(?:ar|a|at|ade)|bidra(?:r|git)?|bidrog|avsätt(?:er|a)|avsatt|avsatte|bevilja(?:r|t|de)?|fördela(?:r|t|de)?|betala(?:r|t|de)?|bekosta(?:r|t|de)?|tillför(?:a|t|de)?|anslår|anslagit|utbetala(?:r|t)?|ersätt(?:er|a)|ersatt|ersatte|ge(?:r)?|gett|gav|givit|st(?:år|od|ått) för|skjut(?:er|a|it) till|satsa(?:r|t|de)?|investera(?:r|t|de)?|g(?:år|ick|å) in med)(?![\p{L}])`;
export const PAYING_VERB = new RegExp(String.raw`(?<![\p{L}])${PAYING_VERB_FORMS}`, 'iu');
/** Every paying verb of a text (matchAll copies it, so it is never changed): compiled once, not per amount. */
const PAYING_VERBS = new RegExp(PAYING_VERB.source, 'giu');

/** An infinitive clause with a paying verb and no subject of its own: "2. att finansiera partnerskapet med …". */
const INFINITIVE_PAYING = new RegExp(String.raw`(?:(?<![\p{L}])att|(?:^|\s)\d{1,2}[.)])\s+${PAYING_VERB_FORMS}[^.;]*$`, 'iu');

/**
 * An opening adverbial and a paying verb, then the subject: "Därutöver betalar ", "Under 2025 bidrar ", "För detta betalar kommunen
 * …", "Enligt avtalet ger regionen …", "I år satsar staden …", "Totalt ger kommunen …".
 */
const INVERTED_SUBJECT = new RegExp(
  String.raw`(?:^|[.;:]\s+|\n)(?:därutöver|dessutom|därtill|vidare|också|även|därför|därmed|nu|totalt|sammanlagt|årligen|under\s+\d{4}|från\s+och\s+med\s+\d{4}|för\s+\d{4}|år\s+\d{4}|för\s+(?:detta|det|dessa|denna\s+\p{L}+|arbetet|insatsen|insatserna|verksamheten|uppdraget)|enligt\s+(?:avtalet|överenskommelsen|förslaget)|i\s+år|varje\s+år)\s+${PAYING_VERB_FORMS}\s+`,
  'iu',
);

/**
 * Before the party that pays in a passive clause, or gives the money: "finansieras av ", "bidraget från "; or that gives rooms
 * whose cost is the sum ("lokaler som upplåts av kultur- och fritidsnämnden … motsvarar en lokalkostnad på 2 750 kronor").
 */
const AGENT_BEFORE =
  /(?:(?:del)?finansieras|bekostas|betalas(?:\s+ut)?|utbetalas|ersätts|beviljas|upplåts|upplåtes|tillhandahålls|bidrag\p{L}*|ersättning\p{L}*|stöd\p{L}*|finansiering\p{L}*|medel)\s+(?:gemensamt\s+|helt\s+|delvis\s+)?(?:av|från)\s+$/iu;

/**
 * Verbs by which the idéburen party receives money: "får", "erhåller", "tilldelas", "beviljas", also in the perfect and the
 * infinitive ("Föreningen har fått 150 000 kronor från kommunen", "har tilldelats … av Malmö stad", "ska få 300 000 kronor").
 */
const RECEIVES = /(?<![\p{L}])(?:får|fick|fått|få|erhåller|erhöll|erhållit|erhålla|tilldelas|tilldelades|tilldelats|beviljas|beviljades|beviljats)(?![\p{L}])/iu;

/** From the sum to its source later in the clause: "450 000 kronor om året från ". */
const SOURCE_AFTER = /^[^.;]{0,60}?\s(?:från|av)\s+$/iu;

/**
 * After a body or party: it decides or proposes ("Regionstyrelsen beslutar", "Nämnden föreslås besluta"), or, after its
 * genitive, the protocol's heading of its decision or proposal ("Kultur- och fritidsnämndens beslut", "Arbetsutskottets förslag").
 */
const DECIDES = /^\s+(?:föreslås\s+)?(?:besluta[rt]?|beslöt|beslutade|föreslår|föreslås)(?![\p{L}])/iu;
const DECISION_HEADING = /^\s+(?:beslut|förslag)(?![\p{L}])/iu;

/** How far before an amount the decision's opening ("Kommunstyrelsen föreslås besluta") is looked for. */
const DECISION_REACH = 1200;

/** Words for money the public side gives; with no named payer the one public party is the likely one. */
export const FUNDING_WORD = /(?:finansier|bidrag|tillför|tillskott|stöd|anslag|ersättning|avsätt|medel(?![\p{L}]))/iu;

/** Fees the idéburen party pays to the public one (rent of municipal land or rooms, repayment). */
export const FEE_WORD = /(?:arrendeavgift|arrende|hyra|hyran|lokalhyra|avgift|återbetal)/iu;

/** Money the idéburen party raises itself. */
const OWN_FUNDS = /(?:egna\s+(?:insamlade\s+)?medel|insamlade\s+medel|egenfinansiering|egen\s+finansiering|egeninsats|egen\s+insats|ideell\s+insats)/iu;

/** After a party in the genitive: the noun for its part of the money. */
const PAYER_SHARE = /^\s+(?:(?:egen|eget|egna|årliga|totala)\s+)?(?:andel|del|ersättning|bidrag|finansiering|insats|medfinansiering|kostnad|budget|budgetram)(?![\p{L}])/iu;

/**
 * What may stand before a subject in its sentence: nothing, a clause boundary (not "och", which mostly
 * joins names), a list number ("Förslag till beslut 1. Nämnden avsätter …"), a heading line ("Ekonomi\n
 * Nämnden finansierar …"), or an opening adverbial and the auxiliary that in Swedish comes before the subject ("Nu har
 * kommunstyrelsen beviljat …", "I dag har nämnden beslutat att …", "Därför ska regionen …").
 */
const CLAUSE_OPENING =
  /(?:(?:^|[,;:]|\b(?:men|att|dock|därför|därutöver))\s*|(?:^|\s)\d{1,2}[.)]\s*|^[^\n.!?;:]{1,65}\n[ \t]*|^\s*(?:nu|i\s*dag|därför|därmed|samtidigt|i\s+år|nyligen|redan|också|även)\s+(?:har|hade|ska|skall|vill)\s+)$/iu;

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
  // 3. "Bidraget betalas ut av kultur- och fritidsnämnden", "Ersättningen från regionen uppgår till …": the one party
  // named as the agent of a passive paying verb, or as the source of the money, in the sentence.
  const agents = new Set(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && AGENT_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))).map((m) => m.name));
  if (agents.size === 1) return { payer: [...agents][0]!, rule: 'agent-pays', strength: 0.8, fallback: false };
  // 3b. "Kvinnojouren får 450 000 kronor om året från Region Dalarna": a receiving verb before the sum, its source after it.
  const source = RECEIVES.test(sentenceText) ? mentions.find((m) => m.kind !== 'ideburen' && m.start > amountStart && m.end <= sentence.end && SOURCE_AFTER.test(text.slice(amountStart, m.start))) : undefined;
  if (source) return { payer: source.name, rule: 'source-after', strength: 0.8, fallback: false };
  // 4. "Regionstyrelsen beslutar 1. att ingå … 2. att finansiera partnerskapet med 1,8 mnkr": an infinitive paying
  // clause without a subject is paid by the body that decides or proposes the list.
  // Only in this amount's own clause: a later sum of the sentence may have a subject of its own ("… och att
  // regionen står för 50 000 kronor"); one that has none inherits the earlier sum's payer (index.ts).
  if (INFINITIVE_PAYING.test(text.slice(windowStart, amountStart))) {
    const decides = (m: PartyMention) =>
      DECIDES.test(text.slice(m.end, m.end + 30)) || (/s$/iu.test(text.slice(m.start, m.end)) && DECISION_HEADING.test(text.slice(m.end, m.end + 30)));
    const decider = mentions.filter((m) => m.kind !== 'ideburen' && m.end <= amountStart && m.start >= amountStart - DECISION_REACH && decides(m)).at(-1);
    if (decider) return { payer: decider.name, rule: 'decider-pays', strength: 0.8, fallback: false };
  }
  // 5. "Nämnden beslutar att bevilja ett stöd om …", "RKC kommer att finansiera verksamheten med …", "… 2. att
  // kommunen ersätter parterna med …": the nearest party before the paying verb that opens a clause (a subject,
  // not "… partnerskap med Malmö stad").
  const verbs = [...eachMatch(PAYING_VERBS, text.slice(sentence.start, amountStart))];
  const verbAt = sentence.start + (verbs.at(-1)?.index ?? Infinity);
  const subject = verbs.length === 0 ? undefined : inSentence.filter((m) => m.end <= verbAt && CLAUSE_OPENING.test(text.slice(sentence.start, m.start))).at(-1);
  if (subject) return { payer: subject.name, rule: 'subject-pays', strength: 0.8, fallback: false };
  // 6. "Därutöver betalar kommunen ett engångsbelopp om …": after an opening adverbial the subject follows the verb.
  const inverted = INVERTED_SUBJECT.exec(text.slice(sentence.start, amountStart));
  const after = inverted && inSentence.find((m) => m.start === sentence.start + inverted.index + inverted[0].length);
  if (after) return { payer: after.name, rule: 'inverted-subject-pays', strength: 0.75, fallback: false };
  // 7. "Arrendeavgiften är 5 000 kronor per år": the association pays.
  const ideburna = parties.ideburna.map((f) => f.value);
  if (FEE_WORD.test(text.slice(windowStart, amountStart)) && ideburna.length === 1) {
    return { payer: ideburna[0]!, rule: 'fee-payer', strength: 0.7, fallback: false };
  }
  // 8. "Därutöver tillförs 200 000 kronor ur egna insamlade medel": the organisation's own money.
  const clause = text.slice(windowStart, Math.min(sentence.end, amountStart + 60));
  if (OWN_FUNDS.test(clause) && ideburna.length === 1) {
    return { payer: ideburna[0]!, rule: 'own-funds', strength: 0.7, fallback: false };
  }
  // 9. Funding with no payer named, or money the idéburen party receives ("Kvinnojouren får 340 000 kronor varje år"): the one
  // public party, when there is exactly one.
  const offentliga = parties.offentliga.map((f) => f.value);
  const fundingSentence = text.slice(sentence.start, sentence.end);
  // The receiver is no public party: none is named before the sum.
  const idéburenReceives = RECEIVES.test(sentenceText) && inSentence.every((m) => m.kind === 'ideburen');
  if ((FUNDING_WORD.test(fundingSentence) || idéburenReceives) && offentliga.length === 1) {
    return { payer: offentliga[0]!, rule: 'sole-public-funder', strength: 0.55, fallback: true };
  }
  return null;
}

/** A body whose budget bears the partnership's cost, and the public party it belongs to. */
export interface CostBearer {
  organ: string;
  /** The one public party the body belongs to; null when the text names no public party. */
  owner: string | null;
}

/**
 * "belastar socialnämndens budget", "finansieras ur kommunstyrelsens anslag", "ryms inom nämndens ram",
 * "Finansiering sker inom kommunstyrelsens förfogandeanslag", "Bidraget kommer från kommunstyrelsens driftbudget",
 * "270 000 kronor avsätts från kommunstyrelsens ofördelade medel".
 */
const BEARS_COST =
  /(?:(?:belast\p{L}*|finansier\p{L}*|ryms|rymmas|bekostas|tas|hämtas|avsätts|avsatts|anvisas|anvisats)\s+(?:sker\s+|ska\s+ske\s+)?(?:(?:inom|ur|från|av|via|ramen\s+för)\s+)*|(?<![\p{L}])(?:kommer|kom|kommit|tas|hämtas)\s+(?:\p{L}+\s+)?(?:från|ur)\s+)$/iu;
/** A budget noun, also compounded ("förfogandeanslag", "verksamhetsbudgeten", "driftram"), or a body's funds ("kommunstyrelsens ofördelade medel"); not "program". */
const BUDGET_NOUN = /^\s+(?:\p{L}+\s+)?(?:\p{L}*(?:budget|anslag|konto)\p{L}*|(?:budget|drift|netto)?ram(?:en|ar)?|(?:ofördelade\s+)?medel)(?![\p{L}])/iu;

/**
 * The one body whose budget the text says bears the cost, with the one public party it belongs to; null when
 * none or several bodies are named, or the partnership has several public parties.
 */
export function costBearer(text: string, mentions: readonly PartyMention[], parties: Parties): CostBearer | null {
  const bearers = new Set(
    mentions
      .filter((m) => m.kind === 'organ' && /s$/iu.test(text.slice(m.start, m.end)))
      .filter((m) => BUDGET_NOUN.test(text.slice(m.end, m.end + 40)) && BEARS_COST.test(text.slice(Math.max(0, m.start - 40), m.start)))
      .map((m) => m.name),
  );
  // With several public parties each pays its own share and the text names them; the bearer refines only one, or pays where the
  // text names none (a protocol's item often names its bodies only: "… avsatts från kommunstyrelsens ofördelade medel").
  if (bearers.size !== 1 || parties.offentliga.length > 1) return null;
  return { organ: [...bearers][0]!, owner: parties.offentliga[0]?.value ?? null };
}

/**
 * A verb by which a body decides a matter or grants money, after the body's name: "Socialnämnden beslutar att förlänga …",
 * "Nämnden beviljade stödet", "Kultur- och fritidsnämnden har beslutat att …". Not a proposal ("Förvaltningen föreslår",
 * "Arbetsutskottet föreslår nämnden …"): who proposes does not pay; nor a refusal ("kommunstyrelsen beslutat avslå ansökan",
 * "Nämnden beslutar att inte bevilja …"): who refuses pays nothing.
 */
export const DECIDING_VERB =
  /^\s+(?:har\s+|hade\s+)?(?:(?:i\s+dag|idag|nu|därför|också|även)\s+)?(?:besluta[rt]?|beslöt|beslutade|bevilja(?:r|t|de)?)(?![\p{L}])(?!\s+(?:att\s+)?(?:inte\s+|ej\s+)?(?:avslå|avslog|avslagit|avstå)(?![\p{L}]))(?!\s+att\s+(?:inte|ej)(?![\p{L}]))/iu;

/** The bodies whose decision spends their own budget: a nämnd, a styrelse, an utskott (not a förvaltning, which proposes). */
export const DECIDING_BODY = /(?:nämnd|styrelse|utskott)\p{L}*$/iu;

/**
 * The one body the text shows deciding or granting (DECIDING_VERB after its name): a sum no reading gives a payer is paid
 * from the budget of the body that decides it ("Förvaltningen föreslår att föreningen beviljas 150 000 kronor. … Beslut
 * Socialnämnden beslutar …": the socialnämnd pays). Null when no body or several decide, or the partnership has several
 * public parties.
 */
export function decidingBody(text: string, mentions: readonly PartyMention[], parties: Parties): string | null {
  const deciders = new Set(
    mentions
      .filter((m) => m.kind === 'organ' && DECIDING_BODY.test(m.name) && DECIDING_VERB.test(text.slice(m.end, m.end + 40)))
      .map((m) => m.name),
  );
  return deciders.size === 1 && parties.offentliga.length <= 1 ? [...deciders][0]! : null;
}

/**
 * A sentence that names who funds the partnership without a sum: "innebär att socialförvaltningen står för
 * finansieringen", "Satsningen finansieras av kommunstyrelsen", "Regionen bekostar verksamheten". Sums the text
 * gives elsewhere without a payer of their own are that party's (index.ts). Not an idéburen party: "föreningen
 * står för lokalerna" is its contribution in kind.
 */
const STANDS_FOR_FUNDING =
  /^\s+(?:(?:också|även|helt|ensam|själv)\s+)?(?:står|stod|svarar|svarade)\s+(?:\p{L}+\s+)?för\s+(?:hela\s+)?(?:finansieringen|kostnaden|kostnaderna|ersättningen)(?![\p{L}])|^\s+(?:(?:också|även|helt)\s+)?(?:finansierar|finansierade|bekostar|bekostade)(?![\p{L}])/iu;
const FUNDED_BY = /(?:finansieras|finansierades|bekostas|bekostades)\s+(?:helt\s+|gemensamt\s+|i\s+sin\s+helhet\s+)?av\s+$/iu;

/** Money in a sentence: "finansieras av Region Skåne med 400 000 kronor" is read sum by sum (readPayer), not declared. */
const SENTENCE_MONEY = new RegExp(SUM_IN_TEXT, 'iu');

/** The sentence around an offset, cut at full stops and blank lines. */
function plainSentence(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const after = text.slice(at, at + 300);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n')) + 1;
  const end = /\.(?:\s|$)|\n\s*\n/u.exec(after)?.index ?? after.length;
  return before.slice(start) + after.slice(0, end);
}

/** The one public party or body the text declares funds the partnership, or null when none or several are. */
export function declaredFunder(text: string, mentions: readonly PartyMention[]): string | null {
  const funders = new Set(
    mentions
      .filter((m) => m.kind !== 'ideburen' && !SENTENCE_MONEY.test(plainSentence(text, m.start)))
      .filter((m) => STANDS_FOR_FUNDING.test(text.slice(m.end, m.end + 60)) || FUNDED_BY.test(text.slice(Math.max(0, m.start - 40), m.start)))
      .map((m) => m.name),
  );
  return funders.size === 1 ? [...funders][0]! : null;
}
