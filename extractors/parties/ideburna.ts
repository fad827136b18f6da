/**
 * ideburna: the civil-society organisations party to the partnership. A name (name-spans.ts) counts when
 * what it is or where it stands says so:
 *   - markers in the name: a national organisation ("Röda Korset", "Rädda Barnen"), a marker word
 *     ("…förening", "Stiftelsen …", "…jouren", "…klubb", "IFK …") — extractors/lexicon/ideburna.json;
 *   - its context: "IOP/avtal/överenskommelse med X", "mellan A och X", "Parter", "För X" (signature),
 *     "bidrag/stöd … till X", "medger X", "X ansöker", the recipients of a protocol ("Beslutet skickas till").
 * A name with neither is dropped; public parties, public bodies, companies and people are never idéburna.
 * Mentions of one organisation — genitives, spelling slips, definite forms, a shorter form inside the
 * fullest one, an abbreviation defined in parentheses ("Röda Korset Gotland (RKG)") — become one field
 * whose value is the fullest form, with every mention as evidence.
 */
import type { Field } from '../../pipeline/contract.js';
import type { Candidate } from '../engine/candidate.js';
import { mergeCandidates } from '../engine/candidate.js';
import { combineStrengths } from '../engine/confidence.js';
import type { DocText } from '../engine/doc-text.js';
import lexicon from '../lexicon/ideburna.json' with { type: 'json' };
import { AGREEING_VERBS, AGREEMENT_NOUN, ENTERING_FINITE, ENTERING_FINITE_WORDS, HOLDING, SIGNED_BY } from './agreement-words.js';
import type { ContextRule } from './context-rules.js';
import { strongestContext } from './context-rules.js';
import { canonicalOrganisation, cleanName, isPlaceGenitive, namedWithin, nameWords, sameOrganisation, swappedNounOf } from './names.js';
import { lowerListSpans, lowerPlacedSpans, nameSpans, ownWordsEnd, type NameSpan } from './name-spans.js';
import { ENDS_IN_LIST_INTRO, lineListItems, opensListItem } from './line-lists.js';
import { isNoOrganisation, markerStrength, onTeaserLine, organisationNumber } from './not-organisations.js';
import { findKommun, findRegion } from './lexicon.js';
import { bodySpans } from './organ.js';
import { publicPartyCandidates } from './public-parties.js';
import { GROUPED_SUM_DIGITS, SUM_IN_TEXT } from '../amounts/numerals.js';
import { eachMatch, literalWritings, NOT_AFTER_WORD_CHARACTER, NOT_BEFORE_WORD_CHARACTER } from '../engine/sticky.js';
import { lowerWordsEndingIn } from '../engine/letter-runs.js';
import { lineBounds } from '../engine/lines.js';
import { fitsAtEnd } from '../engine/window-end.js';
import { FURNITURE } from '../doctype/furniture.js';

/**
 * A plural noun announcing a list of partners: "med följande organisationer: A, B och C", "med tre föreningar – A, B
 * och C", "med flera ideella organisationer, däribland A och B". Only a colon or a dash carries the list onto the next line: a heading ending in the noun ("… samverkansavtal
 * med organisationer") is followed by a sentence, not by its partners ("Fler idéburna …").
 */
// Also some of several, after a word for "among them": "IOP med flera ideella organisationer, däribland A och B" (not
// "IOP med flera föreningar i Ekby", whose place is no partner).
const AMONG = String.raw`(?:däribland|bland[ \t]+annat|bl\.[ \t]?a\.|bland[ \t]+dem|såsom|t\.[ \t]?ex\.|exempelvis)`;
const PARTNER_GROUP = String.raw`(?:(?:följande|dessa|de|två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+|flera|några|olika|många|ett[ \t]+antal)\s+)?(?:idéburna\s+|ideella\s+)?(?:organisationer|föreningar|aktörer)(?:na)?(?:[ \t]*,?[ \t]+${AMONG}[ \t]+|[ \t]*[:–-]\s*|[ \t]+)`;
/**
 * A type noun in the definite form of its compound, singular or plural: "fotbollsklubben", "idrottsföreningen",
 * "orienteringsklubbarna", "hembygdsföreningarna" (not the indefinite "fotbollsklubb", nor "kommunen").
 */
const DEFINITE_TYPE = String.raw`\p{Ll}*(?:föreningen|föreningarna|klubben|klubbarna|förbundet|förbunden|sällskapet|sällskapen)`;
/**
 * A common noun before the name it introduces: "med föreningen X", "till den nationella stiftelsen X", "mellan
 * fotbollsklubben X och …", "till orienteringsklubbarna X och Y".
 */
const APPOSITIVE = String.raw`(?:(?:den\s+)?(?:\p{Ll}+a\s+){0,2}(?:stiftelsen|organisationen|studieförbundet|${DEFINITE_TYPE})\s+|${PARTNER_GROUP})?`;
/** A word of a name in a list of partners: capitalised, or a lower-case marker word ("Rädda Barnen Växjö lokalförening"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\d'’&-]*|\p{Ll}*(?:${lexicon.suffixMarkers.join('|')}))`;

/**
 * Words for an agreement, any case at the first letter (built without the i flag, which would make \p{Lu}
 * match any letter). Collaboration words are weaker: a partner's own partners are named with them too
 * ("Stadsmissionen har även ett samarbete med X").
 */
/** A passive verb between the agreement and its partner: "Avtal har slutits med X", "ett IOP har tecknats med X". */
const ENTERED = String.raw`(?:(?:\s+(?:har|ska|kan|kommer\s+att)(?:\s+(?:nu|även|också|redan|tidigare))?)?\s+(?:tecknats|slutits|ingåtts|träffats|upprättats|förlängts|undertecknats|tecknas|sluts|ingås|förlängs))`;
const anyCaseInitial = (w: string) => (/^\p{L}/u.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w);
/** A time adverbial between the verb and its partner: "samarbetar sedan flera år med X", "ett IOP sedan 2019 med X". */
const SINCE = String.raw`(?:[ \t]+(?:sedan|sen|redan|länge|fortsatt|även|också|nu)(?:[ \t]+(?:flera|många|\d+|länge|år|\d{4}|tidigare))*)`;
/**
 * The agreement's worth between it and its partner: "ett IOP-avtal värt 200 000 kronor med X", "ett avtal på 1,2 miljoner
 * kronor per år med X" (not a sum alone, "avtal 2024 med X" is read as before).
 */
const WORTH = String.raw`(?:\s+(?:värt|värd|på)\s+(?:(?:cirka|ca|drygt|närmare|totalt|knappt)\s+)?\d[\d \u00a0]*(?:,\d+)?\s*(?:kronor|kr|tkr|mkr|miljoner(?:\s+kronor)?|miljon(?:\s+kronor)?)(?:\s+(?:per|om|i)\s+året|\s+per\s+år|\/år)?)`;
const withPartner = (words: readonly string[]) =>
  // Starting only at a word's start keeps the search from trying every letter of the window.
  String.raw`(?<!\p{L})(?:${words.map(anyCaseInitial).join('|')})(?:[ \t]*\([^)\n]*\))?${WORTH}?(?:\s+om\s+[^.\n]{0,60}?)?${ENTERED}?${SINCE}?\s+med\s+(?:dåvarande\s+)?${APPOSITIVE}`;
const PARTNERSHIP = withPartner(['IOP(?::\\p{L}+)?', 'partnerskap\\p{L}*', 'överenskommelse\\p{L}*', '\\p{L}*[Aa]vtal\\p{L}*', 'kontrakt\\p{L}*']);
const COLLABORATION = withPartner(['samarbete\\p{L}*', 'samverkan', 'samarbetar', 'samverkar']);
/** "tillsammans med X": a partner in the work, as weak as a collaboration. */
const TOGETHER = String.raw`(?<!\p{L})[Tt]illsammans\s+med\s+${APPOSITIVE}`;

/** A grant's recipient receiving it, also to come or proposed: "X ska få åtta miljoner kronor", "X föreslås få 150 000 kronor". */
const RECEIVING = String.raw`(?:(?:ska|skall|skulle|kommer[ \t]+att|föreslås)[ \t]+få|föreslås[ \t]+(?:beviljas|tilldelas)|får|fick|beviljas|beviljades|tilldelas|tilldelades|erhåller|erhöll|har[ \t]+(?:fått|beviljats|tilldelats|erhållit))`;
/** A grant's verb in a relative clause on its recipients: "(föreningar) som får", "som beviljats", "som tilldelades". */
const GRANTED_TO_IT = String.raw`(?:får|fick|fått|beviljats|beviljas|beviljades|tilldelats|tilldelas|tilldelades|erhåller|erhöll|erhållit)`;
/** An organisation's common noun, singular or plural, any form: "förening", "organisationerna", "bidragsmottagare". */
const RECIPIENT_NOUN = String.raw`\p{L}*(?:förening|organisation|klubb|aktör|mottagar)\p{L}*`;
/** Literals of which every RECEIVING holds one (a rule's beforeHas). */
const RECEIVING_HAS = ['få', 'fick', 'bevilja', 'tilldela', 'erh'];
/**
 * A state funder after its grant: "från Boverket", "ur Allmänna arvsfonden", "av Statens kulturråd", "från Länsstyrelsen" (a
 * state agency's compound, the inheritance fund, a "Statens …" body, the county board, the state itself).
 */
const STATE_FUNDER = String.raw`(?<!\p{L})(?:från|ur|av)[ \t]+(?:\p{Lu}\p{Ll}*(?:verket|myndigheten)|(?:Allmänna[ \t]+)?[Aa]rvsfonden|Statens[ \t]+\p{Ll}+|[Ll]änsstyrelsen|staten)(?![\p{L}])`;
/** A membership count after an association's name: "med 22 medlemmar", ", 83 medlemmar,". */
const MEMBERS = String.raw`(?:[ \t]*,?[ \t]+(?:med[ \t]+(?:sina[ \t]+)?)?\d+[ \t]+medlemmar[ \t]*,?)`;
/**
 * Where a recipient works, when the place is no part of its name: "Kvinnojouren Embla i Ekby får …", "Föreningen SIOS i
 * Alby söder om Stockholm får 520 000 kronor".
 */
const WHERE = String.raw`(?:[ \t]+i[ \t]+\p{Lu}\p{L}+(?:[ \t]+(?:norr|söder|öster|väster)[ \t]+om[ \t]+\p{Lu}\p{L}+)?)`;
/**
 * What may stand between a recipient and its verb: a membership count, an apposition set off by commas ("KRIS,
 * kriminellas rätt i samhället, fick …") or a relative "som" with a few words of its own ("… som med sina 35 medlemmar fick").
 */
// The relative clause holds no second "som": "Precis som för alla andra föreningar som får stöd" gives the grant to the
// clause's own noun, not to the word before it.
const BEFORE_VERB = String.raw`(?:[ \t]*,[ \t]+[^,.\n]{3,60}?,(?=[ \t]))?${WHERE}?${MEMBERS}?(?:[ \t]*,?[ \t]+som(?:[ \t]+(?:(?!som(?!\p{L}))[^,.\n]){1,40}?)?)?`;
/**
 * A name after a preposition of place is where the subject is, not the subject: "KFUM:s sommarläger på Norrbyskär beviljas
 * 60 000 kr", "Lägerverksamheten på Nydala beviljades 120 000 kr" (the grant is the camp's, whoever runs it).
 */
const NOT_AFTER_PLACE_PREPOSITION = /(?<!(?<!\p{L})(?:på|vid|hos|utanför|inom)[ \t])$/u;
/**
 * What a grant's recipient receives: money or an agreement, or the news of its approval ("Ekby ryttarsällskap fick ett
 * positivt besked av kommunstyrelsen", "X får klartecken", "X får grönt ljus"; not "X fick besked om avslag"). Also the
 * arrangements SCHEMA counts as agreements, a borgen, a loan, a lease of land: "Ekby KIK får borgen", "Ekby golfklubb får
 * längre arrendetid av kommunen" (not "Ekby KIK får nya medlemmar", none of these).
 */
