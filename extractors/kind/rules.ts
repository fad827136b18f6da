/**
 * What a matter is (SCHEMA.md, last section), as named rules: each looks in one place of the matter — its
 * title, its decision (the "Beslut" / "Förslag till beslut" sections) or its whole text — and says which kind
 * it is, or that it is no partnership matter. Rules are tried in order; the first that matches decides.
 * Look-alikes come first: a delegation list, incoming mail, a procurement, a permit, a political group's
 * initiative, an audit, information, grant rules or budgets, a withdrawn item. Then the kinds, from the
 * plainest place to the weakest. Every rule's examples and counter-examples are in rules.test.ts.
 */
import type { MatterKind } from '../../pipeline/contract.js';
import { SUM_IN_TEXT } from '../amounts/numerals.js';
import { BEFORE_SEPARATED_APPLICATION } from './recipient.js';
import { alternation } from '../amounts/numerals.js';
import organisationWords from '../lexicon/listing-organisations.json' with { type: 'json' };
import publicBodyWords from '../lexicon/public-body-words.json' with { type: 'json' };
import { nearPattern, wordsThenSpaceBefore, type NearPattern, type StartBound } from '../engine/sticky.js';

/**
 * Where a rule reads. `document`: the whole text of a document that is one matter (a web page, a news
 * article) — never a protocol's item, whose title says what it is about. `item-title`: a protocol item's
 * title only — never a document's heading lines, where a header names its chair "Anna Berg (S)". `item-decision`: a
 * protocol item's decision only — never a document's, whose own values are read whatever its decision was.
 */
export type RulePlace = 'title' | 'item-title' | 'decision' | 'item-decision' | 'text' | 'document';

export interface KindRule {
  name: string;
  /** null: the matter is no partnership matter. */
  kind: MatterKind | null;
  place: RulePlace;
  pattern: RegExp;
  /** How sure the rule is of its verdict when it fires (raw confidence, calibrated afterwards). */
  strength: number;
  /**
   * Words of which every match of `pattern` holds one (compared as its i flag compares): a text with none of them is
   * passed over without trying the pattern (engine/folded.ts), which for a whole document's rule scans every word.
   */
  has?: readonly string[];
  /**
   * Words of which every match of `pattern` holds one as well as one of `has` (another part of it), compared as `has`'s
   * are: where `has` names a common word ("lån" in "långsiktig", "kommuner"), the rule's rarer part ("bolag", "enkät")
   * passes over a text without it before any of its pattern or pieces is tried.
   */
  alsoHas?: readonly string[];
  /**
   * Pieces of `pattern` (parts of its source, with its flags) every match of it holds: a text where one of them is
   * missing is passed over without trying the whole pattern, which starts a try at every letter of a document
   * ("\p{L}*avtal…mellan …") or scans it to its end for each part. A pattern matches only where each of its
   * pieces does, so the answer is the same; a piece is tried at its own literal first (its leading "mellan", "till").
   */
  holds?: readonly RegExp[];
  /**
   * The pattern (global) with a literal every match holds, tried only from where a match holding that literal can start
   * (engine/sticky.ts): a pattern that starts a try at every sentence break of a document is tried at the few breaks
   * before its literal. Only a speed-up: the answer is the pattern's (engine/near-patterns.test.ts).
   */
  near?: NearPattern;
  /**
   * A document rule that reads its kind though the page names no idéburen party: its sentence speaks of one
   * recipient's money, not of föreningar at large, so a page whose recipient the parties extractor does not
   * know still has a partnership matter (without a party, kept where it states its terms: pipeline/extract.ts).
   */
  unnamed?: true;
  /**
   * An unnamed rule whose sentence names the one recipient itself (a förening by its kind, a capitalised name
   * after "för"/"med"): the matter is of its kind though the parties extractor found no party (extractors/kind).
   */
  recipientNamed?: true;
}

