import { describe, expect, it } from 'vitest';
import type { DocType, Field } from '../../pipeline/contract.js';
import { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { delegateBody, organMentions, subjectOf } from './body.js';
import { extractParties } from '../parties/index.js';
import { meetingDate } from './date.js';
import { extractDecision } from './index.js';
import { decisionSections, headingKind } from './sections.js';
import { segment, viewOf } from '../../pipeline/matters/index.js';

/** The context the pipeline hands in: the given type and the parties the parties extractor finds. */
const context = (docType: DocType, doc: DocText): ExtractContext => ({
  docType: { value: docType, confidence: 0.9, needsReview: false, evidence: [] },
  parties: extractParties(doc),
});
const decide = (text: string, docType: DocType) => {
  const doc = DocText.fromString(text);
  return extractDecision(doc, context(docType, doc));
};

describe('deciding body', () => {
  const organ = (...names: string[]): Field<string>[] => names.map((value) => ({ value, confidence: 0.9, needsReview: false, evidence: [] }));

  it('finds where the text names the bodies, in any case and across a line break', () => {
    const text = 'Nämnden för Individ &\nFamiljeomsorg beslutar. Regionstyrelsens arbetsutskott föreslår.';
    const found = organMentions(text, organ('regionstyrelsens arbetsutskott', 'nämnden för Individ & Familjeomsorg'));
    expect(found.map((m) => [m.value, text.slice(m.start, m.end)])).toEqual([
      ['nämnden för Individ & Familjeomsorg', 'Nämnden för Individ &\nFamiljeomsorg'],
      ['regionstyrelsens arbetsutskott', 'Regionstyrelsens arbetsutskott'],
    ]);
  });

  it('does not find a body inside a longer word or name', () => {
    expect(organMentions('Regionstyrelsens arbetsutskott och regionstyrelseförvaltningen', organ('regionstyrelsen'))).toEqual([]);
  });

  it('takes the subject of a numbered proposal sentence', () => {
    const text = '1. Hälso- och sjukvårdsnämnden ingår överenskommelse';
    const mentions = organMentions(text, organ('hälso- och sjukvårdsnämnden'));
    expect(subjectOf({ start: 0, end: text.length, text }, mentions)?.value).toBe('hälso- och sjukvårdsnämnden');
    const other = 'Förvaltningen föreslår att hälso- och sjukvårdsnämnden godkänner';
    expect(subjectOf({ start: 0, end: other.length, text: other }, organMentions(other, organ('hälso- och sjukvårdsnämnden')))).toBeNull();
  });

  it('finds a body also where the text writes it shorter, as the parties extractor found it, but not in a genitive', () => {
    const text = 'Till Östermalms stadsdelsnämnd\nStadsdelsnämnden beviljar bidraget. Stadsdelsnämndens ordförande';
    const written = (value: string, ...texts: string[]): Field<string> => ({
      value,
      confidence: 0.9,
      needsReview: false,
      evidence: texts.map((t) => ({ page: null, start: 0, end: 0, text: t })),
    });
    const found = organMentions(text, [written('Östermalms stadsdelsnämnd', 'Östermalms stadsdelsnämnd', 'Stadsdelsnämnden', 'Stadsdelsnämndens')]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Östermalms stadsdelsnämnd', 'Stadsdelsnämnden']);
    expect(found.every((m) => m.value === 'Östermalms stadsdelsnämnd')).toBe(true);
  });

  it('takes the decision of a district body its tjänsteutlåtande addresses and then names bare', () => {
    const text = 'ÖSTERMALMS STADSDELSFÖRVALTNING\nTill Östermalms stadsdelsnämnd sammanträde 2009-11-19\n\nBidrag till föreningen\n\nFörslag till beslut\n1. Stadsdelsnämnden beviljar föreningen ett bidrag om 20 000 kronor.';
    expect(decide(text, 'tjansteskrivelse')?.value.body).toBe('Östermalms stadsdelsnämnd');
  });
});

describe('delegate', () => {
  it('reads the role after a delegate label, in running-text case, without the person', () => {
    expect(delegateBody('DELEGATIONSBESLUT\nBeslutsfattare: Individ- och familjeomsorgschef\n')?.value).toBe('individ- och familjeomsorgschef');
    expect(delegateBody('Beslutsfattare: Enhetschef Anna Berg')?.value).toBe('enhetschef');
    expect(delegateBody('Delegat: IFO-chef')?.value).toBe('IFO-chef');
  });

  it('takes no name, member list or body without a role as the delegate', () => {
    expect(delegateBody('Beslutande: Anna Berg (S), ordförande')).toBeNull();
    expect(delegateBody('Beslutsfattare: Anna Berg')).toBeNull();
    expect(delegateBody('Beslutsfattare enligt delegationsordningen är enhetschef.')).toBeNull();
  });
});

describe('meeting date', () => {
  it('reads a meeting-date label, also across a column gap or on the next line', () => {
    expect(meetingDate('Sammanträdesdatum 2024-05-06-08, 14', false)?.value).toBe('2024-05-06');
    expect(meetingDate('Sammanträdesdatum                      2007-01-08', false)?.value).toBe('2007-01-08');
    expect(meetingDate('Plats och tid   Kommunhuset, måndagen den 6 maj 2024, kl. 13.00', false)?.value).toBe('2024-05-06');
    expect(meetingDate('Sammanträde den 6 maj 2024', false)?.value).toBe('2024-05-06');
    expect(meetingDate('Sammanträdesdag: tisdag 6 maj 2024', false)?.value).toBe('2024-05-06');
    expect(meetingDate('Datum för mötet\n2024-05-06', false)?.value).toBe('2024-05-06');
    expect(meetingDate('BESLUT\nBeslutsdatum: 2024-05-06\nDelegat: Enhetschef', false)?.value).toBe('2024-05-06');
    expect(meetingDate('Plats och tid   Stadshuset, sal 3, kl. 13.00–15.30, 2024-05-06', false)?.value).toBe('2024-05-06');
    expect(meetingDate('Tid och plats   kl 13:00, måndag 6 maj 2024, Kommunhuset', false)?.value).toBe('2024-05-06');
    expect(meetingDate('Plats och tid   Stadshuset, rum 12345', false)).toBeNull();
    expect(meetingDate('Plats och tid Sessionssalen, onsdag den 29 augusti kl. 14.00\nJusteringens plats och tid Kansliet, 2012-09-07\nSammanträdesdatum 2012-08-29', false)?.value).toBe('2012-08-29');
    expect(meetingDate('Tid och plats för justering: Kansliet 2012-09-07\nSammanträdesdatum 2012-08-29', false)?.value).toBe('2012-08-29');
  });

  it("takes a protocol's header Datum, but not a tjänsteskrivelse's", () => {
    expect(meetingDate('SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nDatum\n2024-02-20', true)?.value).toBe('2024-02-20');
    expect(meetingDate('TJÄNSTESKRIVELSE\nDatum\n2024-11-19', false)).toBeNull();
  });

  it('takes not the meeting where a motion was raised for the meeting date', () => {
    expect(meetingDate('Tjänsteutlåtande\nAnna Berg (V) väckte vid kommunfullmäktiges sammanträde den 10 december 2012 motionen.', false)).toBeNull();
    expect(meetingDate('Tjänsteutlåtande\nÄrendet behandlas vid kommunstyrelsens sammanträde den 10 december 2012.', false)?.value).toBe('2012-12-10');
  });

  it('takes no publication timestamp for a meeting date', () => {
    expect(meetingDate('2015-12-17 19:05\n\nBESLUT\n\nKommunfullmäktige har beslutat att upphäva beslutet.', true)).toBeNull();
  });

  it("reads a tjänsteutlåtande's addressee meeting and a protocol's unlabelled header date", () => {
    expect(meetingDate('Tjänsteutlåtande\nDatum 2023-03-01\n\nTill\nSocialnämnden\n2023-03-21', false)?.value).toBe('2023-03-21');
    expect(meetingDate('Till Kommunstyrelsen Datum 2023-03-01', false)).toBeNull();
    expect(meetingDate('Kommunstyrelsen   PROTOKOLL\n   2019-04-02\n\n§ 45\nBeslut 2020-01-01', true)?.value).toBe('2019-04-02');
  });

  it("reads an officer's report's planned meeting: the last date of its Beslutsplanering block, none below it", () => {
    const planned = 'Förslag till beslut\n\nBeslutsplanering\n\nFritidsnämndens ordförandeberedning 2019-11-26 Fritidsnämndens Arbetsutskott 2019-12-05\n\nFritidsnämnden 2019-12-12\n\nÄrendet\n\nBeslut 2020-01-01';
    expect(meetingDate(planned, false)).toMatchObject({ value: '2019-12-12', rule: 'planned meeting' });
    expect(meetingDate('Beslutsplanering\nFritidsnämnden 2020-03-13\nFritidsnämnden 2020-05-07\nBeslutet skickas till', false)?.value).toBe('2020-05-07');
    expect(meetingDate('Beslutsplanering\n\nÄrendet\n\nFritidsnämnden 2019-12-12', false)).toBeNull();
    // A PDF's reading runs the first bodies onto the label's line.
    expect(meetingDate('Beslutsplanering ASN presidieberedning 2021-06-02 Arbetsmarknads- och socialnämndens\narbetsutskott 2021-06-10 Arbetsmarknads- och socialnämnden 2021-06-17\nBeslutet skickas till', false)?.value).toBe('2021-06-17');
    expect(meetingDate('Beslutsplanering av året\nÄrendet\nFritidsnämnden 2019-12-12', false)).toBeNull();
    expect(meetingDate('Ingen beslutsplanering behövs. Fritidsnämnden 2019-12-12', false)).toBeNull();
  });

  it("reads a protocol's header below a page title that repeats the item's heading, not a date in the item", () => {
    const page = 'KFN § 45 Verksamhetsstöd\n\nSAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\n2008-04-15\n\nKFN § 45\nVerksamhetsstöd\n\nFritidsavdelningen 2008-04-03';
    expect(meetingDate(page, true)?.value).toBe('2008-04-15');
    expect(meetingDate('§ 12 Föreningsbidrag\n\n§ 13 Partnerskap\nFritidsavdelningen 2008-04-03', true)).toBeNull();
  });

  it("reads an excerpt's stamp at the top, not one further down among the documents of the matter", () => {
    expect(meetingDate('# source: https://kommun.se/beslut\n\nKommunstyrelsen 2023-11-27 § 245\n\nBeslut\nKommunstyrelsen godkänner avtalet.', false)).toMatchObject({
      value: '2023-11-27', rule: 'protocol stamp',
    });
    expect(meetingDate('Socialnämnden, 27 november 2023, § 112\nBeslut', false)?.value).toBe('2023-11-27');
    const deep = `Tjänsteskrivelse\n${'Föreningen har ansökt om stöd. '.repeat(15)}\nBeslutsunderlag\nKommunstyrelsen 2021-03-02 § 40`;
    expect(meetingDate(deep, false)).toBeNull();
    expect(meetingDate('Kommunstyrelsen beslutade 2023-11-27 § 245 att ingå avtalet och att ge förvaltningen i uppdrag.', false)).toBeNull();
  });

  it('reads the meeting date of a front-matter block', () => {
    expect(meetingDate('kommun: kungsbacka\norgan: ga\ndatum: 2025-06-18\n\nTJÄNSTESKRIVELSE\nDatum\n2024-11-19', false)?.value).toBe('2025-06-18');
  });
});

describe('decision sections', () => {
  it('classifies headings', () => {
    expect(headingKind('Beslut')).toBe('recorded');
    expect(headingKind('Kommunstyrelsens beslut')).toBe('recorded');
    expect(headingKind('Kultur- och fritidsnämndens beslut')).toBe('recorded');
    expect(headingKind('Kultur- och fritidsnämndens förslag till kommunstyrelsen')).toBe('proposalToBody');
    expect(headingKind('Beslut – Förslag till kommunfullmäktige')).toBe('proposalToBody');
    expect(headingKind('Arbetsutskottets förslag till regionstyrelsen')).toBe('proposalToBody');
    expect(headingKind('Förslag till beslut i kommunstyrelsen')).toBe('proposalToBody');
    expect(headingKind('Arbetsutskottets förslag till kultur- och fritidsnämnden')).toBe('proposalToBody');
    expect(headingKind('Beslut Förslag till kommunfullmäktige')).toBe('proposalToBody');
    expect(headingKind('Förslag till beslut')).toBe('proposal');
    expect(headingKind('Förslag till beslut')).toBe('proposal');
    expect(headingKind('Förslag till beslut på sammanträdet')).toBe('procedure');
    expect(headingKind('Nämnden beslutar att bevilja bidraget.')).toBeNull();
    // A body's proposal as a heading of its own, without its addressee; not a sentence that opens so, nor staff's proposal.
    expect(headingKind('Arbetsutskottets förslag')).toBe('proposalToBody');
    expect(headingKind('Kommunstyrelsens förslag:')).toBe('proposalToBody');
    expect(headingKind('Kommunstyrelsens förslag innebär att bidraget höjs.')).toBeNull();
    expect(headingKind('Förvaltningens förslag')).toBe('proposal');
  });

  it("reads a protocol excerpt that ends at its arbetsutskott's proposal as a proposal, one its recorded decision follows as decided", () => {
    const excerpt = 'Kultur- och fritidsnämnden\nSammanträdesdatum 2018-12-06\n§ 84 Dnr 2018/0128\nTennishall\nArbetsutskottets förslag\n1. Kultur- och fritidsnämnden godkänner avtalet med föreningen.';
    expect(decide(excerpt, 'protokoll')?.value).toMatchObject({ body: 'kultur- och fritidsnämnden', outcome: 'förslag' });
    expect(decide(`${excerpt}\nKultur- och fritidsnämndens beslut\n1. Kultur- och fritidsnämnden godkänner avtalet med föreningen.`, 'protokoll')?.value.outcome).toBe('bifall');
  });

  it('reads an inline heading before a colon', () => {
    const [section] = decisionSections('Beslut: Nämnden bordlägger ärendet.');
    expect(section?.kind).toBe('recorded');
    expect(section?.sentences.map((s) => s.text)).toEqual(['Nämnden bordlägger ärendet.']);
  });

  it('runs a section to the next heading', () => {
    const [section] = decisionSections('Beslut\nNämnden beviljar bidraget.\nNämnden uppdrar åt förvaltningen att följa upp.\n\nSammanfattning av ärendet\nFöreningen har ansökt.');
    expect(section?.sentences.map((s) => s.text)).toEqual(['Nämnden beviljar bidraget.', 'Nämnden uppdrar åt förvaltningen att följa upp.']);
  });

  it('finds a proposal heading a flattened page runs into the middle of a sentence', () => {
    const flat =
      'Datum 2016-08-29 Kommunstyrelsen Riktlinjer för partnerskap Förslag till beslut Kommunstyrelsen föreslås besluta att fastställa riktlinjerna enligt bilaga 2. Ärendet Kommunfullmäktige beslutade den 31 mars 2014 (§ 76) att utreda partnerskap.';
    const [section] = decisionSections(flat);
    expect(section?.kind).toBe('proposal');
    expect(section?.sentences[0]?.text).toMatch(/^Kommunstyrelsen föreslås besluta/);
    expect(decide(flat, 'annat')?.value).toEqual({ date: null, body: 'kommunstyrelsen', paragraph: null, outcome: 'förslag' });
  });

  it('finds a recorded decision heading a flattened excerpt runs into the middle of a sentence', () => {
    const flat = 'Utdrag ur protokoll fört vid sammanträde med kommunstyrelsen Kommunal borgen för föreningen. (AU 364) Dnr KS (2010-KS0119) KF Beslut Kommunstyrelsen beslutar enligt arbetsutskottets förslag. Arbetsutskottets förslag Arbetsutskottet föreslår kommunstyrelsen tillstyrka.';
    expect(decisionSections(flat)[0]?.kind).toBe('recorded');
    expect(decide(flat, 'protokoll')?.value).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall' });
    // Without the adopting sentence, the committee only proposes what the council should decide.
    const proposes =
      'Utdrag ur protokoll fört vid sammanträde med kommunstyrelsens arbetsutskott 2015-04-28 § 130 Föreningslån till föreningen. Beslut Arbetsutskottet föreslår kommunstyrelsen tillstyrka kommunfullmäktige besluta\n1 Godkänna att kommunen beviljar lån om 1,2 mkr till föreningen.\n2 Godkänna föreningens ansökan om räntebidrag med 35 tkr.';
    expect(decide(proposes, 'protokoll')?.value.outcome).toBe('förslag');
    const toCouncil = 'Kommunstyrelsen Protokollsutdrag 262 Svar på motion (KSKF/2016:345) Beslut Förslag till kommunfullmäktige 1. Motionens förslag avslås. 2. Socialnämnden får i uppdrag att samordna arbetet.';
    expect(decisionSections(toCouncil).map((s) => s.kind)).toContain('proposalToBody');
    expect(decide(toCouncil, 'protokoll')?.value.outcome).toBe('förslag');
    // The word in running text is no heading.
    expect(decisionSections('Frågan fick sitt Beslut i kommunstyrelsen i fjol.')).toEqual([]);
  });

  it('leaves the phrase in running text, or without a body and its clause after it, to the sentence', () => {
    expect(decisionSections('Förvaltningen lämnade förslag till beslut i ärendet till nämnden.')).toEqual([]);
    expect(decisionSections('Ärendet bereds vidare. Mer om detta Förslag till beslut finns i bilaga 1.')).toEqual([]);
  });
});

describe('extractDecision', () => {
  const protocol = (decision: string, procedure = 'Ordförande finner att nämnden bifaller det.') =>
    `SOCIALNÄMNDEN     PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2023-03-14\n\n§ 27   Dnr SN 2023/41\nIdéburet offentligt partnerskap med föreningen\n\n${decision}\n\nBeslutsunderlag\nTjänsteskrivelse 2023-02-28\n\nBeslutsgång\n${procedure}`;

  it('reads a recorded approval with body, meeting date and paragraph from the header', () => {
    expect(decide(protocol('Beslut\nSocialnämnden godkänner överenskommelsen om partnerskap med föreningen.'), 'protokoll')?.value).toEqual({
      date: '2023-03-14',
      body: 'socialnämnden',
      paragraph: '§ 27',
      outcome: 'bifall',
    });
  });

  it('reads refusal, sending back and postponing', () => {
    expect(decide(protocol('Beslut\nSocialnämnden avslår ansökan om partnerskap.'), 'protokoll')?.value.outcome).toBe('avslag');
    expect(decide(protocol('Beslut\nÄrendet återremitteras till förvaltningen för komplettering av avtalet.'), 'protokoll')?.value.outcome).toBe('återremiss');
    expect(decide(protocol('Beslut\nÄrendet om avtalet bordläggs.'), 'protokoll')?.value.outcome).toBe('bordläggning');
  });

  it('takes the outcome from the procedure when the decision text states none', () => {
    const text = protocol('Beslut\nSocialnämnden beslutar att frågan om avtalet ska utredas vidare.', 'Ordförande finner att nämnden beslutar att avslå förslaget.');
    expect(decide(text, 'protokoll')?.value.outcome).toBe('avslag');
  });

  it("reads the procedure of the decision's own paragraph, not another paragraph's", () => {
    const text = 'PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2023-04-20\n\n§ 40 Dnr SN 2023/10\nAvtal om lokaler\n\nBeslut\nSocialnämnden beslutar att frågan om avtalet utreds.\n\n§ 41 Dnr SN 2023/11\nVal\n\nBeslut\nSocialnämnden väljer Anna Berg.\n\nBeslutsgång\nOrdförande finner att nämnden beslutar att avslå ansökan om ajournering.';
    expect(decide(text, 'protokoll')?.value).toMatchObject({ paragraph: '§ 40', outcome: 'bifall' });
  });

  it('records no decision where the decision only lets an interpellation be put and files its answer', () => {
    const text = 'Interpellation om familjecentral\n\nBeslut\nFullmäktige beslutar att interpellationen får ställas och lägger interpellationen och svaret till handlingarna.';
    expect(decide(text, 'annat')).toBeNull();
    expect(decide('Motion om familjecentral\n\nBeslut\nFullmäktige beslutar att motionen är besvarad.', 'annat')?.value.outcome).toBe('bifall');
  });

  it("reads an item's own decision when handed that item of a protocol and its header", () => {
    const text =
      'PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2014-03-04\n\n§ 44\nInformation om översiktsplanen\n\nBeslut\nKommunstyrelsen beslutar\natt lägga informationen till handlingarna.\n\n' +
      '§ 45   Dnr KS 2014/12\nIdéburet offentligt partnerskap med föreningen Gläntan\n\nBeslut\nKommunstyrelsen beslutar\natt återremittera ärendet.\n';
    const doc = DocText.fromString(text);
    const { header, matters } = segment(doc, 'protokoll');
    const item = viewOf(doc, [header!, matters[1]!]);
    expect(extractDecision(item, context('protokoll', item))?.value).toEqual({ date: '2014-03-04', body: 'kommunstyrelsen', paragraph: '§ 45', outcome: 'återremiss' });
  });

  it("reads a decision under its body's two-word genitive heading, dated by the header below a repeated title", () => {
    const page =
      'KFN § 32 Ansökan om stöd\n\nSAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden\n2008-03-18\n\nKFN § 32\nAnsökan om stöd\n\nFritidsavdelningen 2008-03-06\nFöreningen ansöker om stöd.\n\n' +
      'Kultur- och fritidsnämndens beslut\n\n  • Att avslå ansökan från föreningen';
    expect(decide(page, 'protokoll')?.value).toEqual({ date: '2008-03-18', body: 'kultur- och fritidsnämnden', paragraph: '§ 32', outcome: 'avslag' });
  });

  it('takes a refusal or a sending back from the proposal a decision adopts, not an approval', () => {
    const adopting = (proposal: string) =>
      decide(protocol(`Arbetsutskottets förslag till kultur- och fritidsnämnden\n  • ${proposal}\nKultur- och fritidsnämndens beslut\n  1. Kultur- och fritidsnämnden beslutar i enlighet med arbetsutskottets förslag.`), 'protokoll')?.value.outcome;
    expect(adopting('Beslutat avslag kvarstår.')).toBe('avslag');
    expect(adopting('Ärendet återremitteras till förvaltningen.')).toBe('återremiss');
    expect(adopting('Föreningen beviljas bidrag med 10 000 kronor.')).toBe('bifall');
  });

  it('reads a grant with one applicant sent back as an exception as bifall; a matter sent back stays återremiss', () => {
    const granted = 'Kultur- och fritidsnämndens beslut\n  • Att bevilja investeringsstöd enligt ovanstående förslag med följande undantag:\n    - ansökan från en förening återremitteras till förvaltningen för förnyad prövning';
    expect(decide(protocol(granted), 'protokoll')?.value.outcome).toBe('bifall');
    const sentBack = 'Kultur- och fritidsnämndens beslut\n  • Att bevilja investeringsstöd enligt förslaget.\n  • Ärendet om föreningens ansökan återremitteras till förvaltningen.';
    expect(decide(protocol(sentBack), 'protokoll')?.value.outcome).toBe('återremiss');
  });

  it('records a proposal to a higher body as förslag, but a sending back as återremiss', () => {
    expect(decide(protocol('Beslut – Förslag till kommunfullmäktige\nKommunfullmäktige godkänner avtalet med föreningen.'), 'protokoll')?.value.outcome).toBe('förslag');
    expect(decide(protocol('Arbetsutskottets förslag till kommunstyrelsen\n• Ärendet om avtalet återremitteras.'), 'protokoll')?.value.outcome).toBe('återremiss');
  });

  it("takes the body a section heading names as its owner where no header names the meeting's body", () => {
    const page = 'Sammanträde 2023-11-22\n\n1 Partnerskap med föreningen\n\nKommunledningsutskottets förslag till kommunstyrelsen\n- Kommunstyrelsen godkänner överenskommelsen med föreningen.\n\nBeskrivning av ärendet\nFöreningen har ansökt.';
    expect(decide(page, 'protokoll')?.value).toMatchObject({ body: 'kommunledningsutskottet', outcome: 'förslag', date: '2023-11-22' });
    // Staff's proposal names no meeting: the subject of the proposal is the body.
    const staff = 'Tjänsteskrivelse\n\nFörvaltningens förslag till beslut\nSocialnämnden godkänner överenskommelsen med föreningen.';
    expect(decide(staff, 'tjansteskrivelse')?.value).toMatchObject({ body: 'socialnämnden', outcome: 'förslag' });
  });

  it("reads a tjänsteskrivelse's proposal with the body from its subject and no meeting date", () => {
    const text = 'Tjänsteskrivelse\nDatum 2021-06-01\n\nFörslag till beslut\n1. Kultur- och fritidsnämnden godkänner överenskommelsen med föreningen.\n\nSammanfattning\nFöreningen har ansökt.';
    expect(decide(text, 'tjansteskrivelse')?.value).toEqual({ date: null, body: 'kultur- och fritidsnämnden', paragraph: null, outcome: 'förslag' });
  });

  it('reads a protocol without decision headings from a sentence with a body as subject, not from history', () => {
    const text = 'Kommunstyrelsen   PROTOKOLL\n2019-04-02\n\n§ 45\nDnr 2019/123-041\nAnsökan om IOP\n\nKommunstyrelsen beslutade 2017-03-01 att anta riktlinjer.\n\nKommunstyrelsen avslår ansökan om partnerskap.';
    const decision = decide(text, 'protokoll')!;
    expect(decision.value).toEqual({ date: '2019-04-02', body: 'kommunstyrelsen', paragraph: '§ 45', outcome: 'avslag' });
    expect(decision.needsReview).toBe(true);
  });

  it('records no decision for agreements, nor for a report unless its lead reports one', () => {
    expect(decide('Parter\nRöda Korset\n\nGiltighetstid\n2025–2028', 'overenskommelse')).toBeNull();
    expect(decide('Rapport\nBeslut\nNämnden beviljar.', 'rapport')).toBeNull();
    expect(decide('Föreningar får fortsatt IOP. Inför nästa möte i kulturnämnden föreslås att sex föreningar får stöd.\n\nFöreningen A 100 000 kronor.', 'rapport')?.value).toMatchObject({
      body: 'kulturnämnden', outcome: 'förslag',
    });
    // A decision told about one listed partnership far into the report is that row's, not the report's.
    // Nor one told after the opening prose, past a sub-heading.
    expect(decide(`Rapport\n\n${'Föreningar får fortsatt stöd. '.repeat(25)}\n\nUppföljning\n\nNu har kulturnämnden beslutat att förlänga överenskommelsen.`, 'rapport')).toBeNull();
    expect(decide(`Rapport\n\n${'Föreningar får fortsatt stöd. '.repeat(25)}\n\nNu har kulturnämnden beslutat att förlänga överenskommelsen.`, 'rapport')?.value.body).toBe('kulturnämnden');
    const rows = Array.from({ length: 20 }, (_, i) => `Förening ${i} driver en mötesplats för äldre i stadsdelen.`).join('\n');
    expect(decide(`Rapport om partnerskap\n\n${rows}\n\nNu har kulturnämnden beslutat att förlänga överenskommelsen.`, 'rapport')).toBeNull();
  });

  it("takes a tjänsteskrivelse's body from its addressee line", () => {
    const text = 'Tjänsteskrivelse\nTill: Vård- och omsorgsnämnden\nDatum: 2023-03-01\n\nFörslag till beslut\nNämnden godkänner överenskommelsen om IOP.';
    expect(decide(text, 'tjansteskrivelse')?.value).toMatchObject({ body: 'vård- och omsorgsnämnden', outcome: 'förslag' });
  });

  it("takes a tjänsteskrivelse's body from a decision clause when its headings are lost in one flattened line", () => {
    const text = 'Tjänsteutlåtande Utfärdat 2015-03-07 IOP för mottagande Förslag till beslut Social resursnämnd beslutar: att ingå IOP med föreningen. Sammanfattning Förvaltningen föreslår.';
    expect(decide(text, 'tjansteskrivelse')?.value).toMatchObject({ body: 'social resursnämnd', outcome: 'förslag' });
    expect(decide('Tjänsteutlåtande om IOP. Kommunstyrelsen har tidigare informerats om ärendet.', 'tjansteskrivelse')?.value.body).toBeNull();
  });

  it('takes the body of a decision clause above a decision section that names none ("Beslut: enligt förslag")', () => {
    const text = 'Översyn av policy för föreningsbidrag\n\nRegionfullmäktige beslutar att:\n\n  • anta policy för ekonomiskt stöd till det civila samhället\n\nBeslut: enligt förslag';
    expect(decide(text, 'beslut')?.value).toMatchObject({ body: 'regionfullmäktige', outcome: 'bifall' });
    // A body only mentioned, no clause of its decision: still none.
    expect(decide(text.replace('Regionfullmäktige beslutar att:', 'Regionfullmäktige har tidigare informerats.'), 'beslut')?.value.body).toBeNull();
  });

  it("takes a flattened tjänsteskrivelse's body from its own proposal to another body, not from a proposal it cites", () => {
    const text = 'TJÄNSTEUTLÅTANDE DATUM HANDLÄGGARE Anna Berg Kommunstyrelsen Bidrag till föreningen Förslag till beslut Kommunstyrelsens förslag till kommunfullmäktige Med hänvisning till tjänsteutlåtandet anses motionen besvarad.';
    expect(decide(text, 'tjansteskrivelse')?.value).toMatchObject({ body: 'kommunstyrelsen', outcome: 'förslag' });
    expect(decide('Tjänsteutlåtande om IOP. Beslutet fattas enligt förvaltningens förslag om bidrag.', 'tjansteskrivelse')?.value.body).toBeNull();
  });

  it('is less confident when the header gives no date or paragraph', () => {
    const full = decide(protocol('Beslut\nSocialnämnden godkänner avtalet.'), 'protokoll')!;
    const bare = decide('Beslut\nSocialnämnden godkänner avtalet.', 'protokoll')!;
    expect(bare.confidence).toBeLessThan(full.confidence);
    expect(bare.needsReview).toBe(true);
  });
});

describe('decisions reported in running text', () => {
  const news = (text: string) => decide(`Nyhet 2023-12-01\n\n${text}`, 'annat')?.value;

  it('reads body, outcome and a date whose year is the document\'s own', () => {
    expect(news('Vid sitt sammanträde den 27 november beslutade kommunstyrelsen att ingå ett idéburet offentligt partnerskap med föreningen.')).toEqual({
      date: '2023-11-27', body: 'kommunstyrelsen', paragraph: null, outcome: 'bifall',
    });
    expect(news('Socialnämnden sa ja till partnerskapet.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall', date: null });
    expect(news('Tisdagen den 20 augusti fattade kultur- och fritidsnämnden beslut om stödet.')).toMatchObject({ body: 'kultur- och fritidsnämnden', date: '2023-08-20' });
    expect(news('Regionstyrelsen avslog ansökan från föreningen.')).toMatchObject({ body: 'regionstyrelsen', outcome: 'avslag' });
    expect(news('Regionstyrelsen beslutade att avslå ansökan från föreningen.')).toMatchObject({ body: 'regionstyrelsen', outcome: 'avslag' });
    expect(news('Servicenämnden nobbar bidrag till föreningen')).toMatchObject({ body: 'servicenämnden', outcome: 'avslag' });
    expect(news('Kulturnämnden säger nej till ansökan från föreningen.')).toMatchObject({ body: 'kulturnämnden', outcome: 'avslag' });
    expect(news('Kulturnämnden säger ja till ansökan från föreningen.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bifall' });
    expect(news('Det var i onsdags som kommunstyrelsen fattade beslutet om partnerskapet.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall' });
    expect(news('En enig kommunstyrelse ställde sig bakom förslaget om IOP.')).toMatchObject({ outcome: 'bifall' });
    expect(news('Kommunstyrelsen beslutade att inte avslå något.')).toBeUndefined();
    expect(news('Avtalet med föreningen godkändes i kommunstyrelsen den 14 november.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall', date: '2023-11-14' });
    expect(news('Socialnämnden beslutade den 14:e november att ingå partnerskapet.')).toMatchObject({ date: '2023-11-14' });
    expect(news('Beslutet om partnerskapet fattades av socialnämnden i går.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall', date: '2023-11-30' });
    expect(news('Riktlinjerna för partnerskap har nu antagits av kommunstyrelsen.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall' });
    expect(news('Överenskommelsen med föreningen har godkänts av socialnämnden.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('Kommunfullmäktige röstade i går igenom partnerskapet med föreningen.')).toMatchObject({ body: 'kommunfullmäktige', outcome: 'bifall', date: '2023-11-30' });
    expect(news('Socialnämnden beslöt den 14 november att ingå partnerskapet.')).toMatchObject({ body: 'socialnämnden', date: '2023-11-14' });
    expect(news('Kulturnämnden gav på tisdagen klartecken till partnerskapet.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bifall', date: '2023-11-28' });
    expect(news('Kommunstyrelsen röstade nej till ansökan från föreningen.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'avslag' });
    expect(news('Socialnämnden valde att ingå ett partnerskap med föreningen.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('Förslaget om partnerskap bifölls av kommunfullmäktige i går.')).toMatchObject({ body: 'kommunfullmäktige', outcome: 'bifall', date: '2023-11-30' });
    expect(news('Frågan om partnerskapet ska avgöras i kommunfullmäktige den 12 december.')).toMatchObject({ body: 'kommunfullmäktige', outcome: 'förslag', date: '2023-12-12' });
    expect(news('Ärendet går upp för beslut i socialnämnden den 14 december.')).toMatchObject({ body: 'socialnämnden', outcome: 'förslag', date: '2023-12-14' });
    expect(news('Förslaget om partnerskap går nu vidare till kommunstyrelsen.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'förslag' });
  });

  it('reads a rule page\'s adoption line: the participle with its agent, date and paragraph', () => {
    const rules = (text: string) => decide(`Regelverk för bidrag\n\n${text}`, 'annat')?.value;
    expect(rules('Regelverk för bidrag ur socialnämndens budget. Antaget av socialnämnden den 24 augusti 2016 § 119.')).toEqual({
      date: '2016-08-24', body: 'socialnämnden', paragraph: '§ 119', outcome: 'bifall',
    });
    expect(rules('Fastställd av Regionstyrelsen, 2020-04-08. Detta dokument utgör regelverket för bidrag.')).toMatchObject({ date: '2020-04-08', body: 'regionstyrelsen', outcome: 'bifall' });
    expect(rules('Fastställt av kultur- och fritidsnämnden 2019-02-14.')).toMatchObject({ body: 'kultur- och fritidsnämnden', outcome: 'bifall' });
    // The participle without its agent, or adopted statutes of the applicant, records no decision.
    expect(rules('Riktlinjen är fastställd och gäller tills vidare.')).toBeUndefined();
    expect(rules('Till ansökan bifogas föreningens antagna stadgar.')).toBeUndefined();
  });

  it('reads a decision taken at a body\'s meeting named in the genitive', () => {
    expect(news('På socialnämndens sammanträde under onsdagen beslutades det att kommunen ska ingå ett partnerskap.')).toMatchObject({
      body: 'socialnämnden', outcome: 'bifall', date: '2023-11-29',
    });
    expect(news('Det beslutades på omsorgsnämndens möte den 13 juni att kommunen ska teckna ett partnerskap.')).toMatchObject({ body: 'omsorgsnämnden', date: '2023-06-13' });
    expect(news('I kommunstyrelsen den 28 november togs beslut om ett partnerskap med föreningen.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall', date: '2023-11-28' });
  });

  it('reads a grant told as the body\'s contribution, not a routine nor one in kind', () => {
    expect(news('Kommunens kultur- och fritidsnämnd bidrar med 150 000 kronor. Föreningen får 75 000 kronor per år.')).toMatchObject({
      body: 'kultur- och fritidsnämnden', outcome: 'bifall',
    });
    expect(news('Socialnämnden bidrog också med en halv miljon kronor till jouren.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('Kulturnämnden bidrar varje år med 20 000 kronor till föreningen.')).toBeUndefined();
    expect(news('Fritidsnämnden bidrar med lokaler och kunskap.')).toBeUndefined();
  });

  it('reads a meeting day standing between the verb and its decision', () => {
    expect(news('Kulturnämnden tog den 16 november beslut om att fördela bidrag till föreningar.')).toEqual({
      date: '2023-11-16', body: 'kulturnämnden', paragraph: null, outcome: 'bifall',
    });
    expect(news('I socialnämnden fattades den 3:e oktober beslut om partnerskapet.')).toMatchObject({ body: 'socialnämnden', date: '2023-10-03' });
    // A number without its month is no day: "tog 3 nya beslut" counts decisions, which the gap does not read.
    expect(news('Kulturnämnden tog 3 nya beslut i veckan.')).toBeUndefined();
    expect(news('Kulturnämnden tog den 16 november fram ett förslag.')).not.toMatchObject({ date: '2023-11-16', outcome: 'bifall' });
  });

  it('reads no decision from a question or a condition', () => {
    expect(news('På regionfullmäktige den 21 juni ställde en ledamot en fråga om regionen tecknat IOP-avtal med någon förening.')).toBeUndefined();
    expect(news('Om kommunstyrelsen beslutat att ingå avtalet kan arbetet börja i januari.')).toBeUndefined();
    expect(news('Socialnämnden undrade huruvida regionen tecknat avtal med föreningen.')).toBeUndefined();
    expect(news('Kommunstyrelsen beslutade om finansieringen av partnerskapet.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall' });
    // A direct question reports nothing, the sentence after it does.
    expect(news('Fråga:\nHar regionen tecknat något IOP-avtal med idéburna organisationer?')).toBeUndefined();
    expect(news('Vad händer nu? Socialnämnden sa ja till partnerskapet.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
  });

  it('reads grants handed out, and a decision told without its agent on a page of one meeting', () => {
    expect(news('Arbets- och socialnämnden har delat ut 502 800 kronor i bidrag till olika föreningar.')).toMatchObject({
      body: 'arbets- och socialnämnden', outcome: 'bifall',
    });
    expect(news('Kommunledningsutskottet delade ut föreningsbidrag vid sitt senaste sammanträde.')).toMatchObject({ body: 'kommunledningsutskottet' });
    // The present tells what a body does each year.
    expect(news('Kulturnämnden delar ut bidrag till föreningar varje år.')).toBeUndefined();
    // An excerpt cut off right after the verb tells nothing decided; a whole sentence, or a line before a list, does.
    expect(news('Nämnderna har använt samverkansformen på olika sätt. Kommunfullmäktige antog ')).toBeUndefined();
    expect(news('Avtalet med föreningen godkändes av kommunstyrelsen.')).toMatchObject({ body: 'kommunstyrelsen' });
    expect(news('Kommunstyrelsen beslutade\n– att godkänna avtalet med föreningen')).toMatchObject({ body: 'kommunstyrelsen' });
    const page = (text: string) => decide(text, 'annat')?.value;
    expect(page('Skip to main content\n\nPressinformation från regionfullmäktiges sammanträde 23 sep 2014\n\n· Beslut har tagits om att uppdatera överenskommelsen mellan Region Skåne och föreningen.')).toEqual({
      date: '2014-09-23', body: 'regionfullmäktige', paragraph: null, outcome: 'bifall',
    });
    // A meeting without its year takes the page's; a body the sentence names is dated by its meeting on the page.
    expect(page('Publicerad 2016-03-17\n\nSammanfattning från kommunfullmäktiges sammanträde den 17 mars\n\nKommunfullmäktige beslutade att ingå partnerskapet med föreningen.')).toMatchObject({
      date: '2016-03-17', body: 'kommunfullmäktige',
    });
    // The meeting told with "sitt", its body after the verb, dates that body's decision told further on.
    expect(page('Uppdaterad 2013-12-04\n\nVid sitt sammanträde den 27 november diskuterade kommunstyrelsen samarbetet med föreningen. Förvaltningen har fått i uppdrag att ta fram ett underlag för beslut i kommunstyrelsen.')).toMatchObject({
      date: '2013-11-27', body: 'kommunstyrelsen',
    });
    // Not another body's decision, nor "sitt" without a body after its verb.
    expect(page('Uppdaterad 2013-12-04\n\nVid sitt sammanträde den 27 november diskuterade kommunstyrelsen samarbetet. Socialnämnden beslutade att ingå partnerskapet med föreningen.')).toMatchObject({
      date: null, body: 'socialnämnden',
    });
    expect(page('Uppdaterad 2013-12-04\n\nVid sitt sammanträde den 27 november diskuterade föreningen samarbetet. Beslut har tagits om att ingå partnerskapet.')).toBeUndefined();
    // A decision letter opens with its body's meeting, the body before "sitt"; its decision told in running text, by "Nämnden".
    const letter = 'Beslutsmeddelande\n\nKultur- och fritidsnämnden har vid sitt sammanträde den 10 december 2025, § 148, behandlat er ansökan om verksamhetsbidrag.\n\nNämnden har beslutat att avslå ansökan.';
    expect(decide(letter, 'beslut')?.value).toEqual({ date: '2025-12-10', body: 'kultur- och fritidsnämnden', paragraph: '§ 148', outcome: 'avslag' });
    // A state agency's decision named by its genitive is no body's of a kommun (a court's ruling over "länsstyrelsens beslut").
    expect(decide('Dom\n\nMed ändring av länsstyrelsens beslut fastställer domstolen dispensen.', 'beslut')?.value.body ?? null).toBeNull();
    // Two bodies' meetings at the top, or an agreement (no meeting's decision), take no body from the top.
    expect(page('Från kommunstyrelsens sammanträde 2023-05-10 och socialnämndens sammanträde 2023-05-11\n\nBeslut har tagits om att ingå partnerskapet med föreningen.')).toBeUndefined();
    expect(page('Från kommunstyrelsens sammanträde 2023-05-10\n\nFöreningen har tecknat ett avtal med kommunen.')).toMatchObject({ body: null, outcome: 'bifall' });
  });

  it('reads an agreement reported concluded without a body', () => {
    expect(news('Tjejjouren har tecknat ett IOP-avtal med kommunen.')).toEqual({ date: null, body: null, paragraph: null, outcome: 'bifall' });
    expect(news('Kommunen ingår IOP-avtal med kvinnojouren\n\nPRESSMEDDELANDE')).toMatchObject({ outcome: 'bifall' });
    expect(news('En kommun ingår ett IOP när verksamheten inte kan upphandlas. Det är en samverkansform.')).toBeUndefined();
    expect(news('Ett idéburet offentligt partnerskap har tecknats mellan kommunen och föreningen.')).toMatchObject({ outcome: 'bifall', body: null });
    expect(news('I veckan undertecknades ett IOP-avtal mellan socialnämnden och föreningen.')).toMatchObject({ outcome: 'bifall', body: 'socialnämnden' });
    expect(news('IOP-avtal tecknas mellan kommunen och en idéburen organisation. Det är en samverkansform.')).toBeUndefined();
    expect(news('Avtalet med föreningen tecknades 2019 och har förlängts sedan dess.')).toBeUndefined();
    // The association's signature is no public body's decision.
    expect(news('Från föreningen var det ordföranden som undertecknade överenskommelsen.')).toBeUndefined();
    // "Ingå i" is to be part of: no agreement.
    expect(news('Tre nämnder har ingått i granskningen – idrotts- och föreningsnämnden och kulturnämnden.')).toBeUndefined();
    expect(news('Kulturnämnden ingick i projektgruppen som tog fram riktlinjerna.')).toBeUndefined();
    expect(news('Socialnämnden har ingått i ett partnerskap med föreningen.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
  });

  it("reads a decision a news page's lead tells in the present, not a routine nor the present further down", () => {
    expect(news('Regionstyrelsen beviljar 43 organisationer bidrag till intressepolitisk verksamhet.')).toMatchObject({ body: 'regionstyrelsen', outcome: 'bifall' });
    expect(news('Regionstyrelsen fördelar sammanlagt 36,2 miljoner kronor till organisationer.')).toMatchObject({ body: 'regionstyrelsen', outcome: 'bifall' });
    expect(news('Kultur- och fritidsnämnden beslutar att fördela 2 miljoner kronor i stöd.')).toMatchObject({ body: 'kultur- och fritidsnämnden', outcome: 'bifall' });
    expect(news('Regionstyrelsen delar varje år ut bidrag till organisationer.')).toBeUndefined();
    expect(news('Kulturnämnden beviljar bidrag till föreningar som kan visa en budget.')).toBeUndefined();
    const later = `${'Föreningslivet är rikt i kommunen och många är aktiva. '.repeat(10)}Kulturnämnden fördelar stödet till föreningarna.`;
    expect(news(later)).toBeUndefined();
  });

  it('reads a decision named by its body without a verb, not one still to come nor a motion', () => {
    expect(news('Enligt kultur- och fritidsnämndens beslut uppgår stödet till 6 000 kronor.')).toMatchObject({ body: 'kultur- och fritidsnämnden', outcome: 'bifall' });
    expect(news('Protokoll från beslutet i Socialnämnden (sid 10)')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('Beslut i kommunstyrelsen väntas i maj.')).toBeUndefined();
    expect(news('Beslut i kommunstyrelsen ska fattas i maj.')?.outcome).not.toBe('bifall');
    expect(news('Enligt kommunstyrelsens beslut 2015 får föreningen stöd.')).toBeUndefined();
    expect(news('Motionen om kommunfullmäktiges beslut om stöd.')).toBeUndefined();
    // The meeting's decision "från" its body, and a no it names.
    expect(news('Nej till extra pengar till personal blev beslutet från socialnämnden på föreningens ansökan.')).toMatchObject({ body: 'socialnämnden', outcome: 'avslag' });
    expect(news('Beslutet från kulturnämnden innebär 50 000 kronor till föreningen.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bifall' });
    expect(news('Beslut från kommunstyrelsen väntas i maj.')).toBeUndefined();
  });

  it('reads the news idiom "blev det ja / nej" at a body\'s meeting', () => {
    expect(news('Därför blev det ja till försäljningen vid tekniska nämndens sammanträde.')).toMatchObject({ body: 'tekniska nämnden', outcome: 'bifall' });
    expect(news('Det blev nej till ansökan i kulturnämnden.')).toMatchObject({ body: 'kulturnämnden', outcome: 'avslag' });
    expect(news('Blir det ja till ansökan i kulturnämnden?')).toBeUndefined();
  });

  it("reads a body's proposal told as what it is, and a decision told as a body's condition, as proposals", () => {
    expect(news('Kommunstyrelsens förslag är att kommunfullmäktige säger ja till att sälja anläggningen till föreningen.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'förslag',
    });
    expect(news('En enig kommunstyrelse beslutade därför att föreslå Lerums kommunfullmäktige att bevilja ett stöd till föreningen.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'förslag',
    });
    expect(news('Beslutade att föreslå Lerums ryttarförening ett nytt avtal.')).toBeUndefined();
    expect(news('I går presenterades avtalet som kommunen, under förutsättning att beslut fattas i kommunfullmäktige den 25 februari, tecknat med föreningen.')).toMatchObject({
      body: 'kommunfullmäktige', outcome: 'förslag',
    });
    // A decision taken with a condition on another body's is taken.
    expect(news('Kommunstyrelsens utskott för näringsliv beslutade att anta överenskommelsen, under förutsättning att kommunfullmäktige beslutar om finansiering.')).toMatchObject({
      outcome: 'bifall',
    });
  });

  it('reads a negation in a clause of its own after the verb as not denying it; one before the verb, or right after it, denies it', () => {
    expect(news('I slutet av mars beviljade kommunstyrelsen 9 000 kronor i lokalbidrag till föreningen trots att ansökan inte kom in i tid.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'bifall',
    });
    expect(news('Kulturnämnden beviljade bidraget, men inte hela beloppet.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bifall' });
    expect(news('Kulturnämnden har inte beviljat bidraget.')).toBeUndefined();
    expect(news('Kommunstyrelsen beslutade att inte bevilja bidraget till föreningen.')).toBeUndefined();
  });

  it('reads a decision told in the pluperfect as history, the news after it as the decision', () => {
    expect(news('Tidigare hade socialnämnden avslagit ansökan från kvinnojouren eftersom man inte såg den som ideell. Socialnämnden har därför beslutat att bevilja kvinnojouren 50 000 kronor.')).toMatchObject({
      body: 'socialnämnden', outcome: 'bifall',
    });
    expect(news('Socialnämnden hade på tisdagen beviljat bidraget.')).toBeUndefined();
  });

  it('reads a decision that leaves the final word to fullmäktige in the next sentence as a proposal', () => {
    expect(news('Vid sitt senaste möte antog kommunstyrelsen en policy för kommunal borgen. Den ska fastställas av kommunfullmäktige.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'förslag' });
    expect(news('Vid sitt senaste möte antog kommunstyrelsen en policy för kommunal borgen. Den gäller från årsskiftet.')).toMatchObject({ outcome: 'bifall' });
    expect(news('Kommunstyrelsen antog policyn. Föreningen ska sedan rapportera till nämnden.')).toMatchObject({ outcome: 'bifall' });
  });

  it('names a body of two fields joined by an ampersand as written, lower case', () => {
    expect(news('Över fem miljoner kronor delades ut när Kultur & Fritidsnämnden hade sitt sammanträde.')).toMatchObject({ body: 'kultur & fritidsnämnden', outcome: 'bifall' });
    expect(news('Över fem miljoner kronor delades ut av Ica & Coop.')).toBeUndefined();
  });

  it('reads no decision from an agreement already running when the page was written, nor from a decision of an earlier year', () => {
    expect(decide('Publicerad 2021-11-10\n\nSocialförvaltningen har ingått en överenskommelse med föreningen. Avtalet löper från 1 augusti till 31 december 2021.', 'annat')).toBeNull();
    expect(decide('Publicerad 2021-06-15\n\nKommunen har tecknat ett IOP-avtal med föreningen. Överenskommelsen gäller för perioden 1 januari 2022 till 31 december 2024.', 'annat')?.value.outcome).toBe('bifall');
    expect(decide('Publicerad 2021-11-10\n\nSocialnämnden beslutade den 3 november att ingå en överenskommelse med föreningen. Avtalet gäller från 1 augusti 2021.', 'annat')?.value.outcome).toBe('bifall');
    expect(news('Kommunfullmäktige antog överenskommelsen med den idéburna sektorn 2019.')).toBeUndefined();
    expect(news('Kommunstyrelsen beslutade 2023 att ingå partnerskapet.')).toMatchObject({ outcome: 'bifall' });
    expect(news('Socialnämnden tecknade förra året ett partnerskap med föreningen. Nu utvärderas samarbetet.')).toBeUndefined();
    expect(news('För tre år sedan beslutade kulturnämnden att ingå partnerskapet.')).toBeUndefined();
    expect(news('I fjol sa kommunstyrelsen ja till avtalet med föreningen.')).toBeUndefined();
    // A month and year a year or more before the page's date; not the month before.
    expect(decide('Svenljunga 2015-01-22\n\nI oktober 2012 fattade kommunfullmäktige beslut om att sälja anläggningen.', 'annat')).toBeNull();
    expect(decide('Publicerad 2024-01-10\n\nDen 14 december 2023 beslutade socialnämnden att ingå partnerskapet.', 'annat')?.value).toMatchObject({ date: '2023-12-14', outcome: 'bifall' });
    expect(news('Förra veckan sa kommunstyrelsen ja till avtalet med föreningen.')).toMatchObject({ outcome: 'bifall' });
    expect(news('Kommunstyrelsen beslutade att ingå partnerskapet för 2022–2024.')).toMatchObject({ outcome: 'bifall' });
    // A state that has held since an earlier time is described, not decided.
    expect(news('Omsorgsnämnden har sedan tidigare antagit nya regler för föreningsstöd.')).toBeUndefined();
    expect(news('Kommunen och stiftelsen har sedan årsskiftet 18/19 ingått ett partnerskap.')).toBeUndefined();
  });

  it('reads the decision of a body after its auxiliary or with adverbials, and a kommun’s or region’s without a body', () => {
    expect(news('Nu har socialnämnden i dag godkänt avtalet med föreningen.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('I onsdags skrev socialnämnden på ett avtal med föreningen.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('Den 16 augusti tog Västra Götalandsregionen beslut om att ge stiftelsen uppdraget.')).toEqual({
      date: null, body: null, paragraph: null, outcome: 'bifall',
    });
  });

  it('reads a decision still to come as förslag, with its meeting date, but no denied one', () => {
    expect(news('Ärendet diskuteras på mötet med regionstyrelsen den 8/2.')).toEqual({
      date: '2023-02-08', body: 'regionstyrelsen', paragraph: null, outcome: 'förslag',
    });
    expect(news('Inför nästa möte i kulturnämnden föreslås att sex föreningar får stöd.')).toMatchObject({ body: 'kulturnämnden', outcome: 'förslag' });
    // A proposal told in the past, its body after the verb; not one the deciding body then adopted (an approval ranks first).
    expect(news('Det föreslog kommunstyrelsens arbetsutskott på sitt möte under tisdagen.')).toMatchObject({ body: 'kommunstyrelsens arbetsutskott', outcome: 'förslag' });
    expect(news('Kommunstyrelsen beslutade i enlighet med vad arbetsutskottet föreslog.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall' });
    expect(news('Vid fritidsnämndens möte 30 mars så föreslog Socialdemokraterna en höjning av föreningsbidragen.')).toBeUndefined();
    expect(news('På mötet i stadsdelsnämnden i kväll tas frågan inte upp.')).toBeUndefined();
    // A motion on its way is a politician's initiative, not the body's proposal.
    expect(news('Motionen passerade omsorgsnämnden och går därför vidare till kommunfullmäktige.')).toBeUndefined();
  });

  it('prefers a decision taken to one still to come', () => {
    expect(news('Ärendet ska behandlas i kommunfullmäktige den 12 december. Kommunstyrelsen beslutade den 27 november att teckna avtalet.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'bifall', date: '2023-11-27',
    });
  });

  it('dates by the decision, not by a period, a far date, or a relative day without a document date', () => {
    expect(news('Kommunstyrelsen godkände avtalet som gäller från 1 januari 2024.')).toMatchObject({ date: null });
    expect(news('Kommunstyrelsen godkände avtalet, som gäller från den 1 december.')).toMatchObject({ date: null });
    expect(news('Kommunstyrelsen godkände avtalet som gäller från och med den 1 januari 2024.')).toMatchObject({ date: null });
    expect(news('I går sa kommunstyrelsen ja till avtalet.')).toMatchObject({ date: '2023-11-30' });
    expect(news('På tisdagen beslutade kommunstyrelsen att teckna avtalet.')).toMatchObject({ date: '2023-11-28' });
    expect(decide('Föreningen har fått stöd.\n\nI onsdags skrev socialnämnden på ett avtal.', 'annat')?.value).toMatchObject({ date: null });
    expect(decide('Den 27 november beslutade kommunstyrelsen att teckna avtalet under perioden 2020–2022.', 'annat')?.value).toMatchObject({ date: null });
  });

  it("dates by the page's address when its text gives no date of its own but names the year, less surely", () => {
    const page = (url: string, text: string) => decide(`# source: ${url}\n\n${text}`, 'annat');
    const told = 'Vid sitt sammanträde den 9 juni beslutade socialnämnden att ingå partnerskapet för 2021.';
    const dated = page('https://kommun.se/nyheter/2021-06-15-nytt-partnerskap.html', told);
    expect(dated?.value).toMatchObject({ date: '2021-06-09', body: 'socialnämnden', outcome: 'bifall' });
    expect(dated!.confidence).toBeLessThan(decide(`Nyhet 2021-06-15\n\n${told}`, 'annat')!.confidence);
    expect(page('https://tidning.se/orten/2017/10/10/rubrik', 'Budget 2017\n\nPå tisdagens möte sa kommunstyrelsen ja till avtalet.')?.value.date).toBe('2017-10-10');
    expect(page('https://tidning.se/orten/2019/05/rubrik', 'I går sa kommunstyrelsen ja till avtalet.')?.value.date).toBeNull();
    // The address alone: it may be dated long after the meeting, or be another year's archive.
    expect(page('https://kommun.se/nyheter/2022-03-02-bidrag.html', 'Kultur- och fritidsnämnden beviljade 1 mars föreningsbidrag.')?.value).toMatchObject({ date: null, body: 'kultur- och fritidsnämnden' });
    expect(page('https://tidning.se/2013/12/20/bidrag/', 'Vid ett sammanträde den 11 december beslutade nämnden om bidrag för 2014.')?.value.date ?? null).toBeNull();
  });

  it('takes the body that opens the sentence as the subject of an active verb, and a decision to propose as förslag', () => {
    expect(news('Kulturnämnden har på uppdrag av kommunstyrelsen beslutat att teckna ett partnerskap med föreningen.')).toMatchObject({
      body: 'kulturnämnden', outcome: 'bifall',
    });
    // The agent of a passive follows its verb.
    expect(news('Socialnämndens förslag om partnerskap godkändes av kommunstyrelsen i går.')).toMatchObject({ body: 'kommunstyrelsen' });
    expect(news('Kommunstyrelsen beslutade på tisdagen att föreslå kommunfullmäktige att godkänna partnerskapet.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'förslag', date: '2023-11-28',
    });
    // Proposing something to a förening is no proposal to a body.
    expect(news('Kommunstyrelsen beslutade att föreslå föreningen ett nytt avtal.')).toMatchObject({ outcome: 'bifall' });
    // The meeting and its date between the verb and the proposal.
    expect(news('Kommunstyrelsen beslutade därför vid sammanträdet den 23 februari att föreslå kommunfullmäktige att bevilja kommunal borgen för föreningen.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'förslag', date: '2023-02-23',
    });
  });

  it('reads a proposal laid before a higher body, and a decision told as a condition, as förslag', () => {
    expect(news('Nu har kommunstyrelsen lagt fram förslag till en höjning av lånen till föreningar.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'förslag' });
    expect(news('Föreningarna blir beviljade lån om kommunfullmäktige röstar ja till förslaget.')).toMatchObject({ body: 'kommunfullmäktige', outcome: 'förslag' });
    // A vote told as taken is a decision.
    expect(news('Kommunfullmäktige röstade ja till förslaget om lån till föreningarna.')).toMatchObject({ body: 'kommunfullmäktige', outcome: 'bifall' });
    expect(news('Kommunstyrelsen antog förslaget om partnerskap.')).toMatchObject({ outcome: 'bifall' });
  });

  it('reads a yes or no with the meeting between, a choice to refuse, a fronted decision and one still to be taken', () => {
    expect(news('Socialnämnden sa på sitt möte i går nej till ansökan från föreningen.')).toMatchObject({ body: 'socialnämnden', outcome: 'avslag', date: '2023-11-30' });
    expect(news('Kommunstyrelsen tackade nej till föreningens ansökan.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'avslag' });
    expect(news('Kommunstyrelsen tackade ja till förslaget om partnerskap.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall' });
    expect(news('Socialnämnden valde att avslå föreningens ansökan.')).toMatchObject({ body: 'socialnämnden', outcome: 'avslag' });
    expect(news('Beslutet om partnerskapet tog kommunstyrelsen den 3 maj.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall', date: '2023-05-03' });
    expect(news('Beslut om bidraget fattas av kultur- och fritidsnämnden den 14 december.')).toMatchObject({ body: 'kultur- och fritidsnämnden', outcome: 'förslag', date: '2023-12-14' });
    // A decision that took time is no decision told.
    expect(news('Beslutet tog lång tid för kommunstyrelsen.')).toBeUndefined();
  });

  it('reads a vote with its subject inverted between verb and particle, the body named definite', () => {
    expect(news('Under måndagen röstade en enig kultur- och fritidsnämnd i staden igenom avtalet med föreningen.')).toMatchObject({
      body: 'kultur- och fritidsnämnden', outcome: 'bifall',
    });
  });

  it('reads a matter sent back or put off as återremiss or bordläggning', () => {
    expect(news('Ärendet om partnerskapet återremitterades av kommunstyrelsen den 27 november.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'återremiss', date: '2023-11-27',
    });
    expect(news('Socialnämnden beslutade att återremittera förslaget om IOP.')).toMatchObject({ body: 'socialnämnden', outcome: 'återremiss' });
    expect(news('Kulturnämnden bordlade ärendet om stöd till föreningen.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bordläggning' });
    // With the day or the meeting between the verb and its "att" (DECIDED_TO).
    expect(news('Kulturnämnden beslutade idag att återremittera föreningens ansökan om bidrag.')).toMatchObject({ body: 'kulturnämnden', outcome: 'återremiss' });
    expect(news('Kulturnämnden beslöt vid sitt senaste sammanträde att bordlägga ärendet.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bordläggning' });
    expect(news('Socialnämnden beslöt vid sitt senaste sammanträde att avslå ansökan om bidrag.')).toMatchObject({ body: 'socialnämnden', outcome: 'avslag' });
    // An "att" of its own between: the first infinitive is what was decided.
    expect(news('Socialnämnden beslutade att bevilja bidraget men att avslå ansökan om lokal.')).toMatchObject({ outcome: 'bifall' });
    // Not a sending back told as history, nor one denied.
    expect(news('Ärendet återremitterades av kommunstyrelsen 2019.')).toBeUndefined();
    expect(news('Kommunstyrelsen återremitterade inte ärendet.')).toBeUndefined();
  });

  it('dates a decision by the sentence that goes on about it, and by a meeting page\'s title', () => {
    expect(news('Socialnämnden har beslutat att ingå ett partnerskap med föreningen. Beslutet fattades den 22 november.')).toMatchObject({
      body: 'socialnämnden', outcome: 'bifall', date: '2023-11-22',
    });
    expect(news('Kommunstyrelsen sa ja till avtalet. Beslutet togs på sammanträdet i går.')).toMatchObject({ date: '2023-11-30' });
    // A decision of its own, or a date of something else, dates nothing.
    expect(news('Socialnämnden har beslutat att ingå partnerskapet. Ett nytt beslut fattas den 14 december.')).toMatchObject({ date: null });
    expect(news('Socialnämnden har beslutat att ingå partnerskapet. Avtalet gäller från den 1 januari.')).toMatchObject({ date: null });
    const page = (text: string) => decide(text, 'annat')?.value;
    expect(page('Beslut i korthet – regionstyrelsen 30 mars 2022\n\nRegionstyrelsen beslutade bland annat att godkänna överenskommelsen med föreningen.')).toMatchObject({
      body: 'regionstyrelsen', date: '2022-03-30',
    });
    expect(page('Regionstyrelsen 3 juni 2025\n\nRegionstyrelsen godkände ett partnerskap med föreningen.')).toMatchObject({ date: '2025-06-03' });
    // The title's date must follow the deciding body's own name.
    expect(page('Nyheter från 3 juni 2025\n\nRegionstyrelsen godkände ett partnerskap med föreningen.')).toMatchObject({ date: null });
    expect(page('Kulturnämnden 3 juni 2025\n\nRegionstyrelsen godkände ett partnerskap med föreningen.')).toMatchObject({ date: null });
  });

  it("reads the date and § of a decision page's stamp", () => {
    expect(decide('Kommunstyrelsen 2023-11-27 § 245\n\nIOP med föreningen\n\nBeslut\nKommunstyrelsen godkänner överenskommelsen med föreningen.', 'annat')?.value).toEqual({
      date: '2023-11-27', body: 'kommunstyrelsen', paragraph: '§ 245', outcome: 'bifall',
    });
  });

  it('puts a decision told without its year in the year before the page when it would fall after it', () => {
    expect(decide('Publicerad 2024-01-10\n\nDen 14 december beslutade socialnämnden att ingå partnerskapet.', 'annat')?.value.date).toBe('2023-12-14');
    expect(decide('Publicerad 2024-01-10\n\nÄrendet ska behandlas i socialnämnden den 14 februari.', 'annat')?.value.date).toBe('2024-02-14');
  });

  it('reads no decision from a sentence without a reporting verb or a body, nor from a protocol', () => {
    expect(news('Föreningen arbetar med unga i kommunen.')).toBeUndefined();
    expect(news('Folkhälsomyndigheten rekommenderar att beslutade regler följs.')).toBeUndefined();
    expect(decide('Socialnämnden beslutade 2019 att godkänna avtalet.', 'protokoll')).toBeNull();
  });

  it('reads a refusal without its "att", and a decision as proposed in a run-together excerpt', () => {
    expect(news('Efter granskning har kommunstyrelsen beslutat avslå golfklubbens ansökan (KS 2023-11-20).')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'avslag', date: '2023-11-20',
    });
    // A year that belongs to a case number is no history.
    expect(news('(AU 364) Dnr KS (2010-KS0119) KF Beslut Kommunstyrelsen beslutar enligt arbetsutskottets förslag.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'bifall',
    });
    // A present decision verb alone still reports nothing (news tell what a body does, or will do, in the present).
    expect(news('Kommunstyrelsen beslutar om bidrag varje år.')).toBeUndefined();
  });

  it('reads a grant told from the receiving side, its body the agent after "av" or "från"', () => {
    expect(news('Ridklubben får 400 000 kronor i bidrag av fritids- och kulturnämnden samt föreslås få 150 000 kronor ur en fond.')).toMatchObject({
      body: 'fritids- och kulturnämnden', outcome: 'bifall',
    });
    expect(news('Ryttarsällskapet fick ett positivt besked av kommunstyrelsens arbetsutskott på tisdagen.')).toMatchObject({
      body: 'kommunstyrelsens arbetsutskott', outcome: 'bifall', date: '2023-11-28',
    });
    expect(news('För någon vecka sedan fick hembygdsföreningen bidrag av stadens kultur- och fritidsnämnd för utställningen.')).toMatchObject({
      body: 'kultur- och fritidsnämnden', outcome: 'bifall',
    });
    expect(news('Föreningen fick avslag från kulturnämnden på sin ansökan.')).toMatchObject({ body: 'kulturnämnden', outcome: 'avslag' });
    // The present without a sum tells how things are done; a state agency is no body of the kommun; a budget is no agent.
    expect(news('Många föreningar får bidrag från socialnämnden.')).toBeUndefined();
    expect(news('Länets kommuner får drygt 3 miljoner kronor av länsstyrelsen för kvinnojourerna.')).toBeUndefined();
    expect(news('Föreningen fick pengar från kulturnämndens budget.')).toBeUndefined();
    // The kommun or region as a whole the giver: decided, by no one body; not a routine, nor a kommun only placed.
    expect(news('Skällingegården får nära 950000 kronor och Aranäsgården får 106000 kronor av kommunen för renoveringsarbeten.')).toEqual({
      date: null, body: null, paragraph: null, outcome: 'bifall',
    });
    expect(news('Föreningen får 50 000 kronor av kommunen varje år.')).toBeUndefined();
    expect(news('Föreningen får 50 000 kronor i bidrag i kommunen.')).toBeUndefined();
    expect(news(`${'Föreningen arbetar med kultur för unga i kommunen. '.repeat(9)}Överenskommelsen innebär att föreningen får 2,1 miljoner kronor från kommunen.`)).toBeUndefined();
  });

  it("dates a body's decision by the clause that dates its meeting, and leaves a decision that remains to come", () => {
    const page = (text: string) => decide(`2017-09-07 17:21\n\nEtt steg närmare köp\n\n${text}`, 'annat')?.value;
    expect(
      page('En enig kommunstyrelse gav grönt ljus till överenskommelsen med ridklubben. När kommunstyrelsen sammanträdde i onsdags var samtliga ledamöter överens. Nu återstår ett beslut i kommunfullmäktige som har ärendet på bordet den 20 september.'),
    ).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall', date: '2017-09-06' });
    expect(page('Nu återstår ett beslut i kommunfullmäktige den 20 september.')).toMatchObject({ body: 'kommunfullmäktige', outcome: 'förslag', date: '2017-09-20' });
    // A meeting still to come dates nothing taken.
    expect(page('Kommunstyrelsen gav grönt ljus till avtalet. När kommunstyrelsen sammanträder den 20 september tas budgeten upp.')).toMatchObject({ date: null });
  });

  it('reads the consequence an opening question leads to, and the decider a cleft names for a decision told without its agent', () => {
    expect(
      news('Om en förening behöver vara ansluten till en riksorganisation eller ej har tolkats olika, vilket ledde till att vård- och omsorgsnämnden avslog ansökan sommaren 2023.'),
    ).toMatchObject({ body: 'vård- och omsorgsnämnden', outcome: 'avslag' });
    expect(news('Om socialnämnden beviljar bidraget kan föreningen fortsätta.')).toBeUndefined();
    expect(news('Pengarna har i huvudsak fördelats till barnfamiljer. Det är socialnämndens arbetsutskott som beslutar vilka som ska få medel.')).toMatchObject({
      body: 'socialnämndens arbetsutskott', outcome: 'bifall',
    });
    expect(news('Pengarna har fördelats till barnfamiljer. Det är kommunstyrelsen som ansvarar för lokalerna.')).toBeUndefined();
  });

  it('reads a grant withdrawn as a refusal, without a body; not one only proposed or possible', () => {
    expect(news('I år ser förutsättningarna annorlunda ut och bidraget dras in helt och hållet.')).toMatchObject({ body: null, outcome: 'avslag' });
    expect(news('Förvaltningen hade föreslagit att pengarna till föreningen skulle dras in vid årsskiftet.')).toBeUndefined();
    expect(news('Bidraget kan dras in om föreningen inte redovisar.')).toBeUndefined();
  });

  it('takes a commissioned body for no decider', () => {
    expect(news('Majoriteten i Region Stockholm gav hälso- och sjukvårdsförvaltningen i uppdrag att ingå partnerskap med föreningen.')).toMatchObject({
      body: null, outcome: 'bifall',
    });
    expect(news('Kommunstyrelsen gav socialförvaltningen i uppdrag att teckna partnerskap med föreningen.')).toMatchObject({ body: 'kommunstyrelsen' });
    // An adverbial and a unit named in several words between the verb and its commission.
    expect(news('Kommunstyrelsen gav i veckan kontoret för samhällsbyggnad i uppdrag att skriva ett avtal med scoutkåren.')).toMatchObject({
      body: 'kommunstyrelsen', outcome: 'bifall',
    });
  });
});

describe('dotted dates, present-tense reports and a year from the title and address', () => {
  const news = (text: string) => decide(`Nyhet 2023-12-01\n\n${text}`, 'annat')?.value;

  it('reads a date written with dots wherever a dashed one counts', () => {
    expect(meetingDate('Sammanträdesdatum 10.05.2023', false)?.value).toBe('2023-05-10');
    expect(meetingDate('Sammanträdesdatum: 1.2.2019\nPlats: Stadshuset', false)?.value).toBe('2019-02-01');
    expect(meetingDate('Beslutsdatum 06.11.2023', false)?.value).toBe('2023-11-06');
    expect(meetingDate('SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nDatum 10.05.2023', true)?.value).toBe('2023-05-10');
    expect(news('Socialnämnden beslutade den 10.05.2023 att ingå partnerskapet.')).toMatchObject({ body: 'socialnämnden', date: '2023-05-10' });
    // Not a section number, a version or a clock time.
    expect(meetingDate('Sammanträdesdatum 1.2.3 Bilagor', false)).toBeNull();
    expect(meetingDate('Sammanträdesdatum kl. 10.05', false)).toBeNull();
    expect(meetingDate('Sammanträdesdatum 32.05.2023', false)).toBeNull();
    expect(meetingDate('Sammanträdesdatum 10.13.2023', false)).toBeNull();
  });

  it('reads a round of grants settled in a lead, without its agent, but not one still to settle', () => {
    expect(news('Nu är årets fördelning avgjord. Av 19 föreningar som sökt bidrag fick 17 stöd.')).toMatchObject({ body: null, outcome: 'bifall' });
    expect(news('Nu är fördelningen av de ekonomiska bidragen till föreningar klar inför nästa år.')).toMatchObject({ outcome: 'bifall' });
    // The body the lead says the grants are applied for from settled the round; a body named otherwise did not.
    expect(news('Varje år kan föreningar söka bidrag från kulturnämnden. Nu är årets fördelning avgjord.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bifall' });
    expect(news('Kulturnämndens ordförande är nöjd. Nu är årets fördelning avgjord.')).toMatchObject({ body: null, outcome: 'bifall' });
    expect(news('Fördelningen ska vara klar i maj. Föreningar kan söka bidrag.')?.outcome).not.toBe('bifall');
  });

  it('reads a decision told in the present of a headline or lead', () => {
    expect(news('Kommunstyrelsen säger ja till partnerskapet med föreningen.')).toMatchObject({ body: 'kommunstyrelsen', outcome: 'bifall' });
    expect(news('Socialnämnden ger klartecken till IOP med kvinnojouren.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('Nu ger kulturnämnden grönt ljus för partnerskapet.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bifall' });
    expect(news('Regionstyrelsen tackar ja till samarbetet.')).toMatchObject({ body: 'regionstyrelsen', outcome: 'bifall' });
    // Still to come: a condition, the infinitive after a modal, a denial.
    expect(news('Föreningen får bidraget om kommunstyrelsen ger klartecken till avtalet.')).toMatchObject({ outcome: 'förslag' });
    expect(news('Ger socialnämnden klartecken kan arbetet starta i januari.')).toMatchObject({ outcome: 'förslag' });
    expect(news('Kommunstyrelsen väntas ge klartecken till avtalet.')?.outcome).not.toBe('bifall');
    expect(news('Kommunstyrelsen säger inte ja till avtalet.')).toBeUndefined();
  });

  it('dates a meeting a news lead names by its weekday, counted from the page date', () => {
    expect(news('På tisdagens möte i kommunstyrelsen beslutades att kommunen ska teckna IOP med föreningen.')).toMatchObject({ body: 'kommunstyrelsen', date: '2023-11-28', outcome: 'bifall' });
    expect(news('Vid tisdagens sammanträde med socialnämnden fattades beslut om IOP.')).toMatchObject({ body: 'socialnämnden', date: '2023-11-28' });
    expect(news('Kultur- och fritidsnämnden beviljade i måndags föreningen 50 000 kronor.')).toMatchObject({ date: '2023-11-27' });
    expect(news('Kommunstyrelsen har på sitt sammanträde den 12 november beslutat att godkänna avtalet.')).toMatchObject({ date: '2023-11-12' });
  });

  it("dates a day and month by the year a page's title and address both close on", () => {
    const page = (url: string, title: string) =>
      decide(`# source: ${url}\n\n${title}\n\nKultur- och fritidsnämnden beslutade på sitt möte den 5 maj om hur årets bidrag fördelas.`, 'rapport')?.value?.date;
    expect(page('http://tidning.se/index.php/22-listan-pa-hur-bidragen-fordelas-2021?Itemid=101', 'Så fördelas bidragen 2021')).toBe('2021-05-05');
    expect(page('https://tidning.se/nyheter/bidrag_2019/', 'Bidrag 2019 är fördelade')).toBe('2019-05-05');
    // The address alone, the title alone, or a range names what the page is about, not when it was written.
    expect(page('https://tidning.se/nyheter/bidragen-fordelas', 'Så fördelas bidragen 2021')).toBeNull();
    expect(page('https://tidning.se/nyheter/bidragen-2021', 'Så fördelas bidragen')).toBeNull();
    expect(page('https://tidning.se/nyheter/iop-2020-2023', 'IOP 2020-2023')).toBeNull();
  });
});

describe('a decision-level label names the body to decide', () => {
  const flat = (level: string) =>
    decide(`Tjänsteskrivelse Handläggare Anna Berg Diarienummer KFN 2017/0124 Förslag till beslut 1. Driften av anläggningarna sker i kommunal regi. ${level} Sammanfattning Förvaltningen har utrett driften.`, 'tjansteskrivelse')?.value;

  it('reads the body after the label in a flattened tjänsteskrivelse', () => {
    expect(flat('Beslutsnivå Kultur - och fritidsnämnden.')).toMatchObject({ body: 'kultur- och fritidsnämnden', outcome: 'förslag' });
    expect(flat('Beslutsinstans: Kommunfullmäktige.')).toMatchObject({ body: 'kommunfullmäktige' });
    expect(flat('Ärendet avgörs av socialnämnden.')).toMatchObject({ body: 'socialnämnden' });
  });

  it('takes no body the text names without the label', () => {
    expect(flat('Kommunfullmäktige har tidigare behandlat frågan.')?.body ?? null).toBeNull();
  });
});

describe('a protocol header run into one line', () => {
  it("takes the body before the protocol's name, not a body a decision point names", () => {
    const text =
      '1 Kommunstyrelsen Protokollsutdrag Sammanträdesdatum Sida 1(7) 262 Svar på motion (KSKF/2016:345) Beslut Förslag till kommunfullmäktige 1. Motionen avslås. 3. Socialnämnden får i uppdrag att samordna arbetet. Ärendebeskrivning Text.';
    expect(decide(text, 'protokoll')?.value).toMatchObject({ body: 'kommunstyrelsen', outcome: 'förslag' });
  });
});

describe("an officer's report whose header a transcript ran into one line", () => {
  const filler = ' Föreningen har under flera år drivit anläggningen med stöd av kommunen och anser nu att den inte längre har de förutsättningar som krävs för att förvalta den.';
  const flat = (header: string) => decide(`Transkript\n\n${header} Dnr KS 2009/112 Övertagande av ishallen Ärendebeskrivning I ett gåvobrev överlåter Norrby Sportklubb ishallen till kommunen.${filler}`, 'tjansteskrivelse')?.value;

  it('takes the first body its header names, the one addressed or the highest its matter goes to', () => {
    expect(flat('1 Kommunfullmäktige Kommunstyrelsen Arbets- och personalutskottet')).toMatchObject({ body: 'kommunfullmäktige', outcome: 'förslag' });
    expect(flat('1 (2) TJÄNSTESKRIVELSE Fritidskontoret Fritidsnämnden')).toMatchObject({ body: 'fritidsnämnden' });
  });

  it('takes no body named after running text begins', () => {
    expect(flat('1 Ärendet gäller ishallen och har beretts av kommunstyrelsen')?.body ?? null).toBeNull();
  });
});

describe("a rule document's adoption line", () => {
  const rule = (header: string) => decide(`# source: https://x.se/7249\n\nNormer för bidrag till föreningar\n\n${header}\n\nText om bidragen.`, 'annat')?.value;

  it('reads the adoption date and § from the header, and the body where it is named', () => {
    expect(rule('Gäller från: 2010-01-01  Antagen: 2009-10-26 §117')).toEqual({ date: '2009-10-26', body: null, paragraph: '§ 117', outcome: 'bifall' });
    expect(rule('Fastställd 2020-04-08, § 12')).toMatchObject({ date: '2020-04-08', paragraph: '§ 12', outcome: 'bifall' });
    expect(rule('Beslutad: 06.05.2024')).toMatchObject({ date: '2024-05-06', paragraph: null });
    expect(rule('Antaget av kommunfullmäktige den 6 maj 2024 § 45')).toEqual({ date: '2024-05-06', body: 'kommunfullmäktige', paragraph: '§ 45', outcome: 'bifall' });
  });

  it('reads no participle in a sentence, no validity date and no revision', () => {
    expect(rule('Riktlinjen är antagen och gäller tills vidare.')).toBeUndefined();
    expect(rule('Gäller från: 2010-01-01')).toBeUndefined();
    expect(rule('Reviderad 2015-03-02')).toBeUndefined();
    expect(rule('Antagen 2009')).toBeUndefined();
  });
});

describe('news pages: source citations, conditions, a body in the genitive', () => {
  const news = (text: string) => decide(text, 'annat')?.value ?? null;

  it("reads the date, § and body of a page's source citation under its label, not a stamp without one", () => {
    const page = 'Socialnämnden beslutade vid sitt sammanträde den att anta planen.\n\nKälla: Socialnämnden, 18 november 2025, § 124.\n';
    expect(news(page)).toEqual({ date: '2025-11-18', body: 'socialnämnden', paragraph: '§ 124', outcome: 'bifall' });
    const listed = 'Beslut\n- Bidrag beviljas enligt bilaga.\nRelevanta källor\n-\nKultur- och fritidsnämnden, 9 december 2025, § 104\n';
    expect(news(listed)).toMatchObject({ date: '2025-12-09', paragraph: '§ 104' });
    expect(news('Socialnämnden beslutade att anta planen.\n\nTidigare beslut:\nSocialnämnden, 18 november 2020, § 12\n')).toMatchObject({ date: null });
  });

  it('reads grants handed out in the passive at a meeting', () => {
    expect(news('Vid sammanträdet med organisations- och föreningsutskottet förmedlades 1,1 miljoner kronor till föreningar.')).toMatchObject({
      body: 'organisations- och föreningsutskottet',
      outcome: 'bifall',
    });
  });

  it('reads a decision told as a condition as a proposal', () => {
    expect(news('Godkänner politikerna i socialnämnden förslaget får jouren pengarna.')).toMatchObject({ body: 'socialnämnden', outcome: 'förslag' });
    expect(news('Föreningarna får stöd, om det förslag som kommunstyrelsens arbetsutskott nu ställt sig bakom går igenom.')).toMatchObject({
      body: 'kommunstyrelsens arbetsutskott',
      outcome: 'förslag',
    });
    expect(news('Kommunstyrelsen godkände förslaget om stöd till föreningen.')).toMatchObject({ outcome: 'bifall' });
  });

  it("finds a qualified stadsdel body where the text writes it in the genitive before its meeting", () => {
    const page = 'Stadsdelsförvaltningen i Spånga-Tensta kräver inte tillbaka bidragen.\nPå stadsdelsnämndens möte torsdagen den 28 maj 2020 beslutades det att föreningarna får behålla sina bidrag.';
    expect(news(page)).toMatchObject({ date: '2020-05-28', body: 'Spånga-Tensta stadsdelsnämnd', outcome: 'bifall' });
  });

  it('reads a decision the body is yet to take', () => {
    expect(news('Socialnämnden ger stöd till sju föreningar. Snart ska nämnden fatta beslut.')).toMatchObject({ body: 'socialnämnden', outcome: 'förslag' });
    expect(news('Beslut i ärendet tas i socialnämnden den 25 maj.')).toMatchObject({ body: 'socialnämnden', outcome: 'förslag' });
  });

  it('reads a body named by its head word or its members as the one such body the page named before', () => {
    const page = 'Kultur- och fritidsnämnden ger 2 000 kronor till byalagen.\n\nVid senaste mötet avslog nämnden byalagets ansökan om dubbelt bidrag.';
    expect(news(page)).toMatchObject({ body: 'kultur- och fritidsnämnden', outcome: 'avslag' });
    expect(news('Kulturnämnden ger verksamhetsstöd till kulturföreningarna.\n\nBeloppet fördelades av nämndens ledamöter vid veckans sammanträde.')).toMatchObject({ body: 'kulturnämnden' });
    expect(news('Kultur- och fritidsnämndens politiker beslutade att dela ut 1,4 miljoner kronor till föreningarna.')).toMatchObject({
      body: 'kultur- och fritidsnämnden',
      outcome: 'bifall',
    });
    // A passive without its agent names the body by its meeting; its chair is no agent.
    expect(news('Jouren får nytt bidrag, det beslutades vid socialnämndens senaste sammanträde.')).toMatchObject({ body: 'socialnämnden', outcome: 'bifall' });
    expect(news('Kulturnämnden ger stöd till föreningarna.\n\nBidraget beviljades på nämndens möte.')).toMatchObject({ body: 'kulturnämnden', outcome: 'bifall' });
    expect(news('Jouren får nytt bidrag, det beslutades enligt socialnämndens ordförande.')).toBeNull();
    // The body named with its district and without it is one body, the district's.
    expect(news('Det är socialnämnden Centrum som fördelar föreningsbidrag. Socialnämnden ger stöd till föreningar.\n\nDen 21 december beslutade nämnden att fördela 66 829 000 kronor.')).toMatchObject({
      body: 'socialnämnden Centrum',
      outcome: 'bifall',
    });
    // Two nämnder named before: "nämnden" names neither.
    expect(news('Socialnämnden och kulturnämnden ger stöd till föreningar.\n\nVid senaste mötet avslog nämnden ansökan.')).toBeNull();
  });

  it("reads a news page's body from its running text where its 'Beslut:' title names none", () => {
    const page = 'Beslut: Nya aktiviteter skapas för unga\n\nOSKARSHAMN\n\nKommunstyrelsens arbetsutskott har fattat ett beslut om att kommunen ska teckna ett avtal med föreningen.';
    expect(news(page)).toMatchObject({ body: 'kommunstyrelsens arbetsutskott', outcome: 'bifall' });
  });
});
