/**
 * organ: the public bodies that decide on or sign the partnership — nämnder, styrelser, fullmäktige,
 * utskott, förvaltningar (extractors/lexicon/organ.json). A body's name is a compound ending in one of
 * those heads, with any suspended first halves kept whole ("arbetsmarknads- och socialnämnden",
 * "Arbetsmarknads- gymnasie- och vuxenutbildningsnämnden"), a Kungsbacka-style "nämnden för Kultur & Fritid",
 * or a sub-unit after a body's genitive ("regionstyrelsens arbetsutskott").
 *
 * Only bodies a text shows deciding or contracting count: the protocol's own body in its header or a
 * letterhead ("Lunds kommun, Socialnämnden"), the subject of a decision verb phrase — present, past, perfect
 * or future, with adverbials between ("Kommunstyrelsen godkänner", "Socialnämnden har i dag beslutat",
 * "Nu har kommunstyrelsen sagt ja till", "Regionstyrelsen väntas besluta") — the agent of a passive
 * ("godkändes av kulturnämnden"), the meeting that treats the matter ("beslut i kommunstyrelsen"), a
 * commissioning or responsible body, a proposal's addressee ("förslag till kommunfullmäktige"), a party's
 * acting body ("Region Gotland genom regionstyrelsen"), one side of a "mellan". A body in a history
 * ("Regionfullmäktige beslutade 2010 …"), a reference list, an address, a speaker's title ("ordförande i
 * socialnämnden") or a matter only sent to it ("remiss till socialnämnden") is mentioned, not party.
 */
import type { Field } from '../../pipeline/contract.js';
import type { Candidate } from '../engine/candidate.js';
import { mergeCandidates } from '../engine/candidate.js';
import type { DocText } from '../engine/doc-text.js';
import lexicon from '../lexicon/organ.json' with { type: 'json' };
import weekdayNames from '../lexicon/weekdays.json' with { type: 'json' };
import type { ContextRule } from './context-rules.js';
import { strongestContext } from './context-rules.js';
import { inPageHeader } from './layout.js';
import { cleanName } from './names.js';
import { perText } from '../engine/memo.js';
import { eachMatch, eachMatchNear, notAfter, runStart } from '../engine/sticky.js';
import { DATE_TEXT } from '../decision/date.js';
import { GappedPhrases, type Phrase } from '../engine/gapped-phrases.js';
import { MONTH_WORDS } from '../period/dates.js';

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** Every inflected head → its base ("nämndens" → "nämnd"); a misspelt head ("nämden") → its right one's base. */
const HEAD_BASE = new Map<string, string>(
  Object.entries(lexicon.heads).flatMap(([base, forms]) => forms.map((form): [string, string] => [form, base])),
);
const MISSPELT_HEADS = new Map<string, string>(Object.entries(lexicon.misspeltHeads));
for (const [misspelt, right] of MISSPELT_HEADS) HEAD_BASE.set(misspelt, HEAD_BASE.get(right)!);
const HEAD_FORMS = alternation([...HEAD_BASE.keys()]);
/** Compounds that name no particular body, no body at all, or a state agency: never a candidate organ. */
const GENERIC = new Set([...lexicon.genericBodies, ...lexicon.stateAgencies]);

/**
 * A capitalised first half joined by "&" without its hyphen, as a body styles its own name: "Kultur & Fritidsnämnden",
 * "Bygg & Miljönämnden". Both halves capitalised and the ampersand: "kultur och fritidsnämnden" in running text is a
 * noun and a body ("kultur och fritidsnämnden diskuterades"); after another capitalised word the first half is a name's
 * ("Föreningen Ekby & Socialnämnden").
 */
const CAPITALISED_AND = String.raw`(?<!\p{Lu}[\p{L}-]*[ \t]+)\p{Lu}\p{Ll}+[ \t]+&[ \t]+(?=\p{Lu}\p{Ll})`;
/** A word as a name writes it: its first letter small or capital ("kultur", "Kultur"). */
const capitalisable = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const NAME_PART = alternation(lexicon.nameParts.map(capitalisable));
/**
 * Two first halves of a body's name joined by "och" without the suspending hyphen, as some kommuner write it: "Kultur
 * och fritidsnämnden", "Vård och äldrenämnden", "Idrotts och föreningsförvaltningen". Both halves from the closed list
 * of name parts: "Stadsmissionen och socialförvaltningen", "Uppsala kommun och Socialnämnden" are two parties.
 */
const UNHYPHENATED_AND = String.raw`(?:${NAME_PART})[ \t]+och[ \t]+(?=(?:${NAME_PART})(?:${HEAD_FORMS})(?![\p{L}]))`;
/**
 * First halves of a coordinated compound: "arbetsmarknads- och ", "Arbetsmarknads- gymnasie- och ", also with the space
 * a converted PDF puts before the hyphen ("Kultur - och fritidsnämnden"). Not a dash between clauses ("… – och
 * kulturnämnden"): the hyphen follows the word at once or after one space, and "och" follows it.
 */
const SUSPENDED = String.raw`(?:[\p{L}]+[ \t]?-(?:\s*,\s*|[ \t]+)(?:[\p{L}]+-(?:\s*,\s*|[ \t]+))*(?:och|&|samt)\s+|${CAPITALISED_AND}|${UNHYPHENATED_AND})?`;
/** A compound ending in a head, with at least two letters before it ("socialnämnden", "kommunstyrelsens"). */
const COMPOUND = String.raw`\p{L}{2,}?(?:${HEAD_FORMS})`;
/**
 * A remit's field may carry its adjective: "och klinisk forskning", "och ideella sektorn", "och social välfärd", "för hållbar
 * utveckling", told by an adjective's ending (fields are open-ended, no list holds them all); not a plain noun ("och fritid", "och förebyggande").
 */
const REMIT_ADJECTIVE = String.raw`(?:\p{Ll}+(?:isk|iska|ell|ella|lig|liga|al|ala|bar|bara)[ \t]+(?!(?:och|samt)(?![\p{L}])))?`;
/**
 * What a body is for, after "för": "Individ & Familjeomsorg", "idrott, fritid och förebyggande", "näringsliv och
 * tillväxt", "hälsa, vård och klinisk forskning", a field with its adjective ("hållbar utveckling", "regional utveckling"); not a pronoun or what a matter is sent for ("för att", "för beredning", "för kännedom"), nor a verb
 * that begins with the letters ("Förvaltningen föreslår", "Nämnden förlänger").
 */
const REMIT = String.raw`för(?=[ \t\n])[ \t]*\n?[ \t]*(?!(?:${lexicon.notRemits.join('|')})(?![\p{L}]))${REMIT_ADJECTIVE}\p{L}+(?:(?:,[ \t]+\p{L}+)*[ \t]+(?:&|och)[ \t]+${REMIT_ADJECTIVE}\p{L}+)?`;
/** "nämnden för Individ & Familjeomsorg", "förvaltningen för Gymnasium & Arbetsmarknad", also broken over a line. */
const NAMNDEN_FOR = String.raw`(?:[Nn]ämnden|[Ff]örvaltningen)[ \t]*\n?[ \t]*${REMIT}`;
/**
 * A nämnd named by a compound and a remit that lists three or more fields, the last one perhaps with its adjective:
 * "fokusnämnden för kultur, bildning och ideella sektorn". Not a remit of one or two ("kulturnämnden för barn och
 * unga" is a grant's purpose), nor a list without commas ("kulturnämnden för arbetet med barn och unga").
 */
const LISTED_REMIT = String.raw`för[ \t]+(?!(?:${lexicon.notRemits.join('|')})(?![\p{L}]))\p{L}+(?:,[ \t]+\p{L}+)+[ \t]+(?:&|och)[ \t]+${REMIT_ADJECTIVE}\p{L}+`;
const COMPOUND_FOR = String.raw`\p{L}{2,}?nämnden[ \t]+${LISTED_REMIT}`;
/**
 * A sub-unit after a body's genitive: "regionstyrelsens arbetsutskott", "socialnämndens individutskott" (any utskott),
 * an utskott with its remit: "Kommunstyrelsens utskott för näringsliv och tillväxt".
 */
const SUB_UNIT = String.raw`(?:(?<=s)[ \t]+(?:${alternation(lexicon.subUnits)}|\p{L}+utskott(?:et)?|utskott(?:et)?(?:[ \t]+${REMIT})?))?`;

/** "Norra hälso- och sjukvårdsnämnden": a body for part of a region or city. */
const DIRECTION = String.raw`(?:${lexicon.directions.map(capitalisable).join('|')})[ \t]+`;
/**
 * Whose the body is, after it: "i Eskilstuna kommun", "i Solna stad", "i Region Skåne", "i Göteborgs Stad",
 * "i Västra Götalandsregionen", also "inom" ("Hållbarhetsnämnden inom Region Gävleborg tog beslutet").
 */
const OF_KOMMUN = String.raw`(?:[ \t]+(?:i|inom)[ \t]+(?:Region[ \t]+)?\p{Lu}\p{L}*(?:[ \t]+(?:\p{Lu}\p{L}*|kommun|stad|län|region))?)?`;
/**
 * A short parenthesis between a body and its verb, or the one that closes around the body: "Kommunstyrelsens
 * arbetsutskott (ksau) avslog ansökan", "Politikerna i kommunledningen (kommunstyrelsens arbetsutskott) ska behandla
 * ärendet"; not a longer aside ("Socialnämnden (som i fjol beslutade om bidrag till föreningen, se bilaga) …"). Its
 * abbreviation may stand between commas instead: "Organisations- och föreningsutskottet, OFU, beviljar årligen bidrag".
 */
const ASIDE = String.raw`(?:[ \t]*\([^()\n]{1,20}\)|\)|[ \t]*,[ \t]*\p{Lu}[\p{Lu}\d-]{1,7},)?`;
/** What may follow a deciding body before its verb: its kommun, an aside. */
const OWNER_ASIDE = String.raw`${OF_KOMMUN}${ASIDE}`;
/** An adjective that is part of a body's name: "Social resursnämnd" (Göteborg). */
const ADJECTIVE = String.raw`(?:${lexicon.adjectives.map(capitalisable).join('|')})[ \t]+(?=\p{L}+(?:nämnd|förvaltning))`;
/** A district (a place, "Rinkeby-Kista") before or after a stadsdel body. */
const DISTRICT = String.raw`(?!(?:${lexicon.notDistricts.join('|')})(?![\p{L}]))\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?`;
const QUALIFIER = String.raw`(?:${DIRECTION}|${ADJECTIVE}|${DISTRICT}[ \t]+(?=stadsdels))?`;
/**
 * A city's or region's district after its stadsdel, social or health body: "stadsdelsnämnden i Rinkeby-Kista",
 * "Stadsdelsförvaltningen Angered", "Socialnämnden Centrum" (Göteborg's social districts), "hälso- och
 * sjukvårdsnämnden Göteborg" (Västra Götalandsregionen's). Never a kommun ("socialnämnden i Malmö stad");
 * across a line end only where the phrase then ends ("… sjukvårdsnämnden\nGöteborg, nedan kallad VGR"),
 * never into a heading ("Socialnämnden\nHandläggare: …") or the next layout column (one space only), nor into the suspended
 * first half of the next body ("Socialnämnden Organisations- och föreningsutskott", the nämnd's utskott).
 */
