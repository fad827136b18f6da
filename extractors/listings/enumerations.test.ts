import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { extractParties } from '../parties/index.js';
import { findEnumerations } from './enumerations.js';

/** Each row as its name and the values beside it (its period, its sum), the blank cells left out. */
const rowsOf = (text: string) =>
  findEnumerations(text, extractParties(DocText.fromString(text)).ideburna).flatMap((t) =>
    t.rows.map((row) => [row[0]!.text, row.slice(1).map((cell) => cell.text).filter((value) => value !== '').join(' / ')]),
  );

describe('findEnumerations', () => {
  it('reads organisations enumerated in one sentence, each with its period in parentheses or after a dash', () => {
    const text = 'Kommunen har i dag IOP med Kvinnojouren Tärnan (2022–2025), Idrottsklubben Pilen (avtal 2023–2024) och Stiftelsen Gröna Gården – 1 juli 2024–30 juni 2027.';
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Tärnan', '2022–2025'],
      ['Idrottsklubben Pilen', 'avtal 2023–2024'],
      ['Stiftelsen Gröna Gården', '1 juli 2024–30 juni 2027'],
    ]);
  });

  it('finds no list in one partnership\'s several parties, or in one organisation with its period', () => {
    expect(rowsOf('Staden har ett samarbete med Bräcke diakoni, Frälsningsarmén och Stadsmissionen om stöd till hemlösa under 2022–2024.')).toEqual([]);
    expect(rowsOf('Kommunen har IOP med Kvinnojouren Tärnan (2022–2025). Kvinnojouren Tärnan (grundad 1982) har skyddat boende.')).toEqual([]);
  });

  it('reads as many recipients as a granting sentence counts, named after its dash or colon, two enough', () => {
    const text =
      'Kulturnämnden väljer att ge verksamhetsstöd till två nya verksamheter som har stor betydelse inom sina konstområden – Ekbacken residens samt Kollektivet Norr. Ekbacken är en ideell förening.';
    // The known shorter form of a name ("Ekbacken är en ideell förening") is the organisation's, its description left off.
    expect(rowsOf(text).map((row) => row[0])).toEqual(['Ekbacken', 'Kollektivet Norr']);
    expect(rowsOf('Nämnden ger bidrag till tre föreningar: Ås IK, Berga SK och Norrby BK.').map((row) => row[0])).toEqual(['Ås IK', 'Berga SK', 'Norrby BK']);
    // The count not met, no names, or no grant: no list.
    expect(rowsOf('Nämnden ger bidrag till tre föreningar: Ås IK och Berga SK.')).toEqual([]);
    expect(rowsOf('Nämnden ger bidrag till två föreningar i kommunen.')).toEqual([]);
    expect(rowsOf('Kommunen har samarbete med två föreningar: Ås IK och Berga SK.')).toEqual([]);
  });

  it('reads the recipients a granted-then-colon lead counts, no organisation word needed where the count is met', () => {
    expect(rowsOf('Ekby Fritidsgård har tre föreningar som får bidrag: Unga i Norr, Ekby Hjältar samt Silver Sisters.').map((row) => row[0])).toEqual([
      'Unga i Norr',
      'Ekby Hjältar',
      'Silver Sisters',
    ]);
    expect(rowsOf('Av de 40 föreningar som får bidrag är två nya: Unga i Norr och Ekby Hjältar.').map((row) => row[0])).toEqual(['Unga i Norr', 'Ekby Hjältar']);
    // The count not met, or a count of the kind that is no count of the names: the names need an organisation word.
    expect(rowsOf('Ekby Fritidsgård har tre föreningar som får bidrag: Unga i Norr och Ekby Hjältar.')).toEqual([]);
    expect(rowsOf('Hela 40 föreningar som får bidrag: Unga i Norr, Ekby Hjältar och Silver Sisters.')).toEqual([]);
  });

  it('keeps an enumeration within its paragraph', () => {
    const text = 'Kommunen har IOP med Kvinnojouren Tärnan (2022–2025).\n\nTidigare fanns avtal med Idrottsklubben Pilen (2019–2021).';
    expect(rowsOf(text)).toEqual([]);
  });

  it('reads each recipient of a sentence that hands grants to several, one by one', () => {
    // The period the lead states (as the period reader spans it) is each recipient's.
    expect(rowsOf('De föreningar som fick bidrag för 2023 var Brottsofferjouren, Kvinnojouren Linnea, Sällskapet Gemenskap och Röda Korset.')).toEqual([
      ['Brottsofferjouren', 'bidrag för 2023'],
      ['Kvinnojouren Linnea', 'bidrag för 2023'],
      ['Sällskapet Gemenskap', 'bidrag för 2023'],
      ['Röda Korset', 'bidrag för 2023'],
    ]);
    expect(rowsOf('Bidraget 2023 gick till Ås bygdegårdsförening, Åsby hembygdsförening och Berga idrottsförening.').map((row) => row[0])).toEqual([
      'Ås bygdegårdsförening',
      'Åsby hembygdsförening',
      'Berga idrottsförening',
    ]);
  });

  it('reads no recipients where two may share one grant, where places or people are named, or where they applied', () => {
    expect(rowsOf('Bidraget gick till Kvinnojouren Linnea och Brottsofferjouren.')).toEqual([]);
    expect(rowsOf('Stödet fördelades till Norrby, Söderby, Västerby och Österby.')).toEqual([]);
    expect(rowsOf('Bidrag söktes av Kvinnojouren Linnea, Brottsofferjouren och Röda Korset.')).toEqual([]);
    expect(rowsOf('Bidraget gick till föreningar i hela kommunen, till exempel idrott, kultur och friluftsliv.')).toEqual([]);
  });
});