const word = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})`, 'iu');
const titleStart = (alternatives: string) => new RegExp(`^(?:[\\p{L}-]+\\s+(?:av|om|för)\\s+)?(?:${alternatives})`, 'iu');

/** An answer awaited: "väntar fortfarande på besked", "väntar på beslut", "har ännu inte fått något svar", "har ännu inte beslutat". */
const AWAITED_ANSWER = String.raw`(?:väntar(?:\s+(?:fortfarande|nu|ännu|alltjämt))?\s+på\s+(?:besked|beslut|svar)|ännu\s+inte\s+(?:fått\s+(?:något\s+)?(?:besked|beslut|svar)|beslutat|tagit\s+ställning))`;
/**
 * A decision taken, a grant given or had, an agreement signed, in the past or the present: none of it on a page that only
 * awaits an answer ("Föreningen fick 50 000 kronor i fjol och väntar nu på besked om i år" tells of a grant; "har ännu
 * inte fått" is the wait itself).
 */
const DECIDED_WORDS = String.raw`(?:beslutade|beslutat|beslöt|beslutar|beviljade|beviljat|beviljas|beviljar|godkände|godkänt|tilldelade|tilldelades|tilldelats|(?<!inte\s+)(?:fick|fått)|tecknade|tecknat|undertecknade|undertecknat)`;

/** Political parties and groups of them: a list of facts, for "Initiativ från Alliansen", "(S)". */
const POLITICAL = 'alliansen|moderaterna|socialdemokraterna|liberalerna|centerpartiet|kristdemokraterna|sverigedemokraterna|vänsterpartiet|miljöpartiet';
const PARTY_LETTERS = String.raw`\((?:S|M|L|C|KD|SD|V|MP)(?:\s*[,/]\s*(?:S|M|L|C|KD|SD|V|MP))*\)`;

/** IOP by its name, in any inflection or compound ("IOP-avtal"), not inside another word ("PERIOPERATIV"). */
export const IOP_NAMED = /(?<![\p{L}])(?:idéburet[\s-]+offentligt\s+partnerskap|idéburna\s+offentliga\s+partnerskap|IOP)(?![\p{L}])/iu;
// "Bevilja" grants money only with a sum or a grant word in its sentence: a meeting also grants närvarorätt or ledighet.
// A grant's own compounds of "stöd" (kulturstöd, driftstöd), not care given as support (boendestöd, försörjningsstöd).
// "Ansökan om stöd/medel" is left out: a kommun's own application for state funds ("Ansökan om medel från
// Socialstyrelsen") reads so too.
const GRANT_SUPPORT = '(?:förenings|organisations|verksamhets|projekt|kultur|arrangörs|arrangemangs|drift|drifts|start|etablerings|utvecklings|investerings|anläggnings|lokal|hyres|aktivitets)stöd';
const GRANT = '\\p{L}*bidrag|' + GRANT_SUPPORT + '|medfinansiering|särskilt\\s+stöd|stöd\\s+till|ekonomiskt\\s+stöd|anslag\\s+till|bevilja\\p{L}*[^.]{0,80}?(?:\\d[\\d \\u00a0]*\\s*(?:kr|kronor|tkr|mnkr|miljon\\p{L}*)|medel|stöd)';
// An agreement's compounds count: "samverkansöverenskommelse", "markupplåtelse".
const AGREEMENT = '\\p{L}*överenskommelse|\\p{L}*upplåtelse|samverkansavtal|samarbetsavtal|avtal|partnerskap|arrende|hyresavtal|hyreskontrakt|nyttjanderätt|tillgång\\s+till\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*lokal|borgen|lån\\s+till|förlikning';

/** Adopting or revising guidelines or rules: the verb, a few determiners, the rules' noun. */
const RULES_ADOPTED =
  '(?:anta|antar|antas|anta\\s+de|fastställa|fastställer|fastställs|revidera|reviderar|revideras)\\s+(?:(?:de|den|det|ett|nya|reviderade|uppdaterade|förvaltningens|nämndens|kommunens|bilagda|bifogade|föreslagna|förslag|förslaget|till|gemensamma|kommungemensamma)\\s+){0,4}(?:riktlinje\\p{L}*|regler|regelverk\\p{L}*|reglemente\\p{L}*|policy\\p{L}*|vägledning\\p{L}*)';

/**
 * The vocabulary of a procurement carried out: its tenders, bidders, documents and award, or a contract won by it
 * ("fick 2017 genom offentlig upphandling uppdraget att …").
 */
const PROCUREMENT_DESCRIBED = 'anbud\\p{L}*|konkurrensutsatt\\p{L}*|konkurrensutsätt\\p{L}*|förfrågningsunderlag\\p{L}*|tilldelningsbeslut\\p{L}*|kvalitetsupphandl\\p{L}*|upphandlingen(?![\\p{L}])|(?:genom|via|efter)\\s+(?:en\\s+)?(?:offentlig\\s+)?upphandling(?![\\p{L}])';

/**
 * A public body's grant or loan reported as given, in one sentence: a finite granting verb ("beviljade",
 * "beviljades", "tilldelas", "får", "fick", "har beviljats") and, before the sentence ends, what is given.
 * Not the infinitive of a call for applications ("kan söka bidrag", "möjligt att få ett bidrag") nor a scheme's
 * rules ("beviljat bidrag betalas ut"), which name no verb in the finite form.
 */
const GRANTED =
  '(?:beviljade|beviljades|beviljas|beviljar|tilldelade|tilldelades|tilldelas|får|fick|erhåller|erhöll|(?:har|hade|har\\s+blivit|blev)\\s+(?:beviljats?|tilldelats?))(?![\\p{L}])[^.!?\\n]{0,80}?';
/** The granting verb after what is given, in the past only ("Följande bidrag beviljades"): a scheme's rules say "Bidrag beviljas för …". */
const GRANTED_AFTER = '(?:beviljades|tilldelades|har\\s+beviljats|har\\s+tilldelats)(?![\\p{L}])';
/**
 * A body's decision on an application, as a finite verb or a decision followed by its verb ("beslutade att
 * avslå", "beslöt idag att återremittera"): granted, refused, sent back or tabled.
 */
const APPLICATION_DECIDED =
  '(?:(?:beslutade|beslöt|beslutat|har\\s+beslutat)(?![\\p{L}])[^.!?\\n]{0,30}?(?<![\\p{L}])att\\s+(?:bevilja|avslå|återremittera|bordlägga|bifalla)|beviljade|avslog|avslagit|biföll|återremitterade|bordlade)(?![\\p{L}])';
/** What a loan or guarantee is called ("lån", "roa-lån", "föreningslånet", "kommunal borgen"); not "låna". */
const LOAN = '[\\p{L}-]*lån(?:et|en)?(?![\\p{L}])|borgen|borgensåtagande\\p{L}*';
/** A word every LOAN holds. */
const LOAN_WORDS = ['lån', 'borgen'];
/** An agreement by its name, in any compound or inflection ("samverkansavtalet", "överenskommelsen"). */
const AGREEMENT_NAMED = '\\p{L}*(?:överenskommelse|avtal|partnerskap)';
/** The words of a survey or mapping reported: "kartläggning", "enkäten", "undersökningen", "rundringning". */
const SURVEY = 'kartläggning\\p{L}*|enkät\\p{L}*|undersökning\\p{L}*|rundringning\\p{L}*|medlemsundersökning\\p{L}*';
/** Literals every one of SURVEY's words holds ("medlemsundersökning" holds "undersökning"). */
const SURVEY_LITERALS = ['kartläggning', 'enkät', 'undersökning', 'rundringning'];
/** One of SURVEY's words, whole. */
const SURVEY_WORD = `(?<![\\p{L}])(?:${SURVEY})(?![\\p{L}])`;
/** A count of kommuner or regioner, as a survey gives it: "77 kommuner", "52 av landets 290 kommuner". */
const COUNTED_BODIES = '(?<![\\p{L}\\d])\\d{1,3}\\s+(?:av\\s+(?:landets\\s+)?\\d{1,3}\\s+)?(?:kommuner|regioner)(?![\\p{L}])';
/** A company named as what it is: "näringsidkaren", "företaget", "bolaget", "aktiebolaget". */
const COMPANY = '(?:enskilda?\\s+)?(?:näringsidkare(?:n|na)?|företag(?:et)?|bolag(?:et)?|aktiebolag(?:et)?)(?![\\p{L}])';
/** Literals every COMPANY holds ("aktiebolaget" holds "bolag"). */
const COMPANY_LITERALS = ['näringsidkare', 'företag', 'bolag'];
/** A loan's receiver when it is a company: "till näringsidkaren", "för bolaget". */
const TO_COMPANY = `(?<![\\p{L}])(?:till|för)\\s+(?:${COMPANY})`;
/**
 * A public body as the source of money: "från Järfälla kommun", "av kommunen", "från regionen", "av
 * socialnämnden", "från Region Gävleborg". Not a state agency ("från Socialstyrelsen"): a kommun's own grant is meant.
 */
const PUBLIC_SOURCE =
  '(?:från|av)\\s+(?:(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:kommun(?:en)?|stad(?:en)?|region(?:en)?|landsting(?:et)?)|Region\\s+\\p{Lu}[\\p{L}-]+|\\p{L}*nämnden)(?![\\p{L}])';
/**
 * A sentence that applies for, asks for, offers or promises money rather than reports it given: a call
 * ("kan söka", "ansökan"), a request ("begär"), a plan or a wish ("ska", "vill", "föreslår"); a scheme's
 * ceiling or rate ("högst 10 000 kronor", "10 kronor per deltagare"); or one that speaks of föreningar at
 * large ("Föreningarna fick verksamhetsbidrag från kommunen på 3 miljoner kronor").
 */
const NOT_GIVEN = 'högst|max|maximalt|maximerat|upp\\s+till|per\\s+(?:deltagare|medlem|barn|sammankomst|aktivitet|timme)|föreningar|föreningarna|föreningslivet|organisationer|organisationerna|söka|sökas|söker|ansöka|ansöker|ansökan|ansökt|begär\\p{L}*|kan|ska|skall|skulle|vill|föreslår|föreslås|förslag\\p{L}*|löfte\\p{L}*';
/** Millions in words, as news writes them ("tre miljoner kronor", "en halv miljon"): a list of number words. */
const MILLIONS_IN_WORDS = '(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|en\\s+halv)\\s+miljon\\p{L}*';
/** A guarantee asked for, refused, or for a company ("Klubben söker kommunal borgen", "… lån till X AB"). */
const NOT_GUARANTEED = 'AB|\\p{L}*bolag\\p{L}*|söker|ansöker|ansökt|begär\\p{L}*|avslår|avslog|avslagit';
/** A sum of money as written in running text ("277 634 kronor", "50 tkr", "1,5 miljoner kronor"). */
const SUM = SUM_IN_TEXT;
/**
 * A state giver of money by its kind of name: an agency (…institutet, …verket, …myndigheten, …rådet, …fonden, a word
 * before it allowed: "Statens kulturråd" is read at its "kulturrådet" form only, "Allmänna arvsfonden") or the state itself. Organisation-type endings, no agency's name.
 */
const STATE_GIVER = String.raw`staten|regeringen|(?:\p{L}+\s+)?[\p{L}-]*(?:institutet|verket|myndigheten|rådet|fonden)`;
/** The verbs of a state agency that grants as their subject ("Arvsfonden har beviljat …", "Boverket fördelar …"), by their stems. */
const STATE_GRANTING_VERBS: readonly string[] = ['bevilja', 'fördela', 'tilldela'];
/** … and its handing out, the particle after the verb: "Brottsoffermyndigheten delar ut pengar ur brottsofferfonden". */
const STATE_HANDING_OUT = String.raw`del(?:ar|ade|at)\s+ut`;
/** A kommun, region, landsting or municipal body, in any form: "kommunen", "Region Skåne", "kulturnämnden", "stadens" (lexicon/public-body-words.json). */
const MUNICIPAL_WORD = [
  ...publicBodyWords.municipal.inCompounds.map((w) => String.raw`\p{L}*${w}\p{L}*`),
  ...publicBodyWords.municipal.wordInitial.map((w) => String.raw`${w}\p{L}*`),
].join('|');
/**
 * The one borrower a guarantee's sentence names by its kind in the definite singular ("gå i borgen för ett banklån för
 * föreningen", "… för lånet till klubben"): a particular förening, though the sum is stated elsewhere; "för föreningars
 * lån" (plural, any förening) names none.
 */
const GUARANTEED_BORROWER = 'föreningen|klubben|sällskapet|förbundet|stiftelsen';

/** Where a match of a pattern that starts at a sentence break (or the text's start) and holds no break before its literal starts: the last break before it. */
const SENTENCE_BREAK = /[.!?\n]/;
const breakBefore: StartBound = (text, at) => {
  let start = at - 1;
  while (start > 0 && !SENTENCE_BREAK.test(text[start]!)) start--;
  return Math.max(start, 0);
};
/**
 * A rule's pattern (`source`, with the i and u flags) that starts at a sentence break and holds `literal` (global, the same
 * flags) with no break before it: tried only from the break before each occurrence of the literal, where the whole pattern
 * starts a try at every break of a document (over the fixture texts, grant-from-public-body took ~2 ms a document so).
 */
const inSentence = (source: string, literal: RegExp) => ({ pattern: new RegExp(source, 'iu'), near: nearPattern(new RegExp(source, 'giu'), literal, breakBefore) });

/** The words that make a name an idéburen organisation's ("fotbollsklubben", "hembygdsföreningar"): a list of facts. */
const ORGANISATION_WORD = `\\p{L}*(?:${alternation(organisationWords.ideburenMarkers)})\\p{L}*`;
/**
 * An agreement ended or extended, as news reports a decision in the present ("Kommunen säger upp avtalet med
 * föreningen …", "nämnden förlängde överenskommelsen med …"): SCHEMA counts an agreement's termination or
 * extension as the matter of it. Finite verbs only: "vill säga upp avtalet", "kan förlängas" are no decision.
 */
const AGREEMENT_ENDED_OR_EXTENDED = 'säger\\s+upp|sade\\s+upp|sa\\s+upp|har\\s+sagt\\s+upp|förlänger|förlängde|har\\s+förlängt';

/** A public body changing a grant, in a finite verb: raised, cut, halved, withdrawn. */
const GRANT_CHANGED = '(?:minskar|minskade|sänker|sänkte|höjer|höjde|ökar|ökade|halverar|halverade|drar\\s+in|drog\\s+in)(?![\\p{L}])';

/** A grant changed, as a decision's infinitive or passive ("beslutade att höja grundbidraget", "bidraget höjs"). */
const GRANT_CHANGING = `(?:${GRANT_CHANGED}|(?:höja|sänka|minska|öka|halvera|höjs|sänks|minskas|ökas|halveras)(?![\\p{L}]))`;
/**
 * Organisations of a kind in the plural, a scheme's recipients at large: "pensionärsföreningarna",
 * "studieförbunden", "idrottsklubbar", "föreningslivet"; not one förening ("Scoutkåren X", "föreningen").
 */
const ORGANISATIONS_AT_LARGE = '\\p{L}*föreningar(?:na)?|\\p{L}*organisationer(?:na)?|studieförbund(?:en)?|\\p{L}*klubbar(?:na)?|föreningslivet|civilsamhället';
/** A grant scheme changed for a kind of organisation at large: "höjer bidraget till pensionärsföreningar", "sänka föreningsbidragen till idrottsklubbarna". */
const SCHEME_CHANGED = `(?<![\\p{L}])${GRANT_CHANGING}\\s+(?:\\p{L}+\\s+){0,2}?(?:\\p{L}*bidrag\\p{L}*|\\p{L}*?${GRANT_SUPPORT}\\p{L}*|anslag\\p{L}*)\\s+(?:till|för)\\s+(?:(?:de|alla|kommunens|[\\p{L}-]+a)\\s+)?(?:${ORGANISATIONS_AT_LARGE})(?![\\p{L}])`;

/**
 * A decision that approves or signs an agreement, reported in one sentence: "röstade en enig nämnd igenom
 * avtalet", "godkände överenskommelsen", "har tecknat ett avtal", "beslutade att ingå avtal". Not a wish or a
 * plan ("vill teckna", "ska teckna"), which names no finite verb of these.
 */
const AGREEMENT_APPROVED =
  '(?:röstade(?:\\s+[\\p{L}-]+){0,8}?\\s+igenom|godkände|godkändes|har\\s+godkänt|antog|tecknade|har\\s+tecknat|ingick|har\\s+ingått|undertecknade|har\\s+undertecknat|beslutade\\s+att\\s+(?:teckna|ingå|godkänna)|' +
  AGREEMENT_ENDED_OR_EXTENDED +
  ')(?![\\p{L}])';
/**
 * An agreement entered, being written or signed with an organisation a sentence calls idéburen by its kind ("Sigtuna
 * kommun skriver ett nytt avtal med den lokala kvinno- och tjejjouren", "har tecknat ett avtal med
 * hembygdsföreningen"): the page's own matter, so a procurement it mentions ("X kommun valde istället att
 * konkurrensutsätta sina skyddade boenden") is another's. Not a wish ("vill teckna avtal med föreningen").
 */
const AGREEMENT_ENTERING = `(?:(?:skriver|tecknar|ingår|sluter|undertecknar)(?![\\p{L}])|${AGREEMENT_APPROVED})`;
const AGREEMENT_WITH_ORGANISATION = `(?<![\\p{L}])${AGREEMENT_ENTERING}[^.!?\\n]{0,40}?(?<![\\p{L}])${AGREEMENT_NAMED}[^.!?\\n]{0,20}?(?<![\\p{L}])med\\s+[^.!?\\n]{0,40}?(?<![\\p{L}])${ORGANISATION_WORD}`;
/** Signing in the perfect's participle or the past: "tecknat", "tecknade", "ingått", "skrev under". */
const SIGNED_VERB = '(?:tecknat|tecknade|ingått|ingick|undertecknat|undertecknade|skrivit\\s+under|skrev\\s+under|slutit|slöt)(?![\\p{L}])';
/** Signed, in a finite verb of the perfect or the past: "har tecknat", "tecknade", "har nu ingått". */
const SIGNED = `(?:(?:har|hade)\\s+(?:nu\\s+|idag\\s+|äntligen\\s+)?)?${SIGNED_VERB}`;
/**
 * A municipal party after "med": a kommun, region or stad by name or in the definite ("Östersunds kommun", "Region
 * Jämtland", "kommunen"), or one of their bodies or offices as a compound in the definite ("Fastighetskontoret",
 * "socialförvaltningen", "kultur- och fritidsnämnden", "kommunstyrelsen"): word endings, a list of facts.
 */
const WITH_MUNICIPAL_PARTY = String.raw`med\s+(?:den\s+)?(?:\p{Lu}[\p{L}-]+\s+(?:kommun|stad|Stad)|Region\s+\p{Lu}[\p{L}-]+|kommunen|regionen|staden|landstinget|(?:[\p{L}-]+\s+och\s+)?\p{L}+(?:kontoret|förvaltningen|nämnden|styrelsen))(?![\p{L}])`;
/**
 * A subject that is no idéburen party, by its first or last word: a public body ("Kommunen", "Lerums kommun", "Region …",
 * "Socialförvaltningen", "Fritidskontoret"), a state agency ("Polisen", "Försäkringskassan") or a company ("Företaget").
 */
const PUBLIC_OR_COMPANY_SUBJECT = `(?:${MUNICIPAL_WORD}|\\p{L}*förvaltning\\p{L}*|\\p{L}*kontor\\p{L}*|polisen|länsstyrelsen|\\p{L}*(?:verket|myndigheten|kassan|förmedlingen)|företag\\p{L}*|\\p{L}*bolag\\p{L}*)`;
/**
 * organisation signed: a sentence whose subject is the organisation — "vi", one organisation by its kind in the singular
 * ("Föreningen", "Klubben", "Hembygdsföreningen") or a capitalised name — that has signed an agreement with a municipal
 * party. Nothing public or a company before the verb ("Kommunen har tecknat avtal med socialnämnden", "Bolaget har
 * tecknat …"), no IOP in the sentence (its own rules read it), no wish ("vill teckna", "ska teckna": no finite SIGNED).
 *   yes: "Föreningen har tecknat ett nytt arrendeavtal med Fastighetskontoret.", "Vi har ingått ett avtal med socialförvaltningen."
 *   no:  "Kommunen har tecknat ett avtal med socialnämnden.", "Föreningen vill teckna avtal med kommunen.",
 *        "Vi har tecknat ett IOP-avtal med Östersunds kommun." (an IOP: PARTY_SIGNED)
 */
const ORGANISATION_SIGNED = `(?:^|[.!?\\n])(?![^.!?\\n]*?(?<![\\p{L}])(?:${IOP_NAMED.source}|AB|\\p{L}*bolag\\p{L}*)(?![\\p{L}]))[ \\t]*(?!${PUBLIC_OR_COMPANY_SUBJECT}(?![\\p{L}]))(?:vi|(?:den\\s+)?\\p{L}*(?:${alternation(organisationWords.ideburenMarkers)})(?:en|et|n)?|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})(?<!(?<![\\p{L}])${PUBLIC_OR_COMPANY_SUBJECT}(?:\\s+(?:har|hade))?)\\s+${SIGNED}[^.!?\\n]{0,40}?(?<![\\p{L}])${AGREEMENT_NAMED}[^.!?\\n]{0,40}?(?<![\\p{L}])${WITH_MUNICIPAL_PARTY}`;
/** A counterpart that is no idéburen party: a company ("… AB", "bolaget"). */
const NOT_IDEBUREN_COUNTERPART = '(?<![\\p{L}])(?:AB|\\p{L}*bolag\\p{L}*)(?![\\p{L}])';

/**
 * A public body as the subject of a sentence that gives money: "Smedjebackens kommun", "kommunen", "Region Örebro
 * län", "socialnämnden", "Kommunförbundet" (kommuner together).
 */
const PUBLIC_GIVER =
  '(?<![\\p{L}])(?:(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:kommun(?:en)?|stad(?:en)?|region(?:en)?|landsting(?:et)?)|Region\\s+\\p{Lu}[\\p{L}-]+(?:\\s+län)?|\\p{L}*nämnden|kommunförbundet)(?![\\p{L}])';
/**
 * Giving money toward what another runs, in a finite verb: "bidrar med", "har bidragit med", "går in med", "har
 * skjutit till". Not an infinitive ("ska bidra med"): a plan names none of these.
 */
const CONTRIBUTED =
  '(?:(?:har|hade)\\s+)?(?:bidrar|bidrog|bidragit|går\\s+in|gick\\s+in|gått\\s+in|skjuter\\s+till|sköt\\s+till|skjutit\\s+till)\\s+med(?![\\p{L}])';
/**
 * One organisation named by its kind, in the singular, anywhere on the page: "Hembygdsföreningen", "Brottsofferjourens",
 * "klubben"; not organisations at large ("föreningarna", "idrottsklubbar") nor kommuner together ("Kommunförbundet").
 */
const ONE_ORGANISATION = `(?<![\\p{L}])(?!kommunförbund)\\p{L}*(?:${alternation(organisationWords.ideburenMarkers)})(?:en|et|n)?s?(?![\\p{L}])`;
/**
 * An agreement's collaboration carried on with one counterpart, in a finite verb: "förlänger samarbetet med
 * Stadsmissionen", "fördjupar samarbetet med Röda korset", "tar nästa steg i samarbetet med Drömfabriken". Not a
 * wish ("vill fördjupa samarbetet"), an evaluation ("har utvärderat samarbetet med …"), nor a collaboration with a
 * public body or a state agency ("stärker samarbetet med Region Skåne", "… med Polisen"): a list of facts.
 */
const COLLABORATION_CARRIED_ON =
  '(?:förlänger|förlängde|har\\s+förlängt|fördjupar|fördjupade|har\\s+fördjupat|stärker|stärkte|utökar|utökade|utvecklar|tar\\s+nästa\\s+steg\\s+i)\\s+samarbetet\\s+med';
/**
 * One organisation by its kind in the singular, definite or named after it ("föreningen Sonrise", "Brottsofferjouren",
 * "Klinte Bygdegårdsförening"): not organisations at large ("föreningar", "föreningslivet") nor one left indefinite
 * ("en förening", "en ideell …"), which a page uses to tell how things are done in general.
 */
const ONE_PARTNER = `(?<![\\p{L}])(?<!(?:en|ett|någon|varje)\\s+)(?!kommunförbund)\\p{L}*(?:${alternation(organisationWords.ideburenMarkers.filter((w) => !w.startsWith('ideell')))})(?:en|et|n)?(?![\\p{L}])`;
/**
 * A public body selling, buying, letting or leasing out, its verb in any form ("sälja", "säljas", "sålde", "köpa",
 * "köptes", "upplåter", "arrenderas ut", "hyr ut"): a sale or purchase of premises or land, or their lease, is an
 * agreement with the förening (SCHEMA.md: arrende- or hyresavtal, access to premises, a settlement). Not "överlåter till
 * föreningen att sköta …", a task handed over, which a page tells of a procurement's contract too.
 */
const PROPERTY_SOLD_VERB = '(?:sälj(?:a|er|as|s)|sål(?:de|des|t)|köp(?:a|er|as|s|te|tes|t)|upplåt(?:a|er|s|its)|upplät|(?:hyr|hyra|hyrs|hyrdes|arrendera|arrenderar|arrenderas|arrenderades)\\s+ut)(?![\\p{L}])';
/**
 * What a transfer is when it is no sale of property to a förening: services or places bought (a procurement's), a
 * company's side ("AB", "bolaget"), organisations at large ("föreningarna"), or a policy's refusal ("inte").
 */
const NOT_PROPERTY_SOLD = '(?:\\p{L}*tjänst\\p{L}*|\\p{L}*platser|AB|\\p{L}*bolag\\p{L}*|inte|ej)';
/**
 * property-sold: a sentence that names a municipal body and sells, lets or leases to or buys from one organisation by its kind, named or
 * definite ("kommunfullmäktige säger ja till att sälja anläggningen i Vånafjärden för 40 100 kronor till föreningen",
 * "Kommunstyrelsen beslutade att ridanläggningen ska säljas till Falu Ridklubb"). The sum may stand on the line after
 * the verb: a page's hard line break is no sentence's end. Not services bought ("köper ridskoletjänster från
 * stiftelsen"), a company's sale, a förening's own sale ("Föreningen sålde bygdegården", no municipal body), nor a
 * policy's refusal ("kommunen kommer inte att köpa föreningsägda byggnader").
 */
const PROPERTY_SOLD = `(?:^|[.!?\\n])(?![^.!?\\n]*?(?<![\\p{L}])${NOT_PROPERTY_SOLD}(?![\\p{L}]))(?=[^.!?\\n]*?(?<![\\p{L}])(?:${MUNICIPAL_WORD}))[^.!?\\n]*?(?<![\\p{L}])${PROPERTY_SOLD_VERB}[^.!?]{0,80}?(?<![\\p{L}])(?:till|av|från)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}${ONE_PARTNER}`;
/** A kommun or region as one side of an agreement: "Alingsås kommun", "Malmö stad", "Region Skåne", "kommunen". */
const ONE_PUBLIC_SIDE = '(?:\\p{Lu}[\\p{L}-]+\\s+(?:kommun|stad)|Region\\s+\\p{Lu}[\\p{L}-]+|kommunen|regionen|staden)(?![\\p{L}])';
/** An agreement or a collaboration by any of its words: "avtalet", "överenskommelsen", "samverkansavtal", "samarbete", "samverkan". */
const AGREEMENT_OR_COLLABORATION = '\\p{L}*(?:överenskommelse|avtal|partnerskap|samarbete|samverkan)\\p{L}*';
/**
 * An agreement or a collaboration that a page sets between a kommun or region and one organisation, in either order
 * ("avtalet mellan Klinte Bygdegårdsförening och kommunen", "i samarbete mellan föreningen Sonrise och kommunen",
 * "samverkansavtal mellan Kalmar kommun och Kvinnojouren"), or that both reach or sign together ("Föreningen och
 * kommunen har enats om ett nytt avtal"). Not one with föreningar at large ("överenskommelsen mellan föreningslivet
 * och kommunen", "driftsamverkansavtal mellan kommunen och föreningar") nor one told of in general ("avtal mellan en
 * kommun och en ideell förening").
 */
const AGREEMENT_BETWEEN_SIDES = [
  `(?<![\\p{L}])${AGREEMENT_OR_COLLABORATION}\\s+mellan\\s+(?:${ONE_PUBLIC_SIDE}\\s+och\\s+(?!(?:en|ett)\\s)(?:den\\s+)?[^.!?\\n]{0,40}?${ONE_PARTNER}|(?!(?:en|ett)\\s)(?:den\\s+)?[^.!?\\n]{0,40}?${ONE_PARTNER}[^.!?\\n]{0,30}?\\s+och\\s+${ONE_PUBLIC_SIDE})`,
  `(?:${ONE_PARTNER}\\s+och\\s+${ONE_PUBLIC_SIDE}|${ONE_PUBLIC_SIDE}\\s+och\\s+${ONE_PARTNER})\\s+(?:har\\s+|hade\\s+)?(?:enats|enades|kommit\\s+överens|kom\\s+överens|${SIGNED_VERB})[^.!?\\n]{0,40}?(?<![\\p{L}])${AGREEMENT_OR_COLLABORATION}`,
].join('|');
/**
 * Where AGREEMENT_BETWEEN_SIDES is tried: at its "mellan", one word after the agreement's, or at the "och" between the
 * sides, which are at most two words before it ("Röda Korset och …", "Malmö stad och …"); not at every offset of a page.
 */
const BETWEEN_SIDES_NEAR = nearPattern(new RegExp(AGREEMENT_BETWEEN_SIDES, 'giu'), /(?<![\p{L}])(?:mellan|och)(?![\p{L}])/giu, wordsThenSpaceBefore(2));
const STATE_OR_PUBLIC_COUNTERPART =
  '(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:kommun|kommunen|stad|staden|region|regionen|landsting|landstinget)(?![\\p{L}])|Region\\s|Polisen|Arbetsförmedlingen|Försäkringskassan|Migrationsverket|Skatteverket|Kriminalvården|Länsstyrelsen|Trafikverket|Skolverket|Socialstyrelsen|Boverket';

/** GRANT_SHARED_NAMED's verb: a piece every match holds, so a page without it is passed over untried. */
const GRANT_SHARED_VERB = /(?:fördelas|fördelades|har\s+fördelats)\s+mellan\s+/u;
/**
 * A grant shared out between two organisations a sentence names ("Stödet fördelas mellan Friluftsfrämjandet Region
 * Mälardalen och RF-SISU Stockholm"): grants decided for named recipients. Not föreningar at large or by count
 * ("fördelas mellan 53 olika kulturföreningar", "mellan föreningarna": no capital), nor public bodies ("mellan Region
 * Norr och kommunerna").
 */
const GRANT_SHARED_NAMED = `(?<![\\p{L}])(?:\\p{L}*[Ss]töd(?:et)?|\\p{L}*[Bb]idrag(?:et|en)?|[Aa]nslag(?:et|en)?|[Mm]edlen|[Pp]engarna)\\s+${GRANT_SHARED_VERB.source}(?!${STATE_OR_PUBLIC_COUNTERPART})\\p{Lu}[^.!?\\n]{0,60}?\\s+och\\s+(?!${STATE_OR_PUBLIC_COUNTERPART})\\p{Lu}`;
/** A kommun or region by its name ("X kommun", "Lilla Edets kommun", "Malmö stad", "Region Halland"): a party to a public bodies' agreement. */
/** AGREEMENT_NAMED opening a sentence too ("Avtalet", "Överenskommelsen"), for a pattern that must tell capitals from small letters. */
const AGREEMENT_ANY_CASE = '\\p{L}*(?:[Öö]verenskommelse|[Aa]vtal|[Pp]artnerskap)';
const PUBLIC_PARTY = '(?:(?:\\p{Lu}[\\p{L}-]*\\s+){1,2}(?:kommun|stad|landsting)|Region\\s+\\p{Lu}[\\p{L}-]+)(?![\\p{L}])';
/** "mellan X kommun och Region Y", the two public parties alone (no third after them: "…, och Z" or "samt Z"). */
const BETWEEN_PUBLIC_PARTIES = `(?<![\\p{L}])[Mm]ellan\\s+${PUBLIC_PARTY}(?:,[^.!?,]{0,80},)?\\s+och\\s+${PUBLIC_PARTY}(?!\\s*(?:,|och|samt)\\s)`;

/**
 * The counterpart an agreement's item title names when it is no idéburen organisation: a kommun, region or landsting
 * ("med Region Söder", "med Överby kommun", "med regionen", "Västra Götalandsregionen"), a public federation
 * ("Samordningsförbundet Norr", "kommunalförbundet"), a state agency or a university by its kind of name
 * ("Försäkringskassan", "Arbetsförmedlingen", "Polisen", "Trafikverket"), or a company ("Överby Bad AB",
 * "bostadsbolaget"): word endings and kinds, a list of facts, no one body's name.
 */
const NOT_IDEBUREN_PARTY = [
  String.raw`(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:kommun|stad|landsting)`,
  String.raw`Region\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`,
  String.raw`kommunen|staden|regionen|landstinget|\p{Lu}[\p{L}-]*regionen`,
  String.raw`(?:\p{Lu}[\p{L}-]*\s+)?(?:[Ss]amordningsförbund|[Kk]ommunalförbund)\p{L}*(?:\s+\p{Lu}[\p{L}-]*)?`,
  String.raw`\p{Lu}[\p{L}-]*(?:verket|myndigheten|inspektionen|förmedlingen|kassan|polisen|universitetet|högskolan)|Polisen|Länsstyrelsen(?:\s+i)?(?:\s+\p{Lu}[\p{L}-]*)*`,
  String.raw`(?:\p{Lu}[\p{L}\d&-]*\s+){1,4}AB|\p{L}*bolaget`,
].join('|');
/**
 * An agreement an item's title makes with such a counterpart and no one else ("Avtal med Region Söder om
 * missbruksvård", "Överenskommelse om samverkan med Polisen", "Hyresavtal med Överby Bostäder AB för föreningslokal",
 * "Samverkansavtal mellan Överby kommun och Region Norr"): public bodies' or a company's agreement, though a förening
 * its text names takes part. Not where an idéburen party is named beside it ("med Region Norr och Norrby Kvinnojour"),
 * nor an agreement with a förening ("IOP mellan Överby kommun och Överby Kvinnojour", "Hyresavtal med Norrby
 * Folkets husförening").
 */
const AGREEMENT_WITH_NON_IDEBUREN = `(?<![\\p{L}])${AGREEMENT_ANY_CASE}\\p{L}*(?:\\s+[^\\n]{0,60}?)?\\s(?:med\\s+(?:${NOT_IDEBUREN_PARTY})(?![\\p{L}])(?!\\s*(?:,|och|samt|&)\\s)|${BETWEEN_PUBLIC_PARTIES})`;

/**
 * What a sentence says of IOP when it only asks, explains or wishes: a question ("frågor om", "frågade", "vad
 * som krävs"), a request for information, a definition ("ett IOP är"), a wish or a hope ("vill" — not "villkor", nor "det vill säga" —, "önskar",
 * "hoppas", "skulle kunna"), an interest or a promise ("är intresserad av att ingå ett IOP", "fått löfte om", "utreda möjligheten att teckna IOP"), drafts sent
 * in by the förening ("de insända IOP-avtalen"): none records an agreement entered.
 */
const IOP_ASKED = `frågor(?:na)?\\s+om|frågade|frågan\\s+om|vad\\s+som\\s+krävs|information\\s+om|(?:ett|en)\\s+(?:${IOP_NAMED.source})\\s+är(?![\\p{L}])|vill(?![\\p{L}])(?!\\s+säga)|önskar|hoppas|skulle\\s+kunna|intresserad\\p{L}*\\s+av\\s+att|löfte\\s+om|möjligheten\\s+att|insända|inskickade`;

/** The look-alike of a call for applications: a page that lists example sums, whose rows are no grants (pipeline/extract.ts). */
export const GRANT_CALL = 'grant-call';
/** A page of grants a state agency gives, naming no kommun, region or municipal body: its recipients are no kommun's partners. */
export const STATE_GRANT = 'state-grant';

/** What a decision does when it grants, approves, enters or shares out anything: not a report filed alone. */
const DECIDING_VERB = String.raw`bevilja\p{L}*|godkänn\p{L}*|godkände|teckna\p{L}*|ingå\p{L}*|fördela\p{L}*|förläng\p{L}*|tilldela\p{L}*|anta\p{L}*|anvisa\p{L}*|uppdra\p{L}*`;

/**
 * A procurement or a purchase by an item's or a page's heading: any procurement's compound ("Direktupphandling",
 * "Ramupphandling"), a framework agreement or a call-off from it ("Ramavtal om …", "Avropsavtal"), places bought
 * ("Köp av boendeplatser", "Köp av plats på HVB", "Platsköp"), a placement bought ("Placering av barn i familjehem via
 * Stiftelsen …", "Placeringar på HVB"), a choice system or a contract by tender.
 */
const PROCUREMENT_TITLE =
  '\\p{L}*upphandl\\p{L}*|valfrihetssystem|placeringsavtal|\\p{L}*ramavtal|avropsavtal|köp(?:ta)?\\s+(?:av\\s+)?(?:\\p{L}+\\s+)?\\p{L}*plats(?:er)?(?![\\p{L}])|\\p{L}*platsköp|placering(?:en|ar|arna)?\\s+(?:av|på|vid|i)\\s|tilldelningsbeslut|entreprenad';

/**
 * A report on a matter, by an item's title: information, a status report or a report back, at the title's head
 * ("Lägesrapport om föreningsbidrag", "Återrapportering av IOP med Stadsmissionen", "Muntlig information om …") or after
 * a dash, a colon or a comma at its end ("Föreningsbidrag 2024 – information", "IOP med Kvinnojouren - lägesrapport"),
 * as other kommuner title them; or an organisation's own annual account ("Verksamhetsberättelse 2023 för Stiftelsen …").
 * Such an item tells what was done; it decides no partnership. Not an item that decides and says where its
 * information lies ("Förlängning av IOP, information till nämnden finns i bilaga").
 */
const REPORT_WORD = 'muntlig\\s+information|information|info|lägesrapport|statusrapport|återrapport\\p{L}*|dragning|uppföljning|redovisning';
const REPORT_TITLED = `^(?:${REPORT_WORD})(?![\\p{L}])|(?:–|-|:|,)\\s*(?:${REPORT_WORD})\\s*$|(?<![\\p{L}])verksamhetsberättelse\\p{L}*`;

/**
 * A decision that refuses what was asked: "avslår ansökan", "beslutar att avslå", "Ansökan avslås", "lämnar ansökan utan
 * bifall", "beslutar att inte bevilja", "ansökan ska inte beviljas", "bidrag beviljas inte".
 */
const REFUSED = 'avslå|avslår|avslås|avslog|avslogs|avslagit|avslag|lämna\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?utan\\s+bifall|inte\\s+(?:att\\s+|ska\\s+|skall\\s+|kan\\s+)?(?:bevilja|bifalla|godkänna)\\p{L}*|(?:beviljas|bifalls|godkänns)\\s+inte';
/** A decision that gives or enters anything, not negated ("beviljar", "bifaller", "godkänner"; not "inte bevilja", "beviljas inte"). */
const GIVEN = `(?<!inte\\s+(?:att\\s+|ska\\s+|skall\\s+|kan\\s+)?)(?:${DECIDING_VERB}|bifaller|bifalla|bifalls|biföll)(?![\\p{L}])(?!\\s+inte(?![\\p{L}]))`;
/**
 * A decision that refuses an application and gives nothing: no grant, agreement or partnership was decided, whatever the
 * item's title asks for ("Ansökan om verksamhetsbidrag från Norrby Konstförening" / "Nämnden beslutar att avslå
 * ansökan"). Gold counts none (a refused grant application is a matter of no partnership). Not a decision that grants
 * one sum and refuses the rest ("beviljar 20 000 kronor och avslår ansökan i övrigt").
 */
const ONLY_REFUSED = `^(?![\\s\\S]*(?<![\\p{L}])${GIVEN})[\\s\\S]*?(?<![\\p{L}])(?:${REFUSED})(?![\\p{L}])`;

/**
 * A decision that only takes note of what it was told: "Nämnden tar del av informationen", "Informationen noteras",
 * "Redovisningen antecknas till protokollet", "tackar för informationen", "läggs till handlingarna" — and gives, approves
 * or enters nothing (GIVEN). An item titled by a grant or an agreement ("Föreningsbidrag", "IOP med Kvinnojouren")
 * whose decision is only this reports on it; it decides no partnership.
 */
const NOTED = String.raw`(?:tar|tog|tagit|ta)\s+del\s+av|noterar|noteras|noterades|antecknar|antecknas|antecknades|tackar\s+för|(?:läggs|lades|lägga|lägger)\s+(?:\p{L}+\s+){0,3}?till\s+(?:handlingarna|protokollet)`;
const ONLY_NOTED = `^(?![\\s\\S]*(?<![\\p{L}])${GIVEN})[\\s\\S]*?(?<![\\p{L}])(?:${NOTED})(?![\\p{L}])`;
/**
 * An association of businesses or households by its kind, in an item's title: an ekonomisk förening ("Ekby Turism
 * ekonomisk förening", "Ekby Fiber ek. för.") or a business or broadband association ("Företagarförening",
 * "Näringslivsföreningen", "Köpmannaförening", "Fiberföreningen", "Företagarna"). Its grant or agreement is business
 * support or infrastructure, no partnership with civil society (gold counts none): word kinds, no one name.
 */
const BUSINESS_ASSOCIATION = String.raw`ekonomisk\s+förening|ek\.\s*(?:för\.?|förening)(?![\p{L}])|\p{L}*(?:företagar|näringslivs|köpmanna|fiber|bredbands)förening\p{L}*|företagarna(?![\p{L}])`;
/**
 * An item that elects or appoints ("Val av ledamöter till Stiftelsen …", "Fyllnadsval", "Entledigande", "Avsägelse") or
 * answers a member's question ("Fråga från Anna Ek (V) om föreningsbidrag", "Enkel fråga om …"): it decides who sits or
 * what was asked, no grant or agreement, though it names one.
 */
const ELECTION_OR_QUESTION = String.raw`^(?:val\s+av|val\s+till|\p{L}*val\s+(?:av|till|efter)|entledigande|avsägelse|(?:enkel\s+)?(?:fråga|frågor)\s+(?:från|om|till|angående))(?![\p{L}])`;

export const KIND_RULES: readonly KindRule[] = [
  // Every form holds "utgår": a text without it is not tried (the pattern would be tried at every letter).
  { name: 'withdrawn', kind: null, place: 'text', strength: 0.95, pattern: word('(?:punkten|ärendet|paragrafen)\\s+utgår|utgår\\s+(?:från|ur)\\s+(?:dagordningen|föredragningslistan)'), has: ['utgår'] },
  // Not one delegated decision a party asks to have reconsidered or appeals ("Ekby NHR, framställning om omprövning av
  // delegationsbeslut"): that is the party's own matter, read by the rules after. The look-behind stands after the word
  // it guards, so it is tried only where the word is (engine/pattern-shape.test.ts).
  { name: 'delegation-list', kind: null, place: 'title', strength: 0.95, pattern: word('delegationsbeslut(?<!(?:omprövning|omprövande|överprövning|prövning|överklagande|överklagan)\\s+av\\s+(?:fattat\\s+|ett\\s+)?delegationsbeslut)|delegeringsbeslut|delegationsärenden|delegeringsärenden|anmälan\\s+av\\s+(?:delegation|beslut)|redovisning\\s+av\\s+(?:delegations|delegerings)|delegeringsförteckning|delegationsordning|delegationsförteckning|beslut\\s+(?:fattade\\s+)?(?:enligt|på|med\\s+stöd\\s+av)\\s+(?:delegation|delegering)|delegerade\\s+beslut|delegationslist\\p{L}*|delegeringslist\\p{L}*|delegationsrapport\\p{L}*|ordförandebeslut|ordförandens\\s+beslut|brådskande\\s+beslut') },
  { name: 'incoming-mail', kind: null, place: 'title', strength: 0.95, pattern: word('meddelanden|inkomna\\s+(?:skrivelser|handlingar)|inkommande\\s+(?:skrivelser|handlingar)|anmälningsärenden|delgivningar|för\\s+kännedom') },
  { name: 'procurement', kind: null, place: 'title', strength: 0.9, pattern: word(PROCUREMENT_TITLE) },
  // The acronyms only in capitals: "lov" is also a holiday.
  // An item titled by an agreement whose one counterpart is a public body or a company (AGREEMENT_WITH_NON_IDEBUREN).
  { name: 'agreement-not-with-ideburen', kind: null, place: 'item-title', strength: 0.85, pattern: new RegExp(`^(?![^\\n]*(?:[Ii]déburet|[Ii]déburna|IOP))[^\\n]*?${AGREEMENT_WITH_NON_IDEBUREN}`, 'u') },
  { name: 'business-association', kind: null, place: 'item-title', strength: 0.85, pattern: new RegExp(BUSINESS_ASSOCIATION, 'iu') },
  { name: 'election-or-question', kind: null, place: 'item-title', strength: 0.85, pattern: new RegExp(ELECTION_OR_QUESTION, 'iu') },
  { name: 'procurement-law', kind: null, place: 'title', strength: 0.9, pattern: /(?<![\p{L}])(?:LOU|LOV)(?![\p{L}])/u },
  // Not an application to be approved as a förening entitled to grants ("ansökan om godkännande som bidragsberättigad
  // förening och ansökan om verksamhetsbidrag"): that asks for a grant, read by the rules below.
  { name: 'permit', kind: null, place: 'title', strength: 0.9, pattern: word('\\p{L}*tillstånd|bygglov|utökning\\s+av\\s+\\p{L}*antal|barnantal|antal\\s+barn|godkännande\\s+av\\s+(?:enskild|fristående|huvudman)|ansökan\\s+om\\s+godkännande(?!\\s+som\\s+bidragsberättigad)|certifiering|auktorisation') },
  { name: 'political-initiative', kind: null, place: 'title', strength: 0.9, pattern: new RegExp(`(?<![\\p{L}])(?:initiativ|initiativärende|ledamotsinitiativ|motion|medborgarförslag|interpellation|(?:${POLITICAL})s?)(?![\\p{L}])`, 'iu') },
  // A party's letters title an item that is a party's proposal ("Yrkande (C) - Digitalisera"); in a document's header they follow a member's name.
  { name: 'party-proposal', kind: null, place: 'item-title', strength: 0.9, pattern: new RegExp(PARTY_LETTERS, 'u') },
  // A member's dissent ("Reservation avseende borgensansökan från …", "Protokollsanteckning", "Särskilt yttrande")
  // heading the page argues against a decision; it records none. Only at the title's head: a protocol extract's
  // own heading comes first, a reservation of its item further down.
  { name: 'dissent', kind: null, place: 'title', strength: 0.85, pattern: /^[•*#\-–\s]*(?:skriftlig\s+)?(?:reservation|protokollsanteckning|särskilt\s+yttrande)(?![\p{L}])/iu },
  // A consultation response gives an opinion on another body's proposal; it decides no partnership.
  { name: 'consultation', kind: null, place: 'title', strength: 0.85, pattern: /^(?:svar\s+på\s+)?(?:\p{L}+\s+)?(?:remiss|remissvar|yttrande)(?![\p{L}])/iu },
  { name: 'party-support', kind: null, place: 'title', strength: 0.95, pattern: word('partistöd') },
  { name: 'audit', kind: null, place: 'title', strength: 0.9, pattern: word('granskning|revision\\p{L}*|årsredovisning|ansvarsfrihet|bokslut|internkontroll') },
  // Not "Information i korthet från nämndens möte": a page that sums up what a meeting decided.
  { name: 'information', kind: null, place: 'title', strength: 0.85, pattern: /^(?:information(?!\s+i\s+korthet)|informationsärende|aktuellt|dialog|rapport(?:er)?\s+från|uppföljning|delårsrapport|månadsrapport|prognos)(?![\p{L}])/iu },
  // Read in a protocol's item only: a page's headline names its subject, not the item's business (REPORT_TITLED).
  { name: 'report-titled', kind: null, place: 'item-title', strength: 0.85, pattern: new RegExp(REPORT_TITLED, 'iu') },
  { name: 'rules-or-budget', kind: null, place: 'title', strength: 0.85, pattern: word('\\p{L}*riktlinjer|\\p{L}*regler|\\p{L}*regelverk|reglemente|\\p{L}*normer|\\p{L}*bestämmelser|\\p{L}*taxa|taxor|avgifter|\\p{L}*budget|verksamhetsplan|investeringsplan|policy|handlingsplan') },
  { name: 'winding-up', kind: null, place: 'title', strength: 0.85, pattern: titleStart('avveckling|upplösning|permutation') },
  // A call for applications ("Sök föreningsbidrag 2025", "Ansök om kulturstöd", "Nu kan föreningar söka bidrag"):
  // it invites grants and lists, if anything, example sums or a scheme's levels, none given. The imperative only,
  // not "Ansökan om verksamhetsbidrag", an applicant's matter.
  { name: GRANT_CALL, kind: null, place: 'title', strength: 0.85, pattern: /^(?:(?:nu|dags\s+att)\s+(?:kan\s+)?(?:[\p{L}-]+\s+)?)?(?:sök|söka|ansök)(?![\p{L}])/iu },
  // A page that reports a procurement (tenders scored, a winning bid) describes a purchase, not a partnership,
  // though the winners are föreningar; a page about IOP may name procurement only as what IOP is not.
  {
    name: 'procurement-described',
    kind: null,
    place: 'document',
    strength: 0.8,
    pattern: new RegExp(`^(?![\\s\\S]*${IOP_NAMED.source})(?![\\s\\S]*?${AGREEMENT_WITH_ORGANISATION})[\\s\\S]*?(?<![\\p{L}])(?:${PROCUREMENT_DESCRIBED})`, 'iu'),
  },
  // A page about a motion or a citizen's proposal — a party wants the kommun to fund or house a förening —
  // records a wish, not a partnership, where it names no agreement, grant or IOP at all.
  {
    name: 'motion-described',
    kind: null,
    place: 'document',
    strength: 0.8,
    pattern: new RegExp(`^(?![\\s\\S]*(?:${IOP_NAMED.source}|(?<![\\p{L}])(?:${GRANT}|${AGREEMENT})))[\\s\\S]*?(?<![\\p{L}])(?:motion(?:en|er|erna)?|medborgarförslag(?:et)?)(?![\\p{L}])`, 'iu'),
  },
  // A page that tells of an application still waiting for its answer, and of no decision taken, records a wish, not a
  // grant (SCHEMA.md: a grant is one decided): a party's press release urging the kommun to grant it, a förening's plea.
  // The wait is written as the applicant waiting ("väntar fortfarande på besked") or the answer not yet given ("har ännu
  // inte fått besked", "har ännu inte beslutat"); a page that says anything was decided or granted is none of these
  // (a decision may grant one sum while another funder's answer is awaited).
  {
    name: 'application-pending',
    kind: null,
    place: 'document',
    strength: 0.75,
    pattern: new RegExp(`^(?![\\s\\S]*(?<![\\p{L}])${DECIDED_WORDS}(?![\\p{L}]))[\\s\\S]*?(?<![\\p{L}])${AWAITED_ANSWER}(?![\\p{L}])`, 'iu'),
  },
  // A page about a public body's own spending — money set aside in its budget ("avsätta pengar i budgeten för
  // att starta en Fritidsbank", "I budgeten för 2020 har 70 000 kronor avsatts") — where it names no agreement,
  // grant or IOP at all: the kommun runs the thing itself, though a förening it names stands beside it.
  {
    name: 'own-budget-described',
    kind: null,
    place: 'document',
    strength: 0.75,
    has: ['budget'],
    pattern: new RegExp(`^(?![\\s\\S]*(?:${IOP_NAMED.source}|(?<![\\p{L}])(?:${GRANT}|${AGREEMENT})))[\\s\\S]*?(?<![\\p{L}])budget(?:en|ar|arna|medel)?(?![\\p{L}])`, 'iu'),
  },
  // A page that reports money a state agency gives ("får ta emot sammanlagt 4 424 000 från Filminstitutet", "stöd från
  // Tillväxtverket", "bidrag från Allmänna arvsfonden"), or that has the agency grant it as the subject of its verb
  // ("Allmänna arvsfonden har beviljat följande föreningar bidrag:", "Boverket fördelar …", "Brottsoffermyndigheten delar
  // ut pengar"), and names no kommun, region,
  // landsting or municipal body at all: a state grant, no partnership with a public party of SCHEMA's (kommun, stad,
  // region). The agency is known by its kind of name (…institutet, …verket, …myndigheten, …rådet, …fonden) or as the
  // state itself ("staten", "regeringen"). A page that names a kommun or a nämnd beside the agency may record the
  // kommun's own grant.
  {
    name: STATE_GRANT,
    kind: null,
    place: 'document',
    strength: 0.75,
    has: ['från', ...STATE_GRANTING_VERBS, 'dela'],
    pattern: new RegExp(
      `^(?![\\s\\S]*?(?<![\\p{L}])(?:${MUNICIPAL_WORD}))[\\s\\S]*?(?<![\\p{L}])(?:från\\s+(?:${STATE_GIVER})|(?:${STATE_GIVER})\\s+(?:har\\s+|hade\\s+)?(?:(?:${STATE_GRANTING_VERBS.join('|')})\\p{L}*|${STATE_HANDING_OUT}))(?![\\p{L}])`,
      'iu',
    ),
  },
  // A page that reports a survey or mapping across the country's kommuner ("77 kommuner har ett IOP", "52
  // kommuner gav inget bidrag") counts partnerships and grants that others have; it records none of its own.
  {
    name: 'survey-described',
    kind: null,
    place: 'document',
    strength: 0.8,
    pattern: new RegExp(`^(?=[\\s\\S]*?${SURVEY_WORD})[\\s\\S]*?${COUNTED_BODIES}`, 'iu'),
    has: ['kommuner', 'regioner'],
    alsoHas: SURVEY_LITERALS,
    holds: [new RegExp(COUNTED_BODIES, 'iu'), new RegExp(SURVEY_WORD, 'iu')],
  },
  // A page that reports a loan or a guarantee for a company ("går i borgen för ett lån … till näringsidkaren X
  // AB", "lån till företaget som driver golfbanan"): a business's loan, no agreement with an idéburen party.
  {
    name: 'company-loan',
    kind: null,
    place: 'document',
    strength: 0.8,
    pattern: new RegExp(`(?<![\\p{L}])(?:${LOAN})[^.!?\\n]{0,80}?${TO_COMPANY}`, 'iu'),
    has: LOAN_WORDS,
    alsoHas: COMPANY_LITERALS,
    holds: [new RegExp(TO_COMPANY, 'iu')],
  },
  // An agreement between public bodies alone ("Mellan X kommun, genom kultur- och fritidsnämnden, och Y kommun
  // träffas härmed följande avtal", "avtal mellan Region Halland och Falkenbergs kommun"): kommuner buying time
  // in each other's halls, no idéburen party. Not where a third, idéburen party follows ("mellan X kommun och
  // Region Y samt Föreningen Z") nor where a förening stands on either side.
  {
    name: 'public-bodies-agreement',
    kind: null,
    place: 'document',
    strength: 0.8,
    pattern: new RegExp(
      `(?<![\\p{L}])${AGREEMENT_ANY_CASE}[^.!?]{0,80}?${BETWEEN_PUBLIC_PARTIES}|${BETWEEN_PUBLIC_PARTIES}[^.!?]{0,40}?(?<![\\p{L}])${AGREEMENT_ANY_CASE}`,
      'u',
    ),
    has: ['mellan'],
    holds: [new RegExp(BETWEEN_PUBLIC_PARTIES, 'u')],
  },
  // A page on which every sentence that names IOP asks about it, explains it or wishes for it ("ställde frågor om
  // vad som krävs för att ingå ett IOP", "ett IOP är ett avtal mellan …", "Föreningen hoppas kunna ingå IOP"):
  // a citizens' question time or an explainer, no partnership entered. One sentence that reports an IOP
  // ("Nämnden godkände IOP med Föreningen X") makes the page a partnership's.
  {
    name: 'iop-only-asked',
    kind: null,
    place: 'document',
    strength: 0.75,
    pattern: new RegExp(
      `^(?=[\\s\\S]*?${IOP_NAMED.source})(?![\\s\\S]*?(?:^|[.!?\\n])(?![^.!?\\n]*?(?<![\\p{L}])(?:${IOP_ASKED}))[^.!?\\n]*?${IOP_NAMED.source})`,
      'iu',
    ),
  },
  // Before the kinds a title names: the decision only took note (ONLY_NOTED).
  { name: 'only-noted', kind: null, place: 'item-decision', strength: 0.8, pattern: new RegExp(ONLY_NOTED, 'iu') },
  // Before the kinds a title names: the decision refused what the title asks for (ONLY_REFUSED).
  { name: 'application-refused', kind: null, place: 'item-decision', strength: 0.8, pattern: new RegExp(ONLY_REFUSED, 'iu') },
  { name: 'iop-in-title', kind: 'iop', place: 'title', strength: 0.95, pattern: IOP_NAMED },
  { name: 'grant-in-title', kind: 'bidrag', place: 'title', strength: 0.9, pattern: word(GRANT) },
  { name: 'agreement-in-title', kind: 'overenskommelse', place: 'title', strength: 0.85, pattern: word(AGREEMENT) },
  // A decision that adopts guidelines or rules ("föreslås besluta … att anta förvaltningens förslag till
  // riktlinjer för IOP") governs partnerships to come and enters none; an item's title, read before it,
  // still names its kind. Read in the whole text: a converter's run-together lines hide the decision's section.
  { name: 'rules-decided', kind: null, place: 'text', strength: 0.8, pattern: new RegExp(`(?<![\\p{L}])(?:besluta|beslutar|beslöt|beslutade)(?![\\p{L}])[^§]{0,400}?(?<![\\p{L}])${RULES_ADOPTED}`, 'iu') },
  // A decision that only files what was reported ("beslutade att lägga rapporten till handlingarna", "Informationen
  // läggs till handlingarna"): a report of delegated grants or of earlier decisions, noted, grants nothing itself; a
  // decision that also grants, approves or enters anything is read by the rules below.
  { name: 'report-filed', kind: null, place: 'decision', strength: 0.85, has: ['handlingarna'], pattern: new RegExp(`^(?![\\s\\S]*(?<![\\p{L}])(?:${DECIDING_VERB}))[\\s\\S]*?(?:lägga|lägger|läggs|lades)\\s+(?:\\p{L}+\\s+){0,3}till\\s+handlingarna`, 'iu') },
  { name: 'iop-in-decision', kind: 'iop', place: 'decision', strength: 0.9, pattern: IOP_NAMED },
  { name: 'grant-in-decision', kind: 'bidrag', place: 'decision', strength: 0.8, pattern: word(GRANT) },
  { name: 'agreement-in-decision', kind: 'overenskommelse', place: 'decision', strength: 0.75, pattern: word(AGREEMENT) },
  { name: 'iop-in-text', kind: 'iop', place: 'text', strength: 0.6, pattern: IOP_NAMED },
  // A page (a news item, a protocol extract whose decision sections were not found) that reports a loan, a
  // guarantee or a grant given: the kind of its one partnership where it names an idéburen party (see
  // classifyMatter), before any guess from its heading. A loan or guarantee is an agreement (SCHEMA.md), and
  // a page that reports one usually states its sum too: the loan is read first.
  { name: 'loan-granted', kind: 'overenskommelse', place: 'document', strength: 0.6, pattern: new RegExp(`(?<![\\p{L}])${GRANTED}(?<![\\p{L}])(?:${LOAN})`, 'iu'), has: LOAN_WORDS },
  // A page that reports a public body standing guarantor for a loan, with the loan's sum ("Skövde kommun går i
  // borgen för lån på två miljoner kronor som Skövde KIK tagit upp", "Skara kommun är på väg att gå i borgen
  // för ett lån på tre miljoner kronor till en inomhushall"): a guarantee is an agreement (SCHEMA.md) with the
  // one borrower, read though the parties extractor does not know the club. Not one asked for or refused, nor
  // a company's loan ("till näringsidkaren X AB", "bostadsbolagets lån").
  {
    name: 'guarantee-given',
    kind: 'overenskommelse',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    has: ['borgen'],
    pattern: new RegExp(
      `(?:^|[.!?\\n])(?![^.!?\\n]*?(?<![\\p{L}])(?:${NOT_GUARANTEED})(?![\\p{L}]))[^.!?\\n]*?(?<![\\p{L}])(?:gå|går|gick|gått)\\s+i\\s+borgen\\s+för[^.!?\\n]{0,80}?(?:${SUM}|(?<![\\p{L}])${MILLIONS_IN_WORDS}|(?<![\\p{L}])(?:för|till|åt)\\s+\\p{L}*?(?:${GUARANTEED_BORROWER})(?![\\p{L}]))`,
      'iu',
    ),
  },
  // A page that names an agreement ("enligt överenskommelsen får föreningen 300 000 kronor") pays under it: no grant.
  { name: 'grant-granted', kind: 'bidrag', place: 'document', strength: 0.6, pattern: new RegExp(`^(?![\\s\\S]*(?<![\\p{L}])${AGREEMENT_NAMED})[\\s\\S]*?(?<![\\p{L}])${GRANTED}(?:(?<![\\p{L}])(?:${GRANT})|${SUM})|(?<![\\p{L}])(?:${GRANT})[^.!?\\n]{0,40}?(?<![\\p{L}])${GRANTED_AFTER}`, 'iu') },
  // A page that reports a body deciding on one applicant's application for a grant, in one sentence ("Kulturnämnden
  // beslutade idag att återremittera föreningens ansökan om ett bidrag på 440 000 kronor", "nämnden avslog
  // klubbens ansökan om verksamhetsbidrag"): a grant decided, refused or sent back (SCHEMA.md counts each) for
  // the idéburen party the page names. Not a call ("kan söka bidrag") nor applications at large ("ansökningar").
  // The applicant stands before "ansökan" in the genitive, a förening by its kind or a name, so the page's one
  // recipient is named though the parties extractor does not know it.
  {
    name: 'grant-application-decided',
    kind: 'bidrag',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    recipientNamed: true,
    has: ['ansökan'],
    pattern: new RegExp(`(?<![\\p{L}])${APPLICATION_DECIDED}[^.!?\\n]{0,80}?(?<![\\p{L}])(?:${ORGANISATION_WORD}|\\p{Lu}[\\p{L}-]*s)\\s+ansökan\\s+om\\s+(?:(?:ett|en|ett\\s+extra|ekonomiskt)\\s+)?(?:\\p{L}*bidrag|\\p{L}*?${GRANT_SUPPORT}|stöd|anslag)(?![\\p{L}])`, 'iu'),
  },
  // A page that reports an agreement approved or signed with an organisation its sentence calls idéburen by its
  // kind ("röstade en enig kultur- och fritidsnämnd igenom avtalet mellan fotbollsklubben X och Y kommun",
  // "Kommunen har tecknat ett avtal med hembygdsföreningen om skötseln"): an agreement with that one party, read
  // though the parties extractor does not know its name. Not one with a public body or a company ("godkände
  // avtalet med Region Halland", "… med Byggbolaget AB"), nor a wish ("Föreningen vill teckna avtal med kommunen").
  {
    name: 'agreement-approved',
    kind: 'overenskommelse',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    recipientNamed: true,
    // Its literal: the approving verb.
    ...inSentence(
      `(?:^|[.!?\\n])(?![^.!?\\n]*?${NOT_IDEBUREN_COUNTERPART})[^.!?\\n]*?(?<![\\p{L}])${AGREEMENT_APPROVED}[^.!?\\n]{0,40}?(?<![\\p{L}])${AGREEMENT_NAMED}[^.!?\\n]{0,20}?(?<![\\p{L}])(?:med|mellan)\\s+[^.!?\\n]{0,30}?(?<![\\p{L}])${ORGANISATION_WORD}`,
      new RegExp(`(?<![\\p{L}])${AGREEMENT_APPROVED}`, 'giu'),
    ),
  },
  // A page that reports an organisation signing an agreement with a public body, the organisation the sentence's subject
  // ("Föreningen har tecknat ett nytt arrendeavtal med Fastighetskontoret", "Vi har ingått en överenskommelse med
  // socialförvaltningen", "Hembygdsföreningen tecknade avtal med kommunen"): the public side named by a municipal office,
  // administration or body as often as by "kommunen" (ORGANISATION_SIGNED). An agreement with that one party, read though
  // the parties extractor does not know it. Not a public body's or a company's signing, nor an IOP (read as IOP below).
  {
    name: 'organisation-signed',
    kind: 'overenskommelse',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    recipientNamed: true,
    ...inSentence(ORGANISATION_SIGNED, new RegExp(`(?<![\\p{L}])${SIGNED}`, 'giu')),
  },
  // A page that reports a public body selling or letting premises or land to one organisation, or buying them from it
  // (PROPERTY_SOLD): an agreement with that party (SCHEMA.md counts premises and settlements), read though the
  // parties extractor does not know it. Not services or places bought (a procurement), nor a company's sale.
  {
    name: 'property-sold',
    kind: 'overenskommelse',
    place: 'document',
    strength: 0.5,
    unnamed: true,
    recipientNamed: true,
    ...inSentence(PROPERTY_SOLD, new RegExp(`(?<![\\p{L}])${PROPERTY_SOLD_VERB}`, 'giu')),
  },
  // A page that reports a grant shared out between two organisations it names (GRANT_SHARED_NAMED): grants to them,
  // read though the parties extractor does not know them.
  { name: 'grant-shared-named', kind: 'bidrag', place: 'document', strength: 0.5, unnamed: true, recipientNamed: true, has: ['mellan'], pattern: new RegExp(GRANT_SHARED_NAMED, 'u'), holds: [GRANT_SHARED_VERB] },
  // A protocol's list of grants announced ("Följande föreningar beviljas bidrag ur verksamhet 491", "Följande
  // organisationer tilldelas verksamhetsstöd"): named recipients follow, whether or not the parties extractor
  // knows them. Not a call ("Följande föreningar kan söka bidrag") nor a scheme's terms ("Följande gäller för bidrag").
  {
    name: 'grants-listed',
    kind: 'bidrag',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    has: ['följande'],
    pattern: new RegExp(`(?<![\\p{L}])följande\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:beviljas|beviljades|tilldelas|tilldelades|erhåller|får|fick)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${GRANT})`, 'iu'),
  },
  // A page that reports a grant a förening has from a public body and its sum, in one sentence, with no
  // finite granting verb ("Verksamhetsstödet från Järfälla kommun har legat på samma nivå sedan 2014, cirka
  // 700 000 kronor per år"); not a call or a request ("Föreningar kan söka bidrag från kommunen på upp till
  // 5 000 kronor", "begär ett högre anslag från kommunen"). A grant's word may carry a transcript's stray
  // letter before it ("fVerksamhetsstödet"), so its compounds are read at their end.
  {
    name: 'grant-from-public-body',
    kind: 'bidrag',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    // Its literal: the grant word's "bidrag", "stöd" or "anslag", then "från" or "av" after the word's end.
    ...inSentence(
      `(?:^|[.!?\\n])(?![^.!?\\n]*?(?<![\\p{L}])(?:${NOT_GIVEN})(?![\\p{L}]))[^.!?\\n]*?(?:\\p{L}*bidrag\\p{L}*|\\p{L}*?${GRANT_SUPPORT}\\p{L}*|anslag\\p{L}*)\\s+${PUBLIC_SOURCE}[^.!?\\n]{0,120}?${SUM}`,
      /(?:bidrag|stöd|anslag)(?=\p{L}*\s+(?:från|av)\s)/giu,
    ),
  },
  // A page that reports a public body changing one recipient's grant, with the sum ("Kommunen minskar det årliga
  // verksamhetsstödet för Glumseruds bygdegård med 4 000 kronor", "nämnden höjde bidraget till Scoutkåren X till
  // 50 000 kronor"): a grant decided for a named organisation, read though the parties extractor does not know
  // it. Not a wish or a party's proposal ("vill att kommunen höjer bidraget", "föreslår att nämnden sänker
  // anslaget"), nor grants to föreningar at large ("höjer bidragen till föreningarna").
  {
    name: 'grant-changed',
    kind: 'bidrag',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    recipientNamed: true,
    // Its literal: the changing verb, with the grant word and "för"/"till" after it (as the pattern goes on).
    ...inSentence(
      `(?:^|[.!?\\n])(?![^.!?\\n]*?(?<![\\p{L}])(?:${NOT_GIVEN})(?![\\p{L}]))[^.!?\\n]*?(?<![\\p{L}])${GRANT_CHANGED}\\s+(?:\\p{L}+\\s+){0,2}?(?:\\p{L}*bidrag\\p{L}*|\\p{L}*?${GRANT_SUPPORT}\\p{L}*|anslag\\p{L}*)\\s+(?:för|till)\\s+(?:\\p{Lu}|[^.!?\\n]{0,30}?(?<![\\p{L}])${ORGANISATION_WORD})[^.!?\\n]{0,80}?${SUM}`,
      new RegExp(`(?<![\\p{L}])${GRANT_CHANGED}(?=\\s+(?:\\p{L}+\\s+){0,2}?(?:\\p{L}*bidrag\\p{L}*|\\p{L}*?${GRANT_SUPPORT}\\p{L}*|anslag\\p{L}*)\\s+(?:för|till)\\s)`, 'giu'),
    ),
  },
  // A page that reports a public body contributing a sum to what one organisation runs ("Smedjebackens kommun har
  // bidragit med 50 000 kronor", "Kommunförbundet bidrar med nära 60 000 kronor i år" on a page about the
  // Brottsofferjouren): a grant to the one organisation the page names by its kind, read though the parties
  // extractor does not know it. Not a share or a plan ("kommunen bidrar med 30 procent", "ska bidra med"), a
  // förening's own contribution ("Föreningen bidrar med 20 000 kronor"), nor money for föreningar at large.
  {
    name: 'grant-contributed',
    kind: 'bidrag',
    place: 'document',
    strength: 0.55,
    unnamed: true,
    recipientNamed: true,
    has: ['med'],
    pattern: new RegExp(
      `^(?=[\\s\\S]*?${ONE_ORGANISATION})[\\s\\S]*?(?:^|[.!?\\n])(?![^.!?\\n]*?(?<![\\p{L}])(?:${NOT_GIVEN})(?![\\p{L}]))[^.!?\\n]*?${PUBLIC_GIVER}\\s+${CONTRIBUTED}\\s+[^.!?\\n]{0,20}?${SUM}`,
      'iu',
    ),
    holds: [new RegExp(`${PUBLIC_GIVER}\\s+${CONTRIBUTED}`, 'iu')],
  },
  // A page that reports a public body carrying on its collaboration with one organisation ("Socialnämnden förlänger
  // samarbetet med Stadsmissionen", "Kommunen tar nästa steg i samarbetet med Drömfabriken"): an agreement with that
  // party, read though the parties extractor does not know its name. Not a wish, an evaluation, a company, or a
  // public body or state agency as the counterpart.
  {
    name: 'collaboration-carried-on',
    kind: 'overenskommelse',
    place: 'document',
    strength: 0.5,
    unnamed: true,
    recipientNamed: true,
    has: ['samarbetet'],
    pattern: new RegExp(
      `(?:^|[.!?\\n])(?![^.!?\\n]*?${NOT_IDEBUREN_COUNTERPART})[^.!?\\n]*?(?<![\\p{L}])${COLLABORATION_CARRIED_ON}\\s+(?!${STATE_OR_PUBLIC_COUNTERPART})(?:\\p{Lu}|${ORGANISATION_WORD})`,
      'u',
    ),
  },
  // A page that sets an agreement or a collaboration between a kommun or region and one organisation
  // (AGREEMENT_BETWEEN_SIDES): an agreement with the idéburen party the page names. Last of the page's kinds: a grant
  // or a loan the page reports is read first.
  { name: 'agreement-between-sides', kind: 'overenskommelse', place: 'document', strength: 0.5, has: ['och'], pattern: new RegExp(AGREEMENT_BETWEEN_SIDES, 'iu'), near: BETWEEN_SIDES_NEAR },
  // An item titled by an organisation's application and nothing else ("Egen försörjning / Ansökan från
  // Gränslös Vänskap"), as committees that hand out grants list them: an application from a förening asks for
  // money where no title or decision names what for. Last, and weak: a permit, a motion or an agreement
  // named anywhere decides first, and a kind needs an idéburen party named in the item. An application named for
  // what it asks ("Terrafem Stödboende / Projektansökan från föreningen Terrafem", "Bidragsansökan från …") too.
  { name: 'application-from', kind: 'bidrag', place: 'item-title', strength: 0.55, pattern: word('(?:projekt|bidrags)?ansökan\\s+från\\s') },
  // The same, the applicant set apart from "ansökan" by a slash or a dash ("Gimo simsällskap/ansökan", "Lions
  // Club Öregrund/Ansökan", "Hembygdsföreningen – ansökan"), as a kultur- och fritidsnämnd's agenda lists them.
  // Not "Ansökan avseende brigantinens placering i hamnen" (no applicant before it), nor "Detaljplan …/samråd".
  { name: 'application-titled', kind: 'bidrag', place: 'item-title', strength: 0.5, pattern: BEFORE_SEPARATED_APPLICATION },
  // A page that reports a grant scheme changed for a kind of organisation at large ("Huddinge höjer bidraget
  // till pensionärsföreningar", "Nämnden beslutade att sänka bidragen till studieförbunden") describes the
  // scheme's new levels, no grant decided for one recipient, though it names a förening as an example. Last: a
  // page whose sentence reports one recipient's grant or agreement is read by the rules before.
  { name: 'scheme-changed', kind: null, place: 'document', strength: 0.7, pattern: new RegExp(SCHEME_CHANGED, 'iu') },
];

/**
 * The forms a text names, to choose among where no rule read a kind but the text is a partnership matter (it
 * names an idéburen party): an IOP by its name; an agreement by its words, with premises let or lent ("hyresfritt",
 * "lokalsubvention", "hyra") as SCHEMA counts access to premises an agreement; a grant by its words.
 */
const PREMISES = 'hyresfri\\p{L}*|lokalsubvention\\p{L}*|hyr(?:a|an|or|orna)(?![\\p{L}])';
export const FORM_CUES = {
  iop: IOP_NAMED,
  overenskommelse: new RegExp(`(?<![\\p{L}])(?:${AGREEMENT}|${PREMISES})`, 'giu'),
  bidrag: new RegExp(`(?<![\\p{L}])(?:${GRANT})`, 'giu'),
} as const;

/**
 * A page written by the idéburen party itself, reporting the agreement it signed with a public body: "Idag
 * har vi tecknat ett IOP-avtal med Östersunds kommun", "Vi har ingått en överenskommelse med Region Jämtland".
 * Its "vi" is the party, whom the parties extractor cannot name. Not a kommun's own "vi har tecknat IOP med
 * Föreningen X": the public body stands after "med".
 */
const WE_SIGNED = `(?:vi\\s+(?:har\\s+|hade\\s+)?|(?:har|hade)\\s+vi\\s+)(?:nu\\s+|idag\\s+|äntligen\\s+)?${SIGNED_VERB}`;
const WITH_PUBLIC_BODY = '(?<![\\p{L}])med\\s+(?:\\p{Lu}[\\p{L}-]+\\s+(?:kommun|stad|Stad)|Region\\s+\\p{Lu}[\\p{L}-]+|kommunen|regionen|staden)(?![\\p{L}])';
export const PARTY_SIGNED = new RegExp(`(?<![\\p{L}])${WE_SIGNED}[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${AGREEMENT_NAMED}|${IOP_NAMED.source})[^.!?\\n]{0,40}?${WITH_PUBLIC_BODY}`, 'iu');

/** When no rule fires, the matter is no partnership matter: it names no IOP, agreement or grant. */
export const NO_CUE = { name: 'no-cue', strength: 0.9 } as const;
/** A kind cue, but no idéburen organisation named as party in the matter: nothing to be a partnership with. */
export const NO_PARTY = { name: 'no-ideburen-party', strength: 0.8 } as const;
