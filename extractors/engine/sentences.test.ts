import { describe, expect, it } from 'vitest';
import { headingRegex, runInHeadingLength, sentences, words } from './sentences.js';

const texts = (text: string) => sentences(text).map((s) => s.text);

describe('sentences', () => {
  it('gives offsets that slice back to the sentence', () => {
    const text = '  Nämnden beslutar. Ärendet återremitteras.  ';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['Nämnden beslutar.', 'Ärendet återremitteras.']);
  });

  it('reads on after abbreviations that never end a sentence, even before a capital', () => {
    expect(texts('Föreningen har bl.a. Röda Korset som part. Stödet ges t.ex. till barn.')).toEqual([
      'Föreningen har bl.a. Röda Korset som part.',
      'Stödet ges t.ex. till barn.',
    ]);
    expect(texts('Avtalet gäller fr.o.m. 1 januari 2025 t.o.m. 31 december 2028, dvs. fyra år.')).toHaveLength(1);
    expect(texts('Ett s.k. IOP, ca. 70 barn.')).toHaveLength(1);
  });

  it('ends a sentence at an abbreviation that may end one only before a capital', () => {
    expect(texts('Beloppet är 500 kr. Det betalas årligen.')).toEqual(['Beloppet är 500 kr.', 'Det betalas årligen.']);
    expect(texts('Stöd till barn, unga m.m. Nämnden beslutar.')).toHaveLength(2);
    expect(texts('Avtalet löper till 31 dec. 2028 och förlängs.')).toHaveLength(1);
  });

  it('keeps initials and list numbers inside their sentence', () => {
    expect(texts('Författare: A. Osman, praktikant.')).toHaveLength(1);
    expect(texts('1. Nämnden godkänner förslaget.\n2. Nämnden uppdrar åt direktören att underteckna.')).toEqual([
      '1. Nämnden godkänner förslaget.',
      '2. Nämnden uppdrar åt direktören att underteckna.',
    ]);
  });

  it('joins hard-wrapped lines and cuts after a heading line', () => {
    const text = 'Beslut\nNämnden för Individ & Familjeomsorg fördelar resterande medel 2024 års\nföreningsbidrag till föreningen.';
    expect(texts(text)).toEqual([
      'Beslut',
      'Nämnden för Individ & Familjeomsorg fördelar resterande medel 2024 års\nföreningsbidrag till föreningen.',
    ]);
  });

  it('does not take the short tail of a wrapped line for a heading', () => {
    const text = 'Hälso- och sjukvårdsnämnden ingår överenskommelse om tre år med föreningen om\nIdéburet\nOffentligt Partnerskap med Malmö Stad.';
    expect(texts(text)).toHaveLength(1);
  });

  it('cuts at a blank line unless the sentence reads on in lower case', () => {
    expect(texts('Sammanfattning av ärendet\n\nEftersom ansökan inte i tillräcklig utsträckning\n\nbeskriver verksamheten.')).toEqual([
      'Sammanfattning av ärendet',
      'Eftersom ansökan inte i tillräcklig utsträckning\n\nbeskriver verksamheten.',
    ]);
  });

  it('starts a new sentence at each bullet', () => {
    expect(texts('Initiativtagarna yrkar på:\n• att ge förvaltningen i uppdrag\n• att pröva medlen')).toEqual([
      'Initiativtagarna yrkar på:',
      '• att ge förvaltningen i uppdrag',
      '• att pröva medlen',
    ]);
  });

  it('does not cut inside numbers, dates and case numbers', () => {
    expect(texts('Stödet om 300.000 kr avser Dnr 2002/018-71 och beslut 2024-05-06.')).toHaveLength(1);
  });
});

describe('words', () => {
  it('keeps abbreviations, inner hyphens and colons, and drops a sentence-final full stop', () => {
    expect(words('Bl.a. RKC:s IOP-avtal fr.o.m. 2024-05-06 § 114 slut.').map((w) => w.text)).toEqual([
      'Bl.a.',
      'RKC:s',
      'IOP-avtal',
      'fr.o.m.',
      '2024-05-06',
      '§',
      '114',
      'slut',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Region Gotland beslutar';
    for (const w of words(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('runInHeadingLength with a headingRegex', () => {
  const beslut = headingRegex('beslut');
  const aa = headingRegex('ärendet');
  it('reads the heading in any case, run in or alone', () => {
    expect(runInHeadingLength('Beslut Nämnden beviljar bidraget.', beslut)).toBe(6);
    expect(runInHeadingLength('BESLUT', beslut)).toBe(6);
    expect(runInHeadingLength('ÄRENDET: föreningen söker bidrag', aa)).toBe(7);
    expect(runInHeadingLength('Ärendet', aa)).toBe(7);
  });
  it('reads nothing in a text that starts otherwise', () => {
    expect(runInHeadingLength('Nämnden beslutar', beslut)).toBe(0);
    expect(runInHeadingLength('', beslut)).toBe(0);
    expect(runInHeadingLength(' Beslut', beslut)).toBe(0);
    expect(runInHeadingLength('Beslutet fattades i går.', beslut)).toBe(0);
  });
});
