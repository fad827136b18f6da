import { describe, expect, it } from 'vitest';
import { bodyLine } from './title-end.js';

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
});
