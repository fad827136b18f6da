/**
 * The grammar of target groups (målgrupper) in Swedish municipal writing, as named data. A target group
 * is a short phrase naming people: under a "Målgrupp" heading (often a bullet list), after "målgruppen
 * är …", "riktar sig till …", after verbs of serving ("stödja …", "omfatta …"), or after "för" in a
 * sentence about the partnership's purpose. index.ts applies the rules; rules.test.ts holds examples.
 */
import people from '../lexicon/people-nouns.json' with { type: 'json' };
import morePeople from '../lexicon/target-group-people.json' with { type: 'json' };
import { perKey } from '../engine/memo.js';
import { atLiteral, nearPattern, nonSpaceWithin, wordStart, type NearPattern } from '../engine/sticky.js';
import { alternation, NUMBER_WORDS } from '../amounts/numerals.js';
import { MONTH_WORDS } from '../period/dates.js';

export interface TriggerRule {
  name: string;
  /** Matches the words that introduce a target group; the phrase starts where the match ends. */
  trigger: RegExp;
  /** When set, the rule only applies in a sentence that matches this (e.g. one about purpose). */
  sentenceCue?: RegExp;
  /**
   * A cheap pattern that every sentence the trigger matches in also matches (prefilter.test.ts checks it): only a
   * speed-up, never a condition — a trigger whose lookbehinds and letter runs are tried at every word costs more.
   */
  prefilter?: RegExp;
  /**
   * Literals (lower case, found case-insensitively anywhere in the sentence) one of which every match of the trigger holds:
   * the rule is tried only in a sentence holding one, found in one pass over the sentence for all rules (trigger-literals.ts;
   * prefilter.test.ts checks every development-set sentence the trigger matches in holds one).
   */
  literals: readonly string[];
  /**
   * The trigger tried only from the word holding a literal every match holds (engine/sticky.ts eachMatchNear), not at every
   * position: the same matches (near.test.ts checks it).
   */
  near?: NearPattern;
  /** The phrase must name people (a people noun among its first words) to count. */
  needsPeople: boolean;
  /** Prior probability that a phrase this rule finds is a target group the reader would list. */
  strength: number;
  /**
   * The rule introduces the target group by name ("Målgruppen är …"): its phrase may run on over commas into
   * modifiers ("kvinnor, med eller utan barn, i behov av skydd") and up to MAX_ITEM_WORDS.
   */
  defining?: boolean;
  /**
   * A trigger written with a capital inside its sentence is part of a name, not an offer: "Behandlingscenter för
   * krigsskadade och torterade", "Centrum för …" name an organisation or a unit (sentence-initial "Stöd till …" is read,
   * and an acronym is no name: "IOP för barn och unga").
   */
  notInName?: boolean;
  /**
   * An age group alone names people where the rule names the target group ("målgruppen 12-25 år", AGE_GROUP); elsewhere
   * an age may be a duration ("stöd för 2-3 år").
   */
  agesArePeople?: boolean;
  /** The phrase must open with people (opensWithPeople): they are the subject of a clause, not an object further on. */
  opensWithPeople?: boolean;
  /** Where the people end when a second object follows them ("ge unga vuxna | möjlighet till arbete"); else none is cut. */
  objectEnd?: RegExp;
}

/**
 * A heading (a line of its own) that opens a target-group section, perhaps numbered ("3.2 Målgrupper", "Målgrupp för
 * verksamheten"), perhaps qualified ("Prioriterade målgrupper", "Primär målgrupp", "Verksamhetens målgrupp"; not
 * "Kontakt med målgruppen", two words before), its plural optional ("Målgrupp/er", "Målgrupp(er)"), or a line that introduces a list of them ("Målgruppen är:", "Insatsen
 * riktar sig till:", "… påverkar följande målgrupper:").
 */
export const SECTION_HEADING =
  /^(?<number>\d+(?:\.\d+)*\.?\s+)?(?:(?:prioriterade?|primära?|sekundära?|huvudsakliga?|särskilda?|\p{L}+s)\s+)?(?:huvud)?målgrupp(?:er|en|erna|\/er|\(er\))?(?:\s+för\s+[\p{L}:-]+(?:\s+[\p{L}:-]+)?)?\s*:?$/iu;
export const LIST_INTRO =
  /(?:(?<![\p{L}])(?:huvud)?målgrupp(?:en|erna)?(?:\s+för\s+[\p{L}:-]+(?:\s+[\p{L}:-]+)?)?\s+(?:är|utgörs\s+av|omfattar|består\s+av)|(?:riktar\s+(?:sig|er)|riktas|vänder\s+(?:sig|er))(?:\s+\p{L}+)?\s+till|(?<![\p{L}])följande\s+målgrupp(?:er|erna)?(?:\s+(?:i|inom)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)\s*:$/iu;
/** A line ending in the preposition that introduces the list, without a colon: "Grundläggande krav är att ni vänder er till". */
export const LIST_INTRO_OPEN = /(?:riktar\s+(?:sig|er)|riktas|vänder\s+(?:sig|er))(?:\s+\p{L}+)?\s+till$/iu;

/**
 * A heading that pairs the target group with something else: "Målgrupp och inriktning", "Syfte och målgrupp",
 * "Målgrupper och verksamhet". Its list items may be either, so only those naming people are read.
 */
export const MIXED_SECTION_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:syfte|inriktning|mål|verksamhet)\s+och\s+målgrupp(?:er)?|målgrupp(?:er)?\s+och\s+(?:syfte|inriktning|mål|verksamhet|omfattning))\s*:?$/iu;

/**
 * How sure a reading is depends on how the text points at the group, not on how often it does:
 *  - NAMED: the text says this is the target group ("Målgruppen är …", a Målgrupp heading or label, "… utgör
 *    målgruppen"). Wrong mostly where the phrase is cut at the wrong word.
 *  - DIRECTED: the text says whom something is for ("riktar sig till …", "vänder sig till …", "är avsedd för …"),
 *    but that something may be the organisation's work in general, a document or a call for applications.
 *  - PURPOSE: people read off a verb or preposition in a sentence that speaks of the partnership, the agreement, the
 *    grant or its purpose ("Syftet med partnerskapet är att stödja …", "Överenskommelsen gäller stöd till …"): the
 *    sentence says what the partnership does for them (ABOUT_PARTNERSHIP).
 *  - INFERRED: people read off a verb or preposition elsewhere ("stöd till …", "stödja …", "för personer med …", "bland …"):
 *    as often people named in passing (the kommun's general aims, the background) as the partnership's group.
 * A group's confidence never rises above its tier's CEILING however many times it is mentioned: ten mentions of
 * "stöd till nyanlända" do not make the text say that nyanlända are the target group. Each tier's raw confidence lies in
 * a calibration bin of its own (engine/confidence.ts CALIBRATION_BINS), so that calibration learns each tier's accuracy.
 */
export const STRENGTH = { named: 0.85, directed: 0.78, purpose: 0.68, inferred: 0.55 } as const;
export const CEILING = { named: 0.99, directed: 0.82, purpose: 0.74, inferred: 0.64 } as const;
/** A read-off group's ceiling in a text that names its target group by its name (index.ts withinCeiling). */
export const BESIDE_NAMED_CEILING = 0.45;
/**
 * The ceiling of a group of one word read off in passing (INFERRED tier: "stöd till anhöriga", "lovaktiviteter för
 * skolelever", "tillgängliga för funktionshindrade"): as often people the text speaks of in passing as the partnership's
 * group. In the development sets such values were right 5 of 10 times (10 documents of 9 sources, 2026-12-06), a group
 * read off with words that describe it ("stöd till kvinnor som utsatts för våld") 57 of 66, one word read off a sentence
 * about the partnership (PURPOSE tier and up) 6 of 6. In the calibration bin below the read-off tiers', with
 * BESIDE_NAMED_CEILING's (index.ts withinCeiling).
 */
export const LONE_WORD_CEILING = 0.45;
export type Tier = keyof typeof STRENGTH;

/** The tier of a strength: the highest whose strength it reaches. */
export function tierOf(strength: number): Tier {
  return strength >= STRENGTH.named ? 'named' : strength >= STRENGTH.directed ? 'directed' : strength >= STRENGTH.purpose ? 'purpose' : 'inferred';
}

/**
 * A sentence about the partnership, the agreement or the grant, or about a purpose: people a rule reads off it are
 * whom the partnership serves (PURPOSE tier). "Överenskommelsen gäller stöd till nyanlända", "Bidraget avser verksamhet
 * för seniorer", "IOP:et avser ett dagcenter för …", "Målsättningen är att tillgängliggöra stöd för brottsutsatta"; not "Kommunen ger stöd till nyanlända" (no partnership named).
 */
export const ABOUT_PARTNERSHIP =
  /(?<![\p{L}])(?:iop(?::\p{L}+)?|\p{L}*partnerskap(?:et)?|överenskommelse(?:n)?|\p{L}*avtal(?:et)?|\p{L}*bidrag(?:et)?|syfte(?:t)?|syftar|ändamål(?:et)?|målsättning(?:en)?|målet)(?![\p{L}])/iu;
/**
 * The letters every ABOUT_PARTNERSHIP match holds, with its flags (the same letters match): most sentences hold none, and
 * this finds that without trying the pattern (its \p{L}* runs over every word) at each word (prefilter.test.ts checks it).
 */
export const ABOUT_PARTNERSHIP_WORDS = /iop|partnerskap|överenskommelse|avtal|bidrag|syft|ändamål|målsättning|målet/iu;

/** Whether a sentence speaks of the partnership, the agreement, the grant or its purpose (ABOUT_PARTNERSHIP). */
export const aboutPartnership = (text: string): boolean => ABOUT_PARTNERSHIP_WORDS.test(text) && ABOUT_PARTNERSHIP.test(text);

/** Items of a Målgrupp section are target groups by their place: as strong as "målgruppen är …". */
export const SECTION_STRENGTH = STRENGTH.named;

/**
 * A capitalised centre names a unit or an organisation wherever it stands, an agenda item's title too: "16 Center för unga
 * föräldrar och deras barn i Stockholm" / "Ansökan från föreningen …", "Kvinnocentrum för …" (an offer that opens an item is
 * read: "9 Kolloverksamhet för döva barn").
 */
export const CENTRE_NAME = /^(?:Center|Centrum|Centret|\p{Lu}\p{Ll}*(?:center|centrum|centret))(?![\p{L}])/u;

/** A section number before a heading: "4 ", "4. ", "3.2 ". */
export const SECTION_NUMBER = /^\d+(?:\.\d+)*\.?\s+/u;

/** A list item's marker, removed from the phrase. */
export const LIST_MARKER = /^(?:[•·▪◦*–-]|\d{1,2}[.)])\s+/u;

/** A sentence about the partnership's purpose: in it, "för …" naming people names a target group. */
export const PURPOSE_CUE = /(?<![\p{L}])(?:syfte|syftet|syftar|ändamål|ändamålet)(?![\p{L}])/iu;

