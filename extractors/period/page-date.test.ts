import { describe, expect, it } from 'vitest';
import { pageDate } from './page-date.js';

describe('pageDate', () => {
  it('reads the date a page gives itself before the one its address holds', () => {
    expect(pageDate('# source: https://x.se/nyheter/2021/03/avtal/\n\nPublicerad 2023-12-01\n\nText.')).toEqual({ year: 2023, month: 12 });
  });

  it('reads the year and month of a dated source address', () => {
    expect(pageDate('# source: https://x.se/nyheter/2021-06-15-iop-med-kvinnojouren.html\n\nText.')).toEqual({ year: 2021, month: 6 });
    expect(pageDate('# source: https://x.se/kristinehamn/2015/12/17/fristaden\n\nText.')).toEqual({ year: 2015, month: 12 });
    expect(pageDate('# source: github:o/r/data/ks/2024/2024-02-22/protokoll.md\n\nText.')).toEqual({ year: 2024, month: 2 });
    // Year and month alone: the address gives no day, the month still dates the page.
    expect(pageDate('# source: https://x.se/Pressmeddelanden/2021/03/tecknar-partnerskap/\n\nText.')).toEqual({ year: 2021, month: 3 });
    expect(pageDate('# source: https://x.se/moten/mote-2023-10-19\n\nText.')).toEqual({ year: 2023, month: 10 });
  });

  it('gives null for an address without a date, and does not take a number in a name for one', () => {
    expect(pageDate('# source: https://x.se/rinkeby-folkets-hus-iop/\n\nText.')).toBeNull();
    expect(pageDate('# source: https://x.se/dokument/2024123-iop.pdf\n\nText.')).toBeNull();
    // A year alone (a title and an address closing on it) has no month to count "året ut" from.
    expect(pageDate('# source: https://x.se/nyheter/bidragen-fordelas-2021\n\nSå fördelas bidragen 2021\n\nText.')).toBeNull();
    expect(pageDate('Text utan källa.')).toBeNull();
  });
});
