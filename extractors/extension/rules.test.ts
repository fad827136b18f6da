import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocText } from '../engine/doc-text.js';
import { extractExtension } from './index.js';
import { EXTENSION_RULES } from './rules.js';

const extensionOf = (text: string) => extractExtension(DocText.fromString(text));

/** Each rule with texts it must read (and the value as written) and texts it must leave alone. */
const RULE_EXAMPLES: Record<string, { positive: [string, string][]; negative: string[] }> = {
  'option-to-extend': {
    positive: [
      ['avtalet gäller 2020–2021 med möjlighet till förlängning 1+1 år.', '1+1 år'],
      ['upplåtelsetiden är tio år med möjlighet till förlängning ett år i taget.', 'ett år i taget'],
      ['med option på förlängning 2 år.', '2 år'],
      ['Avtalet har en förlängningsoption på 2 år.', '2 år'],
      ['Det finns möjlighet att förlänga överenskommelsen med ytterligare två år.', 'två år'],
      ['Kommunen har option att förlänga avtalet med 1 + 1 år.', '1+1 år'],
      ['Överenskommelsen har en förlängningsmöjlighet om 12 månader.', '12 månader'],
      ['med möjlighet till ytterligare förlängning på ett år', 'ett år'],
      ['Avtalet är förlängningsbart med 2 år.', '2 år'],
      ['Option finns att förlänga avtalet i ytterligare 12 månader.', '12 månader'],
      ['Avtalet har en förlängningsklausul på 2 år.', '2 år'],
      ['Avtalet har en option på ytterligare två år.', 'två år'],
      ['Överenskommelsen gäller i två år med möjlighet till ytterligare två år.', 'två år'],
      ['Överenskommelsen gäller 2025–2026 med option om 1+1 år.', '1+1 år'],
      ['Avtalet har option på förlängning ett plus ett år.', '1+1 år'],
      ['Avtalet gäller 2025 med möjlighet till förlängning i ytterligare två år.', 'två år'],
      ['Överenskommelsen har option på förlängning 2 x 12 månader.', '2x12 månader'],
      ['Föreningen får nyttjanderätt i tre år, med möjlighet till förlängning i ett antal år.', 'ett antal år'],
      ['Avtalet löper på 24 månader. Därefter är det möjligt att förlänga avtalet två år i taget.', 'två år i taget'],
    ],
    negative: [
      'Avtalet löper på 24 månader. Det är inte möjligt att förlänga avtalet två år i taget.',
      'Föreningen ansöker om förlängning av amorteringsfriheten i ytterligare fem år.',
      'Kommunen valde en option som gällde i två år.',
      'Föreningen har funnits i ett antal år och har möjlighet till förlängning.',
    ],
  },
  'extension-genitive': {
    positive: [
      ['Överenskommelsen gäller 2021-2024 med möjlighet till två års förlängning.', 'två år'],
      ['med option om 1+1 års förlängning', '1+1 år'],
      ['Avtalet gäller 3 år med 2 års option.', '2 år'],
    ],
    negative: ['med tio års avtalstid'],
  },
  'extended-until': {
    positive: [
      ['Avtalet gäller 2022-04-01–2023-12-31 (dock längst till och med 2025-12-31).', 'längst till och med 2025-12-31'],
      ['Överenskommelsen gäller 2024 med möjlighet till förlängning till och med 31 december 2026.', 'till och med 31 december 2026'],
      ['Avtalet gäller 2025–2026 och kan förlängas till och med 31 december 2028.', 'till och med 31 december 2028'],
      ['Överenskommelsen får därefter förlängas längst till och med 2027-12-31.', 'längst till och med 2027-12-31'],
    ],
    negative: ['Avtalet gäller till och med 2025-12-31.', 'Nämnden beslutar att avtalet förlängs till och med 2025-12-31.'],
  },
  'extended-by': {
    positive: [
      ['Enligt överenskommelsen kan avtalet förlängas med 1 år.', '1 år'],
      ['Avtalet kan förlängas ytterligare en period om två år.', 'två år'],
      ['Överenskommelsen kan förlängas med en ny avtalsperiod på ett år.', 'ett år'],
      ['Avtalet förlängs med automatik ett år i taget om det inte sägs upp.', 'ett år i taget'],
      ['Förlängning kan göras med ett år i taget.', 'ett år i taget'],
      ['Avtalet gäller i fyra år och kan därefter förnyas med fyra år.', 'fyra år'],
      ['Om ingen av parterna säger upp avtalet senast sex månader före avtalstidens utgång förlängs det med ett år.', 'ett år'],
      ['Avtalet förlänges med ett år om det inte sägs upp.', 'ett år'],
      ['Partnerskapet kan förlängas med ytterligare sex månader.', 'sex månader'],
      ['Avtalet kan förlängas ett år i taget.', 'ett år i taget'],
      ['Avtalet kan förlängas två gånger med ett år i taget.', 'ett år i taget'],
      ['Avtalet kan förlängas med maximalt två år.', 'två år'],
      ['Överenskommelsen förlängs därefter automatiskt med ett år i taget.', 'ett år i taget'],
      ['Avtalet förlängs med ett år i taget om ingen part säger upp det.', 'ett år i taget'],
      ['Förlängning kan ske med högst 24 månader.', '24 månader'],
      ['Förlängning av avtalet om två år kan ske efter beslut i nämnden.', 'två år'],
      ['Parterna kan komma överens om att förlänga avtalet med två år.', 'två år'],
      ['Parterna kan därefter förlänga överenskommelsen med 1+1 år.', '1+1 år'],
      ['Nämnden kan förlänga avtalet med ett år.', 'ett år'],
      ['Avtalet kan förlängas ett år åt gången.', 'ett år åt gången'],
      ['Avtalet kan förlängas med upp till två (2) år.', 'två år'],
      ['Avtalet löper 2024-01-01 till 2025-12-31 och kan förlängas med max två år.', 'två år'],
      ['Om ingen av parterna säger upp avtalet förlängs det automatiskt med ett år i taget.', 'ett år i taget'],
      ['Avtalet förlängs med ett år i sänder om det inte sägs upp.', 'ett år i sänder'],
      ['Överenskommelsen gäller till 2025-12-31 och förlängs därefter tills vidare med ett år i taget.', 'ett år i taget'],
      ['Avtalet förlängs med ett år i taget.', 'ett år i taget'],
      ['Avtalet kan förlängas 2 x 12 månader.', '2x12 månader'],
      ['Avtalet kan förlängas 2 gånger 12 månader.', '2x12 månader'],
    ],
    negative: [
      'Överenskommelsen förlängs med ett år, till och med 2025-12-31.',
      'Nämnden beslutar att avtalet förlängs med två år.',
      'Avtalet förlängs automatiskt om ingen part säger upp det.',
      'Nämnden beslutar att avtalet förlängs det kommande året.',
      'Nämnden beslutar att förlänga IOP med Erikshjälpen.',
      'Nämnden får i uppdrag att förlänga avtalet med ett år.',
      'Nämnden kan inte förlänga avtalet med ett år.',
      'Föreningen ansöker om förlängning av amorteringsfriheten i ytterligare fem år.',
      'Uppsägningstiden är sex månader. Nämnden beslutar att avtalet förlängs med två år.',
    ],
  },
};

