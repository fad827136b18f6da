/**
 * When a page was published, to date what its text says relative to it ("från årsskiftet", "året ut", "den 31 december"):
 * the date the document gives itself (decision/document-date.ts: "Publicerad 2023-12-01", a dateline), else the date its
 * "# source:" address holds ("/2021-06-15-", "/2017/10/10/", "/2021/03/").
 */
import { documentDate } from '../decision/document-date.js';

export interface PageDate {
  year: number;
  month: number;
}

/** A year and month in a source address: "/2021-06-15-…", "/2017/10/10/…", "/Pressmeddelanden/2021/03/…". */
const ADDRESS_DATE = /[/_-]((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?=[/-])/u;
/** The "# source:" line a document starts with. */
const SOURCE_LINE = /^# source:[ \t]*(\S+)/mu;

export function pageDate(text: string): PageDate | null {
  const own = documentDate(text)?.value;
  if (own) return { year: Number(own.slice(0, 4)), month: Number(own.slice(5, 7)) };
  const address = SOURCE_LINE.exec(text.slice(0, 1000))?.[1];
  const m = address ? ADDRESS_DATE.exec(address) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}
