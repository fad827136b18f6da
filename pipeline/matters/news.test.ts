import { describe, expect, it } from 'vitest';
import { DocText } from '../../extractors/engine/doc-text.js';
import { meetingReportSections } from './news.js';
import { segment } from './index.js';

const REPORT =
  'Notiser från kulturnämndens sammanträde 12 mars\n\nPublicerad 14 mars 2024\n\n' +
  'Vid sammanträdet den 12 mars fattade kulturnämnden beslut i flera ärenden som rör föreningslivet.\n\n' +
  'Verksamhetsbidrag till Föreningen Ljuset\n\nNämnden beviljade Föreningen Ljuset 40 000 kronor för sommarens läger.\n\n' +
  'Ny taxa för lokaler\n\nNämnden antog nya avgifter för uthyrning av kommunens lokaler.\n';

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
});