/**
 * Nouns (and their compounds) and adjectives of offering that name who is served when "för"/"till"/"åt" follows: "satsning
 * för unga", "stöd till anhöriga", "stöd åt hemlösa", "läxhjälp för elever", "jourverksamhet för kvinnor", "härbärge för
 * hemlösa män" (also spelt "natthärberget för hemlösa"), "dagcenter för personer i hemlöshet", "träffpunkt för äldre", "en meningsfull fritid för barn", "en trygg plats för unga"; not "tjänster till organisationer och enskilda invånare" (a service to all); the partnership and the work it is about ("IOP för barn och unga", "kommunens arbete för våldsutsatta
 * kvinnor"); not an organisation's own work in general ("startat sin verksamhet för flyktingar" describes the organisation).
 */
const OFFER_WORDS = String.raw`(?:tillgänglig[at]?|rikta(?:d|t|de)|öppen|öppet|öppna|integration(?:en)?|iop(?::et|:en)?|(?<!(?:sin|sitt|sina|dess|deras)\s+)(?<![\p{L}])\p{L}{0,20}verksamhet(?:en|er)?|(?<![\p{L}])\p{L}{0,20}(?:satsning(?:en|ar)?|insats(?:en|er|erna)?|stöd(?:et)?|center|centret|café(?:et)?|kafé(?:et)?|träffpunkt(?:en|er)?|fritidsgård(?:en|ar)?|kurs(?:en|er)?|fritid(?:en)?|sysselsättning(?:en)?|aktivitet(?:er|erna)?|plats(?:en|er|erna)?|boende(?:t|n)?|mötesplats(?:en|er)?|hjälp(?:en)?|samtal(?:en)?|träff(?:ar|arna)?|mottagning(?:en)?|rådgivning(?:en)?|utbildning(?:en|ar)?|program(?:met)?|läger|gemenskap(?:en)?|härb[äe]rge(?:t)?|jour(?:en)?)|(?<![\p{L}])(?:partnerskap(?:et)?|samarbete(?:t)?|samverkan|överenskommelse(?:n)?|arbete(?:t)?))`;

/**
 * A passive verb of giving or running between the offer and its people: "Stödet ges till personer som …", "Hjälpen erbjuds
 * främst till kvinnor …", "Verksamheten bedrivs för barn och unga …", after a modal too ("Stöd ska erbjudas till personer som …"); not "Uppdrag ges till förvaltningen" (no offer word).
 */
const OFFER_PASSIVE = String.raw`(?:(?:ska|skall|kan|kommer\s+att)\s+(?:ges|erbjudas|lämnas|bedrivas|anordnas)|ges|erbjuds|lämnas|bedrivs|anordnas)`;

/**
 * The offer words' stems: every match of OFFER_WORDS holds one in its first word (keep in step with OFFER_WORDS). Suffixes
 * and the colon of "IOP:et" are left to the trigger.
 */
const OFFER_STEM_WORDS = [
  'tillgänglig', 'riktad', 'riktat', 'öpp', 'integration', 'iop', 'verksamhet', 'satsning', 'insats', 'stöd', 'aktivitet', 'plats', 'boende',
  'mötesplats', 'hjälp', 'samtal', 'träff', 'mottagning', 'rådgivning', 'utbildning', 'program', 'läger', 'gemenskap', 'härbärge', 'härberge',
  'jour', 'partnerskap', 'samarbete', 'samverkan', 'överenskommelse', 'arbete', 'center', 'centret', 'café', 'kafé', 'kurs', 'fritid',
  'sysselsättning',
];
/**
 * The offer words' stems, then (after an optional second noun or a passive verb, OFFER_PASSIVE) the preposition: every
 * match of a trigger built on OFFER_WORDS holds one of them (keep in step with the trigger's shape).
 */
const OFFER_PREFILTER = new RegExp(
  String.raw`(?:${OFFER_STEM_WORDS.join('|')})[\p{L}:]*(?:\s+(?:och|samt)\s+\p{L}+)?(?:\s+${OFFER_PASSIVE}(?:\s+\p{L}+){0,4})?(?:,?\s+(?:till\s+exempel|t\.\s?ex\.?|exempelvis|bland\s+annat|bl\.\s?a\.),?)?\s+(?:för|till|kring|åt|med)\s`,
  'iu',
);

/** Words that open examples of a group without naming one: "till exempel", "t.ex.", "exempelvis", "bland annat". */
const EXAMPLE_WORDS = String.raw`(?:till\s+exempel|t\.\s?ex\.?|exempelvis|bland\s+annat|bl\.\s?a\.)`;

/**
 * Adverbs that narrow a group without naming one: "utgörs främst av", "i första hand", "består framförallt av",
 * "utgörs i huvudsak av", "utgörs till största delen av".
 */
const NARROWING_WORDS = String.raw`(?:främst|huvudsakligen|framför\s+allt|framförallt|i\s+första\s+hand|i\s+huvudsak|till\s+(?:största|stor)\s+del(?:en)?|primärt|företrädesvis|särskilt)`;

/**
 * The verbs that name what the target group is, in any tense or mood: "Målgruppen är …", "Målgruppen var …" (a report
 * on work done), "Målgruppen har varit …", "Målgruppen ska vara …", "Målgruppen kommer att vara …", "Målgruppen utgjordes
 * främst av …", "Målgruppen bestod av …".
 */
const TARGET_GROUP_IS = String.raw`(?:är|var|blir|har\s+varit|(?:ska|skall|kommer\s+att)\s+vara|(?:utgörs|utgjordes|består|bestod)\s+(?:${NARROWING_WORDS}\s+)?av|omfattar|omfattade)`;

/**
 * Nouns and verbs after which "för" names whom a body is responsible for, what something costs or whom a council
 * speaks for, not whom the partnership serves: "kostnaden för barn som placeras", "rådet för personer med
 * funktionsnedsättning"; an offer a body is responsible for is no partnership's either ("Nämnden ansvarar för stöd till
 * barn och unga", "Kommunen har ansvar för att ombesörja stöd till personer som …": the kommun's statutory duty).
 */
const RESPONSIBLE = 'ansvar|ansvaret|ansvarar|ansvarig|ansvariga';
const NOT_SERVING_WORDS = `${RESPONSIBLE}|kostnad|kostnaden|kostnader|kostnaderna|avgift|avgiften|avgifter|råd|rådet`;
/** The words with either case of their first letter, as they may open a sentence ("Kostnaden för barn som …"): the rules using them have no i flag. */
const NOT_SERVING_BEFORE = String.raw`(?<!(?:${NOT_SERVING_WORDS.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})\s+)`;
/**
 * Words that give people a chance: "möjlighet för …", "gör det möjligt för …", "möjliggöra för …", "underlätta för
 * nyanlända att etablera sig";
 * "… för" after them is read by its own rule (chance-for), which ends the people where "att" starts what they may do.
 */
const CHANCE_WORDS = String.raw`(?:möjlighet(?:en|er|erna)?|möjligt|möjliggöra|möjliggör|möjliggjorde|möjliggjort|underlätta|underlättar|underlättade)`;
const NOT_CHANCE_BEFORE = String.raw`(?<!${CHANCE_WORDS}\s+)`;
const NOT_RESPONSIBLE_FOR = String.raw`(?<!(?:${RESPONSIBLE})\s+för\s+(?:att\s+\p{L}+\s+)?)`;

/** Literals as one global pattern under the i and u flags (a near-pattern's literal: the same letters as TriggerRule.literals). */
const anyLiteral = (literals: readonly string[]): RegExp => new RegExp(literals.join('|'), 'giu');

/** A verb of serving, whose object is its people: the serving-verb rule's trigger (TRIGGER_RULES). */
const SERVING_VERB =
  /(?<![\p{L}])(?:stödja|stötta|stödjer|stöder|stöttar|omfatta|nå(?:\s+ut\s+till)?|når(?:\s+ut\s+till)?|hjälpa|hjälper|skydda|skyddar|satsa\s+på|satsar\s+på|ta\s+emot|tar\s+emot|stärka|stärker|(?<!(?<![\p{L}])som\s+)arbetar(?:\s+(?:aktivt|förebyggande|uppsökande|främst|särskilt|långsiktigt))?\s+med|arbeta(?:\s+(?:aktivt|förebyggande|uppsökande|främst|särskilt|långsiktigt))?\s+med|aktivera|aktiverar|motivera|motiverar|rusta|rustar|lotsa|lotsar|vägleda|vägleder)(?:\s+(?:och|samt|eller)\s+\p{L}+)?\s+(?!(?:och|eller|samt)\s)/giu;
/** The conditions of people's lives, whose people follow "för": the conditions-for rule's trigger (TRIGGER_RULES). */
const CONDITIONS_FOR =
  /(?<![\p{L}])(?:(?:livs|levnads)?situation(?:en)?|effekt(?:er|erna)?|(?:livs|levnads)?villkor(?:en)?|förutsättning(?:ar|arna)|livskvalitet(?:en)?|trygghet(?:en)?|tillvaro(?:n)?|vardag(?:en)?)\s+för\s+/giu;
/** The nouns of CONDITIONS_FOR, one of which every match holds (keep in step with it). */
const CONDITIONS_NOUNS = ['situation', 'effekt', 'villkor', 'förutsättning', 'livskvalitet', 'trygghet', 'tillvaro', 'vardag'];
/** The stems of SERVING_VERB's verbs, one of which every match starts with (keep in step with it). */
const SERVING_STEMS = ['stöd', 'stött', 'omfatta', 'nå', 'hjälp', 'skydd', 'satsa', 'ta', 'stärk', 'arbeta', 'aktiver', 'motiver', 'rust', 'lots', 'vägled'];
/** "bland …", "ohälsa hos …": the among rule's trigger (TRIGGER_RULES). */
const AMONG = /(?<![\p{L}])(?:bland\s+(?!annat(?![\p{L}]))|(?:ensamhet(?:en)?|isolering(?:en)?|ohälsa(?:n)?|hälsa(?:n)?|välmående(?:t)?|välbefinnande(?:t)?|livskvalitet(?:en)?|utanförskap(?:et)?|arbetslöshet(?:en)?|delaktighet(?:en)?)\s+hos\s+)/giu;
/** The words of AMONG, one of which every match starts with (keep in step with it). */
const AMONG_WORDS = ['bland', 'ensamhet', 'isolering', 'ohälsa', 'hälsa', 'välmående', 'välbefinnande', 'livskvalitet', 'utanförskap', 'arbetslöshet', 'delaktighet'];
/** An offer and its preposition, whose people follow: the offer-for rule's trigger (TRIGGER_RULES). */
const OFFER_FOR = new RegExp(
  String.raw`${NOT_RESPONSIBLE_FOR}(?<![\p{L}])(?:${OFFER_WORDS}(?:\s+(?:och|samt)\s+\p{L}+)?(?:\s+${OFFER_PASSIVE}(?:\s+${NARROWING_WORDS})?)?(?:,?\s+${EXAMPLE_WORDS},?)?\s+(?:för|till|kring|åt)|arbete(?:t)?\s+med)\s+(?:för\s+)?`,
  'giu',
);

/**
 * "Huvudmålgruppen är …", "Huvudmålgrupperna är personer med annan etnisk bakgrund, män, …": the main target group is
 * named the same way as the target group (not "målgruppsanpassad", which the ending excludes).
 */
const MAIN = '(?:huvud)?';

