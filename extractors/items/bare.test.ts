import { describe, expect, it } from 'vitest';
import { bareHeadings } from './bare.js';

const values = (text: string, range: { low: number; high: number } | null = null) => bareHeadings(text, range).map((h) => h.value);

describe('paragraph numbers whose § a transcript dropped', () => {
  it("reads a number after a page's marks, a case number or the body's abbreviation, in a named range", () => {
    const text =
      '1 1(9) Plats och tid Kommunhuset Paragrafer 40-42\n\n2 2(9) 40 Val av justerare Nämnden utser Eva Ek.\n\n' +
      '3 3(9) SN 2019/31 41 Ansökan om bidrag från Föreningen Ljuset Beslut Nämnden beviljar bidraget.\n\n4 Sida 4 (9) Ks 42 Delårsrapport';
    expect(values(text, { low: 40, high: 42 })).toEqual(['§ 40', '§ 41', '§ 42']);
  });

  it('takes numbers that follow each other where no range is named, and a run-in one after a sentence', () => {
    const text = '4 4(42) Ks 250 Anmälan av delegationsbeslut Nämnden lägger anmälan till handlingarna. Ks 251 Ordföranderemisser Förteckningen läggs till handlingarna.';
    expect(values(text)).toEqual(['§ 250', '§ 251']);
    expect(values('KS 121/16 Arrende för golfklubben\nKS 122/16 Ansökan om borgen')).toEqual(['§ 121', '§ 122']);
  });

  it("reads a number after a group's label past the page's marks, and after a sentence a party's letter closes", () => {
    const text =
      '3 3 (15) Beslutsärenden 30 Tjänstgörande Eva Ek ersätts av Per Berg (L). 31 Godkännande av dagordning Nämnden godkänner dagordningen.\n\n' +
      '4 4 (15) Diskussions- och informationsärenden 32 Föreningen Ljuset informerar Ordföranden tackar.';
    expect(values(text)).toEqual(['§ 30', '§ 31', '§ 32']);
    expect(values('3 3 (15) Ärenden 5 Personer deltog i mötet.')).toEqual([]);
  });

  it("does not read a transcript's page counters, a lone number, numbers out of order or outside the range", () => {
    const counters = 'Transkript\n\n1 Plats och tid Stadshuset\n\n2 Beslutande Anna Ek\n\n3 Carina Berg Övriga närvarande';
    expect(values(counters)).toEqual([]);
    expect(values('12 Ledamöter närvarade.\n30 Föreningar har sökt bidrag.\n7 Barn')).toEqual([]);
    expect(values('2 2(9) 40 Val av justerare\n3 3(9) 41 Budget', { low: 10, high: 20 })).toEqual([]);
    // A case number's year-first "KS 16/121", a date's or a sum's number opens nothing.
    expect(values('Dnr KS 16/121 Arrende\nDnr KS 16/122 Borgen\n2019-03 Beslut\n25,5 Miljoner')).toEqual([]);
  });

  it('reads headings that kept their sign inside run-together lines, not cited paragraphs', () => {
    const text = '2 EXEMPELS KOMMUN PROTOKOLL Blad 5 § 174 Dnr 105/12-02 Ekonomiärenden Beslut …\n\n3 EXEMPELS KOMMUN PROTOKOLL Blad 6 § 175 Ansökan om bidrag';
    expect(values(text)).toEqual(['§ 174', '§ 175']);
    expect(values('enligt beslut i KS 2019-11-04, § 88 Riktlinjer och KF § 90 Budget, (KS § 91 Taxor)')).toEqual([]);
  });

  it('marks a table of contents listed before the items as entries', () => {
    const text = 'Innehållsförteckning\nKS 120/16 Detaljplan\nKS 121/16 Arrende\nKS 122/16 Borgen\n\nKS 121/16 Dnr 2016.0211\nArrende för golfklubben\nKS 122/16 Borgen för föreningen\n';
    expect(bareHeadings(text, null).map((h) => [h.value, h.entry ?? false])).toEqual([
      ['§ 120', true],
      ['§ 121', true],
      ['§ 122', true],
      ['§ 121', false],
      ['§ 122', false],
    ]);
  });
});
