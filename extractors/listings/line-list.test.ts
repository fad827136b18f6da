import { describe, expect, it } from 'vitest';
import { findLineLists, isIntro, looksLikeName, readItemIn, withoutPublicCoParty } from './line-list.js';
import { splitLines } from '../engine/table-row.js';

const rowsOf = (text: string) =>
  findLineLists(text).flatMap((t) => t.rows.map((row) => Object.fromEntries(row.map((cell, i) => [t.roles[i], cell.text]).filter(([, v]) => v))));

describe('findLineLists', () => {
  it('reads one name a line under a lead-in, a note in parentheses kept for the name reader, up to a sentence', () => {
    const text = [
      'Stadsdelen har följande IOP:',
      'Mötesplats Norr',
      'Föreningen Gemenskap (avtalet förlängs inte)',
      '- Tjejjouren Vega',
      '',
      'Alla avtal går ut vid årsskiftet.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([{ ideburen: 'Mötesplats Norr' }, { ideburen: 'Föreningen Gemenskap (avtalet förlängs inte)' }, { ideburen: 'Tjejjouren Vega' }]);
  });

  it('reads bulleted recipients each described by a relative clause under a lead-in saying organisations were granted money', () => {
    const text = [
      'Några av de organisationer som beviljats bidrag 2024 är:',
      '',
      '  • Ekby Cancerförbund i Norrby län som arbetar med att sprida kunskap om cancer till barn och unga i hela länet.',
      '  • RG Norrby Rehabilitering som',
    ].join('\n');
    expect(rowsOf(text)).toEqual([{ ideburen: 'Ekby Cancerförbund i Norrby län' }, { ideburen: 'RG Norrby Rehabilitering' }]);
    // Names of no organisation's form need a lead-in that calls them granted organisations.
    expect(rowsOf(text.replace('organisationer som beviljats bidrag', 'personer som beviljats bidrag').replace('Cancerförbund', 'Berg'))).toEqual([]);
    // Without a bullet, a name and a relative clause is a sentence of prose.
    expect(rowsOf(text.replace(/•/g, ''))).toEqual([]);
    // Nor a bulleted clause whose subject is no name.
    expect(rowsOf(['Följande föreningar beviljas bidrag:', '• Föreningar som vill söka bidrag', '• Det är en förening som växer'].join('\n'))).toEqual([]);
  });

  it('reads "<name>: <sum> kronor." lines under a lead-in naming a public party\'s funding in the genitive, no organisation word needed', () => {
    const text = [
      'Norrby regions medfinansiering uppdelat per område mellan åren 2023–2027:',
      '',
      '  • Leader Norrskog Plus: 446 743 kronor.',
      '  • Leader Åsdal: 3 686 747 kronor.',
    ].join('\n');
    const lead = 'Region Dalarnas medfinansiering uppdelat per område mellan åren 2023–2027:';
    expect(rowsOf(text.replace(/^.*\n/, lead + '\n'))).toEqual([
      { ideburen: 'Leader Norrskog Plus', period: 'mellan åren 2023–2027', amount: '446 743 kronor.', offentlig: 'Region Dalarnas' },
      { ideburen: 'Leader Åsdal', period: 'mellan åren 2023–2027', amount: '3 686 747 kronor.', offentlig: 'Region Dalarnas' },
    ]);
    // No payer named: the names have no organisation's form, and a list of names and sums may be a budget's.
    expect(rowsOf(text.replace(/^.*\n/, 'Medfinansiering uppdelat per område:\n'))).toEqual([]);
    // A budget is no funding noun; bare sums without their unit are no grants of the party's.
    expect(rowsOf(text.replace(/^.*\n/, 'Region Dalarnas budget uppdelat per område:\n'))).toEqual([]);
    expect(rowsOf(text.replace(/^.*\n/, lead + '\n').replace(/ kronor/g, ''))).toEqual([]);
  });

  it('marks every sum the span\'s total under a lead-in stating the sums "mellan åren"/"under perioden" a span, not under a span alone', () => {
    const rows = (lead: string) => findLineLists([lead, 'Kvinnojouren Vega: 400 000 kronor.', 'Föreningen Gläntan: 300 000 kronor.'].join('\n')).flatMap((t) => t.rows.map((row) => row[2]!.total === true));
    expect(rows('Stödet till föreningarna fördelat mellan åren 2023–2027:')).toEqual([true, true]);
    expect(rows('Stödet till föreningarna under perioden 2023–2025:')).toEqual([true, true]);
    expect(rows('Stödet till föreningarna 2023–2025:')).toEqual([false, false]);
    expect(rows('Stödet till föreningarna per år under perioden 2023–2025:')).toEqual([false, false]);
  });

  it('reads a bulleted name whose period stands in a note in parentheses, the note left off the name', () => {
    const text = ['Pågående partnerskap', '', '• Kvinnojouren Linnea (avtalet löper 2023–2025)', '• Fontänhuset Norr (avtalet löper till och med 2026)'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Kvinnojouren Linnea', period: '2023–2025' },
      { ideburen: 'Fontänhuset Norr', period: 'till och med 2026' },
    ]);
  });

  it('reads a sentence a partnership under a lead-in, the name ending where its grant begins ("… får …")', () => {
    const text = ['Nämnden har beslutat om två nya partnerskap:', '', 'Kvinnojouren Linnea får 450 000 kronor per år under 2024–2026.', 'Fontänhuset Norr får 300 000 kronor per år under 2024–2025.'].join('\n');
    expect(rowsOf(text).map((row) => [row['ideburen'], row['period']])).toEqual([
      ['Kvinnojouren Linnea', '2024–2026'],
      ['Fontänhuset Norr', '2024–2025'],
    ]);
  });

  it('reads a grant list of names closing on bare sums, group after group under short colon-ended headings; a nought sum is no grant', () => {
    const text = [
      'Så fördelas bidragen:',
      'Scoutkåren Spåret 2 250',
      'Ljusdals spelmansförening 15 000',
      '',
      '2. Studieförbund:',
      'Studieförbundet Nordan 18 224',
      'Lärcentret Väst 627',
      'Bygdegårdsföreningen Ås 0',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Scoutkåren Spåret', amount: '2 250' },
      { ideburen: 'Ljusdals spelmansförening', amount: '15 000' },
      { ideburen: 'Studieförbundet Nordan', amount: '18 224' },
      { ideburen: 'Lärcentret Väst', amount: '627' },
    ]);
    // The bare sum is known to be kronor, however small.
    expect(findLineLists(text).flatMap((t) => t.rows.map((row) => row[2]!.kronor))).toEqual([true, true, true, true]);
  });

  it('reads a lead-in that closes a paragraph of prose, its last sentence ending in a colon', () => {
    const text = [
      'Utskottet fördelade också årets verksamhetsbidrag till de sociala stödföreningar som ansökt om föreningsbidrag. Sociala stödföreningar bedriver lokal verksamhet för att stödja och hjälpa människor. Totalt beviljades 661 000 kronor till sju föreningar:',
      '',
      'Norrby Rödakorskrets 15 000 kronor',
      'Brottsofferjouren 116 000 kronor',
      'Sällskapet Ankaret 85 000 kronor',
    ].join('\n');
    expect(rowsOf(text).map((row) => [row.ideburen, row.amount])).toEqual([
      ['Norrby Rödakorskrets', '15 000 kronor'],
      ['Brottsofferjouren', '116 000 kronor'],
      ['Sällskapet Ankaret', '85 000 kronor'],
    ]);
  });

  it('reads a bare sum closing on the kronor mark (":-", typeset ": –"), even after a note set apart by a comma', () => {
    const text = ['Här är dagens fördelade belopp:', '', 'Teaterföreningen Scen 200 000: –', '', 'Musikföreningen Ton 40 000:-', '', 'Ås IK, slås ihop med Ås GIF 35 000: –'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Teaterföreningen Scen', amount: '200 000' },
      { ideburen: 'Musikföreningen Ton', amount: '40 000:-' },
      { ideburen: 'Ås IK', amount: '35 000' },
    ]);
    // The mark makes a sum, not a name: a clause before it still reads as none.
    expect(rowsOf(['Bidrag till föreningar:', 'Föreningen har ansökt om 15 000: –', 'Nämnden beviljar 20 000: –'].join('\n'))).toEqual([]);
  });

  it('reads a bare sum whose thousands a full stop groups ("33.000"), not a decimal or a time', () => {
    const text = ['Här är föreningar som fått stöd i denna omgång:', '', 'Skogsby Sportklubb 33.000', '', 'Ås Bouleklubb 3.000', '', 'Norrby FC 297.000'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Skogsby Sportklubb', amount: '33.000' },
      { ideburen: 'Ås Bouleklubb', amount: '3.000' },
      { ideburen: 'Norrby FC', amount: '297.000' },
    ]);
    // One digit after the stop, or two (a version, a time of day), is no grouped sum.
    const decimals = rowsOf(['Här är föreningar som fått stöd:', 'Skogsby Sportklubb 2.5', 'Ås Bouleklubb 12.00', 'Norrby FC 1.50'].join('\n'));
    expect(decimals.filter((row) => row['amount'])).toEqual([]);
  });

  it('reads a long line as far as its first sentence when that is a name, a colon and a sum: the rest is the entry\'s prose', () => {
    const prose = ' De ger stöd åt dem som drabbas av brott, till exempel genom råd i samband med en rättegång, och har många frivilliga i hela kommunen.';
    const text = ['Här är hela listan på föreningarna som får stöd:', '', `Kvinnojouren Linnea: 673 000 kronor (8 kr per invånare).${prose}`, '', `Brottsofferjouren Syd: 421 000 kronor.${prose}`].join('\n');
    expect(rowsOf(text).map((row) => [row['ideburen'], row['amount']])).toEqual([
      ['Kvinnojouren Linnea', '673 000 kronor (8 kr per invånare).'],
      ['Brottsofferjouren Syd', '421 000 kronor.'],
    ]);
    // A long line whose colon is followed by words, or a sentence, is prose.
    const notes = ['Så fördelas bidragen:', `Kvinnojouren Linnea: stödet gäller 2024.${prose}`, `Nämnden beslutade att 2024 ge Brottsofferjouren Syd stöd.${prose}`].join('\n');
    expect(rowsOf(notes)).toEqual([]);
  });

  it('reads "<name>: <sum>." lines: the colon sets the name apart, a comma or dash inside it kept, the full stop no part of the sum', () => {
    const text = ['Så här mycket får föreningarna:', 'Jour – Barn i Norrby: 7 000 kronor.', 'Hjälp.nu: 70 000.', 'Hela gården, Ria Norrby: 500 000.', 'Kvinnojouren Ås: 2 300 000.'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Jour – Barn i Norrby', amount: '7 000 kronor.' },
      { ideburen: 'Hjälp.nu', amount: '70 000' },
      { ideburen: 'Hela gården, Ria Norrby', amount: '500 000' },
      { ideburen: 'Kvinnojouren Ås', amount: '2 300 000' },
    ]);
    // The colon's name is one organisation's, marked so for the name splitter; two names joined by "och" are not.
    expect(findLineLists(text)[0]!.rows.map((row) => row[0]!.oneName ?? false)).toEqual([true, true, true, true]);
    const joined = findLineLists(['Så här mycket får föreningarna:', 'Kvinnojouren Ås och Brottsofferjouren Ås: 20 000.', 'Hjälp.nu: 70 000.'].join('\n'));
    expect(joined[0]!.rows.map((row) => row[0]!.oneName ?? false)).toEqual([false, true]);
    // Without a colon a comma still ends the name; after a colon, words before the number make a note, no sum.
    expect(rowsOf(['Så här mycket får föreningarna:', 'Ås Aikidoklubb, Åsby 15 500', 'Kvinnojouren Ås, Norrby 12 000'].join('\n')).map((row) => row['ideburen'])).toEqual(['Ås Aikidoklubb', 'Kvinnojouren Ås']);
    expect(rowsOf(['Så fördelas bidragen:', 'Kvinnojouren Ås: cirka 2 000.', 'Hela gården, Ria Norrby: se 500 000.'].join('\n'))).toEqual([]);
    // A comma may stand where the colon does, a sum in thousands groups alone after it; a small number or a year there is a note.
    expect(rowsOf(['Så fördelas bidragen:', 'Norrby Byalag: 8 000', 'Ås konstnärer, 20 000', 'Skutseglarna, Östby: 25 000'].join('\n'))).toEqual([
      { ideburen: 'Norrby Byalag', amount: '8 000' },
      { ideburen: 'Ås konstnärer', amount: '20 000' },
      { ideburen: 'Skutseglarna, Östby', amount: '25 000' },
    ]);
    for (const note of ['Ås IK, 12', 'Östby IF, 2024']) {
      expect(rowsOf(['Så fördelas bidragen:', 'Norrby Byalag: 8 000', 'Ås Musikkår: 45 000', note].join('\n')).map((row) => row['ideburen'])).toEqual(['Norrby Byalag', 'Ås Musikkår']);
    }
  });

  it('reads a list under a whole sentence pointing at it ("Här är listan över …", "Nedan följer …"), the year it closes on each row\'s', () => {
    const text = ['Här är listan över de föreningar som får årsbidrag i början av 2024.', '', 'Norrby Byalag: 8 000', '', 'Ås Musikkår: 45 000', '', 'Östby hembygdsförening: 15 000'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Norrby Byalag', period: '2024', amount: '8 000' },
      { ideburen: 'Ås Musikkår', period: '2024', amount: '45 000' },
      { ideburen: 'Östby hembygdsförening', period: '2024', amount: '15 000' },
    ]);
    const other = ['Nedan följer de organisationer som beviljats verksamhetsbidrag.', '- Kvinnojouren Ås 120 000 kronor', '- Brottsofferjouren Norrby 40 000 kronor'].join('\n');
    expect(rowsOf(other).map((row) => row['ideburen'])).toEqual(['Kvinnojouren Ås', 'Brottsofferjouren Norrby']);
    // A pointer inside prose, a sentence with no funding word, or one of two sentences leads in to nothing.
    const lines = ['Norrby Byalag: 8 000', 'Ås Musikkår: 45 000'];
    expect(rowsOf(['Bidraget fördelas enligt listan i bilaga 1.', ...lines].join('\n'))).toEqual([]);
    expect(rowsOf(['Här är listan över årets utställare.', ...lines].join('\n'))).toEqual([]);
    expect(rowsOf(['Här följer en sammanfattning. Bidrag betalas ut i mars.', ...lines].join('\n'))).toEqual([]);
  });

  it('reads an item wrapped over lines, its name ending in a conjunction and its sum on the last line, as one row, its note no period', () => {
    const text = [
      'Här är dagens fördelade belopp:',
      '',
      'Norrby IS 50 000: –',
      '',
      'Norrby BK 30 000: –',
      '',
      'Norrby Kampsportsakademi IF och',
      '',
      'Norrby Kampsportsförening',
      '',
      '(slås ihop 2019-01-01) 75 000: –',
      '',
      'Norrby Kanotförening 75 000: –',
      '',
      'Ås Ridklubb 460 000: –',
    ].join('\n');
    expect(rowsOf(text).map((row) => row['ideburen'])).toEqual(['Norrby IS', 'Norrby BK', expect.stringMatching(/^Norrby Kampsportsakademi IF och\s+Norrby Kampsportsförening$/), 'Norrby Kanotförening', 'Ås Ridklubb']);
    expect(rowsOf(text)[2]).toMatchObject({ amount: '75 000' });
    expect(rowsOf(text)[2]!['period']).toBeUndefined();
    // Two lines without a sum, the first not ending in a conjunction, still end the list.
    const ended = text.replace('Norrby Kampsportsakademi IF och', 'Norrby Kampsportsakademi IF');
    expect(rowsOf(ended).map((row) => row['ideburen'])).toEqual(['Norrby IS', 'Norrby BK']);
  });

  it('reads a name set apart by a dash before its sum, lower-case words and all ("… övre Norrland – 35.000 kronor", "… – 90.000")', () => {
    const text = [
      'Här är organisationerna som kan bli av med sina bidrag och hur mycket pengar det handlar om:',
      '  • Svenska folkdansringen övre Norrland – 35.000 kronor',
      '  • Norrby hembygdsförbund – 100.000 kronor',
      '  • Folkets hus och parker Norrby – 100.000 kronor',
      '  • ATR Amatörteatrarna – 90.000',
    ].join('\n');
    expect(rowsOf(text).map((row) => row['ideburen'])).toEqual(['Svenska folkdansringen övre Norrland', 'Norrby hembygdsförbund', 'Folkets hus och parker Norrby', 'ATR Amatörteatrarna']);
    // A note between the dash and the sum, or a clause before the dash, is no name set apart.
    const note = ['Här är organisationerna som får bidrag:', '  • Norrby IF – söker igen 2020 – 35.000', '  • Ås IK – 20.000', '  • Östby BK – 10.000'].join('\n');
    expect(rowsOf(note).map((row) => row['ideburen'])).toEqual(['Ås IK', 'Östby BK']);
    const clause = ['Här är organisationerna som får bidrag:', '  • Föreningen har fått mer – 35.000', '  • Ås IK – 20.000'].join('\n');
    expect(rowsOf(clause).map((row) => row['ideburen'])).toEqual([]);
  });

  it('marks every sum yearly under a lead-in that says the grants are yearly, and none under one that does not', () => {
    const lines = ['  • Norrby hembygdsförbund – 100.000 kronor', '  • Ås IK – 20.000 kronor'];
    const yearly = (lead: string) => findLineLists([lead, ...lines].join('\n')).flatMap((t) => t.rows.map((row) => row[2]!.yearly ?? false));
    expect(yearly('Här är organisationerna som kan bli av med sina årliga verksamhetsbidrag:')).toEqual([true, true]);
    expect(yearly('Här är föreningarna som får bidrag per år:')).toEqual([true, true]);
    expect(yearly('Här är föreningarna som får bidrag i år:')).toEqual([false, false]);
  });

  it('reads three or more granting sentences a line without a lead-in ("- <förening> får <sum>. …"), the sum ending with its sentence', () => {
    const text = ['Bidragen för nästa år är klara.', '- Kvinnojouren Ås får 200 000 kr. De fick 156 000 kr i bidrag 2010.', '- Norrby IF beviljas 40 000 kronor för lägerverksamhet.', '- Stöd och hjälp i Östby får 10 000 kr.'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Kvinnojouren Ås', amount: '200 000 kr' },
      { ideburen: 'Norrby IF', amount: '40 000 kronor för lägerverksamhet.' },
      { ideburen: 'Stöd och hjälp i Östby', amount: '10 000 kr.' },
    ]);
    // Two such lines, a verb with no sum at once after it, or words between the verb and the sum make no list.
    expect(rowsOf(text.split('\n').slice(0, 3).join('\n'))).toEqual([]);
    expect(rowsOf(['Kvinnojouren Ås får bidrag enligt riktlinjerna.', 'Norrby IF får i år 40 000 kr.', 'Östby SK får i år 10 000 kr.'].join('\n'))).toEqual([]);
  });

  it('reads no list from small bare numbers alone (contents, counts), nor a bare number after a sentence', () => {
    const contents = ['Pågående partnerskap:', 'Kvinnojouren Linnea 4', 'Fontänhuset Norr 6', 'Föreningen Gemenskap 9'].join('\n');
    expect(rowsOf(contents)).toEqual([]);
    const sentences = ['Bidrag till föreningar:', 'Föreningen har ansökt om 15 000', 'Nämnden beviljar 20 000'].join('\n');
    expect(rowsOf(sentences)).toEqual([]);
  });

  it('takes a colon-ended line as the next group only right after a list, not a sentence ending in a colon', () => {
    const text = ['Bidrag till föreningar:', 'Scoutkåren Spåret 2 250', 'Ljusdals spelmansförening 15 000', '', 'Vi har i år. Tagit fram detta:', 'Lärcentret Väst 18 224', 'Studieförbundet Nordan 3 000'].join('\n');
    expect(rowsOf(text).map((row) => row['ideburen'])).toEqual(['Scoutkåren Spåret', 'Ljusdals spelmansförening']);
  });

  it('reads a name and its sum a line, blank lines between, until a line that gives no sum', () => {
    const text = ['Så fördelades pengarna:', '', 'Idrottsklubben Kometen 1 200 000 kronor.', '', 'Konst- och hantverksföreningen 324 000 kronor.', '', 'Print Friendly'].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Idrottsklubben Kometen', amount: '1 200 000 kronor.' },
      { ideburen: 'Konst- och hantverksföreningen', amount: '324 000 kronor.' },
    ]);
  });

  it('reads "<förening> – period" lines without a lead-in when three or more give a period', () => {
    const text = [
      'Kvinnojouren Linnea – 1 juli 2024–31 december 2027',
      'Brottsofferjouren Syd – 1 januari 2023–31 december 2025',
      'Idrottsföreningen Hästen – 2024-01-01--2025-12-31',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Kvinnojouren Linnea', period: '1 juli 2024–31 december 2027' },
      { ideburen: 'Brottsofferjouren Syd', period: '1 januari 2023–31 december 2025' },
      { ideburen: 'Idrottsföreningen Hästen', period: '2024-01-01--2025-12-31' },
    ]);
  });

  it('reads the period in parentheses or after a comma, and a bullet before the name', () => {
    const text = 'Kommunen har IOP med följande organisationer:\n• Kvinnojouren Vega (2023–2025)\n• Idrottsföreningen Kometen, 2024-01-01–2025-12-31';
    expect(rowsOf(text)).toEqual([
      { ideburen: 'Kvinnojouren Vega', period: '2023–2025' },
      { ideburen: 'Idrottsföreningen Kometen', period: '2024-01-01–2025-12-31' },
    ]);
  });

  it('reads two "<förening> – period" lines without a lead-in when both periods have a start and an end', () => {
    expect(rowsOf('Kvinnojouren Linnea – 2024–2027\nBrottsofferjouren Syd – 2023-01-01–2025-06-30').map((r) => r.period)).toEqual(['2024–2027', '2023-01-01–2025-06-30']);
  });

  it('finds no list in prose, in a budget without a lead-in, in bodies or places, or in two dated lines', () => {
    expect(findLineLists('Nämnden beslutade att teckna avtal.\nAvtalet gäller från 2024.\nBeslutet skickas till föreningen.')).toEqual([]);
    expect(findLineLists('Kultur 1 200 000 kronor\nFritid 800 000 kronor\nIdrott 500 000 kronor')).toEqual([]);
    expect(findLineLists('Beslutet skickas till:\nSocialnämnden\nKultur- och fritidsnämnden\nLunds kommun')).toEqual([]);
    expect(findLineLists('Kvinnojouren Linnea – från 2024\nBrottsofferjouren Syd – från 2023')).toEqual([]);
  });

  it('keeps the lines of one list alike: a name without a sum ends a list of sums', () => {
    const text = 'Medlen fördelas så här:\nFöreningen Ett 100 000 kronor\nFöreningen Två 200 000 kronor\nFöreningen Tre';
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Föreningen Ett', 'Föreningen Två']);
  });
});

