/**
 * Lists of partners one to a line, under a line that says what they are: "Socialnämnden har IOP med följande
 * organisationer:", "Följande föreningar beviljas bidrag:", "Rinkeby-Kista har följande IOP:". Each line's
 * first name is a party the way a name in "IOP med A, B och C" is.
 */

/**
 * A line that introduces partners or recipients, its last words saying so before a colon: also a grant's sharing out
 * ("Beredningsgruppen föreslår följande fördelning:").
 */
const LIST_INTRO =
  /(?:IOP|partnerskap\p{L}*|överenskommelse\p{L}*|\p{L}*avtal\p{L}*|\p{L}*bidrag\p{L}*|fördelning\p{L}*|organisationer(?:na)?|föreningar(?:na)?|aktörer(?:na)?)[^\n:]{0,40}:[ \t]*$/iu;
/**
 * An intro about something else than partners: "Partnerskapet omfattar målgrupperna:", "Avtalet reglerar
 * följande villkor:" — its list is of groups or terms, not of organisations.
 */
const OTHER_LIST = /\b(?:målgrupp\p{L}*|villkor\p{L}*|mål|syfte\p{L}*|insatser\p{L}*|aktiviteter\p{L}*|delar\p{L}*)[^\n:]{0,20}:[ \t]*$/iu;
/** Text ending in an intro of partners, not of something else: the context of a list on the intro's own line. */
export const ENDS_IN_LIST_INTRO = new RegExp(String.raw`^(?![\s\S]*${OTHER_LIST.source})[\s\S]*${LIST_INTRO.source}`, 'iu');
/**
 * Whether a line ends in a colon (trailing blanks aside), as every intro does: a character compared before
 * LIST_INTRO is tried, whose leading `\p{L}*` alternatives would otherwise be tried from every letter of every line.
 */
function endsInColon(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
  return line[i] === ':';
}
/**
 * An intro without its colon, saying in a whole sentence which organisations are granted: "• Följande föreningar beviljas
 * bidrag ur verksamhet 491", "Följande organisationer föreslås få stöd" (not "Följande ansökningar föreslås avslås", whose
 * list is refused (REFUSING), nor "Följande föreningar har ansökt", which grants nothing yet).
 */
const GRANTING_INTRO =
  /^[ \t]*(?:[-–•*·▪][ \t]*)?Följande[ \t]+(?:\p{Ll}+a[ \t]+)?(?:\p{Ll}*föreningar|organisationer|aktörer|\p{Ll}*klubbar)(?:na)?[ \t]+(?:beviljas|beviljades|tilldelas|tilldelades|föreslås[ \t]+(?:få|beviljas|tilldelas))(?!\p{L})[^\n:]*$/u;
const isListIntro = (line: string) => (endsInColon(line) && LIST_INTRO.test(line)) || (GRANTING_INTRO.test(line) && !REFUSING.test(line));
/** A line that continues a wrapped sentence (it opens in lower case) is prose, and ends the list. */
const CONTINUATION = /^\p{Ll}/u;
/**
 * A line turning to those refused ("Följande ansökningar föreslås avslås", "Avslag ges till"): it ends a list of grants,
 * and what it lists are no recipients.
 */
const REFUSING = /(?<!\p{L})(?:avsl(?:ås|agits|ogs|og|å|ag)|avvisa(?:s|des)?|återremitt\p{L}*)(?!\p{L})/iu;
/** A list item's bullet or number, before its content. */
const BULLET = /^[ \t]*(?:[-–•*·▪][ \t]*|\d{1,2}[.)][ \t]*)?/u;
/**
 * An item line is short: a longer line is prose, and ends the list. A bullet glyph says the line is an item whatever its
 * length: "• Ekby Skolidrottsförbund – Förbättra barn och ungdomars psykiska hälsa genom mängder av olika aktiviteter". Not a
 * dash, which opens a quotation in news ("– Vi är glada och stolta över samarbetet, …, säger Anna Berg").
 */
const MAX_ITEM = 100;
const BULLETED = /^[ \t]*[•·▪*][ \t]*\S/u;
const MAX_ITEMS = 40;

/** What may follow a name on its item line: nothing, or its details after a comma, bracket, dash, tab or number. */
const AFTER_NAME = /^[ \t]*(?:$|[,(–:\t-]|\d)/u;

/**
 * Offsets where the content of each listed line starts, with the line's end. An item line holds a name
 * and its details ("Kvinnojouren Iris, 200 000 kr"), not a sentence ("Stärka föräldrar i sin roll").
 */
export function lineListItems(text: string): Map<number, number> {
  const starts = new Map<number, number>();
  const lines = text.split('\n');
  let offset = 0;
  let inList = false;
  let items = 0;
  let blanks = 0;
  for (const line of lines) {
    if (inList) {
      if (line.trim() === '') {
        // One blank line between items is layout; two end the list.
        if (++blanks > 1) inList = false;
      } else {
        const content = BULLET.exec(line)![0].length;
        if ((line.length > MAX_ITEM && !BULLETED.test(line)) || items >= MAX_ITEMS || isListIntro(line) || CONTINUATION.test(line.slice(content)) || REFUSING.test(line)) {
          inList = false;
        } else {
          blanks = 0;
          items++;
          starts.set(offset + content, offset + line.length);
        }
      }
    }
    if (!inList && isListIntro(line) && !OTHER_LIST.test(line)) {
      inList = true;
      items = 0;
      blanks = 0;
    }
    offset += line.length + 1;
  }
  return starts;
}

/** Whether the name at [start, end) is the name an item line of a list opens with. */
export function opensListItem(items: Map<number, number>, text: string, start: number, end: number): boolean {
  const lineEnd = items.get(start);
  return lineEnd !== undefined && end <= lineEnd && AFTER_NAME.test(text.slice(end, lineEnd));
}