const DISTRICT_BODY = String.raw`(?<=(?:[Ss]ocial(?:nämnd|förvaltning)|sjukvårdsnämnd)\p{L}*)`;
const DISTRICT_AFTER = String.raw`(?:(?:(?<=[Ss]tadsdels\p{L}*) (?:i )?|${DISTRICT_BODY} )${DISTRICT}(?![ \t]+(?:kommun|stad)|[\p{L}-])|${DISTRICT_BODY}[ \t]*\n[ \t]*${DISTRICT}(?=[ \t]*[,.;)]))?`;
/** A body named by an adjective before a bare head: "Tekniska nämnden", "sociala utskottet", "tekniska förvaltningen", "Landstingets regionala utskott". */
const ADJECTIVE_BODY = String.raw`(?:${lexicon.headAdjectives.map(capitalisable).join('|')})[ \t]+(?:nämnden|nämndens|nämnd|utskottet|utskottets|utskott|förvaltningen|förvaltningens)`;
/**
 * The styrelse of kommuner's or a region's joint public body, after its genitive: "regionförbundets styrelse beslutade
 * idag", "samordningsförbundets styrelse"; not an association's ("föreningens styrelse", a party of the other side).
 */
const ASSOCIATION_STYRELSE = String.raw`(?:${alternation(lexicon.publicAssociations.map(capitalisable))})(?:ets|s)[ \t]+styrelse(?:ns?|s)?`;
/** A body's name in capitals, as letterheads and protocol headers print it: "SOCIALNÄMNDEN", "VÅRD- OCH OMSORGSNÄMNDEN". */
const CAPITALS = String.raw`(?:\p{Lu}+-[ \t]+(?:OCH|&)[ \t]+)?\p{Lu}{2,}?(?:${HEAD_FORMS.toUpperCase()})`;
/**
 * Fullmäktige named bare, as news and protocols of a kommun or region name it: "en majoritet i fullmäktige biföll",
 * "Kommunstyrelsen föreslår fullmäktige att bevilja borgen"; not an association's assembly ("förbundets fullmäktige",
 * "föreningens fullmäktige", "kyrkans fullmäktige").
 */
const BARE_FULLMAKTIGE = String.raw`(?<!\p{L}(?:ets|ens|ns)[ \t]+)(?:[Ff]ullmäktige|FULLMÄKTIGE)s?`;
const BODY_NAME = String.raw`(?:${NAMNDEN_FOR}|${BARE_FULLMAKTIGE}|${COMPOUND_FOR}|${ASSOCIATION_STYRELSE}|${ADJECTIVE_BODY}|${CAPITALS}|${QUALIFIER}${SUSPENDED}${COMPOUND}${SUB_UNIT}${DISTRICT_AFTER})`;

const BODY = new RegExp(String.raw`(?<![\p{L}\d-])${BODY_NAME}(?![\p{L}\d])`, 'gu');
/*
 * BODY tried only near a head (engine/sticky.ts eachMatchNear): at every word its compound part costs. Every match holds a
 * head's letters after its first one ("nämnd", "NÄMND", "Nämnden för", "Förvaltningen för"); before the head stand only
 * letters, white space, hyphens, commas and '&' (qualifier, suspended compounds, the compound's first part), so a match
 * starts no earlier than the run of those before it, and only where BODY's lookbehind holds.
 */
const BODY_STICKY = new RegExp(BODY.source, 'yu');
const BODY_HEAD = /ämnd|ämd|tyrelse|ullmäktige|tskott|örvaltning|ontor|nhet|ÄMND|ÄMD|TYRELSE|ULLMÄKTIGE|TSKOTT|ÖRVALTNING|ONTOR|NHET/gu;
/**
 * Where a body's name may start: walked back over the code points that may stand before a head (a letter, white space, a
 * comma, "&", a hyphen).
 */
const bodyRunStart = runStart(notAfter(/[\p{L}\s,&-]/u));
const bodyStartable = notAfter(/[\p{L}\d-]/u);
/** For organ-near.test.ts: the whole-text pattern and its search near heads, which must find the same. */
export const BODY_SEARCH = { pattern: BODY, sticky: BODY_STICKY, literal: BODY_HEAD, earliest: bodyRunStart, startable: bodyStartable };

const WHOLE_BODY = new RegExp(String.raw`^${BODY_NAME}$`, 'u');

/** Whether a name is a public body's ("Kommunstyrelsen", "Nämnden för Kultur & Fritid"): no organisation then. */
export function isPublicBody(name: string): boolean {
  // Every body's name holds a head's letters (BODY_HEAD): most words asked about do not, and are answered without the pattern.
  const cleaned = cleanName(name);
  return HAS_HEAD.test(cleaned) && WHOLE_BODY.test(cleaned);
}
const HAS_HEAD = new RegExp(BODY_HEAD.source, 'u');

const WEEKDAY = `(?:${weekdayNames.weekdays.join('|')})`;
const MEETING_TIME_RULE = 'organ.meeting-time';
/** A meeting's time under its label, after the body that meets: "Tid: Onsdagen den 26 augusti", "Tid: 2020-04-28 kl. 17:00", "Tid: Kl 13.00". */
const MEETING_TIME = new RegExp(
  String.raw`^[ \t]*\n?[ \t]*Tid[ \t]*:[ \t]*(?:[Kk]l(?![\p{L}])|\d|[Dd]en[ \t]|(?:${weekdayNames.weekdays.map(capitalisable).join('|')}))`,
  'u',
);
/**
 * Time and manner between a body, its auxiliary and its verb: "har i dag beslutat", "beslutade på
 * tisdagen", "sa på måndagskvällen ja till", "har på uppdrag av kommunstyrelsen beslutat", "har nu också godkänt", "beslöt vid sitt sammanträde i onsdags", "har den 27 november beslutat".
 */
const ADVERBIAL = String.raw`(?:[ \t]*,?[ \t]+(?:${alternation(lexicon.adverbials.map((a) => a.replace(/ /g, '[ \\t]+')))}|(?:på|under)[ \t]+${WEEKDAY}(?:en|s(?:${weekdayNames.partsOfDay.join('|')}))|i[ \t]+${WEEKDAY}s|den[ \t]+\d{1,2}(?:[ \t]+(?:${MONTH_WORDS}))?|i[ \t]+(?:${MONTH_WORDS})|på[ \t]+uppdrag[ \t]+(?:av|från)[ \t]+[\p{L}-]+)(?![\p{L}])){0,3}`;
/**
 * A verb phrase as its words in order, each slot one of its words ("sa ja till": "sa", "ja", "till"); adverbials may
 * stand between slots ("sa i går ja till"). A list's one-word verbs share one slot.
 */
const phrases = (list: readonly string[]): Phrase[] => {
  const single = list.filter((v) => !v.includes(' '));
  return [...(single.length > 0 ? [[single]] : []), ...list.filter((v) => v.includes(' ')).map((v) => v.split(' ').map((word) => [word]))];
};
const PRESENT = phrases(lexicon.decisionVerbs);
const PAST = phrases(lexicon.pastDecisionVerbs);
const SUPINE = phrases(lexicon.supineDecisionVerbs);
const INFINITIVE = phrases(lexicon.infinitiveDecisionVerbs);
/** "har … beslutat", "hade … godkänt". */
const PERFECT = SUPINE.map((phrase): Phrase => [['har', 'hade'], ...phrase]);
/** "ska … besluta", "kommer att ta ställning", "väntas fatta beslut": the body that is to decide. */
const FUTURE = INFINITIVE.map((phrase): Phrase => [['ska', 'skall', 'kommer att', 'väntas', 'förväntas', 'bör'], ...phrase]);
/** Between a phrase's words, and before its first: adverbials, then a space. */
const GAP = String.raw`${ADVERBIAL}[ \t]+`;
/**
 * The pattern `${lead}${GAP}(?:phrase|phrase|…)${suffix}`, a phrase's words with a GAP between them, tested by
 * engine/gapped-phrases.ts: with adverbials inlined at every gap it was 8,000–73,000 characters, compiled in every process.
 */
const verbPhrases = (lead: string, list: readonly Phrase[], suffix: string, leadWords?: readonly string[]) =>
  new GappedPhrases({ lead: `${lead}${GAP}`, gap: GAP, suffix, phrases: list, flags: 'u', ...(leadWords ? { leadWords } : {}) });
/** A past year named without its number tells a history too: "Kommunfullmäktige beslutade förra året att …", "i fjol". */
const NOT_PAST_YEAR = String.raw`(?![^.\n]{0,30}?(?<![\p{L}])(?:${lexicon.pastYears.map((a) => a.replace(/ /g, '[ \\t]+')).join('|')})(?![\p{L}]))`;
/**
 * A past decision dated by its year tells a history ("beslutade 2010-06-29", OCR "20l0"; "den 11 juni 2019"); not a
 * year the decision is for ("har beslutat om föreningsbidrag för 2023", "för perioden 2024–2026", "under 2025").
 */
const NOT_DATED_HISTORY = String.raw`(?![^.\n]{0,30}(?<!(?:för|under|perioden|åren|året|till|från)[ \t]+|[–-][ \t]*)(?:\d[\dlO]{3}(?![\d/])))${NOT_PAST_YEAR}`;
/**
 * A meeting's full date, and its paragraph, between an auxiliary and its verb: "har den 15 mars 2022 beslutat",
 * "har 2022-03-15 beslutat", "har 2021-01-26 § 11 föreslagit".
 */
const DATED = String.raw`(?:(?:den[ \t]+)?${DATE_TEXT}(?:[ \t]*,?[ \t]*§[ \t]*\d{1,4})?,?[ \t]+)`;
/** Words of the partnership itself, which a responsibility or a body's decision must be about. */
const PARTNERSHIP = String.raw`(?:partnerskap|överenskommelse|avtal|IOP|samverkan|samarbete)`;

/** What a commission or a proposal concerns when the body is party to the matter: the partnership, its funding or its party. */
const MATTER = String.raw`(?:${PARTNERSHIP}|bidrag|stöd(?!j)|medel|finansier|förening|organisation|stiftelse|jour)`;
/** "… i uppdrag att teckna ett IOP med föreningen": a commission whose sentence names the matter. */
const COMMISSION = String.raw`[ \t]+i[ \t]+uppdrag(?!\p{L})[^.\n]{0,120}?${MATTER}`;

/** "… i uppdrag att ingå IOP med föreningen": a commission to enter or sign the partnership itself. */
const COMMISSION_TO_SIGN = String.raw`[ \t]+i[ \t]+uppdrag[ \t]+att[ \t]+(?:ingå|teckna|underteckna|skriva[ \t]+under|förlänga)(?!\p{L})[^.\n]{0,40}?${PARTNERSHIP}`;

/** "gav X i uppdrag …" (X the object of a giving verb). */
const GIVES_COMMISSION = new RegExp(String.raw`(?<![\p{L}])(?:ger|gav|ge)${ADVERBIAL}[ \t]+$`, 'u');
/** The body given a commission (`commission`: what follows it), as the object of "ger/gav" or the subject of "får/fick". */
const commissionRules = (name: string, strength: number, commission: string): ContextRule[] => [
  { name, strength, before: GIVES_COMMISSION, after: new RegExp(`^${commission}`, 'iu') },
  { name, strength, after: new RegExp(String.raw`^[ \t]+(?:får|fick|har[ \t]+fått)${commission}`, 'iu') },
];

/** "har", "hade", and the adverbials that may follow before an inverted subject: "Nu har även …", "I går hade också …". */
const INVERTED_AUXILIARY = new RegExp(
  String.raw`(?<![\p{L}])(?:har|hade)(?:[ \t]+(?:${alternation(lexicon.adverbials.filter((a) => !a.includes(' ')))})){0,2}[ \t]+$`,
  'u',
);

/** A kommun, stad or region as a letterhead names it: "Lunds kommun", "Göteborgs Stad", "Region Skåne", "Västra Götalandsregionen". */
const PUBLIC_PARTY = String.raw`(?:\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?[ \t]+(?:kommun|stad|Stad|KOMMUN|STAD)|Region[ \t]+\p{Lu}[\p{L}-]+|REGION[ \t]+\p{Lu}+|\p{Lu}[\p{L}-]+regionen)`;

