import { describe, expect, it } from 'vitest';
import { findDashParagraphs } from './dash-paragraphs.js';

/** The names the rows open on, and where the name's cell points. */
const namesOf = (text: string) => findDashParagraphs(text).flatMap((t) => t.rows.map((row) => [row[0]!.text, text.slice(row[0]!.start, row[0]!.end)]));

describe('findDashParagraphs', () => {
  it('reads paragraphs that open on a name, a dash and what it does, each stating its terms, a caption between', () => {
    const text = [
      'Pågående partnerskap',
      '',
      'Kvinnojouren Tärnan – skyddat boende för kvinnor och barn. Partnerskapet gäller under 2024–2026. Kommunens bidrag: 900 000 kronor per år.',
      '',
      'Ekby Fritidsgård – läxhjälp och mötesplats för unga. Gäller tills vidare från 1 januari 2023. Kommunens bidrag: 300 000 kronor per år.',
      '',
      'Avslutas',
      '',
      'Brottsofferjouren Syd – stöd till vittnen. Partnerskapet har pågått sedan 2022 och löper ut den 31 december 2025.',
    ].join('\n');
    expect(namesOf(text)).toEqual([
      ['Kvinnojouren Tärnan', 'Kvinnojouren Tärnan'],
      ['Ekby Fritidsgård', 'Ekby Fritidsgård'],
      ['Brottsofferjouren Syd', 'Brottsofferjouren Syd'],
    ]);
  });

  it('points a name\'s cell at the name where the paragraphs are indented', () => {
    const text = [
      '  Kvinnojouren Tärnan – skyddat boende för kvinnor och barn. Partnerskapet gäller under 2024–2026.',
      '',
      '  Ekby Fritidsgård – läxhjälp och mötesplats för unga. Kommunens bidrag: 300 000 kronor per år.',
    ].join('\n');
    expect(namesOf(text)).toEqual([
      ['Kvinnojouren Tärnan', 'Kvinnojouren Tärnan'],
      ['Ekby Fritidsgård', 'Ekby Fritidsgård'],
    ]);
  });

  it('finds no list in a glossary: no terms, no organisation', () => {
    const text = [
      'Delaktighet – att vara med och påverka sin vardag genom samverkan.',
      '',
      'Partnerskap – ett samarbete mellan kommunen och en förening.',
    ].join('\n');
    expect(namesOf(text)).toEqual([]);
  });

  it('finds no list where no name has an organisation\'s form, nor in one paragraph alone', () => {
    const people = [
      'Anna Berg – projektledare för samarbetet 2024–2026.',
      '',
      'Erik Lund – ansvarig för bidrag 2024–2026.',
    ].join('\n');
    expect(namesOf(people)).toEqual([]);
    const one = 'Kvinnojouren Tärnan – skyddat boende. Partnerskapet gäller under 2024–2026.';
    expect(namesOf(one)).toEqual([]);
  });

  it('takes no dateline for a name: a capital after the dash opens a sentence, read only after an organisation\'s name', () => {
    const datelines = [
      'Örebro – Regionen har beslutat om bidrag till föreningen för 2024–2026.',
      '',
      'Norrby Centrum – Kommunen ger stöd till Ekby IF 2024–2026.',
    ].join('\n');
    expect(namesOf(datelines)).toEqual([]);
    const partners = [
      'Kvinnojouren Tärnan – Partnerskapet gäller 2024–2026.',
      '',
      'Ekby Idrottsförening – Partnerskapet gäller 2023–2025.',
    ].join('\n');
    expect(namesOf(partners).map(([name]) => name)).toEqual(['Kvinnojouren Tärnan', 'Ekby Idrottsförening']);
  });

  it('takes no list where one name comes twice: one partnership\'s story', () => {
    const text = [
      'Kvinnojouren Tärnan – skyddat boende. Partnerskapet gäller under 2021–2023.',
      '',
      'Kvinnojouren Tärnan – skyddat boende. Partnerskapet förnyas för 2024–2026.',
    ].join('\n');
    expect(namesOf(text)).toEqual([]);
  });
});
