/**
 * A decision reported in running text — a news page or a press release, not a protocol: "Vid sitt
 * sammanträde den 27 november beslutade kommunstyrelsen att …", "Nu har socialnämnden godkänt …",
 * "Regionstyrelsen sa ja till …", "Beslut om IOP-avtalet togs av kommunstyrelsen i december", or one still
 * to be taken ("Ärendet diskuteras på mötet med regionstyrelsen den 8/2", "… föreslås att …": förslag).
 * A decision or proposal must name a body (one the parties extractor found); an agreement reported
 * concluded, or a decision of a kommun or region as a whole, counts without one. The date is the one the sentence gives to the decision ("den 27 november",
 * "2013-08-20", "den 8/2", "i går", "på tisdagen"), the year and the relative day taken from the document's
 * own date (document-date.ts); without that date a relative day dates nothing. Examples and
 * counter-examples are in decision.test.ts.
 */
import organWords from '../lexicon/organ.json' with { type: 'json' };
import { sentences, type TextSpan } from '../engine/sentences.js';
import type { BodyMention } from './body.js';
import type { Outcome } from './outcomes.js';
import { asNamedInRunningText, canonicalOrgan, COMMON_OWNERS, CONTRIBUTES, GRANT_RECEIVED, isPublicBody } from '../parties/index.js';
import { DOTTED_DATE, documentDate, isoFromNumbers, isoFromWritten, type DocumentDate } from './document-date.js';
import { relativeDay } from './relative-day.js';
import { eachMatch } from '../engine/sticky.js';
import { perText } from '../engine/memo.js';
import { foldedWritings, NOT_AFTER_LETTER } from '../engine/folded.js';
import { MONTH_NUMBER, MONTH_WORDS } from '../period/dates.js';

/**
 * A body's genitive stands for the body before its members ("Kultur- och fritidsnämndens politiker beslutade …", "… av
 * nämndens ledamöter") and before its meeting, where a passive decision names no agent: "det beslutades vid
 * socialnämndens senaste sammanträde", "Beslutet togs på kommunstyrelsens möte i tisdags". Not its other belongings
 * ("socialnämndens ordförande", "kommunstyrelsens förslag").
 */
const BODY_GENITIVE = String.raw`s(?=\s+(?:${organWords.members.join('|')}|(?:(?:senaste|sista|ordinarie|extra|nästa)\s+)?(?:sammanträde|möte)t?)(?![\p{L}]))`;
/**
 * A body's name in running text, where the parties extractor named none: "kommunstyrelsen", "Kultur- och
 * fritidsnämnden", "regionfullmäktige", "Kultur & Fritidsnämnden" (the body's grammar is the parties extractor's isPublicBody).
 */
const BODY_WORD = new RegExp(String.raw`(?<![\p{L}])((?:\p{L}+(?:-\s+och|\s+&)\s+)?\p{L}*(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet))(?:${BODY_GENITIVE})?(?![\p{L}])`, 'giu');
/** Two fields joined by an ampersand, "Kultur & Fritidsnämnden": a body whose last word is one, named lower case as in running text. */
const AMPERSAND_NAME = /^\p{L}+\s+&\s+(\p{L}+)$/u;

/** The state's authorities named like a body ("Länsstyrelsen", "Socialstyrelsen") fund or supervise: never a kommun's or region's deciding body. */
const STATE_AGENCY = new RegExp(String.raw`^(?:${organWords.stateAgencies.join('|')})(?:n|ns|s)?$`, 'iu');

export function bodiesIn(sentence: TextSpan): BodyMention[] {
  return [...eachMatch(BODY_WORD, sentence.text)].flatMap((m) => {
    const written = m[1]!;
    if (STATE_AGENCY.test(written)) return [];
    const joined = AMPERSAND_NAME.exec(written.replace(/\s+/gu, ' '));
    if (joined) {
      if (!isPublicBody(canonicalOrgan(joined[1]!))) return [];
      return [{ value: written.replace(/\s+/gu, ' ').toLowerCase(), start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }];
    }
    const name = canonicalOrgan(written);
    if (!isPublicBody(name)) return [];
    // "en enig kultur- och fritidsnämnd" is "kultur- och fritidsnämnden" (organ.ts).
    const value = asNamedInRunningText(sentence.text, m.index, name);
    return isPublicBody(value) ? [{ value, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }] : [];
  });
}

/**
 * A body named by its head word alone ("Vid senaste mötet avslog nämnden ansökan"), or by its members ("fördelades av nämndens
 * ledamöter"), is the one body of that kind the page named before: "kultur- och fritidsnämnden" after "Kultur- och
 * fritidsnämnden ger 2 000 kronor …". Where the page named two nämnder before, "nämnden" names neither.
 */
const HEAD_ALONE = new RegExp(String.raw`(?<![\p{L}-])(nämnden|styrelsen|utskottet)(?:${BODY_GENITIVE})?(?![\p{L}])`, 'giu');
const HEAD_ENDING: Readonly<Record<string, RegExp>> = { nämnden: /nämnden?$/u, styrelsen: /styrelsen$/u, utskottet: /utskott(?:et)?$/u };

/**
 * A district after a body's head ("socialnämnden Centrum", Göteborg's social districts): the body is named by the head
 * before it, and the body named with its district and without it ("socialnämnden") is one body, the district's.
 */
const DISTRICT_AFTER_HEAD = /\s+\p{Lu}[\p{L}-]*$/u;

function namedBefore(sentence: TextSpan, bodies: readonly BodyMention[]): BodyMention[] {
  for (const m of eachMatch(HEAD_ALONE, sentence.text)) {
    const ending = HEAD_ENDING[m[1]!.toLowerCase()]!;
    const earlier = [...new Set(bodies.filter((b) => b.start < sentence.start && ending.test(b.value.replace(DISTRICT_AFTER_HEAD, ''))).map((b) => b.value))];
    const fullest = earlier.filter((value) => !earlier.some((other) => other.startsWith(`${value} `)));
    if (fullest.length === 1) return [{ value: fullest[0]!, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }];
  }
  return [];
}

/**
 * A rule document's adoption line, the participle with its agent: "Antaget av socialnämnden den 24 augusti 2016 § 119",
 * "Fastställd av Regionstyrelsen, 2020-04-08", "Fastställd av kultur- och fritidsnämnden den 14:e mars". The body that
 * adopted the page decided it. Not the bare participle ("Riktlinjen är fastställd", "antagna stadgar").
 */
const ADOPTED_BY = String.raw`(?:antagen|antaget|antagna|fastställd|fastställt|fastställda)\s+av(?=\s)`;

/**
 * A meeting's day between a decision's verb and its object, where time adverbials stand in Swedish: "Nämnden tog den 16
 * december beslut om …", "I socialnämnden fattades den 3 maj beslut om …". Its year, if any, is read as any sentence date's.
 */
const DAY_BETWEEN = String.raw`(?:(?:den\s+)?\d{1,2}(?::[ae]|e)?\s+(?:${MONTH_WORDS})\s+)?`;

/**
 * Verbs that report a decision taken — also the present of a news headline or lead, "Kommunstyrelsen säger ja till IOP",
 * "Nämnden ger klartecken till partnerskapet" (not the infinitive after "ska", "väntas": "väntas ge klartecken") — also with the decision fronted and the body after its verb ("Beslutet om
 * partnerskapet tog kommunstyrelsen den 3 maj"; not "Beslutet tog lång tid"), or the news idiom "Därför blev det ja till
 * försäljningen vid tekniska nämndens sammanträde", "Det blev ja till …" (not "Blir det ja …?", a question, nor "om det blir ja"): past, or a supine after "har" wherever the subject stands ("har
 * socialnämnden i dag beslutat"), or the passive with its agent, past or perfect ("har nu antagits av kommunstyrelsen",
 * "Beslut har tagits om att uppdatera överenskommelsen"); grants handed out ("Arbets- och socialnämnden har delat ut
 * 502 800 kronor i bidrag", "Kommunledningsutskottet delade ut föreningsbidrag", "Vid dagens sammanträde med
 * organisations- och föreningsutskottet förmedlades 1,1 miljoner kronor"), not the present ("delar ut").
 */
