/**
 * Whom a grant item's title names as its recipient: the capitalised name after "till" or "från" ("Extra
 * verksamhetsbidrag till Ny Gemenskap", "Ansökan från Ny Gemenskap"). A committee's agenda names a förening so
 * whose name carries no organisation word; the parties extractor knows an idéburen organisation by such words
 * and its lexicon, so the name alone must do. Not a name: a public party or body ("till Region Halland",
 * "till Socialnämnden"), a company ("… AB"), a state agency ("från Socialstyrelsen", "till Arbetsförmedlingen"),
 * or lower-case words ("till riksarrangemang", "till föreningar").
 */
import { looksLikeName } from '../listings/line-list.js';

/** A capitalised run after "till"/"från", joined by the few lower-case words names hold. */
const AFTER_TO_OR_FROM = /(?<![\p{L}])(?:till|från)\s+(\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:(?:och|i|för|av|&)\s+)?\p{Lu}[\p{L}\d&'.-]*)*)/gu;
/** State agencies by their names' endings (a list of facts): "Socialstyrelsen", "Arbetsförmedlingen", "Polisen". */
const STATE_AGENCY = /(?:verket|styrelsen|myndigheten|inspektionen|förmedlingen|kassan|polisen|rådet|nämnden|länsstyrelsen)$/iu;

/**
 * An applicant named first, as some agendas title its items ("Västerviks Ishockeyklubb ansökan om
 * marknadsföringsbidrag", "Westervik Motorsportklubb (WMSK) ansökan om …"): the capitalised run that opens the
 * title before a lower-case "ansökan", an abbreviation in brackets allowed. Not "Ansökan om …" itself.
 */
const BEFORE_APPLICATION = /^(\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:(?:och|i|för|av|&)\s+)?\p{Lu}[\p{L}\d&'.-]*)*)(?:\s+\(\p{Lu}{2,8}\))?\s+ansökan(?![\p{L}])/u;

/** The recipient a grant item's title names, as written (without a bracketed abbreviation); null if none. */
export function recipientIn(title: string): string | null {
  const names = [...[...title.matchAll(AFTER_TO_OR_FROM)].map((m) => m[1]!), ...(BEFORE_APPLICATION.exec(title.trim())?.slice(1, 2) ?? [])];
  return names.find((name) => looksLikeName(name) && !STATE_AGENCY.test(name)) ?? null;
}

export function namesRecipient(title: string): boolean {
  return recipientIn(title) !== null;
}
