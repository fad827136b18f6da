/**
 * A grant round's table: the sum each applicant asked for beside the sum it was granted ("Sökande | Projekt | Ansökt |
 * Beviljat"), or a money column its header calls the decision's ("Sökande | Ändamål | Tilldelning", "Förening | Beviljat,
 * kr"). Such a table records a round's decisions, so four things follow that a list of partners does not say:
 *   - its rows are grants made, dated by the one year its text names, as a list of grants made is (table.granted);
 *   - beside a sum asked for, a granted cell of nothing ("0", "0 kr", "–") is an application turned down, no grant and no
 *     row (under "Beviljat belopp" alone a dash may be a partnership without money);
 *   - one applicant granted twice in the round ("Dalfors bygdegårdsförening | Brygga …" and "… | Hjärtstartare …")
 *     is one recipient of two sums, one partnership, not two;
 *   - where its rows are projects or purposes (a "Projekt" or "Ändamål" column), each sum is paid once for its project,
 *     not yearly — unless a purpose is a recurring grant ("Verksamhetsbidrag").
 * A table with neither is none of these: a "0 kr" under "Belopp" may be a partnership without money.
 */
import type { Field, PartnershipValues } from '../../pipeline/contract.js';
import type { ListingTable } from './table.js';
import { GRANTS_MONEY } from './line-list.js';

/**
 * granted column: a money column its header calls the decision's ("Tilldelning", "Beviljat", "Beviljat belopp", "Tilldelade
 * medel", "Utbetalt belopp") records grants made, whatever the lead above the table says.
 *   yes: "Sökande | Ändamål | Tilldelning", "Förening | Beviljat, kr"
 *   no:  "Förening | Belopp per år", "Förening | Bidrag", "Förening | Sökt belopp" (asked for, not granted)
 */
const GRANTED_LABEL = /^\s*(?:bevilja[dst]e?|tilldela[dt]e?|tilldelning|utbetal[dt]a?)(?!\p{L})/iu;
export const labelsGranted = (table: ListingTable) => (table.labels ?? []).some((label, i) => table.roles[i] === 'amount' && GRANTED_LABEL.test(label));

/** A table that puts the sum asked for beside the sum granted. */
export const asksAndGrants = (table: ListingTable) => table.roles.includes('requested') && table.roles.includes('amount');

/** A table that puts the sum asked for beside the sum granted, or whose money column is the sum granted. */
export const isGrantRound = (table: ListingTable) => asksAndGrants(table) || labelsGranted(table);

/** A granted cell of nothing: "0", "0 kr", "0:-", "–". */
const NOTHING_GRANTED = /^\s*(?:0(?:[.,]0+)?\s*(?:kr|kronor|sek|:-)?|[-–—])\s*$/iu;

export const nothingGranted = (cell: string) => NOTHING_GRANTED.test(cell);

/** A column of the projects applied for or of what each grant is for: "Projekt", "Projektnamn", "Projekt/ändamål", "Ändamål". */
const PROJECT_LABEL = /^\s*(?:projekt|ändamål)/iu;
/** A purpose that is a grant paid every year: "Verksamhetsbidrag", "Driftstöd", "Föreningsbidrag". */
const RECURRING_PURPOSE = /(?:verksamhets|förenings|drifts?|organisations|grund|års)(?:bidrag|stöd)/iu;

/** A grant round whose rows are projects: a project or purpose column, no purpose a recurring grant. */
export const grantsProjects = (table: ListingTable) => {
  const purposes = table.roles.flatMap((role, i) => (role === 'description' && PROJECT_LABEL.test(table.labels?.[i] ?? '') ? [i] : []));
  return isGrantRound(table) && purposes.length > 0 && !table.rows.some((row) => purposes.some((i) => RECURRING_PURPOSE.test(row[i]?.text ?? '')));
};

const key = (fields: readonly Field<string>[]) =>
  fields
    .map((f) => f.value.toLowerCase().replace(/\s+/g, ' '))
    .sort()
    .join('|');

/** The same recipient under the same public party and body in the same period. */
const sameRecipient = (a: PartnershipValues, b: PartnershipValues) =>
  a.ideburna.length > 0 &&
  key(a.ideburna) === key(b.ideburna) &&
  key(a.offentliga) === key(b.offentliga) &&
  key(a.organ) === key(b.organ) &&
  JSON.stringify(a.period?.value ?? null) === JSON.stringify(b.period?.value ?? null);

/** A round's rows with each recipient's later rows folded into its first: their sums its own. */
export function oneRowPerRecipient<T extends { values: PartnershipValues }>(rows: readonly T[]): T[] {
  const kept: T[] = [];
  for (const row of rows) {
    const first = kept.findIndex((other) => sameRecipient(other.values, row.values));
    if (first < 0) kept.push(row);
    else kept[first] = { ...kept[first]!, values: { ...kept[first]!.values, amounts: [...kept[first]!.values.amounts, ...row.values.amounts] } };
  }
  return kept;
}

/**
 * sums-per-recipient: a list of grants whose every row is a recipient and its sum, nothing said of what for ("Föreningen A
 * 2 000" under "Administrationsbidrag", "Föreningen A 10 000" under "Verksamhetsbidrag"), that names one recipient twice,
 * gives that recipient two sums of one support, one partnership (SCHEMA: every amount that funds it), as a grant round
 * does (oneRowPerRecipient: same recipient, public party, body and period).
 *   yes: "Administrationsbidrag / Ekby musikkår 2 000 / Norrby gille 2 000 / Verksamhetsbidrag / Ekby musikkår 10 000"
 *        → Ekby musikkår 2000 + 10000, Norrby gille 2000
 *   no:  a row without a sum (a list of partners, which may hold one partner's two IOPs); a row whose description says
 *        what its sum is for ("Ekby bygdegårdsförening | Mötesplats | 27 000" beside "… | Läxhjälp | 15 000": two activities);
 *        another period, public party or body (two years' grants, two payers' grants).
 */
export const listsSumsOnly = (rows: readonly { values: PartnershipValues; described: boolean }[]) =>
  rows.length > 0 && rows.every((row) => row.values.amounts.length > 0 && !row.described);

/**
 * granted-lead: a table of sums, one a row, under a heading or lead that says the money was granted ("Beviljade
 * föreningsbidrag 2024", "Föreningar som fått bidrag 2023", "Nämnden har fördelat årets verksamhetsbidrag") records grants
 * made, as a line list after such a lead-in does (line-list.ts: granted): a round of one year, dated by the one year its text
 * names. A participle before the grant's noun says so as a verb of being granted does.
 *   yes: "Beviljade föreningsbidrag 2024" / "Förening | Bidrag" / rows with sums; "Fördelade bidrag 2023"
 *   no:  "Föreningar som kan söka bidrag", "Kommunens IOP-avtal" above "Förening | Belopp per år" (no grant made)
 */
const GRANTED_NOUN = /(?<!\p{L})(?:beviljade|fördelade|utbetalda|utbetalade|tilldelade|har\s+fördelat|har\s+beviljat)\s+(?:\p{Ll}+\s+)?\p{Ll}*(?:bidrag|stöd)/iu;
export const saysGranted = (lead: string) => GRANTS_MONEY.test(lead) || GRANTED_NOUN.test(lead);