/** What a target group is the target group of, between "målgruppen" and its verb: "för verksamheten", "för IOP:t". */
const FOR_WHAT = String.raw`(?:\s+för\s+[\p{L}:-]+(?:\s+[\p{L}:-]+)?)?`;

/** The verbs that end the subject of a purpose clause ("att fler nyanlända kvinnor | ska komma …"). */
const PURPOSE_VERBS = 'ska|skall|kan|kommer|får|blir|når';

/** The passive verbs of running an activity: the run-for rule's trigger and prefilter. */
const RUN_PASSIVE = 'bedrivs|anordnas|arrangeras';

/**
 * Adjectives of the help a giving verb's second object is ("erbjuda ensamstående föräldrar | praktiskt stöd", "ge brottsoffer |
 * särskilt stöd och vägledning"): the people end before them. Only before a word of what is given, so that a modifier of the
 * people ("ge socialt utsatta personer stöd") stays theirs.
 */
const HELP_QUALITIES =
  'praktisk|praktiskt|ekonomisk|ekonomiskt|särskild|särskilt|individuell|individuellt|psykosocial|psykosocialt|kostnadsfri|kostnadsfritt|personlig|personligt|social|socialt|känslomässig|känslomässigt|medmänsklig|medmänskligt|emotionell|emotionellt|konkret|extra|professionell|professionellt|snabb|snabbt|tidig|tidigt|akut|rätt|god|gott';

/** A label's colon, not the one that joins an abbreviation to its ending ("IOP:et", "IOP:n", "IOP:s"). */
const LABEL_COLON = String.raw`:(?!(?:et|en|n|t|s|ets|ens|ns|ts|na|erna)(?![\p{L}]))`;

/** What every match of a rule that names the target group ("Målgruppen är …", "med målgruppen …") holds (TriggerRule.literals). */
const NAMES_THE_GROUP = ['målgrupp'];

/**
 * The triggers of the rules below that have no prefilter (TRIGGER_RULES), each tried only at its literal (nearPattern): at
 * every offset of every sentence, a pattern opening with a lookbehind cost as much as reading the phrases it finds.
 */
const TEACHING_VERB = /(?<![\p{L}])(?:utbilda|utbildar)(?:\s+(?:och|samt|eller)\s+\p{L}+)?\s+(?!(?:och|eller|samt)\s)/giu;
const RELATIONS_WITH = /(?<![\p{L}])relation(?:er|erna)?\s+med\s+/giu;
const GIVING_VERB = /(?<![\p{L}])(?:erbjuda|erbjuder|ge|ger|ges|får)\s+(?:(?:bland\s+annat|även|också|främst|framför\s+allt)\s+)?/giu;
const RECEPTION_OF = /(?<![\p{L}])mottagand(?:e|et)\s+av\s+/giu;
const FOR_PEOPLE_WITH = new RegExp(String.raw`(?:^För|(?<!\S\s+\p{Lu}[\p{L}-]*\s+)${NOT_SERVING_BEFORE}${NOT_CHANCE_BEFORE}(?<![\p{L}])för)\s+(?=(?:[\p{Ll}-]+\s+){1,3}(?:med|som|i\s+behov\s+av)\s)`, 'gu');
/**
 * "för" people characterised by their age, as "med"/"som" characterises them in FOR_PEOPLE_WITH: "för unga 13–19 år", "för barn
 * och unga 7–16 år", "för flickor mellan 8 och 12 år", "för tjejer från 13 år", "för barn i åldern 6–12 år", "för äldre 65 år och
 * äldre" (a span of years, or a bound). Not "för målgrupp 65 år och äldre", which malgrupp-apposition reads as the age alone.
 */
const AGE_AFTER_PEOPLE = String.raw`(?:i\s+(?:åldern|åldrarna)\s+|mellan\s+|från\s+|upp\s+till\s+)?\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*|\s+(?:och|till)\s+\d{1,3}\s+)?år(?![\p{L}])`;
const FOR_PEOPLE_AGED = new RegExp(String.raw`(?:^För|(?<!\S\s+\p{Lu}[\p{L}-]*\s+)${NOT_SERVING_BEFORE}${NOT_CHANCE_BEFORE}(?<![\p{L}])för)\s+(?=(?:(?!målgrupp)[\p{Ll}-]+\s+){1,3}${AGE_AFTER_PEOPLE})`, 'gu');
/** Where an age ends its people: after "år", or after the bound that follows it ("65 år och äldre"). */
const AGE_END = /(?<=\d\s*år)(?!\s+(?:och|eller)\s+(?:äldre|yngre|uppåt))(?![\p{L}])|(?<=\d\s*år\s+(?:och|eller)\s+(?:äldre|yngre|uppåt))(?![\p{L}])/u;
const PURPOSE_SENTENCE_FOR = new RegExp(String.raw`(?<![\p{Lu}][\p{L}-]*\s+)${NOT_SERVING_BEFORE}${NOT_CHANCE_BEFORE}(?<![\p{L}])(?:för|kring)\s+`, 'gu');

