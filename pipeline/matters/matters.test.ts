import { describe, expect, it } from 'vitest';
import { DocText } from '../../extractors/engine/doc-text.js';
import { extractDiarienummer } from '../../extractors/diarienummer/index.js';
import { protocolHeader } from './header.js';
import { protocolItems } from './items.js';
import { listedAgendaHeadings } from './listed.js';
import { segment, spanPosition, viewOf } from './index.js';

const HEADER = 'EXEMPELS KOMMUN          PROTOKOLL\nKommunstyrelsen          Sammanträdesdatum 2023-05-10\n\nBeslutande  Anna Andersson (S)\n\n';
const BUDGET = '§ 11                         Dnr KS 2023/010\nDelårsrapport per april\n\nBeslut\nKommunstyrelsen godkänner delårsrapporten. Resultatet är 4 miljoner kronor.\n\n';
const IOP = '§ 12                         Dnr KS 2023/044\nIdéburet offentligt partnerskap med Föreningen Gläntan\n\nBeslut\nKommunstyrelsen ingår partnerskapet.\n\n';
const ROAD = '§ 13                         Dnr KS 2023/077\nRemiss om länstransportplan\n\nBeslut\nKommunstyrelsen antar yttrandet.\n';
const CONTENTS = 'Innehåll\n§ 11 Dnr KS 2023/010\nDelårsrapport per april ........ 2\n§ 12 Dnr KS 2023/044\nIdéburet offentligt partnerskap ..... 3\n\n';

