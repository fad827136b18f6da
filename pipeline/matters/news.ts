/**
 * A page that reports what a meeting decided, a short section for each matter under a heading of its own:
 *   "Notiser från socialnämndens sammanträde 29 november" / "Publicerad 1 december 2022" / a lead /
 *   "Idéburet offentligt partnerskap" / its text / "Ansökan om föreningsbidrag inför jullovet" / its text.
 * Each section is a matter, read with the page's top (the body and the meeting's date, the lead) as a
 * protocol's item is with its header. Only a page titled as such a report is split: a news article's
 * sub-headings are parts of one story.
 */
import type { Span } from './view.js';

/**
 * The title of a meeting's report: "Notiser/Nyheter/Beslut/Kortnytt från <body>s sammanträde/möte …", "Aktuellt/Nytt från
 * <body> 18 juni" (the body's own page of its meeting; "Aktuellt från kommunen" names no body),
 * "Beslut i korthet", "<body> i korthet" ("Kommunstyrelsen i korthet 5 april", "Socialnämnden i korthet"), "Kort om
 * <body>s sammanträde", "Det här beslutade <body>", "<body> beslutade vid sitt sammanträde …".
 */
const MEETING_REPORT_TITLE =
  /^(?:(?:notiser|nyheter|nytt|beslut|kortnytt|axplock|korta\s+nyheter)\s+från\s+[^\n]*?(?:sammanträde|möte|sammanträdet|mötet)(?![\p{L}])|(?:aktuellt|nytt|nyheter|notiser)\s+från\s+[^\n]{0,40}?(?:nämnden|styrelsen|fullmäktige|utskottet)(?![\p{L}])|(?:beslut|nämndens\s+beslut)\s+i\s+korthet|[^\n]{0,40}?(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet)s?\s+i\s+korthet(?![\p{L}])|(?:kort|kortfattat)\s+(?:om|från)\s+[^\n]*?(?:sammanträde|möte|sammanträdet|mötet)(?![\p{L}])|(?:det\s+här|detta|så)\s+beslutade(?![\p{L}])|[^\n.]*?\s(?:beslutade|beslöt)\s+(?:på|vid|under)\s+(?:sitt\s+)?(?:sammanträde|möte)(?:t)?(?![\p{L}]))/iu;
/**
 * A lead that opens as a meeting's report and announces several decisions: "Vid sammanträdet den 30 augusti
 * beslutade socialnämnden bland annat om två nya överenskommelser …", "På mötet fattade nämnden beslut i flera
 * ärenden". Not a news story of one decision under sub-headings ("Vid sammanträdet den 12 mars beslutade
 * socialnämnden att teckna ett IOP med Föreningen Ljuset."): no word of number or of "among other things".
 */
const MEETING_REPORT_LEAD =
  /^(?:vid|på|under)\s+(?:sitt\s+|nämndens\s+|dagens\s+|gårdagens\s+)?(?:sammanträde|möte)(?:t)?(?![\p{L}])[^\n.]{0,60}?\s(?:beslutade|beslöt|fattade)\s[^\n.]{0,80}?(?<![\p{L}])(?:bland\s+annat|flera|följande|ett\s+antal|två|tre|fyra|fem|sex)(?![\p{L}])/iu;
/** The title stands among the page's first lines. */
const TITLE_LINES = 3;
/**
 * A section's heading: a short capitalised line, no sentence, between blank lines. A decision's headline may run to
 * a dozen words or more ("Beslut om att bevilja medel till föreningen Artscape för projekt Artscape Värmland").
 */
const SECTION_HEADING = /(?<=\n[ \t]*\n)[ \t]*(\p{Lu}[^\n]{2,120}?)[ \t]*\n[ \t]*\n(?=[ \t]*\S[^\n]*[.!?])/gu;
const HEADING_MAX_WORDS = 14;
/**
 * The lead: the page's first paragraph of running text, a sentence ended in it, though its last may end without a stop
 * ("… behandlades vid sammanträdet den 18 juni 2013. För mer information, se fliken Demokrati & insyn").
 */
const LEAD = /^[ \t]*(?:\S+[ \t]+){7,}[^\n]*[.!?](?=[ \t]|$)[^\n]*$/mu;
/** Sections it takes to make a report of several matters. */
const MIN_SECTIONS = 2;

export interface NewsSection extends Span {
  title: string;
}

/** The page's sections, each from its heading to the next, and the page's top; null for any other page. */
export function meetingReportSections(text: string): { top: Span; sections: NewsSection[] } | null {
  const first = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(0, TITLE_LINES);
  if (!first.some((line) => MEETING_REPORT_TITLE.test(line) || MEETING_REPORT_LEAD.test(line))) return null;
  // The sections follow the page's lead: a stamp above it ("Publicerad 1 december 2022") heads none.
  const lead = LEAD.exec(text);
  if (!lead) return null;
  const headings = [...text.matchAll(SECTION_HEADING)].filter((m) => {
    const heading = m[1]!;
    return m.index > lead.index && heading.split(/\s+/).length <= HEADING_MAX_WORDS && !/[.!?:;,]$/u.test(heading);
  });
  if (headings.length < MIN_SECTIONS) return null;
  const sections = headings.map((m, i) => ({
    start: m.index + m[0].search(/\S/),
    end: headings[i + 1]?.index ?? text.length,
    title: m[1]!.trim(),
  }));
  return { top: { start: 0, end: sections[0]!.start }, sections };
}
