/**
 * suspended-compound: Swedish coordinates two compounds by writing the first one's head once ("Hjärt- och lungsjukas
 * länsförening", "Astma- och allergiföreningen i Örebro län", "Kvinno- och tjejjouren"): the first half ends on a hyphen
 * and "och" (or "samt") joins it to the second. That "och" is inside one name, no separator between two. The readers of
 * names listed in a sentence split on a conjunction only where NOT_SUSPENDED holds before it.
 *   yes (a separator): "Röda Korset och Rädda Barnen", "Ås IF, Berga BK samt Ekby SK", "Ekby IF – och Berga BK" (a dash apart)
 *   no:  "Hjärt- och lungsjukas länsförening", "Astma- och allergiföreningen", "Kultur- samt fritidsföreningen"
 */
export const NOT_SUSPENDED = String.raw`(?<!\p{L}-)`;

/** A conjunction between two names of a list: "och", "samt", not after a suspended first half. */
export const NAME_CONJUNCTION = new RegExp(String.raw`${NOT_SUSPENDED}\s+(?:och|samt)\s+`, 'u');
