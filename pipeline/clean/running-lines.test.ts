import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, removeBoilerplateLines, removeRunningLines, splitRunningLines } from './running-lines.js';

const page = (n: number, body: string) => `HÖGSBY KOMMUN PROTOKOLL ${n}\nKommunstyrelsen\nSammanträdesdatum 2007-01-08\n${body}\nJusterandes sign Utdragsbestyrkande`;

describe('removeRunningLines', () => {
  it('removes header and footer lines that recur on every page, whatever the page number', () => {
    const cleaned = removeRunningLines([page(2, 'KS § 1 Godkännande av dagordning'), page(3, 'KS § 2 Möjligheternas kommun'), page(4, 'KS § 3 Budget')]);
    expect(cleaned.slice(1)).toEqual(['KS § 2 Möjligheternas kommun', 'KS § 3 Budget']);
  });
  it("keeps the first page's header, its letterhead, and removes its footer", () => {
    const [first] = removeRunningLines([page(1, 'KS § 1 Dagordning'), page(2, 'KS § 2 Information')]);
    expect(first).toBe('HÖGSBY KOMMUN PROTOKOLL 1\nKommunstyrelsen\nSammanträdesdatum 2007-01-08\nKS § 1 Dagordning');
  });
  it('reports each distinct removed running line once, as it first stood', () => {
    const { running } = splitRunningLines([page(2, 'KS § 1 Dagordning'), page(3, 'KS § 2 Information')]);
    expect(running).toEqual([
      { pageIndex: 0, text: 'Justerandes sign Utdragsbestyrkande' },
      { pageIndex: 1, text: 'HÖGSBY KOMMUN PROTOKOLL 3' },
      { pageIndex: 1, text: 'Kommunstyrelsen' },
      { pageIndex: 1, text: 'Sammanträdesdatum 2007-01-08' },
    ]);
  });
  it('keeps the text of pages that repeat each other: a page is never all margin', () => {
    const notice = 'Kommunstyrelsen beslutar att ingå partnerskap\nmed Föreningen Exempel\nDnr KS 2024-123\nBeloppet är 500 000 kronor per år.';
    expect(removeRunningLines([notice, notice])).toEqual([notice, notice]);
    expect(removeRunningLines([notice, notice, notice])).toEqual([notice, notice, notice]);
  });
  it('still removes the running lines of a page that has a body besides them', () => {
    const pages = [page(2, 'KS § 1 Dagordning'), `HÖGSBY KOMMUN PROTOKOLL 3\nKommunstyrelsen\nSammanträdesdatum 2007-01-08\nJusterandes sign Utdragsbestyrkande`, page(4, 'KS § 3 Budget')];
    expect(removeRunningLines(pages)[2]).toBe('KS § 3 Budget');
  });
  it('keeps a phrase that recurs in the body of pages, outside their margins', () => {
    const body = (n: number) => `Rubrik ${n}\na\nb\nc\nd\nKommunstyrelsens beslut\ne\nf\ng\nh\nslut ${n}`;
    const pages = [body(1), body(2), body(3)];
    expect(removeRunningLines(pages).every((p) => p.includes('Kommunstyrelsens beslut'))).toBe(true);
  });
  it('keeps margin lines that differ from page to page', () => {
    const pages = ['Sammanfattning\ntext', 'Bakgrund\ntext två', 'Beslut\ntext tre'];
    expect(removeRunningLines(pages)).toEqual(['Sammanfattning', 'Bakgrund', 'Beslut'].map((h, i) => `${h}\n${pages[i]!.split('\n')[1]}`));
  });
  it('leaves a single page alone', () => {
    expect(removeRunningLines(['Sida 1\ntext'])).toEqual(['Sida 1\ntext']);
  });
});

describe('removeBoilerplateLines', () => {
  it.each(['Justerandes signatur', 'Utdragsbestyrkande', 'Justerandes sign   Utdragsbestyrkande', 'JUSTERANDES SIGN', '  \tordförandes  signatur'])('removes "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });
  it.each(['Justerare: Patrik Köhler', 'Justerandes signatur saknas i protokollet från mötet', 'Utdrag ur protokoll', '', '   ', 'Beslut, justerandes signatur', '§ 4 Utdragsbestyrkande'])('keeps "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
  it('removes the lines and keeps the rest of the page', () => {
    expect(removeBoilerplateLines('§ 57 Beslut\nJusterandes signatur\nUtdragsbestyrkande')).toBe('§ 57 Beslut');
  });
});

describe('removeRunningLines on short pages', () => {
  it('keeps a heading that stands above a one-line decision on many short pages', () => {
    const items = ['Dagordning', 'Val av utskott', 'Budget', 'Rapporter'];
    const body = (item: string) => `KS § ${item}\n${item} behandlas.\nKommunstyrelsens beslut\n${item} godkänns.`;
    const pages = items.map((item, n) => `KOMMUN PROTOKOLL ${n + 1}\n${body(item)}`);
    expect(removeRunningLines(pages).slice(1)).toEqual(items.slice(1).map(body));
  });
});