describe('findLineLists: lists of grants', () => {
  it('reads a grant list a name and its sum a line, a name in lower case after its organisation word too', () => {
    const text = [
      'Kultur- och fritidsnämnden beslutade om verksamhetsbidrag till följande föreningar:',
      '',
      'Tierps schackklubb 25 000 kr',
      'Föreningen Ungdomens hus 120 000 kr',
      'Västra Åby IK 75 000 kr',
    ].join('\n');
    expect(rowsOf(text).map((row) => [row.ideburen, row.amount])).toEqual([
      ['Tierps schackklubb', '25 000 kr'],
      ['Föreningen Ungdomens hus', '120 000 kr'],
      ['Västra Åby IK', '75 000 kr'],
    ]);
  });

  it('reads no sentence about a förening and its grant as a name', () => {
    const text = ['Bidrag som beviljats:', '', 'Föreningen Gemenskap erhåller 120 000 kr', 'Föreningen Ungdomens hus driver 50 000 kr'].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });

  it('reads a name holding digits in a word as the name, the bare sum after it as the sum', () => {
    const text = ['Dessa föreningar får bidrag:', '', 'Kulturföreningen Norrby 2 000', 'Internationella klubben/5i12 2 000', 'IFK08 Ekby 5 000'].join('\n');
    expect(rowsOf(text).map((row) => [row.ideburen, row.amount])).toEqual([
      ['Kulturföreningen Norrby', '2 000'],
      ['Internationella klubben/5i12', '2 000'],
      ['IFK08 Ekby', '5 000'],
    ]);
  });
});