/**
 * A grant told from the receiving side up to its giver: "får 400 000 kronor i bidrag av ", "fick ett positivt besked av ",
 * "fick avslag från " (organ.granted-by; decision/prose.ts reads the decision from it).
 */
export const GRANT_RECEIVED = String.raw`(?<![\p{L}])(?:får|fick|fått)[ \t]+(?:[^.!?\n]{0,80}?[ \t])?(?:kronor|kr|mkr|tkr|miljon(?:er)?|medel|pengar|anslag(?:et)?|\p{L}*bidrag(?:et)?|\p{L}*stöd(?:et)?|besked(?:et)?|klartecken|ja|nej|avslag)(?:[ \t]+i[ \t]+\p{L}*bidrag)?[ \t]+(?:av|från)[ \t]+`;

/**
 * A sum of money as a contribution names it: "150 000 kronor", "1,5 miljoner kronor", "en halv miljon", "500 tkr", "pengar";
 * not a contribution in kind ("lokaler", "kunskap").
 */
const CONTRIBUTED_SUM = String.raw`(?:(?:\d[\d \u00a0.,]*|en|ett|en[ \t]+halv)[ \t]*(?:kronor|kr|tkr|mkr|miljon(?:er)?|miljarder)|pengar|medel)(?![\p{L}])`;
/**
 * A sum a body contributes, as news tell a grant: "bidrar med 150 000 kronor", "bidrog också med en halv miljon"
 * (organ.pays; decision/prose.ts reads the decision from it).
 */
export const CONTRIBUTES = String.raw`(?:bidrar|bidrog|har[ \t]+bidragit)[ \t]+(?:också[ \t]+|även[ \t]+)?med[ \t]+${CONTRIBUTED_SUM}`;

/** A body's politicians, after its genitive: "Kulturnämndens politiker", "socialnämndens ledamöter". */
const MEMBERS = `(?:${lexicon.members.join('|')})`;
/** What its politicians do when the body decides: present, past or perfect decision verbs. */
const MEMBERS_DECIDE = [...PRESENT, ...PAST, ...PERFECT];

/**
 * Decision verbs whose following body is not the one deciding: their object ("ger socialnämnden i uppdrag", "Föreningen
 * uppmanar kommunstyrelsen att …") or a passive's subject ("Därför föreslås kommunstyrelsen besluta …").
 */
const OBJECT_VERBS = new Set(['ger', 'föreslås', 'uppmanar', 'uppmanade']);

