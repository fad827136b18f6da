import { describe, expect, it } from 'vitest';
import { agendaRunHeadings, inlineHeadings, inlineTitle, lostNumberItems } from './inline.js';

const RUN_TOGETHER =
  '2 (9) Ärendelista 40 Dnr KS 2019/11 Information... 3 41 Dnr KS 2019/52 Ansökan om verksamhetsbidrag från Föreningen Ljuset... 4\n' +
  '4 (9) 41 Dnr KS 2019/52 Ansökan om verksamhetsbidrag från Föreningen Ljuset Arbetsutskottets förslag Föreningen beviljas 50 000 kronor.\n';

describe('inline items', () => {
  it('reads an item number right before its case number anywhere in a line, not the page number before it', () => {
    expect(inlineHeadings(RUN_TOGETHER).map((h) => [h.value, RUN_TOGETHER.slice(h.start, h.end)])).toEqual([
      ['§ 40', '40 Dnr KS 2019/11'],
      ['§ 41', '41 Dnr KS 2019/52'],
      ['§ 41', '41 Dnr KS 2019/52'],
    ]);
    expect(inlineHeadings('§ 7 Dnr KFN/2012:129 Ansökan')[0]!.value).toBe('§ 7');
  });

  it('does not read a case number cited in running text, or a year before one, as an item', () => {
    expect(inlineHeadings('beslutade den 5 mars (Dnr KS 2018/3) att bevilja. Ärendet, 2019 Dnr saknas.')).toEqual([]);
  });

  it("reads a paragraph a transcript wrote as body, number and year ('KS 22/2008'), not a case number that puts the year first", () => {
    const text = '2 Polis 2(30) KS 20/2008 Information om polisen Polischefen informerar. 3 3(30) KS 21/2008 Dnr 2008/31 Årsredovisning 2007 Kommunstyrelsens beslut';
    expect(inlineHeadings(text).map((h) => [h.value, text.slice(h.start, h.end)])).toEqual([
      ['§ 20', 'KS 20/2008'],
      ['§ 21', 'KS 21/2008 Dnr 2008/31'],
    ]);
    expect(inlineHeadings('enligt beslut Dnr KS 2008/31 och KS 2019/12 Ansökan')).toEqual([]);
  });

  it("ends a run-together title at leaders, a section's label or a case number", () => {
    const title = (text: string) => inlineTitle(text, 0, text.length).title;
    expect(title(' Information... 3 41 Dnr')).toBe('Information');
    expect(title(' Ansökan om verksamhetsbidrag från Föreningen Ljuset Arbetsutskottets förslag Föreningen beviljas')).toBe(
      'Ansökan om verksamhetsbidrag från Föreningen Ljuset',
    );
    expect(title(' Ansökan om bidrag från Föreningen Ljuset SN/2019:12 ')).toBe('Ansökan om bidrag från Föreningen Ljuset');
    expect(title(' Ansökan om stöd till Föreningen Ljuset\n2 Exempels kommun Tjänsteutlåtande')).toBe('Ansökan om stöd till Föreningen Ljuset');
    expect(title('\nAnsökan om stöd till Föreningen Ljuset\nFöreningen har sökt')).toBe('Ansökan om stöd till Föreningen Ljuset');
    // … or at the item's first sentence, its subject and finite verb.
    expect(title(' Information om polisen Polischefen informerar om läget.')).toBe('Information om polisen');
    expect(title(' Ansökan om bidrag från Föreningen Ljuset Föreningen ansöker om 30 000 kronor')).toBe('Ansökan om bidrag från Föreningen Ljuset');
  });
});