describe('findLineLists: layouts of web pages', () => {
  it('reads "<förening> – period" lines each under a caption naming its activity', () => {
    const text = [
      'Aktuella partnerskap i kulturnämnden',
      '',
      'Bygdens arkiv',
      '',
      'Västerby hembygdsförening – 1 juli 2024–31 december 2027.',
      '',
      'Öppen mötesplats för unga, Norrängen',
      '',
      'Norrängens BK – 1 januari 2024–30 juni 2025.',
      'Idrottsklubben Pilen – 1 januari 2024–30 juni 2025.',
      '',
      'Kontakt',
    ].join('\n');
    expect(rowsOf(text).map((r) => [r.ideburen, r.period, r.organ])).toEqual([
      ['Västerby hembygdsförening', '1 juli 2024–31 december 2027', 'kulturnämnden'],
      ['Norrängens BK', '1 januari 2024–30 juni 2025', 'kulturnämnden'],
      ['Idrottsklubben Pilen', '1 januari 2024–30 juni 2025', 'kulturnämnden'],
    ]);
  });

  it('gives the rows the public party a lead-in names, and no body where it names two', () => {
    const text = 'Lunds kommun har IOP med följande föreningar:\nKvinnojouren Linnea (2022–2024)\nStiftelsen Gröna Gården (2021–2026)';
    expect(rowsOf(text).map((r) => [r.ideburen, r.offentlig, r.organ])).toEqual([
      ['Kvinnojouren Linnea', 'Lunds kommun', undefined],
      ['Stiftelsen Gröna Gården', 'Lunds kommun', undefined],
    ]);
    const two = 'Socialnämnden och kulturnämnden har följande IOP:\nKvinnojouren Linnea (2022–2024)\nStiftelsen Gröna Gården (2021–2026)';
    expect(rowsOf(two).map((r) => r.organ)).toEqual([undefined, undefined]);
  });

  it('passes over a dated line whose name it cannot read, and goes on with the list', () => {
    const text = [
      'Västerby hembygdsförening – 1 juli 2024–31 december 2027.',
      'Kartorna som skolorna använder – 2023–2025.',
      'Norrängens BK – 1 januari 2024–30 juni 2025.',
      'Idrottsklubben Pilen – 1 januari 2024–30 juni 2025.',
    ].join('\n');
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Västerby hembygdsförening', 'Norrängens BK', 'Idrottsklubben Pilen']);
  });

  it('reads the partner of a line that names the kommun\'s own unit or the kommun beside it, without the public side', () => {
    const text = 'Västerby hembygdsförening – 1 juli 2024–31 december 2027.\nOrion OK och kartavdelningen – 2023–2025.\nNorrängens BK och Lunds kommun – 2024–2025.';
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Västerby hembygdsförening', 'Orion OK', 'Norrängens BK']);
    expect(withoutPublicCoParty('Föreningen för barn och unga')).toBe('Föreningen för barn och unga');
    expect(withoutPublicCoParty('Kvinno- och tjejjouren Vega')).toBe('Kvinno- och tjejjouren Vega');
  });

  it('reads a period in a parenthesis closing the line: a year alone, "tills vidare"', () => {
    const text = 'Kommunen har följande IOP-avtal:\nKvinnojouren Vega (2023-2025)\nFontänhuset Västerby (tills vidare)\nUng Cancer (2024)';
    expect(rowsOf(text).map((r) => `${r.ideburen}: ${r.period}`)).toEqual(['Kvinnojouren Vega: 2023-2025', 'Fontänhuset Västerby: tills vidare', 'Ung Cancer: 2024']);
  });

  it('reads a name set apart by a dash and its period though it holds lower-case words, but no clause', () => {
    const text = 'Västerby kammarkör – 1 januari 2021–31 december 2024.\nNorrängens blåsorkester – 1 oktober 2021–31 december 2024.\nIdrottsklubben Pilen – 2022–2024.';
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Västerby kammarkör', 'Norrängens blåsorkester', 'Idrottsklubben Pilen']);
    const clauses = 'Avtalet med föreningen gäller – 2021–2024.\nStödet till föreningar som har avtal – 2022–2024.\nIdrottsklubben Pilen – 2022–2024.';
    expect(rowsOf(clauses).map((r) => r.ideburen)).not.toContain('Avtalet med föreningen gäller');
  });

  it('reads "<förening>, <verksamhet>, period" lines: the name ends at the comma', () => {
    const text = 'Friskvårdsföreningen Vågen, rehabilitering efter stroke, 2023–2025\nStallbackens ryttarförening, ridterapi för barn, 2022–2024\nKvinnojouren Tärnan, skyddat boende, 2021–2025';
    expect(rowsOf(text).map((r) => [r.ideburen, r.period])).toEqual([
      ['Friskvårdsföreningen Vågen', '2023–2025'],
      ['Stallbackens ryttarförening', '2022–2024'],
      ['Kvinnojouren Tärnan', '2021–2025'],
    ]);
  });

  it('reads a bullet list of names under a heading that names partnerships ("Aktuella IOP:er")', () => {
    const text = 'Aktuella IOP:er\n\n• Kvinnojouren Linnea\n• Stiftelsen Gröna Gården\n• Mötesplats Norr\n\nVill du veta mer? Kontakta oss.';
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Kvinnojouren Linnea', 'Stiftelsen Gröna Gården', 'Mötesplats Norr']);
  });

  it('reads lines that open with the agreement ("IOP med …") and go on with its topic ("… om läxhjälp")', () => {
    const text = 'Pågående partnerskap:\n- IOP med Kvinnojouren Tärnan om skyddat boende (2022–2025)\n- Överenskommelse med Idrottsklubben Pilen om lovaktiviteter (2023–2024)';
    expect(rowsOf(text).map((r) => [r.ideburen, r.period])).toEqual([
      ['Kvinnojouren Tärnan', '2022–2025'],
      ['Idrottsklubben Pilen', '2023–2024'],
    ]);
  });

  it('reads lines that give the period before the name ("2023–2025: Kvinnojouren Tärnan – skyddat boende")', () => {
    const text = 'Pågående IOP\n2023–2025: Kvinnojouren Tärnan – skyddat boende\n2022–2024: Föreningen Linden – läxhjälp\n2024–2026 Idrottsklubben Pilen, fritidsgård';
    expect(rowsOf(text).map((r) => [r.ideburen, r.period])).toEqual([
      ['Kvinnojouren Tärnan', '2023–2025'],
      ['Föreningen Linden', '2022–2024'],
      ['Idrottsklubben Pilen', '2024–2026'],
    ]);
  });

  it('reads lines that name the activity or body first, the organisation after a dash or colon', () => {
    const text = 'Skyddat boende – Kvinnojouren Tärnan, 2023–2025\nHärbärge – Stadsmissionen i Lund, 2022–2024\nSocialnämnden: Föreningen Linden, 2024–2026';
    expect(rowsOf(text).map((r) => [r.ideburen, r.period, r.organ])).toEqual([
      ['Kvinnojouren Tärnan', '2023–2025', undefined],
      ['Stadsmissionen i Lund', '2022–2024', undefined],
      ['Föreningen Linden', '2024–2026', 'Socialnämnden'],
    ]);
  });

  it('keeps the name first where what follows the dash is no organisation, and reads no period-first sentence', () => {
    const text = 'Fryshuset – mötesplats för unga, 2023–2025\nKvinnojouren Tärnan – skyddat boende, 2022–2024\nFöreningen Linden – läxhjälp, 2024–2026';
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Fryshuset', 'Kvinnojouren Tärnan', 'Föreningen Linden']);
    expect(findLineLists('2023–2025: Under perioden ska föreningen redovisa\n2024: Nämnden följer upp avtalet\n2025: Avtalet löper ut')).toEqual([]);
    expect(findLineLists('Bakgrund – Föreningen Linden har sedan 2022\nSyfte – Föreningen Linden vill under 2023\nMål – Föreningen Linden ska till 2024')).toEqual([]);
  });

  it('finds no list of people with their terms, of budget lines, of contacts, of kommuner or of nämnder', () => {
    // Board members with their terms of office: names without an organisation's form.
    expect(findLineLists('Anna Lindqvist, ordförande, 2023–2026\nPer Holm, vice ordförande, 2023–2026\nEva Berg, ledamot, 2023–2026')).toEqual([]);
    // A budget under a lead-in that speaks of money.
    expect(findLineLists('Föreningens budget för bidraget:\nLokalhyra 120 000 kronor\nPersonal 450 000 kronor\nMaterial 30 000 kronor')).toEqual([]);
    // A contact list under a lead-in naming the organisations.
    expect(findLineLists('Kontakta föreningarna:\nKvinnojouren Linnea, 08-123 45 67\nStiftelsen Gröna Gården, info@gronagarden.se')).toEqual([]);
    expect(findLineLists('Medverkande kommuner i partnerskapet:\nLunds kommun\nEslövs kommun\nHöörs kommun')).toEqual([]);
    expect(findLineLists('Avtal har tecknats av följande nämnder:\nSocialnämnden\nKultur- och fritidsnämnden\nUtbildningsnämnden')).toEqual([]);
  });

  it('finds no list in money shared among kommuner or places, in target groups or in kinds of grant', () => {
    expect(findLineLists('Regionen fördelar medel till kommunerna enligt följande:\nTierps kommun 250 000 kr\nÖsthammars kommun 180 000 kr\nHeby kommun 120 000 kr')).toEqual([]);
    expect(findLineLists('Medlen fördelas per ort:\nTierp 250 000 kr\nÖsthammar 180 000 kr\nÄlvkarleby 90 000 kr')).toEqual([]);
    expect(findLineLists('Partnerskapen riktar sig till följande målgrupper:\n• Barn och unga i utsatta områden\n• Äldre personer med psykisk ohälsa\n• Våldsutsatta kvinnor')).toEqual([]);
    expect(findLineLists('Fördelning av bidrag:\nGrundbidrag 1 200 000 kr\nAktivitetsbidrag 800 000 kr\nLokalbidrag 450 000 kr')).toEqual([]);
  });

  it('takes no labelled line of a block ("Verksamhet: …") for an item', () => {
    const text = 'Uppföljning av partnerskap\n\n1. Kvinnojouren Tärnan\nVerksamhet: Skyddat boende\nAvtalsperiod: 2022–2025';
    expect(findLineLists(text)).toEqual([]);
  });

  it('takes no prose paragraph for a caption: a sentence between two dated lines ends the list', () => {
    const text = 'Kvinnojouren Linnea – 2024-01-01–2027-12-31\nBrottsofferjouren Syd – 2023-01-01–2025-06-30\nDärefter beslutade nämnden att avsluta samarbetet.\nIdrottsklubben Pilen – 2022-01-01–2023-12-31';
    expect(rowsOf(text).map((r) => r.ideburen)).toEqual(['Kvinnojouren Linnea', 'Brottsofferjouren Syd']);
  });
});