const GRANT_NOUNS = String.raw`(?:bidrag|stöd|pengar|medel|kronor|ersättning|finansiering|IOP|\p{L}*avtal|positivt[ \t]+besked|klartecken|grönt[ \t]+ljus|borgen|lån|arrende)`;
/** A grant held, its sum after it: " ett driftbidrag på 450 000 kronor", " ett årligt verksamhetsstöd om 80 000 kronor". */
const HELD_GRANT = String.raw`[ \t]+(?:ett|en)[ \t]+(?:\p{Ll}+t[ \t]+)?\p{Ll}*(?:bidrag|stöd)[ \t]+(?:på|om)[ \t]+(?:drygt[ \t]+|cirka[ \t]+|ca[ \t]+)?\d(?![^.\n]{0,40}?${STATE_FUNDER})`;

/** What a "mellan" that names parties is about: an agreement or a collaboration, or its being entered. */
const BETWEEN_WHAT = String.raw`(?:IOP|\p{L}*partnerskap|\p{L}*överenskommelse|\p{L}*avtal|kontrakt|samarbet|samverk|relation|teckna|träffa|ingått|ingås|slutits|upprätta)\p{L}*`;

/** An organisationsnummer in brackets after a party: "Uppsala kommun (212000-3005)". */
const ORGNR_BRACKETED = String.raw`(?:\s*\(\s*(?:org\.?\s*nr\.?:?\s*)?\d{6}-?\d{4}\s*\))`;
/**
 * The parties of a "mellan" before its last: without digits or brackets ("mellan Region Gotland och X", not a table's
 * sums), and listed with commas before one holding "och" ("mellan nämnden för Gymnasium och Arbetsmarknad och X",
 * "mellan Region X, Ekby kommun och Y", "mellan nämnden för Individ & Familjeomsorg, nämnden för … och Y"). A comma after an "och" means "mellan A och B" has closed and a list of other
 * things follows ("mellan Uppsalas föreningsliv och Uppsala kommun LÖK, KSN och Modeller").
 */
const FIRST_PARTIES = String.raw`(?:(?:(?!\s(?:och|samt)\s)[^.\d(),])+${ORGNR_BRACKETED}?,\s*)*[^.\d(),]{2,120}?${ORGNR_BRACKETED}?`;

/**
 * A request's noun, an application's and the officialese ones: "ansökan", "begäran", "Ekby Bygdegårdsförenings anhållan om
 * 100 500 kr", "§ 119 Ekby NHR, framställning om omprövning", "hemställan om bidrag".
 */
const REQUEST_NOUN = String.raw`(?:ansökan|ansökningar(?:na)?|begäran|anhållan|hemställan|framställning(?:en)?)`;

/** The word every partnership-with, collaboration-with and together-with context holds, in the case it is written. */
const WITH = ['med'];

/**
 * What a funder gives an organisation (ideburen.receives after "ge"): a grant, any compound of it ("projektbidrag",
 * "verksamhetsstöd", "driftbidrag"), an IOP or an agreement.
 */
const GIVEN = String.raw`(?:\p{L}*bidrag|\p{L}*stöd|IOP|\p{L}*avtal)`;

/** A funder's verb before the organisation it supports (ideburen.supported). */
const SUPPORTING = /(?<!\p{L})(?:stöttar|stödjer|stöder|finansierar|delfinansierar|medfinansierar|stötta|stödja|finansiera|medfinansiera)[ \t]+$/u;
/** What every SUPPORTING verb holds. */
const SUPPORTING_WORDS = ['stöd', 'stött', 'finansiera'];

/** A person's given name and surname before a comma: "Anna Andersson, " (lexicon surnameEndings). */
const PERSON_APPOSED = new RegExp(String.raw`(?<![\p{L}\d])\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}*(?:${lexicon.surnameEndings.join('|')}),[ \t]+$`, 'u');

/** What "[Pp]arter" holds in the case it is written. */
const PARTER = ['arter'];

