import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import { meetingBody } from './meeting-body.js';

const body = (text: string) => meetingBody(DocText.fromString(text))?.value ?? null;

describe('meetingBody: the body whose meeting approves its agenda', () => {
  it('reads the body that approves or sets the agenda, in the present or the past', () => {
    expect(body('Sammanträde 2012-12-18\n\n§2 Godkännande av föredragningslista\n\nOrganisations- och föreningsutskottet godkände föredragningslistan.')).toBe(
      'organisations- och föreningsutskottet',
    );
    expect(body('§ 1 Dagordning\nNämnden för Individ & Familjeomsorg godkänner dagordningen.')).toBe('nämnden för Individ & Familjeomsorg');
    expect(body('Kommunstyrelsen fastställer ärendelistan med tillägg.')).toBe('kommunstyrelsen');
  });

  it('names no meeting from another act, a generic utskott, or two bodies', () => {
    expect(body('Socialnämnden godkänner avtalet med föreningen.')).toBeNull();
    expect(body('Föredragningslistan skickas till kommunstyrelsen.')).toBeNull();
    expect(body('Arbetsutskottet godkänner dagordningen.')).toBeNull();
    expect(body('Kommunstyrelsen godkänner dagordningen. Socialnämnden godkände dagordningen.')).toBeNull();
  });
});
