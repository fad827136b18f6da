/**
 * The matters stage: a document becomes the list of matters it records, each a span of its text. A whole
 * protocol (a protokoll or beslut with two or more § items) gives one matter per item, read together with
 * the protocol's header (body, meeting date); its table of contents, attendance list, signatures and page
 * furniture open no matter (items.ts). A page that reports a meeting's decisions, a section under its own
 * heading for each, gives one matter per section, read with the page's top (news.ts). Any other document — a
 * tjänsteskrivelse, an agreement, a protocol extract of one §, a web page — is one matter; a report's listed rows become matters once the listings
 * extractor has found them (pipeline/extract.ts).
 */
import type { DocType } from '../contract.js';
import type { DocText } from '../../extractors/engine/doc-text.js';
import { protocolHeader } from './header.js';
import { protocolItems } from './items.js';
import { meetingReportSections } from './news.js';
import { CASE_LABEL, agendaHeadings } from '../../extractors/items/agenda.js';
import { CASES_WITHOUT_ITEMS, LABELS_FOR_CASED_ITEMS, LABELS_FOR_ITEMS, LABELS_WITHOUT_ITEMS, distinctCaseNumbers, meetingLabels, paragraphRange } from './whole.js';
import { agendaHead } from './agenda-head.js';
import type { Span } from './view.js';

export interface MatterSpan extends Span {
  /** "§ 173" for a protocol's item; null for a document's one matter. */
  paragraph: string | null;
  title: string | null;
  /**
   * A section of a page that reports a meeting's decisions (news.ts): its heading is a news headline ("Läxhjälp
   * för att stärka barn och föräldrar"), not a § title that names what the item is, so its text is read too.
   */
  reported?: true;
}

export interface Segmentation {
  /** The protocol's header, read with every item; null for a document of one matter. */
  header: Span | null;
  matters: MatterSpan[];
}

/** An item's case number stands on its heading, in its title or just below it. */
const CASE_REACH = 80;

/** Types whose § headings open separate matters (an agreement's "§ 1 Parter" are sections of one). */
const ITEMISED: ReadonlySet<DocType> = new Set(['protokoll', 'beslut']);

/**
 * A whole protocol or agenda is recognised by its items — two or more, in a protokoll or beslut or under a
 * meeting's header labels (whole.ts) whatever the type rule said — or, where its items' headings were not
 * found (a page cut short, a text whose "§" signs were lost), by a meeting's header that names a range of
 * paragraphs or several case numbers, or by an agenda's title in its header ("KALLELSE"): then it has the items
 * found, perhaps none, and no values of its own. An agenda lists its meeting's matters; it is never one itself,
 * though a transcript ran its items together past reading ("1 Dnr SOCIALNÄMNDENS ARBETSFORMER …").
 */
export function segment(doc: DocText, docType: DocType): Segmentation {
  const text = doc.text;
  const items = protocolItems(text);
  const labels = meetingLabels(text);
  const cased = items.filter((item) => CASE_LABEL.test(text.slice(item.start, item.titleEnd + CASE_REACH))).length;
  const itemised =
    items.length >= 2 && (ITEMISED.has(docType) || labels >= LABELS_FOR_ITEMS || (cased >= 2 && labels >= LABELS_FOR_CASED_ITEMS));
  const unsegmented =
    !itemised &&
    ((labels >= LABELS_WITHOUT_ITEMS && (paragraphRange(text) !== null || distinctCaseNumbers(text) >= CASES_WITHOUT_ITEMS)) ||
      agendaHead(text) !== undefined);
  if (!itemised && !unsegmented) {
    const report = meetingReportSections(text);
    if (report) return { header: report.top, matters: report.sections.map(({ start, end, title }) => ({ start, end, paragraph: null, title, reported: true })) };
    return { header: null, matters: [{ start: 0, end: text.length, paragraph: null, title: null }] };
  }
  return {
    header: protocolHeader(text, firstItemOf(text, items)),
    matters: items.map(({ start, end, paragraph, title }) => ({ start, end, paragraph, title })),
  };
}

export { spanPosition, viewOf, type Span } from './view.js';

/**
 * Where the protocol's first item begins: its first matter, or an agenda's item listed before it that opens
 * no matter of its own ("7 Ekonomisk redovisning" / "Dnr 10.1-0054/2010", taken up by the protocol's "§7"
 * below). The header ends there: that item's case number is no part of every matter.
 */
function firstItemOf(text: string, items: readonly { start: number }[]): number {
  return Math.min(items[0]?.start ?? text.length, agendaHeadings(text)[0]?.start ?? text.length);
}