describe('findEnumerations: the leads of a news text\'s recipients', () => {
  const names = (text: string) => rowsOf(text).map(([name]) => name);
  it.each([
    ['relative-then-copula, "finns bland andra"', 'Bland de andra föreningarna som får bidrag i år finns bland andra Galleri Norr, Ekby Teaterförening, Åsby hembygdsförening och Unga Örnar.'],
    ['sum-to-kind', 'Nämnden beslutade att dela ut 1,4 miljoner kronor till föreningarna Galleri Norr, Ekby Teaterförening, Åsby hembygdsförening och Unga Örnar.'],
    ['sum-to-kind, counted', 'Bidrag går ut till de fyra föreningarna Galleri Norr, Ekby Teaterförening, Åsby hembygdsförening och Unga Örnar.'],
    ['granted-then-colon', 'Fyra kulturföreningar med samlingslokaler fick bidrag för att rusta upp; Galleri Norr, Ekby Teaterförening, Åsby hembygdsförening och Unga Örnar.'],
    ['names-then-grant', 'Även föreningar som Galleri Norr, Ekby Teaterförening, Åsby hembygdsförening och Unga Örnar med flera tilldelas föreningsbidrag.'],
  ])('reads each recipient after a %s lead', (_lead, text) =>
    expect(names(text)).toEqual(['Galleri Norr', 'Ekby Teaterförening', 'Åsby hembygdsförening', 'Unga Örnar']),
  );

  it.each([
    ['no grant: a joint project\'s parties', 'Projektet drivs i samarbete med föreningarna Galleri Norr, Ekby Teaterförening och Åsby hembygdsförening.'],
    ['no money after the names', 'Organisationer som Röda Korset, Rädda Barnen och Ekby Teaterförening får ofta frågor om volontärer.'],
    ['no names, a kind', 'Föreningar som arbetar med barn, unga och äldre får bidrag enligt riktlinjerna.'],
    ['no names after the colon', 'Fyra föreningar fick bidrag för att rusta upp; målning, tak och fönster byttes.'],
  ])('reads no recipients where there is %s', (_why, text) => expect(rowsOf(text)).toEqual([]));

  it('reads recipients named first and then called examples of those granted, a name in two such sentences once', () => {
    const text =
      'Galleri Norr, Ekby Teaterförening och Unga Örnar är några av verksamheterna som får ta del av pengarna. ' +
      'Åsby hembygdsförening, Vägen ut, Galleri Norr och Solgården är exempel på verksamheter som beviljats bidrag.';
    expect(names(text)).toEqual(['Galleri Norr', 'Ekby Teaterförening', 'Unga Örnar', 'Åsby hembygdsförening', 'Vägen ut', 'Solgården']);
    expect(names('Nämnden beviljar 1,4 miljoner kronor i bidrag till föreningar som arrangerar konserter, där Ekby jazzklubb, Ekby orkesterförening, Åsby riksteaterförening är några utav aktörerna.')).toEqual([
      'Ekby jazzklubb',
      'Ekby orkesterförening',
      'Åsby riksteaterförening',
    ]);
  });

  it('reads example recipients after a dash and "det", a counted or qualified kind of association, or "bland dem som får"', () => {
    // associations-named: the kind says each name is one; no organisation word is needed.
    expect(names('Årets stöd. Solrosen, Vägen ut, Gläntan och Oskar – det är några av 78 föreningar i Ekby som får dela på 42 miljoner kronor i bidrag nästa år.')).toEqual([
      'Solrosen',
      'Vägen ut',
      'Gläntan',
      'Oskar',
    ]);
    // A lower-case head (a jour, a house) stays on its name; an article-word ("organisationen") does not.
    expect(names('Ekby Räddningsmission, kvinno- och tjejjouren Vega, kvinnohuset Linnea och organisationen Gläntan är några ideella föreningar som får mest i bidrag.')).toEqual([
      'Ekby Räddningsmission',
      'kvinno- och tjejjouren Vega',
      'kvinnohuset Linnea',
      'Gläntan',
    ]);
    // A counted kind among the names names none; "till exempel" is no part of the name after it; a name opened by its
    // organisation word holds its clause words.
    expect(names('Föreningen Vi som sörjer, Ekby-teatern, Solgårdens vänner, samt sex olika frivilligcentraler, till exempel Gläntan, Kastanjen och Ekhagen finns också bland dem som får bidrag beviljade.')).toEqual([
      'Föreningen Vi som sörjer',
      'Ekby-teatern',
      'Solgårdens vänner',
      'Gläntan',
      'Kastanjen',
      'Ekhagen',
    ]);
  });

  it.each([
    ['activities, none with an organisation\'s form', 'Solrosen, Beateberg och Vägen ut – det är några av verksamheterna som får bidrag.'],
    ['"bland dem som", none with an organisation\'s form', 'Solrosen, Beateberg och Vägen ut finns bland dem som får bidrag.'],
    ['no grant: among those who applied', 'Ekby IF, Åsby BK och Norrby SK finns bland dem som sökt platserna.'],
  ])('reads no example recipients where there is %s', (_why, text) => expect(rowsOf(text)).toEqual([]));

  it.each([
    ['no grant in the sentence', 'Röda Korset, Rädda Barnen och Ekby Teaterförening är några av de organisationer som kritiserat förslaget.'],
    ['no recipients\' kind: people', 'Anna Berg, Per Ek och Lisa Sund är några av ledamöterna som får arvode för uppdraget.'],
    ['no recipients\' kind: places', 'Norrby, Söderby och Västerby är exempel på orter som får bidrag till bredband.'],
    ['no organisation among the names', 'Solrosen, Beateberg och Vägen ut är några av verksamheterna som får bidrag.'],
  ])('reads no example recipients where there is %s', (_why, text) => expect(rowsOf(text)).toEqual([]));

  it('gives the lead\'s year to its recipients and to the sums named beside them, each name once', () => {
    const text = 'Ekby Teater får 565 000 kronor. Bland de andra föreningarna som får bidrag 2017 finns Galleri Norr, Ekby Teater, Åsby hembygdsförening och Unga Örnar.';
    expect(rowsOf(text)).toEqual([
      ['Galleri Norr', 'bidrag 2017'],
      ['Ekby Teater', 'bidrag 2017'],
      ['Åsby hembygdsförening', 'bidrag 2017'],
      ['Unga Örnar', 'bidrag 2017'],
    ]);
    expect(rowsOf('Ekby Musikförening får 565 000 kronor. Bland de andra föreningarna som får bidrag 2017 finns Galleri Norr, Ås IF och Unga Örnar.')).toEqual([
      ['Galleri Norr', 'bidrag 2017'],
      ['Ås IF', 'bidrag 2017'],
      ['Unga Örnar', 'bidrag 2017'],
      ['Ekby Musikförening', 'bidrag 2017 / 565 000 kronor'],
    ]);
  });
});