export const REPORTED_APPROVAL = new RegExp(
  String.raw`(?<![\p{L}])(?:${ADOPTED_BY}|beslutade|beslutat|beslöt|godkände|godkänt|biföll|bifallit|fastställde|fastställt|(?:röstade|röstat)\s+(?:[\p{L}-]+\s+){0,7}?(?:ja\s+till|igenom)|röstade\s+för|(?:gav|gett|givit|ger)\s+(?:[\p{L}-]+\s+){0,2}?(?:klartecken|grönt\s+ljus)|(?:sa|sade|sagt|säger|tackade|tackat|tackar)\s+(?:[\p{L}-]+\s+){0,5}?ja\s+till|(?:(?:blev|blir)\s+det|det\s+(?:blev|blir))\s+(?:ett\s+)?ja(?=\s+till|\s*[.!,]|\s+(?:vid|på|i)\s)|beviljade|beviljat|antog|antagit|klubbade|klubbat|gav\s+(?:[\p{L}-]+\s+){0,6}?i\s+uppdrag|fick\s+i\s+uppdrag|(?:tog|fattade|tagit|fattat)\s+${DAY_BETWEEN}(?:[\p{L}-]+\s+){0,4}?beslut(?:et)?|(?:ställde|ställt)\s+sig\s+bakom|valde\s+att|valt\s+att|tilldelade|tilldelat|bifölls|togs\s+av|godkändes|beslutades|klubbades|beviljades|antogs|godkänts|antagits|beslutats|klubbats|beviljats|(?:fattades|togs)\s+${DAY_BETWEEN}(?:[\p{L}-]+\s+){0,2}?beslut(?:et)?|beslut(?:et)?\s+(?:[\p{L}-]+\s+){0,4}?(?:fattades|togs|fattats|tagits)|(?<=^|[.!?]\s+)Beslut(?:et)?\s+(?:[\p{L}-]+\s+){0,4}?(?:tog|fattade)(?=\s+\p{L}*(?:nämnden|styrelsen|fullmäktige|utskottet)(?![\p{L}]))|(?:delade|delat|delades|delats)\s+(?:[\p{L}-]+\s+){0,2}?ut|fördelades|fördelats|förmedlades|förmedlats)(?![\p{L}])`,
  'iu',
);
/**
 * Verbs that report an agreement concluded: a decision taken, though the text may not say by whom; also in the
 * passive ("Ett IOP har tecknats mellan kommunen och föreningen", "I veckan undertecknades avtalet"), never in the
 * present ("IOP-avtal tecknas mellan …" tells how it is done). "Ingå i" is to be part of, no agreement: "Tre nämnder
 * har ingått i granskningen" (but "ingått i ett partnerskap" joins one).
 */
export const REPORTED_AGREEMENT =
  /(?<![\p{L}])(?:tecknat|tecknade|tecknats|tecknades|undertecknats|undertecknades|ingåtts|ingicks|slutits|slöts|(?:ingått|ingick)(?!\s+i\s+(?!(?:ett|en|det|den)\s))|skrivit\s+under|skrivits\s+under|skrev\s+(?:[\p{L}-]+\s+){0,3}?(?:under|på)|skrivit\s+på|undertecknade|undertecknat|kommit\s+överens|kom\s+överens|slöt|slutit)(?![\p{L}])/iu;
/**
 * A headline tells a concluded agreement in the present: "Kommunen ingår IOP-avtal med kvinnojouren". Only in
 * a headline (a short line without a full stop); in running text the present describes how IOP works.
 */
const HEADLINE_AGREEMENT = /(?<![\p{L}])(?:ingår|tecknar|sluter|undertecknar)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:IOP|avtal|överenskommelse|partnerskap)/u;
const HEADLINE = /^[^.!?\n]{10,100}$/u;
/**
 * A lead tells a round of grants settled, without its agent: "Nu är årets fördelning avgjord", "Nu är fördelningen av de
 * ekonomiska bidragen till organisationer … klar inför nästa år". Not a round still to settle ("Fördelningen ska vara
 * klar i maj"), nor one told further down, where it may be any year's.
 */
const SETTLED_ROUND = /^Nu\s+är\s+(?:årets\s+)?fördelning(?:en)?(?:\s+av\s+[^.!?\n]{1,100}?)?\s+(?:klar|avgjord)(?![\p{L}])/u;
/**
 * Whose round it is, where the lead names the body the grants are applied for from just before: "Varje år kan
 * kulturföreningar söka bidrag från kulturnämnden. Nu är årets fördelning avgjord." → kulturnämnden. Not a body named
 * otherwise ("Kulturnämndens ordförande …").
 */
const APPLIED_FROM = /(?<![\p{L}])(?:söka|söker|sökt|sökte|ansöka|ansöker|ansökt)\s+(?:om\s+)?(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:bidrag|stöd|medel)\p{L}*\s+(?:från|hos)\s+$/iu;
/** How far before the body its grant's application may be told. */
const APPLIED_FROM_REACH = 80;

/**
 * A cleft names the body that decides what the page reports: "Det är socialnämndens arbetsutskott som beslutar vilka som ska
 * få medel", "Det var kultur- och fritidsnämnden som fördelade pengarna". The decider of a decision the page tells without
 * its agent ("pengarna har i huvudsak fördelats till barnfamiljer"). Not a body clefted for something else ("Det är
 * kommunstyrelsen som ansvarar för lokalerna").
 */
const CLEFT_BEFORE = /(?<![\p{L}])[Dd]et\s+(?:är|var)\s+$/u;
const CLEFT_AFTER = /^\s+som\s+(?:\p{L}+\s+){0,2}?(?:beslutar|beslutade|beslöt|fattar|fattade|beviljar|beviljade|fördelar|fördelade|avgör|avgjorde)(?![\p{L}])/u;

function cleftDecider(text: string, bodies: readonly BodyMention[]): BodyMention | null {
  return bodies.find((b) => CLEFT_BEFORE.test(text.slice(Math.max(0, b.start - 12), b.start)) && CLEFT_AFTER.test(text.slice(b.end, b.end + 60))) ?? null;
}

function roundOwner(text: string, bodies: readonly BodyMention[], before: number): BodyMention | null {
  return bodies.find((b) => b.end <= before && APPLIED_FROM.test(text.slice(Math.max(0, b.start - APPLIED_FROM_REACH), b.start))) ?? null;
}
/**
 * A decision's verb and its "att", with the time or meeting between where Swedish puts adverbials: "Kulturnämnden beslutade
 * idag att återremittera …", "Nämnden beslöt vid sitt senaste sammanträde att avslå ansökan". At most five words, none an
 * "att" of their own: "beslutade att bevilja bidraget men att avslå …" approves first.
 */
const DECIDED_TO = String.raw`(?:beslutade|beslutat|beslöt)(?:\s+(?!att(?![\p{L}]))[\p{L}\d-]+){0,5}?\s+att\s+`;

/**
 * A matter sent back or put off: "Kommunstyrelsen återremitterade ärendet", "Ärendet bordlades av socialnämnden",
 * "Nämnden beslutade att återremittera förslaget". Not decided, but what the body did with it (outcomes.ts gives
 * the same precedence: sent back before anything else the sentence says).
 */