describe('protocol items', () => {
  it('runs each item from its § heading to the next, with its title and without its case number', () => {
    const text = HEADER + BUDGET + IOP;
    const items = protocolItems(text);
    expect(items.map((i) => [i.paragraph, i.title])).toEqual([
      ['§ 11', 'Delårsrapport per april'],
      ['§ 12', 'Idéburet offentligt partnerskap med Föreningen Gläntan'],
    ]);
    expect(items[1]!.end).toBe(text.length);
  });

  it("takes no word of the item's first sentence, on the line below the title, into the title", () => {
    const text = HEADER + '§ 21 Ansökan om bidrag – Ekby IF\nEkby IF ansöker om 20 000 kronor för ungdomsverksamhet.\n\n§ 22 Föreningsbidrag till\nHembygdsföreningen Gläntan\nNämnden beviljar bidraget.\n';
    expect(protocolItems(text).map((i) => i.title)).toEqual(['Ansökan om bidrag – Ekby IF', 'Föreningsbidrag till Hembygdsföreningen Gläntan']);
  });

  it("ends a § item's title at its case number alone on a line below it", () => {
    const text = HEADER + '§ 21\nAnsökan om bidrag från Ekby IF\nKFN 2023/12\nBeslut\nNämnden beviljar 20 000 kronor.\n\n§ 22\nAnsökan från Åby IK\nKFN 2023/15 och KFN 2023/16\n';
    expect(protocolItems(text).map((i) => i.title)).toEqual(['Ansökan om bidrag från Ekby IF', 'Ansökan från Åby IK KFN 2023/15 och KFN 2023/16']);
  });

  it("ends an agenda item's title at its case number alone on its line, as at a labelled one", () => {
    const text = 'Kultur- och fritidsnämnden\nSammanträde 2023-03-14\n\n2) Ansökan om bidrag från Ekby IF\nKFN 2023/12\n\n3) Ansökan från Åby IK\nKFN 2023/15\n';
    expect(protocolItems(text).map((i) => [i.paragraph, i.title])).toEqual([
      [null, 'Ansökan om bidrag från Ekby IF'],
      [null, 'Ansökan från Åby IK'],
    ]);
  });

  it('reads a title after the case number on the heading line, and ends it where the text runs on without a blank line', () => {
    const runOn =
      '§ 41 Dnr KS 2023/15 Idéburet offentligt partnerskap med Kvinnojouren\nÄrendebeskrivning\nFörvaltningen föreslår att kommunen ingår partnerskapet.\n' +
      '§ 42 Dnr KS 2023/20 Upphandling av skolskjuts\nKommunstyrelsen beslutar att godkänna förfrågningsunderlaget.\n' +
      '§ 43 Föreningsbidrag 2023 till\nHembygdsföreningen Gläntan\nKommunstyrelsen beslutar att bevilja 25 000 kronor.\n' +
      '§ 44 Diarienummer: SN-2023-7 Lokaler.\nNämnden hyr ut lokalen till föreningen\n';
    expect(protocolItems(HEADER + runOn).map((i) => [i.paragraph, i.title])).toEqual([
      ['§ 41', 'Idéburet offentligt partnerskap med Kvinnojouren'],
      ['§ 42', 'Upphandling av skolskjuts'],
      ['§ 43', 'Föreningsbidrag 2023 till Hembygdsföreningen Gläntan'],
      ['§ 44', 'Lokaler.'],
    ]);
  });

  it('takes a § heading run into the line before it where its number fills the gap, and cuts a heading line that runs on into the text', () => {
    const text =
      HEADER +
      '§ 45 Val av justerare Anna Ek utses att justera. Justerandes signatur Utdragsbestyrkande § 46 Idéburet offentligt partnerskap med Föreningen Gläntan Ärendebeskrivning Kommunstyrelsen föreslår partnerskap, enligt beslut 2021-03-02, § 33 Beslutsunderlag.\n' +
      '§ 47 Motion om fler parkbänkar Kommunfullmäktige avslår motionen.\n';
    // (A two-word subject, "Anna Ek utses", is not seen as the text's start: a known limit.)
    expect(protocolItems(text).map((i) => [i.paragraph, i.title])).toEqual([
      ['§ 45', 'Val av justerare Anna Ek utses att justera.'],
      ['§ 46', 'Idéburet offentligt partnerskap med Föreningen Gläntan'],
      ['§ 47', 'Motion om fler parkbänkar'],
    ]);
    // A cited paragraph (after a date or comma) or a number out of sequence opens nothing.
    const cited = HEADER + '§ 45 Val av justerare\nSe beslut 2021-03-02 § 46 Kommunstyrelsen och Protokoll § 12 Budget.\n§ 46 Budget\n';
    expect(protocolItems(cited).map((i) => i.paragraph)).toEqual(['§ 45', '§ 46']);
  });

  it("reads an arbetsutskott's earlier paragraph under an item's heading and title as that item's, not a new one", () => {
    const prepared = 'KS § 26\nBidrag till Hembygdsföreningen Gläntan\n\nAU § 27\nKS2006/0607-04\nKultur- och fritidsnämnden har tillstyrkt ansökan.\n\nKommunstyrelsens beslut\nFöreningen beviljas 100 500 kr.\n\n';
    const next = 'KS § 28\nBudget 2007\n\nKommunstyrelsen fastställer budgeten.\n';
    expect(protocolItems(HEADER + prepared + next).map((i) => [i.paragraph, i.title])).toEqual([
      ['§ 26', 'Bidrag till Hembygdsföreningen Gläntan'],
      ['§ 28', 'Budget 2007'],
    ]);
    // The arbetsutskott's own protocol signs every item so: each opens an item.
    const own = 'RS AU § 113\nDelårsrapport\n\nRS AU § 114\nIdéburet offentligt partnerskap\n\nUtskottet föreslår partnerskapet.\n';
    expect(protocolItems(HEADER + own).map((i) => i.paragraph)).toEqual(['§ 113', '§ 114']);
  });

  it("leaves out a case number without its label set in the heading line's right column", () => {
    const text = HEADER + '§ 62                    SN 2023/101\nIdéburet offentligt partnerskap med Föreningen Gläntan\nBeslut\nNämnden ingår partnerskapet.\n' +
      '§ 63   N131-0123/23\nUppföljning av placeringar\n\n§ 64\nMål för KS 2024-2026\n';
    expect(protocolItems(text).map((i) => i.title)).toEqual(['Idéburet offentligt partnerskap med Föreningen Gläntan', 'Uppföljning av placeringar', 'Mål för KS 2024-2026']);
  });

  it('reads the sections of an appended agreement, numbered from § 1 again, as part of the item before them', () => {
    const agreement = 'Bilaga\n§ 1 Parter\nKommunen och Föreningen Gläntan.\n\n§ 2 Ekonomi\nKommunen betalar 100 000 kronor per år.\n';
    const text = HEADER + BUDGET + IOP + agreement;
    const items = protocolItems(text);
    expect(items.map((i) => i.paragraph)).toEqual(['§ 11', '§ 12']);
    expect(text.slice(items[1]!.start, items[1]!.end)).toContain('100 000 kronor');
  });

  it('takes a table of contents and an attendance list for listings of the items, not items', () => {
    const attendance = 'Lotta Kjellner, MAS,\n§ 12\n\n';
    const text = HEADER + attendance + CONTENTS + BUDGET + IOP + ROAD;
    const items = protocolItems(text);
    expect(items.map((i) => i.paragraph)).toEqual(['§ 11', '§ 12', '§ 13']);
    expect(items[0]!.start).toBe(text.indexOf(BUDGET));
  });

  it('takes contents entries with leaders for listings: real items after them count, an item named only there is its entry', () => {
    const contents = 'INNEHÅLL\n\n§ 11. Delårsrapport per april……… 2\n\n§ 12. Idéburet offentligt partnerskap med\nFöreningen Gläntan………3\n\n§ 13. Remiss om länstransportplan……… 4\n\n';
    const text = HEADER + contents + BUDGET + IOP;
    const items = protocolItems(text);
    expect(items.map((i) => [i.paragraph, i.title])).toEqual([
      ['§ 13', 'Remiss om länstransportplan'],
      ['§ 11', 'Delårsrapport per april'],
      ['§ 12', 'Idéburet offentligt partnerskap med Föreningen Gläntan'],
    ]);
    expect(items[2]!.start).toBe(text.indexOf(IOP));
    // Without leaders a line naming an item before it comes is still a listing, the last of its number the item.
    expect(protocolItems(HEADER + CONTENTS + BUDGET + IOP).map((i) => i.start)).toEqual([(HEADER + CONTENTS).length, (HEADER + CONTENTS + BUDGET).length]);
  });

  it('segments OCR text where § reads as "$", "\\$", 8 or 3', () => {
    const ocr = [BUDGET.replace('§ 11', '$ 11'), IOP.replace('§ 12', '\\$ 12'), ROAD.replace('§ 13 ', '8 13 ')].join('');
    expect(protocolItems(HEADER + ocr).map((i) => i.paragraph)).toEqual(['§ 11', '§ 12', '§ 13']);
  });

  it('keeps a lettered item after its number as an item of its own', () => {
    expect(protocolItems(HEADER + BUDGET + BUDGET.replace('§ 11', '§ 11 a')).map((i) => i.paragraph)).toEqual(['§ 11', '§ 11 a']);
  });
});

