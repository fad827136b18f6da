import { describe, expect, it } from 'vitest';
import { DocText } from '../../extractors/engine/doc-text.js';
import { meetingReportSections } from './news.js';
import { segment } from './index.js';

const REPORT =
  'Notiser från kulturnämndens sammanträde 12 mars\n\nPublicerad 14 mars 2024\n\n' +
  'Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden som rör föreningslivet.\n\n' +
  'Verksamhetsbidrag till Föreningen Ljuset\n\nNämnden beviljade Föreningen Ljuset 40 000 kronor för sommarens läger.\n\n' +
  'Ny taxa för lokaler\n\nNämnden antog nya avgifter för uthyrning av kommunens lokaler.\n';

/** The page under another title, its lead telling of the page, not of the meeting: only the title can make it a report. */
const UNLED = REPORT.replace('Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden som rör föreningslivet.', 'Här kan du läsa om det som händer i kommunen just nu och vad det betyder för dig.');
const titled = (title: string) => meetingReportSections(UNLED.replace('Notiser från kulturnämndens sammanträde 12 mars', title))?.sections.length ?? 0;

describe("a page reporting a meeting's decisions", () => {
  it('gives a matter per section under its heading, after the lead, with the top for its header', () => {
    const report = meetingReportSections(REPORT)!;
    expect(report.sections.map((s) => s.title)).toEqual(['Verksamhetsbidrag till Föreningen Ljuset', 'Ny taxa för lokaler']);
    expect(REPORT.slice(report.top.start, report.top.end)).toContain('Vid sammanträdet den 12 mars');
    const { header, matters } = segment(DocText.fromString(REPORT), 'annat');
    expect(header).not.toBeNull();
    expect(matters.map((m) => [m.paragraph, m.title])).toEqual([
      [null, 'Verksamhetsbidrag till Föreningen Ljuset'],
      [null, 'Ny taxa för lokaler'],
    ]);
  });

  it("does not split a news article's sub-headings, or a report of one section", () => {
    // A story's lead, not a meeting's: a lead that reports several decisions makes a report (below).
    const article = REPORT.replace('Notiser från kulturnämndens sammanträde 12 mars', 'Sommarlägret blir av i år').replace(
      'Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden som rör föreningslivet.',
      'Sommarlägret vid sjön blir av i år, nu när föreningen har fått pengar till det av kommunen.',
    );
    expect(meetingReportSections(article)).toBeNull();
    expect(segment(DocText.fromString(article), 'annat').header).toBeNull();
    const one = REPORT.slice(0, REPORT.indexOf('Ny taxa'));
    expect(meetingReportSections(one)).toBeNull();
  });

  it('takes a lead that reports several decisions of a meeting for the title, not a lead of one decision', () => {
    const led = REPORT.replace('Notiser från kulturnämndens sammanträde 12 mars', 'Samarbete med föreningar ger mer förebyggande arbete').replace(
      'Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden som rör föreningslivet.',
      'Vid sammanträdet den 12 mars beslutade kulturnämnden bland annat om två nya överenskommelser med föreningar.',
    );
    expect(meetingReportSections(led)?.sections.map((s) => s.title)).toEqual(['Verksamhetsbidrag till Föreningen Ljuset', 'Ny taxa för lokaler']);
    const one = led.replace('bland annat om två nya överenskommelser med föreningar', 'att teckna ett partnerskap med Föreningen Ljuset');
    expect(meetingReportSections(one)).toBeNull();
  });

  it('takes "<body> i korthet" and "Kort om <body>s sammanträde" for a report\'s title, not "i korthet" about a topic', () => {
    expect(titled('Kommunstyrelsen i korthet 5 april 2023')).toBe(2);
    expect(titled('Socialnämnden i korthet')).toBe(2);
    expect(titled('Kort om kulturnämndens sammanträde den 12 mars')).toBe(2);
    expect(titled('Sommarlägret i korthet')).toBe(0);
    expect(titled('Kort om föreningens sommarläger')).toBe(0);
  });

  it('takes "Aktuellt från <body>" for a report\'s title, not news from a kommun', () => {
    expect(titled('Aktuellt från regionala nämnden 18 juni')).toBe(2);
    expect(titled('Nytt från kommunstyrelsen')).toBe(2);
    expect(titled('Aktuellt från kommunen')).toBe(0);
  });

  it('takes a heading of up to 120 characters, and a lead whose last sentence ends without a stop', () => {
    const long = 'Beslut om att bevilja medel till föreningen Ljuset för projektet Sommarläger i Ekby';
    expect(meetingReportSections(REPORT.replace('Verksamhetsbidrag till Föreningen Ljuset', long))?.sections.map((s) => s.title)).toEqual([long, 'Ny taxa för lokaler']);
    const unstopped = REPORT.replace('rör föreningslivet.', 'rör föreningslivet. För fullständigt protokoll, se fliken Demokrati & insyn');
    expect(meetingReportSections(unstopped)?.sections.length).toBe(2);
    // A line with no sentence in it is no lead: the headings must follow one.
    const noLead = REPORT.replace('Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden som rör föreningslivet.', 'Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden');
    expect(meetingReportSections(noLead)?.sections.map((s) => s.title) ?? []).not.toContain('Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden');
  });
});
