import { describe, expect, it } from 'vitest';
import { documentDate } from './document-date.js';
import { relativeDay } from './relative-day.js';

describe('documentDate', () => {
  it('reads a labelled publication date anywhere, or a full date at the very top', () => {
    const value = (text: string) => documentDate(text)?.value;
    expect(documentDate('Rubrik\n\nPublicerad av: Anna Berg, den 10 november 2021.\nText')).toEqual({ value: '2021-11-10', year: '2021', month: '11', source: 'text' });
    // A time of day before the date; a time alone dates nothing.
    expect(documentDate('Rubrik\n\n  • Publicerad 06:15, 15 feb 2021\n\nText')?.value).toBe('2021-02-15');
    expect(documentDate('Rubrik\n\nPublicerad 06:15\n\nText om 2019 och mer.')).toBeNull();
    expect(value('Nyhet   •   Aug 21, 2013 16:35 CEST\n\nText')).toBe('2013-08-21');
    expect(value('2 februari 2022\n\nRegion och förening = sant')).toBe('2022-02-02');
    expect(value('Rubrik\n10 jan | 2017\nText')).toBe('2017-01-10');
    // A blog's byline keeps the English comma before the year; a comma before a number that is no year dates nothing.
    expect(value('Rubrik\n\nBy on 22 november, 2015\n\nText')).toBe('2015-11-22');
    expect(value('Rubrik\n\nSid 22 november, 205 kronor\n\nText')).toBeUndefined();
    expect(value('Pressmeddelande 2023-12-01\nText')).toBe('2023-12-01');
    expect(value('Rubrik\nTisdag den 28 november 2023 – Nyheter\nText')).toBe('2023-11-28');
    expect(value(`${'Lång text. '.repeat(40)}\nSenast ändrad: 14 mars 2022`)).toBe('2022-03-14');
    expect(value(`${'Lång text. '.repeat(40)}\nSidan skapad 2021-05-03`)).toBe('2021-05-03');
  });

  it('falls back on a date in the source address, its text first, and takes no year alone', () => {
    expect(documentDate('# source: https://example.se/nyheter/2021-06-15-nyhet.html\n\nText utan datum.')).toEqual({ value: '2021-06-15', year: '2021', month: '06', source: 'source-url' });
    expect(documentDate('# source: https://tidning.se/orten/2017/10/10/rubrik\n\nText.')?.value).toBe('2017-10-10');
    expect(documentDate('# source: https://tidning.se/2019/05/rubrik/\n\nText.')).toEqual({ value: null, year: '2019', month: '05', source: 'source-url' });
    expect(documentDate('# source: https://example.se/2021-06-15-nyhet\n\nPublicerad 2021-06-17\nText')?.source).toBe('text');
    // A page updated years later still dates what it tells by its publication.
    expect(documentDate('# source: https://example.se/2019-03-02-nyhet\n\nRubrik\n\nText.\n\nSenast uppdaterad: 12 januari 2024')?.value).toBe('2019-03-02');
    expect(documentDate('# source: https://example.se/c2737260/agenda-2030-nyhet\n\nText.')).toBeNull();
    expect(documentDate('# source: https://example.se/105208622-nyhet\n\nText.')).toBeNull();
    // A date closing a segment after a word: a meeting page, a dated file.
    expect(documentDate('# source: https://moten.example.se/committees/namnd/mote-2023-10-19\n\nText.')?.value).toBe('2023-10-19');
    expect(documentDate('# source: https://example.se/files/protokoll_2024-02-22.pdf\n\nText.')?.value).toBe('2024-02-22');
    expect(documentDate('# source: https://example.se/dokument/2024123-iop.pdf\n\nText.')).toBeNull();
    expect(documentDate('# source: https://example.se/iop-2020-2023-forening/\n\nText.')).toBeNull();
  });

  it('reads a date written with dots, and no version or clock time', () => {
    expect(documentDate('Publicerad 10.05.2023\nText')?.value).toBe('2023-05-10');
    expect(documentDate('Rubrik\n3.2.2022\nText')?.value).toBe('2022-02-03');
    expect(documentDate('Publicerad kl. 10.05\nVersion 1.2.3\nText')).toBeNull();
  });

  it('takes the year alone only where the title and the address both close on it, and gives it no month', () => {
    expect(documentDate('# source: http://tidning.se/22-listan-fordelas-2021?Itemid=101\n\nSå fördelas bidragen 2021\n\nText.')).toEqual({ value: null, year: '2021', month: null, source: 'source-url' });
    expect(documentDate('# source: http://tidning.se/22-listan-fordelas-2021\n\nSå fördelas bidragen\n\nText om 2021.')).toBeNull();
    expect(documentDate('# source: https://kommun.se/bygdepeng/utdelning-2023.html\n\nBygdepeng – utdelning 2023\n\nText.')).toEqual({ value: null, year: '2023', month: null, source: 'source-url' });
    expect(documentDate('# source: https://kommun.se/bygdepeng/utdelning-2023.pdf\n\nBygdepeng – utdelning 2023\n\nText.')).toBeNull();
    expect(documentDate('# source: http://tidning.se/listan-fordelas\n\nSå fördelas bidragen 2021\n\nText.')).toBeNull();
    expect(documentDate('# source: http://tidning.se/iop-2020-2021\n\nIOP 2020–2021\n\nText.')).toBeNull();
  });

  it('takes a dateline in a letter\'s closing, above its signatures, only where nothing else dates the page', () => {
    const letter = `Rubrik\n\n${'Lång text. '.repeat(40)}\n\n2016-12-14\n\nAnna Berg och Per Holm\n\nLedamöter i nämnden`;
    expect(documentDate(letter)?.value).toBe('2016-12-14');
    expect(documentDate(`Publicerad 2016-12-20\n\n${letter}`)?.value).toBe('2016-12-20');
    // A date in the closing's sentence is what the sentence tells.
    expect(documentDate(`Rubrik\n\n${'Lång text. '.repeat(40)}\n\nAvtalet gäller från 2024-01-01 till 2025-12-31.`)).toBeNull();
  });

  it('takes no year alone and no date deep in the text', () => {
    expect(documentDate('Avtalet gäller under perioden 2020–2022.')).toBeNull();
    expect(documentDate(`${'Lång text. '.repeat(40)}Avtalet gäller från 2024-01-01.`)).toBeNull();
    // At the top of a short page a date inside a sentence is what the sentence tells, not the page's date.
    expect(documentDate('Rubrik\n\nPartnerskapet gäller från 1 april 2022 till 31 mars 2025.')).toBeNull();
  });
});