describe('a sum with its unit closing the line', () => {
  const nameOf = (text: string) => readItemIn(text, { text, start: 0 })?.cells[0]?.text ?? null;
  it('sets the name before it apart, so it may hold a lower-case word or two ("Östby byalag 2 685 kronor")', () => {
    expect(nameOf('Norrby Folkets park 20 000 kronor')).toBe('Norrby Folkets park');
    expect(nameOf('Östby byalag 2 685 kronor')).toBe('Östby byalag');
    expect(nameOf('Totalt fördelas 20 000 kronor')).toBeNull();
    expect(nameOf('Kommunen ger föreningen 20 000 kronor')).toBeNull();
    // A sum that does not close the line sets nothing apart.
    expect(nameOf('Östby byalag 2 685 kronor till dansbanan')).toBeNull();
  });
});

describe('findLineLists: a decision\'s list of sums', () => {
  it('reads the lines under a long sentence closing on "enligt följande:", a budget line left out', () => {
    const text = [
      'Utifrån organisationernas ordinarie ansökningar om verksamhetsstöd för 2008 har förvaltningen arbetat fram ett förslag, som innebär att 100 kkr av bufferten fördelas enligt följande:',
      'Ekby Hembygdsförbund 35 kkr',
      'Föreningen Ekbytåget  10 kkr',
      'Ramanslag för hembygdsföreningar 25 kkr',
    ].join('\n');
    expect(rowsOf(text).map((row) => row.ideburen)).toEqual(['Ekby Hembygdsförbund', 'Föreningen Ekbytåget']);
  });
});

