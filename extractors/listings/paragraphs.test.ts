import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { extractParties } from '../parties/index.js';
import { findParagraphRows } from './paragraphs.js';

/** The rows as the listing reads them: the organisation, the public party and body named, the description's start. */
const rowsOf = (text: string) =>
  findParagraphRows(text, extractParties(DocText.fromString(text))).flatMap((t) =>
    t.rows.map((row) => ({ ideburen: row[0]!.text, offentlig: row[1]!.text, organ: row[2]!.text, evidence: text.slice(row[0]!.start, row[0]!.end) })),
  );

describe('findParagraphRows', () => {
  it('reads a paragraph per partnership, each naming one organisation and its own period', () => {
    const text = [
      'Kommunens idéburna offentliga partnerskap',
      '',
      'Kommunen har sedan 2022 ett IOP med Kvinnojouren Tärnan om skyddat boende. Överenskommelsen gäller 2022–2025.',
      '',
      'Mötesplats för hemlösa',
      '',
      'Sedan 2023 har socialnämnden ett partnerskap med Stadsmissionen i Lund om en mötesplats. Avtalet gäller till och med 2026.',
      '',
      'Kultur- och fritidsnämnden har ett IOP med Lunds Idrottsallians om fritidsgårdar, 2024–2027.',
    ].join('\n');
    const rows = rowsOf(text);
    expect(rows.map((r) => r.ideburen)).toEqual(['Kvinnojouren Tärnan', 'Stadsmissionen i Lund', 'Lunds Idrottsallians']);
    expect(rows[2]!.organ.toLocaleLowerCase('sv')).toBe('kultur- och fritidsnämnden');
    expect(rows[0]!.evidence).toBe('Kvinnojouren Tärnan');
  });

  it('takes a sum for funding as a paragraph\'s terms where it states no period', () => {
    const text = [
      'Kvinnojouren Tärnan får 400 000 kronor per år i bidrag för sitt skyddade boende.',
      '',
      'Brottsofferjouren Syd får 250 000 kronor per år i bidrag för stöd till vittnen.',
    ].join('\n');
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Kvinnojouren Tärnan', 'Brottsofferjouren Syd']);
  });

  it('finds no list in an article about one partnership, however many paragraphs name its organisation', () => {
    const text = [
      'Kommunen tecknar IOP med Kvinnojouren Tärnan för 2024–2026.',
      '',
      'Kvinnojouren Tärnan har sedan 2019 drivit skyddat boende med stöd från kommunen.',
      '',
      'Avtalet gäller från 1 januari 2024 och omfattar 900 000 kronor per år.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });

  it('takes a paragraph naming two organisations for one partnership\'s story, not an entry', () => {
    const text = [
      'Socialnämnden har tecknat ett IOP med Kvinnojouren Tärnan och Brottsofferjouren Syd om stöd till brottsutsatta, 2024–2026.',
      '',
      'Kvinnojouren Tärnan har tidigare haft ett avtal med kommunen för 2020–2023.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });

  it('finds no list in paragraphs that name an organisation without a partnership or a period', () => {
    const text = [
      'Styrelsen för Kvinnojouren Tärnan valdes på årsmötet.',
      '',
      'Stadsmissionen i Lund höll öppet hus under hösten 2024.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });
});
