/**
 * How texts say that parties enter or hold an agreement, shared by the idéburen and the public side:
 * "Lunds kommun och X har tecknat ett IOP", "X förlänger avtalet", "Regionen har sedan 2019 ett partnerskap".
 */

/** An agreement's noun. */
export const AGREEMENT_NOUN = String.raw`(?:IOP|[Pp]artnerskap|[Öö]verenskommelse|\p{L}*[Aa]vtal|[Ss]amarbete|[Ss]amverkan|[Kk]ontrakt)`;

/** The verbs by which its parties enter, keep or hold it, up to the agreement's noun ("har tecknat ett IOP"). */
export const AGREEING = String.raw`(?:har[ \t]+)?(?:(?:nu|även|gemensamt|också|redan)[ \t]+)*(?:tecknat|tecknar|tecknade|ingått|ingår|ingick|förlänger|förlängt|förlängde|inleder|inlett|inledde|undertecknat|undertecknar|skrivit[ \t]+under|skriver(?:[ \t]+under)?|skrev(?:[ \t]+under)?|sluter|slöt|slutit|kommit[ \t]+överens|arbetat[ \t]+fram|fortsätter|har)(?!\p{L})[^.\n]{0,60}?${AGREEMENT_NOUN}`;
