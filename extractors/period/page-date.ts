/**
 * When a page was published, to date what its text says relative to it ("från årsskiftet", "året ut", "den 31 december"):
 * the year and month of the date the document gives itself or its "# source:" address holds — decision/document-date.ts
 * reads both ("Publicerad 2023-12-01", a dateline, "/2021-06-15-", "/2017/10/10/", "/2021/03/").
 */
import { documentDate } from '../decision/document-date.js';

export interface PageDate {
  year: number;
  month: number;
}

export function pageDate(text: string): PageDate | null {
  const own = documentDate(text);
  // A year alone (a title and an address closing on it) gives no month to count from.
  return own?.month ? { year: Number(own.year), month: Number(own.month) } : null;
}