export const TRIGGER_RULES: readonly TriggerRule[] = [
  {
    name: 'malgruppen-ar',
    // "Målgruppen är …", "Verksamhetens målgrupp är …", "Målgruppen för insatsen utgörs av …", "Prioriterade målgrupper är …",
    // "Målgruppen utgörs främst av …"; "Målgrupp för överenskommelsen är följande: Nyanlända som …" (the list follows the colon,
    // "följande" is no group); "Målgrupperna är till exempel nyanlända och …" (the examples are the groups)
    trigger: new RegExp(
      String.raw`(?<![\p{L}])${MAIN}målgrupp(?:en|er|erna)?${FOR_WHAT}\s+${TARGET_GROUP_IS}\s+(?:följande\s*:\s*|${EXAMPLE_WORDS}\s+)?`,
      'giu',
    ),
    literals: NAMES_THE_GROUP,
    needsPeople: false,
    strength: STRENGTH.named,
    defining: true,
  },
  {
    // Groups given as examples of the target groups: "att möta prioriterade målgrupper som till exempel individer i risk för
    // utanförskap, men också nyanlända", "målgrupper som t.ex. äldre och anhöriga"; not "målgrupper som till exempel skolan
    // når" (no people open the phrase), nor "målgrupper som kommunen prioriterar" (no examples follow).
    name: 'malgrupper-som-exempel',
    trigger: new RegExp(String.raw`(?<![\p{L}])${MAIN}målgrupp(?:en|er|erna)?\s+som\s+${EXAMPLE_WORDS}\s+`, 'giu'),
    literals: NAMES_THE_GROUP,
    needsPeople: true,
    opensWithPeople: true,
    strength: STRENGTH.named,
    defining: true,
  },
  {
    // "Målgrupp: …", "Målgruppen: …", "Målgrupper för insatsen: …"; not the colon of an abbreviation's ending ("Målgruppen för
    // IOP:et är …", LABEL_COLON).
    name: 'malgrupp-label',
    trigger: new RegExp(String.raw`(?<![\p{L}])${MAIN}målgrupp(?:en|er|erna)?${FOR_WHAT}${LABEL_COLON}[ \t]*(?=\S)`, 'giu'),
    literals: NAMES_THE_GROUP,
    needsPeople: false,
    strength: STRENGTH.named,
    defining: true,
  },
  {
    // A table row or a flattened heading: "Målgrupp Barn och unga 6–12 år" — the label, then the group capitalised as
    // a cell's text (not "Målgruppen har …", which goes on in lower case; no i flag, which would make \p{Lu} any letter).
    name: 'malgrupp-cell',
    trigger: /^(?:Huvudmålgrupp|Målgrupp|MÅLGRUPP)(?:er|ER)?[ \t]+(?=\p{Lu}\p{Ll})/gu,
    literals: NAMES_THE_GROUP,
    needsPeople: true,
    strength: STRENGTH.named,
    defining: true,
  },
  {
    // The group in apposition to the word: "Verksamheten har som målgrupp ungdomar 13–19 år", "arbetet med målgruppen unga
    // vuxna", "för målgruppen äldre", "för målgrupp 65 år och äldre"; not "i dialog med målgruppen" (no people follow), nor "kontakt med målgruppen och
    // besöker dessa personer" (a clause follows).
    name: 'malgrupp-apposition',
    // An age in apposition names its people too: "vänder sig till målgruppen 12-25 år" (AGE_GROUP; after "till" only an age:
    // "ge ett ökat stöd till målgruppen våldsutsatta kvinnor" refers back to the group named before).
    trigger: new RegExp(String.raw`(?<![\p{L}])(?:(?:har|hade)\s+som\s+${MAIN}målgrupp|(?:med|för)\s+${MAIN}målgrupp(?:en|erna)?|till\s+${MAIN}målgrupp(?:en|erna)?(?=\s+\d))\s+(?!(?:och|samt|eller|som|att|är|har|i|på|för|med|till|om|när|där|genom|utifrån|inom|kring)(?![\p{L}]))`, 'giu'),
    literals: NAMES_THE_GROUP,
    needsPeople: true,
    agesArePeople: true,
    strength: STRENGTH.named,
  },
  {
    // "I målgruppen ingår även anhöriga", "Till målgruppen räknas unga upp till 25 år"; not "ingår i målgruppen" after
    // the people, which NAMED_BEFORE does not read either.
    name: 'ingar-i-malgruppen',
    trigger: new RegExp(String.raw`(?<![\p{L}])(?:i|till)\s+målgrupp(?:en|erna)${FOR_WHAT}\s+(?:ingår|hör|räknas)(?:\s+(?:även|också|främst))?\s+`, 'giu'),
    literals: NAMES_THE_GROUP,
    needsPeople: true,
    strength: STRENGTH.named,
  },
  {
    // Who comes is whom the work serves: "Besökarna på Templet utgörs av personer i social och ekonomisk utsatthet",
    // "Deltagarna är främst kvinnor mellan 20 och 50 år", "Verksamhetens besökare är unga vuxna"; not "Deltagarna är nöjda" (no people), nor "deltagarna i
    // mötet var tjänstemän" (doers, opensWithDoers).
    name: 'visitors-are',
    trigger:
      /(?<![\p{L}])(?:besökar(?:na|e)|deltagar(?:na|e)|brukar(?:na|e))(?:\s+(?:på|i|inom|vid)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:utgörs\s+(?:(?:främst|huvudsakligen|i\s+huvudsak)\s+)?av|är(?:\s+(?:främst|huvudsakligen|i\s+huvudsak|framför\s+allt))?)\s+/giu,
    literals: ['besökar', 'deltagar', 'brukar'],
    needsPeople: true,
    strength: STRENGTH.directed,
  },
  {
    name: 'riktar-sig-till',
    // "riktar sig främst till …", "vänder sig till …", "är inriktad på …", "fokuserar på …", "är avsedd för …", "är till för …";
    // the infinitive and the past ("ska rikta sig till …", "riktade sig till …"), and a subject after a fronted adverbial
    // ("I slutändan riktar sig Fontänhus till …", up to two words; not "riktar sig inte till …")
    // A cleft puts the group after "är": "målgruppen som avtalet fokuserar på är personer boende i …", "de som insatsen
    // riktar sig till är unga vuxna" (the "är" is no part of the group).
    trigger:
      /(?<![\p{L}])(?:(?:rikta(?:r|de)?\s+sig(?:\s+(?!inte|ej|aldrig)[\p{L}-]+){0,2}?|riktas|vän(?:der|de|da)\s+sig)\s+(?:främst\s+|särskilt\s+|i\s+första\s+hand\s+)?(?:till|mot)|(?:inrikta(?:d|t|de)|inriktar\s+sig|fokuserar|fokus)\s+(?:främst\s+|särskilt\s+)?(?:på|mot)|(?:avsedd[at]?|är\s+till)\s+(?:främst\s+|särskilt\s+)?för)\s+(?:är\s+)?/giu,
    // Every match holds one of its verbs' stems ("inriktad" and "riktas" hold "rikta"): a fifth of the trigger's cost where none does.
    literals: ['rikta', 'vände', 'vända', 'fokus', 'avsedd', 'till'],
    prefilter: /rikta|vän(?:der|de|da)|fokus|avsedd|är\s+till/iu,
    needsPeople: true,
    // Whom a thing is directed to by age is its people: "Lägret riktar sig till åldrarna 8–16 år", "vänder sig till 13–19 år".
    agesArePeople: true,
    strength: STRENGTH.directed,
  },
  {
    name: 'serving-verb',
    // "stödja …" (present "stödjer", "stöder"), "nå (ut till) …", "ta emot …", "stärka …", "skydda …", "arbetar med …" (the object must name people); a
    // second verb may share the object ("hjälper och skyddar våldsutsatta kvinnor"); verbs of moving people on ("aktivera
    // föreningens barn och unga", "motivera ungdomar", "rusta nyanlända", "lotsa nyanlända") likewise; not "fånga upp
    // patienter i ett tidigt skede", which says when more than whom; not "aktörer som arbetar med ungdomar", which says who
    // the actors are (all that work in the field), not whom the partnership serves. An adverb of manner may stand before
    // "med": "arbetar förebyggande med ungdomar", "arbetar uppsökande med personer i hemlöshet" (not "arbetar aktivt med ett
    // länsövergripande perspektiv", no people).
    trigger: SERVING_VERB,
    // Every match starts with its verb: tried only where one of these stems stands (a plain alternation is found fast; the
    // trigger's leading lookbehind is tried at every position).
    literals: SERVING_STEMS,
    near: nearPattern(SERVING_VERB, anyLiteral(SERVING_STEMS), nonSpaceWithin(0)),
    needsPeople: true,
    strength: STRENGTH.inferred,
  },
  {
    // Whom the partnership teaches is whom it serves: "att utbilda ungdomar i demokrati och ideell verksamhet", "utbildar
    // nyanlända kvinnor inom digital kompetens"; the people end where the subject taught starts (objectEnd), and without it
    // nothing is read ("utbilda personal", "utbildar ledare" train the doers, who are no target group).
    name: 'teaching-verb',
    // A second verb may share the object: "Utbilda och anställa unga i kommunen" (not "utbilda och | anställa unga" as a group).
    trigger: TEACHING_VERB,
    // Every match starts with its verb.
    literals: ['utbilda'],
    near: nearPattern(TEACHING_VERB, /utbilda/giu, atLiteral),
    needsPeople: true,
    opensWithPeople: true,
    strength: STRENGTH.inferred,
    objectEnd: /\s(?:i|inom|om|kring)\s/iu,
  },
  {
    // The people the work builds relations with are those it is for: "Nattvandringen skapar trygghet, bygger relationer med
    // barn och unga"; not "relationer med idéburna organisationer", "relationer med civila samhället" (no people), nor the
    // informal "kontakt med …", which as often names officials ("kontakt med flera olika handläggare").
    name: 'relations-with',
    trigger: RELATIONS_WITH,
    literals: ['relation'],
    near: nearPattern(RELATIONS_WITH, /relation/giu, atLiteral),
    needsPeople: true,
    opensWithPeople: true,
    strength: STRENGTH.inferred,
  },
  {
    // "erbjuda barn och unga en meningsfull fritid", "ge unga vuxna möjlighet till arbete": the people are the first of
    // two objects, ending where the thing given starts, perhaps with a comparative ("ge nyanlända kvinnor | ökad delaktighet"). Inverted, the receiver comes after "får" the same way: "Inom
    // ramen för partnerskapet får barn och ungdomar möjlighet att …". An adverb may stand before the receiver: "Projektet ger
    // bland annat nyanlända möjlighet att …".
    name: 'giving-verb',
    trigger: GIVING_VERB,
    // Every match starts with its verb ("erbjud…", "ge…", "får").
    literals: ['erbjud', 'ge', 'får'],
    near: nearPattern(GIVING_VERB, /erbjud|ge|får/giu, atLiteral),
    needsPeople: true,
    strength: STRENGTH.inferred,
    objectEnd: new RegExp(
      String.raw`\s(?:(?:${HELP_QUALITIES})\s+)?(?:en|ett|den|det|möjlighet\p{L}*|chans\p{L}*|stöd|hjälp|råd|vägledning|information|sysselsättning|praktik|tillgång|plats\p{L}*|verktyg|kunskap\p{L}*|förutsättningar|ökad|ökat|ökade|bättre|större|mer|mera|starkare)(?![\p{L}])`,
      'iu',
    ),
  },
  {
    name: 'offer-for',
    // "vårdplatser för för människor i livets slutskede": a doubled preposition is a slip, not a phrase.
    // Examples may stand between the offer and its people: "volontärer som kan göra insatser, till exempel för ensamma människor".
    // "stöd och skydd till kvinnor …", "råd och stöd åt anhöriga": a second noun may share the preposition; "arbetet med
    // barn och unga" names the people worked with. A passive verb may stand before the preposition: "Stödet ges främst till
    // ensamstående föräldrar" (OFFER_PASSIVE).
    trigger: OFFER_FOR,
    literals: OFFER_STEM_WORDS,
    prefilter: OFFER_PREFILTER,
    // Every match starts at the word holding its offer word's stem: tried there only, not at every word (\p{L}{0,20} before
    // some 30 nouns backtracks at each).
    near: nearPattern(OFFER_FOR, anyLiteral(OFFER_STEM_WORDS), wordStart),
    needsPeople: true,
    strength: STRENGTH.inferred,
    notInName: true,
  },
  {
    // A passive verb of running an activity makes the activity an offer whatever it is called: "I dagsläget bedrivs ridskola
    // för barn och ungdomar i åldern 6-20 år", "det anordnas sommarläger för barn", "arrangeras kurser för nyanlända kvinnor"
    // (one or two words name the activity); not "anordnas för att främja …" (no activity, and "att" is no group). Not the
    // active "föreningen bedriver ridskola för …", which as often presents what the organisation does in general.
    name: 'run-for',
    trigger: new RegExp(String.raw`(?<![\p{L}])(?:${RUN_PASSIVE})\s+(?:(?!(?:för|till|att|med|i|på|av|om|inom|sin|sitt|sina)\s)[\p{L}-]+\s+){1,2}?(?:för|till)\s+`, 'giu'),
    literals: RUN_PASSIVE.split('|'),
    needsPeople: true,
    strength: STRENGTH.inferred,
  },
  {
    // "förbättra situationen för personer utsatta för våld", "bättre förutsättningar för barn och unga att …", "öka
    // tryggheten för äldre", "positiva effekter för ensamkommande barn" (in a sentence about the partnership; not "effekter för
    // kommunens ekonomi", which names no people): the conditions a partnership improves are those of its people — read only in a sentence about
    // the partnership, the agreement, the grant or its purpose (ABOUT_PARTNERSHIP), as the same words describe any policy.
    name: 'conditions-for',
    trigger: CONDITIONS_FOR,
    literals: CONDITIONS_NOUNS,
    // Every match starts with its noun, its word for condition at most "levnads" (7 letters) in.
    near: nearPattern(CONDITIONS_FOR, anyLiteral(CONDITIONS_NOUNS), nonSpaceWithin(7)),
    sentenceCue: ABOUT_PARTNERSHIP,
    needsPeople: true,
    strength: STRENGTH.inferred,
  },
  {
    // "för personer med funktionsnedsättning", "för unga som saknar sysselsättning", "för personer i behov av stöd": people characterised by what
    // follows are a target group wherever the sentence stands; also fronted ("För personer med psykisk ohälsa har modellen …").
    // After a capitalised word inside the sentence "för" is part of a name ("… hos Riksförbundet för döva med …"); a
    // capitalised word opening the sentence is a heading's or a title's first word: "Friluftsbad för personer med
    // funktionsnedsättning, mötesplats …" names the offer and its people.
    name: 'for-people-with',
    trigger: FOR_PEOPLE_WITH,
    // Every match starts with "för" (or "För" opening the text); the pattern keeps case, and so does its literal.
    literals: ['för'],
    near: nearPattern(FOR_PEOPLE_WITH, /för|För/gu, atLiteral),
    needsPeople: true,
    strength: STRENGTH.inferred,
  },
  {
    // People named by their age after "för" are a target group wherever the sentence stands (FOR_PEOPLE_AGED): the offer
    // before it may be any activity ("prova-på-tillfällen för barn och unga 7–16 år", "skrivarverkstäder för unga 13–19 år"),
    // where offer-for knows only the words of OFFER_WORDS. The people end with their age (AGE_END): "för flickor mellan 8 och 12
    // år | på lördagar".
    name: 'for-people-aged',
    trigger: FOR_PEOPLE_AGED,
    literals: ['för'],
    near: nearPattern(FOR_PEOPLE_AGED, /för|För/gu, atLiteral),
    needsPeople: true,
    strength: STRENGTH.inferred,
    objectEnd: AGE_END,
  },
  {
    // "ge möjlighet för personer som avslutat behandling för egen våldsamhet | att delta i kamratstödsgrupper": whom the
    // chance is given to, up to what they may do (an "att" even inside their relative clause); without an "att" nothing
    // is read, and for-people-with and purpose-sentence-for leave "möjlighet för" to this rule (NOT_CHANCE_BEFORE).
    // The adjective and the verb say the same: "gör det möjligt för ensamkommande unga som fyllt 18 år | att bo kvar",
    // "möjliggöra för ensamkommande flyktingbarn …, | att bo kvar" (not the relative clause run on into "att bo kvar").
    name: 'chance-for',
    trigger: new RegExp(String.raw`(?<![\p{L}])${CHANCE_WORDS}\s+för\s+`, 'giu'),
    literals: ['möjlig', 'underlätta'],
    needsPeople: true,
    strength: STRENGTH.inferred,
    objectEnd: /\satt(?![\p{L}])/iu,
  },
  {
    // The subject of a purpose clause, in a sentence about the partnership or its purpose: "Syftet är att fler nyanlända
    // kvinnor | ska komma närmare arbetsmarknaden", "Överenskommelsen syftar till att barn och unga | ska få en meningsfull
    // fritid"; the people end at the clause's verb within five words, and must open the clause (not "att stödja unga som kan …",
    // where they are an object; not "att föreningen ska …").
    name: 'purpose-subject',
    // A relative clause may describe the people, its words no verb of the purpose clause: "Partnerskapet ska bidra till att
    // personer som lever i hemlöshet | får ett eget boende" (not "att unga som kan …", where the clause's verb is cut off).
    trigger: new RegExp(
      String.raw`(?<![\p{L}])(?:till|är|för)\s+att\s+(?=(?:(?!som\s)[\p{L}-]+\s+){1,5}(?:${PURPOSE_VERBS})(?![\p{L}])|(?:(?!som\s)[\p{L}-]+\s+){1,3}som\s+(?:(?!(?:som|${PURPOSE_VERBS})\s)[\p{L}-]+\s+){1,5}(?:${PURPOSE_VERBS})(?![\p{L}]))`,
      'giu',
    ),
    literals: ['att'],
    prefilter: /(?:till|är|för)\s+att\s/iu,
    sentenceCue: ABOUT_PARTNERSHIP,
    needsPeople: true,
    opensWithPeople: true,
    strength: STRENGTH.inferred,
    objectEnd: new RegExp(String.raw`\s(?:${PURPOSE_VERBS})(?![\p{L}])`, 'iu'),
  },
  {
    // "mottagande av ensamkommande barn och ungdomar"
    name: 'reception-of',
    trigger: RECEPTION_OF,
    literals: ['mottagand'],
    near: nearPattern(RECEPTION_OF, /mottagand/giu, atLiteral),
    needsPeople: true,
    strength: STRENGTH.inferred,
  },
  {
    // "minska den ofrivilliga ensamheten bland Malmös seniorer"; a problem the partnership meets "hos" its people: "motverka
    // ensamhet och isolering hos äldre", "psykisk ohälsa hos unga"; what it builds "hos" them: "utveckla delaktighet hos
    // iranska pensionärer", and the health it improves "hos" them: "förbättra hälsan hos äldre" (not "anställd hos föreningen")
    name: 'among',
    trigger: AMONG,
    // Every match starts with "bland" or its noun.
    literals: AMONG_WORDS,
    near: nearPattern(AMONG, anyLiteral(AMONG_WORDS), nonSpaceWithin(0)),
    needsPeople: true,
    strength: STRENGTH.inferred,
  },
  {
    name: 'purpose-sentence-for',
    // Not after a capitalised word: "Behandlingscenter för krigsskadade" is part of a name.
    trigger: PURPOSE_SENTENCE_FOR,
    literals: ['för', 'kring'],
    near: nearPattern(PURPOSE_SENTENCE_FOR, /för|kring/gu, atLiteral),
    sentenceCue: PURPOSE_CUE,
    needsPeople: true,
    strength: STRENGTH.inferred,
  },
];