RULE_EXAMPLES['extends-yearly'] = {
  positive: [
    ['Detta avtal gäller år 2009. Avtalet förlängs därefter årsvis om ingen av parterna säger upp det.', 'årsvis'],
    ['Överenskommelsen förlängs automatiskt år för år.', 'år för år'],
  ],
  negative: ['Uppräkning av ersättningen görs årsvis.', 'Avtalet följs upp årsvis.'],
};

RULE_EXAMPLES['term-at-a-time-renewed'] = {
  positive: [
    ['Detta avtal är skrivet på 5 år i taget och förlängs automatiskt om det inte sägs upp av någon av parterna.', '5 år i taget'],
    ['Arrendet tecknas för två år i taget och förlängs därefter om ingen part säger upp det.', 'två år i taget'],
  ],
  negative: [
    'Vi är särskilt nöjda med att det löper på två år i taget, då det underlättar vår planering.',
    'Avtalet är skrivet på 5 år i taget. Föreningen förlängs inte.',
    'Boendet erbjuder sängplats fem nätter i taget och förlängs vid behov.',
  ],
};

RULE_EXAMPLES['continues-at-a-time'] = {
  positive: [
    ['Avtalet gäller till och med 2025-12-31 och fortsätter därefter att gälla ett år i sänder.', 'ett år i sänder'],
    ['Överenskommelsen löper därefter vidare ett år i taget om den inte sägs upp.', 'ett år i taget'],
    ['Avtalet gäller därefter med ett år åt gången.', 'ett år åt gången'],
  ],
  negative: [
    'Avtalet gäller ett år.',
    'Avtalet fortsätter att gälla i två år.',
    'Föreningen tar emot ett barn i taget.',
    'Avtalet gäller 2025. Verksamheten fortsätter ett steg i taget.',
  ],
};