export const ORGAN_RULES: readonly ContextRule[] = [
  // "Socialnämnden beslutar", "Socialnämnden i Örebro kommun beslutar", "Kommunstyrelsen sa i dag ja till".
  // Not the subject of a relative clause: "1 940 000 kronor som kulturnämnden fördelar" tells who hands sums out later.
  { name: 'organ.decides', strength: 0.85, before: /(?<!(?<![\p{L}])som[ \t]+)$/u, after: verbPhrases(`^${OWNER_ASIDE}`, PRESENT, String.raw`(?![\p{L}])`) },
  // The body that is to decide: "Socialnämnden ska ta ställning till avtalet", "Regionstyrelsen väntas besluta i mars".
  { name: 'organ.will-decide', strength: 0.8, after: verbPhrases(`^${OWNER_ASIDE}`, FUTURE, String.raw`(?![\p{L}])`) },
  // "Nämnden beslöt att …", "Socialnämnden har i dag beslutat", "Kommunstyrelsen sa ja till" record a decision;
  // "Regionfullmäktige beslutade 2010-06-29" a history.
  {
    name: 'organ.decided',
    strength: 0.7,
    // Not the agent of a participle: "det av kommunstyrelsen beslutade trygghetspaketet" names a decision, not this one.
    before: /(?<!(?<![\p{L}])av[ \t]+)$/u,
    after: verbPhrases(`^${OWNER_ASIDE}`, [...PAST, ...PERFECT], String.raw`(?![\p{L}])${NOT_DATED_HISTORY}`),
  },
  // A nämnd or styrelse proposing to fullmäktige is party to the matter; a förvaltning proposing is staff work. A
  // protocol tells the preparing body's proposal in the perfect with its meeting: "Regionala utvecklingsnämnden har
  // 2021-01-26 § 11 föreslagit fullmäktige att anta överenskommelsen".
  // A formal request to the deciding body proposes too: "Kultur och fritidsnämnden har hemställt till kommunstyrelsen att …".
  { name: 'organ.proposes', strength: 0.75, after: new RegExp(String.raw`^[ \t]+(?:föreslår|föreslog|hemställer|hemställde|(?:har|hade)[ \t]+${DATED}?(?:föreslagit|hemställt))(?![\p{L}])`, 'u') },
  // The proposing body named after the decision it led to: "Kommunstyrelsen beslutade, efter förslag från
  // Socialnämnden, att samarbetet fortsätter", "på förslag av kulturnämnden"; not a proposal only awaited ("i väntan
  // på förslag från socialnämnden").
  { name: 'organ.proposes', strength: 0.75, before: /(?<![\p{L}])(?<!väntan[ \t]+)(?:efter|på)[ \t]+förslag[ \t]+(?:från|av)[ \t]+$/iu },
  // Entering the partnership is party-making even told in the past: "Individ- och familjenämnden ingick 2023 en
  // överenskommelse om IOP", "Socialnämnden beslutade 2021-02-18, § 21, att ingå en överenskommelse".
  // Also with its kommun, beside the other party, or holding it: "Kommunstyrelsen i Solna stad har tecknat ett
  // samverkansavtal", "Socialförvaltningen i Eskilstuna kommun och Kvinnojouren MOA har gemensamt arbetat fram en
  // överenskommelse", "Hospice Gabriel och Östra hälso- och sjukvårdsnämnden har en överenskommelse",
  // "Socialförvaltningen har tillsammans med föreningen inlett ett samarbete".
  {
    name: 'organ.entered',
    strength: 0.8,
    after: new RegExp(
      String.raw`^${OF_KOMMUN}(?:[ \t]+(?:och|tillsammans[ \t]+med|i[ \t]+samarbete[ \t]+med)[ \t]+[^.\n]{2,60}?)?[ \t]+(?:har[ \t]+${DATED}?)?(?:(?:nu|gemensamt|också)[ \t]+)*(?:ingick|ingått|tecknade|tecknat|undertecknade|undertecknat|signerade|signerat|förlängde|förlängt|slöt|slutit|arbetat[ \t]+fram|tagit[ \t]+fram|inlett|inledde|startat|startade|har|(?:beslutade|beslöt|beslutat)[^.]{0,40}?att[ \t]+(?:ingå|teckna|förlänga))(?!\p{L})[^.]{0,60}?${PARTNERSHIP}`,
      'u',
    ),
  },
  // A dated decision to grant or fund is this matter's, as a decision to enter the partnership is (organ.entered): "Kommunstyrelsen
  // har 16 mars 2022 beslutat att medfinansiera föreningens bygge", "Kulturnämnden har 2023-02-14 beslutat att bevilja
  // bidraget", also told in the past with its date after the verb ("Kommunstyrelsen beslutade 14 oktober 2020 att bevilja
  // 750 000 kronor"); not a dated decision of another kind ("Kommunfullmäktige har den 15 mars 2015 beslutat att anta riktlinjer").
  {
    name: 'organ.decided-to-fund',
    strength: 0.75,
    after: new RegExp(
      String.raw`^${OF_KOMMUN}[ \t]+(?:(?:har|hade)[ \t]+${DATED}(?:beslutat|godkänt)[ \t]+|(?:beslutade|beslöt)[ \t]+${DATED})att[ \t]+(?:bevilja|(?:med|del)?finansiera|stödja|stötta)(?![\p{L}])`,
      'u',
    ),
  },
  // A body that works out the matter together with the organisation is its party, whatever the draft is called:
  // "Socialförvaltningen i Eskilstuna kommun och Eskilstuna Stadsmission har gemensamt arbetat fram ett förslag om en
  // öppen dagverksamhet"; not a body's own staff work ("Socialförvaltningen har arbetat fram ett förslag").
  {
    name: 'organ.jointly',
    strength: 0.75,
    after: new RegExp(String.raw`^${OF_KOMMUN}[ \t]+(?:och|tillsammans[ \t]+med)[ \t]+[^.\n]{2,60}?[ \t]+har[ \t]+gemensamt[ \t]+(?:arbetat|tagit)[ \t]+fram(?!\p{L})`, 'u'),
  },
  // The decision told in the passive: "Beslut om IOP-avtalet togs av kommunstyrelsen", "godkändes av socialnämnden",
  // "Avtalet har undertecknats av kommunstyrelsen", "godkändes av en enig kulturnämnd"; a matter sent back or put off
  // by the body is its matter too ("Ärendet återremitterades av kommunstyrelsen", "bordlades av socialnämnden").
  // A rule's or a norm's adoption line opens a line or follows a comma: "Antagna av kommunfullmäktige 2021-11-28",
  // "Riktlinjer för föreningsbidrag, fastställda av kultur- och fritidsnämnden" (not "en plan godkänd av nämnden" mid-sentence).
  {
    name: 'organ.decided-by',
    strength: 0.8,
    before:
      /(?:beslut\p{L}*[^.]{0,60}?(?:togs|tas|fattades|fattas|fattats|tagits)|beslut(?:ades|as|ats)|godkän(?:des|ns|ts)|bevilj(?:ades|as|ats)|återremitter(?:ades|as|ats)|bordl(?:ades|agts|äggs)|avsl(?:ogs|ås|agits)|klubb(?:ades|as|ats)|anto(?:gs)|anta(?:s|gits)|(?:under)?teckn(?:ades|as|ats)|(?:är|blev|har[ \t]+blivit)[ \t]+(?:godkänd|godkänt|beslutad|beslutat|antagen|antaget|(?:under)?tecknad|(?:under)?tecknat)|(?:^|[\n,(])[ \t]*(?:antagen|antaget|antagna|fastställd|fastställt|fastställda|godkänd|godkänt|godkända|reviderad|reviderat|reviderade))[ \t]+av(?:[ \t]+en[ \t]+(?:enig|enhällig|samlad))?[ \t]+$/iu,
  },
  // A commission from the deciding body is the commissioned body's part in the matter: "Kommunfullmäktige ger
  // kommunstyrelsen i uppdrag att upprätta ett IOP"; a förvaltning commissioned is staff (see organCandidates).
  // Adverbials may stand between the verb and the body: "Kommunfullmäktige gav på måndagen kommunstyrelsen i uppdrag".
  // The commission must be about the partnership or its funding: a news page of a meeting's decisions also tells
  // "Regionstyrelsen beslutar att ge byggnadsnämnden i uppdrag att inleda en planläggning", another matter's body.
  ...commissionRules('organ.commissioned', 0.75, COMMISSION),
  // Commissioned to enter or sign the partnership, the body (a förvaltning too) will be its signatory: "gav hälso- och
  // sjukvårdsförvaltningen i uppdrag att ingå idéburna offentliga partnerskap", "Socialförvaltningen får i uppdrag att
  // teckna avtal med föreningen"; not staff work on it ("ger socialförvaltningen i uppdrag att utreda ett IOP").
  ...commissionRules('organ.commissioned-to-sign', 0.8, COMMISSION_TO_SIGN),
  // The commissioning body, told in the past or as the source of a commission: "Kommunstyrelsen gav i maj
  // förvaltningen i uppdrag att …", "på uppdrag av socialnämnden".
  {
    name: 'organ.commissioning',
    strength: 0.75,
    after: new RegExp(String.raw`^${OF_KOMMUN}${ADVERBIAL}[ \t]+(?:gav|(?:har|hade)[ \t]+(?:gett|givit))(?![\p{L}])[^.\n]{0,60}?[ \t]i[ \t]+uppdrag(?![\p{L}])`, 'u'),
  },
  { name: 'organ.commissioning', strength: 0.75, before: /(?:(?<!\p{L})på[ \t]+uppdrag[ \t]+(?:av|från)|(?<!\p{L})uppdrag(?:et)?[ \t]+från)[ \t]+$/iu },
  // The body responsible for the partnership: "Socialnämnden ansvarar för överenskommelsen", "Kulturnämnden är
  // avtalspart", "Fritidsnämnden hanterar genomförande och utvärdering av partnerskapet"; not a body's general remit ("Kulturnämnden har ett ansvar för biblioteken").
  {
    name: 'organ.responsible',
    strength: 0.75,
    after: new RegExp(
      String.raw`^${OF_KOMMUN}[ \t]+(?:ansvarar[ \t]+för|är[ \t]+ansvarig[ \t]+för|har[ \t]+(?:det[ \t]+)?(?:\p{L}+[ \t]+)?ansvaret[ \t]+för|är[ \t]+(?:avtals)?part|är[ \t]+huvudman|hanterar|handlägger|administrerar)(?![\p{L}])[^.\n]{0,60}?${PARTNERSHIP}`,
      'u',
    ),
  },
  // The body that holds the partnerships a page lists: "Aktuella partnerskap i upplevelsenämnden", "IOP inom socialnämnden".
  { name: 'organ.holds', strength: 0.7, before: /(?<![\p{L}])(?:partnerskap|IOP|överenskommelser|avtal)(?:en|et|na|:n)?[ \t]+(?:i|inom)[ \t]+$/iu },
  // The body a grant is applied for from decides it: "tio föreningar som ansökt om föreningsbidrag hos socialnämnden",
  // "söker verksamhetsstöd hos kulturnämnden"; not a general "hos" ("anställd hos socialnämnden").
  { name: 'organ.applied-to', strength: 0.7, before: /(?<![\p{L}])(?:ansök\p{L}*|söker|sökt|sökte)[ \t]+(?:om[ \t]+)?[^.\n]{0,30}?(?:bidrag|stöd|medel|anslag)\p{L}*[ \t]+hos[ \t]+$/iu },
  // "IOP inom socialnämndens verksamhetsområde": the body whose remit the partnership falls within.
  { name: 'organ.domain', strength: 0.7, before: /(?<!\p{L})inom[ \t]+$/u, after: /^[ \t]+(?:verksamhetsområde|ansvarsområde)/u },
  // The body's decision about the partnership, its funding or its party: "socialnämndens beslut att ingå IOP med föreningen",
  // "fritidsnämndens beslut att bevilja Ekby IF bidrag" (MATTER; not "nämndens beslut om nya taxor", about no partnership).
  // A body's own proposal, as meeting agendas head it: "Kultur- och fritidsnämndens förslag till beslut",
  // "Barn- och utbildningsnämndens förslag till kommunstyrelsen"; not another's proposal quoted ("enligt förvaltningens förslag").
  { name: 'organ.own-proposal', strength: 0.75, after: new RegExp(String.raw`^[ \t]+förslag[ \t]+till[ \t]+(?:beslut(?![\p{L}])|${COMPOUND}(?![\p{L}]))`, 'u') },
  { name: 'organ.own-decision', strength: 0.7, after: new RegExp(String.raw`^[ \t]+beslut(?:et)?[ \t]+(?:att|om)(?![\p{L}])[^.\n]{0,80}?${MATTER}`, 'u') },
  // A protocol's decision under its body's heading: "Kultur- och fritidsnämndens beslut", "Kommunstyrelsens beslut" alone
  // on its line (not "Kommunstyrelsens beslut 2019-05-02 § 45 gäller", a reference in a sentence).
  { name: 'organ.own-decision', strength: 0.75, before: /(?:^|\n)[ \t]*$/u, after: /^[ \t]+beslut[ \t]*(?:\n|$)/u },
  // The decision a news text reports by its body: "Enligt kultur- och fritidsnämndens beslut kommer bygdegårdens stöd att
  // uppgå till 6 000 kronor"; not an earlier decision dated by its year ("enligt kommunfullmäktiges beslut 2019").
  { name: 'organ.own-decision', strength: 0.7, before: /(?<![\p{L}])[Ee]nligt[ \t]+$/u, after: /^[ \t]+beslut(?![\p{L}])(?![^.\n]{0,30}(?<!\d)(?:19|20)\d\d(?!\d))/u },
  // The verb before its body once a phrase opens the sentence: "Vid sitt sammanträde den 27 november beslutade
  // kommunstyrelsen …", "I onsdags skrev socialnämnden på ett avtal", "Tisdagen den 20 augusti fattade nämnden beslut".
  { name: 'organ.inverted', strength: 0.75, before: /(?<!\p{L})(?:beslutade|beslöt|godkände|biföll|antog|beviljade|klubbade|tecknade|undertecknade|ingick|slöt)[ \t]+$/u },
  // The present after a fronted adverbial: "Under 2023 finansierar kommunstyrelsen verksamheten", "I dag beslutar socialnämnden";
  // not a verb whose object a body may be ("ger kommunstyrelsen i uppdrag", "Föreningen uppmanar kommunstyrelsen att …").
  { name: 'organ.inverted', strength: 0.7, before: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(lexicon.decisionVerbs.filter((v) => !v.includes(' ') && !OBJECT_VERBS.has(v)))})[ \t]+$`, 'u') },
  // "Nu har socialnämnden beslutat", "I går sa kommunstyrelsen ja till", "I mars ska regionstyrelsen ta ställning".
  // Adverbials may stand between the auxiliary and the body too: "Nu har även regionstyrelsen godkänt avtalet"; and its
  // kommun after it, as after a subject (OF_KOMMUN): "Idag har Tekniska nämnden i Ovanåkers kommun beslutat bifalla …".
  { name: 'organ.inverted', strength: 0.75, before: INVERTED_AUXILIARY, after: verbPhrases(`^${OF_KOMMUN}`, SUPINE, String.raw`(?![\p{L}])`) },
  // A relative clause drops its "har": "det förslag som kommunstyrelsens arbetsutskott nu ställt sig bakom", "det avtal
  // som socialnämnden godkänt"; not a present one ("pengar som kulturnämnden fördelar" tells who hands them out later).
  // So does a temporal or causal clause: "24 föreningar finns med på listan när kultur- och fritidsutskottet beslutat
  // hur årsbidragen ska fördelas", "sedan socialnämnden godkänt avtalet", "eftersom kommunstyrelsen beviljat stödet";
  // and a that-clause: "Det har resulterat i att allmänna utskottet beslutat att bevilja föreningen ett bidrag".
  { name: 'organ.decided', strength: 0.7, before: /(?<![\p{L}])(?:som|när|sedan|eftersom|att)[ \t]+$/u, after: verbPhrases('^', SUPINE, String.raw`(?![\p{L}])${NOT_DATED_HISTORY}`) },
  { name: 'organ.inverted', strength: 0.75, before: /(?<!\p{L})(?:sa|sade)[ \t]+$/u, after: new RegExp(String.raw`^${ADVERBIAL}[ \t]+ja[ \t]+till(?![\p{L}])`, 'u') },
  { name: 'organ.inverted', strength: 0.7, before: /(?<!\p{L})(?:ska|skall)[ \t]+$/u, after: verbPhrases('^', INFINITIVE, String.raw`(?![\p{L}])`) },
  { name: 'organ.inverted', strength: 0.75, before: /(?<!\p{L})skrev[ \t]+$/u, after: /^[ \t]+(?:på|under)(?!\p{L})/u },
  // The body's politicians after a fronted verb: "Godkänner politikerna i socialnämnden förslaget får föreningen …",
  // "Beviljade ledamöterna i kulturnämnden stödet?"; not politicians only placed ("Politikerna i socialnämnden är oeniga").
  {
    name: 'organ.inverted',
    strength: 0.7,
    before: new RegExp(String.raw`(?<![\p{L}])(?:${alternation([...lexicon.decisionVerbs, ...lexicon.pastDecisionVerbs].filter((v) => !v.includes(' ') && !OBJECT_VERBS.has(v)))})[ \t]+(?:politikerna|ledamöterna|majoriteten)[ \t]+i[ \t]+$`, 'iu'),
  },
  // The body's politicians as the subject, as news tell a decision: "Kultur- och fritidsnämndens politiker beslutade på
  // senaste mötet att dela ut 1,4 miljoner kronor", "Politikerna i socialnämnden har beslutat"; not politicians only
  // placed or quoted ("Kulturnämndens politiker är oeniga", "Politikerna i socialnämnden tycker att …").
  { name: 'organ.members-decide', strength: 0.7, after: verbPhrases(String.raw`^[ \t]+${MEMBERS}`, MEMBERS_DECIDE, String.raw`(?![\p{L}])${NOT_DATED_HISTORY}`) },
  {
    name: 'organ.members-decide',
    strength: 0.7,
    before: /(?<![\p{L}])(?:[Pp]olitikerna|[Ll]edamöterna)[ \t]+i[ \t]+$/u,
    after: verbPhrases('^', MEMBERS_DECIDE, String.raw`(?![\p{L}])${NOT_DATED_HISTORY}`),
  },
  // "Tisdagen den 20 augusti fattade nämnden beslut", "I september tog socialnämnden beslut om en besparing".
  { name: 'organ.inverted', strength: 0.75, before: /(?<!\p{L})(?:fattade|tog)[ \t]+$/u, after: /^[ \t]+(?:ett[ \t]+)?beslut/u },
  // The decision fronted, its body after the verb: "Beslutet om partnerskapet tog kommunstyrelsen den 3 maj", "Beslutet
  // fattade socialnämnden i går"; not a decision that took time ("Beslutet tog lång tid för kommunstyrelsen").
  { name: 'organ.inverted', strength: 0.75, before: /(?:^|[.!?\n][ \t]*)Beslut(?:et)?(?:[ \t]+[\p{L}-]+){0,4}?[ \t]+(?:tog|fattade)[ \t]+$/u },
  // The meeting that treats the matter: "Ärendet diskuteras på mötet med regionstyrelsen", "beslut i kommunstyrelsen",
  // "ärendet går upp för beslut i socialnämnden", "avtalet behandlas av kommunstyrelsen", "under förutsättning att beslut
  // fattas i kommunfullmäktige". Not a past decision dated by
  // its year ("enligt beslut i kommunfullmäktige 1999"), nor a matter only sent somewhere ("skickas till kulturnämnden").
  {
    name: 'organ.meeting',
    strength: 0.7,
    before:
      /(?:(?:möte|mötet|sammanträde|sammanträdet)[ \t]+(?:med|i)|beslut(?:et)?[ \t]+(?:i|av|från)|för[ \t]+beslut[ \t]+(?:i|till)|(?:fattades|fattats|fattas|togs|tagits|tas|godkändes|godkänts|beslutades|klubbades|antogs)[ \t]+i|(?:behandlas|behandlades|behandlats|tas[ \t]+upp|togs[ \t]+upp|avgörs|prövas)[ \t]+(?:i|av)|(?:ska|skall|kommer|går)[ \t]+(?:nu[ \t]+)?upp[ \t]+(?:i|till))[ \t]+$/iu,
    after: /^(?![^.\n]{0,20}(?<!\d)(?:19|20)\d\d(?!\d))/u,
  },
  // The meeting that opens the sentence, its decision told in the passive: "I kommunstyrelsen den 28 november togs
  // beslut om …", "I socialnämnden beslutades i går att …".
  {
    name: 'organ.meeting',
    strength: 0.7,
    before: /(?:^|[.!?][ \t]+|\n[ \t]*)I[ \t]+$/u,
    after: new RegExp(String.raw`^${ADVERBIAL}[ \t]+(?:beslutades|togs[ \t]+beslut|fattades[ \t]+beslut|godkändes|klubbades|antogs|beviljades)(?![\p{L}])`, 'u'),
  },
  // The body a matter is sent on to for its decision: "skickar ärendet vidare till kommunstyrelsen för beslut", "Ärendet
  // går vidare till kommunstyrelsen och sedan kommunfullmäktige för slutgiltigt beslut" (both); not a matter sent only
  // to be known or answered ("skickas till socialnämnden för kännedom", "remiss till kulturnämnden för yttrande").
  {
    name: 'organ.sent-for-decision',
    strength: 0.7,
    before: /(?<![\p{L}])(?:till|och[ \t]+(?:sedan|därefter|slutligen))[ \t]+$/u,
    after: new RegExp(String.raw`^(?:[ \t]+och[ \t]+(?:sedan|därefter|slutligen)[ \t]+[^.\n]{2,60}?)?[ \t]+för[ \t]+(?:(?:${alternation(lexicon.finalDecisionWords)})[ \t]+)?beslut(?![\p{L}])`, 'u'),
  },
  // A notice calls the body to its meeting: "Socialnämnden kallas till sammanträde", "Malung-Sälens kommunstyrelses
  // budgetutskott kallas härmed till sammanträde tisdagen den 28 januari", or its members after its genitive: "Kommunstyrelsens
  // ledamöter kallas till sammanträde", "Socialnämndens ledamöter och ersättare kallas …"; not a person called there
  // ("Ordföranden kallas", "Ledamöterna i socialnämnden kallas": a notice to the body names it first).
  {
    name: 'organ.meeting',
    strength: 0.85,
    before: /(?<!(?:ordförande|ledamot|ledamöter|ledamöterna|ersättare)\p{L}*[ \t]+(?:i|för)[ \t]+)$/iu,
    after: new RegExp(String.raw`^(?:[ \t]+${MEMBERS}(?:[ \t]+och[ \t]+ersättare)?)?[ \t]+kallas(?:[ \t]+härmed)?[ \t]+till[ \t]+(?:sammanträde|möte)(?![\p{L}])`, 'u'),
  },
  // A notice or protocol heads the meeting with its body and then its time, labelled: "Kallelse Individnämnden Tid: Onsdagen
  // den 26 augusti 2015 kl. 17.00 Plats: …", "Kulturnämnden\nTid: 2020-04-28 kl. 17:00"; a time, a date or a weekday after the
  // label, not a document list's column ("In document Socialnämnden Tid: (Page 60-81)").
  { name: MEETING_TIME_RULE, strength: 0.8, after: MEETING_TIME },
  // The meeting named by its day, as news tell it: "skulle klubbas vid torsdagens stadsdelsnämnd", "på måndagens
  // kommunfullmäktige", "på gårdagens kommunstyrelse"; not a day that only dates something else ("måndagens möte").
  {
    name: 'organ.meeting',
    strength: 0.7,
    before: new RegExp(String.raw`(?<![\p{L}])(?:på|vid|under|inför)[ \t]+(?:${WEEKDAY}ens|${WEEKDAY}s(?:${weekdayNames.partsOfDay.join('|')})s|dagens|gårdagens|kvällens|morgondagens)[ \t]+$`, 'iu'),
    after: /^(?![^.\n]{0,20}(?<!\d)(?:19|20)\d\d(?!\d))/u,
  },
  // The body's own meeting, in its genitive: "Vid hållbarhetsnämndens sammanträde den 20 juni fattades beslut om IOP",
  // "på kommunstyrelsens möte i går", "det beslutades vid socialnämndens senaste sammanträde"; or holding it: "Över fem
  // miljoner kronor delades ut när Kultur & Fritidsnämnden hade sitt sista sammanträde"; not a past meeting dated by its year.
  {
    name: 'organ.meeting',
    strength: 0.7,
    after:
      /^[ \t]+(?:(?:hade|har|höll|håller)[ \t]+sitt[ \t]+)?(?:(?:sista|senaste|första|ordinarie|extra)[ \t]+)?(?:sammanträde|sammanträdet|möte|mötet)(?![\p{L}])(?![^.\n]{0,20}(?<!\d)(?:19|20)\d\d(?!\d))/u,
  },
  // A cleft sentence: "Det är socialnämnden som står bakom avtalet", "Det var kommunstyrelsen som i september beslutade …".
  {
    name: 'organ.cleft',
    strength: 0.75,
    before: /(?<![\p{L}])[Dd]et[ \t]+(?:är|var)[ \t]+$/u,
    after: verbPhrases(
      String.raw`^[ \t]+som`,
      [...PRESENT, ...PAST, ...PERFECT, [['står bakom', 'ansvarar för']]],
      String.raw`(?![\p{L}])${NOT_DATED_HISTORY}`,
      ['som'],
    ),
  },
  // The body that funds the partnership: "Verksamheten finansieras av socialnämnden", "bidrag från kulturnämnden", its
  // recipient between ("bidraget till Kvinnojouren från socialnämnden"); not a budget it is drawn from ("Pengarna kommer
  // från kulturnämndens budget").
  {
    name: 'organ.funds',
    strength: 0.7,
    before: /(?:(?:finansieras|finansierades|finansierats|bekostas|bekostades)[ \t]+av|(?:bidrag|bidraget|stöd|stödet|medel|ersättning|ersättningen|anslag)(?:[ \t]+till[ \t]+[^.\n]{1,60}?)?[ \t]+från)[ \t]+$/iu,
    after: /^(?![ \t]+budget)/u,
  },
  // The body a grant is told received from, as news tell it from the receiving side: "Ridklubben får 400 000 kronor i bidrag
  // av fritids- och kulturnämnden", "fick ett positivt besked av kommunstyrelsens arbetsutskott", "fick hembygdsföreningen
  // bidrag av stadens kultur- och fritidsnämnd" (the owner's genitive read by bodyContext); not a sum from a state agency
  // ("får 3 miljoner kronor av länsstyrelsen": no body of a kommun or region), nor from a body's budget (as organ.funds).
  {
    name: 'organ.granted-by',
    strength: 0.75,
    before: new RegExp(String.raw`${GRANT_RECEIVED}$`, 'iu'),
    after: /^(?![ \t]+budget)/u,
    beforeHas: ['får', 'fick', 'fått', 'Får', 'Fick'],
  },
  // The body that pays: "social resursförvaltning står för finansieringen"; a sum it contributes, as news tell a grant:
  // "Kommunens kultur- och fritidsnämnd bidrar med 150 000 kronor", "Socialnämnden bidrog med en halv miljon"; not a
  // contribution of another kind ("Fritidsnämnden bidrar med lokaler", "bidrar med kunskap").
  { name: 'organ.pays', strength: 0.7, after: /^[ \t]+(?:står[ \t]+för[ \t]+(?:finansieringen|kostnaden|kostnaderna)|bekostar|betalar)(?!\p{L})/u },
  { name: 'organ.pays', strength: 0.7, after: new RegExp(String.raw`^[ \t]+${CONTRIBUTES}`, 'u') },
  // A signature: the body above (or, flattened, before) its signatory's name and title ("Social resursförvaltning
  // Michael Ivarson Förvaltningsdirektör").
  { name: 'organ.signature', strength: 0.75, after: /^[ \t]*\n?[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}[ \t]*[\n,]?[ \t]*\p{L}*(?:direktör|chef|ordförande)(?!\p{L})/u },
  // A delegate's decision is the delegating body's: "Beslutet anmäls till socialnämnden", "enligt socialnämndens delegationsordning".
  { name: 'organ.delegating', strength: 0.8, before: /(?:anmäls|anmäles|redovisas)[ \t]+till[ \t]+$/iu },
  { name: 'organ.delegating', strength: 0.8, after: /^[ \t]+delegationsordning/u },
  // "Förslag till kommunfullmäktige", "Kommunstyrelsen föreslår kommunfullmäktige …", "beslutade att föreslå regionfullmäktige …",
  // "Arbetsutskottet föreslår kommunstyrelsen tillstyrka kommunfullmäktige besluta …", with an adverbial between:
  // "Kommunstyrelsen föreslår nu fullmäktige att bevilja borgen".
  {
    name: 'organ.proposal-to',
    strength: 0.8,
    before: new RegExp(String.raw`(?:förslag(?:et)?\s+till|(?:föreslår|föreslog|att\s+föreslå)${ADVERBIAL}|(?<![\p{L}])tillstyrk(?:a|er|te))\s*$`, 'iu'),
  },
  // A party's acting body: "Region Gotland genom regionstyrelsen", "Exempels kommun (genom socialnämnden)",
  // "Kommunen, företrädd av socialnämnden".
  { name: 'organ.through', strength: 0.85, before: /(?:^|[\s(])(?:genom|via|(?:företrädd|företrätt|företrädda|representerad|representerat)\s+av)\s+$/iu },
  // A body named as a party of the agreement: "Socialnämnden i Exempels kommun, nedan kallad nämnden, och …".
  { name: 'organ.named-party', strength: 0.8, after: new RegExp(String.raw`^${OF_KOMMUN}[ \t]*,?[ \t]*\(?[ \t]*(?:nedan|härefter|i det följande)[ \t]+(?:kallad|kallat|benämnd|benämnt|kallas|benämns)(?![\p{L}])`, 'u') },
  // Not the sides of a talk ("en dialog mellan kulturförvaltningen och studieförbunden", "samråd mellan …"): no agreement.
  { name: 'organ.between', strength: 0.8, before: /(?:^|(?<!(?:dialog|samtal|samråd|kontakt|möte)\p{L}{0,3})\s)mellan\s+$/iu },
  // A later body in the list of parties: "Överenskommelsen mellan nämnden för Individ & Familjeomsorg, nämnden för
  // Gymnasium & Arbetsmarknad och Göteborgs Stadsmission", "mellan kommunstyrelsen och socialnämnden"; only after
  // bodies (a body after an association in the list, "mellan föreningen, som …, och", is not read as listed).
  {
    name: 'organ.between',
    strength: 0.8,
    before: new RegExp(String.raw`(?:^|\s)[Mm]ellan[ \t]+(?:${BODY_NAME}[ \t]*(?:,|[ \t]och)[ \t]*\n?[ \t]*)+$`, 'u'),
    beforeHas: ['ellan'],
  },
  { name: 'organ.signs', strength: 0.8, before: /^För[ \t]+$/mu },
  // A signature block names the body that signs under its party: "För Region Halland\nRegionstyrelsen", the
  // body alone on the line below a short "För <party>" line; in a two-column layout either may stand in the
  // second column, after a gap of two or more spaces.
  {
    name: 'organ.signs-under',
    strength: 0.8,
    before: /(?:^|\n)(?:[^\n]*?[ \t]{2,})?[ \t]*För[ \t]+\p{Lu}[^\n]{0,80}\n(?:[ \t]*\n)?(?:[^\n]*?[ \t]{2,})?[ \t]*$/u,
    // The line ends, or the other column goes on: after a gap, or (once cleaning closed the gap) with a capital
    // ("Regionstyrelsen Styrelsen"), never as a sentence's lower-case next word ("Regionstyrelsen har …").
    after: /^(?:[ \t]*(?:\n|$)|[ \t]{2,}|\t|[ \t]\p{Lu})/u,
  },
  // A letterhead or signature naming the kommun or region and then its body, on one line after a comma or on the
  // next line: "Lunds kommun, Socialnämnden", "Region Skåne\nRegionstyrelsen". A förvaltning there is the author.
  {
    name: 'organ.letterhead',
    strength: 0.8,
    before: new RegExp(String.raw`(?:^|\n)[ \t]*${PUBLIC_PARTY}[ \t]*(?:,|\n)[ \t]*$`, 'u'),
    after: /^(?:[ \t]*(?:\n|$|,)|[ \t]{2,}|\t)/u,
  },
  // A tjänsteskrivelse's form fields and addressee: "Beslutande organ: Socialnämnden", "Till Kommunstyrelsen".
  { name: 'organ.labelled', strength: 0.85, before: /(?:^|\n)[ \t]*(?:Beslutande[ \t]+organ|Beslutsorgan|Beslutsinstans|Instans|Organ|Ansvarig[ \t]+(?:nämnd|förvaltning))[ \t]*:?[ \t]*$/iu },
  // The same fields in a header the cleaned text has run together onto one line, their labels unambiguous and capitalised:
  // "Handläggare Anna Berg Beslutsnivå Kultur- och fritidsnämnden. Sammanfattning …"; not running text ("beslutsnivån
  // är nämnden", "Beslutet skickas till: Socialnämnden").
  { name: 'organ.labelled', strength: 0.8, before: /(?<![\p{L}])(?:Beslutsnivå|Beslutsinstans|Beslutsorgan|Beslutande[ \t]+organ)[ \t]*:?[ \t]*$/u },
  // An agreement's parties under their heading, the first on the line below it or after a colon: "Parter\nKultur- och
  // fritidsnämnden, Exempels kommun", "1. Parter: Socialnämnden i Exempels kommun och …".
  { name: 'organ.labelled', strength: 0.8, before: /(?:^|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:Parter|Avtalsparter|Avtalspart|Part|Parterna)[ \t]*(?::[ \t]*|[ \t]*\n[ \t]*)$/u },
  // A form field whose label is also a plain word ("Nämnd Kommunstyrelsen", "Mottagare: Kultur- och fritidsnämnden"):
  // capitalised, and the body fills the rest of its line ("nämnd arbetsmarknadsnämnden som part i …" is running text).
  { name: 'organ.labelled', strength: 0.85, before: /(?:^|\n)[ \t]*(?:Nämnd|Mottagare)[ \t]*:?[ \t]*$/u, after: /^(?:[ \t]*(?:\n|$)|[ \t]{2,}|\t)/u },
  // The body named responsible in running text: "Ansvarig nämnd är socialnämnden", "ansvarig nämnd för avtalet är kulturnämnden".
  // Where the responsibility lies, said with "ligger": "Kostnadsansvaret för lokalen ligger under kommunstyrelsen",
  // "Ansvaret för avtalet ligger hos socialnämnden" (not "Lokalen ligger under skolans matsal", no responsibility).
  { name: 'organ.responsible', strength: 0.75, before: /(?<![\p{L}])\p{L}*ansvar(?:et)?(?:[ \t]+för[^.\n]{2,60}?)?[ \t]+ligger[ \t]+(?:under|hos|på)[ \t]+$/iu },
  // The body where the decision is taken: "… ligger under kommunstyrelsen där det slutliga beslutet tas", "nämnden, där beslutet fattas".
  { name: 'organ.decides-there', strength: 0.75, after: /^[ \t]*,?[ \t]+där[ \t]+(?:det[ \t]+)?(?:slutliga[ \t]+|formella[ \t]+)?beslutet[ \t]+(?:tas|fattas)(?!\p{L})/u },
  { name: 'organ.responsible', strength: 0.75, before: /(?<![\p{L}])ansvarig[ \t]+(?:nämnd|styrelse)(?:[ \t]+för[ \t]+[^.\n]{2,60}?)?[ \t]+är[ \t]+$/iu },
  // The addressee line holds the body alone ("Till Kommunstyrelsen") or with its meeting ("Till Östermalms
  // stadsdelsnämnd sammanträde 2009-11-19", Stockholm's tjänsteutlåtanden), unlike "Till socialutskott från och med … utses".
  {
    name: 'organ.addressee',
    strength: 0.8,
    before: /(?:^|\n)[ \t]*Till[ \t]*:?[ \t]+$/u,
    after: /^(?:[ \t]+(?:sammanträde|sammanträdet|möte|mötet)[ \t]+(?:den[ \t]+)?\d[\d-]*(?:[ \t]+\p{L}+(?:[ \t]+\d{4})?)?)?[ \t]*(?:\n|$)/u,
  },
];

/**
 * The protocol's own body stands on a header line of its own, near "Protokoll"/"Datum"; a tjänsteskrivelse's
 * addressee likewise, near its type and case number ("Tjänsteskrivelse\n2023-03-01\nDnr SN 2023/45\nSocialnämnden"),
 * and a nämnd's letterhead before its document type ("KULTUR- OCH FRITIDSNÄMNDEN TJÄNSTEUTLÅTANDE DATUM …").
 */
const HEADER_STRENGTH = 0.9;
const HEADER_WORDS = /protokoll|sammanträdesdatum|^\s*datum\b|tjänsteskrivelse|tjänsteutlåtande|kallelse|föredragningslista|ärendelista|dagordning/imu;
/**
 * What may follow the body on its header line: "Datum …", "Tjänsteskrivelse", "Protokoll 1 (18)", "Sammanträdesprotokoll
 * Sida 3 (12)", or the page's number alone ("Kommunstyrelsen 3 (22)", "Socialnämnden Sida 2 (14)").
 */
const HEADER_LINE_REST = /^[ \t]*(?:(?:sammanträdes)?datum\b.*|(?:tjänsteskrivelse|tjänsteutlåtande)\b.*|(?:sammanträdes|möte?s)?protokoll(?:et|sutdrag)?(?![\p{L}]).*|(?:sida[ \t]+)?\d{1,3}[ \t]*\(\d{1,3}\))?[ \t]*$/iu;

/**
 * A notice's type after its body, capitalised as a header prints it, the rest of the flattened header after it:
 * "1 Kultur- och fritidsnämnden KALLELSE/FÖREDRAGNINGSLISTA Datum (12) Sid"; not the word in a sentence ("Socialnämnden
 * kallelse till …" is no Swedish, but "kallelsen" and the like in running text are lower case).
 */
const NOTICE_LINE_REST = /^[ \t]+(?:KALLELSE|FÖREDRAGNINGSLISTA|ÄRENDELISTA|DAGORDNING|Kallelse|Föredragningslista|Ärendelista|Dagordning)(?![\p{L}])/u;

/**
 * On a page's first lines the meeting date may share the body's line: "Socialnämnden   2023-05-10", and in an
 * excerpt's stamp its § too: "Socialnämnden 2023-05-10 § 45".
 */
const HEADER_LINE_DATE = /^[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]*,?[ \t]*§{1,2}[ \t]*\d{1,4})?[ \t]*$/u;

/**
 * Before the body on its header line only the page's number a flattened PDF runs into it: "1 Kommunstyrelsen
 * Protokollsutdrag Sammanträdesdatum Sida 1(7)", its kommun's or region's name ("1 LULEÅ KOMMUN Fritidsnämnden
 * SAMMANTRÄDESPROTOKOLL"), or the notice's date field: "Datum 2017-02-27 Socialnämnden". Not a list's number ("3.
 * Kommunstyrelsen …").
 */
const PAGE_NUMBER_LEAD = new RegExp(
  String.raw`^[ \t]*(?:\d{1,3}[ \t]+)?(?:${PUBLIC_PARTY}[ \t]+|(?:Sammanträdes)?[Dd]atum[ \t]*:?[ \t]*\d{4}-\d{2}-\d{2}[ \t]+)?$`,
  'u',
);

function isProtocolHead(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (!PAGE_NUMBER_LEAD.test(text.slice(lineStart, start))) return false;
  const rest = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
  if (!HEADER_LINE_REST.test(rest) && !NOTICE_LINE_REST.test(rest) && !(HEADER_LINE_DATE.test(rest) && inPageHeader(text, start))) return false;
  // The rest of the body's own line counts too: a flattened page keeps its whole header on one line.
  const around = text.slice(linesBack(text, lineStart, 3), lineStart) + rest + text.slice(lineEnd === -1 ? text.length : lineEnd, linesForward(text, end, 4));
  return HEADER_WORDS.test(around);
}

/**
 * A title line at the top of a protocol, notice or meeting page that names the meeting's body among protocol words,
 * dates and separators only: "Kommunstyrelsen - Protokoll 2023-05-10", "Protokoll från socialnämndens sammanträde
 * 2023-05-10", "Sammanträdesprotokoll för kommunstyrelsen", "Mötesprotokoll kultur- och fritidsnämnden 2023-05-10",
 * "Utdrag ur protokoll fört vid kommunstyrelsens sammanträde 2023-11-27", a page of a meeting's decisions ("Beslut i
 * korthet – regionstyrelsen 30 mars 2022", "Beslut från socialnämnden 2023-05-10"),
 * a breadcrumb's "… > Kommunledningsutskottet > Sammanträde 2023-11-22". Not a sentence that mentions a body
 * ("Protokollet skickas till kommunstyrelsen"), nor a title further down (a list of earlier protocols).
 */
const TITLE_WORD = String.raw`(?:sammanträdes|mötes)?protokoll(?:et|sutdrag)?|kallelse|handlingar|föredragningslista|dagordning(?:en)?|ärendelista|sammanträde[ts]?|möte[ts]?|beslut(?:en)?(?:[ \t]+i[ \t]+korthet)?`;
const TITLE_REST = new RegExp(
  String.raw`^(?:[ \t]+|[–—|:,>§()-]|${TITLE_WORD}|utdrag|ur|fört|hållet|och|från|för|vid|med|den|sida|\d{4}-\d{2}-\d{2}|\d{1,4}|(?<![\p{L}])(?:${MONTH_WORDS})(?![\p{L}]))*$`,
  'iu',
);
const HAS_TITLE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${TITLE_WORD})(?![\p{L}])`, 'iu');
/** How far into a document its title lines run. */
const TITLE_CHARS = 600;

/**
 * A breadcrumb's step before the meeting's body, the body's parent nämnd perhaps before it in the same step:
 * "> Kommunledningsutskottet > Sammanträde", "> Socialnämnden Organisations- och föreningsutskott > Sammanträde 2011-12-19".
 */
const BREADCRUMB_BEFORE = new RegExp(String.raw`>[ \t]*(?:${BODY_NAME}[ \t]+)?$`, 'u');
function isTitleHead(text: string, start: number, end: number): boolean {
  // The top is where the text starts after its "# source:" line.
  const top = /^(?:#[^\n]*\n|[ \t]*\n)*/u.exec(text)![0].length;
  if (start - top > TITLE_CHARS) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
  // A breadcrumb keeps the places before the body: only what follows it must be the meeting's.
  if (BREADCRUMB_BEFORE.test(before) && /^[ \t]*>[ \t]*(?:sammanträde|möte|protokoll)/iu.test(after)) return TITLE_REST.test(after);
  const rest = `${before} ${after}`;
  return TITLE_REST.test(rest) && HAS_TITLE_WORD.test(rest);
}

/** Where the `count` lines before `lineStart` begin (splitting the whole text before it was quadratic). */
function linesBack(text: string, lineStart: number, count: number): number {
  let at = lineStart;
  for (let i = 0; i < count && at > 0; i++) at = text.lastIndexOf('\n', at - 2) + 1;
  return at;
}

/** Where the line `count` lines after the one holding `from` ends (or the text does). */
function linesForward(text: string, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count; i++) {
    const next = text.indexOf('\n', at + 1);
    if (next === -1) return text.length;
    at = next;
  }
  return at;
}

/** Splits the last word into its stem and inflected head ("socialnämndens" → "social", "nämndens"). Compiled once, not per name. */
const HEAD_AT_END = new RegExp(String.raw`(${HEAD_FORMS})$`, 'u');
function splitHead(name: string): { before: string; head: string } | null {
  const m = HEAD_AT_END.exec(name);
  return m ? { before: name.slice(0, m.index), head: m[1]! } : null;
}

/**
 * A district's genitive after its body: "socialnämnden Nordosts sammanträde" names "socialnämnden Nordost" (the
 * districts' names do not end in a genitive s of their own).
 */
const DISTRICT_GENITIVE = new RegExp(String.raw`(?<=(?:nämnd|förvaltning)\p{L}*[ \t]+${DISTRICT})s$`, 'uy');
/** "Kultur - och fritidsnämnden" (a converted PDF's space before the hyphen) is written "Kultur- och fritidsnämnden". */
const SPACED_HYPHEN = /(?<=\p{L})[ \t]+-(?=[ \t])/gu;
/** A misspelt head at the name's end ("Hållbarhetsnämden"). */
const MISSPELT_HEAD = new RegExp(String.raw`(?<=\p{L})(?:${alternation([...MISSPELT_HEADS.keys()])})$`, 'u');
/** A name as it was meant to be spelt: its misspelt head written right. */
const respelled = (name: string) => name.replace(MISSPELT_HEAD, (head) => MISSPELT_HEADS.get(head)!);
/** The genitive's s can only be the name's last letter: the pattern is tried there alone, not from every offset. */
const withoutGenitive = (name: string) => {
  const clean = respelled(cleanName(name).replace(SPACED_HYPHEN, '-'));
  if (!clean.endsWith('s')) return clean;
  DISTRICT_GENITIVE.lastIndex = clean.length - 1;
  return DISTRICT_GENITIVE.test(clean) ? clean.slice(0, -1) : clean;
};

/** A name in capitals, and a district's name before its stadsdels- body: compiled once, not per name. */
const IN_CAPITALS = new RegExp(`^${CAPITALS}$`, 'u');
const DISTRICT_BEFORE_BODY = new RegExp(`^${DISTRICT}[ \t]+stadsdels`, 'u');

const CAPITALISED_HALVES = new RegExp(String.raw`^(\p{Ll}+[ \t]+&[ \t]+)(\p{Lu})(?=\p{Ll}+$)`, 'u');
/** The name as running text writes it: lower-case first letter (unless an acronym), no genitive at the end. */
export function canonicalOrgan(raw: string): string {
  let name = withoutGenitive(raw);
  // A name printed in capitals is written in lower case in running text ("SOCIALNÄMNDEN" → "socialnämnden").
  if (IN_CAPITALS.test(name)) name = name.toLowerCase();
  // A district's name keeps its capitals ("Rinkeby-Kista stadsdelsnämnd"); a sentence's first letter does not.
  if (/^\p{Lu}\p{Ll}/u.test(name) && !DISTRICT_BEFORE_BODY.test(name)) name = name[0]!.toLowerCase() + name.slice(1);
  // "Kultur & Fritidsnämnden" is one compound: in running text both halves are small ("kultur & fritidsnämnden").
  name = name.replace(CAPITALISED_HALVES, (_, first: string, second: string) => `${first}${second.toLowerCase()}`);
  const split = splitHead(name);
  // Every head form ending in s is a genitive ("nämndens", "fullmäktiges"): the body itself is without it.
  return split && split.head.endsWith('s') ? split.before + split.head.slice(0, -1) : name;
}

/**
 * A body named in the indefinite where running text names it in the definite: after an article and an adjective, "en
 * enig kultur- och fritidsnämnd röstade igenom avtalet" → "kultur- och fritidsnämnden", "en samlad kommunstyrelse" →
 * "kommunstyrelsen", also after a common noun's genitive (COMMON_OWNER); an utskott right after its nämnd, as a
 * breadcrumb or header names it, "Socialnämnden Organisations- och föreningsutskott > Sammanträde" →
 * "organisations- och föreningsutskottet". Not a name the text always writes
 * indefinite ("Rinkeby-Kista stadsdelsnämnd", "Social resursnämnd": no article before it), nor a definite or genitive form.
 */
const ARTICLE_ADJECTIVE = new RegExp(String.raw`(?<![\p{L}])(?:en|ett)[ \t]+(?:${lexicon.articleAdjectives.join('|')})[ \t]+$`, 'iu');
/**
 * A common noun's genitive asks for the indefinite as an article does: "stadens kultur- och fritidsnämnd", "kommunens
 * socialnämnd" are "kultur- och fritidsnämnden", "socialnämnden". Not a name's genitive ("Malmö Stads Arbetsmarknads- och
 * socialnämnd" is how that body is named).
 */
export const COMMON_OWNERS = String.raw`(?:stadens|kommunens|regionens|landstingets)`;
/** A possessive pronoun does too: "Stockholms kommun genom dess stadsdelsnämnd i Hässelby-Vällingby", "genom sin socialnämnd". */
const POSSESSIVES = String.raw`(?:dess|sin|sitt|deras)`;
const COMMON_OWNER = new RegExp(String.raw`(?<![\p{L}])(?:${COMMON_OWNERS}|${POSSESSIVES})[ \t]+$`, 'iu');
/**
 * A kommun's or region's own genitive asks for the indefinite too, where the body after it is written in running text's
 * small letters: "Region Örebro läns kulturnämnd föreslås …", "Region Skånes kulturnämnd", "Borlänge kommuns kultur- och
 * fritidsnämnd", "Västra Götalandsregionens kulturnämnd" are "kulturnämnden", "kultur- och fritidsnämnden". Not a body
 * the kommun styles as a name with a capital ("Malmö Stads Arbetsmarknads- och socialnämnd"), nor a district's body
 * named by its district ("Östermalms stadsdelsnämnd": no kommun's or region's word before it).
 */
const PUBLIC_OWNER = /(?<![\p{L}])(?:Region[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+läns|s)|\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?[ \t]+(?:kommuns|stads|läns)|\p{Lu}[\p{L}-]*regionens)[ \t]+$/u;
const SMALL_FIRST = /^\p{Ll}/u;
/** A compound, perhaps with suspended first halves: not an adjective's name ("Landstingets regionala utskott" is named so). */
const ONE_COMPOUND = /^(?:\p{L}+-[ \t]+(?:och|&)[ \t]+)?\p{L}+$/u;
const PARENT_NAMND = /(?<![\p{L}\d-])\p{L}+(?:nämnden|styrelsen)[ \t]+$/u;
const DEFINITE_SUFFIX: Readonly<Record<string, string>> = { nämnd: 'en', styrelse: 'n', utskott: 'et', förvaltning: 'en', kontor: 'et', enhet: 'en' };
export function asNamedInRunningText(text: string, start: number, name: string): string {
  // A district after the body stays after it: the head before it takes the suffix ("stadsdelsnämnden i Hässelby-Vällingby").
  const district = WITH_DISTRICT.exec(name);
  if (district) return asNamedInRunningText(text, start, district[1]!) + district[2]!;
  const before = text.slice(Math.max(0, start - 40), start);
  const split = splitHead(name);
  const owned = (COMMON_OWNER.test(before) || (PUBLIC_OWNER.test(before) && SMALL_FIRST.test(text.slice(start, start + 1)))) && ONE_COMPOUND.test(name);
  const definite = ARTICLE_ADJECTIVE.test(before) || owned || (split?.head === 'utskott' && PARENT_NAMND.test(before));
  const suffix = definite && split ? DEFINITE_SUFFIX[split.head] : undefined;
  return suffix ? name + suffix : name;
}

/**
 * A district after its body's head, as DISTRICT_AFTER reads it: "socialnämnden Centrum", "Stadsdelsförvaltningen Angered",
 * "stadsdelsnämnden i Rinkeby-Kista". The head before it takes its base form as any head does.
 */
const WITH_DISTRICT = new RegExp(String.raw`^(.*?\p{L}(?:${HEAD_FORMS}))((?:[ \t]+i)?[ \t]+${DISTRICT})$`, 'u');

/**
 * Mentions of one body share this key: case, "&"/"och", a suspending hyphen, definite and genitive forms aside, also before a district
 * ("socialnämnden Centrum", "Socialnämnden Centrums": "socialnämnd centrum"), so that a text's bare "socialnämnden"
 * ("socialnämnd") folds into its one district's body (foldUnqualified).
 */
export function organKey(name: string): string {
  const cleaned = withoutGenitive(name);
  const district = WITH_DISTRICT.exec(cleaned);
  if (district) return organKey(district[1]!) + district[2]!.toLowerCase();
  // "Kultur och fritidsnämnden" (no suspending hyphen, UNHYPHENATED_AND) is "kultur- och fritidsnämnden".
  const lower = cleaned.toLowerCase().replace(/\s*&\s*/g, ' och ').replace(/-(?=[ \t]+och[ \t])/gu, '');
  const split = splitHead(lower);
  return split ? split.before + HEAD_BASE.get(split.head)! : lower;
}

/** A compound that names no particular body ("arbetsutskottet") or no body at all ("omnämnd"). */
export function isGeneric(name: string): boolean {
  return GENERIC.has(organKey(name));
}

/** Every body name in a text, deciding or not: spans no organisation name may overlap. */
export const bodySpans: (text: string) => readonly { start: number; end: number; name: string }[] = perText((text) =>
  // Found once per text (engine/memo.ts): the organ and the ideburna extractors both read them.
  [...eachMatchNear(BODY_STICKY, BODY_HEAD, bodyRunStart, text, bodyStartable)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0] })),
);

