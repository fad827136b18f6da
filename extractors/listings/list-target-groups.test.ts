import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { activityTargetGroups, describedTargetGroups, GRANTS_AS_A_WHOLE, listTargetGroups } from './list-target-groups.js';

const rows = ['Ekby IF 15 000 kronor', 'Norrby Hembygdsförening 30 000 kronor', 'Ås Jourförening 12 000 kronor'];
const recipients = ['Ekby IF', 'Norrby Hembygdsförening', 'Ås Jourförening'];
const groupsOf = (lines: string[]) => {
  const text = lines.join('\n');
  return listTargetGroups(DocText.fromString(text), text.indexOf(rows[0]!), recipients).map((c) => c.value);
};

describe('whole-list target group', () => {
  it('reads the people the lead paragraph of a list of grants made names', () => {
    const lead = 'Nämnden fördelade årets verksamhetsbidrag till sociala stödföreningar. Föreningarna bedriver verksamhet för att stödja och hjälpa människor i en socialt utsatt situation. Totalt beviljades 57 000 kronor till tre föreningar:';
    expect(groupsOf([lead, '', ...rows])).toContain('människor i en socialt utsatt situation');
  });

  it('reads the purpose of the grants as a whole wherever it stands', () => {
    const purpose = 'Syftet med bidragen är att stödja föreningar som arrangerar aktiviteter för personer med funktionsnedsättningar.';
    expect(groupsOf(['Följande föreningar:', '', ...rows, '', purpose])).toContain('personer med funktionsnedsättningar');
  });

  it('reads nothing from a lead that grants nothing, nor from a sentence about one recipient, nor the inhabitants at large', () => {
    expect(groupsOf(['Aktuella partnerskap för personer med funktionsnedsättning', '', ...rows])).toEqual([]);
    expect(groupsOf([...rows, '', 'Ås Jourförening får bidrag för att stödja kvinnor som utsatts för våld.'])).toEqual([]);
    expect(groupsOf(['Totalt beviljades 57 000 kronor till insatser för regionens invånare inom området psykisk hälsa:', '', ...rows])).toEqual([]);
  });

  it('reads no people from two paragraphs above the list', () => {
    const above = 'Föreningarna stödjer människor i en socialt utsatt situation.';
    expect(groupsOf([above, '', 'Nämnden har sammanträtt.', '', 'Totalt beviljades 57 000 kronor till tre föreningar:', '', ...rows])).toEqual([]);
  });
});

describe('grants as a whole', () => {
  it('matches a sentence whose subject is the grants', () => {
    expect(GRANTS_AS_A_WHOLE.test('Syftet med bidragen är att stödja …')).toBe(true);
    expect(GRANTS_AS_A_WHOLE.test('Bidragen ska gå till insatser för barn och unga.')).toBe(true);
    expect(GRANTS_AS_A_WHOLE.test('Medlen ska användas till …')).toBe(true);
  });
  it('does not match one grant of one recipient', () => {
    expect(GRANTS_AS_A_WHOLE.test('Bidraget ska gå till läxhjälp.')).toBe(false);
    expect(GRANTS_AS_A_WHOLE.test('Föreningen söker bidrag för att …')).toBe(false);
  });
});

describe("a block's described target group", () => {
  const described = (block: string, around = '') => {
    const text = `${around}${block}\n\nNästa partnerskap.`;
    const start = text.indexOf(block);
    return describedTargetGroups(DocText.fromString(text), [{ start, end: start + block.length }]).map((c) => c.value);
  };

  it('reads the group the block names by its name, and leaves the people its other sentences speak of', () => {
    const block = 'Syftet med partnerskapet är att nå personer i social utsatthet. Beslutet handlade om att skapa mervärden för målgruppen unga i sociala riskmiljöer.';
    expect(described(block)).toEqual(['unga i sociala riskmiljöer']);
  });

  it('reads people read off the block where it names no group by its name, and nothing outside the block', () => {
    expect(described('Syftet med partnerskapet är att stödja kvinnor som utsatts för våld.')).toEqual(['kvinnor som utsatts för våld']);
    expect(described('Partnerskapet startade 2019.', 'Föreningen stödjer kvinnor som utsatts för våld.\n\n')).toEqual([]);
  });
});

describe("a grid's activity cell", () => {
  const groups = (cell: string) => activityTargetGroups(cell).map((c) => c.value);
  it.each([
    ['Dagverksamhet för personer i hemlöshet', 'personer i hemlöshet'],
    ['Läxhjälp för elever i årskurs 4–9 i Skönsberg och Nacksta', 'elever i årskurs 4–9 i Skönsberg och Nacksta'],
    ['Stöd till brottsutsatta och vittnen', 'brottsutsatta och vittnen'],
  ])('reads the people an activity named in one phrase is for: %s', (cell, group) => {
    expect(groups(cell)).toEqual([group]);
  });

  it.each([
    ['prose', '2022–2023. Syftet är att skapa ökad trygghet i offentliga miljöer och att nå personer i social utsatthet.'],
    ['a long description', 'Aktiviteter och café för seniorer som vill träffa andra och ta del av lunchservering i kvarterets lokaler varje vecka'],
    ['no activity', 'Verksamhetsbidrag'],
  ])('reads nothing from %s', (_, cell) => {
    expect(groups(cell)).toEqual([]);
  });
});