describe('protocol header', () => {
  it('runs from after the front matter to the attendance list', () => {
    const front = '# source: x\n\n---\nkommun: exempel\ndatum: 2023-05-10\n---\n\n';
    const text = front + HEADER + BUDGET;
    const header = protocolHeader(text, text.indexOf('§ 11'));
    expect(text.slice(header.start, header.end)).toBe(HEADER.slice(0, HEADER.indexOf('Beslutande')));
  });
});

describe('segment', () => {
  it('gives a whole protocol one matter per item and its header; any other document one matter', () => {
    const doc = DocText.fromString(HEADER + BUDGET + IOP + ROAD);
    const { header, matters } = segment(doc, 'protokoll');
    expect(header).not.toBeNull();
    expect(matters.map((m) => m.paragraph)).toEqual(['§ 11', '§ 12', '§ 13']);
    const agreement = DocText.fromString('ÖVERENSKOMMELSE\n\n§ 1 Parter\nKommunen och Föreningen Gläntan.\n\n§ 2 Avtalstid\nFrån 2024-01-01 till 2025-12-31.\n\n§ 3 Ersättning\nKommunen betalar 50 000 kronor.\n');
    expect(segment(agreement, 'overenskommelse')).toEqual({ header: null, matters: [{ start: 0, end: agreement.text.length, paragraph: null, title: null }] });
    expect(segment(DocText.fromString(HEADER + IOP), 'protokoll').header).toBeNull();
  });

  it("reads one item's case numbers on its own span", () => {
    const doc = DocText.fromString(HEADER + BUDGET + IOP + ROAD);
    const { matters } = segment(doc, 'protokoll');
    expect(extractDiarienummer(viewOf(doc, [matters[1]!])).own.map((f) => f.value)).toEqual(['KS 2023/044']);
  });
});

