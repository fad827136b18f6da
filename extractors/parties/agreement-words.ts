/**
 * How texts say that parties enter or hold an agreement, shared by the idéburen and the public side:
 * "Lunds kommun och X har tecknat ett IOP", "X förlänger avtalet", "Regionen har sedan 2019 ett partnerskap".
 */

/** An agreement's noun. */
export const AGREEMENT_NOUN = String.raw`(?:IOP|[Pp]artnerskap|[Öö]verenskommelse|\p{L}*[Aa]vtal|[Ss]amarbete|[Ss]amverkan|[Kk]ontrakt)`;

/** A modal verb and its infinitive: "X fick underteckna överenskommelsen", "X ska teckna ett IOP", "X kommer att ingå avtal". */
const MODAL_ENTERING = String.raw`(?:fick|får|ska|skall|skulle|kommer[ \t]+att|vill|kan|kunde)[ \t]+(?:underteckna|skriva[ \t]+under|teckna|ingå|förlänga)`;
// "skriver"/"skrev"/"skrivit" sign ("När Ekby FC och kommunen skrev avtal", "har skrivit ett nytt avtal"); about an agreement
// they write of it ("när KK skrev om avtalet").
const ENTERING = String.raw`(?:${MODAL_ENTERING}|tecknat|tecknar|tecknade|ingått|ingår|ingick|förlänger|förlängt|förlängde|inleder|inlett|inledde|startar|startat|startade|undertecknat|undertecknar|(?:skrivit|skriver|skrev)(?:[ \t]+under)?(?![ \t]+om(?!\p{L}))|sluter|slöt|slutit|kommit[ \t]+överens|arbetat[ \t]+fram|fortsätter)`;
const ADVERBS = String.raw`(?:(?:nu|även|gemensamt|också|redan)[ \t]+)*`;
/**
 * "har", and a time adverbial before its participle: "har sedan årsskiftet 18/19 ingått", "har i dag tecknat", or what it does
 * so as: "har som första båtklubb i kommunen skrivit ett avtal".
 */
const HAVE = String.raw`(?:har(?:[ \t]+(?:sedan|sen|under|från|i|som)[ \t][^.\n]{1,30}?)?[ \t]+)?`;

/** The verbs by which its parties enter, keep or hold it, up to the agreement's noun ("har tecknat ett IOP"). */
export const AGREEING = String.raw`${HAVE}${ADVERBS}(?:${ENTERING}|har)(?!\p{L})[^.\n]{0,60}?${AGREEMENT_NOUN}`;

/** AGREEING without a bare "har": a verb of entering or keeping it. */
export const AGREEING_VERBS = String.raw`${HAVE}${ADVERBS}${ENTERING}(?!\p{L})[^.\n]{0,60}?${AGREEMENT_NOUN}`;

/**
 * Holding it, "har" close before the agreement with no clause between: "har sedan 2019 ett IOP", "har haft IOP", "har en
 * överenskommelse" (not "har förklarat att de vill fortsätta samarbetet").
 */
export const HOLDING = String.raw`har(?!\p{L})(?:(?![ \t]att(?!\p{L}))[^.\n]){0,30}?${AGREEMENT_NOUN}`;

/**
 * The finite verbs of entering, before their subjects where a phrase opens the sentence (Swedish puts the verb second):
 * "I dag tecknar Region Skåne och X ett IOP", "Nu förlänger kommunen och X avtalet". Not "undertecknar": people sign
 * ("I går undertecknade Anna Berg och Per Lind avtalet").
 */
export const ENTERING_FINITE_WORDS = ['tecknar', 'tecknade', 'ingår', 'ingick', 'förlänger', 'förlängde', 'inleder', 'inledde', 'sluter', 'slöt'];
export const ENTERING_FINITE = String.raw`(?:${ENTERING_FINITE_WORDS.join('|')})`;

/**
 * The agreement signed by its parties, named after "av": "Avtalet undertecknades av Ekby kommun och X", "IOP:et har
 * signerats av båda parter, A och X". The last party may stand alone or after others ("… av A och"). Not "tecknad av"
 * (also drawn by), nor a signing for a party (ideburen.signature).
 */
export const SIGNED_BY = String.raw`${AGREEMENT_NOUN}\p{L}*(?::et|:n)?[ \t]+(?:har[ \t]+|hade[ \t]+|ska[ \t]+)?(?:undertecknades|undertecknats|undertecknas|signerades|signerats|signeras)[ \t]+(?:(?:i[ \t]+dag|i[ \t]+går|nu)[ \t]+)?av[ \t]+(?:båda[ \t]+parter(?:na)?[ \t]*,?[ \t]+)?(?:[^.\n]{2,80}?[ \t](?:och|samt)[ \t]+)?$`;

/**
 * Money and "från"/"av" right before its giver: "bidrag från Region Norrbotten", "verksamhetsbidraget av region X",
 * "stöd från Lunds kommun" — the giver, not a place ("bidrag i Lunds kommun"). Read against the text before a name.
 */
export const FUNDING_FROM_BEFORE = /(?<![\p{L}])\p{L}*(?:bidrag|stöd|anslag|medel|pengar|finansiering)\p{L}*\s+(?:från|av)\s+$/iu;
