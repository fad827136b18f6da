import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { findFocus, focusItems, inFocus, protocolItems } from './focus.js';
import { paragraphHeadings } from './headings.js';
import { IOP_NAMED, matterRank, PARTNERSHIP_WORDS } from './matter.js';

const HEADER = 'EXEMPELS KOMMUN          PROTOKOLL\nKommunstyrelsen          Sammanträdesdatum 2023-05-10\n\n';
const BUDGET = '§ 11                         Dnr KS 2023/010\nDelårsrapport per april\n\nBeslut\nKommunstyrelsen godkänner delårsrapporten. Resultatet är 4 miljoner kronor.\n\n';
const IOP = '§ 12                         Dnr KS 2023/044\nIdéburet offentligt partnerskap med Föreningen Gläntan\n\nBeslut\nKommunstyrelsen ingår partnerskapet.\n\n';
const ROAD = '§ 13                         Dnr KS 2023/077\nRemiss om länstransportplan\n\nBeslut\nKommunstyrelsen antar yttrandet.\n';

describe('paragraph headings', () => {
  it('reads § headings with body abbreviations, letters and OCR "$", not citations', () => {
    const text = ' RS AU § 114 Idéburet partnerskap\n   KS § 3 a      DNR:KF/2006.203\n$5 Dnr KFT-2025-00010\nKommunfullmäktige 2019-06-11, § 87\n§ 190 överenskommelse om';
    expect(paragraphHeadings(text).map((h) => h.value)).toEqual(['§ 114', '§ 3 a', '§ 5']);
  });
});

describe('matter patterns', () => {
  it('names IOP in its written forms', () => {
    for (const text of ['Idéburet offentligt partnerskap med X', 'idéburna offentliga partnerskap', 'ett IOP-avtal', 'avtal (IOP)']) {
      expect(IOP_NAMED.test(text), text).toBe(true);
    }
  });

  it('does not take IOP inside a word or a bare agreement for IOP', () => {
    for (const text of ['PERIOPERATIV vård', 'Avtal om vårdval specialiserad fotvård', 'offentlig upphandling']) {
      expect(IOP_NAMED.test(text), text).toBe(false);
    }
  });

  it('hears a partnership or an agreement with an association', () => {
    for (const text of ['partnerskapet ska', 'Överenskommelse med Föreningen Tjejjouren', 'avtal med den lokala stiftelsen', 'idéburen verksamhet', 'Avtal med Svenska Röda Korset', 'överenskommelse med Kvinnojouren Frida']) {
      expect(PARTNERSHIP_WORDS.test(text), text).toBe(true);
    }
  });

  it('does not hear a grant, a procurement contract or an agreement with a company', () => {
    for (const text of ['Fördelning av aktivitetsbidrag', 'avtal med Fotvårdsgruppen Stockholm AB', 'överenskommelse med Trafikverket']) {
      expect(PARTNERSHIP_WORDS.test(text), text).toBe(false);
    }
  });

  it('ranks a title above a text naming IOP above a text speaking of partnership', () => {
    expect(matterRank('Idéburet offentligt partnerskap', '')).toBe(1);
    expect(matterRank('Stöd till resurscentrum', 'Förslaget är ett IOP.')).toBe(2);
    expect(matterRank('Stöd till resurscentrum', 'Partnerskapet gäller tre år.')).toBe(3);
    expect(matterRank('Delårsrapport', 'Resultatet är gott.')).toBeNull();
  });
});