describe('findLineLists: lines that open on the sum ("25 000 kronor till …")', () => {
  const lines = ['• 25 000 kronor till Norrby Konstförening för en utställning om bygden.', '• 40 000 kr till Ekby Teaterförening, sommarteater', '• 15 000 kronor till Åsens Musiksällskap.'];
  it('reads the name after "till" and the sum before it, under a lead-in or three in a row without one', () => {
    const expected = [
      { ideburen: 'Norrby Konstförening', amount: '25 000 kronor' },
      { ideburen: 'Ekby Teaterförening', amount: '40 000 kr' },
      { ideburen: 'Åsens Musiksällskap', amount: '15 000 kronor' },
    ];
    expect(rowsOf(['Så här fördelas pengarna:', ...lines].join('\n'))).toEqual(expected);
    expect(rowsOf(lines.join('\n'))).toEqual(expected);
  });
  it('reads no sum given to an activity, a kommun or a sum later in the line', () => {
    expect(rowsOf(['Så här fördelas pengarna:', '• 25 000 kronor till ungdomsverksamhet.', '• 40 000 kronor till lokalhyror.'].join('\n'))).toEqual([]);
    expect(rowsOf(['Så här fördelas pengarna:', '• 2 miljoner kronor till Norrby kommun.', '• 1 miljon kronor till Region Ekby.'].join('\n'))).toEqual([]);
    expect(rowsOf(['Totalt 80 000 kronor till Norrby Konstförening.', 'Totalt 40 000 kronor till Ekby Teaterförening.', 'Totalt 5 000 kronor till Åsens Musiksällskap.'].join('\n'))).toEqual([]);
  });
});