export const REPORTED_RETURN = new RegExp(
  String.raw`(?<![\p{L}])(?:återremitter(?:ade|at|ades|ats)|${DECIDED_TO}återremittera|skickade\s+(?:[\p{L}-]+\s+){0,3}?tillbaka)(?![\p{L}])`,
  'iu',
);
export const REPORTED_POSTPONEMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:bordl(?:ade|agt|ades|agts)|${DECIDED_TO}bordlägga|sköt\s+(?:[\p{L}-]+\s+){0,3}?upp\s+beslutet)(?![\p{L}])`,
  'iu',
);
/**
 * "Kommunstyrelsen beslutade att föreslå kommunfullmäktige att godkänna …", "har beslutat att föreslå regionfullmäktige …",
 * with the meeting between: "beslutade därför vid sammanträdet den 23 februari att föreslå kommunfullmäktige …", or with the
 * body's kommun before it: "beslutade därför att föreslå Lerums kommunfullmäktige att bevilja …". Not a proposal to an
 * organisation ("beslutade att föreslå föreningen ett nytt avtal", "… att föreslå Lerums ryttarförening").
 */
export const REPORTED_PROPOSAL_ON =
  /(?<![\p{L}])(?:[Bb]eslutade|[Bb]eslutat|[Bb]eslöt)(?:\s+[\p{L}\d-]+){0,7}?\s+att\s+föreslå\s+(?=(?:\p{Lu}[\p{L}-]*s\s+)?\p{L}*(?:[Ff]ullmäktige|[Ss]tyrelsen|[Nn]ämnden)(?![\p{L}]))/u;
/**
 * A body's proposal told as what it is: "Kommunstyrelsens förslag är att kommunfullmäktige säger ja till att sälja
 * anläggningen", "Nämndens förslag var att bidraget höjs". The genitive's body proposes (group 1), whatever the clause after
 * "att" tells the other body to do. Not a proposal named otherwise ("Kommunstyrelsens förslag antogs": a decision on it).
 */
export const REPORTED_PROPOSAL_IS = new RegExp(
  String.raw`(?<![\p{L}])((?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnden|styrelsen|fullmäktige|utskottet))s\s+förslag\s+(?:är|var|blev)\s+att(?![\p{L}])`,
  'iu',
);
/**
 * A protocol's formula for adopting the proposal before it, in an excerpt whose headings the page has run together:
 * "Beslut Kommunstyrelsen beslutar enligt arbetsutskottets förslag." A decision taken, approving.
 */
export const REPORTED_AS_PROPOSED = /(?<![\p{L}])beslut(?:ar|ade|at)\s+(?:i\s+enlighet\s+med|enligt)\s+(?:[\p{L}-]+s\s+)?(?:förslag(?:et)?|beslutsförslag(?:et)?)(?![\p{L}])/iu;
/**
 * A refusal, also without its "att" ("har kommunstyrelsen beslutat avslå … ansökan"), chosen ("valde att avslå"), or a
 * no with the meeting between ("sa på sitt möte i går nej till", "tackade nej till"); in a news headline's words and
 * present, as an approval's "säger ja till" ("Servicenämnden nobbar bidrag till …", "Nämnden säger nej till
 * föreningen"), or the idiom "Det blev nej till ansökan i kulturnämnden", "… blev det nej". Not a "ja till".
 */
export const REPORTED_REFUSAL = new RegExp(
  String.raw`(?<![\p{L}])(?:avslog|avslagit|avslogs|(?:beslutade|beslutat|beslöt|valde|valt)\s+(?:att\s+)?avslå|${DECIDED_TO}avslå|(?:sa|sade|sagt|säger|röstade|röstat|tackade|tackat|tackar)\s+(?:[\p{L}-]+\s+){0,5}?nej\s+till|(?:(?:blev|blir)\s+det|det\s+(?:blev|blir))\s+(?:ett\s+)?nej(?=\s+till|\s*[.!,]|\s+(?:vid|på|i)\s)|nobb(?:ar|ade|at|ades|ats))(?![\p{L}])`,
  'iu',
);
/**
 * A grant withdrawn, told without its agent: "I år ser förutsättningarna annorlunda ut och bidraget dras in helt och
 * hållet", "Stödet till föreningen drogs in vid årsskiftet", "Kommunen drar in bidraget". A refusal (SCHEMA: a grant
 * withdrawn is still the matter's grant). Not one only proposed or possible ("föreslagit att pengarna skulle dras in",
 * "bidraget kan dras in om …"): the modal stands before the verb.
 */
export const REPORTED_WITHDRAWAL =
  /(?<![\p{L}])(?:(?:\p{L}*bidrag(?:et|en)|\p{L}*stöd(?:et)?|anslag(?:et|en))\s+(?:dras|drogs|har\s+dragits)\s+in|(?:drar|drog|har\s+dragit)\s+in\s+(?:\p{L}+\s+)?(?:\p{L}*bidrag(?:et|en)|\p{L}*stöd(?:et)?|anslag(?:et|en)))(?![\p{L}])/iu;

/**
 * A grant told from the receiving side, its granting body the agent after "av" or "från": "Ridklubben får 400 000 kronor i
 * bidrag av fritids- och kulturnämnden", "Föreningen fick i december medel från kommunstyrelsen", "Ryttarsällskapet fick ett
 * positivt besked av kommunstyrelsens arbetsutskott på måndagen", "fick hembygdsföreningen bidrag av stadens kultur- och
 * fritidsnämnd"; a no told so refuses ("fick avslag från kulturnämnden", "fick ett negativt besked av nämnden"). The present
 * only with a sum (GRANT_SUM): "Många föreningar får bidrag från socialnämnden" tells how things are done. Not a grant from a
 * state agency ("får 3 miljoner kronor av länsstyrelsen": no body of a kommun or region, organ.ts), nor a body's budget
 * ("fick pengar från kulturnämndens budget": the body's genitive is no agent). The words up to the giver are organ.ts's
 * (GRANT_RECEIVED, organ.granted-by).
 */
export const REPORTED_GRANT = new RegExp(
  String.raw`${GRANT_RECEIVED}(?:${COMMON_OWNERS}\s+)?(?=(?:\p{L}+-\s+(?:och|&)\s+)?\p{L}*(?:nämnd|styrelse|fullmäktige|utskott)(?!\p{L}*s\s+budget))`,
  'iu',
);
/**
 * A grant told as the body's contribution, its body the subject: "Kommunens kultur- och fritidsnämnd bidrar med 150 000
 * kronor", "Socialnämnden bidrog med en halv miljon". Not a routine ("bidrar varje år med"), nor a contribution in kind
 * ("bidrar med lokaler": CONTRIBUTES takes money only).
 */
const REPORTED_CONTRIBUTION = new RegExp(String.raw`(?<![\p{L}])${CONTRIBUTES}`, 'iu');
/** A grant's sum, which the present "får" needs to tell a grant decided. */
const GRANT_SUM = /\d[\d\s]*(?:[,.]\d+)?\s*(?:kronor|kr|mkr|tkr|miljon(?:er)?)(?![\p{L}])/iu;
/** How far after a grant's "av" or "från" its agent may begin: the owner's genitive is part of the verb's match. */
const AGENT_REACH = 2;
/** A receiving side's no: "fick avslag från", "fick ett negativt besked av". */
const GRANT_REFUSED = /(?<![\p{L}])(?:nej|avslag|negativt)(?![\p{L}])/iu;
/**
 * A decision told as a condition is still to come: "Godkänner politikerna i socialnämnden förslaget får Kvinnojouren …"
 * (the verb first), "… om det förslag som kommunstyrelsens arbetsutskott nu ställt sig bakom går igenom", "föreningarna blir
 * beviljade lån om kommunfullmäktige röstar ja till förslaget", "… det avtal som
 * kommunen, under förutsättning att beslut fattas i kommunfullmäktige den 25 februari, tecknat med föreningen", "förutsatt att
 * kommunfullmäktige godkänner avtalet": förslag. Not a decision told as taken ("Kommunfullmäktige röstade ja till förslaget"),
 * nor a condition on the grant's use ("under förutsättning att föreningen redovisar"): the condition is a body's decision.
 */
export const REPORTED_CONDITION =
  /(?<![\p{L}])(?:[Uu]nder\s+förutsättning\s+(?:av\s+)?att|[Ff]örutsatt\s+att)\s+(?:[^.]{0,60}?\s)?(?:beslut\s+fattas|godkänns|beslutas|antas|klubbas|(?:\p{L}*(?:fullmäktige|nämnden|styrelsen)\s+)(?:godkänner|beslutar|antar|beviljar|säger\s+ja))(?![\p{L}])|^(?:Godkänner|Beviljar|Beslutar|Antar|Bifaller|Klubbar|Säger|Ger)\s|(?<![\p{L}])(?:om|ifall)\s+(?:det|detta|ett|förslaget)(?![\p{L}])[^.]{0,80}?\s(?:går\s+igenom|godkänns|antas|klubbas|beslutas)(?![\p{L}])|(?<![\p{L}])(?:om|ifall)\s+(?:[\p{L}-]+\s+){1,4}?(?:(?:röstar|säger)\s+ja\s+till|ger\s+(?:[\p{L}-]+\s+){0,2}?(?:klartecken|grönt\s+ljus))(?![\p{L}])/u;
/**
 * A decision still to come, before the body that is to take it: förslag; also a body's proposal laid before another ("Nu
 * har kommunstyrelsen lagt fram förslag till en höjning av beloppet"), or one to be taken in the present passive ("Beslut om
 * bidraget fattas av kultur- och fritidsnämnden den 14 december", "Beslut i ärendet tas i nämnden den 25 maj"), or one the
 * body is to take ("Snart ska nämnden fatta beslut"), or one that remains ("Nu återstår ett beslut i kommunfullmäktige"). Not a proposal adopted ("lade fram" is no decision, "antog förslaget" is).
 * A proposal told in the past is still one, the deciding body yet to take it up, where a body is the verb's subject
 * beside it: "Det föreslog kommunstyrelsens arbetsutskott på sitt möte under tisdagen", "Socialnämnden har föreslagit att
 * bidraget höjs"; not a party group's ("Vid fritidsnämndens möte föreslog Socialdemokraterna en höjning").
 */
export const REPORTED_PROPOSAL =
  /(?<![\p{L}])(?:förslag\s+till\s+beslut|beslutsförslag|föreslås|föreslår|(?<=(?:nämnden|styrelsen|fullmäktige|utskottet)\s+)(?:föreslog|(?:har|hade)\s+föreslagit)|föreslog(?=\s+(?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnd|styrelse|fullmäktige|utskott))|(?:lagt|lade|lägger|lägga)\s+fram\s+(?:ett\s+|sitt\s+|nytt\s+)?förslag|(?:ska|skall)\s+(?:besluta|ta\s+ställning|behandla|avgöras|klubbas|behandlas)|(?:ska|skall)\s+(?:[\p{L}-]+\s+){0,2}?(?:fatta|ta)\s+beslut|väntas\s+(?:besluta|fatta\s+beslut|ta\s+ställning|klubbas)|avgörs|(?:går|ska)\s+(?:nu\s+)?upp\s+(?:för\s+beslut\s+)?i|kommer\s+att\s+(?:besluta|behandla|ta\s+ställning)|diskuteras|behandlas|tas\s+upp|beslut(?:et)?\s+(?:[\p{L}-]+\s+){0,4}?(?:fattas|tas)\s+(?:av|i)|inför\s+(?:nästa\s+)?(?:möte|sammanträde)t?|går\s+(?:nu\s+)?vidare\s+till|återstår\s+(?:nu\s+)?(?:ett\s+|det\s+)?(?:\p{L}+\s+)?beslut(?:et)?)(?![\p{L}])/iu;
/**
 * A news page's lead tells the decision it reports in the present, its body the subject: "Regionstyrelsen beviljar 43
 * organisationer … bidrag", "Regionstyrelsen fördelar sammanlagt 36,2 miljoner kronor …", "Kulturnämnden beslutar att
 * fördela …". Only in the lead (LEAD_CHARS), where the present is the news; further down it tells how things are done
 * ("Kulturnämnden beviljar bidrag till föreningar som …"), and a routine never is a decision ("delar varje år ut").
 */
const LEAD_PRESENT = new RegExp(
  String.raw`^\p{Lu}\p{L}*(?:-\s+och\s+\p{L}*)?(?:nämnden|styrelsen|fullmäktige|utskottet)\s+(?:nu\s+)?(?:beviljar|fördelar|delar\s+ut|godkänner|beslutar\s+att\s+(?:bevilja|fördela|godkänna|ge|dela\s+ut|ingå|teckna))(?![\p{L}])`,
  'u',
);
const ROUTINE = /(?<![\p{L}])(?:varje|årligen|brukar|kan|får\s+söka)(?![\p{L}])/iu;
/** How far into the text (after its "# source:" line) a page's lead runs. */
const LEAD_CHARS = 400;

/**
 * A decision named by its body, without a verb: "Enligt kultur- och fritidsnämndens beslut kommer stödet …", "Protokoll
 * från beslutet i Socialnämnden", "ett politiskt beslut i kommunfullmäktige om att …", "Nej till extra pengar … blev beslutet
 * från socialnämnden" (the meeting the organ extractor reads in "beslut i/av/från"). The body took it; group 1 or 2 is the
 * body's name. Only where the sentence has no verb of its own (a last resort in reportedVerb), so "Beslut i kommunstyrelsen
 * väntas i maj" stays a proposal.
 */
const NAMED_BODY = String.raw`(?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnden|styrelsen|fullmäktige|utskottet)`;
const NAMED_DECISION = new RegExp(String.raw`(?<![\p{L}])(?:(${NAMED_BODY})s\s+beslut(?:et)?|beslut(?:et)?\s+(?:i|av|från)\s+(${NAMED_BODY}))(?![\p{L}])`, 'iu');
/** A named decision whose sentence says no: "Nej till extra pengar … blev beslutet från socialnämnden", "Beslutet blev ett nej". */
const NAMED_NO = /(?<![\p{L}])nej(?![\p{L}])/iu;

/**
 * The sentence after a decision leaves the final word to a higher body: "Den ska fastställas av kommunfullmäktige",
 * "Beslutet ska slutligt tas av regionfullmäktige". What was decided before it only proposes.
 */
const FINAL_BY = /^\p{L}+(?:\s+\p{L}+)?\s+(?:ska|skall)\s+(?:sedan\s+|slutligt\s+|därefter\s+)?(?:fastställas|beslutas|godkännas|antas|klubbas|tas|behandlas)\s+(?:slutligt\s+)?(?:av|i)\s+\p{L}*fullmäktige(?![\p{L}])/iu;

/**
 * A decision named as still to come: "Beslut i kommunstyrelsen väntas i maj", "… kommer att tas upp …", "Nu återstår ett
 * beslut i kommunfullmäktige som har ärendet på bordet den 20 september".
 */
const TO_COME = /(?<![\p{L}])(?:väntas|ska|skall|kommer\s+att|planeras|nästa|återstår)(?![\p{L}])/iu;

/**
 * A kommun or region deciding as a whole: "Västra Götalandsregionen tog beslut om …", "Kommunen har beslutat":
 * a decision without a body.
 */
const PUBLIC_SUBJECT =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}-]+\s+(?:kommuns?|stads?)|Region\s+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+regionens?|\p{Lu}[\p{L}-]+\s+läns\s+landstings?|[Kk]ommunens?|[Rr]egionens?|[Ss]tadens?)(?![\p{L}])/u;
/**
 * A grant told from the receiving side, the kommun or region as a whole its giver: "Skällingegården får nära 950000 kronor
 * och Aranäsgården får 106000 kronor av kommunen", "Föreningen fick 200 000 kronor från Region Skåne". Decided, by no
 * one body, as a decision PUBLIC_SUBJECT takes; the present only with a sum, as REPORTED_GRANT, and only in the lead
 * (LEAD_CHARS), where the present is the news: further down it tells an agreement's terms ("Överenskommelsen innebär att
 * föreningen får 2,1 miljoner kronor från kommunen"). Not a state agency's grant ("får 3 miljoner kronor av
 * länsstyrelsen"), nor a kommun only placed ("får bidrag i kommunen").
 */
const PUBLIC_GRANT = new RegExp(String.raw`${GRANT_RECEIVED}(?=${PUBLIC_SUBJECT.source})`, 'u');
/**
 * A motion or citizens' proposal on its way through the bodies ("Motionen passerade omsorgsnämnden och går vidare
 * till kommunfullmäktige") is a politician's initiative, not a proposal of the body the document records.
 */
const MOTION = /(?<![\p{L}])(?:\p{L}*motion(?:en|er|erna)?|medborgarförslag(?:et|en)?)(?![\p{L}])/iu;
/**
 * A sentence that denies its verb ("tas frågan inte upp", "Nämnden har inte beviljat", "beslutade att inte bevilja") reports
 * nothing. A negation after the verb in a clause of its own, opened by a subordinator or "men", denies something else: "I slutet
 * av mars beviljade kommunstyrelsen 9 000 kronor … trots att ansökan inte kom in inom utsatt tid", "Redan innan fullmäktige
 * beviljade föreningen ett lån yrkade Hallin avslag med motiveringen att kommunen inte ska vara bank", "beviljade bidraget, men
 * inte hela beloppet". One before the verb still denies it ("Kommunen gjorde inte fel när man beslutade …").
 */
const NEGATED = /(?<![\p{L}])(?:inte|ej|aldrig)(?![\p{L}])/giu;
const OWN_CLAUSE = /(?<![\p{L}])(?:trots|eftersom|motivering(?:en)?|därför\s+att|men|medan|fast|som|när|då|vilket|innan|sedan|fastän|även\s+om)(?![\p{L}])/iu;

function deniesVerb(text: string, verb: RegExpExecArray): boolean {
  const verbEnd = verb.index + verb[0].length;
  return [...eachMatch(NEGATED, text)].some((m) => m.index < verbEnd || !OWN_CLAUSE.test(text.slice(verbEnd, m.index)));
}
/**
 * A sentence that asks or supposes reports nothing either: an indirect question ("ställde en fråga om Region
 * Västernorrland tecknat IOP-avtal", "undrade huruvida nämnden beslutat"), a direct one ("Har Region
 * Västernorrland tecknat något IOP-avtal med idéburna organisationer?", but not "… sa ja till avtalet." after a
 * quoted question) or a condition that opens it ("Om motionen får grönt ljus i kommunfullmäktige …").
 */
const ASKED = /(?<![\p{L}])(?:(?:fråga|frågan|frågade|frågar|undrade|undrar)\s+om|huruvida)(?![\p{L}])|^(?:Om|Ifall)\s|\?[)"'”’»]*$/u;

/** "2013-08-20", "den 27 november", "den 14:e november", "20 augusti 2013", "den 8/2", "den 10.05.2023". */
const SENTENCE_DATE = new RegExp(
  `((?:19|20)\\d{2})-(\\d{2})-(\\d{2})|(?<![\\p{L}\\d])(\\d{1,2})(?::[ae]|e)?\\s+(${MONTH_WORDS})\\.?(?:\\s+((?:19|20)\\d{2}))?(?![\\p{L}])|(?<![\\p{L}])den\\s+(\\d{1,2})/(\\d{1,2})(?![\\d/])|${DOTTED_DATE}`,
  'giu',
);
/** A date that bounds a period ("från 1 januari 2024", "från och med den 1 januari", "– 31 december 2025") is not the decision's. */
const PERIOD_BEFORE = /(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?|till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|mellan|perioden|[–-])(?:\s+den)?\s*$/iu;

export interface ProseDecision {
  outcome: Outcome;
  /** Null where an agreement is reported concluded but no body is named. */
  body: BodyMention | null;
  date: { value: string; start: number; end: number } | null;
  /** Whether the date's year or day was counted from the page's address alone, not its text. */
  dateFromSource: boolean;
  sentence: TextSpan;
}

/** The commission among the reported verbs: "gav förvaltningen i uppdrag". */
const COMMISSION_VERB = /^gav\s.*\si\s+uppdrag$/isu;

/** What may stand before a sentence's subject: nothing, a list mark, "Nu har", "I dag har". */
const OPENING = /^(?:\d{1,2}[.)]\s*|[•·*–-]\s*)?(?:(?:Nu|I\s*dag|I\s*går|Även|Också)\s+(?:har\s+)?)?(?:även\s+|också\s+)?$/iu;
/** A verb in the s-passive: its agent follows it ("godkändes av", "antogs av", "beslutats av"). */
const PASSIVE = /(?:des|ades|ogs|ats|gits|ts|gs|lls|as|\sav)(?![\p{L}])/iu;

/** A date that states its own year owes nothing to the page's date. */
const YEAR = /(?:19|20)\d{2}/u;

/** How far from the reporting verb a date may stand and still be the decision's (a long flattened sentence holds others). */
const DATE_REACH = 100;

/**
 * A news page reports decisions already taken: a day and month without a year that would fall after the
 * page's own date ("den 27 november" on a page of 10 January) was last year's. A meeting still to come keeps it.
 */
function withYear(day: string, month: string | number, own: DocumentDate, decided: boolean): string | null {
  const value = typeof month === 'number' ? isoFromNumbers(own.year, month, day) : isoFromWritten(day, month, own.year);
  if (!value || !decided || !own.value || value <= own.value) return value;
  return `${Number(own.year) - 1}${value.slice(4)}`;
}

function sentenceDate(sentence: TextSpan, verbAt: number, own: DocumentDate | null, decided: boolean): ProseDecision['date'] {
  for (const m of eachMatch(SENTENCE_DATE, sentence.text)) {
    if (PERIOD_BEFORE.test(sentence.text.slice(0, m.index))) continue;
    if (Math.abs(sentence.start + m.index - verbAt) > DATE_REACH) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (m[1]) return { value: `${m[1]}-${m[2]}-${m[3]}`, start, end };
    if (m[4] && m[6]) {
      const value = isoFromWritten(m[4], m[5]!, m[6]);
      if (value) return { value, start, end };
    }
    if (m[4] && own) {
      const value = withYear(m[4], m[5]!, own, decided);
      if (value) return { value, start, end };
    }
    if (m[9]) return { value: isoFromNumbers(m[11]!, m[10]!, m[9]), start, end };
    if (m[7] && own) return { value: withYear(m[7], Number(m[8]), own, decided)!, start, end };
    return null;
  }
  const relative = own?.value ? relativeDay(sentence.text, own.value) : null;
  return relative ? { value: relative.value, start: sentence.start + relative.start, end: sentence.start + relative.end } : null;
}

/** A grant told received in the past: "fick", "fått". */
const RECEIVED_PAST = /^f(?:ick|ått)/iu;
/** A grant told received: in the past, or in the present with its sum and not as a routine ("får varje år"). */
const received = (grant: RegExpExecArray | null, text: string): RegExpExecArray | null =>
  grant && (RECEIVED_PAST.test(grant[0]) || (GRANT_SUM.test(grant[0]) && !ROUTINE.test(text))) ? grant : null;
/** What a grant told received decided: a no told so ("fick avslag från …") refuses, else it approves. */
const grantOutcome = (grant: RegExpExecArray): Outcome => (GRANT_REFUSED.test(grant[0]) ? 'avslag' : 'bifall');

/** A reported verb, the outcome it gives and what the sentence must name with it. */
type Reported = { verb: RegExpExecArray; outcome: Outcome; decided: boolean; needsBody: boolean; agreement?: true; namedBody?: string; round?: true; agent?: true };

/** The verb a sentence reports with, unless the sentence asks or denies it (NEGATED, ASKED). */
function reportedVerb(text: string, lead = false): Reported | null {
  if (ASKED.test(text)) return null;
  const found = reportedVerbOf(text, lead);
  return found && deniesVerb(text, found.verb) ? null : found;
}

/** The verb a sentence reports with, and what outcome it gives; a refusal before an agreement before an approval. */
function reportedVerbOf(text: string, lead: boolean): Reported | null {
  const returned = REPORTED_RETURN.exec(text);
  if (returned) return { verb: returned, outcome: 'återremiss', decided: true, needsBody: true };
  const postponed = REPORTED_POSTPONEMENT.exec(text);
  if (postponed) return { verb: postponed, outcome: 'bordläggning', decided: true, needsBody: true };
  // A body that decides to propose to another only proposes (outcomes.ts: 'propose to higher body').
  const proposedOn = REPORTED_PROPOSAL_ON.exec(text);
  if (proposedOn) return { verb: proposedOn, outcome: 'förslag', decided: false, needsBody: true };
  const proposalIs = REPORTED_PROPOSAL_IS.exec(text);
  if (proposalIs) return { verb: proposalIs, outcome: 'förslag', decided: false, needsBody: true, namedBody: proposalIs[1]! };
  const refusal = REPORTED_REFUSAL.exec(text);
  if (refusal) return { verb: refusal, outcome: 'avslag', decided: true, needsBody: true };
  const withdrawn = REPORTED_WITHDRAWAL.exec(text);
  if (withdrawn) return { verb: withdrawn, outcome: 'avslag', decided: true, needsBody: false };
  const condition = REPORTED_CONDITION.exec(text);
  // A decision taken with a condition on another body's ("Utskottet beslutade att anta överenskommelsen, under förutsättning
  // att kommunfullmäktige beslutar om finansiering") is taken: only a condition before any decision told makes it to come.
  const decidedBefore = condition && /^(?:[Uu]nder|[Ff]örutsatt)/u.test(condition[0]) ? REPORTED_APPROVAL.exec(text.slice(0, condition.index)) : null;
  if (condition && !decidedBefore) return { verb: condition, outcome: 'förslag', decided: false, needsBody: true };
  const asProposed = REPORTED_AS_PROPOSED.exec(text);
  if (asProposed) return { verb: asProposed, outcome: 'bifall', decided: true, needsBody: true };
  const agreement = REPORTED_AGREEMENT.exec(text) ?? (HEADLINE.test(text) ? HEADLINE_AGREEMENT.exec(text) : null);
  // An agreement concluded is the public side's decision only where the sentence names that side: "Från föreningen
  // var det Kjell Svensson som undertecknade överenskommelsen" tells the association's signature.
  if (agreement) return { verb: agreement, outcome: 'bifall', decided: true, needsBody: !PUBLIC_SUBJECT.test(text), agreement: true };
  const grant = received(REPORTED_GRANT.exec(text), text);
  if (grant) return { verb: grant, outcome: grantOutcome(grant), decided: true, needsBody: true, agent: true };
  const contribution = ROUTINE.test(text) ? null : REPORTED_CONTRIBUTION.exec(text);
  if (contribution) return { verb: contribution, outcome: 'bifall', decided: true, needsBody: true };
  const publicGrant = received(PUBLIC_GRANT.exec(text), text);
  if (publicGrant && (lead || RECEIVED_PAST.test(publicGrant[0]))) return { verb: publicGrant, outcome: grantOutcome(publicGrant), decided: true, needsBody: false };
  const approval = REPORTED_APPROVAL.exec(text);
  if (approval) return { verb: approval, outcome: 'bifall', decided: true, needsBody: !PUBLIC_SUBJECT.test(text) };
  const present = lead && !ROUTINE.test(text) ? LEAD_PRESENT.exec(text) : null;
  const settled = lead ? SETTLED_ROUND.exec(text) : null;
  if (settled) return { verb: settled, outcome: 'bifall', decided: true, needsBody: false, round: true };
  if (present) return { verb: present, outcome: 'bifall', decided: true, needsBody: true };
  const proposal = REPORTED_PROPOSAL.exec(text);
  if (proposal) return !MOTION.test(text) ? { verb: proposal, outcome: 'förslag', decided: false, needsBody: true } : null;
  const named = TO_COME.test(text) ? null : NAMED_DECISION.exec(text);
  return named && !MOTION.test(text) ? { verb: named, outcome: NAMED_NO.test(text) ? 'avslag' : 'bifall', decided: true, needsBody: true, namedBody: named[1] ?? named[2]! } : null;
}

/**
 * A decision dated by its year alone, before the page's own year (or on a page without a date), or told as an
 * earlier year's, is history the page recalls: "Kommunfullmäktige antog överenskommelsen med idéburen sektor 2019",
 * "beslutade redan 2015 att …", "Socialnämnden tecknade förra året ett partnerskap". Not the year of a case number
 * ("Dnr KS (2010-KS0119) … Kommunstyrelsen beslutar enligt arbetsutskottets förslag").
 */
/** A season dates a year as a month does ("sommaren 2025", "hösten 2023"): no bare year. */
const SEASON = '(?:våren|sommaren|hösten|vintern)';
const BARE_YEAR = new RegExp(
  `(?<!(?:${MONTH_WORDS}|${SEASON})\\.?\\s|(?:för|under|perioden|till|från|t\\.?o\\.?m\\.?|[–-])\\s*|[\\d/.-])((?:19|20)\\d{2})(?!\\d|\\s*[–-]\\s*\\d|[-/]\\p{L})`,
  'giu',
);
const HISTORY_REACH = 60;

/**
 * A sentence that opens with an indirect question as its subject and tells what came of it: "Om en pensionärsförening
 * behöver vara ansluten till en riksorganisation eller ej har tolkats olika, vilket ledde till att vård- och
 * omsorgsnämnden avslog ansökan". Its consequence is told as fact, though the opening "Om" asks (ASKED): only the
 * consequence is read. A condition's own main clause ("Om nämnden säger ja, får föreningen …") stays a condition.
 */
const CONSEQUENCE = /^(?:Om|Ifall)\s[^]*?,\s+vilket\s+(?:har\s+|hade\s+)?(?:ledde|lett|medförde|medfört|innebar|inneburit|resulterade|resulterat)\s+(?:till|i)\s+att\s+/u;

function consequenceOf(sentence: TextSpan): TextSpan {
  const m = CONSEQUENCE.exec(sentence.text);
  return m ? { text: sentence.text.slice(m[0].length), start: sentence.start + m[0].length, end: sentence.end } : sentence;
}

/**
 * A time told relative to the page's: "förra året", "i fjol", "för två år sedan" — a decision of an earlier
 * year; or a state that has held since an earlier time: "har sedan tidigare antagit", "har sedan årsskiftet
 * 18/19 ingått", "sedan 2015", "sedan länge".
 */
const EARLIER_TIME =
  /(?<![\p{L}])(?:förra\s+året|förra\s+års|i\s*fjol|för\s+(?:\d{1,2}|\p{L}+)\s+år\s+sedan|sedan\s+(?:tidigare|länge|dess|årsskiftet|starten|början|många\s+år|flera\s+år|\d{2,4}(?:\/\d{2,4})?))(?![\p{L}\d])/iu;

/**
 * A decision dated by its month and year a year or more before the page's own date is history too: "I oktober 2012
 * fattade kommunfullmäktige beslut om att sälja" on a page of January 2015. Not a meeting of the month before ("den 14
 * december 2023" on a page of January 2024 is the news).
 */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_WORDS})\\.?\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu');
const MONTHS_OF_HISTORY = 12;
const monthIndex = (year: string, month: number) => Number(year) * 12 + month;

/**
 * A decision told in the pluperfect had been taken before what the page reports: "Tidigare hade socialnämnden avslagit ansökan
 * från kvinnojouren eftersom …" (then "Socialnämnden har därför beslutat att bevilja …" is the news). "hade" up to three words
 * before the supine, in the sentence's own words ("hade på tisdagen beslutat").
 */
const PLUPERFECT_BEFORE = /(?<![\p{L}])hade\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const PLUPERFECT_REACH = 40;

function isHistory(text: string, verb: RegExpExecArray, own: DocumentDate | null): boolean {
  const near = text.slice(Math.max(0, verb.index - HISTORY_REACH), verb.index + verb[0].length + HISTORY_REACH);
  if (PLUPERFECT_BEFORE.test(text.slice(Math.max(0, verb.index - PLUPERFECT_REACH), verb.index))) return true;
  if (EARLIER_TIME.test(near) || [...eachMatch(BARE_YEAR, near)].some((m) => !own || m[1]! < own.year)) return true;
  const page = own?.month ? monthIndex(own.year, Number(own.month)) : null;
  return page !== null && [...eachMatch(MONTH_YEAR, near)].some((m) => page - monthIndex(m[2]!, MONTH_NUMBER[m[1]!.toLowerCase()] ?? 0) >= MONTHS_OF_HISTORY);
}

/** The body a decision is named by (NAMED_DECISION), where it is one: "kultur- och fritidsnämnden". */
function namedBodyOf(written: string, at: number): BodyMention | null {
  if (STATE_AGENCY.test(written)) return null;
  const value = canonicalOrgan(written.replace(/\s+/gu, ' '));
  return isPublicBody(value) ? { value, start: at, end: at + written.length } : null;
}

/**
 * The reported decision that says most: a decision taken by a body before one still to come, then one with
 * its date, then one with its body, else an agreement concluded.
 */
export function proseDecision(text: string, bodies: readonly BodyMention[], within = Infinity, periodStart: string | null = null): ProseDecision | null {
  const own = documentDate(text);
  // A partnership already running when the page was written is described, not decided: "har ingått en
  // överenskommelse" on a page of November about an agreement from August records no decision.
  const running = periodStart !== null && own?.value != null && periodStart <= own.value;
  let best: { found: ProseDecision; rank: number } | null = null;
  // Read only when a sentence asks for it (undefined: not yet read).
  let meeting: PageMeeting | null | undefined;
  // Every body the page names, as the parties extractor found it or as written (bodiesIn): read when a sentence names one by its head alone.
  let pageBodies: BodyMention[] | undefined;
  // Every body the page names, read once and only when a sentence needs them.
  const everyBody = () => (pageBodies ??= [...bodies, ...bodiesIn({ text, start: 0, end: text.length })]);
  const top = /^(?:#[^\n]*\n)*/u.exec(text)![0].length;
  let previous: TextSpan | null = null;
  for (const whole of sentences(text)) {
    const sentence = consequenceOf(whole);
    // Only sentences that begin this far into the text (a report's lead) when the caller says so.
    if (sentence.start >= within) break;
    // "Vid sitt senaste möte antog kommunstyrelsen en policy. Den ska fastställas av kommunfullmäktige.": a proposal.
    const last: TextSpan | null = previous;
    previous = sentence;
    // (Widened by hand, as below: the compiler's loop analysis keeps best at its initial null here.)
    const decided = best as { found: ProseDecision; rank: number } | null;
    if (decided && last && decided.found.sentence.start === last.start && decided.found.outcome === 'bifall' && FINAL_BY.test(sentence.text)) {
      best = { ...decided, found: { ...decided.found, outcome: 'förslag' } };
      continue;
    }
    const reported = reportedVerb(sentence.text, sentence.start - top < LEAD_CHARS);
    if (!reported || (reported.agreement && running) || cutAfter(text, sentence, reported.verb)) continue;
    const at = sentence.start + reported.verb.index;
    if (reported.decided && isHistory(sentence.text, reported.verb, own)) continue;
    // A body inside a commission's verb phrase is commissioned, not deciding: "Majoriteten i Region Stockholm gav hälso- och
    // sjukvårdsförvaltningen i uppdrag att ingå IOP" (the region decided, as a whole); "Kommunstyrelsen gav förvaltningen i uppdrag".
    const commissioned = COMMISSION_VERB.test(reported.verb[0]) ? { start: at, end: at + reported.verb[0].length } : null;
    const named = bodies.filter((b) => b.start >= sentence.start && b.end <= sentence.end && !(commissioned && b.start >= commissioned.start && b.end <= commissioned.end));
    // The body nearest the verb: its subject before it, or after it in an inverted clause; but a body that opens
    // the sentence is its subject even with another between it and an active verb ("Kulturnämnden har på uppdrag
    // av kommunstyrelsen beslutat …"). A passive's agent follows the verb ("… godkändes av kommunstyrelsen").
    const written = named.length > 0 ? named : bodiesIn(sentence).filter((b) => !(commissioned && b.start >= commissioned.start && b.end <= commissioned.end));
    const near = (written.length > 0 ? written : namedBefore(sentence, everyBody())).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
    const opening = PASSIVE.test(reported.verb[0]) ? undefined : near.find((b) => b.start < at && OPENING.test(sentence.text.slice(0, b.start - sentence.start)));
    // A grant's agent stands right after its "av" or "från" (REPORTED_GRANT), an owner's genitive perhaps between.
    const agent = reported.agent ? (near.find((b) => b.start >= at + reported.verb[0].length && b.start <= at + reported.verb[0].length + AGENT_REACH) ?? null) : undefined;
    const body = agent !== undefined ? agent : reported.namedBody !== undefined ? namedBodyOf(reported.namedBody, at) : (opening ?? near[0] ?? null);
    // "Beslutet fattades den 22 maj." after the sentence that told who decided: the date of that decision.
    // (Widened by hand: the compiler's loop analysis keeps best at its initial null here.)
    const told = best as { found: ProseDecision; rank: number } | null;
    if (!body && told && told.found.body && !told.found.date && BACK_REFERENCE.test(sentence.text)) {
      const date = sentenceDate(sentence, at, own, true);
      if (date) best = { found: { ...told.found, date, dateFromSource: fromSource(text, date, own) }, rank: told.rank + 2 };
      if (best?.rank === 7) break;
      continue;
    }
    // A decision told without its agent on a page of one meeting's decisions was taken at that meeting; else by the body
    // a cleft names the decider.
    const decider =
      body ??
      (reported.round ? roundOwner(text, bodies, sentence.start) : null) ??
      (reported.decided && !reported.agreement ? ((meeting ??= pageMeeting(text, own))?.body ?? cleftDecider(text, everyBody())) : null);
    if (!decider && reported.needsBody) continue;
    const onPage = (b: BodyMention) =>
      titleDate(text, b) ?? ((meeting ??= pageMeeting(text, own))?.body.value === b.value ? meeting!.date : null) ?? meetingClauseDate(text, b, own, everyBody());
    const dated = decider ? (sentenceDate(sentence, at, own, reported.decided) ?? onPage(decider)) : null;
    const date = yearUnconfirmed(text, dated, own) ? null : dated;
    const found: ProseDecision = { outcome: reported.outcome, body: decider, date, dateFromSource: fromSource(text, date, own), sentence };
    const rank = (reported.decided && decider ? 4 : 0) + (found.date ? 2 : 0) + (decider ? 1 : 0);
    if (!best || rank > best.rank) best = { found, rank };
    if (rank === 7) break;
  }
  return best?.found ?? null;
}

/**
 * A page of one meeting's decisions names the meeting near its top, by its body's genitive: "Pressinformation från
 * regionfullmäktiges sammanträde 23 sep 2014", "Sammanfattning från kommunfullmäktiges sammanträde den 17 mars" (the
 * year the page's own), "Nyheter från kultur- och fritidsnämndens möte 2023-05-10"; or by "sitt" with the body before it
 * (group 2), as a decision letter opens, "Kultur- och fritidsnämnden har vid sitt sammanträde den 10 december 2025, § 148,
 * behandlat er ansökan", or after its verb: "Vid sitt sammanträde den 27 november diskuterade kommunstyrelsen …" (group 9).
 * Not a meeting named further down ("Vid nästa regionfullmäktigemöte den 3 november"), nor a page whose top names two
 * bodies' meetings.
 */
const PAGE_MEETING = new RegExp(
  `(?<![\\p{L}])(?:((?:\\p{L}+-\\s+och\\s+)?\\p{L}*(?:nämndens|styrelsens|fullmäktiges|utskottets))\\s+(?:sammanträde|möte)t?|(?:((?:\\p{L}+-\\s+och\\s+)?\\p{L}*(?:nämnden|styrelsen|fullmäktige|utskottet))\\s+(?:har\\s+|hade\\s+)?)?(?:vid|på)\\s+sitt\\s+(?:(?:senaste|sista|ordinarie|extra)\\s+)?(?:sammanträde|möte))\\s+(?:den\\s+)?(?:((?:19|20)\\d{2})-(\\d{2})-(\\d{2})|(\\d{1,2})\\s+(${MONTH_WORDS})\\.?(?:\\s+((?:19|20)\\d{2}))?)(?:\\s+\\p{L}+\\s+((?:\\p{L}+-\\s+och\\s+)?\\p{L}*(?:nämnden|styrelsen|fullmäktige|utskottet)))?(?![\\p{L}\\d])`,
  'giu',
);
/** How far into the text (after its "# source:" line) a page names its meeting. */
const PAGE_MEETING_CHARS = 400;

interface PageMeeting {
  body: BodyMention;
  date: ProseDecision['date'];
}

/**
 * A clause that dates a body's meeting anywhere on the page: "När kommunstyrelsen sammanträdde i onsdags var samtliga
 * ledamöter överens …", "Då socialnämnden möttes den 3 maj …", "När kultur- och fritidsnämnden hade sitt sammanträde på
 * tisdagen …": the date of the decisions the page tells that body took without a date of their own. Not a meeting still
 * to come ("När kommunfullmäktige sammanträder den 20 september"): the past only.
 */
const MEETING_CLAUSE = /^\s+(?:sammanträdde|möttes|träffades|(?:hade|höll)\s+(?:sitt\s+)?(?:(?:senaste|sista|ordinarie|extra)\s+)?(?:sammanträde|möte))(?![\p{L}])/iu;
/** What opens such a clause before its body: "När", "Då", "När en enig", "Då den nya". */
const MEETING_CLAUSE_OPENING = /(?:^|[.!?]\s+|\n\s*)(?:När|Då)\s+(?:\p{L}+\s+){0,2}$/u;
/** How far after its body a meeting clause may date it. */
const MEETING_CLAUSE_REACH = 40;

function meetingClauseDate(text: string, body: BodyMention, own: DocumentDate | null, mentions: readonly BodyMention[]): ProseDecision['date'] {
  for (const m of mentions) {
    if (m.value !== body.value || !MEETING_CLAUSE.test(text.slice(m.end, m.end + MEETING_CLAUSE_REACH))) continue;
    if (!MEETING_CLAUSE_OPENING.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const clause = { text: text.slice(m.start, m.end + MEETING_CLAUSE_REACH), start: m.start, end: m.end + MEETING_CLAUSE_REACH };
    const date = sentenceDate(clause, m.end, own, true);
    if (date) return date;
  }
  return null;
}

function pageMeeting(text: string, own: DocumentDate | null): PageMeeting | null {
  const top = /^(?:#[^\n]*\n)*/u.exec(text)![0].length;
  const found = [...eachMatch(PAGE_MEETING, text.slice(top, top + PAGE_MEETING_CHARS))].flatMap((m) => {
    const before = m[1] ?? m[2];
    const written = before ?? m[9];
    if (!written) return [];
    const value = canonicalOrgan(written);
    if (!isPublicBody(value)) return [];
    const start = top + m.index + (before ? 0 : m[0].length - written.length);
    const dateAt = top + m.index + m[0].search(/\d/u);
    const dateEnd = top + m.index + (before ? m[0].length : m[0].lastIndexOf(written));
    const day = m[3] ? `${m[3]}-${m[4]}-${m[5]}` : m[8] ? isoFromWritten(m[6]!, m[7]!, m[8]) : own ? withYear(m[6]!, m[7]!, own, true) : null;
    return [{ body: { value, start, end: start + written.length }, date: day ? { value: day, start: dateAt, end: dateEnd } : null }];
  });
  return found.length > 0 && found.every((f) => f.body.value === found[0]!.body.value) ? found[0]! : null;
}

/**
 * A sentence the text breaks off right after its verb tells nothing of what was decided: an excerpt cut off at
 * "… De granskade nämnderna har använt samverkansformen. Kommunfullmäktige antog" (no full stop, the text's end).
 * A sentence that ends there with its full stop ("Förslaget godkändes."), and a line that introduces what follows
 * ("Kommunstyrelsen beslutade\n– att godkänna avtalet"), are whole.
 */
function cutAfter(text: string, sentence: TextSpan, verb: RegExpExecArray): boolean {
  return (
    /^\s*$/u.test(sentence.text.slice(verb.index + verb[0].length)) &&
    /^\s*$/u.test(text.slice(sentence.end)) &&
    !/[.!?…)"'”’»]$/u.test(sentence.text)
  );
}

/** Whether a date's year or day came from the page's address alone, not from the words of the date. */
function fromSource(text: string, date: ProseDecision['date'], own: DocumentDate | null): boolean {
  return date !== null && own?.source === 'source-url' && !YEAR.test(text.slice(date.start, date.end));
}

/**
 * A date told without its year ("den 1 mars") that only the page's address dates ("/2022-03-02-foreningar-…") is no
 * decision date unless the page's own words name that year too ("Så fördelas föreningsbidragen 2021", "… 2024 …"):
 * an address may be dated long after the meeting, or belong to an archive of another year.
 */
function yearUnconfirmed(text: string, date: ProseDecision['date'], own: DocumentDate | null): boolean {
  if (!fromSource(text, date, own)) return false;
  const words = text.replace(/^(?:#[^\n]*\n)+/u, '');
  return !new RegExp(`(?<!\\d)${own!.year}(?!\\d)`, 'u').test(words);
}

/**
 * A sentence that goes on about the decision just told: "Beslutet fattades den 22 maj 2024", "Beslutet togs på
 * tisdagens sammanträde", "Beslutet om partnerskapet klubbades i går". Not one that names a decision of its own
 * ("Ett nytt beslut fattas i vår", "Beslutet från 2019 gäller").
 */
const BACK_REFERENCE = /^Beslutet(?:\s+om\s+[^.\n]{1,60}?)?\s+(?:fattades|togs|klubbades)(?![\p{L}])/u;

/**
 * A page of a meeting's decisions titles it by its body and date ("Beslut i korthet – regionstyrelsen 30 mars 2022",
 * "Regionstyrelsen 3 juni 2025"): the date of a decision that body is told to have taken on it. The title is the
 * first line of the text, and the date must follow the body's name at once.
 */
export function titleDate(text: string, body: BodyMention): ProseDecision['date'] {
  // Asked again for every sentence that names the body: read once per text and name (engine/memo.ts).
  const read = titleDatesRead(text);
  if (!read.has(body.value)) read.set(body.value, readTitleDate(text, body));
  return read.get(body.value)!;
}
const titleDatesRead = perText((_text: string) => new Map<string, ProseDecision['date']>());
function readTitleDate(text: string, body: BodyMention): ProseDecision['date'] {
  const title = /^(?:#[^\n]*\n|[ \t]*\n)*([^\n]*)/u.exec(text)!;
  const titleStart = title[0].length - title[1]!.length;
  const m = titleDateAfter(body.value, title[1]!);
  if (!m) return null;
  const value = m.date[1] ? `${m.date[1]}-${m.date[2]}-${m.date[3]}` : isoFromWritten(m.date[4]!, m.date[5]!, m.date[6]!);
  if (!value) return null;
  // A body's name holds no digit: the date starts at the match's first.
  return { value, start: titleStart + m.start + m.text.search(/\d/u), end: titleStart + m.start + m.text.length };
}
const TITLE_DATE = `((?:19|20)\\d{2})-(\\d{2})-(\\d{2})|(\\d{1,2})\\s+(${MONTH_WORDS})\\.?\\s+((?:19|20)\\d{2})`;
/** What follows the body's name in the title: the date (groups 1–6 as TITLE_DATE's). */
const DATE_AFTER_NAME = new RegExp(`[ \\t]*[,:–-]?[ \\t]*(?:${TITLE_DATE})(?![\\p{L}\\d])`, 'iuy');

/**
 * The first match in a title of `(?<![\p{L}])NAME[ \t]*[,:–-]?[ \t]*(?:TITLE_DATE)(?![\p{L}\d])` (i and u flags, a space of the
 * name as \s+): its start, text and the date's groups. Found without compiling a pattern per name (engine/folded.ts
 * foldedWritings), unless folding cannot read the name.
 */
function titleDateAfter(name: string, title: string): { start: number; text: string; date: RegExpExecArray } | null {
  const found = foldedWritings(name.split(' '), title, NOT_AFTER_LETTER, DATE_AFTER_NAME);
  if (found) {
    const first = found[0];
    return first ? { start: first.start, text: title.slice(first.start, first.end + first.after[0].length), date: first.after } : null;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const m = new RegExp(`(?<![\\p{L}])${escaped}[ \\t]*[,:–-]?[ \\t]*(?:${TITLE_DATE})(?![\\p{L}\\d])`, 'iu').exec(title);
  return m ? { start: m.index, text: m[0], date: m } : null;
}
