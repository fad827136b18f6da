import { describe, expect, it } from 'vitest';
import { bodyLine, titleEndOnLine } from './title-end.js';

describe('where a run-together title ends', () => {
  it("takes a section heading, page furniture, a sentence or a subject's finite verb for the item's text", () => {
    expect(bodyLine('Ärendebeskrivning')).toBe(true);
    expect(bodyLine('Bakgrund Föreningen har sökt bidrag')).toBe(true);
    expect(bodyLine('Kommunstyrelsens beslut')).toBe(true);
    expect(bodyLine('Justerandes signatur Utdragsbestyrkande')).toBe(true);
    expect(bodyLine('Förvaltningen föreslår att nämnden ingår ett')).toBe(true);
    expect(bodyLine('Socialnämnden beslutar att bevilja bidraget.')).toBe(true);
    expect(bodyLine('Föreningen har ansökt om 40 000 kronor för året.')).toBe(true);
    expect(bodyLine('Inga övriga frågor.')).toBe(true);
  });

  it("keeps a wrapped title's next line, a noun phrase", () => {
    expect(bodyLine('partnerskap, IOP, för arbete med Bostad först')).toBe(false);
    expect(bodyLine('Kvinnojouren i Exempelstad 2024-2026')).toBe(false);
    expect(bodyLine('Förslag till riktlinjer för föreningsbidrag')).toBe(false);
    expect(bodyLine('Beslut om föreningsbidrag')).toBe(false);
  });

  it('ends a title on a heading line that runs on into the text at a section, a sentence or a dozen words', () => {
    const title = (line: string) => line.slice(0, titleEndOnLine(line)).trim();
    expect(title('Idéburet offentligt partnerskap med Föreningen Gläntan Ärendebeskrivning Kommunstyrelsen föreslår')).toBe('Idéburet offentligt partnerskap med Föreningen Gläntan');
    expect(title('Motion om fler parkbänkar Kommunfullmäktige avslår motionen.')).toBe('Motion om fler parkbänkar');
    expect(title('Val av justerare. Anna Ek utses att justera')).toBe('Val av justerare.');
    expect(title('Förlängning av avtal - Överenskommelse om idéburet offentligt')).toBe('Förlängning av avtal - Överenskommelse om idéburet offentligt');
    expect(title('Beslut om föreningsbidrag 2024')).toBe('Beslut om föreningsbidrag 2024');
    expect(title('Anmälan av jäv')).toBe('Anmälan av jäv');
    // A two-word subject that repeats the title's name opens the text; the name in the title stays whole.
    expect(title('Ansökan om bidrag från Föreningen Ljuset Föreningen Ljuset har ansökt om 40 000 kronor')).toBe('Ansökan om bidrag från Föreningen Ljuset');
    expect(title('Val av justerare Nämnden utser Bo Ek att justera')).toBe('Val av justerare');
    expect(title('Redovisning av domar och beslut')).toBe('Redovisning av domar och beslut');
    expect(title('Initiativärende från Anna Ek (S) m.fl. - Extern utvärdering')).toBe('Initiativärende från Anna Ek (S) m.fl. - Extern utvärdering');
  });
});
