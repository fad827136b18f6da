/**
 * dash-led paragraph: pages that give each partnership a paragraph opening on the partner's name, a dash, and what it
 * does, its terms told in the sentences after it, as regions and kommuner list their IOPs on the web:
 *   Föreningen Stödlinjen Bergslagen – chatt- och telefonstöd för unga vuxna. Partnerskapet gäller under 2024–2026.
 *   Regionens bidrag: 1,1 miljoner kronor per år.
 *
 *   Kvinnohuset Vidja – rådgivning för kvinnor som utsatts för våld. Gäller tills vidare från 1 januari 2023.
 * The shape is the repetition: paragraph after paragraph opens on a name set apart by a dash between spaces, a lower-case
 * word after the dash, and states its own terms (a period, or a sum in a sentence about funding) in words of a
 * partnership or funding. Two such paragraphs make a list, a short caption line ("Avslutas") perhaps between them; one name
 * of the list must have an organisation's form (organisation-form.ts), and none may come twice. Unlike paragraphs.ts, the
 * name need not be one the parties extractor found: the dash sets it apart. The paragraph is the row's description, where
 * its period and sums are read.
 * A capital after the dash ("Kvinnojouren Tärnan – Partnerskapet gäller 2024–2026.") counts only after a name of an
 * organisation's form.
 *   no: a glossary ("Delaktighet – att vara med och påverka …": no terms, no organisation's form), a news page's dateline
 *       ("Örebro – Regionen satsar …": a place, a capital after the dash), one paragraph alone.
 */
import { hasOrganisationForm } from './organisation-form.js';
import { looksLikeName, LOOSE_LOWER_WORDS } from './line-list.js';
import { isCaptionParagraph, paragraphsOf, statesPartnershipTerms, type Paragraph } from './paragraphs.js';
import { sliceCell, textCell, type Cell, type ColumnRole, type ListingTable } from './table.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'description'];
const MIN_PARAGRAPHS = 2;
/** The name and its dash open the paragraph: "<name> – <lower-case word>", the name at most this long. */
const NAME_THEN_DASH = /^([^\n–—]{2,80}?)[ \t]+[–—-][ \t]+(?=\p{L})/u;

interface Entry {
  name: Cell;
  paragraph: Paragraph;
}

/** The paragraph read as an entry: its opening name, set apart by the dash; null when it opens otherwise or states no terms. */
function entryOf(paragraph: Paragraph): Entry | null {
  const head = NAME_THEN_DASH.exec(paragraph.text);
  if (!head) return null;
  // Trimmed, so an indented paragraph's name cell starts where the name does.
  const name = sliceCell(paragraph, 0, head[1]!.length);
  // A capital after the dash may open a sentence of a dateline ("Örebro – Regionen satsar …"): then the name must have an organisation's form.
  const sentence = /\p{Lu}/u.test(paragraph.text[head[0].length] ?? '');
  if (!looksLikeName(name.text, LOOSE_LOWER_WORDS) || (sentence && !hasOrganisationForm(name.text))) return null;
  if (!statesPartnershipTerms(paragraph.text)) return null;
  return { name, paragraph };
}

export function findDashParagraphs(text: string): ListingTable[] {
  const tables: ListingTable[] = [];
  let run: Entry[] = [];
  const close = () => {
    const names = new Set(run.map((entry) => entry.name.text.toLowerCase()));
    if (run.length >= MIN_PARAGRAPHS && names.size === run.length && run.some((entry) => hasOrganisationForm(entry.name.text))) {
      tables.push({
        roles: [...ROLES],
        rows: run.map(({ name, paragraph }) => [name, textCell(paragraph.text, paragraph.start)]),
      });
    }
    run = [];
  };
  for (const paragraph of paragraphsOf(text)) {
    const entry = entryOf(paragraph);
    if (entry) run.push(entry);
    else if (!(run.length > 0 && isCaptionParagraph(paragraph))) close();
  }
  close();
  return tables;
}