describe('isIntro', () => {
  it('is a line ending in a colon that speaks of partnerships or funding', () => {
    expect(isIntro('Rinkeby-Kista har följande IOP:')).toBe(true);
    expect(isIntro('Se hur de 6,7 miljonerna fördelades:')).toBe(true);
    expect(isIntro('Närvarande:')).toBe(false);
    // A relative clause's perfect without its "har" says the money was granted as "har fått" does.
    expect(isIntro('Föreningar som fått bidrag 2023:')).toBe(true);
    expect(isIntro('Föreningar som fått information')).toBe(false);
    expect(isIntro('Föreningar som fått bidrag 2023')).toBe(true);
    expect(isIntro(' • Följande föreningar beviljas bidrag ur verksamhet 491, utbetalning sker efter redovisning.')).toBe(true);
    expect(isIntro(' • Anslaget för stöd till hembygdsföreningar ökas med 145 000 kronor.')).toBe(false);
    // A paragraph too long for a lead-in is one when its closing sentence is.
    const prose = 'Nämnden har under året följt upp hur föreningarna arbetar med barn och unga i stadsdelen, och resultatet redovisas i en särskild rapport till nämnden.';
    expect(isIntro(`${prose} Totalt beviljades 661 000 kronor till sju föreningar:`)).toBe(true);
    expect(isIntro(`${prose} Följande föreningar är medlemmar i rådet:`)).toBe(false);
    expect(isIntro(`${prose} Nämnden beslutade följande:`)).toBe(false);
    expect(isIntro('Kommunen har följande IOP.')).toBe(false);
    // A sentence however long that closes on "enligt följande:" points at its list.
    const decided = 'Utifrån organisationernas ordinarie ansökningar om verksamhetsstöd för 2008 har förvaltningen arbetat fram ett förslag, som innebär att 100 kkr av bufferten fördelas enligt följande:';
    expect(isIntro(decided)).toBe(true);
    expect(isIntro(decided.replace('fördelas enligt följande:', 'fördelas på det sätt som framgår nedan:'))).toBe(false);
    // A whole sentence that opens by pointing at the list below it, full stop and all.
    expect(isIntro('Här är listan över de föreningar som får årsbidrag i början av 2024.')).toBe(true);
    expect(isIntro('Följande föreningar beviljas bidrag för 2025.')).toBe(true);
    expect(isIntro('Följande föreningar är medlemmar i rådet.')).toBe(false);
    expect(isIntro('Här är kontaktuppgifterna till föreningarna.')).toBe(false);
  });

  it('is a sentence closing on "enligt följande." or "till följande <noun>.", its full stop read as the colon', () => {
    expect(isIntro('Kultur- och fritidsnämnden har fördelat föreningsbidrag för 2024 enligt följande.')).toBe(true);
    expect(isIntro('Nämnden har beviljat bidrag till följande föreningar.')).toBe(true);
    expect(rowsOf(['Nämnden har fördelat föreningsbidrag för 2024 enligt följande.', '', 'Ekby IF 45 000 kr', 'Norrby Konstförening 12 000 kr'].join('\n'))).toEqual([
      { ideburen: 'Ekby IF', amount: '45 000 kr', period: 'föreningsbidrag för 2024' },
      { ideburen: 'Norrby Konstförening', amount: '12 000 kr', period: 'föreningsbidrag för 2024' },
    ]);
    // A sentence that merely states what there is, or points elsewhere, or speaks of no funding.
    expect(isIntro('Kommunen har följande IOP.')).toBe(false);
    expect(isIntro('Bidraget fördelas enligt listan i bilaga 1.')).toBe(false);
    expect(isIntro('Nämnden beslutade enligt följande.')).toBe(false);
  });

  it('is no line leading in to applicants turned down', () => {
    expect(isIntro('Följande ansökningar om bidrag föreslås avslås:')).toBe(false);
    expect(isIntro('Avslag på ansökan om bidrag:')).toBe(false);
    expect(isIntro('Följande föreningar avslogs bidrag:')).toBe(false);
    // An ended partnership is still one.
    expect(isIntro('Avslutade IOP:')).toBe(true);
    // Nor does a refusal head the next group of the list before it.
    const lists = ['Medlen fördelas enligt följande:', 'Ekby IF  39 000 kr', 'Norrby OK  20 000 kr', '', 'Följande ansökningar avslås:', 'Berga Motorklubb', 'Ekby Hundklubb'];
    expect(rowsOf(lists.join('\n')).map((row) => row.ideburen)).toEqual(['Ekby IF', 'Norrby OK']);
  });

  it('is a short heading, without a colon, that names partnerships', () => {
    expect(isIntro('Aktuella IOP:er')).toBe(true);
    expect(isIntro('Pågående partnerskap')).toBe(true);
    expect(isIntro('Bidrag och stöd')).toBe(false);
    expect(isIntro('Kommunen har tecknat IOP med flera föreningar.')).toBe(false);
  });

  it('is a short heading, without a colon, saying money was granted ("FÖRENINGAR SOM BEVILJATS BIDRAG")', () => {
    expect(isIntro('FÖRENINGAR I DISTRIKTET SOM BEVILJATS BIDRAG')).toBe(true);
    expect(isIntro('Dessa föreningar fick stöd 2024')).toBe(true);
    expect(isIntro('Föreningen fick bidrag förra året.')).toBe(false);
    expect(isIntro('Bidrag och stöd till föreningar')).toBe(false);
    expect(isIntro('Föreningar som fick bidrag och är medlemmar')).toBe(false);
  });

  it('is a fact box heading naming the recipients with the grant verb, the money word left to the lines ("Det här får föreningarna …")', () => {
    expect(isIntro('Fakta: Det här får föreningarna i Norrby kommun 2016')).toBe(true);
    expect(isIntro('Så mycket fick organisationerna')).toBe(true);
    expect(isIntro('Nu får föreningarna söka igen')).toBe(false);
    expect(isIntro('Föreningarna får vänta')).toBe(false);
    const text = ['Fakta: Det här får föreningarna i Ydre kommun 2016', '', 'Norrby Sportklubb 183 697 kronor', '', 'Norrbyortens Ridklubb 138 734 kronor', '', 'Östby bygdegårdsförening 19 840 kronor'].join('\n');
    // The year closing the heading is each line's grant year.
    expect(rowsOf(text).map((row) => [row['ideburen'], row['amount'], row['offentlig'], row['period']])).toEqual([
      ['Norrby Sportklubb', '183 697 kronor', 'Ydre kommun', '2016'],
      ['Norrbyortens Ridklubb', '138 734 kronor', 'Ydre kommun', '2016'],
      ['Östby bygdegårdsförening', '19 840 kronor', 'Ydre kommun', '2016'],
    ]);
    // A lead-in naming two periods gives the lines none.
    const two = ['Bidrag 2023 och 2024 fördelades så här:', 'Norrby Sportklubb 183 697 kronor', 'Norrbyortens Ridklubb 138 734 kronor'].join('\n');
    expect(rowsOf(two).map((row) => row['period'] ?? '')).toEqual(['', '']);
  });

  it('reads the name-and-sum lines such a heading leads in to, a place after a comma left off the name', () => {
    const text = ['FÖRENINGAR I DISTRIKTET SOM BEVILJATS BIDRAG', 'IF Norrby Karate-do     17 500 kr', 'Ås Aikidoklubb, Åsby     15 500 kr', 'Skogsby Karateklubb     13 500 kr', '', 'Källa: förbundet'].join('\n');
    expect(rowsOf(text).map((row) => [row['ideburen'], row['amount']])).toEqual([
      ['IF Norrby Karate-do', '17 500 kr'],
      ['Ås Aikidoklubb', '15 500 kr'],
      ['Skogsby Karateklubb', '13 500 kr'],
    ]);
    // Under a heading that grants nothing, name-and-sum lines alone may be a budget: no list.
    expect(rowsOf(['Resultat och budget', 'IF Norrby Karate-do     17 500 kr', 'Ås Aikidoklubb     15 500 kr'].join('\n'))).toEqual([]);
  });

  it('is a line granting money to member organisations ("medlemsföreningar beviljades stöd"), not one listing members', () => {
    expect(isIntro('Dessa 6 medlemsföreningar beviljades stöd för ungdomsanpassning:')).toBe(true);
    expect(isIntro('Följande medlemsorganisationer får bidrag 2024:')).toBe(true);
    expect(isIntro('Våra medlemsföreningar:')).toBe(false);
    expect(isIntro('Följande föreningar är medlemmar och fick bidrag:')).toBe(false);
  });

  it('reads the bulleted grant list such a line leads in to', () => {
    const text = [
      'Dessa medlemsföreningar beviljades stöd för ungdomsanpassning:',
      '',
      '  • Föreningen Ung kraft i Norrby                       1 047 000 kronor',
      '  • Riksföreningen Gröna Gårdar 396 479 kronor',
    ].join('\n');
    expect(findLineLists(text).flatMap((t) => t.rows.map((row) => row[0]!.text))).toEqual(['Föreningen Ung kraft i Norrby', 'Riksföreningen Gröna Gårdar']);
  });

  it('is no line leading in to members, contacts or prize winners', () => {
    expect(isIntro('Följande föreningar är medlemmar i rådet:')).toBe(false);
    expect(isIntro('Kontakta någon av oss om IOP:')).toBe(false);
    expect(isIntro('Stipendierna till föreningar går till:')).toBe(false);
    expect(isIntro('Vi samverkar med följande föreningar:')).toBe(true);
  });

  it('is no line leading in to a network, a remiss, or the parties of one partnership', () => {
    expect(isIntro('I nätverket ingår följande organisationer:')).toBe(false);
    expect(isIntro('Förslaget har skickats på remiss till följande organisationer:')).toBe(false);
    expect(isIntro('Följande föreningar deltar i partnerskapet:')).toBe(false);
    expect(isIntro('Socialnämnden har IOP med följande organisationer:')).toBe(true);
  });
});

