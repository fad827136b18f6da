import { describe, expect, it } from 'vitest';
import { boundedForm, CASE_NUMBER_FORMS, isExcludedSeries, normalise } from './patterns.js';
import { extractDiarienummer, withoutSeries } from './index.js';
import { segment, viewOf } from '../../pipeline/matters/index.js';
import { DocText } from '../engine/doc-text.js';

/** Per form: texts whose whole case number it must match, and texts it must not match at all. */
const EXAMPLES: Record<string, { match: string[]; noMatch: string[] }> = {
  'prefix-year-serial': {
    match: ['ASN-2021-6250', 'IF-2023-00256', 'KSN-2016-1422', 'ASN-\n2019-9502'],
    noMatch: ['IOP-2025-2028', 'KF-2019-06-11', 'G-Tjänsteskrivelse ASN 210617'],
  },
  'prefix-year/serial': {
    match: ['RS 2024/947', 'KS 2018/124', 'KS\n2019/1452', 'NIF 2023/00291- 1.5.2', 'KN2026/00741', 'A2013/4839/ARM', 'KS-2023/123', 'KS 2022/345 - 1.4.3'],
    noMatch: ['Prop. 2013/14:104', 'läsåret 2022/23', 'SOU 2019:56'],
  },
  'year/prefix-serial': { match: ['2023/KS 0362', '2021/KFN 0002 001', '2021/KS 0280 013'], noMatch: ['2004/C 13', '2023/24'] },
  'year/serial-series-class': { match: ['2014/687-BaUN-019', '2019/45-KS-002'], noMatch: ['2014/687-baun-019', '2024-05-06', '2014/687-B-1'] },
  'prefix/year:serial': { match: ['KSKF/2014:1', 'KS/2016:7', 'KF/2006.366', 'KS/2012:628-805'], noMatch: ['SFS 2001:453', 'KS 2016:7', 'KS/2012:628-2013'] },
  'prefix/year/serial': { match: ['KS/2023/123', 'BUN/2021/0456'], noMatch: ['EU/2016/679/', 'KS/2023/123/4', '12/05/2019'] },
  'prefix/serial/year': { match: ['RS/1234/2019', 'SN/45/2022'], noMatch: ['12/05/2019', 'A/12/2019', 'RS/1234/20190'] },
  'prefix year:serial': {
    match: ['KS 2023:123', 'SN 2022:45'],
    noMatch: ['KS 2016:7', 'prop. 2021/22:123', 'lag (2001:453)', 'kl 2019:30', 'KS 2023:123:4'],
  },
  'prefix.year.serial': { match: ['KS.2021.123', 'BUN.2020.0456'], noMatch: ['KF.2019.06.11', 'KS.2021.1'] },
  'Prefixyear/serial': { match: ['Ks2019/0123', 'Kfn2021/045'], noMatch: ['Vt2019/20', 'Ht2021/22', 'Ks 2019/0123', 'Bet2021/22:SoU5'] },
  'prefix-year.serial': { match: ['SN 2021.045', 'KS2020.123'], noMatch: ['KF 2019.06.11', 'SN 2021.4', 'version 2021.045'] },
  'prefixyy/serial': { match: ['RD21/00988', 'KS19/123'], noMatch: ['A13/2019', 'RD21/09', 'läsåret 21/22'] },
  'Prefix year/serial': {
    match: ['Ks 2021/00123', 'Kfn 2021/045'],
    noMatch: ['År 2019/2020', 'Mål 2019/1234', 'Dnr 2016/00746', 'Ht 2021/22', 'Ks 2021/00123/4', 'Kommun 2021/123'],
  },
  'prefix yy/serial': { match: ['KS 21/123', 'SN-19/0456'], noMatch: ['VT 21/22', 'KS 21/123/4', 'KS 12/2019', 'SEK 12/100,5'] },
  'prefix-year-serial/serial': {
    match: ['KS 2016-254/322', 'KS 2019-123'],
    noMatch: ['KF 2019-06-11', 'IOP 2025-2028', 'Kommunstyrelsen 2024-02-06'],
  },
  'year-prefixserial': { match: ['2010-KS0119', '2015-KFN012'], noMatch: ['2024-05-06', '2010-KS01', 'IF-2023-00256'] },
  'year/serial series-part': { match: ['2014/0394 KS-2', '2021/123 SN-12'], noMatch: ['2014/0394 KS 2', '2022/23 SV-1', '2014/0394 KS-2024'] },
  'year/serial-part': { match: ['2002/018-71', '2024/123-1.4.2', '2022/345 - 1.4.3'], noMatch: ['2024-05-06', '2002/018', '2022/345 - 12', '2023/24 - 2025/26'] },
  'class-serial-year': { match: ['3.1-4788-2026', '3.1.1-123/2023'], noMatch: ['1.3 miljoner', '0300-83 40 00', '2.5-10'] },
};

