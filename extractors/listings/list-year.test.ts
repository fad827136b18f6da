import { describe, expect, it } from 'vitest';
import { listYear } from './list-year.js';

const year = (text: string) => listYear(text)?.period ?? null;
const whole = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31`, openEnded: false });

describe('noun-year: the grant\'s noun and the year after it', () => {
  it.each([
    'Så fördelas föreningsbidragen 2021\n\nHär är listan.',
    'Här är listan på hur verksamhetsbidragen fördelas 2021.',
    'Beviljade bidrag 2021',
    'Kulturstödet 2021 till föreningar:',
  ])('%s gives the list the year', (text) => expect(year(text)).toEqual(whole(2021)));

  it.each([
    'Föreningsbidrag 2021–2023 till föreningar:',
    'Bidraget 2021-05-05 beslutades av nämnden.',
    'Stödet 2021 000 kronor fördelas.',
    'Sociala stödföreningar 2021',
    'Budget 2021 för nämnden',
  ])('%s gives no year of a list', (text) => expect(year(text)).toBeNull());

  it('gives no year where the page names two', () => {
    expect(year('Föreningsbidragen 2021 och verksamhetsbidragen fördelas 2022.')).toBeNull();
  });
});

describe('this-years-grant: "årets" grant on a dated page', () => {
  it('reads the year of the page\'s own date', () => {
    expect(year('Artikeln publicerades 23 april 2024\n\nUtskottet fördelade också årets verksamhetsbidrag till föreningarna.')).toEqual(whole(2024));
  });

  it('adds no year on a page without a date, and is none where the heading names another year', () => {
    expect(year('Utskottet fördelade årets verksamhetsbidrag till föreningarna.')).toBeNull();
    expect(year('Så fördelas föreningsbidragen 2021\n\nNämnden beslutade hur årets föreningsbidrag fördelas.')).toEqual(whole(2021));
    expect(year('Publicerad 2024-03-01\n\nSå fördelas föreningsbidragen 2023. Årets bidrag är större.')).toBeNull();
  });

  it('is no grant\'s year for "årets" before another noun', () => {
    expect(year('Artikeln publicerades 23 april 2024\n\nÅrets föreningar och årets budget presenterades.')).toBeNull();
  });
});