describe('looksLikeName', () => {
  it('accepts capitalised names with the lower-case words names hold', () => {
    expect(looksLikeName('Föreningen för psykisk hälsa')).toBe(true);
    expect(looksLikeName('Husby Konst– och Hantverksförening')).toBe(true);
    expect(looksLikeName('Kista SC')).toBe(true);
    expect(looksLikeName('Uppsala rödakorskrets')).toBe(true);
    // The county's genitive inside a name: "läns" as a connector.
    expect(looksLikeName('Gotlands läns Hushållningssällskap')).toBe(true);
    expect(looksLikeName('Gotlands läns landsting')).toBe(false);
    expect(looksLikeName('Gotlands vackra Hushållningssällskap')).toBe(false);
  });

  it('accepts a name that opens with its organisation word and goes on in lower case, but no clause', () => {
    expect(looksLikeName('Föreningen Ungdomens hus')).toBe(true);
    expect(looksLikeName('Stiftelsen Gröna gården')).toBe(true);
    expect(looksLikeName('Föreningen Gemenskap driver läxhjälp')).toBe(false);
    expect(looksLikeName('Föreningen Gemenskap erhåller stöd')).toBe(false);
    expect(looksLikeName('Kvinnojouren Lilja skyddat boende')).toBe(false);
    expect(looksLikeName('Föreningen Hus för unga och gamla vid torget')).toBe(false);
  });

  it('rejects sentences, public bodies, places and companies', () => {
    expect(looksLikeName('Alla IOP går ut vid årsskiftet, förutom')).toBe(false);
    expect(looksLikeName('Föreningen erbjuder stöd till unga')).toBe(false);
    expect(looksLikeName('Socialnämnden')).toBe(false);
    expect(looksLikeName('Uppsala')).toBe(false);
    expect(looksLikeName('Ungdom Väsby AB')).toBe(false);
  });

  it('rejects a budget line that opens on a grant\'s or budget\'s noun, not a name whose word goes on', () => {
    expect(looksLikeName('Ramanslag för hembygdsföreningar')).toBe(false);
    expect(looksLikeName('Verksamhetsbidrag Norr')).toBe(false);
    expect(looksLikeName('Bidragsföreningen Norr')).toBe(true);
    expect(looksLikeName('Föreningen Anslaget')).toBe(true);
    expect(looksLikeName('Brottsofferstöd Ekby')).toBe(true);
  });
});

describe('readItemIn', () => {
  it('gives a line repeated further down its own places, the body before the name included', () => {
    const line = 'Socialnämnden: Kvinnojouren Tärnan, 2023–2025';
    const text = `${line}\nMellanrad utan innehåll\n${line}`;
    const [first, , second] = splitLines(text);
    const a = readItemIn(text, first!)!;
    const b = readItemIn(text, second!)!;
    const by = second!.start - first!.start;
    expect(a.organ).toBeDefined();
    expect(text.slice(b.organ!.start, b.organ!.end)).toBe('Socialnämnden');
    expect(b.organ!.start).toBe(a.organ!.start + by);
    expect(text.slice(b.cells[0]!.start, b.cells[0]!.end)).toBe(text.slice(a.cells[0]!.start, a.cells[0]!.end));
  });
});
