import { describe, expect, it } from 'vitest';
import { bodiesInEffect, findHeadings, isHeading, partiesInEffect } from './headings.js';

describe('isHeading', () => {
  it.each([
    ['3.1.1 Göteborg stad, Socialnämnd Centrum:', 3],
    ['4 Sammanställning tidigare IOP', 1],
    ['2. Aktiva partnerskap', 1],
    ['Region Skåne', 99],
    ['## Pågående partnerskap i Lunds kommun', 2],
    ['Region Skåne 2023', 99],
  ])('reads %s as a heading of depth %i', (line, depth) => expect(isHeading(line)?.depth).toBe(depth));

  it.each([
    'Vi har samlat 94 aktiva IOP:er. Dessa listas i rapporten.',
    'Förord\t1',
    'Kommunen ska bidra med lokaler.',
    '3 kap. 2 § kommunallagen. Se även bilaga.',
    'HC Lidköping 80 000: –',
    'Norrby IF 15 000 kr',
    'Lunds BK 12.500',
  ])('does not read %s as a heading', (line) => expect(isHeading(line)).toBeNull());
});

describe('partiesInEffect', () => {
  const text = [
    '3 Aktiva IOP',
    '',
    '3.1.1 Göteborg stad, Socialnämnd Centrum:',
    '',
    'ROW-A',
    '',
    '3.1.10 Stockholms stadsdelsnämnd, Rinkeby-Kista',
    '',
    'ROW-B',
    '',
    '3.1.11 Övriga kommuner med 1–2 aktiva IOP',
    '',
    'ROW-C',
    '',
    'Region Skåne',
    '',
    'ROW-D',
    '',
    '4 Tidigare IOP',
    '',
    'ROW-E',
  ].join('\n');
  const headings = findHeadings(text);
  const at = (marker: string) => partiesInEffect(headings, text.indexOf(marker)).map((p) => p.name);

  it('applies a heading\'s kommun or region to the rows under it', () => {
    expect(at('ROW-A')).toEqual(['Göteborgs stad']);
    expect(at('ROW-B')).toEqual(['Stockholms stad']);
    expect(at('ROW-D')).toEqual(['Region Skåne']);
  });

  it('ends a heading\'s party at the next heading of the same depth or shallower', () => {
    expect(at('ROW-C')).toEqual([]);
    expect(at('ROW-E')).toEqual([]);
  });

  it('reads a numbered heading without blank lines around it (PDF text), an unnumbered one only between blank lines', () => {
    const pdf = 'Text om annat.\n3.1.4 Malmö stad\nFörening Nämnd Period X\nRegion Skåne\nROW';
    expect(partiesInEffect(findHeadings(pdf), pdf.indexOf('ROW')).map((p) => p.name)).toEqual(['Malmö stad']);
  });

  it('does not read a capitalised common word opening a longer heading as a place', () => {
    const text = '3.2 Vara med och bidra\n\nROW\n\n3.3 Lund\n\nROW2';
    const headings = findHeadings(text);
    expect(partiesInEffect(headings, text.indexOf('ROW')).map((p) => p.name)).toEqual([]);
    expect(partiesInEffect(headings, text.indexOf('ROW2')).map((p) => p.name)).toEqual(['Lunds kommun']);
  });

  it('reads a place in an organisation\'s name as the organisation\'s, a designated party as the section\'s', () => {
    const text = '3 Röda Korset Lund\n\nROW\n\n4 Kvinnojouren i Eslövs kommun\n\nROW2';
    const headings = findHeadings(text);
    expect(partiesInEffect(headings, text.indexOf('ROW')).map((p) => p.name)).toEqual([]);
    expect(partiesInEffect(headings, text.indexOf('ROW2')).map((p) => p.name)).toEqual(['Eslövs kommun']);
  });

  it('gives the evidence span of the party in the heading', () => {
    const [party] = partiesInEffect(headings, text.indexOf('ROW-A'));
    expect(text.slice(party!.start, party!.end)).toBe('Göteborg stad');
  });
});