describe('case-number forms', () => {
  for (const form of CASE_NUMBER_FORMS) {
    const examples = EXAMPLES[form.name];
    it(`${form.name} has examples`, () => expect(examples).toBeDefined());
    if (!examples) continue;
    for (const text of examples.match) {
      it(`${form.name} matches ${JSON.stringify(text)}`, () => {
        expect(text.match(boundedForm(form))?.[0]).toBe(text);
      });
    }
    for (const text of examples.noMatch) {
      it(`${form.name} does not match ${JSON.stringify(text)}`, () => {
        expect(text.match(boundedForm(form))).toBeNull();
      });
    }
  }

  it('takes a class after a spaced dash only where it is dotted: a number or a year there is something else', () => {
    const form = CASE_NUMBER_FORMS.find((f) => f.name === 'prefix-year/serial')!;
    expect('Dnr KS 2022/345 - 1.4.3'.match(boundedForm(form))?.[0]).toBe('KS 2022/345 - 1.4.3');
    expect('Dnr KS 2022/345 - 12 000 kr'.match(boundedForm(form))?.[0]).toBe('KS 2022/345');
  });

  it('keeps publication series out', () => {
    expect(isExcludedSeries('SOU 2019/56')).toBe(true);
    expect(isExcludedSeries('KS 2019/56')).toBe(false);
  });

  it('keeps statute collections and the laws cited with their SFS number out', () => {
    for (const cited of ['SOSFS 2011:9', 'AFS 2001:12', 'SKOLFS 2010:37', 'LOU 2016:1145', 'LSS 1993:387']) {
      expect(isExcludedSeries(cited)).toBe(true);
    }
    expect(isExcludedSeries('PM 2021:12')).toBe(true);
    expect(isExcludedSeries('SKR 2019:45')).toBe(true);
    expect(isExcludedSeries('KFN 2020:45')).toBe(false);
  });

  it('normalises whitespace and drops a line break after a hyphen', () => {
    expect(normalise('ASN-\n2019-9502')).toBe('ASN-2019-9502');
    expect(normalise('RS  2024/947')).toBe('RS 2024/947');
  });
});

const extract = (text: string) => {
  const { own, refs } = extractDiarienummer(DocText.fromString(text));
  return { own: own.map((f) => f.value), refs: refs.map((f) => f.value) };
};

describe("forms' held pieces", () => {
  it('stand in every example a form matches', () => {
    for (const form of CASE_NUMBER_FORMS.filter((f) => f.holds)) {
      for (const text of EXAMPLES[form.name]?.match ?? []) expect(new RegExp(form.holds!, 'u').test(text), `${form.name}: ${text}`).toBe(true);
    }
  });
});