describe('views of a matter', () => {
  it('keep true page offsets in evidence, across pages', () => {
    const doc = new DocText([{ number: 3, text: HEADER + BUDGET }, { number: 4, text: IOP + ROAD }], true);
    const { header, matters } = segment(doc, 'protokoll');
    const view = viewOf(doc, [header!, matters[1]!]);
    const at = view.text.indexOf('KS 2023/044');
    const evidence = view.evidence(at, at + 'KS 2023/044'.length);
    expect(evidence).toEqual({ page: 4, start: IOP.indexOf('KS 2023/044'), end: IOP.indexOf('KS 2023/044') + 11, text: 'KS 2023/044' });
    expect(view.text).toContain('Sammanträdesdatum 2023-05-10');
    expect(view.text).not.toContain('Delårsrapport');
  });

  it('give a span its pages and offsets at both ends', () => {
    const doc = new DocText([{ number: 3, text: HEADER + BUDGET }, { number: 4, text: IOP + ROAD }], true);
    const [, iop] = segment(doc, 'protokoll').matters;
    expect(spanPosition(doc, iop!)).toEqual({ page: 4, start: 0, endPage: 4, end: IOP.length });
    const wide = { start: doc.text.indexOf('§ 11'), end: doc.text.indexOf('§ 13') };
    expect(spanPosition(doc, wide)).toEqual({ page: 3, start: HEADER.length, endPage: 4, end: IOP.length });
  });
});