describe("an agenda's list run together on a line", () => {
  it('reads consecutive numbers before capitalised words after an agenda word', () => {
    const text = 'KALLELSE Föredragningslista Socialnämnden Ärende Dnr Föredragande 1. Upprop 2. Ansökan om bidrag från Föreningen Ljuset SN/2019:12 3 Anmälningsärenden';
    expect(agendaRunHeadings(text).map((h) => h.value)).toEqual(['§ 1', '§ 2', '§ 3']);
  });

  it("reads a chain a transcript's page number opens, the list word on its page before the second number", () => {
    const text = 'Transkript\n\n1 Kommunstyrelsen 3 (22) Ärendelista 11 maj 2015 Upprop och val av justerare 2. Anmälan om delegationsbeslut 3. Föreningen Ljuset ansökan om bidrag 4. Rapporter';
    expect(agendaRunHeadings(text).map((h) => h.value)).toEqual(['§ 1', '§ 2', '§ 3', '§ 4']);
  });

  it("does not read a decision's numbered points, or numbers out of sequence, as an agenda", () => {
    expect(agendaRunHeadings('Beslut Nämnden beslutar 1. Godkänna avtalet 2. Ge förvaltningen i uppdrag 3. Förklara paragrafen justerad')).toEqual([]);
    expect(agendaRunHeadings('Föredragningslista 1 Upprop 3 Budget 7 Övrigt')).toEqual([]);
  });
  it('goes on over a few numbers a transcript lost inside a list running one by one, not over a long jump', () => {
    const text = 'Ärendelista 1. Upprop 2. Anmälan om delegationsbeslut 3. Klubben Ljuset ansökan om bidrag Kulturstipendium 5. Budget 6. Rapporter';
    expect(agendaRunHeadings(text).map((h) => h.value)).toEqual(['§ 1', '§ 2', '§ 3', '§ 5', '§ 6']);
    expect(agendaRunHeadings('Ärendelista 1. Upprop 2. Anmälan 3. Budget 40 Personer')).toHaveLength(3);
  });
  it("goes on over a transcript's page break with the next number, not with a jump or a number starting again", () => {
    const text = 'KALLELSE 1. Upprop 2. Val av justerare 3. Budget\n\n2 4. Svar på ansökan om borgen till Klubben Ljuset 5. Rapporter';
    expect(agendaRunHeadings(text).map((h) => h.value)).toEqual(['§ 1', '§ 2', '§ 3', '§ 4', '§ 5']);
    expect(agendaRunHeadings('KALLELSE 1. Upprop 2. Val 3. Budget\n\n2 7. Rapporter 8. Övrigt').map((h) => h.value)).toEqual(['§ 1', '§ 2', '§ 3']);
    expect(agendaRunHeadings('KALLELSE 1. Upprop 2. Val 3. Budget\n\nBeslut 1. Godkänna 2. Uppdra 3. Förklara').map((h) => h.value)).toEqual(['§ 1', '§ 2', '§ 3']);
  });
});

describe('agenda items whose numbers a transcript lost', () => {
  const opens = (text: string) => lostNumberItems(text, 0, text.length).map((at) => text.slice(at, at + 15));

  it('opens an item at an item-opening word after a lower-case word, a case number or a number', () => {
    const text = '9. Ansökan om bidrag till riksarrangemang Ansökan om förlustbidrag för Föreningen Ljuset Ekonomiskt stöd till Föreningen Gläntan';
    expect(opens(text)).toEqual(['Ansökan om förl', 'Ekonomiskt stöd']);
    expect(opens('3. Ansökan om bidrag från Föreningen Ljuset KFN/2012:129 Ansökan om bidrag från Föreningen Gläntan')).toEqual(['Ansökan om bidr']);
    expect(opens('4. Uppföljning 2019 Svar på remiss om kulturplan')).toEqual(['Svar på remiss ']);
  });
  it('opens one at an applicant named before a lower-case "ansökan om", after a word that is not capitalised', () => {
    expect(opens('6. Klubben Ljuset ansökan om marknadsföringsbidrag Gläntans Motorklubb (GMK) ansökan om bidrag')).toEqual(['Gläntans Motork']);
    expect(opens('6. Västerviks Ishockeyklubb ansökan om bidrag')).toEqual([]);
  });
  it('where numbers were lost after the item, opens one at a capitalised word right after a grant or stipend', () => {
    const text = '6. Klubben Ljuset ansökan om marknadsföringsbidrag Ledarstipendium Kulturstipendium Riktlinjer för konstinköp';
    expect(lostNumberItems(text, 0, text.length, true).map((at) => text.slice(at, at + 10))).toEqual(['Ledarstipe', 'Kulturstip', 'Riktlinjer']);
    expect(opens(text)).toEqual([]);
  });

  it("does not open one in a running sentence, after a full stop or a comma, at the line's own title, or on the next line", () => {
    expect(opens('Nämnden beslutar. Ansökan om bidrag avslås')).toEqual([]);
    expect(opens('Föreningen har lämnat in, Ansökan om bidrag från kommunen')).toEqual([]);
    expect(opens('Ansökan om bidrag till Föreningen Ljuset')).toEqual([]);
    expect(opens('Föreningen har inkommit med en ansökan om bidrag till lägerverksamhet')).toEqual([]);
    expect(opens('5. Rapporter\nAnsökan om bidrag från Föreningen Ljuset')).toEqual([]);
  });
});
