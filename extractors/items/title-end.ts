/**
 * Where a protocol item's title ends when no blank line follows it. Kungsbacka's protocols set a blank line
 * under a title; other kommuners' (and text a converter took from a PDF) run the title straight into the
 * item's text:
 *   "§ 41 Dnr KS 2023/15 Idéburet offentligt partnerskap med Kvinnojouren" / "Ärendebeskrivning" / …
 *   "§ 12 Föreningsbidrag 2023" / "Kultur- och fritidsnämnden beslutar att bevilja …"
 * A line below a title is the item's text when it opens a section ("Ärendebeskrivning", "Beslut",
 * "Kommunstyrelsens beslut", "Bakgrund Föreningen har …"), when it is page furniture ("Justerandes
 * signatur", "Utdragsbestyrkande"), when it is a sentence (ends with a full stop after a few words) or when
 * it opens with a body's or organisation's finite verb ("Socialnämnden beslutar att", "Förvaltningen
 * föreslår", "Föreningen har ansökt"). A wrapped title's second line ("partnerskap, IOP, för arbete med
 * Bostad först") is none of these.
 */
import words from '../lexicon/decision-words.json' with { type: 'json' };
import { headingRegex, runInHeadingLength } from '../engine/sentences.js';
import { PROPOSAL_TO_BODY, RECORDED_BY_BODY } from '../decision/sections.js';
import { eachMatch } from '../engine/sticky.js';

/** Every section heading a protocol's item has (decision, proposal, procedure, background, signatures). */
const SECTION_HEADINGS: readonly RegExp[] = [
  ...Object.values(words.headings).flat().map(headingRegex),
  PROPOSAL_TO_BODY,
  RECORDED_BY_BODY,
];

/**
 * Finite verbs that open an item's first sentence after its subject ("Kommunstyrelsen beslutar",
 * "Förvaltningen föreslår", "Ordföranden informerar", "Föreningen har ansökt"): a title is a noun phrase
 * and has none of them right after its first word.
 */
export const OPENING_VERBS = [
  'beslutar', 'beslöt', 'beslutade', 'föreslår', 'föreslog', 'informerar', 'informerade', 'redovisar',
  'redovisade', 'godkänner', 'tackar', 'har', 'hade', 'ska', 'skall', 'anser', 'bifaller', 'avslår',
  'antar', 'beviljar', 'noterar', 'lämnar', 'överlämnar', 'återremitterar', 'fastställer', 'uppdrar',
  'ger', 'yrkar', 'ansöker', 'önskar', 'får', 'är', 'vill', 'behandlade', 'behandlar', 'utser', 'utsåg',
] as const;
// The subject may be a two-word name ("Brottsofferjouren Mittbygd har ansökt"), which a title often repeats.
const OPENING_VERB = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:[ \\t]+\\p{Lu}[\\p{L}-]*)?[ \\t]+(?:${OPENING_VERBS.join('|')})(?![\\p{L}])`, 'u');

/** A sentence: a few words closed by a full stop (a title seldom ends with one). */
const SENTENCE = /^(?:\S+\s+){2,}\S*[.!?]$/u;

/** The line below a title line is the item's text, not the title's next line. */
export function bodyLine(line: string): boolean {
  const text = line.trim();
  return SENTENCE.test(text) || OPENING_VERB.test(text) || SECTION_HEADINGS.some((heading) => runInHeadingLength(text, heading) > 0);
}

/** A title on its heading line is a few words; a longer line ran the item's text into it. */
const HEADING_LINE_TITLE_WORDS = 14;

/**
 * Where the title ends on a heading line that runs on into the item's text ("§ 46 Idéburet offentligt
 * partnerskap med Föreningen Gläntan Ärendebeskrivning Kommunstyrelsen föreslår …"): at the first word that
 * opens a section or a subject's sentence, at a sentence's full stop, or after a dozen words; the line's
 * length where it is all title.
 */
export function titleEndOnLine(line: string): number {
  const words = [...eachMatch(/\S+/g, line)];
  for (const [i, w] of words.entries()) {
    if (i === HEADING_LINE_TITLE_WORDS) return w.index;
    const next = words[i + 1];
    // A section's heading with the text after it; a title may end in such a word ("Anmälan av jäv").
    if (i > 0 && next) {
      const rest = line.slice(w.index);
      if (OPENING_VERB.test(rest) || SECTION_HEADINGS.some((heading) => runInHeadingLength(rest, heading) > 0)) return w.index;
    }
    // A sentence's full stop after a whole word ("justera. Justerandes …"), not an abbreviation's ("m.fl. - Stoppa").
    if (next && /^\p{L}{3,}[.!?]$/u.test(w[0]) && /^\p{Lu}/u.test(next[0])) return w.index + w[0].length;
  }
  return line.length;
}
