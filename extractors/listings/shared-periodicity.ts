import type { Amount, PartnershipValues } from '../../pipeline/contract.js';

/** How many of a list's sums must say how often they are paid, all alike, before the others are read so. */
const MIN_SAID = 2;

/** The values with every sum that said nothing of how often it is paid paid `per`. */
export function withUnknownPer(values: PartnershipValues, per: Amount['per']): PartnershipValues {
  const amounts = values.amounts.map((a) => (a.value.per === 'unknown' ? { ...a, value: { ...a.value, per } } : a));
  // A sum read both ways ("25 000 kr" and "25 000 kr per år") is now one.
  return { ...values, amounts: amounts.filter((a, i) => amounts.findIndex((b) => b.value.sek === a.value.sek && b.value.per === a.value.per) === i) };
}

/**
 * shared periodicity: the sums of one list are paid alike, so a sum that says nothing of how often ("… Manskör får 10 000
 * kronor, och Gota Stream Big Band 8 000.", the unit and the rest left out) is paid as the list's other sums are, when
 * those that say it (MIN_SAID or more) all say the same.
 *   yes: "A får 10 000 kronor per år, B 8 000 och C 5 000 kronor per år": B's 8 000 is yearly
 *   no:  a list whose sums are yearly and once; a list in which one sum alone says how often it is paid
 */
export function sharedPeriodicity<T extends { values: PartnershipValues }>(rows: T[]): T[] {
  const said = rows.flatMap((row) => row.values.amounts.map((a) => a.value.per).filter((per) => per !== 'unknown'));
  const [per] = said;
  if (per === undefined || said.length < MIN_SAID || said.some((other) => other !== per)) return rows;
  return rows.map((row) => ({ ...row, values: withUnknownPer(row.values, per) }));
}
