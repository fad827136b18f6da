import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { listOrgan } from './list-organ.js';

const recipients = ['Ekby IF', 'Norrby Hembygdsförening'];
const bodyOf = (text: string) => listOrgan(DocText.fromString(text), recipients).map((c) => c.value);

describe('whole-list body', () => {
  it('reads the one body that decided the grants of the whole list, not the one that pays', () => {
    const text = 'Föreningar i länet får 2 miljoner kronor i bidrag under 2024. Det beslutade Kulturnämnden idag. Föreningarna får bidrag från Kulturförvaltningen.';
    expect(bodyOf(text)).toEqual(['kulturnämnden']);
  });

  it('reads no body where two decided grants, where the grant is one recipient\'s, or where the decision is of no grant', () => {
    expect(bodyOf('Kulturnämnden beviljade 20 000 kronor i bidrag till läsfrämjande. Fritidsnämnden beviljade 50 000 kronor i bidrag till idrott.')).toEqual([]);
    expect(bodyOf('Socialnämnden beslutade att bevilja Ekby IF 20 000 kronor i bidrag.')).toEqual([]);
    expect(bodyOf('Kommunstyrelsen har beslutat om en ny strategi för civilsamhället.')).toEqual([]);
  });
});