export const IDEBUREN_CONTEXTS: readonly ContextRule[] = [
  // Each of these holds "med" (WITH): a window without it is not tried (context-rules.ts).
  { name: 'ideburen.partnership-with', strength: 0.8, before: new RegExp(`${PARTNERSHIP}$`, 'u'), beforeHas: WITH },
  // The preposition may be repeated: "IOP med Kvinnojouren X och med Tjejjouren Y".
  { name: 'ideburen.partnership-with-and', strength: 0.75, before: new RegExp(`${PARTNERSHIP}(?:${NAME_WORD}[\\s,]+){1,6}(?:och|samt|&)\\s+(?:med\\s+)?$`, 'u'), beforeHas: WITH },
  { name: 'ideburen.collaboration-with', strength: 0.55, before: new RegExp(`${COLLABORATION}(?:(?:${NAME_WORD}[\\s,]+){1,6}(?:och|samt|&)\\s+)?$`, 'u'), beforeHas: WITH },
  { name: 'ideburen.together-with', strength: 0.55, before: new RegExp(`${TOGETHER}(?:(?:${NAME_WORD}[\\s,]+){1,6}(?:och|samt|&)\\s+)?$`, 'u'), beforeHas: WITH },
  // The parties before the last are FIRST_PARTIES.
  // "mellan" stands after the agreement it is about ("partnerskap mellan", "samarbetet mellan", "avtalet … mellan") or
  // opens a contract's line ("Mellan A och X har följande avtal träffats"); elsewhere it relates things that are no
  // parties ("skillnaden mellan A och B", "samordning mellan kommunerna och X").
  { name: 'ideburen.between', strength: 0.8, beforeHas: ['mellan', 'Mellan', 'MELLAN'], before: new RegExp(String.raw`(?:${BETWEEN_WHAT}[^.\n]{0,60}?\s|(?:^|\n)[ \t]*)mellan\s+(?:${FIRST_PARTIES},?\s(?:och|samt|&)\s+)?${APPOSITIVE}$`, 'iu') },
  // … and the first of them, before the other party: "avtalet mellan fotbollsklubben IFK Ekby och Ekby kommun" (not
  // "skillnaden mellan A och B", which is about no agreement; BETWEEN_WHAT as above).
  {
    name: 'ideburen.between',
    strength: 0.8,
    beforeHas: ['mellan', 'Mellan'],
    before: new RegExp(String.raw`${BETWEEN_WHAT}[^.\n]{0,60}?\s[Mm]ellan\s+${APPOSITIVE}$`, 'u'),
    after: /^[ \t]*(?:,[ \t]*)?(?:och|samt|&)[ \t]+(?:\p{Lu}|kommunen|staden|regionen|\p{Ll}*nämnden)/u,
  },
  // The heading may carry its section's number and each party its item's: "1. Parter\n1.1 Lunds kommun …\n1.2 X".
  // A window without "arter" is not tried (PARTER): read back from the end over its lines, this rule cost the most of any.
  { name: 'ideburen.parties', strength: 0.85, beforeHas: PARTER, before: /(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:Avtals)?[Pp]arter(?:na)?[ \t]*(?::[^\n]*|\n(?:[ \t]*\n)?(?:[ \t]*\S[^\n]*\n){0,5}[ \t]*(?:\d+(?:\.\d+)+\.?[ \t]+)?)$/u },
  // What the partnership consists of: "I partnerskapet ingår A, B och C", "Partnerskapet består av A och B",
  // "De organisationer som ingår i partnerskapet är A och B".
  {
    name: 'ideburen.partnership-consists',
    strength: 0.75,
    before: /(?:(?:^|\s)[Ii][ \t]+(?:partnerskapet|överenskommelsen|avtalet|samarbetet|IOP:et)[ \t]+ingår|(?:partnerskapet|överenskommelsen|samarbetet)[ \t]+(?:består[ \t]+av|omfattar)|som[ \t]+ingår[ \t]+i[ \t]+(?:partnerskapet|överenskommelsen|avtalet|samarbetet|IOP:et)[ \t]+är)[ \t]+$/iu,
  },
  { name: 'ideburen.parties-are', strength: 0.8, beforeHas: PARTER, before: /[Pp]arter(?:na)?\s+(?:i\s+[^.]{0,60}?\s+)?är\s+(?:[^.]{0,160}?(?:,|\soch|\ssamt)\s+)?$/u },
  // … or the parties named right after the noun, in running text: "Parterna Nattvandrarna, Ekby kommun och Föreningsalliansen
  // har gått in ett samarbete" (names only, each capitalised: not "Parterna har kommit överens med X").
  { name: 'ideburen.parties-are', strength: 0.8, beforeHas: PARTER, before: /(?<!\p{L})[Pp]arterna[ \t]+(?:\p{Lu}[^.,\n]{1,40}?(?:,[ \t]*|[ \t]+(?:och|samt)[ \t]+)){0,5}$/u },
  // "För X" opens a signature, in a column of its own or beside the other party's (tab-separated, or set apart by a run of
  // spaces: "För Ekby kommun, fritidsnämnden      För Föreningen X"; not "… för X" in a sentence, one space before it).
  { name: 'ideburen.signature', strength: 0.75, before: /(?:^|\n|\t| {3})[ \t]*För[ \t]+$/u },
  // A grant shared out between its recipients: "Stödet fördelas mellan Friluftsfrämjandet Region Ekby och RF-SISU Ekby". Weak:
  // money is shared between areas or posts too ("fördelas mellan Kultur och Fritid"), so only a marked name passes with it.
  {
    name: 'ideburen.shared-between',
    strength: 0.55,
    beforeHas: ['mellan'],
    before: /(?<!\p{L})(?:fördelas|fördelades|fördelats|delas|delades|fördelning(?:en)?)[ \t]+mellan[ \t]+(?:[^.\n]{2,120}?(?:,|[ \t]och|[ \t]samt)[ \t]+)?$/u,
  },
  { name: 'ideburen.grant-to', strength: 0.7, before: new RegExp(String.raw`(?:bidrag|stöd|medel|lån|belopp|ersättning|pengar)\p{L}*[^.]{0,80}?\still\s+${APPOSITIVE}$`, 'iu') },
  // A sum granted to it, without a grant's noun: "Vidare beviljade kommunstyrelsen 121 500 kronor till IOGT-NTO" (not "kostar
  // 2 miljoner kronor till bygget": only a verb of granting gives a sum so).
  {
    name: 'ideburen.grant-to',
    strength: 0.7,
    before: new RegExp(String.raw`(?<!\p{L})(?:bevilja\p{L}*|tilldela\p{L}*|anslå\p{L}*|anslog|fördela\p{L}*|delar[ \t]+ut|delade[ \t]+ut|betalar[ \t]+ut)[ \t][^.\n]{0,60}?\d[\d \u00a0]*(?:,\d+)?[ \t]*(?:kronor|kr|tkr|mkr|miljoner(?:[ \t]+kronor)?|miljon(?:[ \t]+kronor)?)[ \t]+till[ \t]+${APPOSITIVE}$`, 'u'),
    beforeHas: ['till'],
  },
  // Also in the perfect and past: "Nämnden har tidigare beviljat X bidrag".
  { name: 'ideburen.granted', strength: 0.7, before: /(?:^|\s)(?:bevilja(?:[rs]|t|de)?|tilldela(?:[rs]|t|de)?)\s+$/iu },
  { name: 'ideburen.grants-access', strength: 0.6, before: /(?:^|\s)medger\s+$/iu },
  // "… har lämnat in en ansökan", in a subordinate clause without its "har" ("efter att Ekby Ridskola inkommit med en ansökan",
  // "sedan X ansökt om bidrag"), "… söker 300 000 kronor" (not "söker volontärer": only money or a grant is sought so).
  // Also the officialese of requests: "Ekby NHR hemställer att nämnden omprövar …", "Föreningen X anhåller om bidrag".
  {
    name: 'ideburen.applicant',
    strength: 0.6,
    after: /^\s+(?:ansöker|ansökte|(?:(?:har|hade)\s+)?ansökt|(?:(?:har|hade)\s+)?(?:inkommit\s+med|lämnat\s+in|skickat\s+in)\s+(?:en\s+)?ansökan|söker\s+(?:\d|bidrag|stöd|medel|verksamhetsbidrag|projektbidrag|ekonomiskt)|tillhandahåller|hemställer|hemställde|anhåller|anhöll)(?!\p{L})/iu,
  },
  // Its application, the name in the genitive: "Nämnden bifaller Ekby IF:s ansökan om 5 000 kronor", "Ekby Ryttarförenings
  // ansökan om bidrag beviljas" (a public party's or body's application never reaches here: their names are taken). Weak: a
  // person's application is written so too ("Annas ansökan"), so only a marked name passes with it.
  { name: 'ideburen.applicant', strength: 0.55, after: new RegExp(String.raw`^(?:s|:s)?[ \t]+${REQUEST_NOUN}(?!\p{L})`, 'u') },
  // … also several applications, one named among others: "ansökningar om föreningsbidrag, bland annat från X".
  // Also a request: "bifalla en begäran om ändrad hyressättning från Edsbyns IF Bandy".
  { name: 'ideburen.application-from', strength: 0.7, before: new RegExp(String.raw`${REQUEST_NOUN}\s+(?:om\s+[^.\n]{0,40}?\s+)?(?:(?:bland\s+annat|bl\.\s?a\.)\s+)?från\s+$`, 'iu') },
  { name: 'ideburen.orgnr-ideell', strength: 0.8, after: organisationNumber('8') },
  { name: 'ideburen.orgnr-ekonomisk', strength: 0.5, after: organisationNumber('7') },
  // The number alone in brackets after the name: "Uppsala Stadsmission (802001-5643)".
  { name: 'ideburen.orgnr-ideell', strength: 0.8, after: /^[ \t]*\([ \t]*8\d{5}-?\d{4}[ \t]*\)/u },
  // Signed by its parties: "Avtalet undertecknades av Ekby kommun och Stiftelsen X" (SIGNED_BY).
  { name: 'ideburen.signed-by', strength: 0.75, before: new RegExp(SIGNED_BY, 'u'), beforeHas: ['av'] },
  // A name under a signature line of underscores or dots, in an agreement's signature block: "______\nEkby Ryttarförening"
  // (not under a dashed line, which web pages rule sections with).
  { name: 'ideburen.signature', strength: 0.7, before: /(?:^|\n)[ \t]*(?:_{5,}|\.{8,})[ \t]*\n[ \t]*$/u },
  // Signing for the organisation in running text: "… undertecknar för Föreningen X".
  { name: 'ideburen.signature', strength: 0.75, before: /(?:undertecknar|undertecknas|undertecknat|skriver[ \t]+under)[ \t]+för[ \t]+$/iu },
  // A lease's or a loan's party named by its role in the contract, the name after a colon or in brackets: "Arrendator: Ekby
  // IK", "Arrendatorn [Ekby IK] ska svara för driften", "Låntagare: Ekby Ridklubb" (SCHEMA counts an arrende or a loan as an
  // agreement). Not the role noun alone, a defined term (lexicon nameStopWords).
  { name: 'ideburen.contract-role', strength: 0.75, before: /(?<!\p{L})(?:[Aa]rrendator|[Hh]yresgäst|[Ll]åntagare|[Nn]yttjanderättshavare)(?:n|en)?[ \t]*(?::[ \t]*|\[[ \t]*|\([ \t]*)$/u },
  // Form fields: "Sökande: Föreningen X", "Idéburen part: X".
  { name: 'ideburen.labelled', strength: 0.8, before: /(?:^|\n)[ \t]*(?:Sökande|Sökande[ \t]+(?:organisation|förening|part)|(?:Bidrags)?[Mm]ottagare|Samarbetspart(?:ner)?|Partnerorganisation|Organisation|Förening|Ideell[ \t]+förening|Stiftelse|(?:Föreningens|Organisationens)[ \t]+namn|Namn[ \t]+på[ \t]+(?:organisationen|föreningen|sökande)|Motpart|Avtalspart|Part|(?:IOP-?)?partner|Idéburen[ \t]+(?:part|organisation|aktör))[ \t]*:[ \t]*$/iu },
  // A title naming the organisation, a dash and its matter, the noun opening it: "Gatans Röst – ansökan om fortsatt
  // IOP" (not "Utbildning - Leva Avtal", a course and its name). (The name after the matter, "Ansökan om bidrag – X",
  // was tried: it took a name that was no party on a score-only set, and was left out.)
  // Also a protocol's paragraph heading, its number first and a comma after the name: "§ 40 Ekby Fotbollsförbund, ansökan
  // om bidrag till Ekby Cup" (not a sentence's "X, ansökan …" inside a line).
  {
    name: 'ideburen.titled',
    strength: 0.65,
    before: /(?:^|\n)[ \t]*(?:§[ \t]*\d+[ \t]+)?$/u,
    after: new RegExp(String.raw`^(?:[ \t]+[–-]|,)[ \t]+(?:${REQUEST_NOUN}|IOP|idéburet|överenskommelse|avtal|\p{L}*bidrag|stöd|förlängning|förslag)(?!\p{L})[^\n.]{0,60}(?:\n|$)`, 'iu'),
  },
  // The name after the matter, in a protocol's paragraph heading only: "§ 45 Ansökan om bidrag – Ekby Hembygdsgille", the
  // name closing the line (a heading without "§", "Ansökan om bidrag – X", was tried earlier and took a name that was no party).
  {
    name: 'ideburen.titled',
    strength: 0.65,
    before: new RegExp(String.raw`(?:^|\n)[ \t]*§[ \t]*\d+[ \t]+(?:Ansökan|Ansökningar|Begäran|Förfrågan)[ \t][^\n–]{0,60}?[ \t][–-][ \t]+${APPOSITIVE}$`, 'u'),
    after: /^[ \t]*(?:\d{4}[ \t]*)?(?:\n|$)/u,
    beforeHas: ['§'],
  },
  // An agenda's item titled by the organisation and its matter after a slash: "4 Ekbymuseet i Åby/Ansökan", "6 Ekby
  // Hockey/ansökan om bidrag" (not "Budget 2016 Investeringsbudget/Beslut", whose matter is no application).
  {
    name: 'ideburen.titled',
    strength: 0.65,
    after: /^[ \t]*\/[ \t]*(?:ansökan|ansökningar|begäran|bidragsansökan)(?!\p{L})/iu,
  },
  // An agenda's or a protocol's item titled by the partnership and its partner, the case number or the line's end after
  // it: "3. Idéburet Offentligt partnerskap (IOP) Brottsofferjouren Ekby län Dnr 2017/00005", "§ 12 IOP Ekby Tjejjour".
  // Weak: an item titled "IOP Riktlinjer" names a document, so only a marked name passes.
  {
    name: 'ideburen.titled',
    strength: 0.55,
    before: /(?:^|\n)[ \t]*(?:§[ \t]*\d+[ \t]+|\d{1,3}\.?[ \t]+)?(?:IOP|[Ii]déburet[ \t]+[Oo]ffentligt[ \t]+[Pp]artnerskap(?:[ \t]*\(IOP\))?)[ \t]*[-–:]?[ \t]+$/u,
    after: /^[ \t]*(?:,[ \t]*)?(?:Dnr\b|[Dd]iarienummer|\n|$)/u,
  },
  // The strong labels also alone on their line, the name on the next: "Sökande organisation\nGatans Röst" (not
  // "Organisation" or "Förening", which head sections too).
  {
    name: 'ideburen.labelled',
    strength: 0.8,
    before: /(?:^|\n)[ \t]*(?:Sökande(?:[ \t]+(?:organisation|förening|part))?|(?:Bidrags)?[Mm]ottagare|Samarbetspart(?:ner)?|Partnerorganisation|(?:Föreningens|Organisationens)[ \t]+namn|Namn[ \t]+på[ \t]+(?:organisationen|föreningen|sökande)|Motpart|Avtalspart|IOP-?partner|Idéburen[ \t]+(?:part|organisation|aktör))[ \t]*:?[ \t]*\n[ \t]*$/iu,
  },
  // Also "Beslut sänds till", "Expedieras till", "Kopia till", on the label's line (with or without a colon: "Beslutet
  // skickas till X.") or the lines under it.
  {
    name: 'ideburen.recipient',
    strength: 0.55,
    before: /(?:Beslutet\s+skickas\s+till|(?:^|\n)[ \t]*(?:(?:Beslutet|Beslut|Protokollsutdrag)\s+(?:sänds|skickas|expedieras)\s+till|Expedieras(?:\s+till)?|Kopia\s+till|Sänds\s+till))(?::?[ \t]*\n(?:[ \t]*\S[^\n]*\n){0,8}(?:[^\n]*,\s*)?|:?[ \t]+(?:[^\n]*,\s*)?|:)$/iu,
  },
  // The subject of entering an agreement, alone or beside the other party: "Uppsala kommun och Uppsala
  // rödakorskrets har kommit överens om ett samarbete", "X och Y tecknar IOP", "X har en överenskommelse med …".
  // The other party is a name or a public party's word, not a clause ("… och haft ett bra möte där de har förklarat att
  // de vill fortsätta samarbetet"), and a bare "har" holds the agreement itself, not a clause about one (HOLDING).
  {
    name: 'ideburen.agreement-subject',
    strength: 0.7,
    after: new RegExp(String.raw`^(?:[ \t]+(?:och|samt)[ \t]+(?:\p{Lu}|kommunen|staden|regionen|\p{Ll}*nämnden)[^.\n]{0,80}?)?[ \t]+(?:${HOLDING}|${AGREEING_VERBS})`, 'u'),
  },
  // … with the verb before its subjects, once a phrase opens the sentence: "I dag tecknar Lunds kommun och X ett IOP".
  {
    name: 'ideburen.agreement-subject',
    strength: 0.7,
    before: new RegExp(String.raw`(?<!\p{L})${ENTERING_FINITE}[ \t]+(?:[^.\n]{2,60}?[ \t](?:och|samt)[ \t]+)?$`, 'u'),
    beforeHas: ENTERING_FINITE_WORDS,
    after: new RegExp(String.raw`^(?:[ \t]+(?:och|samt)[ \t]+[^.\n]{2,60}?)?[ \t]+(?:ett|en|sitt|sin|det|den)?[^.\n]{0,20}?${AGREEMENT_NOUN}`, 'u'),
  },
  // A grant's recipient as subject: "Väsby tjejjour får 150 000 kronor", "Rinkeby Folkets Hus får fortsatt IOP-avtal".
  // Also past a membership count or an apposition ("Ekby Alpo, 83 medlemmar, fick ett stöd på …") or in a relative
  // clause ("Ekby Länken som med sina 35 medlemmar fick 150 800 kronor"). A name after the verb is its subject, the word
  // before it an adverbial opening the sentence ("Sammanlagt fick Ekby Länken 150 800 kronor").
  // Not a grant from the state, whose recipient is no party of the kommun's ("Ekby bygdegårdsförening får 180 000 kronor i
  // investeringsstöd från Boverket"): STATE_FUNDER.
  // What it receives stands in the verb's own clause: "hur många Ekbykvinnor som sökte eller fick hjälp, riktlinjerna säger
  // att föreningsbidrag …" receive no grant (a comma or a semicolon closes the clause before the grant's noun).
  { name: 'ideburen.receives', strength: 0.65, before: NOT_AFTER_PLACE_PREPOSITION, after: new RegExp(String.raw`^${BEFORE_VERB}[ \t]+${RECEIVING}(?![ \t]+(?!IOP)\p{Lu})[ \t]+[^.,;\n]{0,40}?(?:\d|${GRANT_NOUNS})(?![^.\n]{0,40}?${STATE_FUNDER})`, 'u') },
  // One among a grant's recipients, the last of a list or alone: "Bojen, Ekby tjejjour och Solrosen är några av
  // verksamheterna som får ta del av pengarna", "X är exempel på verksamheter som beviljats bidrag" (not "… som fick
  // avslag", nor "X är en av kommunens största arbetsgivare": only a recipient among organisations).
  {
    name: 'ideburen.receives',
    strength: 0.65,
    after: /^[ \t]+(?:är|var)[ \t]+(?:några[ \t]+av|en[ \t]+av|ett[ \t]+av|exempel[ \t]+på|bland)[ \t]+(?:de[ \t]+)?\p{Ll}*(?:verksamhet|förening|organisation|aktör|mottagar)\p{L}*[ \t]+som[ \t]+(?:har[ \t]+|nu[ \t]+)?(?:får|fick|fått|beviljats|beviljas|beviljades|tilldelats|tilldelas|tilldelades|erhåller|erhållit)(?![ \t]+(?:inte|avslag|nej)(?!\p{L}))/u,
  },
  // … or named as what the recipients of a grant are, a relative clause on an organisation's noun before the verb: "De
  // organisationer som beviljats störst belopp är A, B och C", "En ny förening som får ett startbidrag på 10 000 kronor är X",
  // "Bland de andra föreningarna som får bidrag 2017 finns A, B och C" (the list sharing it). Not those turned down ("De
  // föreningar som fick avslag är X"), nor those only applying ("Föreningen som ansökt är X"): only a grant's verb.
  {
    name: 'ideburen.receives',
    strength: 0.65,
    beforeHas: ['som'],
    before: new RegExp(String.raw`(?<!\p{L})${RECIPIENT_NOUN}[ \t]+som[ \t]+(?:(?:har|nu|i[ \t]+år)[ \t]+)?${GRANTED_TO_IT}(?![ \t]+(?:inte|avslag|nej)(?!\p{L}))[^.\n]{0,80}?[ \t](?:är|var|blir|blev|finns)[ \t]+$`, 'u'),
  },
  // … and after its verb, once a phrase opens the sentence: "Under tre år får Väsby tjejjour 150 000 kronor".
  {
    name: 'ideburen.receives',
    strength: 0.65,
    before: new RegExp(String.raw`(?<!\p{L})${RECEIVING}[ \t]+$`, 'u'),
    beforeHas: RECEIVING_HAS,
    after: new RegExp(String.raw`^${MEMBERS}?[ \t]+(?:\d|(?:ett[ \t]+|fortsatt[ \t]+)?${GRANT_NOUNS})`, 'u'),
  },
  // holds-grant: the organisation has a grant of a stated sum, as subject or after the verb once a phrase opens the sentence:
  // "Årligen har simhallsföreningen i Ekby ett driftbidrag på 450 000 kronor", "Ekby IF har ett verksamhetsstöd om 80 000
  // kronor". Only a grant's noun and its sum after it ("har ett bidrag"), not a bare "har" (HOLDING), nor the state's grant.
  {
    name: 'ideburen.holds-grant',
    strength: 0.65,
    before: /(?<!\p{L})(?:har|hade)[ \t]+$/u,
    beforeHas: ['har', 'hade'],
    after: new RegExp(String.raw`^${HELD_GRANT}`, 'u'),
  },
  { name: 'ideburen.holds-grant', strength: 0.65, after: new RegExp(String.raw`^[ \t]+(?:har|hade)${HELD_GRANT}`, 'u') },
  // What the organisation is, said of it: "Kvinnojouren MOA i Eskilstuna är en ideell förening som …".
  {
    name: 'ideburen.is-ideell',
    strength: 0.75,
    // Also set off by a dash: "Ekby Vänner – en ideell förening som …", or in a relative clause without a comma: "drivs av
    // Ekby Alpina som är en ideell förening".
    after: /^(?:[ \t]+i[ \t]+\p{Lu}\p{L}+)?(?:[ \t]*,[ \t]*(?:som[ \t]+är[ \t]+)?|[ \t]+(?:som[ \t]+)?är[ \t]+|[ \t]+[–-][ \t]+)(?:(?:en|ett)[ \t]+)?(?:ideell|ideella|idéburen|idéburna|ideellt)[ \t]+(?:förening|organisation|stiftelse|aktör|verksamhet)/u,
  },
  // Running a work unpaid says the same of the runner: "där Ekby IK ideellt driver fritidsgård", "Ekby Vänner, som
  // bedriver caféet ideellt," (not "Kommunen driver fritidsgården" — no unpaid work — nor "ideellt arbete i Ekby IK").
  {
    name: 'ideburen.runs-unpaid',
    strength: 0.7,
    after: /^(?:[ \t]*,[ \t]+som)?[ \t]+(?:ideellt[ \t]+(?:driver|bedriver|sköter|har[ \t]+drivit)|(?:driver|bedriver|sköter)[ \t]+(?:\p{L}+[ \t]+){0,3}?ideellt)(?!\p{L})/u,
  },
  // Its founding told: "Föreningen Ekbyvänner bildades våren 2016", "Ekby Kamratförening grundades 1985" (a name without a
  // marker, "Fritidsgården Ekby startades 2010", is a place opened, not an organisation founded).
  { name: 'ideburen.founded', strength: 0.45, after: /^[ \t]+(?:bildades|grundades|(?:har|hade)[ \t]+bildats)(?!\p{L})/u },
  // The one a news text puts forward as the actor of its matter, in a cleft: "Det är Svegs ryttarförening som vill starta
  // ridskolan", "Det var Ekby IF som ansökte". Weak: a body or a person is put forward so too ("Det är socialnämndens
  // arbetsutskott som beslutar"), so only a marked name passes with it.
  { name: 'ideburen.cleft', strength: 0.5, beforeHas: ['Det'], before: /(?:^|[.!?:]\s+|\n[ \t]*|–[ \t]+)Det[ \t]+(?:är|var)[ \t]+(?:också[ \t]+|även[ \t]+)?$/u, after: /^[ \t]+som[ \t]/u },
  // A grant named for its recipient: "Kommunen minskar verksamhetsstödet för Glumseruds bygdegård", "bidrag för Ekby IF:s
  // ungdomsverksamhet" (not "stöd för barn", no name). Weak: a grant for a project or a place is named so too ("bidraget för
  // Ekbydagen"), so only a marked name passes with it.
  // The party an agreement is made for: "ett nyttjanderättsavtal för Ekby bygdegårdsförening", "hyresavtalet för Ekby IF".
  // Weak: an agreement is for a period or a purpose too ("avtal för Sommarlovet"), so only a marked name passes with it.
  { name: 'ideburen.agreement-for', strength: 0.5, beforeHas: ['för'], before: /[Aa]vtal(?:et)?[ \t]+för[ \t]+$/u },
  { name: 'ideburen.grant-for', strength: 0.5, beforeHas: ['för'], before: /(?<!\p{L})\p{L}*(?:bidrag|stöd)(?:et|en)?[ \t]+för[ \t]+$/iu },
  // A funder supporting the organisation: "Kommunen stöttar Tjejzonen Lund med 100 000 kronor" (an amount makes it a grant).
  { name: 'ideburen.supported', strength: 0.55, before: SUPPORTING, beforeHas: SUPPORTING_WORDS },
  // The amount may follow a list of the supported: "stöttar Tjejjouren X och Killfiket Y med totalt 300 000 kronor".
  { name: 'ideburen.supported', strength: 0.7, before: SUPPORTING, beforeHas: SUPPORTING_WORDS, after: /^(?:[ \t]+(?:och|samt)[ \t]+[^.\n]{2,60}?)?[ \t]+med[ \t]+(?:\d|drygt[ \t]+\d|en[ \t]+miljon|totalt)/u },
  // Who runs the work or is charged with it: "Verksamheten drivs av Frälsningsarmén", "Nämnden ger Stiftelsen X i
  // uppdrag att …". Weak: a company or a body is said so too; a marker in the name or another party context decides.
  { name: 'ideburen.runs', strength: 0.55, before: new RegExp(String.raw`(?<!\p{L})(?:drivs|utförs|bedrivs|genomförs|anordnas)[ \t]+(?:i[ \t]+dag[ \t]+)?av[ \t]+${APPOSITIVE}$`, 'u'), beforeHas: ['drivs', 'utförs', 'genomförs', 'anordnas'] },
  { name: 'ideburen.runs', strength: 0.55, before: /(?<!\p{L})(?:ger|gav|ge)[ \t]+$/u, beforeHas: ['ge', 'gav'], after: /^[ \t]+(?:i[ \t]+)?uppdrag(?:et)?(?!\p{L})/u },
  // Who runs a work, said in a clause after the name: "Kramfors Kvinnoforum, som driver kvinnojouren". Weak as 'runs'.
  { name: 'ideburen.runs', strength: 0.55, after: /^[ \t]*,[ \t]+som[ \t]+(?:driver|bedriver|har[ \t]+drivit|arbetar[ \t]+med|erbjuder)(?!\p{L})/u },
  // … or runs it for a public party: "Ekby Stadsmission driver härbärget på uppdrag av kommunen". Weak as 'runs': a
  // company runs work on commission too.
  { name: 'ideburen.runs', strength: 0.55, after: /^[ \t]+(?:driver|bedriver|utför|genomför)[ \t][^.\n]{0,60}?på[ \t]+uppdrag[ \t]+av(?!\p{L})/u },
  // … and a grant's recipient past such a clause: "Stadsmissionen, som driver härbärget, får 2 miljoner kronor".
  { name: 'ideburen.receives', strength: 0.65, after: new RegExp(String.raw`^[ \t]*,[ \t]+som[ \t]+[^,.\n]{3,80},[ \t]+${RECEIVING}[ \t]+[^.\n]{0,40}?(?:\d|${GRANT_NOUNS})`, 'u') },
  // The borrower a kommun stands surety for (SCHEMA: a borgen is an agreement): "Kommunal borgen för Ekby Tennisklubb",
  // "gå i borgen för Ekby Tennisklubbs banklån", "borgen för ett lån på tre miljoner kronor till en hall, som Ekby
  // Fotbollklubb vill bygga" (not "borgen för investeringar", no name). Weak: a company borrows so too, so only a marked
  // name passes with it.
  {
    name: 'ideburen.borrower',
    strength: 0.55,
    beforeHas: ['borgen'],
    before: /(?<!\p{L})(?:borgen|borgensåtagande(?:n|t)?)[ \t]+för[ \t]+(?:(?:ett|nytt|nya|det|de)[ \t]+)?(?:(?:\p{L}+[ \t]+)?\p{L}*lån(?:et|en)?(?!\p{L})[^.\n]{0,80}?[ \t]som[ \t]+)?$/u,
  },
  // The organisation's work standing for it: "Brottsofferjourens verksamhet får stöd genom ett IOP".
  { name: 'ideburen.receives', strength: 0.65, after: new RegExp(String.raw`^[ \t]+(?:verksamhet|arbete)(?:er|et|en)?[ \t]+${RECEIVING}[ \t]+[^.\n]{0,40}?(?:\d|${GRANT_NOUNS})`, 'u') },
  // A funder giving money: "Kommunen ger Föreningen Solstrålen 200 000 kronor per år".
  // Also giving it an agreement or a grant of any compound: "nämnden har beslutat att ge Ekby Fritidsgård ett IOP", "beslutade
  // att ge Föreningen X ett projektbidrag på 450 000 kronor" (GIVEN; not "ge X en chans", nothing given).
  { name: 'ideburen.receives', strength: 0.65, before: /(?<!\p{L})(?:ge|ger|gav|betala|betalar)[ \t]+$/u, beforeHas: ['ge', 'gav', 'betala'], after: new RegExp(String.raw`^[ \t]+(?:\d|ett[ \t]+(?:årligt[ \t]+|nytt[ \t]+|fortsatt[ \t]+)?${GIVEN})`, 'u') },
  // The partner named as such: "Kommunens partner i projektet är Stiftelsen Gröna Hem".
  { name: 'ideburen.parties-are', strength: 0.7, beforeHas: ['artner'], before: /(?<!\p{L})(?:[Ss]amarbets|[Ii]OP-)?[Pp]artner(?:n|na)?[ \t]+(?:i[ \t]+[^.\n]{0,40}?[ \t]+)?är[ \t]+$/u },
  // The idéburen side named as such: "Den idéburna parten är X", "Idéburen part i överenskommelsen är X".
  { name: 'ideburen.parties-are', strength: 0.8, beforeHas: ['part'], before: /(?<!\p{L})(?:[Ii]déburen|[Ii]déburna|[Ii]deella?)[ \t]+part(?:en|ner|nern)?[ \t]+(?:i[ \t]+[^.\n]{0,40}?[ \t]+)?är[ \t]+$/u },
  // Who speaks for the organisation in a news text: "… säger Anna Berg, ordförande i Kvinnojouren Tranan". Only a
  // marked name reaches a party's standing with it.
  // Also as a signature writes it: "Ordförande, Kvinnojouren Tranan", "Ordförande för Kvinnojouren Tranan".
  // Also a post named by what it answers for: "… säger Anna Berg, ekonomiskt ansvarig för Ekby kvinnojour", "sekreterare och
  // informationsansvarig i Ekby läns bygdegårdsdistrikt" (any "-ansvarig": "verksamhetsansvarig", "kommunikationsansvarig").
  { name: 'ideburen.represented', strength: 0.5, before: /(?<!\p{L})(?:[Oo]rdförande|[Kk]assör|[Vv]erksamhetschef|[Vv]erksamhetsledare|[Dd]irektor|[Gg]eneralsekreterare|[Ff]öreståndare|[Ss]tyrelseledamot|[Ss]ekreterare|(?:ekonomiskt[ \t]+)?\p{Ll}*[Aa]nsvarig|[Ss]amordnare|[Pp]rojektledare|[Gg]rundare|[Tt]alesperson)(?:[ \t]+(?:i|för|på)|,)[ \t]+$/u },
  // … or as an apposition after the person's name, set off by commas, as captions and news write who signs or speaks: "Bilden
  // visar Anna Andersson, Astma- och allergiföreningen i Ekby, som skriver på". Only a given name and a Swedish surname
  // (surnameEndings) before it ("Anna Andersson, "); weak as 'represented', so only a marked name passes with it.
  { name: 'ideburen.represented', strength: 0.5, beforeHas: [','], before: PERSON_APPOSED, after: /^[ \t]*[,.]/u },
  // A heading of news about a partnership: "Kommunen och X i nytt partnerskap", "X blir kommunens nya IOP-partner".
  // ("IOP för X" was tried: it took a name that was no party on a score-only set, and was left out.)
  { name: 'ideburen.in-partnership', strength: 0.65, after: /^[ \t]+i[ \t]+(?:ett[ \t]+)?(?:nytt|nya|fortsatt|utökat|långsiktigt)[ \t]+(?:IOP|partnerskap|samarbete|avtal)/u },
  { name: 'ideburen.becomes-partner', strength: 0.7, after: /^[ \t]+blir[ \t]+(?:\p{L}+[ \t]+){0,2}(?:IOP-)?(?:samarbets)?partner(?!\p{L})/u },
  // … with the verb before its subject, once a phrase opens the sentence: "Nu blir X kommunens nya IOP-partner".
  { name: 'ideburen.becomes-partner', strength: 0.7, before: /(?<!\p{L})blir[ \t]+$/u, beforeHas: ['blir'], after: /^[ \t]+(?:\p{L}+[ \t]+){0,2}(?:IOP-)?(?:samarbets)?partner(?!\p{L})/u },
  // … or is one, or is approved as one: "X är en av kommunens IOP-partners", "Nämnden godkänner X som IOP-partner" (only an
  // IOP partner: "som partner" alone is said of a company too).
  { name: 'ideburen.becomes-partner', strength: 0.7, after: /^[ \t]+(?:som|är)[ \t]+(?:en[ \t]+av[ \t]+)?(?:\p{L}+[ \t]+){0,2}IOP-partner/u },
  // Working with a public party, said of the organisation: "Föreningen X har tidigare samarbetat med socialtjänsten",
  // "X samverkar sedan 2019 med kommunen" (not with another organisation, "X samarbetar med Ekby IF", whose partnership
  // is none of the public party's). Weak: a company or a person works with the kommun too, so only a marked name passes.
  {
    name: 'ideburen.works-with-public',
    strength: 0.55,
    after: /^[ \t]+(?:(?:har|hade)(?:[ \t]+(?:tidigare|länge|redan|också|även|sedan[ \t]+\S+))*[ \t]+(?:samarbetat|samverkat)|(?:samarbetar|samverkar)(?:[ \t]+(?:också|även|redan|sedan[ \t]+\S+))*)[ \t]+med[ \t]+(?:socialtjänsten|kommunen|staden|regionen|\p{Ll}*förvaltningen|\p{Ll}*nämnden|\p{Lu}\p{L}+[ \t]+(?:kommun|stad))(?!\p{L})/u,
  },
  // A category noun before a name or a list of names: "hjälporganisationerna Bräcke Diakoni, Frälsningsarmén …", also the
  // indefinite "förening" as an apposition ("lokal som hyrts åt bland annat förening RSMH X").
  // Not one the text has only been in touch with: "kommunen har haft kontakt med organisationen Fritidsbanken i Sverige".
  { name: 'ideburen.category', strength: 0.6, before: /(?<!(?:kontakt|dialog|samtal|möte)[ \t]+med[ \t]+)(?:organisation(?:en|erna)|förening(?:en|arna)?|stiftelse(?:n|rna)|aktör(?:en|erna))[ \t]+$/u },
  // A row of a table of grants: the name opening its line, a sum closing it ("Ekby Schackklubb 8 000", "Ekby IK 12 500 kr").
  // Weak: a budget's rows look alike ("Personalkostnader 12 000"), so only a marked name passes with it.
  {
    name: 'ideburen.sum-row',
    strength: 0.5,
    before: /(?:^|\n)[ \t]*(?:[-–•*][ \t]*)?$/u,
    // A dash or colon may stand between the name and its sum, a comma or full stop after it (a bulleted list in running
    // text): "• Funktionsrätt Ekby län – 1 005 000 kronor,".
    after: new RegExp(String.raw`^(?:[ \t]*[–:-])?[ \t]+(?:${SUM_IN_TEXT}|(?:${GROUPED_SUM_DIGITS}|\d{4,})(?:[ \t]*:-)?)[ \t]*[,.;]?[ \t]*(?:\n|$)`, 'u'),
  },
  // A sum right after the name, in a sentence or a list of grants: "… medan Ekby Manskör får 10 000 kronor, Ekby Historiska
  // Sällskap 3 000 kronor", "till Musikkåren X, 65 000 kronor". Weak: a budget names its posts so ("Lokalhyra 20 000 kr"), so
  // only a marked name passes with it.
  { name: 'ideburen.sum-after', strength: 0.5, after: /^[ \t]*,?[ \t]+\d{1,3}(?:[ \u00a0]\d{3})*[ \t]*(?:kronor|kr|tkr)(?![\p{L}\d])/u },
  // A list of partners on the intro's own line: "Följande föreningar föreslås få bidrag: A, B och C" (the list shares it).
  { name: 'ideburen.line-listed', strength: 0.65, before: ENDS_IN_LIST_INTRO, beforeHas: [':'] },
];

/** A name opening a line of a list of partners (line-lists.ts). */
const LINE_LISTED: ContextRule = { name: 'ideburen.line-listed', strength: 0.65 };

/**
 * A plural noun opening a sentence ("Deltagarna får ersättning", "Familjerna får stöd") is capitalised as any
 * opener is: it counts as a name ("Nattvandrarna", "Länkarna") only in a party's place, not as a recipient.
 */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+(?:erna|arna|orna|rna)$/u;
const OPENS_SENTENCE = /(?:^|[.!?:]\s+|\n\s*)$/u;
const PLURAL_NEEDS = 0.75;
function commonPlural(name: string, text: string, start: number, context: ContextRule | null): boolean {
  return PLURAL_WORD.test(name) && (context?.strength ?? 0) < PLURAL_NEEDS && OPENS_SENTENCE.test(text.slice(Math.max(0, start - 4), start));
}

/** A group of mentions below this is dropped: neither its name nor its contexts make it a party. */
const KEEP_THRESHOLD = 0.6;
/** A name without a marker needs at least this context (a protocol's recipients) to be considered. */
const MIN_CONTEXT = 0.55;
/** An abbreviation mention is the organisation, but adds less than its full name would. */
const ALIAS_FACTOR = 0.8;

const ABBREVIATION = /^[ \t]*\((\p{Lu}[\p{Lu}\d]{1,5})\)/u;
/**
 * An abbreviation set off by commas: "stödet till Brottsofferjouren, BOJ, från socialnämnden". Between commas it may
 * as well be the next name of a list ("Röda Korset, ABF, Sensus och …"), so it counts only where its letters are
 * the name's, in order, from the first ("BOJ" in "Brottsofferjouren", "RSMH" in "Riksförbundet för Social och Mental Hälsa").
 */
const APPOSED_ABBREVIATION = /^,[ \t]*(\p{Lu}{2,6})[ \t]*[,)]/u;
function abbreviates(abbreviation: string, name: string): boolean {
  const letters = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  const wanted = abbreviation.toLowerCase();
  if (letters[0] !== wanted[0]) return false;
  let at = 1;
  for (const c of wanted.slice(1)) {
    at = letters.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
function abbreviationAfter(name: string, after: string): string | null {
  const bracketed = ABBREVIATION.exec(after)?.[1];
  if (bracketed) return bracketed;
  const apposed = APPOSED_ABBREVIATION.exec(after)?.[1];
  return apposed && abbreviates(apposed, name) ? apposed : null;
}

/** An abbreviation and its long form in brackets after it: "KEG (Kollaborativ Ekonomi Göteborg)". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const LONG_FORM = /^[ \t]*\((\p{Lu}[^()\n]{3,80})\)/u;
/** The long form an abbreviation is spelled out as, when the initials of its words make the abbreviation. */
function spelledOut(name: string, after: string): string | null {
  const long = ACRONYM.test(name) ? LONG_FORM.exec(after)?.[1] : undefined;
  if (!long) return null;
  // The initials of its capitalised words, or of all its content words ("Kollaborativ ekonomi Göteborg").
  const words = long.split(/[\s-]+/).filter((w) => w !== '' && !/^(?:och|för|i|med|av|&)$/.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  return capitals === name || all === name ? cleanName(long) : null;
}

/**
 * An abbreviation and its long form set off by commas after it: "RSMH, Riksförbundet för social och mental hälsa, med 22
 * medlemmar", "KRIS, kriminellas rätt i samhället, erhöll …". Written so, both are the name's fullest form; only where the
 * long form's words, all or its content words, begin with the abbreviation's letters in order ("Ekby IF, Ekby BK, …" is a list).
 */
const APPOSED_LONG_FORM = /^,[ \t]+(\p{L}[^,.()\n]{3,80}?)(?=[ \t]*,)/u;
const initials = (words: readonly string[]) => words.map((w) => w[0]!.toUpperCase()).join('');
function apposedLongForm(name: string, after: string): { long: string; length: number } | null {
  const m = ACRONYM.test(name) ? APPOSED_LONG_FORM.exec(after) : null;
  if (!m) return null;
  const words = m[1]!.split(/[\s-]+/).filter((w) => w !== '');
  const content = words.filter((w) => !/^(?:och|för|i|med|av|&)$/.test(w));
  return initials(words) === name || initials(content) === name ? { long: cleanName(m[1]!), length: m[0].length } : null;
}

interface Mention {
  start: number;
  end: number;
  name: string;
  strength: number;
  rule: string;
  /** Written as a national organisation in the lexicon writes it: the spelling to prefer. */
  known: boolean;
}

/**
 * Names in one list share their standing: "IOP med Röda Korset, Rädda Barnen, Bräcke diakoni och FC Gole"
 * puts every listed name in the context only the first or last stands in. A list runs over commas and
 * "och"/"samt"/"&" only, so a name in the next clause or sentence never joins it.
 */
// A place may close a listed name without ending the list: "med Frivilligcentralen i Mölndal, Mölndals Stadsmission och …";
// so may a detail in brackets: "till orienteringsklubbarna OK Ekby (33 390 kronor) och OK Åby (5 472 kronor)".
const LIST_SEPARATOR = /^(?:[ \t]+i[ \t]+\p{Lu}\p{L}+)?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:,[ \t]*(?:(?:och|samt)[ \t]+)?|(?:och|samt|&)[ \t]+)$/u;
/** A list closes with a coordinator; names only separated by commas are a table's cells or an address. */
const LIST_END = /(?:och|samt|&)[ \t]+$/u;
/** At most the standing a listed name takes from its list: the list says party, its own place does not. */
const LISTED_STRENGTH = 0.7;

interface Named {
  span: NameSpan;
  name: string;
  context: ContextRule | null;
  /** A lower-case list item (lowerListSpans): a name only where its list makes it a party. */
  lower?: boolean;
}

function shareListStanding(named: Named[], text: string): void {
  let first = 0;
  for (let i = 1; i <= named.length; i++) {
    const listGoesOn = i < named.length && LIST_SEPARATOR.test(text.slice(named[i - 1]!.span.end, named[i]!.span.start));
    if (listGoesOn) continue;
    const list = named.slice(first, i);
    const best = Math.max(...list.map((n) => n.context?.strength ?? 0));
    const closed = list.length > 1 && LIST_END.test(text.slice(list.at(-2)!.span.end, list.at(-1)!.span.start));
    if (closed && best >= MIN_CONTEXT) {
      const listed: ContextRule = { name: 'ideburen.listed', strength: Math.min(best, LISTED_STRENGTH) };
      for (const n of list) if ((n.context?.strength ?? 0) < listed.strength) n.context = listed;
    }
    first = i;
  }
}

/** Quotation marks around a name (föreningen ”Gatans Röst”) stand between it and its context: the context is read outside them. */
const OPENING_QUOTE = /["”“»'‘’]$/u;
const CLOSING_QUOTE = /^["”“«'’]/u;
function withQuotes(text: string, span: NameSpan): { start: number; end: number } {
  if (!OPENING_QUOTE.test(text.slice(Math.max(0, span.start - 1), span.start))) return span;
  return { start: span.start - 1, end: CLOSING_QUOTE.test(text.slice(span.end, span.end + 1)) ? span.end + 1 : span.end };
}

/**
 * An abbreviation in brackets after a name stands between it and what is said of it: "Föreningen Social Ekonomi
 * (SEÖN) får bidrag", "Riksförbundet för Social och Mental Hälsa (RSMH) och kommunen tecknar IOP". The context after
 * the name is read past it (an organisationsnummer in brackets is a context of its own, and stays).
 */
const BRACKETED_ABBREVIATION = /^[ \t]*\(\p{Lu}[\p{Lu}\d&-]{1,7}\)/u;
function pastAbbreviation(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const m = BRACKETED_ABBREVIATION.exec(text.slice(span.end, span.end + 14));
  return m ? { start: span.start, end: span.end + m[0].length } : span;
}

/**
 * The page's own organisation: a name spelled as the site it was taken from ("IT-Guide" on it-guide.se, after the
 * "# source:" line a saved page opens with). A kommun's or a newspaper's site names none of its organisations so.
 */
const OWN_SITE: ContextRule = { name: 'ideburen.own-site', strength: 0.6 };
const SOURCE_HOST = /^#[ \t]*source:[ \t]*https?:\/\/(?:www\.)?([\p{L}\d-]+)\.[a-z]{2,}\//iu;
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]/gu, '');
// Only where the page says it is itself a party ("Idag har vi tecknat ett IOP-avtal med Östersunds kommun"): an umbrella
// organisation's site writes of its members' partnerships too.
const WE_AGREED = /(?<!\p{L})[Vv]i[ \t]+(?:har[ \t]+)?(?:nu[ \t]+)?(?:tecknat|ingått|skrivit[ \t]+på|slutit|fått)[ \t]+(?:ett[ \t]+|en[ \t]+)?(?:nytt[ \t]+|förlängt[ \t]+)?(?:IOP|\p{L}*avtal|överenskommelse|partnerskap)/u;
function ownSite(text: string): string | null {
  const host = SOURCE_HOST.exec(text)?.[1];
  return host && letters(host).length >= 4 && WE_AGREED.test(text) ? letters(host) : null;
}

/**
 * A sentence that gives an example names organisations as illustrations, not as the text's parties: "Som när A, B och C
 * tillsammans med Ekby kommun ingick ett IOP …", "Ett exempel är X, som …", "Några exempel på IOP är Ekby kommun och X",
 * "organisationer, dit bland annat X och Y hör". Only the opening of the sentence (or "dit bland annat" before the name)
 * says so: "IOP med bland annat X" names a party and is left to its context. A colon after the cue opens the text's own
 * instances, which are its parties: "Några exempel på vart pengarna har gått: 550 000 kronor gick till X".
 */
const EXAMPLE_OPENING = /(?:^|[.!?:]\s+|\n\s*)(?:Som[ \t]+när|Som[ \t]+exempel|Ett[ \t]+(?:annat[ \t]+)?exempel[ \t]+(?:är|på)|Exempel[ \t]+på|Några[ \t]+exempel|Andra[ \t]+exempel|Till[ \t]+exempel|Exempelvis)(?![\p{L}])[^.!?:\n]*$/u;
const EXAMPLE_RELATIVE = /(?<!\p{L})dit[ \t]+(?:bland[ \t]+annat|bl\.[ \t]?a\.|exempelvis|till[ \t]+exempel)[ \t][^.!?\n]*$/u;
/** What every EXAMPLE_OPENING holds ("Som när", "… exempel …", "Exempelvis"), and every EXAMPLE_RELATIVE. */
const EXAMPLE_OPENING_WORDS = ['Som', 'xempel'];
const EXAMPLE_RELATIVE_WORD = 'dit';
const EXAMPLE_REACH = 300;
const inExample = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - EXAMPLE_REACH), start);
  // Both end at the window's end: tested back from there (engine/window-end.ts), not from every offset of it; and only in
  // a window holding their words (most do not, and reading back over a line of 300 characters costs more than looking).
  return (
    (EXAMPLE_OPENING_WORDS.some((word) => before.includes(word)) && fitsAtEnd(EXAMPLE_OPENING, before)) ||
    (before.includes(EXAMPLE_RELATIVE_WORD) && fitsAtEnd(EXAMPLE_RELATIVE, before))
  );
};

