import { describe, expect, it } from 'vitest';
import { namesRecipient, recipientIn } from './recipient.js';

describe("a grant item's recipient named in its title", () => {
  it('reads a capitalised name after "till" or "från"', () => {
    expect(namesRecipient('Extra verksamhetsbidrag till Ny Gemenskap Ansökan från Ny Gemenskap')).toBe(true);
    expect(namesRecipient('Ansökan om bidrag från Lima Skidklubb')).toBe(true);
    expect(namesRecipient('Verksamhetsbidrag till Convictus oktober - december 2008')).toBe(true);
  });

  it('reads the name after a generic "föreningen" an agenda puts before it; not the generic word alone', () => {
    expect(recipientIn('Extra anslag till föreningen Ny Gemenskap Ansökan från föreningen Ny Gemenskap')).toBe('Ny Gemenskap');
    expect(recipientIn('Stöd till lokalkostnad för föreningen Convictus Hälsocenter Ansökan från föreningen Convictus')).toBe('Convictus');
    for (const title of ['Bidrag till föreningen', 'Stöd till föreningen för dess verksamhet', 'Bidrag till föreningar']) {
      expect(recipientIn(title), title).toBeNull();
    }
  });

  it("reads a name that holds its county's genitive ('läns') between capitalised words; not the county's own bodies", () => {
    expect(recipientIn('Verksamhetsbidrag till Stockholms läns Ungdoms Samarbetsorganisation (SUS)')).toBe('Stockholms läns Ungdoms Samarbetsorganisation');
    expect(recipientIn('Bidrag till Hallands läns Bygdegårdsdistrikt')).toBe('Hallands läns Bygdegårdsdistrikt');
    for (const title of ['Bidrag till Stockholms läns landsting', 'Yttrande till Stockholms läns Länsstyrelsen', 'Bidrag till Stockholms läns']) {
      expect(recipientIn(title), title).toBeNull();
    }
  });

  it('reads the applicant that opens a title before a lower-case "ansökan"', () => {
    expect(namesRecipient('Västerviks Ishockeyklubb ansökan om marknadsföringsbidrag')).toBe(true);
    expect(namesRecipient('Westervik Motorsportklubb (WMSK) ansökan om marknadsföringsbidrag')).toBe(true);
    for (const title of ['Ansökan om marknadsföringsbidrag', 'Kommunstyrelsen ansökan om statsbidrag', 'Socialstyrelsen ansökan om medel']) {
      expect(namesRecipient(title), title).toBe(false);
    }
  });

  it('reads the applicant an agenda sets apart from "ansökan" by a slash or a dash, two words at least', () => {
    expect(recipientIn('Jularbomuseet i Rasten/Ansökan')).toBe('Jularbomuseet i Rasten');
    expect(recipientIn('Gimo Hockey/Ansökan Peter Jansson')).toBe('Gimo Hockey');
    expect(recipientIn('Lions Club Öregrund – ansökan')).toBe('Lions Club Öregrund');
    for (const title of ['Skolskjuts/ansökan', 'Kultur- och fritidsnämnden/ansökan', 'Ansökan avseende brigantinen Wetseras placering', 'Budget 2016 Intern fördelning/beslut']) {
      expect(recipientIn(title), title).toBeNull();
    }
  });

  it('reads the recipient set after its grant by a dash, a comma or a colon, closing the title, two words at least', () => {
    expect(recipientIn('Verksamhetsbidrag 2024 – Ekbackens Vänner')).toBe('Ekbackens Vänner');
    expect(recipientIn('Ansökan om ekonomiskt stöd, Öns Ryttare')).toBe('Öns Ryttare');
    expect(recipientIn('Ansökan om kommunalt bidrag - Hembygdsföreningen Ekbacken')).toBe('Hembygdsföreningen Ekbacken');
    // The grant's purpose between the grant and the separator.
    expect(recipientIn('Ansökan om bidrag för inkoppling av kommunalt VA, Ekby Ryttarförening')).toBe('Ekby Ryttarförening');
    expect(recipientIn('Ansökan om stöd till renovering av klubbstugan – Ekby Skidklubb')).toBe('Ekby Skidklubb');
    for (const title of [
      'Föreningsbidrag – riktlinjer',
      'Verksamhetsbidrag 2025 – Information',
      'Föreningsbidrag 2025 - Region Halland',
      'Lönebidrag – Arbetsförmedlingen',
      'Bidrag till föreningar, Information',
      'Riktlinjer för bidrag till föreningar, kultur och fritid',
    ]) {
      expect(recipientIn(title), title).toBeNull();
    }
  });

  it('does not take a public party, a body, a company, a state agency or lower-case words for one', () => {
    for (const title of ['Bidrag till Region Halland', 'Stöd till Socialnämnden', 'Bidrag till Byggbolaget AB', 'Statsbidrag från Socialstyrelsen', 'Lönebidrag från Arbetsförmedlingen', 'Ansökan om bidrag till riksarrangemang', 'Fördelning av verksamhetsbidrag till utomstående organisationer']) {
      expect(namesRecipient(title), title).toBe(false);
    }
  });
});
