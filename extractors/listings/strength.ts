/**
 * How often a value read by each listing rule is right (the rule's prior for confidence). Fitted by hand
 * on the development set's listing (seed_004): whole-cell names and table periods are nearly always
 * right; names from a crowded cell or a cell cut short, bare place names and periods from prose less so.
 */
export const STRENGTH = {
  /** By how the organisation cell was read (organisations.ts NameReading). */
  ideburen: { whole: 0.92, split: 0.85, 'comma-pair': 0.68, crowded: 0.68, 'joined-lower': 0.55, trimmed: 0.65 },
  /** A cell wrapped over several lines, joined back: its split is less sure. */
  joinedCell: 0.7,
  headingParty: 0.9,
  cellParty: 0.92,
  bareCellParty: 0.65,
  /** The document's one public party, for a row that names none (a municipality's list of its own IOPs). */
  documentParty: 0.6,
  organ: 0.8,
  /** A body heading over the rows ("Socialnämnden"): a row under it is that body's partnership. */
  headingBody: 0.85,
  /** The body or party a row's prose opens with as its subject ("Socialnämnden har ett IOP med …"). */
  subject: 0.75,
  periodColumn: 0.95,
  /** The document's period, for a row that states none (a list under "… fram till 31 december 2022"). */
  sharedPeriod: 0.6,
  periodInDescription: 0.93,
  periodLaterInText: 0.6,
  amount: 0.85,
  amountInDescription: 0.65,
  targetGroup: 0.8,
  /** The target group the text states for a whole list, for a row that states none (list-target-groups.ts). */
  listTargetGroup: 0.6,
  /** A target group the row's own description names, for a row with no target-group cell (list-target-groups.ts). */
  describedTargetGroup: 0.6,
  /** The body the text says decided a whole list's grants, for a row that names none (list-organ.ts). */
  listBody: 0.6,
} as const;
