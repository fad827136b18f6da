import { describe, expect, it } from 'vitest';
import { splitOrganisations } from './organisations.js';

const names = (cell: string) => splitOrganisations(cell).map((n) => n.name);

describe('splitOrganisations', () => {
  it.each([
    ['Skyddsvärnet och Fryshuset', ['Skyddsvärnet', 'Fryshuset']],
    ['Convictus, Frälsningsarmén, Ny Gemenskap och Stockholms Stadsmission', ['Convictus', 'Frälsningsarmén', 'Ny Gemenskap', 'Stockholms Stadsmission']],
    ['Stiftelsen Skåne Stadsmission & Malmö Pingstförsamling', ['Stiftelsen Skåne Stadsmission', 'Malmö Pingstförsamling']],
    ['Föreningen A samt Föreningen B', ['Föreningen A', 'Föreningen B']],
    ['Norrby Festival och Idrottsklubben Pilen', ['Norrby Festival', 'Idrottsklubben Pilen']],
    ['Skyddsvärnet och Stadsmissionen', ['Skyddsvärnet', 'Stadsmissionen']],
    ['Norrby Scoutkår & Idrottsförening', ['Norrby Scoutkår', 'Idrottsförening']],
    ['Ekby IF & Norrby', ['Ekby IF', 'Norrby']],
    ['Skyddsvärnet och Fryshuset (FH)', ['Skyddsvärnet', 'Fryshuset']],
    ['IF Ekby Skidklubb & Norrby', ['IF Ekby Skidklubb', 'Norrby']],
    ['Ekby Jazz & Röda Korset', ['Ekby Jazz', 'Röda Korset']],
  ])('splits several organisations: %s', (cell, expected) => expect(names(cell)).toEqual(expected));

  it.each([
    ['Kvinno- och tjejjouren', 'Kvinno- och tjejjouren'],
    ['Husby konst och hantverksförening', 'Husby konst och hantverksförening'],
    ['Husby Konst– och Hantverksförening', 'Husby Konst– och Hantverksförening'],
    ['Husby Konst & Hantverksförening', 'Husby Konst & Hantverksförening'],
    ['Ekby Jazz & Blues', 'Ekby Jazz & Blues'],
    ['IF Ekby & Norrby', 'IF Ekby & Norrby'],
    ['Suicid prevention och Efterlevande Stöd (SPES)', 'Suicid prevention och Efterlevande Stöd'],
    ['Riksförbundet för Social och Mental Hälsa (RSMH)', 'Riksförbundet för Social och Mental Hälsa'],
    ['Norrby Musik och Teaterförening', 'Norrby Musik och Teaterförening'],
    ['Göteborgs Kyrkliga Stadsmission Bistånd & Entreprenad AB', 'Göteborgs Kyrkliga Stadsmission Bistånd & Entreprenad AB'],
    ['PRO Målsryd/Gånghester', 'PRO Målsryd/Gånghester'],
    ['Riksförbundet Social och Mental Hälsa i Norrby', 'Riksförbundet Social och Mental Hälsa i Norrby'],
    ['Föreningen för Fysisk och Psykisk Hälsa', 'Föreningen för Fysisk och Psykisk Hälsa'],
  ])('keeps one name whole: %s', (cell, expected) => expect(names(cell)).toEqual([expected]));

  it('reads abbreviations as aliases, in either order, and drops notes in parentheses', () => {
    expect(splitOrganisations('Synskadades Riksförbund (SRF)')).toMatchObject([{ name: 'Synskadades Riksförbund', alias: 'SRF' }]);
    expect(splitOrganisations('SHEDO (Self Harm and Eating Disorder Organization)')).toMatchObject([
      { name: 'Self Harm and Eating Disorder Organization', alias: 'SHEDO' },
    ]);
    expect(splitOrganisations('TRIS- Tjejers Rätt i Samhället')).toMatchObject([{ name: 'Tjejers Rätt i Samhället', alias: 'TRIS' }]);
    expect(names('Skyddsvärnet i Göteborg (Lgh 1)')).toEqual(['Skyddsvärnet i Göteborg']);
  });

  it('keeps an abbreviation inside a name, its words going on after it (inner-abbreviation)', () => {
    expect(names('Bordtennisklubben (BTK) Ekby')).toEqual(['Bordtennisklubben (BTK) Ekby']);
    // At the end, or before a lower-case note, it is the alias.
    expect(splitOrganisations('Bordtennisklubben Ekby (BTK)')).toMatchObject([{ name: 'Bordtennisklubben Ekby', alias: 'BTK' }]);
    expect(names('Ekby Bordtennisklubb (BTK) i samarbete')).toEqual(['Ekby Bordtennisklubb i samarbete']);
  });

  it('leaves out companies, descriptions, places and street addresses', () => {
    expect(names('Majornas Samverkansförening, Familjebostäder i Göteborg AB och Wallenstam AB.')).toEqual(['Majornas Samverkansförening']);
    expect(names('Diakonistiftelsen Samariterhemmet, äldrecenter')).toEqual(['Diakonistiftelsen Samariterhemmet']);
    expect(names('Frivilliga samarbetskommittén (FSK) och kyrkliga samfund genom Röda Korset Gotland')).toEqual(['Frivilliga samarbetskommittén', 'Röda Korset Gotland']);
    expect(names('Riksförbundet för social och mental hälsa')).toEqual(['Riksförbundet för social och mental hälsa']);
    expect(names('Svenska Röda Korset, Vänersborg')).toEqual(['Svenska Röda Korset']);
    expect(names('Reningsborg Aprikosgatan')).toEqual(['Reningsborg']);
    // After a bare organisation word the street-like word is the name itself.
    expect(names('Föreningen Munkleden')).toEqual(['Föreningen Munkleden']);
    expect(names('Stadsmissionen Storgatan 3')).toEqual(['Stadsmissionen']);
    expect(names('Stadsmissionen – Vinternatt, Röda Korset - mötesplatsen')).toEqual(['Stadsmissionen', 'Röda Korset']);
    expect(names('Brottsofferjouren Stockholm-Gotland')).toEqual(['Brottsofferjouren Stockholm-Gotland']);
  });

  it('repairs a hyphen left open by a line break', () => {
    expect(names('Gustavsberg- Ingarö församling')).toEqual(['Gustavsberg-Ingarö församling']);
  });

  it('gives offsets of each name within the cell', () => {
    const cell = 'Rädda Barnen, Svenska Röda Korset';
    const [, second] = splitOrganisations(cell);
    expect(cell.slice(second!.start, second!.end)).toBe('Svenska Röda Korset');
  });

  it('says how each name was read, so doubtful readings get less confidence', () => {
    const readings = (cell: string) => splitOrganisations(cell).map((n) => n.reading);
    expect(readings('Röda Korset')).toEqual(['whole']);
    expect(readings('Skyddsvärnet och Fryshuset')).toEqual(['split', 'split']);
    expect(readings('Umeå pastorat, Pingstkyrkan')).toEqual(['comma-pair', 'comma-pair']);
    expect(readings('A-förening, B-förening, C-förening och D-förening')).toEqual(['crowded', 'crowded', 'crowded', 'crowded']);
    expect(readings('Stiftelsen fryshuset och mellanstaden')).toEqual(['joined-lower']);
    expect(readings('Svenska Röda Korset Restad Gärd, Vänersborg')).toEqual(['trimmed']);
  });

  it('gives nothing for an empty or punctuation-only cell', () => {
    expect(names('')).toEqual([]);
    expect(names('--')).toEqual([]);
  });
});
