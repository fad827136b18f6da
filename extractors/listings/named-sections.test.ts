import { describe, expect, it } from 'vitest';
import { findNamedSections, isOrganisationHeading } from './named-sections.js';

const rowsOf = (text: string) => findNamedSections(text).flatMap((t) => t.rows.map((row) => row.map((cell) => cell.text)));

describe('findNamedSections', () => {
  it('reads each section headed by an organisation\'s name as a row, its prose as the description', () => {
    const text = [
      'Våra partnerskap',
      '',
      'Kvinnojouren Vega',
      'Kommunen har ett IOP med jouren om skyddat boende. Överenskommelsen gäller 2022–2025.',
      '',
      'Idrottsföreningen Kometen',
      'Föreningen får stöd för läxhjälp och lov-aktiviteter under 2024.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Vega', 'Kommunen har ett IOP med jouren om skyddat boende. Överenskommelsen gäller 2022–2025.'],
      ['Idrottsföreningen Kometen', 'Föreningen får stöd för läxhjälp och lov-aktiviteter under 2024.'],
    ]);
  });

  it('leaves sections with other headings, a single section and sections about no partnership alone', () => {
    expect(findNamedSections('Bakgrund\nKommunen har ett IOP.\n\nSyfte\nAtt stödja föreningar med avtal.')).toEqual([]);
    expect(findNamedSections('Kvinnojouren Vega\nKommunen har ett IOP med jouren.')).toEqual([]);
    expect(findNamedSections('Kvinnojouren Vega\nJouren har öppet på tisdagar.\n\nIdrottsföreningen Kometen\nKlubben spelar i division två.')).toEqual([]);
  });
});

describe('isOrganisationHeading', () => {
  it('is a name with an organisation-type word or a national organisation\'s name', () => {
    expect(isOrganisationHeading('Kvinnojouren Vega')).toBe(true);
    expect(isOrganisationHeading('Röda Korset Lund')).toBe(true);
    expect(isOrganisationHeading('Shanta IF')).toBe(true);
    expect(isOrganisationHeading('Mötesplats Norr')).toBe(false);
    expect(isOrganisationHeading('Föreningen erbjuder stöd till unga')).toBe(false);
  });
});