describe('whole protocols and agendas from other layouts', () => {
  const MEETING = 'Socialnämnden\nPlats och tid  Stadshuset, kl 13.00\nUtses att justera  Per Persson\nParagrafer  40-42\n\n';

  it('itemises a protocol under a meeting header whatever the type rule said', () => {
    const body = '§40. Val av justerare\n\nNämnden utser Per Persson.\n\n§41 Dnr SN 2022/15\nBidrag till Föreningen Ljuset\n\nBeslut\nBeviljas.\n';
    const { header, matters } = segment(DocText.fromString(MEETING + body), 'annat');
    expect(header).not.toBeNull();
    expect(matters.map((m) => m.paragraph)).toEqual(['§ 40', '§ 41']);
  });

  it('reads "12 §" and "§ 63/20" headings', () => {
    const text = MEETING + '40 § Ekonomisk uppföljning\n\nText.\n\n§ 41/22 Lokalfrågor\n\nText.\n';
    expect(protocolItems(text).map((i) => [i.paragraph, i.title])).toEqual([
      ['§ 40', 'Ekonomisk uppföljning'],
      ['§ 41', 'Lokalfrågor'],
    ]);
  });

  it("reads an agenda's numbered items with case numbers as matters with no §", () => {
    const agenda = 'KALLELSE\nKulturnämnden\nSammanträdesdatum 2024-03-12\nPlats och tid  Biblioteket kl 18\n\n1 Verksamhetsbidrag till Föreningen Gnistan\nDnr KN 2024/12\n\n2 Lokalhyra för musikskolan\nÄrende 2 Diarienummer KN 2024/30\n\n3 Övriga frågor\n';
    const { header, matters } = segment(DocText.fromString(agenda), 'annat');
    expect(header).not.toBeNull();
    expect(matters.map((m) => [m.paragraph, m.title])).toEqual([
      [null, 'Verksamhetsbidrag till Föreningen Gnistan'],
      [null, 'Lokalhyra för musikskolan'],
    ]);
  });

  it("adds an agenda's items listed before the § items that no § takes up, titled down to their case number", () => {
    const page =
      'Sammanträde 2019-05-14\n\nPlats\nStadshuset\n\n1 Val av justerare\n\n2 Projektansökan från Föreningen Ljuset\n\nAnsökan om projektbidrag för läxhjälp\nDnr 3.1-0211/2019\n\n3 Riktlinjer för lokaler\nDnr 3.1-0300/2019\n\n' +
      '§1 Val av justerare\n\nNämnden utser Per Persson.\n\n§2 Projektansökan från Föreningen Ljuset\n\nNämnden beviljar 20 000 kronor.\n';
    expect(protocolItems(page).map((i) => [i.paragraph, i.title])).toEqual([
      [null, 'Riktlinjer för lokaler'],
      ['§ 1', 'Val av justerare'],
      ['§ 2', 'Projektansökan från Föreningen Ljuset'],
    ]);
    const cut = page.slice(0, page.indexOf('§2'));
    expect(protocolItems(cut + '§3 Riktlinjer för lokaler\n\nAntas.\n').map((i) => i.title)[0]).toBe(
      'Projektansökan från Föreningen Ljuset Ansökan om projektbidrag för läxhjälp',
    );
  });

  it("ends the header at an agenda's first item, though a § below takes that item up", () => {
    const page =
      'Sammanträde 2019-05-14\n\nDatum\nKlockan\n17.00\nPlats\nStadshuset\n\n2 Ekonomisk redovisning\n\nRedovisning av föreningsstöd\nDnr 3.1-0054/2019\n\n3 Projektansökan från Föreningen Ljuset\nDnr 3.1-0211/2019\n\n4 Lokalbidrag till Föreningen Gnistan\nDnr 3.1-0300/2019\n\n' +
      '§1 Sammanträdets öppnande\n\nOrdföranden öppnade sammanträdet.\n\n§2 Ekonomisk redovisning\n\nRapporten läggs till handlingarna.\n';
    const { header } = segment(DocText.fromString(page), 'annat');
    expect(page.slice(header!.start, header!.end)).toBe('Sammanträde 2019-05-14\n\nDatum\nKlockan\n17.00\nPlats\nStadshuset\n\n');
    // Numbered lines with no case number are no agenda items: the header runs on to its labels' end as before.
    const plain = 'Sammanträde 2019-05-14\n\nDatum\nKlockan\n17.00\nPlats\nStadshuset\n\n§1 Val av justerare\n\nText.\n\n§2 Lokaler\n\nText.\n';
    const head = segment(DocText.fromString(plain), 'annat').header!;
    expect(plain.slice(head.start, head.end)).toBe(plain.slice(0, plain.indexOf('§1')));
  });

  it("itemises a meeting page headed by its date and 'Klockan', not a page that only mentions a meeting", () => {
    const page =
      'Sammanträde 2023-11-22\n\nDatum\nKlockan\n13:00\nPlats\nKommunhuset\n\n1 Information om sporthallen\n\nÄrende 1 Diarienummer 2023/KS 0362\n\nUtskottets förslag till beslut\n- Informationen noteras.\n\n' +
      '2 Idéburet offentligt partnerskap med Föreningen Ljuset\n\nÄrende 2 Diarienummer 2023/KS 0400\n\nUtskottets förslag till kommunstyrelsen\n- Kommunstyrelsen ingår partnerskapet.\n';
    expect(segment(DocText.fromString(page), 'annat').matters.map((m) => m.title)).toEqual(['Information om sporthallen', 'Idéburet offentligt partnerskap med Föreningen Ljuset']);
    const news = 'Nämnden ger stöd\n\nPå sammanträdet 2023-11-22 beslutade nämnden.\n\n1 Stöd till Föreningen Ljuset\nDnr KS 2023/1\n\n2 Stöd till Föreningen Gnistan\nDnr KS 2023/2\n';
    expect(segment(DocText.fromString(news), 'annat').header).toBeNull();
  });

  it('takes an agenda titled only by its list word when its items carry case numbers', () => {
    const agenda = 'Föredragningslista\n\n1 Verksamhetsbidrag 2025\nDnr FN 2024/12\n\n2 Riktlinjer för lokaler\nDnr FN 2024/30\n';
    expect(segment(DocText.fromString(agenda), 'annat').matters).toHaveLength(2);
    const lettered = 'Villkor\n\n§ 1 Parter\nKommunen och föreningen.\n\n§ 2 Avtalstid\nTre år.\n';
    expect(segment(DocText.fromString(lettered), 'annat').header).toBeNull();
  });

  it('does not take numbered lines without case numbers for an agenda', () => {
    expect(protocolItems('Villkor\n\n1 Bidraget betalas kvartalsvis\n\n2 Föreningen redovisar varje år\n')).toEqual([]);
  });

  it("reads a kallelse's list one item to a line, without case numbers, as its items; not numbered points under no agenda's title", () => {
    const list = '1. Val av justerare\n2. Ansökan om verksamhetsbidrag från Föreningen Ljuset\n3. Riktlinjer för föreningsbidrag\n\nAnna Ek\nOrdförande\n';
    const agenda = 'KALLELSE\nKultur- och fritidsnämnden\nTid: 2024-03-12 kl. 13.00\n\nFöredragningslista\n' + list;
    expect(protocolItems(agenda).map((i) => [i.paragraph, i.title])).toEqual([
      [null, 'Val av justerare'],
      [null, 'Ansökan om verksamhetsbidrag från Föreningen Ljuset'],
      [null, 'Riktlinjer för föreningsbidrag'],
    ]);
    expect(protocolItems(agenda).at(-1)!.end).toBe(agenda.indexOf('\n\nAnna Ek'));
    expect(protocolItems('Beslut\n\nNämnden beslutar\n' + list)).toEqual([]);
  });

  it("reads a meeting page's agenda listed without case numbers, each title a paragraph of its own, before its § items", () => {
    const top = 'Sammanträde 2007-03-13\n\nDatum\nKlockan\n17:00\nPlats\nStadshuset\n\n';
    const list =
      '1 Fastställande av dagordning\n\n2 Anmälan av justerat protokoll\n\n6 Remiss om detaljplan\n\n9 a Månadsrapport mars\n\n9 Förslag till investeringsplan\n\n' +
      '12 Ansökan från Idrottsförbundet om projektstöd\n\n13 Verksamhetsbidrag till Föreningen Gnistan\n\n';
    expect(protocolItems(top + list).map((i) => [i.paragraph, i.title])).toEqual([
      [null, 'Fastställande av dagordning'],
      [null, 'Anmälan av justerat protokoll'],
      [null, 'Remiss om detaljplan'],
      [null, 'Månadsrapport mars'],
      [null, 'Förslag till investeringsplan'],
      [null, 'Ansökan från Idrottsförbundet om projektstöd'],
      [null, 'Verksamhetsbidrag till Föreningen Gnistan'],
    ]);
    const recorded = top + list + '§40 Fastställande av dagordningen\n\nBESLUT\n\nNämnden fastställer dagordningen.\n\n§41 Anmälan av justerat protokoll\n\nBESLUT\n\nGodkänns.\n';
    expect(protocolItems(recorded).map((i) => i.paragraph ?? i.title)).toEqual([...protocolItems(top + list).map((i) => i.title), '§ 40', '§ 41']);
  });

  it("does not take a decision's numbered points, a list run line after line, a short list or a list outside a meeting for a listed agenda", () => {
    const top = 'Sammanträde 2007-03-13\n\nDatum\nKlockan\n17:00\n\n';
    const points = '§ 12 Bidrag till Föreningen Gnistan\n\nBeslut\n\n1 Föreningen beviljas bidrag\n\n2 Bidraget betalas ut i mars\n\n3 Föreningen redovisar\n\n4 Nämnden följer upp\n\n5 Paragrafen justeras omedelbart\n';
    // (A meeting's points after a § heading are read by other rules, as paragraphs whose sign was lost: never as a listed agenda.)
    expect(protocolItems(top + points).filter((i) => i.paragraph === null)).toEqual([]);
    const tight = '1 Val av justerare\n2 Remiss om detaljplan\n3 Månadsrapport\n4 Investeringsplan\n5 Verksamhetsbidrag till Föreningen Gnistan\n';
    expect(listedAgendaHeadings(top + tight)).toEqual([]);
    const few = '1 Val av justerare\n\n2 Remiss om detaljplan\n\n3 Verksamhetsbidrag till Föreningen Gnistan\n';
    expect(listedAgendaHeadings(top + few)).toEqual([]);
    const plain = 'Villkor\n\n1 Parter\n\n2 Avtalstid\n\n3 Bidrag\n\n4 Redovisning\n\n5 Uppsägning\n';
    expect(listedAgendaHeadings(plain)).toHaveLength(5);
    expect(protocolItems(plain)).toEqual([]);
  });

  it('takes a meeting header with a range of paragraphs for a whole protocol though its items were not found', () => {
    const runTogether = 'Plats och tid Kommunhuset kl 9 Beslutande Anna Ek (S) Utses att justera Bo Ek Paragrafer 26-38 Underskrifter Sekreterare ANSLAG/BEVIS Protokollet är justerat';
    const { header, matters } = segment(DocText.fromString(runTogether), 'annat');
    expect(header).not.toBeNull();
    expect(matters).toEqual([]);
  });

  it("takes an agenda titled in its header for a whole document though its run-together items were not found; not a page that mentions a kallelse", () => {
    const agenda =
      'Transkript\n\n1 Socialnämnden Ordförande/ Anna Ek Sekreterare/ Bo Ek KALLELSE 1 (2) Onsdagen den 28 mars kl 13 Ärenden enligt följande förteckning ' +
      'Val av protokollsjusterare 1 Dnr NÄMNDENS ARBETSFORMER 4 Dnr EKONOMISK ERSÄTTNING TILL JOURHEM 7 Dnr HANDLINGAR FÖR KÄNNEDOM\n';
    const { header, matters } = segment(DocText.fromString(agenda), 'annat');
    expect(header).not.toBeNull();
    expect(matters).toEqual([]);
    const news = 'Kvinnojouren får nytt avtal\n\nSocialnämnden beslutade i går att teckna ett IOP med Kvinnojouren. Kallelse till nästa möte skickas i maj.\n';
    expect(segment(DocText.fromString(news), 'annat').header).toBeNull();
  });

  it("reads a body's abbreviation in place of the sign before an item's number and case number as its paragraph; a page number is none", () => {
    const header = 'Plats och tid Kommunhuset kl 9 Beslutande Anna Ek (S) Justerare Bo Ek\n\n';
    const items = 'Ks 118 Dnr 01/KS Verksamhetsuppföljning per 30 september\nText.\n\nKf 87 Ks 87 Tfu 119 Dnr 2012/40 Revidering Bidrag vägföreningar\nText.\n';
    expect(protocolItems(header + items).map((i) => i.paragraph)).toEqual(['§ 118', '§ 119']);
    const paged = 'Sida 3 41 Dnr KS 2019/52 Ansökan om bidrag\nText.\n\nSida 4 42 Dnr KS 2019/61 Upphandling\nText.\n';
    expect(protocolItems(header + paged).map((i) => i.paragraph)).toEqual([null, null]);
  });

  it('itemises a protocol whose pages were run into lines, its contents before its items, and reads its header to the end of that line', () => {
    const first = 'Transkript\n\n1 (9) Plats och tid Kommunhuset kl 13 Beslutande Anna Ek (S) Justerare Bo Ek (C) Paragrafer 40 -- 42 ' + 'Ledamot Anna Ek (S) '.repeat(30) + 'Organ Kommunstyrelsens arbetsutskott Sammanträdesdatum 2019-03-05\n\n';
    const contents = '2 (9) Ärendelista 40 Dnr KS 2019/11 Information... 3 41 Dnr KS 2019/52 Ansökan om verksamhetsbidrag från Föreningen Ljuset... 4 42 Dnr KS 2019/61 Upphandling av skolskjuts... 5\n\n';
    const items = '3 (9) 40 Dnr KS 2019/11 Information Kommunchefen informerar.\n\n4 (9) 41 Dnr KS 2019/52 Ansökan om verksamhetsbidrag från Föreningen Ljuset Arbetsutskottets förslag Föreningen beviljas 50 000 kronor.\n';
    const text = first + contents + items;
    const { header, matters } = segment(DocText.fromString(text), 'protokoll');
    expect(matters.map((m) => [m.paragraph, m.title])).toEqual([
      ['§ 42', 'Upphandling av skolskjuts'],
      ['§ 40', 'Information'],
      ['§ 41', 'Ansökan om verksamhetsbidrag från Föreningen Ljuset'],
    ]);
    expect(text.slice(header!.start, header!.end)).toContain('Sammanträdesdatum 2019-03-05');
  });

  it("itemises an agenda whose list was run into one line, the last item ending with it", () => {
    const agenda = 'Transkript\n\n1 KALLELSE Föredragningslista Socialnämnden Plats och tid Stadshuset kl 13 Ärende Dnr 1. Upprop och val av justerare 2. Ansökan om föreningsbidrag från Föreningen Ljuset SN/2019:12 3. Anmälningsärenden SN/2019:4\nSekreterare Lena Ek\n';
    const { matters } = segment(DocText.fromString(agenda), 'annat');
    expect(matters.map((m) => m.title)).toEqual(['Upprop och val av justerare', 'Ansökan om föreningsbidrag från Föreningen Ljuset', 'Anmälningsärenden']);
    expect(agenda.slice(matters[2]!.start, matters[2]!.end)).toBe('3. Anmälningsärenden SN/2019:4');
  });

  it('itemises a transcript whose paragraphs lost their sign, each after its page marks or case number', () => {
    const text =
      'Transkript\n\n1 1(9) Plats och tid Kommunhuset Beslutande Anna Ek (S) Utses att justera Bo Ek Paragrafer 40-42 Organ Socialnämnden Sammanträdesdatum 2019-03-05\n\n' +
      '2 2(9) 40 Val av justerare Nämnden utser Bo Ek att justera.\n\n' +
      '3 3(9) SN 2019/31 41 Ansökan om verksamhetsbidrag från Föreningen Ljuset Beslut Socialnämnden beviljar 50 000 kronor.\n\n' +
      '4 4(9) SN 2019/40 42 Idéburet offentligt partnerskap med Föreningen Gnistan Beslut Nämnden ingår partnerskapet.\n';
    const { header, matters } = segment(DocText.fromString(text), 'protokoll');
    expect(matters.map((m) => [m.paragraph, m.title])).toEqual([
      ['§ 40', 'Val av justerare'],
      ['§ 41', 'Ansökan om verksamhetsbidrag från Föreningen Ljuset'],
      ['§ 42', 'Idéburet offentligt partnerskap med Föreningen Gnistan'],
    ]);
    expect(text.slice(header!.start, header!.end)).toContain('Sammanträdesdatum 2019-03-05');
  });

  it("reads a protocol's contents run together on a line as its paragraphs, an agenda's as points", () => {
    const contents = 'Sammanträdesprotokoll\n\nPlats och tid Stadshuset Justerare Bo Ek\n\n3 Sida 3 (38) Innehållsförteckning 71 Information från kommundirektören 72 Ansökan om verksamhetsbidrag från Föreningen Ljuset 73 Upphandling av skolskjuts\n';
    expect(protocolItems(contents).map((i) => [i.paragraph, i.title])).toEqual([
      ['§ 71', 'Information från kommundirektören'],
      ['§ 72', 'Ansökan om verksamhetsbidrag från Föreningen Ljuset'],
      ['§ 73', 'Upphandling av skolskjuts'],
    ]);
    const agenda = 'KALLELSE Föredragningslista Plats och tid Stadshuset 1. Upprop 2. Ansökan om bidrag från Föreningen Ljuset 3. Anmälningsärenden\n';
    expect(protocolItems(agenda).map((i) => i.paragraph)).toEqual([null, null, null]);
  });

  it('keeps the sign of a paragraph run into a line before its case number, and titles an item below its case number', () => {
    const pages =
      'PROTOKOLL Kommunstyrelsens arbetsutskott Sammanträdesdatum 2012-09-04 Blad 5 § 174 Dnr 105/12-02 Ekonomiärenden Beslut Utskottet beslutar.\n\n' +
      'PROTOKOLL Kommunstyrelsens arbetsutskott Sammanträdesdatum 2012-09-04 Blad 6 § 175 Dnr 230/12-04 Ansökan om bidrag från Föreningen Ljuset Beslut Bidraget beviljas.\n';
    expect(protocolItems(pages).map((i) => i.paragraph)).toEqual(['§ 174', '§ 175']);
    const labelled = 'Ärende 5\nDnr KFN 2022/88\nFöreningsbidrag till Skidklubben Fjällräven\n\nBeslut\nBeviljas.\n\nÄrende 6\nDnr KFN 2022/90\nUpphandling av konst\n';
    expect(protocolItems(labelled).map((i) => i.title)).toEqual(['Föreningsbidrag till Skidklubben Fjällräven', 'Upphandling av konst']);
  });

  it('leaves a protocol extract of one paragraph one matter', () => {
    const extract = 'PROTOKOLLSUTDRAG\nSammanträdesdatum 2024-02-01\nJusterandes signatur  Utdragsbestyrkande\n\n§ 17 Dnr KS 2024/5\nIdéburet offentligt partnerskap med Föreningen Ljuset\n\nBeslut\nKommunstyrelsen ingår partnerskapet.\n';
    expect(segment(DocText.fromString(extract), 'protokoll').header).toBeNull();
  });
});