describe('extractDiarienummer', () => {
  it('reads the labels and layouts of headers, protocol items and running text', () => {
    const own = (text: string) => extract(text).own;
    expect(own('Dnr: KS 2023/0123')).toEqual(['KS 2023/0123']);
    expect(own('Diarienummer KFN 2022.456')).toEqual(['KFN 2022.456']);
    expect(own('Tjänsteskrivelse\nDiarienummer\nKS 2023/0123\nSocialnämnden')).toEqual(['KS 2023/0123']);
    expect(own('Vår referens KS 2023/12')).toEqual(['KS 2023/12']);
    expect(own('Ärendenummer 2023-00123')).toEqual(['2023-00123']);
    expect(own('Vårt ärendenummer: BUN 2023/45')).toEqual(['BUN 2023/45']);
    expect(own('§ 45 Dnr KS 2023/123')).toEqual(['KS 2023/123']);
    expect(own('Ärendet har diarienummer KS 2021/77.')).toEqual(['KS 2021/77']);
    expect(own('Dnr 2014/0394 KS-2 Diariekod: 132')).toEqual(['2014/0394 KS-2']);
    // The other party's number, a weak label before a name, a statute.
    expect(extract('Er referens 2021/99')).toEqual({ own: [], refs: ['2021/99'] });
    expect(own('Vår referens Anna Berg')).toEqual([]);
    expect(own('enligt SFS 2001:453')).toEqual([]);
  });

  it("reads only one item's numbers when handed that item of a protocol of several", () => {
    const text =
      'PROTOKOLL\nKommunstyrelsen   Sammanträdesdatum 2018-11-06\n\n§ 186   Dnr KS 2018/098\nDelårsrapport\n\nBeslut\nGodkänns.\n\n' +
      '§ 187   Dnr KS 2018/124\nIdéburet offentligt partnerskap med föreningen\n\nBeslut\nAvtalet förlängs (KS 2015/77).\n\n' +
      '§ 188   Dnr KS 2018/131\nRemiss om transportplan\n';
    const doc = DocText.fromString(text);
    const { own, refs } = extractDiarienummer(viewOf(doc, [segment(doc, 'protokoll').matters[1]!]));
    expect({ own: own.map((f) => f.value), refs: refs.map((f) => f.value) }).toEqual({ own: ['KS 2018/124'], refs: ['KS 2015/77'] });
    expect(extract(text).own).toEqual(['KS 2018/098', 'KS 2018/124', 'KS 2018/131']);
  });

  it('reads labelled numbers in the header as own, with the label left out', () => {
    expect(extract('§ 3                        Dnr IF-2023-00256\nAnsökan om föreningsbidrag')).toEqual({ own: ['IF-2023-00256'], refs: [] });
    expect(extract('Ärendenummer: RS 2024/947')).toEqual({ own: ['RS 2024/947'], refs: [] });
    expect(extract('Datum\n2024-11-19\nDiarienummer\nGA-2020-00182')).toEqual({ own: ['GA-2020-00182'], refs: [] });
    expect(extract('Dnr 2002/018-71')).toEqual({ own: ['2002/018-71'], refs: [] });
    expect(extract('Dnr KS/2016:7')).toEqual({ own: ['KS/2016:7'], refs: [] });
  });

  it('reads any house style after a weak label only when a colon makes it a field label', () => {
    expect(extract('Ärende: 2022-00123').own).toEqual(['2022-00123']);
    expect(extract('Ärende 2022-00123').own).toEqual([]);
    expect(extract('Ärende: 2022-05-10').own).toEqual([]);
  });

  it('reads a number in the letterhead as own, even beside a unit name of lower-case words', () => {
    const letterhead = 'EXEMPELS KOMMUN TJÄNSTESKRIVELSE\nSocialförvaltningen 2021-09-14\nAvdelningen för individ- och familjeomsorg SN 2021.045\n';
    expect(extract(letterhead)).toEqual({ own: ['SN 2021.045'], refs: [] });
    expect(extract('Riktlinjerna för stöd till föreningar antogs som SN 2019.031 av nämnden.')).toEqual({ own: [], refs: ['SN 2019.031'] });
    expect(extract('\n'.repeat(10) + 'Avdelningen för individ- och familjeomsorg SN 2021.045')).toEqual({ own: [], refs: ['SN 2021.045'] });
  });

  it('keeps sums in SEK out', () => {
    expect(extract('Belopp SEK 2021.50').own).toEqual([]);
  });

  it('reads an unknown house style after a strong label, but not a date or a short number', () => {
    expect(extract('Dnr 123/19').own).toEqual(['123/19']);
    expect(extract('§ 145 Dnr N132-0234/22').own).toEqual(['N132-0234/22']);
    expect(extract('Dnr SN 12/2019 2024-01-05').own).toEqual(['SN 12/2019']);
    expect(extract('Dnr Ks 2023/123').own).toEqual(['Ks 2023/123']);
    expect(extract('Dnr Kfn 2021/45 Bidrag').own).toEqual(['Kfn 2021/45']);
    // A capitalised word longer than a series ("Dnr Saknas") is no prefix.
    expect(extract('Dnr Saknas 2023').own).toEqual([]);
    expect(extract('Dnr 2024-05-06').own).toEqual([]);
    expect(extract('Ärende 5 Val av ordförande').own).toEqual([]);
  });

  it('tells a number under the title from earlier decisions cited in running text', () => {
    const text = [
      'Tjänsteskrivelse',
      'Förlängning av överenskommelse',
      'ASN-2021-6250',
      '',
      'Nuvarande överenskommelse med Svenska Röda Korset löper ut 31 december 2021 (ASN-',
      '2019-9502) och förlängning av avtalet måste ske.',
      'Avtalet förlängdes 1 januari 2018 till 31 december 2018 (ASN-2017-348) och en gång till.',
      'Den tidigare överenskommelsen ASN-2021-6250 nämns här igen i löptext om nämndens arbete.',
    ].join('\n');
    expect(extract(text)).toEqual({ own: ['ASN-2021-6250'], refs: ['ASN-2019-9502', 'ASN-2017-348'] });
  });

  it('treats a line citing an earlier decision as a reference, a header line with § and date as own', () => {
    expect(extract('Beslutsunderlag\nKommunfullmäktige 2019-06-11, § 87, Dnr KS 2019/123')).toEqual({ own: [], refs: ['KS 2019/123'] });
    expect(extract('Enligt nämndens beslut 2019-06-11 dnr KS 2019/123')).toEqual({ own: [], refs: ['KS 2019/123'] });
    expect(extract('Beslut 2023-05-02 Dnr KS 2023/45')).toEqual({ own: ['KS 2023/45'], refs: [] });
    expect(extract('§ 3 Datum 2024-02-22 Dnr IF-2023-00256')).toEqual({ own: ['IF-2023-00256'], refs: [] });
  });

  it('treats an unlabelled number after a citing word, or closing a clause of prose, as a reference', () => {
    const head = 'Tjänsteskrivelse\nDnr KS 2024/456\nBakgrund\n';
    expect(extract(head + 'Se tidigare beslut KS 2021/88.')).toEqual({ own: ['KS 2024/456'], refs: ['KS 2021/88'] });
    expect(extract(head + 'Kommunfullmäktige antog riktlinjer för partnerskap, KS 2019/123.')).toEqual({ own: ['KS 2024/456'], refs: ['KS 2019/123'] });
    // A title line and a letterhead keep their number: no citing word, no prose clause closed by it.
    expect(extract('Idéburet offentligt partnerskap med föreningen\nKS 2024/456\n')).toEqual({ own: ['KS 2024/456'], refs: [] });
    expect(extract('Överenskommelse om IOP KS 2024/456\n')).toEqual({ own: ['KS 2024/456'], refs: [] });
    expect(extract('Socialförvaltningen\nAvdelningen för individ- och familjeomsorg SN 2021.045\n')).toEqual({ own: ['SN 2021.045'], refs: [] });
  });

  it('reads a labelled number at the head of a header run together with its text as own', () => {
    const runTogether = 'Tjänsteutlåtande Utfärdat 2015-03-07 Diarienummer 0193/15 Handläggare Anna Berg Förslag till beslut Nämnden beslutar: att godkänna avtalet.';
    expect(extract(runTogether)).toEqual({ own: ['0193/15'], refs: [] });
    // A letterhead with a unit and two handläggare before its date and number is still a header.
    const twoOfficers = 'KOMMUNLEDNINGSKONTORET Handläggare Berg Anna Ek Lars Olof Datum 2016-08-29 Diarienummer KSN-2016-1422 Kommunstyrelsen Riktlinjer Förslag till beslut Kommunstyrelsen föreslås besluta att fastställa riktlinjerna.';
    expect(extract(twoOfficers)).toEqual({ own: ['KSN-2016-1422'], refs: [] });
    // A viewer's lines above the document (blank lines between) and a unit of lower-case words before the label.
    const viewer = '# source: http://example.se/x\n\nTitel\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "Titel"\n\nTranskript\n\n1 Tjänsteskrivelse Handläggare Anna Berg Kultur - och fritidsavdelningen Diarienummer 2017KOFN/0124 Titel Förslag till beslut 1. Den tidigare modellen ersätts.';
    expect(extract(viewer)).toEqual({ own: ['2017KOFN/0124'], refs: [] });
    // A site's menu above the flattened header is no prose; a paragraph of prose above it is.
    const menu = '# source: http://example.se/a\n\nTitel\n\nMeny\nStartsida\nKommun och politik\nNämnder\nProtokoll\n\nTjänsteskrivelse 2023-04-01 Socialförvaltningen Diarienummer SN 2023/45 IOP med föreningen Förslag till beslut';
    expect(extract(menu)).toEqual({ own: ['SN 2023/45'], refs: [] });
    const afterProse = 'Titel\nRad två\nRad tre\nRad fyra\nRad fem\nNämnden har tidigare behandlat frågan om bidrag till föreningen i flera omgångar.\nTjänsteskrivelse Diarienummer SN 2023/45 om bidrag till föreningen';
    expect(extract(afterProse).own).toEqual([]);
    // Prose before the label is a sentence citing an earlier decision, not a header.
    expect(extract('Nämnden fattade beslut 2015-03-07 i ärendet med diarienummer 0193/15 om bidrag.')).toEqual({ own: [], refs: ['0193/15'] });
  });

  it('reads a labelled number as own when only the title and a run-together header stand before it, however lower case', () => {
    const motion =
      'Motion om föreningsdriven undervisning\n\n1 1 (2) TJÄNSTESKRIVELSE Kulturkontoret Kulturnämnden Motion av en fullmäktigegrupp "Ge en nystart till föreningsdriven undervisning" Dnr: KFN 15/27 ALN 2015/0015 Sammanfattning av ärendet Motionen lämnades 2015-02-03 och beslut fattades. Text.';
    expect(extract(motion)).toEqual({ own: ['KFN 15/27', 'ALN 2015/0015'], refs: [] });
    // After a sentence, or after a citing word, it is no header's.
    expect(extract('Nämnden har behandlat en motion. Se även dnr KFN 2015/27 om undervisningen i flera år av arbete').own).toEqual([]);
    expect(extract('Rubrik\n\n\n\n\n\n\nRubrik om bidrag enligt tidigare beslut Dnr KFN 2015/27 om undervisningen i flera år. Text').own).toEqual([]);
    // Nor a label in a sentence: "i mål nr".
    expect(extract('Rubrik\n\n\n\n\n\n\nDomstolens dom i mål nr M 2976-18 om undervisningen i flera år. Text').own).toEqual([]);
  });

  it('reads an unlabelled number in a flattened letterhead as own when only names and header words stand before it', () => {
    const letterhead =
      'EXEMPELS KOMMUN Socialkontoret\n\n1 EXEMPELS KOMMUN Socialkontoret Handläggare: Anna Berg Tjänsteutlåtande (6) Socialnämnden SN 2010/0088 Utredning om lokalerna Förslag till beslut Socialnämnden beslutar godkänna utredningen av den 31 maj 2011, SN 2010/0088, angående lokalerna';
    expect(extract(letterhead)).toEqual({ own: ['SN 2010/0088'], refs: [] });
    // A lower-case word of prose before it on its line cites it.
    expect(extract('Rubrik\nEnligt kommunstyrelsens beslut om lokalerna SN 2010/0088 ska avtalet upphöra. Nämnden ska').own).toEqual([]);
  });

  it('reads a number in parentheses after its label, or closing a title line at the top, as own; a citation stays a reference', () => {
    expect(extract('Kommunal borgen för tennisklubben. (AU 364) Dnr KS (2010-KS0119)')).toEqual({ own: ['2010-KS0119'], refs: [] });
    expect(extract('Rubrik\nDnr KS 2010-253 (2010-KS0119)\n')).toEqual({ own: ['KS 2010-253', '2010-KS0119'], refs: [] });
    expect(extract('262 Svar på motion - Handlingsplan mot hedersförtryck (KSKF/2016:345)\n\nText')).toEqual({ own: ['KSKF/2016:345'], refs: [] });
    // Under a title further down, or closing a sentence, it cites another matter.
    expect(extract('Tjänsteskrivelse\nDnr KS 2024/456\nBakgrund\n\n\n\n\nAvtalet förlängdes en gång till (KSKF/2016:345)\n')).toEqual({
      own: ['KS 2024/456'],
      refs: ['KSKF/2016:345'],
    });
    expect(extract('Överenskommelsen löpte ut 2021 (ASN-2019-9502).\n')).toEqual({ own: [], refs: ['ASN-2019-9502'] });
  });

  it("reads the number of the addressee's request a decision answers as own; one a citing word cites stays a reference", () => {
    const news = 'Föreningen har fått nej.\n\nBeslutet kom i veckan. ';
    expect(extract(news + '"Er ansökan, till kommunstyrelsen, om hyresbidrag för år 2024 (KS/2023:598) kommer att behandlas som en ansökan om bidrag.')).toEqual({ own: ['KS/2023:598'], refs: [] });
    expect(extract(news + 'Vi har tagit emot din begäran om förlängning av avtalet (SN 2023/45) och beslutar att bevilja den.')).toEqual({ own: ['SN 2023/45'], refs: [] });
    // The request of another, or a decision cited after the request, is no number of this matter.
    expect(extract(news + 'Föreningens ansökan om hyresbidrag för år 2024 (KS/2023:598) kommer att behandlas senare i år.')).toEqual({ own: [], refs: ['KS/2023:598'] });
    expect(extract(news + 'Er ansökan avslås med hänvisning till det tidigare beslutet (KS 2019/12) om bidragsregler.')).toEqual({ own: [], refs: ['KS 2019/12'] });
  });

  it('takes a number written again without its series for the same number', () => {
    expect(extract('Diarienr NIF 2023/00291- 1.5.2\nText\nDnr: 2023/00291- 1.5.2\n').own).toEqual(['NIF 2023/00291- 1.5.2']);
    expect(withoutSeries('NIF2023/00291-1.5.2', '2023/00291')).toBe(true);
    expect(withoutSeries('NIF2023/00291-1.5.2', '2023/0029')).toBe(false);
    expect(withoutSeries('KS2023/45', 'KS2023/45')).toBe(false);
    expect(withoutSeries('2023/45', '2023/45')).toBe(false);
  });

  it('reads the number a sentence gives the matter as own, an earlier matter\'s as a reference', () => {
    expect(extract('Bakgrund.\nÄrendet har diarienummer KS 2023/123 och gäller IOP med föreningen.')).toEqual({ own: ['KS 2023/123'], refs: [] });
    expect(extract('Bakgrund.\nÄrendets diarienummer är RS 2024/947.')).toEqual({ own: ['RS 2024/947'], refs: [] });
    expect(extract('Bakgrund.\nÄrendet hänvisar till dnr KS 2019/88 från i fjol.')).toEqual({ own: [], refs: ['KS 2019/88'] });
  });

  it("reads a number on a protocol item's heading line as own, wherever the item stands; a citation run on after it stays a reference", () => {
    const before = 'Protokoll\nKommunstyrelsen\n\n\n\n\n\nKommunstyrelsen har tidigare behandlat frågan i flera omgångar och beslutat om stöd.\n';
    for (const line of [
      '§ 45 Dnr KS 2021/88 Ansökan om bidrag till föreningen',
      '§ 45 Idéburet offentligt partnerskap med föreningen, dnr KS 2021/88',
      '45 § Ansökan om bidrag till föreningen, Dnr KS 2021/88',
      'KS § 45 Ansökan om bidrag för verksamhet KS 2021/88',
      '§ 45 Ansökan om bidrag från föreningen (KS 2021/88)',
    ]) {
      expect(extract(before + line), line).toEqual({ own: ['KS 2021/88'], refs: [] });
    }
    for (const line of [
      '§ 45 Bidrag Nämnden beslutade. Avtalet förlängs (KS 2019/12)',
      '§ 45 Bidrag Enligt beslut 2019-06-11 § 87 dnr KS 2019/12',
      '§ 45 Bidrag, se tidigare beslut KS 2019/12',
    ]) {
      expect(extract(before + line), line).toEqual({ own: [], refs: ['KS 2019/12'] });
    }
  });

  it("reads a court's case number after its label: the judgment's own in its header, the lower court's cited in its text", () => {
    const judgment = 'DOM 2020-08-19 Stockholm\n\nMål nr M 7982-19\n\n\n\n\n\nÖVERKLAGAT AVGÖRANDE\n\nTingsrättens mark- och miljödomstol, dom 2019-06-26 i mål nr M 2976-18, se bilaga A\n';
    expect(extract(judgment)).toEqual({ own: ['M 7982-19'], refs: ['M 2976-18'] });
    // A municipality's goal is no case number.
    expect(extract('Mål nr 3: Fler unga i arbete').own).toEqual([]);
  });

  it('treats a labelled number on a field line naming an earlier matter as a reference; this matter\'s label line stays own', () => {
    expect(extract('Avtal om fritidsgård\nTidigare kontraktnummer avtalsförlängningen: Dnr HV2021/549')).toEqual({ own: [], refs: ['HV2021/549'] });
    expect(extract('Föregående avtal, dnr KS 2019/12\nDnr KS 2022/45')).toEqual({ own: ['KS 2022/45'], refs: ['KS 2019/12'] });
    expect(extract('Tjänsteskrivelse\nDnr KS 2022/45')).toEqual({ own: ['KS 2022/45'], refs: [] });
  });

  it("treats the other party's reference as a reference", () => {
    expect(extract('Vår beteckning KS 2024/12\nEr beteckning N2024/00123/RS')).toEqual({
      own: ['KS 2024/12'],
      refs: ['N2024/00123/RS'],
    });
  });

  it("reads the other party's short labels as references, and \"D-nr\", \"Diarie nummer\" and \"Vår ref\" as own", () => {
    expect(extract('Vår ref: KS 2021/123\nEr ref: SN 2020/12')).toEqual({ own: ['KS 2021/123'], refs: ['SN 2020/12'] });
    expect(extract('Ert ärendenummer 2021/123')).toEqual({ own: [], refs: ['2021/123'] });
    expect(extract('D-nr 2021/123')).toEqual({ own: ['2021/123'], refs: [] });
    expect(extract('Diarie nummer: 2021/12')).toEqual({ own: ['2021/12'], refs: [] });
    expect(extract('Vår ref: Anna Berg')).toEqual({ own: [], refs: [] });
    expect(extract('Arendenummer: 2021/123')).toEqual({ own: ['2021/123'], refs: [] });
    expect(extract('Dnr KS 21/123, IOP med föreningen')).toEqual({ own: ['KS 21/123'], refs: [] });
  });

  it("reads every number of a label's list, not a date, a word, an amount or a school year after the comma", () => {
    expect(extract('Dnr KS 2023/123, 2023/124').own).toEqual(['KS 2023/123', '2023/124']);
    expect(extract('Dnr KS 2023/123 och KS 2023/124').own).toEqual(['KS 2023/123', 'KS 2023/124']);
    expect(extract('Dnr 2019/145 och 2019/146').own).toEqual(['2019/145', '2019/146']);
    // Two nämnders' numbers side by side, a space between: each opens with its series.
    expect(extract('Dnr: KFN 2015/27 ALN 2015/0015 Sammanfattning').own).toEqual(['KFN 2015/27', 'ALN 2015/0015']);
    expect(extract('Dnr KS 2023/123 Socialnämnden 2023-05-06').own).toEqual(['KS 2023/123']);
    for (const text of ['Dnr KS 2023/123, 2023-05-06', 'Dnr KS 2023/123, Socialnämnden', 'Dnr KS 2023/123, 1 300 000 kr', 'Dnr KS 2023/123, 2023/24']) {
      expect(extract(text).own, text).toEqual(['KS 2023/123']);
    }
  });

  it("reads a table's label cell above its value cell, a blank line between", () => {
    expect(extract('Datum\n\n2023-05-06\n\nDiarienummer\n\n2023/123')).toEqual({ own: ['2023/123'], refs: [] });
  });

  it('ignores dates, phone numbers, amounts and publication references', () => {
    expect(extract('Sammanträde 2024-05-06. Telefon 0300-83 40 00. Beloppet 1 300 000 kr. Se SOU 2019:56 och SFS 2001:453.')).toEqual({
      own: [],
      refs: [],
    });
    expect(
      extract('Org.nr 802000-1234. Tel 070-123 45 67. Enligt SOSFS 2011:9, HSLF-FS 2016:40, LOU 2016:1145, prop. 2021/22:123 och (EU) 2016/679.\n123 45 Staden, § 123, 12/05/2019'),
    ).toEqual({ own: [], refs: [] });
  });

  it('gives a bare number lower confidence than a labelled one', () => {
    const labelled = extractDiarienummer(DocText.fromString('Dnr 2002/018-71')).own[0]!;
    const bare = extractDiarienummer(DocText.fromString('Rubrik\n2002/018-71')).own[0]!;
    expect(bare.confidence).toBeLessThan(labelled.confidence);
  });
});