/**
 * The group named before the word: "Unga vuxna 18–25 år utgör målgruppen", "Äldre som bor ensamma är den primära
 * målgruppen"; after a genitive or possessive the word stands without its article: "Personer i hemlöshet är
 * verksamhetens målgrupp", "Barn och unga är vår huvudsakliga målgrupp" (not "Äldre är en viktig målgrupp för
 * kommunen", one group among many). The group is the sentence up to the verb.
 */
export const NAMED_BEFORE =
  /^(?<group>.+?)\s+(?:är|utgör)\s+(?:(?:den|de)\s+(?:\p{L}+\s+)?(?:huvud)?målgrupp(?:en|erna)|(?:vår|våra|dess|deras|\p{L}+s)\s+(?:\p{L}+\s+)?(?:huvud)?målgrupp(?:en|erna|er)?|(?:\p{L}+\s+)?(?:huvud)?målgrupp(?:en|erna))(?![\p{L}])/iu;
export const NAMED_BEFORE_STRENGTH = STRENGTH.named;

/**
 * The first part of a compound that names people, and the people it names: "ungdoms|verksamhet" → "ungdomar", "barn- och
 * ungdoms|verksamhet" → "barn och ungdomar" (GRANT_FOR_PEOPLE_ACTIVITY).
 */
export const PEOPLE_PREFIXES: Readonly<Record<string, string>> = {
  barn: 'barn', ungdom: 'ungdomar', ungdoms: 'ungdomar', senior: 'seniorer', pensionärs: 'pensionärer', äldre: 'äldre',
  kvinno: 'kvinnor', tjej: 'tjejer', flick: 'flickor', pojk: 'pojkar', kill: 'killar', familje: 'familjer', föräldra: 'föräldrar',
  invandrar: 'invandrare', flykting: 'flyktingar',
};
const PEOPLE_PREFIX = `(?:${Object.keys(PEOPLE_PREFIXES).sort((a, b) => b.length - a.length).join('|')})`;
/**
 * A grant for an activity whose compound names its people: "haft avtalsreglerat bidrag på 40 000 kronor/år för sin barn- och
 * ungdomsverksamhet" → "barn och ungdomar", "anslag till föreningens seniorverksamhet" → "seniorer" (read off, in a sentence
 * about the grant: PURPOSE). The compound follows the preposition at once: not "bidraget ska gå till föreningar med barn- och
 * ungdomsverksamhet" (the grant's recipients, named by what they run), nor "bidrag till ungdomsorganisationer" (no activity).
 */
export const GRANT_FOR_PEOPLE_ACTIVITY = new RegExp(
  String.raw`(?<![\p{L}])\p{L}*(?:bidrag|anslag)(?:et|en)?\s+(?:[^.;:!?]{0,40}?\s)?(?:för|till)\s+(?:(?:sin|sitt|sina|dess|deras|föreningens|klubbens)\s+)?(?:(?<first>${PEOPLE_PREFIX})-\s+(?:och|samt)\s+)?(?<prefix>${PEOPLE_PREFIX})(?:verksamhet(?:en|er)?|arbete(?:t)?|aktiviteter(?:na)?)(?![\p{L}])`,
  'giu',
);

/**
 * The people who may receive the help, as the sentence's subject: "Även den som blivit vittne till ett brott och den som är
 * anhörig till en brottsutsatt person kan få stöd.", "Ungdomar som mår dåligt kan också få hjälp av föreningen" (read
 * off as the other rules: INFERRED, PURPOSE in a sentence about the partnership); the group is the sentence up to the verb
 * and must name people (not "Föreningen kan få stöd", nor "Det kan få stora effekter").
 */
export const RECEIVER_SUBJECT =
  /^(?:(?:även|också|dessutom|här)\s+)?(?<group>.+?)\s+(?:kan|ska|skall|får)\s+(?:(?:också|även|alltid)\s+)?(?:få\s+)?(?:(?:\p{L}+[tr]|mer|mera)\s+)?(?:stöd|hjälp|råd)(?![\p{L}])/iu;

/**
 * The target group named through a pronoun for it in the next sentence: "Den primära målgruppen väntas förändras något över
 * tid. I år består den främst av unga vuxna upp till cirka 27 år samt unga i åldern 13-19 år.", "Målgruppen har vuxit. Den
 * utgörs av …" (index.ts namedByPronoun: the sentence before must speak of the target group, definite as the pronoun refers
 * to it); not "Den består av tre delar" after a sentence without it, nor "Lokalen … Den består av två rum" (no people follow).
 */
export const PRONOUN_FOR_GROUP = {
  before: /(?<![\p{L}])(?:huvud)?målgrupp(?:en|erna)(?![\p{L}])/iu,
  trigger: new RegExp(
    String.raw`(?:(?<![\p{L}])(?:den|de)\s+(?:utgörs|utgjordes|består|bestod)\s+(?:${NARROWING_WORDS}\s+)?av|(?<![\p{L}])(?:utgörs|utgjordes|består|bestod)\s+(?:den|de)\s+(?:(?:idag|i\s+dag|numera|nu)\s+)?(?:${NARROWING_WORDS}\s+)?av)\s+`,
    'giu',
  ),
};

/**
 * A headline run together with the dateline under it ("… stöd till EU-migranter\n28 jan | 2014"): a line that opens with a date
 * ends the phrase; not a line that opens with an age ("unga vuxna\n18–25 år").
 */
const DATELINE = String.raw`(?<=\n)[ \t]*(?=\d{1,2}\s+(?:${MONTH_WORDS})\.?(?![\p{L}])|\d{4}-\d{2}-\d{2})`;
/**
 * Where a target-group phrase ends inside its sentence; a coordinator before a preposition joins another
 * adverbial, not another group ("våldsutsatta i vår målgrupp och i det förebyggande arbetet"). Who does the work and
 * how often are no part of the people: "insatser för äldre | tillsammans med föreningen", "i samverkan med …", "i nära samarbete med …", "härbärge för hemlösa | under vintern" (not an age: "unga under 18 år"), "verksamheter för hemlösa | vintern 2011-2012", "tar emot besökare | varje vecka"; so is the level the work is done at ("riskgrupper som pekats ut av myndigheten | på nationell och lokal nivå"); so is what the work aims at ("guidar unga vuxna | med målet att …"). So is how much or by what means it is done ("de boende | med tre timmar per vecka", "vuxna i akut hemlöshet | med insatser dagtid"), and a clause that opens with its own subject ("människor som lever i akut hemlöshet | att det blivit så här"). A bracket ends it: what
 * it holds is most often a programme's, a law's or an organisation's short name ("(IOP)", "(LSS)", "(RKC)"). So does a
 * markup tag left in a page's text ("… för kvinnor och deras barn.<br />").
 * A full stop before a blank line ends it too: the sentence splitter joins a paragraph that opens in lower case (a
 * scanned page's stray letter: "… stötta våldsutsatta kvinnor som … boendet.\n\nfVerksamhetsstödet …") to the sentence before;
 * so does one after a word before more words, the splitter having joined a sentence that goes on in lower case (a photo's
 * caption: "… arbetet med Borlänges unga. från vänster Fredrik …"). Not an abbreviation's ("bl.a.", "m.fl.": a short word).
 */
export const PHRASE_END = new RegExp(
  String.raw`\s*(?:${DATELINE}|[,;:()]|<\/?\p{L}|\s[–-]\s|\s(?:och|samt)\s+(?:i|inom|på|genom|via|utifrån|med|mot|om)\s|(?<![\p{L}])(?:i form av|bland annat|till exempel|t\.ex\.|såsom|genom|enligt|för att|i syfte|med syfte|vilket|men|under(?=\s+(?:\d{4}|(?!\d|\p{L}*ålder)))|tillsammans med|med (?:målet|målsättningen|syftet)|med (?:insatser|aktiviteter|(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio) (?:timmar|dagar|veckor|platser|tillfällen))|att (?:det|den|de|dessa|vi|man|ni|han|hon)|i (?:[\p{L}-]+\s+)?(?:samarbete|samverkan|partnerskap) med|(?:varje|per|en gång i) (?:dag|vecka|månad|år)|(?:vintern|våren|sommaren|hösten)(?=\s+\d{4})|på\s+(?:[\p{L}-]+\s+(?:och\s+)?){1,3}nivå)(?![\p{L}])|[.!?]\s*$|[.!?](?=[ \t]*\n[ \t]*\n)|(?<=[\p{L}\d]{3})[.!?](?=[ \t]+\S))`,
  'iu',
);

/**
 * Text run together without punctuation (a flattened PDF): a capitalised word that no preposition or
 * coordinator introduces starts something else ("… ungdomar i Göteborg Förslag till beslut …"). Built without
 * the i flag, which would make \p{Lu} match any letter.
 */
