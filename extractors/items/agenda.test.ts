import { describe, expect, it } from 'vitest';
import { agendaHeadings, agendaLineHeadings } from './agenda.js';

describe('agenda headings', () => {
  it('reads numbered titles with a case number on or below them, and "Ärende N" labels', () => {
    const text = '4 Motion om cykelvägar Dnr KS 2023/9\n5. Bidrag till Föreningen Ljuset\nDnr KS 2023/11\n\nÄrende 7\nText';
    expect(agendaHeadings(text).map((h) => h.number)).toEqual(['4', '5', '7']);
  });

  it('takes "Ärende 5" under the title "5 …" for its label, not a second item', () => {
    const text = '5 Lokalhyra\n\nÄrende 5 Diarienummer 2024/KS 0030\n\nText.';
    expect(agendaHeadings(text).map((h) => h.number)).toEqual(['5']);
  });

  it("reads a title whose case number stands under its heading, wrapped title and applicant's line, and an item added under another's number", () => {
    const text = '8 Bordlagt ärende\n\nExtra verksamhetsbidrag till Stadens\nBrukarförening\nAnsökan från Stadens Brukarförening\nDnr 421-0317/2008\n\n14 b Extra verksamhetsbidrag till Ny Väg\n\nAnsökan från Ny Väg\nDnr 10.1-0510/2008';
    expect(agendaHeadings(text).map((h) => h.number)).toEqual(['8', '14 b']);
  });

  it("does not give a numbered line the case number of the item below it", () => {
    const text = '6 Anmälan av tjänstemannabeslut\n\n7 Ansökan från föreningen Ljuset\nDnr 421-0297/2008';
    expect(agendaHeadings(text).map((h) => h.number)).toEqual(['7']);
  });

  it('reads an item numbered with a bracket ("5) …"), and "Ärende 5:" with its colon outside the title', () => {
    const text = '1) Val av justerare\n\n2) Ansökan om bidrag från Ekby IF\nDnr KFN 2023/12\n\n3) Ansökan från Åby IK\nDnr KFN 2023/15\n\nÄrende 4: Bidrag till Ekby SK\n';
    const headings = agendaHeadings(text);
    expect(headings.map((h) => h.number)).toEqual(['2', '3', '4']);
    expect(text.slice(headings[2]!.end).startsWith(' Bidrag')).toBe(true);
    // A bracket inside a line, or a number in brackets, opens no item.
    expect(agendaHeadings('Bidraget (2) Ansökan om bidrag\nDnr KFN 2023/12\n(3) Ansökan från Åby IK\nDnr KFN 2023/15')).toEqual([]);
  });

  it('reads a case number alone on its line, without its label, under a numbered title', () => {
    const text = '1. Val av justerare\n\n2. Ansökan om bidrag från Ekby IF\nKFN 2023/12\n\n3. Ansökan från Åby IK\nSN-2023/15\n';
    expect(agendaHeadings(text).map((h) => h.number)).toEqual(['2', '3']);
    // Not a number with more on its line, nor a statute's.
    expect(agendaHeadings('2. Kommunen betalar\nKFN 2023/12 gäller\n3. Lagen gäller\nSFS 2010:800\n')).toEqual([]);
  });

  it('does not read a numbered list without case numbers, or an amount, as items', () => {
    expect(agendaHeadings('1 Föreningen redovisar\n2 Kommunen betalar\n500 000 kronor')).toEqual([]);
  });

  it("reads an agenda's list one item to a line, with or without a case number's or a blank line between", () => {
    const tight = 'Föredragningslista\n1. Val av justerare\n2. Ansökan om verksamhetsbidrag från Föreningen Ljuset\n3. Riktlinjer för bidrag\n';
    expect(agendaLineHeadings(tight, 0).map((h) => h.number)).toEqual(['1', '2', '3']);
    const spaced = 'Ärenden\n\n1 Val av justerare\n\n2 Föreningsbidrag till Scoutkåren Gnistan\nKFN 2024/13\n\n3 Meddelanden\n';
    expect(agendaLineHeadings(spaced, 0).map((h) => h.number)).toEqual(['1', '2', '3']);
  });

  it("takes the agenda's first list, not a report's numbered points further down, nor a list too short", () => {
    const text = '1 Val av justerare\n2 Bidrag till Föreningen Ljuset\n3 Meddelanden\n\nTjänsteskrivelse\n\nFörslag till beslut\n1 Nämnden beviljar bidrag\n2 Bidraget betalas i mars\n3 Paragrafen justeras\n';
    expect(agendaLineHeadings(text, 0).map((h) => h.start)).toEqual([0, 19, 51]);
    expect(agendaLineHeadings('1 Val av justerare\n2 Meddelanden\n\n500 000 kronor\n', 0)).toEqual([]);
  });
});
