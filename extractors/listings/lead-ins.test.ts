import { describe, expect, it } from 'vitest';
import { DocText } from '../engine/doc-text.js';
import type { ExtractContext } from '../engine/context.js';
import { extractListings } from './index.js';
import { findLeadIns } from './lead-ins.js';

const report: ExtractContext = {
  docType: { value: 'rapport', confidence: 0.9, needsReview: false, evidence: [] },
  parties: { ideburna: [], offentliga: [], organ: [], aliases: new Map() },
};
const table = ['', 'Förening\tVerksamhet\tPeriod', 'Kvinnojouren Tärnan\tSkyddat boende\t2022–2025', 'Röda Korset Lund\tMötesplats\t2023–2024'].join('\n');
const organs = (text: string) => extractListings(DocText.fromString(text), report).map((row) => row.organ.map((f) => f.value));

describe('a lead-in line over a list of partnerships', () => {
  it('gives the one body it names to the rows after it', () => {
    expect(organs('Socialnämnden har IOP med följande föreningar:\n' + table)).toEqual([['socialnämnden'], ['socialnämnden']]);
  });

  it('gives the one public party it names', () => {
    const [lead] = findLeadIns('Lunds kommun har tecknat överenskommelser med:');
    expect(lead!.parties.map((p) => p.name)).toEqual(['Lunds kommun']);
  });

  it.each([
    'Socialnämnden och kultur- och fritidsnämnden har IOP med:',
    'Socialnämnden har IOP med följande föreningar.',
    'Socialnämnden beslutade följande:',
  ])('gives no body from "%s" (two bodies, no colon, no partnership word)', (line) => {
    expect(findLeadIns(line).flatMap((lead) => lead.bodies)).toEqual([]);
  });
});