export const CAPITAL_END = /(?<!(?:^|\s)(?:i|på|från|till|för|av|med|inom|kring|och|samt|hos|vid|mot|utanför))\s+(?=\p{Lu}\p{Ll})/u;

/**
 * A capitalised word after a coordinator goes on the phrase where a capitalised word stands before it too, as in a list
 * of places ("i Tensta och Rinkeby"); after a lower-case word it names something else, and the group ends before the
 * coordinator ("individer i social hemlöshet | samt Bobyrån"). Built without the i flag, as CAPITAL_END.
 */
export const NAME_AFTER_COORDINATOR = { before: /(?<![\p{L}-])\p{Ll}[\p{L}-]*$/u, after: /^\p{Lu}\p{Ll}/u };

/**
 * After a comma the phrase goes on as a list when the next words name people ("ensamkommande barn, nyanlända
 * och andra migranter") or, after a first item with a relative clause, start another of the same head ("individer
 * som lever i hemlöshet, som har beroendeproblematik"); under a defining rule it goes on into a modifier ("kvinnor, med eller utan barn, i
 * behov av skydd"). Anything else after a comma ends it.
 */
export const LIST_COMMA = /^\s*,\s*/u;

/**
 * A participle before a comma, after other words of its item, is an attribute of the noun after the comma, the comma
 * joining two attributes of one noun ("barn till missbrukande, psykiskt sjuka föräldrar", "unga som saknar närvarande,
 * trygga vuxna"): the phrase goes on, no second group starts there. A participle that is the whole item, or names people,
 * is a noun and ends the item ("stöd till sökande, unga vuxna och …", "till studerande, nyanlända"; index.ts clause checks
 * isPeopleWord).
 */
export const ATTRIBUTE_BEFORE_COMMA = /(?<=[\p{L}-]\s+)(?<participle>\p{L}+[ae]nde)$/iu;
export const MODIFIER_START = /^(?:med|utan|i|inom|under|över|mellan|från|oavsett)(?![\p{L}])/iu;
export const RELATIVE_ITEM = /^som(?![\p{L}])/iu;
/**
 * A first list item of people and a modifier ("personer med missbruksproblem", "unga i riskzon"): a "…, som …" item after
 * it is another group of those people ("…, som lider av psykisk ohälsa" → "personer som lider av psykisk ohälsa"). Its
 * people must be a people word (index.ts headBeforeRelative): not "stöd med boende, som …".
 */