describe('bodiesInEffect', () => {
  const text = [
    'Region Gotland',
    '',
    'Barn- och utbildningsnämnden',
    '',
    'ROW-A',
    '',
    'Tekniska nämnden:',
    '',
    'ROW-B',
    '',
    'Samverkan med föreningar',
    '',
    'ROW-C',
    '',
    'Kulturnämndens arbete med civilsamhället',
    '',
    'ROW-D',
    '',
    'Region Dalarna',
    '',
    'ROW-E',
  ].join('\n');
  const headings = findHeadings(text);
  const bodies = (marker: string) => bodiesInEffect(headings, text.indexOf(marker)).map((b) => b.name);
  const parties = (marker: string) => partiesInEffect(headings, text.indexOf(marker)).map((p) => p.name);

  it('applies a heading that is one body\'s name to the rows under it, in lower case', () => {
    expect(bodies('ROW-A')).toEqual(['barn- och utbildningsnämnden']);
    expect(bodies('ROW-B')).toEqual(['tekniska nämnden']);
  });

  it('keeps the kommun or region heading above a body heading in effect', () => {
    expect(parties('ROW-A')).toEqual(['Region Gotland']);
  });

  it('does not read a caption or a title that only mentions a body as a body heading', () => {
    expect(bodies('ROW-C')).toEqual(['tekniska nämnden']);
    expect(bodies('ROW-D')).toEqual(['tekniska nämnden']);
    expect(bodies('ROW-E')).toEqual([]);
  });

  it('reads a labelled line as a value, never as a body heading over the rows below ("Ansvarig nämnd: socialnämnden")', () => {
    const page = ['Ekby Kvinnojour', 'Ansvarig nämnd: socialnämnden', 'Gäller: 2025–2027', '', 'ROW'].join('\n');
    expect(bodiesInEffect(findHeadings(page), page.indexOf('ROW'))).toEqual([]);
    // A body's name over labelled rows is still their heading.
    const headed = ['Socialnämnden', 'Partner: Ekby Kvinnojour', 'Period: 2025–2027', '', 'ROW'].join('\n');
    expect(bodiesInEffect(findHeadings(headed), headed.indexOf('ROW')).map((b) => b.name)).toEqual(['socialnämnden']);
  });

  it('reads a meeting\'s heading as its body, the date it met left off ("Regionstyrelsen 28 juni")', () => {
    const body = (heading: string) => {
      const page = `${heading}\n\nROW`;
      return bodiesInEffect(findHeadings(page), page.indexOf('ROW')).map((b) => b.name);
    };
    expect(body('Regionstyrelsen 28 juni')).toEqual(['regionstyrelsen']);
    expect(body('Socialnämnden den 12 maj 2023')).toEqual(['socialnämnden']);
    expect(body('Socialnämnden 2023-05-12')).toEqual(['socialnämnden']);
    // A heading that is more than a body and a date is still no body heading.
    expect(body('Regionstyrelsen 28 juni beslutade om stöd')).toEqual([]);
  });

  it('gives the evidence span of the body in the heading', () => {
    const [body] = bodiesInEffect(headings, text.indexOf('ROW-A'));
    expect(text.slice(body!.start, body!.end)).toBe('Barn- och utbildningsnämnden');
  });

  it('reads a body line set straight above its labelled rows, but not a labelled value on the next line', () => {
    const web = 'Partner: A. Period: 2022.\nMiljönämnden\nPartner: B. Period: 2023.\nNämnd:\nKulturnämnden\nPartner: C. Period: 2024.';
    const found = findHeadings(web);
    expect(bodiesInEffect(found, web.indexOf('Partner: B')).map((b) => b.name)).toEqual(['miljönämnden']);
    expect(bodiesInEffect(found, web.indexOf('Partner: C')).map((b) => b.name)).toEqual(['miljönämnden']);
  });
});

describe('a body heading straight above a table (findHeadings)', () => {
  const bodiesOf = (text: string) => findHeadings(text).flatMap((h) => h.bodies.map((b) => b.name));

  it('heads the table whose header follows it, without a blank line between', () => {
    expect(bodiesOf('Inledning\nKultur- och fritidsnämnden\nFörening\tVerksamhet\tBelopp (tkr)\nIdrottsklubben\tLäger\t50')).toEqual(['kultur- och fritidsnämnden']);
  });

  it('heads a bulleted list straight under it, but not a sentence under it', () => {
    expect(bodiesOf('Inledning\nSocialnämnden\n- Kvinnojouren Tärnan, skyddat boende, 2023–2025\n- Fontänhuset, klubbhus, 2022–2024')).toEqual(['socialnämnden']);
    expect(bodiesOf('Inledning\nSocialnämnden\nNämnden beslutade om två partnerskap.')).toEqual([]);
  });

  it('does not head a line that is no table header, or the value of a label', () => {
    expect(bodiesOf('Inledning\nKultur- och fritidsnämnden\nFöreningen ansöker i tid\tse bilaga')).toEqual([]);
    expect(bodiesOf('Nämnd:\nKultur- och fritidsnämnden\nFörening\tVerksamhet')).toEqual([]);
  });
});
