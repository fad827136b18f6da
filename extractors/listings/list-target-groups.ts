/**
 * whole-list target group: a list of grants often says once whom they are all for, and its rows say it nowhere; a row that
 * names no target group of its own takes the one the text states for the list AS A WHOLE, read by the target-group reader
 * (extractors/target-groups) in one of two places:
 *   - the list's lead block (lead-period.ts leadLines: its lead-in and the paragraph right above it), when that block says
 *     the grants were made (grant-round.ts saysGranted: "Totalt beviljades 661 000 kronor till sju föreningar:");
 *   - anywhere, a sentence whose subject is the grants in the plural or as one pot (GRANTS_AS_A_WHOLE: "Syftet med bidragen
 *     är …", "Bidragen ska gå till insatser för …").
 * Never from a sentence that names one of the list's recipients: that sentence is about one row, not the list.
 *   yes: "… fördelade årets verksamhetsbidrag till de sociala stödföreningar … för att stödja och hjälpa människor i en
 *        socialt utsatt situation. Totalt beviljades 661 000 kronor till sju föreningar:" then the list
 *   yes: "Syftet med bidragen är att stödja handikapporganisationer som arrangerar aktiviteter … för personer med
 *        funktionsnedsättningar." below a list of grants
 *   no:  a lead block that says no grants were made ("Aktuella partnerskap i upplevelsenämnden"); a heading's block above
 *        the lead paragraph; "Brottsofferjouren får bidrag för stöd till brottsutsatta" (a sentence about one row); a people
 *        phrase further up the page than the lead block;
 *        "Projektstödet ska användas till … insatser för regionens invånare inom området psykisk hälsa" (inhabitantsOnly)
 */
import type { Candidate } from '../engine/candidate.js';
import { DocText } from '../engine/doc-text.js';
import { perDoc } from '../engine/memo.js';
import { targetGroupCandidates } from '../target-groups/index.js';
import { GENERIC_POPULATION, peopleHead, tierOf } from '../target-groups/rules.js';
import { saysGranted } from './grant-round.js';
import { leadLines } from './lead-period.js';
import { namesARecipient } from './list-recipients.js';
import { STRENGTH } from './strength.js';

/** A sentence about the grants as a whole: their purpose ("Syftet med bidragen"), or where they go ("Bidragen ska gå till"). */
export const GRANTS_AS_A_WHOLE =
  /(?<![\p{L}])(?:syftet\s+med\s+(?:bidragen|medlen|stödet|anslagen|pengarna)|(?:bidragen|medlen|anslagen|pengarna)\s+(?:ska|skall)\s+(?:gå|användas|riktas))(?![\p{L}])/iu;

/** A text's sentences about the grants as a whole, found once: a document with many lists asked it of every sentence for each list. */
const grantsSentences = perDoc((doc: DocText) => new Set(doc.sentences.filter((s) => GRANTS_AS_A_WHOLE.test(s.text)).map((s) => s.start)));

/**
 * People who are just the inhabitants ("invånare", "medborgare", whatever follows) are the public body's whole public, which
 * a list's lead names as boilerplate, not a group its grants are for: their head word is a generic population.
 */
const inhabitantsOnly = (phrase: string) => GENERIC_POPULATION.test(peopleHead(phrase) ?? '');

/** The lead block of the list whose first row starts at `firstRow` (its lead-in and the paragraph above), if it says the grants were made. */
function leadBlock(text: string, firstRow: number): { start: number; end: number } | null {
  const lines = leadLines(text, firstRow);
  if (lines.length === 0 || !saysGranted(lines.map((line) => line.text).join(' '))) return null;
  const last = lines[lines.length - 1]!;
  return { start: lines[0]!.start, end: last.start + last.text.length };
}

/**
 * The target groups the text states for the list starting at `firstRow` as a whole, as candidates of the list's rows;
 * `recipients` are the list's organisation names, whose sentences are about one row.
 */