describe('findEnumerations: grants written into sentences, each name with its own sum', () => {
  it('reads a relative clause granting the sum ("X som får 4,1 miljoner kronor") and a grant to a name "på" its sum', () => {
    expect(rowsOf('Bland dem finns studieförbunden, Ekby läns idrottsförbund som får drygt 4,1 miljoner kronor och Åsby Hembygdsförening som får 20 000 kronor.')).toEqual([
      ['Ekby läns idrottsförbund', '4,1 miljoner kronor'],
      ['Åsby Hembygdsförening', '20 000 kronor'],
    ]);
    expect(rowsOf('Utskottet beviljade ett bidrag till Föreningen Ekby Visklubb på 50 000 kronor och ett stöd till Kvinnojouren Vega om 80 000 kronor.')).toEqual([
      ['Föreningen Ekby Visklubb', '50 000 kronor'],
      ['Kvinnojouren Vega', '80 000 kronor'],
    ]);
    expect(rowsOf('Nämnden ger bidrag till föreningar på landsbygden och bidrag till Ekby IF på grund av 2 olyckor.')).toEqual([]);
  });

  it('reads a news text\'s word order and wording: the verb before the name, a rounded sum, a grant foretold, a sentence opening on "Och"', () => {
    const text = [
      'Här i länet får tre föreningar bidrag. I Åsby får Kvinnojouren Linnea 15 000 kronor till utbildning. Och Norrby Brottsofferjour får nästan 14 000 kronor i extra stöd.',
      '',
      'Även Söderby Fotoklubb lär få 55 000 kronor mot 50 000 kronor i fjol.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Kvinnojouren Linnea', '15 000 kronor'],
      ['Norrby Brottsofferjour', '14 000 kronor'],
      ['Söderby Fotoklubb', '55 000 kronor'],
    ]);
    // After the verb, a run holding lower-case words or a kind is no name: "får Kommunens stöd med 15 000 kronor".
    expect(rowsOf('Kvinnojouren Linnea får Kommunens stöd med 15 000 kronor. I år får idrottsföreningarna drygt 90 000 kronor.')).toEqual([]);
  });

  it('takes no type noun alone for a recipient: "Klubben får 25 000 kronor" points back to a club named before', () => {
    const text = [
      'Kultur- och fritidsnämnden beviljade bidrag till föreningar. Norrby Skidklubb tilldelas 85 000 kronor för ett garage. Åsby IF beviljas 45 000 kronor för en gräsklippare.',
      '',
      'Söderby Discgolf hade ansökt om 55 000 kronor. Klubben får 25 000 kronor. Västerby IF får 15 000 kronor för en snöskoter.',
    ].join('\n');
    const names = rowsOf(text).map(([name]) => name);
    expect(names).toContain('Norrby Skidklubb');
    expect(names).toContain('Västerby IF');
    expect(names).not.toContain('Klubben');
    // pointed-back: the sum goes to the organisation its paragraph named last before the noun.
    expect(rowsOf(text)).toContainEqual(['Söderby Discgolf', '25 000 kronor']);
    // … and to none where the paragraph names none before it.
    expect(rowsOf('Åsby IF beviljas 45 000 kronor. Norrby IF får 30 000 kronor.\n\nKlubben får 25 000 kronor för nya mål.').map(([name]) => name)).toEqual(['Åsby IF', 'Norrby IF']);
  });

  it('reads a sum after the name: after the verb of granting, in parentheses, or after a comma', () => {
    const text = [
      'Av den summan får Skillingby Teaterförening 60 000 kronor medan övriga kulturföreningar får dela på 90 000 kronor.',
      '',
      'Sex hembygdsföreningar får vardera 7 000 kronor medan Norrby Manskör får 10 000 kronor.',
      '',
      'Övriga föreningar: Västerby Konstförening får 5 000 kronor, Östby Historiska Sällskap 3 000 kronor.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Skillingby Teaterförening', '60 000 kronor'],
      ['Norrby Manskör', '10 000 kronor'],
      ['Västerby Konstförening', '5 000 kronor'],
      ['Östby Historiska Sällskap', '3 000 kronor'],
    ]);
    expect(rowsOf('Mest får föreningen Midgården (225 000 kronor) och näst mest Kulturföreningen Tellus (70 000 kronor).')).toEqual([
      ['Midgården', '225 000 kronor'],
      ['Kulturföreningen Tellus', '70 000 kronor'],
    ]);
  });

  it('grants each coordinated name a relative clause after a comma grants a sum "vardera", and reads thousands grouped by a full stop', () => {
    expect(rowsOf('Mest får föreningen Midgården (225 000 kronor). Minsta summan går till Bordtennisklubben (BTK) Ås och RSMH Ekby, som får 2 000 kronor vardera.')).toEqual([
      ['Midgården', '225 000 kronor'],
      ['Bordtennisklubben (BTK) Ås', '2 000 kronor'],
      ['RSMH Ekby', '2 000 kronor'],
    ]);
    // Without "vardera" the relative clause is the last name's alone.
    expect(rowsOf('Mest får föreningen Midgården (225 000 kronor). Resten går till Ås IK och RSMH Ekby, som får 2 000 kronor.')).toEqual([
      ['Midgården', '225 000 kronor'],
      ['RSMH Ekby', '2 000 kronor'],
    ]);
    expect(rowsOf('Ekby Sport klubb får 150.000 kronor för att förebygga våld. Norrby IK får 20.000 kr.')).toEqual([
      ['Ekby Sport klubb', '150.000 kronor'],
      ['Norrby IK', '20.000 kr'],
    ]);
    // Without its unit a number grouped by a full stop is no sum.
    expect(rowsOf('Ekby Sport klubb får 150.000 besökare. Norrby IK får 20.000 kr.')).toEqual([]);
  });

  it('grants each name of a subject coordinated before the verb, and the names after "liksom"/"likaså" alike', () => {
    const text = 'Övriga föreningar: Götaby Fordonshistoriska Klubb och Norrby Fotoklubb får 2 000 kronor liksom Sjöbygården, Föreningen Munkleden och Skiby Samlarklubb.';
    // Granted alike beside organisations, a name without an organisation word of its own ("Sjöbygården") is one more recipient.
    expect(rowsOf(text).map(([name]) => name)).toEqual(['Götaby Fordonshistoriska Klubb', 'Norrby Fotoklubb', 'Sjöbygården', 'Föreningen Munkleden', 'Skiby Samlarklubb']);
    // Not where most of the list has no organisation's form, nor with fewer than three names.
    expect(rowsOf('Götaby Fordonshistoriska Klubb och Norrby Fotoklubb får 2 000 kronor liksom Sjöbygården, Anna Berg och Skiby Samlarklubb.').map(([name]) => name)).toEqual([
      'Götaby Fordonshistoriska Klubb',
      'Norrby Fotoklubb',
      'Skiby Samlarklubb',
    ]);
    expect(rowsOf('Götaby Fordonshistoriska Klubb och Norrby Fotoklubb får 2 000 kronor liksom Sjöbygården och Skiby Samlarklubb.').map(([name]) => name)).toEqual([
      'Götaby Fordonshistoriska Klubb',
      'Norrby Fotoklubb',
      'Skiby Samlarklubb',
    ]);
    expect(rowsOf('Norrby Musikkår och Söderby Musikkår får vardera 2 000 kronor.').map(([name]) => name)).toEqual(['Norrby Musikkår', 'Söderby Musikkår']);
    expect(rowsOf('De båda föreläsningsföreningarna får vardera 3 000 kronor.')).toEqual([]);
    // A jour written in lower case as its kind is, named by a name or a place after it: the name's head, not an article.
    expect(rowsOf('Mest får kvinnojouren i Ekby 190 000 kr och näst mest får tjej- och kvinnojouren Vega, 120 000 kronor.').map(([name]) => name)).toEqual([
      'kvinnojouren i Ekby',
      'tjej- och kvinnojouren Vega',
    ]);
    expect(rowsOf('Mest får kvinnojourerna i länet 190 000 kr och näst mest får föreningen i Ås 120 000 kronor.')).toEqual([]);
    expect(rowsOf('Norrby Hembygdsförening föreslås få 150 000, likaså Söderby Idrottsklubb och Stiftelsen Gröna Gården.').map(([name]) => name)).toEqual([
      'Norrby Hembygdsförening',
      'Söderby Idrottsklubb',
      'Stiftelsen Gröna Gården',
    ]);
    // A parenthesis gives its own name alone its sum: the name before "och" is not granted it.
    expect(rowsOf('Mest får Kulturföreningen Tellus och Norrby Fotoklubb (70 000 kronor).')).toEqual([]);
  });

  it('reads a name with a few lower-case words set apart by its sum, and a name without an organisation word granted with the verb left out', () => {
    const text = 'Norrby Manskör får 10 000 kronor, och Skiby Stream Big Band 8 000. Betels Musikkår och Ekby missionsförsamlings hornmusikkår får vardera 2 000 kronor.';
    expect(rowsOf(text)).toEqual([
      ['Norrby Manskör', '10 000 kronor'],
      ['Skiby Stream Big Band', '8 000'],
      ['Betels Musikkår', '2 000 kronor'],
      ['Ekby missionsförsamlings hornmusikkår', '2 000 kronor'],
    ]);
    // With the verb left out, a name needs two capitalised words or more; a name never runs back over a sum.
    expect(rowsOf('Norrby Manskör får 10 000 kronor, och resten 8 000.')).toEqual([]);
    expect(rowsOf('Norrby Manskör får 10 000 kronor, och Resten 8 000.')).toEqual([]);
    expect(rowsOf('Västerby Konstförening får 5 000 kronor, Östby Historiska Sällskap 3 000 kronor, Götaby Klubb får 2 000 kronor.').map(([name]) => name)).toEqual([
      'Västerby Konstförening',
      'Östby Historiska Sällskap',
      'Götaby Klubb',
    ]);
  });

  it('reads a sentence opening on "Till" as naming its recipient after it ("Till X går 60 000"), a kind after it as none', () => {
    const text = 'Till idrottsföreningar beviljas 3 056 122 kronor. Till Norrby Idrottsförbund går 60 000, och Åsby bygdegårdsförening 10 000.';
    expect(rowsOf(text)).toEqual([
      ['Norrby Idrottsförbund', '60 000'],
      ['Åsby bygdegårdsförening', '10 000'],
    ]);
    // A kind granted after the preposition is no recipient, and "går" with no sum at once grants nothing.
    expect(rowsOf('Till idrottsföreningar beviljas 3 056 122 kronor och till kulturföreningar 500 000 kronor.')).toEqual([]);
    expect(rowsOf('Största bidraget går till Norrby Idrottsförbund och Åsby bygdegårdsförening går till 10 000 medlemmar.')).toEqual([]);
  });

  it('reads no pot shared by a kind of organisations, no body or kommun granted a sum, and no single grant', () => {
    expect(rowsOf('Handikappföreningarna får dela på 200 000 kronor. Störst summa går till idrottsföreningarna, 2 275 000 kronor.')).toEqual([]);
    expect(rowsOf('Socialnämnden får 300 000 kronor och Västerby kommun fick 2 000 000 kronor i statsbidrag.')).toEqual([]);
    expect(rowsOf('Kvinnojouren Tärnan får 400 000 kronor per år. Avtalet gäller 2024–2026.')).toEqual([]);
  });
});

