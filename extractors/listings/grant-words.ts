/**
 * The words the readers of grants written into sentences share (entries.ts, enumerations.ts, line-list.ts), as named
 * data: the verbs of granting by who stands as their subject, and the words that count organisations; and the words by
 * which a paragraph or section speaks of a partnership (paragraphs.ts, named-sections.ts). A reader that needs another
 * set says why beside its own pattern.
 */

/** A word of a partnership or its funding, which a partnership's own paragraph or section holds: "IOP", "avtal", "bidrag". */
export const PARTNERSHIP_WORD = /(?:IOP|partnerskap|överenskommels|avtal|samverkan|samarbete|bidrag|stöd|finansier)/iu;

/**
 * The recipient is the subject and gets: "Norrby Manskör får 10 000 kronor", "Ås IK erhöll 5 000". Active verbs,
 * so they may also stand before their subject when a sentence opens on an adverbial ("I Köping får Kvinnojouren Ås
 * 15 000 kronor").
 */
export const RECEIVING_VERBS: readonly string[] = ['får', 'fick', 'erhåller', 'erhöll'];

/** The recipient is the subject, granted in the passive: "Bygdens IF beviljas 45 000 kronor", "… tilldelades 8 000". */
export const PASSIVE_GRANT_VERBS: readonly string[] = ['beviljas', 'beviljades', 'tilldelas', 'tilldelades'];

/** Every verb whose subject is the recipient of a grant. */
export const RECIPIENT_VERBS: readonly string[] = [...RECEIVING_VERBS, ...PASSIVE_GRANT_VERBS];

/** The granting body is the subject: "Nämnden beviljar 1 650 000 kronor i verksamhetsbidrag till …". */
export const GRANTING_VERBS: readonly string[] = ['beviljar', 'beviljade', 'ger', 'gav', 'tilldelar', 'tilldelade'];

/**
 * The granting body's verb with the recipient as its object, the sum after it: "Nämnden beviljar Ekby IF 50 000 kronor",
 * "… beslöt att bevilja OK Ås och OK Berga 60 000 kronor". The finite verbs and the infinitive after "att".
 */
export const OBJECT_GRANT_VERBS: readonly string[] = [...GRANTING_VERBS, 'bevilja', 'tilldela', 'ge'];

/** The sum is the subject: "3 971 730 av dessa går till …", "Bidraget gick till …". */
export const SUM_VERBS: readonly string[] = ['går', 'gick'];

/**
 * A count or quantifier that opens a kind of organisation, not a name: "17 vuxenföreningar", "Sex hembygdsföreningar
 * får vardera …", "Övriga föreningar …". Followed by a lower-case word, as a name that opens on a number goes on in
 * capitals or digits ("IK 91", "08 Stockholm").
 */
export const COUNTING_WORDS: readonly string[] = ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'båda', 'alla', 'övriga', 'flera', 'samtliga'];

/** A name-like text that opens on a count (COUNTING_WORDS or digits) and a lower-case word: a kind, no name. */
export const OPENS_WITH_COUNT = new RegExp(String.raw`^(?:\d+|${COUNTING_WORDS.join('|')})\s+\p{Ll}`, 'iu');

/**
 * Words that say a sum is paid each year, in a header ("Belopp per år", "Årsbelopp") or a list's lead-in ("… riskerar att
 * bli av med sina årliga verksamhetsbidrag …"): the sums under them are yearly where their own words say nothing.
 */
export const PER_YEAR_WORDS = /(?:per|\/)\s*år|årlig|årsbelopp|per helår/iu;