export function listTargetGroups(doc: DocText, firstRow: number, recipients: readonly string[]): Candidate<string>[] {
  const block = leadBlock(doc.text, firstRow);
  const aboutOneRow = namesARecipient(recipients);
  // Where a sentence stands (or what it says) first: a long list's many names are looked for only in the few that speak for it.
  const aboutTheGrants = grantsSentences(doc);
  const wholeList = doc.sentences.filter((s) => {
    const inBlock = block !== null && s.start >= block.start && s.start < block.end;
    return (inBlock || aboutTheGrants.has(s.start)) && !aboutOneRow(s.text);
  });
  // The target-group reader reads the whole text: only asked where some sentence speaks for the list.
  if (wholeList.length === 0) return [];
  return targetGroupCandidates(doc)
    .filter((c) => !inhabitantsOnly(c.value) && wholeList.some((s) => s.start <= c.start && c.end <= s.end))
    .map((c) => ({ ...c, rule: 'listing-whole-list-target', strength: Math.min(c.strength, STRENGTH.listTargetGroup) }));
}

/**
 * The target groups a row's own description names, read by the target-group reader where it stands in the text: a listed
 * partnership described in a paragraph of its own ("Syftet med partnerskapet är att … för målgruppen unga i sociala
 * riskmiljöer") says whom it serves there, as a single partnership's text does; less surely than a cell labelled for it.
 */
export function describedTargetGroups(doc: DocText, descriptions: readonly { start: number; end: number }[]): Candidate<string>[] {
  if (descriptions.length === 0) return [];
  // Where a mention stands first: the text's every mention is looked over for each row, and few stand in its description.
  const described = targetGroupCandidates(doc).filter((c) => descriptions.some((d) => d.start <= c.start && c.end <= d.end) && !inhabitantsOnly(c.value));
  // Where the block names its group by its name ("för målgruppen …"), people read off its other sentences are not the group.
  const named = described.filter((c) => tierOf(c.strength) === 'named');
  return (named.length > 0 ? named : described)
    .map((c) => ({ ...c, rule: 'listing-described-target', strength: Math.min(c.strength, STRENGTH.describedTargetGroup) }));
}

/** An activity named in one phrase: letters first, no full stop or line break, at most ACTIVITY_NAME_WORDS words. */
const ACTIVITY_NAME = /^\p{L}[^.!?\n]*$/u;
const ACTIVITY_NAME_WORDS = 12;
const isActivityName = (cell: string) => ACTIVITY_NAME.test(cell) && cell.split(/\s+/u).length <= ACTIVITY_NAME_WORDS;

/**
 * The people a grid's activity cell names, the cell read alone as a text of its own: "Dagverksamhet för personer i hemlöshet",
 * "Stöd till brottsutsatta och vittnen" under "Verksamhet" is the row's partnership and whom it is for (a table's line, cells
 * and bars together, is no sentence the reader reads). Only a cell that names the activity in one short phrase (isActivityName):
 * a cell of prose ("2022–2023. Syftet är att … nå personer i social utsatthet, med fokus på …") describes the partnership
 * at length, and the people it speaks of are not given as the row's target group. Offsets are the cell's own; less surely
 * than a cell labelled for it.
 *   yes: "Läxhjälp för elever i årskurs 4–9 i Skönsberg och Nacksta"
 *   no:  "2022-01-01–2023-12-31. Syftet är att fler unga med funktionsnedsättning ska kunna delta i …"
 */
export function activityTargetGroups(cell: string): Candidate<string>[] {
  if (!isActivityName(cell.trim())) return [];
  return targetGroupCandidates(DocText.fromString(cell))
    .filter((c) => !inhabitantsOnly(c.value))
    .map((c) => ({ ...c, rule: 'listing-activity-target', strength: Math.min(c.strength, STRENGTH.describedTargetGroup) }));
}