describe('findEnumerations: the sum first, the recipient after "till"', () => {
  it('reads "beviljar N kronor … till X" and "N kronor går till X", one organisation written two ways one row', () => {
    const text =
      'Nämnden beviljar 1 650 000 kronor i verksamhetsbidrag till RF-SISU Norrland-Söder för 2022 varav 370 000 kronor ska fördelas till parasport. Utöver det beviljar nämnden 4 300 000 kronor i anslag till studieförbundens regionala verksamhet. 3 971 730 av dessa går till Folkbildning Norrby och 328 270 kronor går till RF-SISU Norrland Söder.';
    expect(rowsOf(text)).toEqual([
      ['RF-SISU Norrland-Söder', '1 650 000 kronor'],
      ['Folkbildning Norrby', '3 971 730'],
    ]);
  });
  it('keeps a suspended compound ("Hjärt- och lungsjukas …") one name in a list of recipients and before a sum', () => {
    expect(rowsOf('De organisationer som beviljats störst belopp är Personskadeförbundet, Hjärt- och lungsjukas länsförening i Ekby län och Synskadades riksförbund Ekby.').map((row) => row[0])).toEqual([
      'Personskadeförbundet',
      'Hjärt- och lungsjukas länsförening i Ekby län',
      'Synskadades riksförbund Ekby',
    ]);
    expect(rowsOf('Projektstöd delades ut till tre föreningar, Astma- och allergiföreningen i Ekby län får 15 000 kronor och Ekby strokeförening får 13 000 kronor.')).toEqual([
      ['Astma- och allergiföreningen i Ekby län', '15 000 kronor'],
      ['Ekby strokeförening', '13 000 kronor'],
    ]);
    // Two names joined by "och" stay two: no hyphen before it.
    expect(rowsOf('De organisationer som beviljats störst belopp är Hjärtföreningen Ekby, Lungföreningen Ekby och Synskadades riksförbund Ekby.')).toHaveLength(3);
  });

  it('reads a recipient named after the copula of a clause on a singular kind that says what it got (recipient-cleft)', () => {
    const text = 'En ny förening som får ett startbidrag på 10 000 kronor är Unga allergiker Ekby. Ekby strokeförening får 13 000 kronor.';
    expect(rowsOf(text)).toEqual([
      ['Unga allergiker Ekby', '10 000 kronor'],
      ['Ekby strokeförening', '13 000 kronor'],
    ]);
    // The clause names no sum: the one a comma sets after the name is the grant.
    expect(rowsOf('Norrby IK får 5 000 kronor. En annan organisation som får ett stort bidrag är Ekby Idrottsförbund, 270 000 kr från regionen.')).toEqual([
      ['Ekby Idrottsförbund', '270 000 kr'],
      ['Norrby IK', '5 000 kronor'],
    ]);
  });

  it.each([
    'Den förening som fick avslag var Ekby IF. Ekby strokeförening får 13 000 kronor. Norrby IK får 5 000 kronor.',
    'En förening som får bidrag är skyldig att redovisa. Ekby strokeförening får 13 000 kronor. Norrby IK får 5 000 kronor.',
  ])('reads no cleft recipient from %s', (text) => expect(rowsOf(text).map((row) => row[0])).toEqual(['Ekby strokeförening', 'Norrby IK']));

  it('reads a recipient a sentence opens on as the grant\'s topic ("Bidraget till X ligger …") beside the other recipients (grant-topic)', () => {
    const text = 'Norrby IK får 5 000 kronor. Ekby strokeförening får 13 000 kronor. Bidraget till Handikappföreningarnas samarbetsorgan, HSO, ligger på samma nivå som 2013.';
    expect(rowsOf(text).map((row) => row[0])).toEqual(['Handikappföreningarnas samarbetsorgan', 'Norrby IK', 'Ekby strokeförening']);
  });

  it.each([
    'Norrby IK får 5 000 kronor. Ekby strokeförening får 13 000 kronor. Bidraget till föreningar i kommunen höjs.',
    'Norrby IK får 5 000 kronor. Ekby strokeförening får 13 000 kronor. Bidraget till Lunds kommun ligger kvar.',
    'Norrby IK får 5 000 kronor. Ekby strokeförening får 13 000 kronor. Han sökte bidraget till Ekby IF, som fick avslag.',
  ])('reads no grant-topic recipient from %s', (text) => expect(rowsOf(text).map((row) => row[0])).toEqual(['Norrby IK', 'Ekby strokeförening']));

  it('reads no name in lower case, nor a part of a number as a sum', () => {
    expect(rowsOf('Nämnden ger 20 000 kronor till studieförbundens verksamhet och 10 000 kronor går till lokalhållande föreningar.')).toEqual([]);
  });
});