describe('protocol items', () => {
  it('runs each item from its § heading to the next, its title to the first blank line', () => {
    const text = HEADER + BUDGET + IOP;
    const items = protocolItems(text);
    expect(items.map((i) => i.paragraph)).toEqual(['§ 11', '§ 12']);
    expect(text.slice(items[1]!.start, items[1]!.titleEnd)).toBe('§ 12                         Dnr KS 2023/044\nIdéburet offentligt partnerskap med Föreningen Gläntan\n');
    expect(items[1]!.end).toBe(text.length);
  });

  it('reads the sections of an appended agreement, numbered from § 1 again, as part of the item before them', () => {
    const agreement = 'Bilaga\n§ 1 Parter\nKommunen och Föreningen Gläntan.\n\n§ 2 Ekonomi\nKommunen betalar 100 000 kronor per år.\n';
    const text = HEADER + BUDGET + IOP + agreement;
    expect(protocolItems(text).map((i) => i.paragraph)).toEqual(['§ 11', '§ 12']);
    const focus = findFocus(DocText.fromString(text), 'protokoll');
    expect(focus.doc.text).toContain('Kommunen betalar 100 000 kronor per år.');
    expect(focus.doc.text).not.toContain('Delårsrapport');
  });

  it('keeps a lettered item after its number as an item of its own', () => {
    expect(protocolItems(HEADER + BUDGET + BUDGET.replace('§ 11', '§ 11 a')).map((i) => i.paragraph)).toEqual(['§ 11', '§ 11 a']);
  });

  it('chooses the item about the partnership among others', () => {
    expect(focusItems(HEADER + BUDGET + IOP + ROAD).map((i) => i.paragraph)).toEqual(['§ 12']);
  });

  it('prefers an item whose title names the partnership over one whose text mentions IOP', () => {
    const budgetMentioningIop = BUDGET.replace('Resultatet', 'Kostnaden för IOP ingår. Resultatet');
    expect(focusItems(HEADER + budgetMentioningIop + IOP).map((i) => i.paragraph)).toEqual(['§ 12']);
  });

  it('leaves a single item, items none of which is about a partnership, or all of them, unnarrowed', () => {
    expect(focusItems(HEADER + IOP)).toEqual([]);
    expect(focusItems(HEADER + BUDGET + ROAD)).toEqual([]);
    expect(focusItems(HEADER + IOP + IOP.replace('§ 12', '§ 14'))).toEqual([]);
  });
});

describe('focus', () => {
  it('keeps the header and the partnership item, blanks the others with the same offsets', () => {
    const doc = DocText.fromString(HEADER + BUDGET + IOP + ROAD);
    const focus = findFocus(doc, 'protokoll');
    expect(focus.narrowed).toBe(true);
    expect(focus.doc.text).toHaveLength(doc.text.length);
    expect(focus.doc.text).toContain('Sammanträdesdatum 2023-05-10');
    expect(focus.doc.text).toContain('Dnr KS 2023/044');
    expect(focus.doc.text).not.toContain('KS 2023/010');
    expect(focus.doc.text).not.toContain('KS 2023/077');
    expect(focus.doc.text.split('\n').length).toBe(doc.text.split('\n').length);
    expect(inFocus(focus, doc.text.indexOf('KS 2023/044'))).toBe(true);
    expect(inFocus(focus, doc.text.indexOf('KS 2023/010'))).toBe(false);
    expect(inFocus(focus, 0)).toBe(true);
  });

  it('keeps page numbers and blanks across pages', () => {
    const doc = new DocText([{ number: 3, text: HEADER + BUDGET }, { number: 4, text: IOP }], true);
    const focus = findFocus(doc, 'protokoll');
    expect(focus.doc.pages.map((p) => p.number)).toEqual([3, 4]);
    expect(focus.doc.pages[1]!.text).toBe(IOP);
    expect(focus.doc.text).not.toContain('Delårsrapport');
  });

  it('is the whole text in an agreement whose sections carry §', () => {
    const agreement = '§ 1 Parter\nKommunen och Föreningen X.\n\n§ 2 Ekonomi\nKommunen betalar 100 000 kronor.\n\n§ 3 Partnerskapets form\nIdéburet offentligt partnerskap.\n';
    const doc = DocText.fromString(agreement);
    const focus = findFocus(doc, 'overenskommelse');
    expect(focus).toEqual({ spans: [{ start: 0, end: agreement.length }], narrowed: false, doc });
  });
});
