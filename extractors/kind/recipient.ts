/**
 * Whom a grant item's title names as its recipient: the capitalised name after "till" or "från" ("Extra
 * verksamhetsbidrag till Ny Gemenskap", "Ansökan från Ny Gemenskap"). A committee's agenda names a förening so
 * whose name carries no organisation word; the parties extractor knows an idéburen organisation by such words
 * and its lexicon, so the name alone must do. Not a name: a public party or body ("till Region Halland",
 * "till Socialnämnden"), a company ("… AB"), a state agency ("från Socialstyrelsen", "till Arbetsförmedlingen"),
 * or lower-case words ("till riksarrangemang", "till föreningar").
 */
import { looksLikeName } from '../listings/line-list.js';

/**
 * A capitalised run after "till"/"från", joined by the few lower-case words names hold: connectors, and a
 * county's genitive after the county's name ("Stockholms läns Ungdoms Samarbetsorganisation", "Hallands läns
 * Bygdegårdsdistrikt"), a list of facts.
 */
const COUNTY_GENITIVE = 'läns';
/**
 * The generic word an agenda may put before the name ("Extra anslag till föreningen Ny Gemenskap", "Ansökan från
 * föreningen Convictus"): the name is what follows it, as the gold writes it (a list of facts).
 */
const GENERIC_BEFORE_NAME = '(?:föreningen|organisationen|stiftelsen|sällskapet)\\s+';
/** An agenda's next line run into the title ("… till Ny Gemenskap Ansökan från …", "… Dnr 10.1-0556/2010"): no part of the name. */
const NEXT_LINE_WORD = '(?:Ansökan|Dnr)(?![\\p{L}])';
const AFTER_TO_OR_FROM = new RegExp(String.raw`(?<![\p{L}])(?:till|från)\s+(?:${GENERIC_BEFORE_NAME})?(\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:(?:och|i|för|av|&|${COUNTY_GENITIVE})\s+)?(?!${NEXT_LINE_WORD})\p{Lu}[\p{L}\d&'.-]*)*)`, 'gu');
const COUNTY_WORD = new RegExp(String.raw`\s(?:${COUNTY_GENITIVE})\s`, 'u');
/** State agencies by their names' endings (a list of facts): "Socialstyrelsen", "Arbetsförmedlingen", "Polisen". */
const STATE_AGENCY = /(?:verket|styrelsen|myndigheten|inspektionen|förmedlingen|kassan|polisen|rådet|nämnden|länsstyrelsen)$/iu;

/**
 * An applicant named first, as some agendas title its items ("Västerviks Ishockeyklubb ansökan om
 * marknadsföringsbidrag", "Westervik Motorsportklubb (WMSK) ansökan om …"): the capitalised run that opens the
 * title before a lower-case "ansökan", an abbreviation in brackets allowed. Not "Ansökan om …" itself.
 */
const BEFORE_APPLICATION = /^(\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:(?:och|i|för|av|&)\s+)?\p{Lu}[\p{L}\d&'.-]*)*)(?:\s+\(\p{Lu}{2,8}\))?\s+ansökan(?![\p{L}])/u;

/**
 * An applicant set apart from the word "ansökan" by a slash, a comma, a dash or a colon, as committees that
 * hand out grants list their agenda ("Jularbomuseet i Rasten/Ansökan", "Gimo simsällskap/ansökan", "Lions Club
 * Öregrund – ansökan"), a föredragande's name perhaps after it. Two words at least, lower-case ones allowed
 * where the name shape allows them ("Gimo simsällskap"): a lone word before the slash is as often a topic
 * ("Ledighet/ansökan", "Skolskjuts/ansökan"). Not "Budget 2016 Intern fördelning/beslut" (no "ansökan"), nor
 * "Ansökan avseende brigantinen …" (nothing before it).
 */
export const BEFORE_SEPARATED_APPLICATION = /^([^\n/,:–-]{3,60}?)[ \t]*(?:\/|,|:|–|-)[ \t]*ansökan(?![\p{L}])/iu;
const MIN_SEPARATED_WORDS = 2;

function separatedApplicant(title: string): string[] {
  const name = BEFORE_SEPARATED_APPLICATION.exec(title)?.[1]?.trim();
  return name !== undefined && name.split(/\s+/).length >= MIN_SEPARATED_WORDS ? [name] : [];
}

/**
 * What a grant in a title is for, after a preposition and before the separator: "bidrag för inkoppling av kommunalt VA",
 * "stöd till renovering av klubbstugan".
 */
const GRANT_PURPOSE = String.raw`(?:[ \t]+(?:för|till|avseende|om)[ \t]+[^\n,:–]{1,60}?)?`;
/**
 * A recipient set after the grant it gets by a dash, a comma or a colon, closing the title, as agendas write it
 * ("Verksamhetsbidrag 2024 – Ekbackens Vänner", "Ansökan om ekonomiskt stöd, Öns Ryttare", "Ansökan om bidrag för
 * inkoppling av kommunalt VA, Sösdala Ryttarförening"): a grant's word, a year or its purpose perhaps, the separator,
 * then the name to the title's end, two words at least (as separatedApplicant). Not "Föreningsbidrag – riktlinjer"
 * (lower case), nor "Verksamhetsbidrag 2025 – Information" (one word).
 */
const AFTER_SEPARATED_GRANT = new RegExp(
  String.raw`(?:bidrag|stöd|anslag)(?:[ \t]+(?:19|20)\d{2}(?:[/-]\d{2,4})?)?${GRANT_PURPOSE}[ \t]*(?:–|-|,|:)[ \t]*(\p{Lu}[^\n,:–]{2,60}?)[ \t]*$`,
  'u',
);

function separatedRecipient(title: string): string[] {
  const name = AFTER_SEPARATED_GRANT.exec(title)?.[1]?.trim();
  return name !== undefined && name.split(/\s+/).length >= MIN_SEPARATED_WORDS ? [name] : [];
}

/** The recipient a grant item's title names, as written (without a bracketed abbreviation); null if none. */
export function recipientIn(title: string): string | null {
  const trimmed = title.trim();
  const names = [...[...title.matchAll(AFTER_TO_OR_FROM)].map((m) => m[1]!), ...(BEFORE_APPLICATION.exec(trimmed)?.slice(1, 2) ?? []), ...separatedApplicant(trimmed), ...separatedRecipient(trimmed)];
  // The county's genitive is the one lower-case word such a name may hold outside a connector.
  return names.find((name) => looksLikeName(name, COUNTY_WORD.test(name) ? 1 : 0) && !STATE_AGENCY.test(name)) ?? null;
}


export function namesRecipient(title: string): boolean {
  return recipientIn(title) !== null;
}