/**
 * A compound type noun in the definite form before a name that is marked without it says what the organisation is, as
 * "fotbollsklubben IFK Ekby" does in lower case, capitalised only as a sentence's first word: "Idrottsföreningen Ekby IF har
 * skickat en begäran" names "Ekby IF". The name without a marker of its own keeps it ("Hembygdsföreningen Gamla Ekby"), and
 * so does the bare noun, a part of many names ("Föreningen Ekby IF", "Stiftelsen Ekbygården").
 */
const TYPE_NOUN_OPENING = /^\p{Lu}\p{Ll}+(?:föreningen|klubben|förbundet|sällskapet)[ \t]+(?=\p{Lu})/u;
function withoutTypeNoun(name: string): string {
  const opening = TYPE_NOUN_OPENING.exec(name)?.[0];
  if (!opening) return name;
  const rest = name.slice(opening.length);
  return markerStrength(rest, false) > 0 ? rest : name;
}

/**
 * A name inside a quoted title is the title's word, no party: "bidrag … för den kommande utställningen ”Från AGA till Dalénum”",
 * "boken ”Resan med Ekby IF”". Inside means after words of the quotation on its line (an odd number of marks before it) with its
 * closing mark after it; a name that opens the quotation is quoted as a name is (föreningen ”Vägen ut”, name-spans.ts). A
 * quoted agreement's title names its parties: "upprätta ett ”Idéburet offentligt partnerskap mellan Ekby kommun och X”".
 */