describe('findEnumerations: the body grants, the recipient its object and the sum after it', () => {
  it.each([
    [
      'Kultur- och fritidsnämnden beslutade att bevilja Ekby IF 50 000 kronor för lägerverksamhet. Nämnden beviljade också Kvinnojouren Vega 80 000 kronor.',
      [['Ekby IF', '50 000 kronor'], ['Kvinnojouren Vega', '80 000 kronor']],
    ],
    [
      'Socialnämnden beviljar Brottsofferjouren Norrby 104 000 kr och tilldelar Föreningen Gemenskap cirka 35 000 kr.',
      [['Brottsofferjouren Norrby', '104 000 kr'], ['Föreningen Gemenskap', '35 000 kr']],
    ],
    [
      'Utskottet beslöt att bevilja OK Ås och OK Berga 60 000 kronor för orienteringsveckan. Nämnden ger även Norrby Skytteförening 12 000 kronor.',
      [['OK Ås och OK Berga', '60 000 kronor'], ['Norrby Skytteförening', '12 000 kronor']],
    ],
  ])('reads the recipients of %s, those joined before one sum as one grant', (text, rows) => expect(rowsOf(text)).toEqual(rows));

  it.each([
    'Nämnden beviljar föreningarna 50 000 kronor och idrottsklubbarna 80 000 kronor.',
    'Nämnden ger Ekby kommun 50 000 kronor och Norrby kommun 80 000 kronor.',
    'Nämnden beviljar Ekby IF:s ansökan om 50 000 kronor. Nämnden beviljar Kvinnojouren Vegas ansökan om 80 000 kronor.',
    'Nämnden beviljar Kvinnojouren Vega 80 000 kronor.',
  ])('reads no object grants from %s', (text) => expect(rowsOf(text)).toEqual([]));
});