RULE_EXAMPLES['extension-label'] = {
  positive: [
    ['Förlängning: 1 + 1 år', '1+1 år'],
    ['Avtalstid: 2025–2027\nOption: 2 år', '2 år'],
  ],
  negative: ['Förlängning: enligt överenskommelse mellan parterna'],
};

describe('EXTENSION_RULES', () => {
  it('has examples for every rule', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(EXTENSION_RULES.map((r) => r.name).sort());
  });
  for (const [name, examples] of Object.entries(RULE_EXAMPLES)) {
    it.each(examples.positive)(`${name} reads %s`, (text, value) => {
      const field = extensionOf(text);
      expect(field?.value).toBe(value);
    });
    it.each(examples.negative)(`${name} does not read %s`, (text) => expect(extensionOf(text)).toBeNull());
  }
});

describe('extractExtension', () => {
  it("prefers the current agreement's option over an earlier agreement's", () => {
    const text =
      'Det första avtalet avsåg perioden 2016–2017 med möjlighet till förlängning 1+1 år. Avtalstid 2022 med möjlighet till förlängning 1 år. Enligt överenskommelsen kan avtalet förlängas med 1 år.';
    const field = extensionOf(text);
    expect(field?.value).toBe('1 år');
    expect(field?.evidence).toHaveLength(2);
  });

  it('doubts an extension whose sentence names no agreement', () => {
    const field = extensionOf('Etableringsplanen kan förlängas med åtta månader.');
    expect(field?.value).toBe('åtta månader');
    expect(field?.confidence).toBeLessThan(0.5);
    expect(extensionOf('Avtalet kan förlängas med åtta månader.')?.confidence).toBeGreaterThan(0.7);
  });

  it('gives null when no extension is offered', () => {
    expect(extensionOf('Partnerskapet gäller från 1 januari 2025 till och med 31 december 2028.')).toBeNull();
  });
});

describe('the words every extension holds (index.ts reads a text only where one stands)', () => {
  it('stand in every match of every rule, over the examples and the development documents', () => {
    const dir = join(__dirname, '../../fixtures/devset/docs');
    const texts = [
      ...Object.values(RULE_EXAMPLES).flatMap((e) => [...e.positive.map(([text]) => text), ...e.negative]),
      ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')),
    ];
    let matches = 0;
    for (const text of texts) {
      for (const rule of EXTENSION_RULES) {
        for (const m of text.matchAll(rule.pattern)) {
          matches++;
          expect(/förläng|förny|option|möjlighet|längst|taget|gången|sänder/iu.test(m[0]), m[0]).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(20);
  });
});