/**
 * A förvaltning, named by a compound or Kungsbacka-style ("socialförvaltningen", "Förvaltningen för Kultur & Fritids"),
 * or as a kontor or an enhet ("kommunledningskontoret", "kulturenheten").
 */
const isFörvaltning = (name: string) => /(?:förvaltning|kontor|enhet)$/u.test(organKey(name)) || /^förvaltningen\s+för\s/u.test(organKey(name));

/**
 * What a förvaltning does as staff, not as party: heads the page, proposes, is commissioned, takes in applications
 * ("24 föreningar sökte bidrag hos stadsdelsförvaltningen", which the nämnd decides).
 */
const STAFF_WORK = new Set(['organ.proposes', 'organ.own-proposal', 'organ.commissioned', 'organ.letterhead', 'organ.applied-to']);

/**
 * A förvaltning recommending is staff too, though the verb may decide for a nämnd: "Ledningskontoret tillstyrker
 * framställningen", "Socialförvaltningen avstyrker ansökan" (the nämnd's "Kulturnämnden tillstyrker" is its decision).
 */
const STAFF_RECOMMENDS = /^[ \t]+(?:tillstyrker|tillstyrkte|avstyrker|avstyrkte)(?![\p{L}])/u;

/** Rules that make a body the subject of its decision or proposal: "Arbetsutskottet föreslår kommunstyrelsen …". */
const SUBJECT_RULES = new Set(['organ.decides', 'organ.decided', 'organ.will-decide', 'organ.proposes']);