describe("an agenda's items whose numbers a transcript lost", () => {
  const AGENDA = 'KALLELSE Föredragningslista Kultur- och fritidsnämnden Ärende Dnr Föredragande 1. Upprop 2. ';

  it('cuts an item run together with items that open at an item-opening word', () => {
    const text = AGENDA + 'Ansökan om bidrag till riksarrangemang Ansökan om förlustbidrag för Föreningen Ljuset Ekonomiskt stöd till Föreningen Gläntan 3. Anmälningsärenden\n';
    expect(protocolItems(text).map((i) => i.title)).toEqual([
      'Upprop',
      'Ansökan om bidrag till riksarrangemang',
      'Ansökan om förlustbidrag för Föreningen Ljuset',
      'Ekonomiskt stöd till Föreningen Gläntan',
      'Anmälningsärenden',
    ]);
  });

  it('does not cut an item whose running sentence contains "Ansökan om" after a full stop', () => {
    const text = AGENDA + 'Föreningen Ljuset har inkommit med en ansökan om bidrag för sommarläger. Ansökan om bidrag bifalls 3. Anmälningsärenden\n';
    expect(protocolItems(text)).toHaveLength(3);
  });

  it("keeps a protocol's contents to their §s", () => {
    const text = HEADER + '§ 11 Dnr KS 2023/010 Delårsrapport Ansökan om bidrag\n' + BUDGET + IOP;
    expect(protocolItems(text).map((i) => i.paragraph)).toEqual(['§ 11', '§ 12']);
  });
});