export const MODIFIED_PEOPLE = /^(?<people>[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:med|i|utan)\s+[\p{L}-]+,?$/u;
/** A comma before a narrowing adverb ("unga vuxna, särskilt deltagare inom …") adds no group of its own. */
export const NARROWING = /^(?:särskilt|främst|framför\s+allt|i\s+synnerhet|även|också|inklusive|exempelvis|bland\s+annat)(?![\p{L}])/iu;

/**
 * "… samt personer …", "… samt för andra barn …": a second group may start at a coordinator when the next
 * words name people. A repeated preposition ("för") always starts one; otherwise the first group must be
 * longer than a plain coordination of nouns ("barn och unga" is one group). A suspended compound ("krigs- och
 * tortyrskadade") is one word.
 */
export const COORDINATION = /(?<!-)\s+(?:samt|och|eller)\s+(?<preposition>(?:för|till)\s+)?(?=\S)/giu;
export const MIN_WORDS_BEFORE_SPLIT = 3;
/**
 * A list whose first item is a modifier and a people noun and whose other items are bare people nouns shares that
 * modifier: "våldsutsatta kvinnor, barn och unga vuxna", "våldsutsatta kvinnor, tjejer och barn" name one group (the
 * violence is the point), as readers write it. Not when any later item has words of its own ("ensamkommande barn,
 * nyanlända och andra migranter i behov av stöd" are three groups) or the first has no modifier ("barn, unga och äldre").
 */
export const SHARED_MODIFIER_LIST = {
  separator: /\s*,\s*|\s+(?:och|samt)\s+/u,
  /** Later items: at most this many words, every one a people word ("unga vuxna"). */
  maxItemWords: 2,
  /** Words before the list's people noun that are no modifier of it. */
  notModifier: /^(?:och|samt|eller|andra|övriga|deras|dess|sina|många|fler|flera)$/iu,
};

/**
 * After a coordinator, a noun or two and then "för"/"till"/"åt" before any people: a second offer ("hantverkskurser för
 * kvinnor | samt läxhjälp för unga", "stöd till ungdomar | och rådgivning till föräldrar"), not more people of the first.
 */
export const SECOND_OFFER = /^(?:[\p{L}-]+\s+){1,2}(?:för|till|åt)\s/iu;
/** A relative pronoun: after it, a clause about the people is open. */
export const OPEN_RELATIVE = /(?<![\p{L}])(?:som|där|vars|vilka|vilkas)(?![\p{L}])/iu;

/**
 * An age group: "12-25 år", "16–19 år", "65 år och äldre", "18 år och uppåt", perhaps after a noun of age that names no
 * one without it ("riktar sig till åldrarna 8–16 år", "åldersgruppen 18–25 år"; not "åldrarna" alone).
 */
export const AGE_GROUP = /^(?:(?:åldrarna|åldersgrupp(?:en|erna)|åldern)\s+)?\d{1,3}\s*(?:[–-]\s*\d{1,3}\s+år|\s+år\s+(?:och|eller)\s+(?:äldre|yngre|uppåt))(?![\p{L}])/u;

/** Adjectives of age, which name a group of their own beside a fuller group opening with them ("unga" beside "unga vuxna"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(morePeople.ageWords);

/** "18 år eller äldre": an age bound, not a second group of "äldre". */
export const AGE_BOUND = { before: /\d\s*år$/u, after: /^(?:äldre|yngre)(?![\p{L}])/iu };

/**
 * Leading words dropped from a phrase: articles, demonstratives and narrowing adverbs ("i första hand", "i huvudsak", "både", "även") carry
 * no meaning of their own ("exempelvis" neither), nor does "de som är" before a nominalised adjective ("de som är samhällets mest utsatta")
 * or "målgruppen" before its name; nor the public body's genitive ("erbjuda kommunens ungdomar mellan 14 och 24 år …"), which says
 * where the people live, as a place after them does (PLACE); nor a quantity ("hjälpa fler våldsutsatta kvinnor": the group is
 * "våldsutsatta kvinnor"; "ge fler personer stöd" leaves a bare head, no group).
 */
export const LEADING_DETERMINER =
  /^(?:(?:(?:de|dem)\s+som\s+är|(?:de|dem|den)(?!\s+som\s)|det|dessa|denna|detta|alla|våra|vår|kommunens|stadens|regionens|länets|föreningens|organisationens|målgrupp(?:en|erna)|i\s+första\s+hand|i\s+huvudsak|i\s+synnerhet|främst|framför\s+allt|framförallt|huvudsakligen|företrädesvis|primärt|även|också|särskilt|både|exempelvis|till\s+exempel|(?:ännu\s+)?(?:fler|flera|många))\s+)+/iu;

/**
 * The town the people live in is no part of the group: "unga vuxna i Kalmar", "ensamkommande barn och ungdomar i
 * Göteborg", "kvinnor i kommunen som är i behov av skydd" name the people without the place (one capitalised word, or
 * "kommunen", "byn", "orten"), at the phrase's end or before its relative clause. A longer place ("i Kalmar län", "i Tensta och Rinkeby")
 * is kept, as readers keep it; so is an "i" that says something of the people ("barn i familjer med missbruk").
 */
export const PLACE = /\s+i\s+(?:\p{Lu}[\p{L}-]*|kommunen|staden|länet|regionen|byn|orten)(?=\s+som\s|$)/gu;

/**
 * A relative clause that places the people in or at something the text has already named, the work itself ("stötta
 * våldsutsatta kvinnor som inte är placerade i det skyddade boendet", "barn som deltar på den öppna förskolan"), says how
 * they stand to the offer, not who they are: the group ends before it ("våldsutsatta kvinnor"). The thing is definite,
 * with its article before an adjective ("det skyddade boendet", "den öppna förskolan"); a clause about the people's own
 * life keeps ("personer som lever i hemlöshet", "barn som bor i familjer med missbruk", "unga som inte har sysselsättning").
 */
export const PLACED_IN_THE_WORK = /\s+som\s+(?:[\p{L}-]+\s+){1,4}?(?:i|på|vid|inom)\s+(?:det|den|de)\s+[\p{L}-]+\s+[\p{L}-]+(?:et|en|na|t|n)$/iu;

/**
 * When and where the work meets its people is no part of the group: "mötesplats för barn och ungdomar | utanför ordinarie
 * ridskoleverksamhet", "villkor för unga | i skolan på fritiden", "aktiviteter för barn | efter skoltid", "läger för unga |
 * på sommarlovet" name the group "barn och ungdomar", "unga". Dropped at the phrase's end only where no relative clause is
 * open (index.ts phraseAt): "barn som har svårt i skolan", "unga som saknar något att göra på fritiden" describe the people.
 * Not "unga utanför arbetsmarknaden" (who they are), nor "barn i förskoleåldern" (an age).
 */
export const SETTING =
  /(?:\s+(?:i\s+skolan|i\s+vardagen|på\s+(?:sin\s+)?fritid(?:en)?|på\s+(?:sommar|höst|jul|sport|påsk)?lov(?:en|et)?|på\s+kvällar(?:na)?(?:\s+och\s+helger(?:na)?)?|på\s+helger(?:na)?|efter\s+skol(?:an|tid(?:en)?|dagen)|utanför\s+skoltid(?:en)?|utanför\s+(?:den\s+|det\s+)?(?:ordinarie|vanliga?|reguljära?)\s+[\p{L}-]+))+$/iu;

/** A bound on a count: "högst 30 barn", "minst tio deltagare". */
const COUNT_BOUND = String.raw`(?:högst|max|maximalt|minst|upp\s+emot)`;
/** A count in words from two up, or a range of them ("tio personer", "fyra–fem personer"); "en"/"ett" are articles. */
const COUNT_WORD = alternation(Object.entries(NUMBER_WORDS).filter(([, n]) => n >= 2).map(([word]) => word));
const COUNT_IN_WORDS = String.raw`(?<![\p{L}])(?:${COUNT_WORD})(?:\s*[–-]\s*(?:${COUNT_WORD}))?`;
/**
 * A count before the people ("ta emot ca 70 barn", "friplatser till ett antal barn") is capacity, not a group (a quantity word is dropped, LEADING_DETERMINER); nor is
 * "varje" one person at a time ("samverkan kring varje deltagande individ"). A count in words or with a bound is one too ("plats
 * för fyra–fem personer", "förskoleverksamhet för högst 30 barn"). An age is no count: "för målgrupp 65 år och
 * äldre", "Målgruppen är 16–25 år", "barn tio–tolv år".
 */
/**
 * A count before a modifier and its people says how many the partnership reached, and the people it names are the group:
 * "öka livskvaliteten för drygt 270 ensamkommande barn och unga" → "ensamkommande barn och unga". The count is dropped when
 * two words of one noun phrase follow it (index.ts phraseAt); before a bare noun ("ta emot ca 70 barn", "40 föräldrar i
 * verksamheterna", where a preposition follows the noun) the phrase stays COUNTED.
 */
export const COUNT_BEFORE_GROUP = new RegExp(
  String.raw`^(?:(?:ca\.?|cirka|omkring|drygt|nästan|över|upp\s+till|${COUNT_BOUND})\s+)?(?:\d[\d\s]*?|${COUNT_IN_WORDS})\s+(?!år(?![\p{L}])|\d)(?=[\p{L}-]+\s+(?!(?:i|på|inom|vid|från|med|per|för|till|av|om|och|samt)(?![\p{L}]))[\p{L}-])`,
  'iu',
);
export const COUNTED = new RegExp(
  String.raw`^(?:ca\.?|cirka|omkring|drygt|upp\s+till|${COUNT_BOUND}|varje|ett\s+(?:(?:stort|litet|mindre|större|begränsat|visst)\s+)?antal|ett\s+fåtal|\d+(?!\s*(?:år|[+–-]))|${COUNT_IN_WORDS}(?![\p{L}–-])(?!\s+år(?![\p{L}])))(?![\p{L}\d])`,
  'iu',
);

/**
 * A phrase opening with "att" is an infinitive clause ("ett arbete för att inkludera fler grupper"), no group — unless
 * people follow at once, where "för att" was a slip for "för" ("samarbete för att hemlösa EU-medborgare").
 */
export const INFINITIVE_START = /^att\s+(?<next>[\p{L}-]+)/iu;

/**
 * Words for a part of a kommun: its inhabitants there are a group of their own, not the whole population ("minska ensamhet
 * bland invånare i Vårgårda tätort", "tryggheten för invånarna i stadsdelen", "invånare på landsbygden").
 */
const PARTS_OF_TOWN =
  'tätort|tätorten|centralort|centralorten|stadsdel|stadsdelen|stadsdelar|stadsdelarna|bostadsområde|bostadsområdet|bostadsområden|området|landsbygd|landsbygden|glesbygd|glesbygden|ytterområden|ytterområdena|kommundel|kommundelen|byn|byarna';

/**
 * The whole population a public body serves is no target group: "kommunens invånare", "medborgarna i Kalmar", "den service
 * som kommunen erbjuder sina kommuninvånare" are boilerplate of public-sector writing (but "mobila EU-medborgare" is a group, and so are the inhabitants of a part of
 * the kommun, PARTS_OF_TOWN).
 */
export const GENERIC_POPULATION = new RegExp(
  String.raw`^(?:(?:alla|samtliga|kommunens|stadens|regionens|länets|våra|sina|era|deras)\s+)?(?:medborgare|medborgarna|invånare|invånarna|kommuninvånare|kommuninvånarna|allmänheten)(?:\s+(?:i|från)\s+(?![\p{L} -]*?(?<![\p{L}])(?:${PARTS_OF_TOWN})(?![\p{L}]))[\p{L} -]+)?$`,
  'iu',
);

/**
 * People described by whom a body finds hard to reach ("individer som kommunen annars har svårt att nå", "personer som vi
 * inom regionen har svårt att nå", "unga som andra organisationer eller samhällsinstanser inte når idag") are spoken of as
 * the public body's reach, not named as the partnership's group: a read-off mention so described is left out (index.ts
 * mentions); "personer som har svårt att klara sig" describes the people, and so does a reach with an object ("elever som
 * ännu inte når målen").
 */
export const HARD_TO_REACH = /(?<![\p{L}])som\s+(?:[\p{L}-]+\s+){1,5}(?:svårt\s+att\s+nå(?![\p{L}])|(?:inte|sällan)\s+når(?:\s+(?:idag|i\s+dag|i\s+dagsläget|i\s+nuläget))?$)/iu;

/**
 * A reflexive possessive opening the phrase points at the clause's subject: "ge föräldrar möjlighet att stödja sina barn i
 * sin skolgång" names the parents' own children, the parents being the group; "hjälpa medlemmarna med sina ärenden"
 * (index.ts phrasesAfter reads no group so opened). Not "deras barn" after the people ("kvinnor och deras barn").
 */
export const REFLEXIVE_OWN = /^(?:sin|sitt|sina)\s/iu;

/**
 * People described by the unpaid work they do are the organisation's volunteers, those who do the work, not whom it
 * serves: "visa uppskattning för alla de personer som arbetar ideellt med …", "de som ideellt engagerar sig", "personer som
 * är verksamma som volontärer" (index.ts phrasesAfter drops them as it drops staff); not "personer som söker stöd".
 */
export const VOLUNTEERS = /^(?:[\p{L}-]+\s+){1,2}som\s+(?:[\p{L}-]+\s+){0,2}(?:ideellt|som\s+volontärer|som\s+volontär)(?![\p{L}])/iu;

/**
 * A generic people noun alone says nothing of who the people are: "ge dessa personer stöd" refers back to a group named
 * elsewhere (the determiner is dropped from the phrase), "personer" is no group of its own.
 */
export const BARE_HEAD = /^(?:person|personer|individ|individer|människa|människor|grupp|grupper)$/iu;

/**
 * Examples of what could be done ("IOP kan användas exempelvis i arbete mot ensamhet bland äldre", "till exempel stöd
 * till nyanlända") speak of possibilities, not of whom this partnership serves: after this word only a rule that names
 * the group by its name (NAMING_STRENGTH) reads one. Before it the group stands ("tillgänglig för patienters barn,
 * till exempel från …").
 */
export const EXAMPLE_SENTENCE = /(?<![\p{L}])(?:exempelvis|till\s+exempel|t\.\s?ex\.?|som\s+exempel)(?![\p{L}])/iu;

/** A paragraph of quoted speech opens with a quotation mark or a dialogue dash (also typed as two hyphens, "-- Vårt nya IOP …"). */
export const QUOTED_PARAGRAPH = /^\s*(?:["”»“„–—]|--(?!-))/u;
/**
 * A hyphen opens quoted speech too when the paragraph names its speaker ("- Nu kan vi hjälpa fler, säger
 * ordföranden."); a hyphen alone opens a list item ("- Barn och unga 6–18 år"). A sentence that names its speaker is quoted
 * speech whatever its paragraph opens with (index.ts readCandidates).
 */
export const HYPHEN_QUOTE = {
  opening: /^\s*-\s/u,
  speaker: /,\s*(?:säger|sa|avslutar|fortsätter|berättar|menar|konstaterar|betonar|understryker)\s/iu,
};

/**
 * A sentence that presents an organisation ("Brottsofferjouren är en ideell organisation som ger stöd till brottsoffer, …",
 * "MOA är en ideell förening som … bedriver jourverksamhet för kvinnor …") says whom it serves in general, not whom the
 * partnership does: people read off the words after this (not a group named by its name) count only where the text names
 * no other (index.ts). Not "Kvinnobyrån och Mikaelsgården, som stöder …", where the named units are what the partnership funds.
 */
export const PRESENTS_ORGANISATION =
  /(?<![\p{L}])(?:är|var)\s+(?:en|ett)\s+(?:[\p{L}-]+\s+){0,2}(?:förening|organisation|stiftelse|rörelse|riksorganisation|ideell\s+förening)\s+som\s/iu;

/**
 * A sentence giving an organisation's background — its history ("Scoutkåren startade 1974 och bedriver scoutverksamhet för
 * barn och ungdomar") or its statutes' purpose ("Föreningens verksamhetsidé är …", "det huvudsakliga ändamålet att bedriva
 * idrottslig verksamhet för barn och ungdomar") — says whom the organisation serves, whatever the matter is (premises, a
 * hall's ownership, a lease): people read off the words after it (not a group named by its name) are never the
 * partnership's (index.ts). Not "Avtalet startar 2024 och ger stöd till …" (the agreement's start), nor "Syftet med
 * partnerskapet är att …" (the partnership's own purpose).
 */
export const ORGANISATION_BACKGROUND =
  /(?<![\p{L}])(?:(?:startade|grundades|bildades)\s+(?:år\s+)?\d{4}\s+och\s|(?:huvudsakliga\s+)?ändamål(?:et)?\s+(?:är\s+)?att\s|verksamhetsidé)/iu;

/**
 * Nouns that say only that the group is made of people: "personer med psykisk ohälsa" and "individer med psykisk ohälsa"
 * name one group (index.ts inWiderMention compares mentions with these as one word).
 */
export const ANY_PERSON_WORDS: ReadonlySet<string> = new Set(['person', 'personer', 'individ', 'individer', 'människa', 'människor']);
/** The word these stand for when mentions are compared. */
export const ANY_PERSON = 'person';

/** A demonstrative just before a mention: the mention refers back to a group named before ("stötta dessa barnfamiljer"). */
export const REFERS_BACK = /(?<![\p{L}])(?:dessa|denna|detta)\s+$/iu;

/** A people noun must come within this many words of the phrase's start for it to name people. */
export const PEOPLE_WITHIN_WORDS = 4;

/** Longer phrases are sentences, not target groups (a list item under a Målgrupp heading may run longer). */
export const MAX_PHRASE_WORDS = 20;
export const MAX_ITEM_WORDS = 30;

const PEOPLE: ReadonlySet<string> = new Set([...people.nouns, ...morePeople.nouns]);
/** How many words' (phrases') answers isPeopleWord (peopleHead) keeps before forgetting them all (a bulk run's memory stays flat). */
const PEOPLE_WORD_CACHE_LIMIT = 20000;
const COMPOUND_HEADS: readonly string[] = morePeople.compoundHeads;
const NOT_COMPOUNDS: ReadonlySet<string> = new Set(morePeople.notCompounds);
/** Letters a closed compound's first part has at least ("skolbarn" yes, "ombarn" no). */
const MIN_COMPOUND_PREFIX = 3;
/** "vägleder | ut ur den utsatta situationen": "ur" ends the head's words too (the people, if any, stand before it). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['för', 'till', 'i', 'på', 'av', 'med', 'om', 'från', 'inom', 'kring', 'hos', 'vid', 'mot', 'utan', 'ur']);

/**
 * Whether a word names people ("personer", "unga"). Asked of the same few hundred words again and again (every phrase's
 * opening words, every list item's), so each word's answer is kept: lower-casing it and trying every compound head
 * each time cost more than the rest of the question.
 */
export const isPeopleWord: (word: string) => boolean = perKey(namesPeopleWord, PEOPLE_WORD_CACHE_LIMIT);
function namesPeopleWord(word: string): boolean {
  const w = word.toLocaleLowerCase('sv');
  // A compound with a hyphen names what its last part names: "EU-medborgare", "HBTQ-personer"; so does a closed
  // compound of a compound head ("skolbarn", "cancerpatienter"), not one naming staff ("kontaktpersoner").
  return (
    PEOPLE.has(w) ||
    PEOPLE.has(w.slice(w.lastIndexOf('-') + 1)) ||
    (!NOT_COMPOUNDS.has(w) && COMPOUND_HEADS.some((head) => w.endsWith(head) && w.length - head.length >= MIN_COMPOUND_PREFIX))
  );
}

/** A genitive of a people word ("patienters", "nyanlända invandrares"): it names people only before another people word. */
function isPeopleGenitive(word: string): boolean {
  return word.endsWith('s') && isPeopleWord(word.slice(0, -1));
}

/**
 * The people word a phrase is about, among its first few words ("utsatta kvinnor med barn" → "kvinnor"), or null when it
 * names no people: the last of the first run of people words ("patienters barn" → "barn"); "nyanlända invandrares
 * etablering" is about the establishment, not the people. Each phrase's answer is kept: grouping asks it of every pair of
 * mentions, and a listing of every mention for each of its rows.
 */
export const peopleHead: (phrase: string) => string | null = perKey(readPeopleHead, PEOPLE_WORD_CACHE_LIMIT);
function readPeopleHead(phrase: string): string | null {
  if (WHOEVER.test(phrase)) return 'den som';
  const all = (phrase.match(/[\p{L}-]+/gu) ?? []).slice(0, PEOPLE_WITHIN_WORDS + 1);
  // The head stands before any preposition: "vårdplatser för människor" names places, not people.
  const preposition = all.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLocaleLowerCase('sv')));
  const words = (preposition < 0 ? all : all.slice(0, preposition)).slice(0, PEOPLE_WITHIN_WORDS);
  const residents = (i: number) => !PLACE_BOUND.has(words[i]!.toLocaleLowerCase('sv')) || RESIDENTS_OF.has(all[i + 1]?.toLocaleLowerCase('sv') ?? '');
  const people = (word: string, i: number) => (isPeopleWord(word) && residents(i)) || isPeopleGenitive(word);
  let i = words.findIndex(people);
  if (i < 0) return null;
  // The last word of a run of people words is the head: a genitive there governs a noun that is not people.
  while (i + 1 < words.length && people(words[i + 1]!, i + 1)) i++;
  return isPeopleWord(words[i]!) && residents(i) ? words[i]!.toLocaleLowerCase('sv') : null;
}

/**
 * "den som" and a verb of what befell or describes them names people: "stöd till den som blivit utsatt för brott", "de som har
 * drabbats av våld", "den som är anhörig till …"; not "den som ansvarar för …" (a doer), nor "det som erbjuds" (a thing).
 */
const WHOEVER = /^(?:den|de|dem)\s+som\s+(?:(?:har|hade)\s+)?(?:blivit|drabbats|utsatts|utsätts|är\s+(?:anhörig|närstående|utsatt|drabbad)|lever|befinner\s+sig)(?![\p{L}])/iu;

/**
 * Words that name people only as the residents of a place ("boende i området", "boende på äldreboenden"); elsewhere they
 * name the housing ("skyddat boende", "med fokus på hälsa och boende").
 */
const PLACE_BOUND: ReadonlySet<string> = new Set(morePeople.placeBound);
const RESIDENTS_OF: ReadonlySet<string> = new Set(['i', 'på', 'inom', 'vid']);

const NOT_TARGETS: ReadonlySet<string> = new Set(morePeople.notTargets);

/**
 * Whether a phrase opens with organisations, staff or office-holders ("föreningar och organisationer i kommunen",
 * "kommunala tjänstemän", "föreningens medlemmar"): those who do the work, no target group even after "Målgruppen är".
 * Its first two words are looked at, past an adjective ("kommunala tjänstemän", "ideella föreningar").
 */
export function opensWithDoers(phrase: string): boolean {
  const first = (phrase.match(/[\p{L}-]+/gu) ?? []).slice(0, 2).map((w) => w.toLocaleLowerCase('sv'));
  return first.some(isDoerWord) && !isPeopleWord(first[0] ?? '');
}

/** A word for doers (NOT_TARGETS), or a closed compound of one of their heads ("skolpersonal", "idrottsföreningar"). */
const isDoerWord = (w: string): boolean =>
  NOT_TARGETS.has(w) || DOER_HEADS.some((head) => w.endsWith(head) && w.length - head.length >= MIN_COMPOUND_PREFIX);
const DOER_HEADS: readonly string[] = morePeople.notTargetHeads;

/**
 * In an open relative clause a coordinator joins its verbs ("ungdomar som varken arbetar | eller studerar"): another group
 * starts there only where the words after it open with people, a people word perhaps after determiners and modifiers
 * ("kvinnor som utsatts för våld och deras barn", "… och andra socialt utsatta grupper"), not after a verb whose object is
 * people ("… och guidar unga vuxna"): a present-tense verb ends in -r, a modifier of people does not.
 */
export function opensWithPeople(phrase: string): boolean {
  // "… och den som är anhörig till …": whoever a clause describes is people too (WHOEVER).
  if (WHOEVER.test(phrase.trim())) return true;
  const opening = (phrase.replace(LEADING_DETERMINER, '').match(/[\p{L}-]+/gu) ?? []).slice(0, MODIFIERS_BEFORE_PEOPLE + 1);
  const head = opening.findIndex((w) => isPeopleWord(w));
  return head >= 0 && opening.slice(0, head).every((w) => !/r$/iu.test(w));
}
const MODIFIERS_BEFORE_PEOPLE = 2;

/**
 * "varken … eller …" closes the clause it stands in: after "ungdomar som varken arbetar eller studerar" a coordinator joins
 * the sentence's next verb ("| och guidar unga vuxna"), not the group.
 */
export const CLOSED_NEITHER_NOR = /(?<![\p{L}])varken\s+[\p{L}-]+\s+eller\s+[\p{L}-]+$/iu;

/**
 * "… och andra som vill ha stöd", "… samt övriga som behöver det": anyone else who wants it is no group of its own, and
 * the group before the coordinator ends there ("personer som lider av psykisk ohälsa | och andra som …"); not "andra
 * utsatta grupper", which names people.
 */
export const OTHERS_AFTER_COORDINATOR = /^(?:andra|övriga|alla\s+andra)\s+som(?![\p{L}])/iu;

/** Whether a phrase names people: it has a people head (peopleHead). */
export const namesPeople = (phrase: string): boolean => peopleHead(phrase) !== null;

/**
 * Rules at least this strong name the group by its name ("Målgruppen är …", a Målgrupp section, "riktar sig till …");
 * a weaker mention of the same people ("stöd till våldsutsatta kvinnor" beside "Målgruppen är kvinnor i behov av skydd")
 * describes that group again and is one value with it.
 */
export const NAMING_STRENGTH = STRENGTH.directed;

/**
 * Verbs of what the partnership does, which open a second clause when a coordinator puts them after the people ("minska
 * ensamheten bland äldre | och skapa mötesplatser", "vänder sig till barn | och erbjuder aktiviteter"): infinitive and
 * present forms. Not "få", which is also "few".
 */
const CLAUSE_VERBS = String.raw`(?:öka|ökar|skapa|skapar|stärka|stärker|främja|främjar|minska|minskar|motverka|motverkar|förebygga|förebygger|utveckla|utvecklar|bidra|bidrar|fortsätta|fortsätter|erbjuda|erbjuder|ge|ger|ta|tar|förbättra|förbättrar|underlätta|underlättar|möjliggöra|möjliggör|stödja|stöder|stödjer|stötta|stöttar|hjälpa|hjälper|fånga|fångar|nå|når|möta|möter|arbeta|arbetar|verka|verkar|driva|driver|bedriva|bedriver|genomföra|genomför|bygga|bygger|säkerställa|säkerställer|se|ser|göra|gör|ordna|ordnar|anordna|anordnar|arrangera|arrangerar|tillhandahålla|tillhandahåller|samordna|samordnar|lotsa|lotsar|vägleda|vägleder|motivera|motiverar|bryta|bryter|förhindra|förhindrar|sprida|sprider|samverka|samverkar|informera|informerar|utbilda|utbildar|visa|visar)`;

/**
 * Verbs of a body's judgement, which open the writer's next clause after the people ("mötesplatser för barn | och föreslår ett
 * bidrag om 45 000 kronor", "stöd till äldre | och bedömer att …"): no word of a group.
 */
const JUDGING_VERBS = String.raw`(?:föreslår|föreslog|bedömer|bedömde|beslutar|beslutade|beviljar|beviljade|tillstyrker|tillstyrkte|avstyrker|avstyrkte|anser|ansåg|rekommenderar|rekommenderade)`;

/**
 * "hjälpa nyanlända föräldrar att kombinera …", "seniorer har blivit …": an infinitive or a finite verb after
 * the group ends it (a passive too: "stöd till nyanlända ges av föreningen", "aktiviteter för barn och unga premieras"; a
 * supine after an adverbial: "en dagverksamhet för socialt utsatta personer | funnits i …"), and so does a coordinator before a verb of
 * CLAUSE_VERBS ("hjälpa hemlösa | och se till att …"), unless a relative clause is open ("personer som riskerar att hamna
 * i utanförskap" keeps its "att", "kvinnor som söker skydd och stöttar varandra" its second verb). Before "och att" the
 * phrase ends in its coordinator and is dropped (phraseAt), as a sentence that goes on with a clause names no group. A finite
 * verb of administrative prose ends it too ("föreningar för personer med funktionsnedsättning | uppgår till 200 000 kr",
 * "avser", "beviljas"), also as the sentence's last word ("stöd till personer med funktionsnedsättning | ges.").
 */
/**
 * Supines of the verbs a sentence goes on with after a fronted adverbial ("I ett år har härbärget för hemlösa funnits …"),
 * and a passive of an -era verb ("premieras", "prioriterades"): no word of a group ends so.
 */
const SUPINES = String.raw`(?:varit|blivit|funnits|haft|fått|kommit|deltagit|getts|erbjudits)`;

/**
 * The past tense of the verbs a sentence goes on with after its subject or a fronted object ("Nej till stödboende för
 * missbrukare | blev beslutet", "stödet till nyanlända | fick kritik") and the passive of verbs of placing and doing ("verksamhet
 * för barn och ungdomar i byn | sätts ur fokus", "stöd till äldre | görs av …"): no word of a group ends so.
 */
const FINITE_VERBS = String.raw`(?:blev|fick|hade|gav|kom|togs|sätts|sattes|ställs|ställdes|läggs|lades|görs|gjordes|tas|ses|sågs)`;

export const INFINITIVE_END = new RegExp(
  String.raw`^(?:(?!\b(?:som|där|vars|vilka|vilkas)\b)[\s\S])*?(?=\s+(?:att|är|har|blir|kan|ska|skall|ges|erbjuds|bedrivs|drivs|sker|genomförs|finns|uppgår|avser|kostar|beviljas|fördelas|betalas|utbetalas)(?![\p{L}])|\s+(?:${SUPINES}|${FINITE_VERBS}|\p{L}{2,}er(?:as|ades))(?![\p{L}])|\s+(?:och|samt|eller)\s+(?:${CLAUSE_VERBS}|${JUDGING_VERBS})\s)`,
  'iu',
);

/**
 * A coordinator and one or two words just before the verb INFINITIVE_END stops at: a new clause and its subject ("riktar sig
 * till personer med beroendeproblematik | och syftet är att …"), cut off with the coordinator where its words name no people
 * (index.ts phrasesAfter; "barn och deras föräldrar är …" keeps its second people).
 */
export const NEXT_CLAUSE_SUBJECT = /\s+(?:och|samt|men)\s+(?<subject>[\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu;