/**
 * An utskott named bare ("arbetsutskottet") is the one the text names with its body ("kommunstyrelsens arbetsutskott")
 * when it names exactly one; naming none, a text that shows it deciding or proposing means it by that name ("Arbetsutskottet
 * föreslår kommunstyrelsen tillstyrka …" in an excerpt of the kommunstyrelse's protocol). Two named leave it unresolved.
 */
function bareUtskott(spans: readonly { name: string }[], name: string): string | null {
  const key = organKey(name);
  if (!key.endsWith('utskott')) return null;
  const hosts = [...new Set(spans.map((s) => s.name).filter((n) => organKey(n).endsWith(` ${key}`)).map((n) => canonicalOrgan(n)))];
  return hosts.length === 0 ? canonicalOrgan(name) : hosts.length === 1 ? hosts[0]! : null;
}

/**
 * Whose the body is, in the genitive before it: "Stockholms stads", "Region Västerbottens", "Landstingets", "kommunens".
 * The body's name leaves it out ("Malmö Stads Arbetsmarknads- och socialnämnd" → "arbetsmarknads- och socialnämnd").
 */
const OWNER_GENITIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?[ \t]+(?:kommuns|stads|Stads)|Region[ \t]+\p{Lu}[\p{L}-]+s|\p{Lu}[\p{L}-]+regionens|[Kk]ommunens|[Rr]egionens|[Ll]andstingets|[Ss]tadens)[ \t]+$`,
  'u',
);

/**
 * The strongest rule around a body, or around the body with its owner's genitive before it: "Vid dagens sammanträde med
 * Stockholms stads Organisations- och föreningsutskott förmedlades …" is the utskott's meeting as "sammanträde med
 * organisations- och föreningsutskottet" is.
 */
function bodyContext(text: string, start: number, end: number): ContextRule | null {
  const context = strongestContext(ORGAN_RULES, text, start, end);
  if (context) return context;
  const owner = OWNER_GENITIVE.exec(text.slice(Math.max(0, start - 60), start));
  return owner ? strongestContext(ORGAN_RULES, text, start - owner[0].length, end) : null;
}

export function organCandidates(doc: DocText): Candidate<string>[] {
  const candidates: Candidate<string>[] = [];
  const spans = bodySpans(doc.text);
  for (const { start, end, name } of spans) {
    if (isGeneric(name)) {
      const context = bodyContext(doc.text, start, end);
      const meant = context && SUBJECT_RULES.has(context.name) ? bareUtskott(spans, name) : null;
      if (meant) candidates.push({ value: meant, key: organKey(meant), rule: `${context!.name}.bare`, strength: context!.strength * BARE_DISCOUNT, start, end });
      continue;
    }
    const header = isProtocolHead(doc.text, start, end) || isTitleHead(doc.text, start, end);
    const context = bodyContext(doc.text, start, end);
    if (!header && !context) continue;
    // A förvaltning heads the page as the author, proposes and is commissioned as staff; it is party only by contract ("mellan", "genom").
    const staffWork = STAFF_WORK.has(context?.name ?? '') || STAFF_RECOMMENDS.test(doc.text.slice(end, end + 20));
    const staff = isFörvaltning(name) && (header || staffWork);
    if (staff && !(context && !staffWork)) continue;
    candidates.push({
      value: asNamedInRunningText(doc.text, start, canonicalOrgan(name)),
      key: organKey(name),
      rule: header ? 'organ.protocol-head' : context!.name,
      strength: header ? Math.max(HEADER_STRENGTH, context?.strength ?? 0) : context!.strength,
      start,
      end,
    });
  }
  return candidates;
}

/** "Nämnden" standing alone for the text's nämnd: not part of a longer name ("nämnden för Kultur & Fritid", "Tekniska nämnden"). */
const BARE_NAMND = /(?<![\p{L}\d-])[Nn]ämnden(?![\p{L}\d-])/gu;
/** How much less sure a body is when the text calls it only "nämnden". */
const BARE_DISCOUNT = 0.9;

/**
 * "Nämnden" deciding is the one nämnd the text names, wherever it names it: "Förslag till beslut\nNämnden godkänner
 * IOP med föreningen" in a tjänsteskrivelse that names "kultur- och fritidsnämnden" only in its heading or its
 * summary. A text naming two nämnder (or none) leaves it unresolved; a styrelse is never "nämnden".
 */
function bareNamndCandidates(text: string, spans: readonly { start: number; end: number; name: string }[]): Candidate<string>[] {
  const named = spans.filter((s) => !isGeneric(s.name) && /(?:nämnd|^nämnden för .+)$/u.test(organKey(s.name)));
  const keys = [...new Set(named.map((s) => organKey(s.name)))];
  // "stadsdelsnämnden" beside "Östermalms stadsdelsnämnd" names one body; so does "Nämnden för idrott" (its remit cut at a
  // stray hyphen: "Nämnden för idrott, - fritid och förebyggande") beside "Nämnden för idrott, fritid och förebyggande".
  const bodies = keys.filter((k) => !keys.some((o) => o !== k && (o.endsWith(` ${k}`) || o.startsWith(`${k} `) || o.startsWith(`${k},`))));
  if (bodies.length !== 1) return [];
  const body = named.find((s) => organKey(s.name) === bodies[0])!;
  const candidates: Candidate<string>[] = [];
  for (const m of eachMatch(BARE_NAMND, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    const context = strongestContext(ORGAN_RULES, text, start, end);
    if (!context) continue;
    candidates.push({ value: asNamedInRunningText(text, body.start, canonicalOrgan(body.name)), key: bodies[0]!, rule: `${context.name}.bare`, strength: context.strength * BARE_DISCOUNT, start, end });
  }
  return candidates;
}

/**
 * A kommun or region has one fullmäktige: named bare ("När fullmäktige bifaller …") it is the one the text names in full
 * ("kommunfullmäktige", "regionfullmäktige"), when it names one; naming none, or two, it stays "fullmäktige".
 */
function asNamedFullmaktige(spans: readonly { name: string }[], candidates: Candidate<string>[]): Candidate<string>[] {
  if (!candidates.some((c) => c.key === 'fullmäktige')) return candidates;
  const full = [...new Set(spans.filter((s) => /.fullmäktige$/u.test(organKey(s.name))).map((s) => canonicalOrgan(s.name)))];
  if (full.length !== 1) return candidates;
  const value = full[0]!;
  return candidates.map((c) => (c.key === 'fullmäktige' ? { ...c, value, key: organKey(value) } : c));
}

/**
 * A body named without its qualifier is the qualified one when the text names exactly one such:
 * "Stadsdelsnämnden avsätter …" after "Spånga-Tensta stadsdelsnämnd godkänner …".
 */
function foldUnqualified(candidates: Candidate<string>[]): Candidate<string>[] {
  const keys = [...new Set(candidates.map((c) => c.key))];
  const fuller = new Map<string, Candidate<string>>();
  for (const key of keys) {
    const hosts = keys.filter((other) => other !== key && (other.endsWith(` ${key}`) || other.startsWith(`${key} `)));
    if (hosts.length === 1) fuller.set(key, candidates.find((c) => c.key === hosts[0])!);
  }
  return candidates.map((c) => {
    const host = fuller.get(c.key);
    return host ? { ...c, key: host.key, value: host.value } : c;
  });
}

/**
 * The district a text is about, named as a stadsdel: "stadsdelen Rinkeby-Kista", "stadsdelsområdet Angered", or by
 * its stadsdel bodies' place: "Stadsdelsförvaltningen i Spånga-Tensta", "på stadsdelsnämndens möte i Spånga-Tensta".
 */
const NAMED_DISTRICT = new RegExp(
  String.raw`(?<![\p{L}])[Ss]tadsdel(?:en|sområdet|sförvaltningen|snämnden|snämndens[ \t]+(?:möte|sammanträde))[ \t]+(?:i[ \t]+)?(${DISTRICT})(?![\p{L}])`,
  'gu',
);
/** A stadsdel body named bare: "stadsdelsnämnden", "stadsdelsförvaltningens". */
const BARE_DISTRICT_BODY = /^stadsdels(nämnd|förvaltning)$/u;

/**
 * A stadsdel body named bare is the body of the district the text names, when it names exactly one:
 * "samarbetet mellan stadsdelen Rinkeby-Kista och föreningen … beslut till stadsdelsnämnden" → "Rinkeby-Kista
 * stadsdelsnämnd" (Stockholm's way of naming them). Two districts named, or none, leave it bare.
 */
function qualifyDistrict(text: string, spans: readonly { name: string }[], candidates: Candidate<string>[]): Candidate<string>[] {
  if (!candidates.some((c) => BARE_DISTRICT_BODY.test(c.key))) return candidates;
  const districts = new Set([...eachMatch(NAMED_DISTRICT, text)].map((m) => m[1]!));
  if (districts.size === 0) return qualifyByNamedBody(spans, candidates);
  if (districts.size !== 1) return candidates;
  const [district] = districts;
  return candidates.map((c) => {
    const bare = BARE_DISTRICT_BODY.exec(c.key);
    if (!bare) return c;
    const value = `${district} stadsdels${bare[1]}`;
    return { ...c, value, key: organKey(value) };
  });
}

/** A stadsdel body named with its district before it: "Östermalms stadsdelsnämnd", "Spånga-Tensta stadsdelsförvaltning". */
const QUALIFIED_DISTRICT_BODY = /^\S+ stadsdels(nämnd|förvaltning)$/u;

/**
 * A stadsdel body named bare is the one body of its kind the text names with its district anywhere, as Stockholm's
 * tjänsteutlåtanden name it once in their address line ("Till Östermalms stadsdelsnämnd sammanträde 2009-11-19 … Förslag
 * till beslut 1. Stadsdelsnämnden godkänner …"). Two districts' bodies named leave it bare.
 */
function qualifyByNamedBody(spans: readonly { name: string }[], candidates: Candidate<string>[]): Candidate<string>[] {
  const named = new Map<string, Map<string, string>>();
  for (const { name } of spans) {
    const key = organKey(name);
    const kind = QUALIFIED_DISTRICT_BODY.exec(key)?.[1];
    if (!kind) continue;
    if (!named.has(kind)) named.set(kind, new Map());
    named.get(kind)!.set(key, canonicalOrgan(name));
  }
  return candidates.map((c) => {
    const bodies = named.get(BARE_DISTRICT_BODY.exec(c.key)?.[1] ?? '');
    if (!bodies || bodies.size !== 1) return c;
    const [key, value] = [...bodies][0]!;
    return { ...c, key, value };
  });
}

const INDEFINITE_HEAD = /(?:nämnd|styrelse|utskott|förvaltning|kontor|enhet)$/u;
const DEFINITE_HEAD = /(?:nämnden|styrelsen|utskottet|förvaltningen|kontoret|enheten)$/u;

/**
 * A body the text names in the definite somewhere is named so, as running text does, where one mention holds the
 * indefinite a genitive owner asks for: "Borlänge kommuns kultur- och fritidsnämnd har beslutat …" beside "Kultur- och
 * fritidsnämnden har gett …" → "kultur- och fritidsnämnden". A body only ever written indefinite keeps it ("Malmö Stads
 * Arbetsmarknads- och socialnämnd", "Rinkeby-Kista stadsdelsnämnd").
 */
function asDefiniteWhereNamedSo(spans: readonly { name: string }[], candidates: Candidate<string>[]): Candidate<string>[] {
  if (!candidates.some((c) => INDEFINITE_HEAD.test(c.value))) return candidates;
  const definite = new Map<string, string>();
  for (const { name } of spans) {
    const value = canonicalOrgan(name);
    if (DEFINITE_HEAD.test(value)) definite.set(organKey(name), value);
  }
  return candidates.map((c) => (INDEFINITE_HEAD.test(c.value) && definite.has(c.key) ? { ...c, value: definite.get(c.key)! } : c));
}

/**
 * A notice of two meetings, an utskott's and then its nämnd's ("Föredragningslista Fritidsnämndens arbetsutskott Tid: …
 * Fritidsnämnden Tid: …"), lists the nämnd's matters, which the utskott only prepares: the utskott heading it by its time is
 * no party. An utskott of another body, or one that decides in the text, stays.
 */
function withoutPreparingUtskott(candidates: Candidate<string>[]): Candidate<string>[] {
  const meeting = candidates.filter((c) => c.rule === MEETING_TIME_RULE);
  const parents = meeting.map((c) => `${c.value}s `);
  const preparing = new Set(meeting.filter((c) => organKey(c.value).endsWith('utskott') && parents.some((p) => c.value.startsWith(p))).map((c) => c.key));
  return candidates.filter((c) => !preparing.has(c.key) || c.rule !== MEETING_TIME_RULE);
}

export function extractOrgan(doc: DocText): Field<string>[] {
  const spans = bodySpans(doc.text);
  const candidates = withoutPreparingUtskott([...organCandidates(doc), ...bareNamndCandidates(doc.text, spans)]);
  return mergeCandidates(doc, asDefiniteWhereNamedSo(spans, qualifyDistrict(doc.text, spans, foldUnqualified(asNamedFullmaktige(spans, candidates)))));
}