describe('findEnumerations: a partner spoken of again by its kind alone or as "man"', () => {
  it('grants the sum of an anaphor ("Föreningen beviljas …", "Klubben får …") and of "tilldelas man" to the partner named before it', () => {
    const text = [
      'Nämnden beviljade 300 000 kronor till föreningar som sökt investeringsbidrag. Det största bidraget får orienteringsklubben OK Lodjuret som ska bygga ut sin stuga. Föreningen beviljas 130 000 kronor men hade sökt 830 000 kronor.',
      '',
      'Norrby IF beviljas 45 000 kronor för en gräsklippare. Ekby Hembygdsförening avser att renovera gymmet och för detta tilldelas man 30 000 kronor.',
      '',
      'Ekby Frisbeegolf hade ansökt om 55 000 kronor för banan. Klubben får 25 000 kronor.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Ekby Hembygdsförening', '30 000 kronor'],
      ['OK Lodjuret', '130 000 kronor'],
      ['Norrby IF', '45 000 kronor'],
      ['Ekby Frisbeegolf', '25 000 kronor'],
    ]);
  });

  it('reads no anaphor as a name, and none without a partner named before it in its paragraph', () => {
    const text = ['Norrby IF beviljas 45 000 kronor för en gräsklippare. Ekby IF får 12 000 kronor.', '', 'Föreningen beviljas 20 000 kronor. Klubben får 10 000 kronor. Här får man 5 000 kronor.'].join('\n');
    expect(rowsOf(text).map(([name]) => name)).toEqual(['Norrby IF', 'Ekby IF']);
  });
});