describe('relativeDay', () => {
  // 2023-12-01 was a Friday.
  it('counts days and weekdays back from the document date', () => {
    expect(relativeDay('I går beslutade nämnden', '2023-12-01')?.value).toBe('2023-11-30');
    expect(relativeDay('beslutade i dag', '2023-12-01')?.value).toBe('2023-12-01');
    expect(relativeDay('På tisdagen beslutade nämnden', '2023-12-01')?.value).toBe('2023-11-28');
    expect(relativeDay('I fredags beslutade nämnden', '2023-12-01')?.value).toBe('2023-11-24');
    expect(relativeDay('På fredagen beslutade nämnden', '2023-12-01')?.value).toBe('2023-12-01');
    expect(relativeDay('På tisdagens möte beslutade nämnden', '2023-12-01')?.value).toBe('2023-11-28');
    expect(relativeDay('Vid onsdagens kommunstyrelsesammanträde sa politikerna ja', '2023-12-01')?.value).toBe('2023-11-29');
    expect(relativeDay('På måndagens kommunfullmäktige röstades avtalet igenom', '2023-12-01')?.value).toBe('2023-11-27');
    expect(relativeDay('Kommunfullmäktige beslutade på måndagskvällen', '2023-12-01')?.value).toBe('2023-11-27');
    expect(relativeDay('Under tisdagseftermiddagen sa nämnden ja', '2023-12-01')?.value).toBe('2023-11-28');
    expect(relativeDay('Vid onsdagskvällens sammanträde beslutade nämnden', '2023-12-01')?.value).toBe('2023-11-29');
  });

  it('leaves a weekday with its own date to that date, and finds nothing without a relative day', () => {
    expect(relativeDay('Tisdagen den 20 augusti beslutade nämnden', '2013-08-21')).toBeNull();
    expect(relativeDay('Nämnden beslutade att ingå avtal', '2013-08-21')).toBeNull();
    expect(relativeDay('Tisdagens föreläsning var välbesökt', '2013-08-21')).toBeNull();
    expect(relativeDay('Måndagskvällens föreläsning var välbesökt', '2013-08-21')).toBeNull();
  });
});
