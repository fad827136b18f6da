import { describe, expect, it } from 'vitest';
import { readOpeningSubject } from './opening-subject.js';

describe('readOpeningSubject', () => {
  it('reads the body or the public party a paragraph opens with', () => {
    expect(readOpeningSubject('Socialnämnden har ett IOP med Kvinnojouren om skyddat boende.').organ).toMatchObject({ value: 'socialnämnden', start: 0, end: 13 });
    expect(readOpeningSubject('Sedan 2022 har kultur- och fritidsnämnden ett partnerskap med Fritidsbanken.').organ?.value).toBe('kultur- och fritidsnämnden');
    expect(readOpeningSubject('Ludvika kommun och Stadsmissionen har ingått ett IOP.').offentlig?.value).toBe('Ludvika kommun');
  });

  it('reads nothing from a paragraph that names a body or party later on', () => {
    expect(readOpeningSubject('Föreningen driver en mötesplats. Socialnämnden följer upp arbetet.')).toEqual({ organ: null, offentlig: null });
    expect(readOpeningSubject('Partnerskapet med Ludvika kommun gäller 2023–2025.')).toEqual({ organ: null, offentlig: null });
  });
});