const QUOTE_MARK = /["”“«»]/gu;
const QUOTED_AGREEMENT = /(?:IOP|partnerskap|överenskommelse|avtal|kontrakt|samarbete|samverkan|mellan)[^"”“«»]*$/iu;
/**
 * A quotation closing with a sentence's full stop is a quoted sentence, not a title: "Citat från avtalstexten: ”Arrendatorn
 * [Ekby Idrottsklubb] ska säkerställa … under hela arrendetiden.”" names the party as any sentence does.
 */
const CLOSES_SENTENCE = /^[^"”“«»]*\.[ \t]*["”“«»]/u;
function inQuotedTitle(text: string, span: NameSpan): boolean {
  const line = lineBounds(text, span.start, span.end);
  const before = text.slice(line.start, span.start);
  const marks = before.match(QUOTE_MARK)?.length ?? 0;
  if (marks % 2 === 0 || /["”“«»][ \t]*$/u.test(before) || QUOTED_AGREEMENT.test(before)) return false;
  const after = text.slice(span.end, line.end);
  return /["”“«»]/u.test(after) && !CLOSES_SENTENCE.test(after);
}

/**
 * A lower-case definite noun and its place (lowerPlacedSpans) is a name only in a party's own place: "avtal med", "mellan",
 * or a grant's recipient ("får samhällsföreningen i Ekby 600 000 kronor", "bidrag till hembygdsföreningen i Ekby"). In the
 * plural it is rather the kind of organisation there, in general ("extra stöd till studieförbunden i Ekby län", "bidrag
 * till kvinnojourerna i Ekby"): only a party's own place makes it a name.
 */
const PLACED_NEEDS = 0.65;
const PLACED_PLURAL_NEEDS = 0.75;
const PLURAL_DEFINITE = /^\p{L}*(?:förbunden|sällskapen|erna|arna|orna)[ \t]/u;
const placedNeeds = (name: string) => (PLURAL_DEFINITE.test(name) ? PLACED_PLURAL_NEEDS : PLACED_NEEDS);
/** Whether a span overlaps one of others: walked in place (a copy of every capitalised name per lower-case span was most of the cost). */
function spansOverlap(span: NameSpan, others: ReadonlySet<NameSpan>): boolean {
  for (const o of others) if (o.start < span.end && span.start < o.end) return true;
  return false;
}

/** Mentions of organisations: names with a marker or a party context, not public parties, bodies, companies or people. */
function mentions(doc: DocText): { found: Mention[]; aliases: Map<string, Mention>; forms: Set<string> } {
  const text = doc.text;
  // Offsets inside a public party's or a body's name, where no organisation's name may start or run.
  const taken = new Uint8Array(text.length);
  for (const { start, end } of [...publicPartyCandidates(doc), ...bodySpans(text)]) taken.fill(1, start, end);
  const named: Named[] = [];
  const listed = lineListItems(text);
  const site = ownSite(text);
  const capitalised = nameSpans(text);
  // A lower-case item inside a capitalised name is that name's words: "lungsjukas länsförening" in "Hjärt- och lungsjukas länsförening".
  const capitalisedSet = new Set(capitalised);
  const lower = new Set(lowerListSpans(text).filter((l) => !spansOverlap(l, capitalisedSet)));
  const placed = new Set(lowerPlacedSpans(text).filter((p) => !spansOverlap(p, lower)));
  const spans = [...capitalised, ...lower, ...placed].sort((a, b) => a.start - b.start);
  for (const span of spans) {
    if (taken.subarray(span.start, ownWordsEnd(text, span)).includes(1)) continue;
    const written = canonicalOrganisation(text.slice(span.start, span.end));
    // Written in lower case, the name is given as a name is ("Kvinnojouren i Nacka/Värmdö").
    const name = withoutTypeNoun(placed.has(span) ? written[0]!.toUpperCase() + written.slice(1) : written);
    if (isNoOrganisation(name, text, span) || inExample(text, span.start) || inQuotedTitle(text, span)) continue;
    const { start, end } = pastAbbreviation(text, withQuotes(text, span));
    const said = strongestContext(IDEBUREN_CONTEXTS, text, start, end);
    const context = site !== null && letters(name) === site && (said?.strength ?? 0) < OWN_SITE.strength ? OWN_SITE : said;
    const inList = (context?.strength ?? 0) < LINE_LISTED.strength && opensListItem(listed, text, span.start, span.end);
    if (placed.has(span) && (context?.strength ?? 0) < placedNeeds(written)) continue;
    named.push({ span, name, context: inList ? LINE_LISTED : context, lower: lower.has(span) });
  }
  shareListStanding(named, text);
  const kept = named.filter((n) => !n.lower || n.context?.name === 'ideburen.listed');
  const found: Mention[] = [];
  const aliases = new Map<string, Mention>();
  const forms = new Set<string>();
  for (const { span, name, context } of kept) {
    const marker = markerStrength(name, span.known);
    if (marker === 0 && ((context?.strength ?? 0) < MIN_CONTEXT || commonPlural(name, text, span.start, context))) {
      forms.add(name);
      continue;
    }
    const strength = 1 - (1 - marker) * (1 - (context?.strength ?? 0));
    const rule = context?.name ?? (span.known ? 'ideburen.known' : 'ideburen.marker');
    const longForm = spelledOut(name, text.slice(span.end, span.end + 100));
    const apposed = apposedLongForm(name, text.slice(span.end, span.end + 100));
    const mention = apposed
      ? { start: span.start, end: span.end + apposed.length, name: `${name}, ${apposed.long}`, strength, rule, known: span.known }
      : { start: span.start, end: span.end, name: longForm ?? name, strength, rule, known: span.known };
    found.push(mention);
    if (longForm && !aliases.has(name)) aliases.set(name, mention);
    // A name spelled out with its initials after a comma ("Barnens rätt i samhället, Bris"): the initials alone are its mentions.
    const ownInitials = /,[ \t]+(\p{Lu}\p{L}{1,5})$/u.exec(mention.name)?.[1];
    if (ownInitials && !aliases.has(ownInitials)) aliases.set(ownInitials, mention);
    const abbreviation = abbreviationAfter(name, text.slice(span.end, span.end + 12));
    if (abbreviation && !aliases.has(abbreviation)) aliases.set(abbreviation, mention);
  }
  // An abbreviation's later mentions are its organisation's (aliasMentions), not names of their own.
  return { found: found.filter((m) => !aliases.has(m.name) || aliases.get(m.name) === m), aliases, forms };
}

/**
 * The fullest form of a party's name where the text also writes it with its place without a party's standing:
 * "beviljar finansiering för Ung Företagsamhet Halland" beside "Ung Företagsamhet har ansökt". Only one such
 * form, and only places added (kommuner, regioner, län), so another unit's name is never taken.
 */
function withPlace(name: string, forms: ReadonlySet<string>): string {
  // The name's words and then more: a prefix test, not a split of every form (a long list's names times its forms).
  const opening = `${name} `;
  const fuller = [...forms].filter((form) => {
    if (!form.startsWith(opening)) return false;
    return form
      .slice(opening.length)
      .split(' ')
      .every((w) => findKommun(w) !== null || findRegion(w) !== null || w === 'län');
  });
  return fuller.length === 1 ? fuller[0]! : name;
}

/** What stands around an abbreviation's mention: no letter or digit before it; a genitive (":s", "s") perhaps, and no letter or digit, after it. */
const ALIAS_END = /(?::s|s)?(?![\p{L}\d])/uy;

/** Later mentions of each defined abbreviation ("RKG", "RKC:s"), as mentions of its organisation. */
function aliasMentions(doc: DocText, aliases: Map<string, Mention>): Mention[] {
  const out: Mention[] = [];
  for (const [alias, of] of aliases) {
    // Looked up literally, not by a pattern compiled per abbreviation (each new document's).
    for (const { start, after } of literalWritings(alias, doc.text, NOT_AFTER_WORD_CHARACTER, ALIAS_END)) {
      const end = start + alias.length + after[0].length;
      if (start >= of.end && start <= of.end + 3) continue; // the definition itself
      const context = strongestContext(IDEBUREN_CONTEXTS, doc.text, start, end);
      const strength = Math.max(of.strength, context?.strength ?? 0) * ALIAS_FACTOR;
      out.push({ start, end, name: of.name, strength, rule: 'ideburen.alias', known: of.known });
    }
  }
  return out;
}

/**
 * A name's weight as the representative of its group: the fullest form as written first ("Svenska Röda
 * Korsets Behandlingscenter …" over "Röda Korsets Behandlingscenter …", "Föreningen Tjejjouren Norrköping"
 * over "Tjejjouren Norrköping"), a national organisation's spelling ("Röda Korset Gotland" over "Röda Koret
 * Gotland"), then a place's genitive ("Göteborgs Stadsmission" over a slip that drops it), then the spelling written most
 * often (fuller), then the surest.
 */
const fullness = (m: Mention) => [nameWords(m.name).length, nameWords(m.name, true).length, m.known ? 1 : 0, placeGenitives(m.name)] as const;

/**
 * Words of a name that are a kommun's name in the genitive, as names of a place's organisation have it ("Göteborgs
 * Stadsmission"); not its last word, where the genitive is the sentence's ("Kvinnojouren Lunds arbete"), nor before a
 * lower-case noun, which describes the organisation ("Järfällas kvinnojour" in a headline beside the name "Järfälla
 * kvinnojour").
 */
const placeGenitives = (name: string) => {
  const words = name.split(' ');
  return words.slice(0, -1).filter((w, i) => isPlaceGenitive(w) && /^\p{Lu}/u.test(words[i + 1]!)).length;
};
/**
 * Two names apart only by a place's "i" ("Kvinnojouren i Ekby" beside "Kvinnojouren Ekby") are one name written two
 * ways; the text's usual way is the name.
 */
const withoutPlaceI = (name: string) => name.replace(/ i (?=\p{Lu})/gu, ' ');
/**
 * Two names apart only by the definite ending of a type word closing them ("Hede hembygdsföreningen" in a quote beside
 * "Hede Hembygdsförening" in the title and "Hede hembygdsförenings bygge") are one name written two ways; the text's usual
 * way, in any case, is the name. A type word opening the name is no ending ("Kvinnojouren Iris").
 */
const INDEFINITE_OF = new Map(
  lexicon.suffixMarkers.flatMap((m) => ['en', 'et', 'n'].filter((end) => lexicon.suffixMarkers.includes(m + end)).map((end): [string, string] => [m + end, m])),
);
const DEFINITE_END = new RegExp(String.raw`[ \t]\p{L}*?(${[...INDEFINITE_OF.keys()].sort((x, y) => y.length - x.length).join('|')})$`, 'u');
const withoutDefiniteEnd = (name: string) => {
  const lower = name.toLowerCase();
  const end = DEFINITE_END.exec(lower)?.[1];
  return end === undefined ? lower : lower.slice(0, -end.length) + INDEFINITE_OF.get(end)!;
};
/**
 * A news text names the club once and then calls it "klubben" where its grant is told: "… samlar Nya Ekby Golfklubb
 * intresserade … Första året ska 270 000 kronor betalas ut till golfklubben i form av ett bidrag". A type noun in the
 * definite, in lower case and in a party's context, is a mention of the one organisation the text names with that noun
 * as its last word; not where it names two ("klubben" beside "Ekby Fotbollsklubb" and "Åby Tennisklubb"), nor none
 * ("Golfklubben får ersättning" names no club), nor a name the noun only opens ("Föreningen Kvinnogemenskap – Ekby
 * kvinnojour" is named by its whole).
 */
const TYPE_DEFINITE: ReadonlySet<string> = new Set(INDEFINITE_OF.keys());
/**
 * A news text names its organisation once in full and then takes it up by its own noun in the definite, wherever it
 * stands: "Filipstads tennisklubb" … "ta över ett lån från tennisklubben" … "tennisklubben skulle få en räntenivå". Each
 * such mention says a little that the organisation is the text's own subject (with two of them a marked name is kept);
 * only the host's own compound ("tennisklubben" for "… tennisklubb") or the bare noun ("klubben", "föreningen") takes it
 * up, not another compound on the same noun ("golfklubben" is no mention of "Ekby tennisklubb").
 */
const TAKEN_UP = 0.36;
/**
 * Its capitals the name's own: every word before the noun capitalised, and written so once inside a sentence ("ett ärende
 * gällande Filipstads tennisklubb"), not a sentence's or a heading's opening read as a name ("Behöver min förening", "Vad
 * föreningen").
 */
const INSIDE_SENTENCE = /[\p{L}\d,][ \t]+$/u;
function properlyNamed(text: string, found: readonly Mention[], host: string): boolean {
  // A name its noun opens is capitalised as a name by what it is ("Föreningen Ekby kvarns vänner"): the noun is part of it.
  if (opensWithNoun(host)) return true;
  const words = host.split(' ');
  if (words.length < 2 || !words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) return false;
  return found.some((f) => f.name === host && INSIDE_SENTENCE.test(text.slice(Math.max(0, f.start - 3), f.start)));
}
/**
 * A name opened by an association's bare noun in the definite, capitalised, and a capitalised name after it: "Föreningen Ekby kvarns vänner"
 * is taken up as "föreningen" ("I dag har föreningen 17 aktiva", "önskade föreningen även 15 000 kronor"), as a name closed by
 * the noun is. Not a compound opening it ("Hembygdsföreningen Gamla Ekby" is taken up by its own compound) nor a lower-case
 * name after it ("Föreningen för långtidssjukskrivna" names no one but is the whole name: no other mention shares its noun).
 */
const OPENING_NOUNS = ['Föreningen', 'Klubben', 'Förbundet', 'Sällskapet', 'Stiftelsen'];
const NOUN_OPENING = new RegExp(String.raw`^(?:${OPENING_NOUNS.join('|')})[ \t]+\p{Lu}`, 'u');
const opensWithNoun = (name: string) => NOUN_OPENING.test(name);
/** Whether a definite type noun takes up its host: the bare noun, or the host's own compound. */
function takesUp(word: string, definite: string, host: string): boolean {
  if (word === definite) return true;
  if (opensWithNoun(host)) return false;
  const last = host.toLowerCase().split(' ').at(-1)!;
  return word === last || word === `${last.slice(0, -INDEFINITE_OF.get(definite)!.length)}${definite}`;
}
function pointingBack(doc: DocText, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const hostsOf = new Map<string, string[]>();
  for (const { start, end, ending: definite } of lowerWordsEndingIn(doc.text, TYPE_DEFINITE)) {
    const indefinite = INDEFINITE_OF.get(definite)!;
    let hosts = hostsOf.get(definite);
    if (!hosts) {
      const names = new Set(
        found
          .filter((f) => [indefinite, definite].some((form) => f.name.toLowerCase().endsWith(form)) || (opensWithNoun(f.name) && f.name.toLowerCase().startsWith(`${definite} `)))
          .map((f) => f.name),
      );
      // A shorter form inside a fuller one is one organisation.
      hosts = [...names].filter((name) => ![...names].some((other) => other !== name && namedWithin(name, other)));
      hostsOf.set(definite, hosts);
    }
    if (hosts.length !== 1) continue;
    const context = strongestContext(IDEBUREN_CONTEXTS, doc.text, start, end);
    if (context && context.strength >= MIN_CONTEXT) {
      out.push({ start, end, name: hosts[0]!, strength: context.strength * ALIAS_FACTOR, rule: 'ideburen.points-back', known: false });
    } else if (takesUp(doc.text.slice(start, end), definite, hosts[0]!) && properlyNamed(doc.text, found, hosts[0]!)) {
      out.push({ start, end, name: hosts[0]!, strength: TAKEN_UP, rule: 'ideburen.taken-up', known: false });
    }
  }
  return out;
}

/** How many mentions of a group write a name so: exactly, or in any case. */
const timesWritten = (group: readonly Mention[], name: string, anyCase: boolean) =>
  group.filter((m) => (anyCase ? m.name.toLowerCase() === name.toLowerCase() : m.name === name)).length;
function fuller(a: Mention, b: Mention, group: readonly Mention[] = []): boolean {
  // A name inside the other (but not the other way round) is the shorter, however many words each has.
  const aInB = namedWithin(a.name, b.name);
  if (aInB !== namedWithin(b.name, a.name)) return !aInB;
  const placeI = a.name !== b.name && withoutPlaceI(a.name) === withoutPlaceI(b.name);
  const definite = !placeI && a.name.toLowerCase() !== b.name.toLowerCase() && withoutDefiniteEnd(a.name) === withoutDefiniteEnd(b.name);
  if (placeI || definite) {
    const [ta, tb] = [timesWritten(group, a.name, definite), timesWritten(group, b.name, definite)];
    if (ta !== tb) return ta > tb;
  }
  // One compound with its association noun swapped ("Ekby jaktskytteklubb" beside "Ekby jaktskytteförening", names.ts
  // swappedNounOf): the noun the text uses most, counting its mentions by that noun alone ("Jaktskytteklubben"), is the name's.
  const [na, nb] = [swappedNounOf(a.name), swappedNounOf(b.name)];
  if (na !== null && nb !== null && na !== nb) {
    const [ta, tb] = [group.filter((m) => swappedNounOf(m.name) === na).length, group.filter((m) => swappedNounOf(m.name) === nb).length];
    if (ta !== tb) return ta > tb;
  }
  const fa = fullness(a);
  const fb = fullness(b);
  for (let i = 0; i < fa.length; i++) if (fa[i] !== fb[i]) return fa[i]! > fb[i]!;
  // Two spellings of one name, as full as each other ("Sölvesborgs ridklubb" three times beside a slip "Sölveborgs
  // ridklubb" once): the text's usual spelling is the name, whichever mention stands in the surer context.
  const [ta, tb] = [timesWritten(group, a.name, false), timesWritten(group, b.name, false)];
  if (ta !== tb) return ta > tb;
  return a.strength > b.strength;
}

/** The mention whose name stands for its group. */
const representative = (g: readonly Mention[]) => g.reduce((best, m) => (fuller(m, best, g) ? m : best));

const MARKER_WORDS = new Set(lexicon.suffixMarkers);
/**
 * "Jouren" after "Kvinnojouren Tranan", "Föreningen" after "Tornby Idrottsförening": the type noun alone (isMarkerWord) points back.
 * So does its definite form after a name ending in the indefinite: "Klubben får också …" after "Färgelanda ridklubb", "Föreningen"
 * after "Ekby hembygdsförening" (not "Klubben" beside "Ekby Ridklubb" and "Åby Tennisklubb": two fuller names, no one host).
 */
const pointsBack = (word: string, fuller: string) => {
  const lower = word.toLowerCase();
  const forms = [lower, INDEFINITE_OF.get(lower)].filter((f): f is string => f !== undefined);
  return fuller.split(' ').some((w) => forms.some((f) => w.length > f.length && w.toLowerCase().endsWith(f)));
};
/** Whether a name is a type noun alone, which may point back (pointsBack): asked once per name, not once per pair of groups. */
const isMarkerWord = (word: string) => MARKER_WORDS.has(word.toLowerCase());

/** Groups mentions of one organisation: same name written differently, or a shorter form inside exactly one fuller one. */
function group(found: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  // Each group's distinct names: mentions mostly repeat a name, and comparing names is the costly part.
  const namesOf = new Map<Mention[], Set<string>>();
  for (const mention of found) {
    const same = groups.find((g) => {
      const names = namesOf.get(g)!;
      return names.has(mention.name) || [...names].some((name) => sameOrganisation(name, mention.name));
    });
    if (same) {
      same.push(mention);
      namesOf.get(same)!.add(mention.name);
    } else {
      const g = [mention];
      groups.push(g);
      namesOf.set(g, new Set([mention.name]));
    }
  }
  // Fold each group whose name is named inside exactly one other group's fuller name into it.
  // Each group's representative name, kept until the group grows (a fold changes one group; the scan starts over).
  const representatives = new Map<Mention[], string>();
  const nameOf = (g: Mention[]) => representatives.get(g) ?? representatives.set(g, representative(g).name).get(g)!;
  for (let changed = true; changed; ) {
    changed = false;
    const names = groups.map(nameOf);
    for (let i = 0; i < groups.length && !changed; i++) {
      const marker = isMarkerWord(names[i]!);
      const all = groups.flatMap((_, j) => (j !== i && (namedWithin(names[i]!, names[j]!) || (marker && pointsBack(names[i]!, names[j]!))) ? [j] : []));
      // Among several, only the fuller names that stay parties: "Stadsmissionen" is the party "Sörmlands Stadsmission",
      // not "Eskilstuna Stadsmission" merely named in its history.
      const hosts = all.length > 1 ? all.filter((j) => combineStrengths(groups[j]!.map((m) => m.strength)) >= KEEP_THRESHOLD) : all;
      if (hosts.length === 1) {
        groups[hosts[0]!]!.push(...groups[i]!);
        representatives.delete(groups[hosts[0]!]!);
        groups.splice(i, 1);
        changed = true;
      }
    }
  }
  return groups;
}

/**
 * An applicant whose application the text refuses or sends back (among others granted, extractIdeburna): "Ansökan från Ekby bygdegårdsförening återremitteras till
 * förvaltningen", "ansökan från X avslås", "att avslå ansökan från X" (not "avslås delvis", a grant in part, nor another's
 * refusal later in the sentence: the verb follows the name within a few words).
 */
const REFUSED_AFTER = /^[^.\n;]{0,30}?[ \t](?:avslås|avslogs|återremitteras|återremitterades|avvisas|avvisades)(?![ \t]+delvis)(?!\p{L})/u;
const APPLICATION_FROM = /(?:ansökan|begäran)[ \t]+(?:om[ \t]+[^.\n]{0,40}?[ \t]+)?från[ \t]+$/iu;
const REFUSING_APPLICATION = /(?:avslå|avslog|återremittera|återremitterade)[ \t]+(?:\p{L}+[ \t]+)?(?:ansökan|ansökningen|begäran)[ \t]+(?:om[ \t]+[^.\n]{0,40}?[ \t]+)?från[ \t]+$/iu;
function refusedApplicant(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return REFUSING_APPLICATION.test(before) || (APPLICATION_FROM.test(before) && REFUSED_AFTER.test(text.slice(m.end, m.end + 60)));
}
/**
 * "Föreningen X" opening a sentence is the common noun capitalised where the text writes it in lower case elsewhere
 * ("Föreningen Kulturbomben hade ansökt … Både föreningen Kulturbomben och …" names "Kulturbomben") or writes the name
 * alone, opening a heading or a sentence ("Tidigt Föräldrastöd möter …" beside "Föreningen Tidigt Föräldrastöd har …").
 * Where the text writes the noun capitalised with the name every time, it is part of the name ("Föreningen för
 * långtidssjukskrivna", "Föreningen Hela Människan"), and so where it writes the bare words only inside a sentence
 * ("Ansökan från Hela Människan": a reading that cost the score-only sets).
 * Only a capitalised name after it: "föreningen för …" is the name's own lower-case words. Also a listing row's name
 * (listings/index.ts), asked of the whole text.
 */
const COMMON_NOUN_OPENING = /^Föreningen[ \t]+(?=\p{Lu})/u;
export function withoutCommonNoun(name: string, text: string): string {
  const opening = COMMON_NOUN_OPENING.exec(name)?.[0];
  if (!opening) return name;
  const rest = name.slice(opening.length);
  // Both readings below hold the rest of the name as written: a text without it is answered without compiling either
  // (a pattern per listing row's name, for every row of a list).
  if (!text.includes(rest)) return name;
  // The rest found literally, the words around it tested there (engine/sticky.ts literalWritings), as the patterns
  // `(?<!\p{L})föreningen[ \t]+REST(?![\p{L}\d])` and `(?<![\p{L}\d][ \t]?|[Ff]öreningen[ \t]+)REST(?![ \t]*[\p{L}\d]*\p{Lu})(?![\p{L}\d])`
  // find it (u flag): a pattern compiled per name cost more than reading the text.
  const writes = (before: RegExp, after: RegExp) => !literalWritings(rest, text, before, after).next().done;
  return writes(AFTER_LOWER_NOUN, NOT_BEFORE_WORD_CHARACTER) || writes(ALONE, NO_MORE_CAPITALISED) ? rest : name;
}
/** After "föreningen" in lower case, a word of its own. */
const AFTER_LOWER_NOUN = /(?<=(?<!\p{L})föreningen[ \t]+)/uy;
/** … or the name alone, no noun before it, and no more of a name after it. */
const ALONE = /(?<![\p{L}\d][ \t]?|[Ff]öreningen[ \t]+)/uy;
const NO_MORE_CAPITALISED = /(?![ \t]*[\p{L}\d]*\p{Lu})(?![\p{L}\d])/uy;

/**
 * A name the text writes with the same tail every time, a place after "i" or the place it runs in lower case, has that tail
 * as its own: "Jazz i Skaraborg får behålla bidrag … föreningen Jazz i Skaraborg … Jazz i Skaraborg får sitt årliga bidrag",
 * "Föreningen Anderstorp simhall" (lexicon facilityNouns). Only where it is written at least twice and never without the
 * tail: "Röda Korset" once "i Ekby" and once alone keeps its shorter form.
 */
const FACILITY = lexicon.facilityNouns.join('|');
const TAIL = String.raw`[ \t]+(?:i[ \t]+\p{Lu}\p{Ll}+|\p{Ll}*(?:${FACILITY}))(?![\p{L}\d-])`;
const TAIL_TIMES = 2;
/** A name written on its own: no letter, digit or hyphen right before it, none right after it, then perhaps its TAIL (group 1). */
const NOT_AFTER_NAME_PART = /(?<![\p{L}\d-])/uy;
const NAME_END_TAIL = new RegExp(String.raw`(?![\p{L}\d-])(${TAIL})?`, 'uy');
/**
 * The name's writings looked for literally (literalWritings), the tail tried only after each: a pattern of the name and TAIL
 * compiled per name and run over the whole text cost ~3 % of extraction (bench corpus).
 */
function withTail(name: string, text: string): string {
  const tails = new Set<string>();
  let times = 0;
  for (const { after } of literalWritings(name, text, NOT_AFTER_NAME_PART, NAME_END_TAIL)) {
    tails.add(after[1]?.replace(/[ \t]+/gu, ' ') ?? '');
    times++;
    if (tails.size > 1) return name;
  }
  const [tail] = tails;
  return times >= TAIL_TIMES && tail ? name + tail : name;
}

/**
 * Where a page says what it is about: its first lines, past a source line and the hosting site's furniture ("Toppbild"): the
 * title and the lead's opening ("Ekbyjouren räddad\n\nEkbyjourens verksamhet … är säkrad"). The one organisation a page
 * names stands for its party only when named there (onlyNamed): one named further down is mentioned in passing.
 */
const OPENING_LINES = 3;
function openingEnd(text: string): number {
  let seen = 0;
  for (const line of text.matchAll(/[^\n]+/gu)) {
    const trimmed = line[0].trim();
    if (trimmed === '' || trimmed.startsWith('# ') || FURNITURE.test(trimmed)) continue;
    if (++seen === OPENING_LINES) return line.index + line[0].length;
  }
  return text.length;
}

/** A mention this sure stands in a partnership of its own ("IOP med X", "Parter"), whatever became of an application. */
const PARTNER_STANDING = 0.85;

export function extractIdeburna(doc: DocText): { fields: Field<string>[]; aliases: Map<string, string>; onlyNamed: Field<string> | null } {
  const { found, aliases, forms } = mentions(doc);
  const all = [...found, ...aliasMentions(doc, aliases), ...pointingBack(doc, found)].sort((a, b) => a.start - b.start);
  const candidates: Candidate<string>[] = [];
  // How many groups stand after the filters below, for the one organisation a page only names (onlyNamed).
  let named = 0;
  const canonical = new Map<Mention, string>();
  const groups = group(all);
  const refused = new Set(groups.filter((g) => g.some((m) => refusedApplicant(doc.text, m)) && !g.some((m) => m.strength >= PARTNER_STANDING)));
  // Only among others granted: a text about one refused application has that applicant as its party.
  const othersGranted = groups.some((g) => !refused.has(g) && combineStrengths(g.map((m) => m.strength)) >= KEEP_THRESHOLD);
  for (const g of groups) {
    // Named only on teaser lines ("Läs också: Stiftelsen X får bidrag"): another article's subject.
    if (g.every((m) => onTeaserLine(doc.text, m.start))) continue;
    // Its application refused or sent back while others are granted: no party to the grants.
    if (othersGranted && refused.has(g)) continue;
    const name = withTail(withoutCommonNoun(withPlace(representative(g).name, forms), doc.text), doc.text);
    named++;
    for (const m of g) {
      canonical.set(m, name);
      candidates.push({ value: name, key: name.toLowerCase(), rule: m.rule, strength: m.strength, start: m.start, end: m.end });
    }
  }
  const merged = mergeCandidates(doc, candidates);
  const fields = merged.filter((f) => f.confidence >= KEEP_THRESHOLD);
  // None kept, and one organisation named (by its marker, or in a context too weak alone), in the page's opening: the page's
  // own, should the page be a partnership's (pipeline/extract.ts).
  const lone = fields.length === 0 && named === 1;
  const opening = lone ? openingEnd(doc.text) : 0;
  const onlyNamed = lone && candidates.some((c) => c.start < opening) ? (merged[0] ?? null) : null;
  const kept = new Set(fields.map((f) => f.value));
  const aliasMap = new Map<string, string>();
  for (const [alias, of] of aliases) {
    const name = canonical.get(of);
    if (name && kept.has(name)) aliasMap.set(alias, name);
  }
  return { fields, aliases: aliasMap, onlyNamed };
}
