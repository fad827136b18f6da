import { describe, expect, it } from 'vitest';
import { reconcile } from '../pipeline/reconcile/index.js';
import type { PartnershipRecord, ReconcileOutput } from '../pipeline/reconcile/types.js';
import { document } from './reconcile-builders.js';

const gotland = { ideburna: ['Röda Korset Gotland'], offentliga: ['Region Gotland'] };

const recordOf = (out: ReconcileOutput, path: string) => out.partnerships.find((p) => p.documents.some((d) => `${d.path}#${d.partnershipIndex}` === path || d.path === path));
const paths = (record: PartnershipRecord | undefined) => record?.documents.map((d) => `${d.path}#${d.partnershipIndex}`).sort();

describe('reconcile: organisations', () => {
  it('folds abbreviations a text defines, genitives and spelling slips into one organisation', () => {
    const out = reconcile(
      [
        document({ id: 1, text: 'samarbete med Röda Korset Gotland (RKG) för att', partnerships: [{ ideburna: ['Röda Korset Gotland', 'RKG', 'Röda Koret Gotland'], offentliga: ['Region Gotland'], period: ['2025-01-01', '2028-12-31'] }] }),
        document({ id: 2, partnerships: [{ ideburna: ['Röda Korsets Gotland'], offentliga: ['Region Gotlands'], period: ['2025-01-01', '2028-12-31'] }] }),
      ],
    );
    const civil = out.organisations.filter((o) => o.kind === 'ideburen');
    expect(civil).toHaveLength(1);
    expect(civil[0]!.name).toBe('Röda Korset Gotland');
    expect(civil[0]!.aliases).toEqual(expect.arrayContaining(['RKG', 'Röda Koret Gotland', 'Röda Korsets Gotland']));
    expect(out.organisations.find((o) => o.kind === 'offentlig')).toMatchObject({ key: 'region:region gotland', name: 'Region Gotland', aliases: ['Region Gotlands'], municipality: { kind: 'region', name: 'Region Gotland' } });
    expect(out.partnerships).toHaveLength(1);
  });

  it('names a kommun by what it calls itself, whatever form a text used', () => {
    const out = reconcile([
      document({ id: 1, partnerships: [{ ideburna: ['Skyddsvärnet'], offentliga: ['Göteborgs kommun'], period: ['2022-01-01', '2023-12-31'] }] }),
      document({ id: 2, partnerships: [{ ideburna: ['Skyddsvärnet'], offentliga: ['Göteborg Stad'], period: ['2022-01-01', '2023-12-31'] }] }),
    ]);
    expect(out.organisations.filter((o) => o.kind === 'offentlig').map((o) => o.name)).toEqual(['Göteborgs stad']);
    expect(out.partnerships).toHaveLength(1);
    expect(out.partnerships[0]!.fields.offentliga.value).toEqual(['Göteborgs stad']);
  });

  it('keeps units and branches related to their parent, not merged into it', () => {
    const out = reconcile(
      [
        document({ id: 1, partnerships: [{ ideburna: ['Svenska Röda Korset'], offentliga: ['Malmö stad'] }] }),
        document({ id: 2, partnerships: [{ ideburna: ['Röda Korset Gotland'], offentliga: ['Region Gotland'] }] }),
        document({ id: 3, partnerships: [{ ideburna: ['Svenska Röda Korsets Behandlingscenter för krigsskadade och torterade'], offentliga: ['Malmö stad'] }] }),
      ],
    );
    const byName = new Map(out.organisations.map((o) => [o.name, o]));
    const national = byName.get('Svenska Röda Korset')!;
    expect(byName.get('Röda Korset Gotland')!.parent).toBe(national.key);
    expect(byName.get('Svenska Röda Korsets Behandlingscenter för krigsskadade och torterade')!.parent).toBe(national.key);
    expect(national.parent).toBeNull();
  });

  it('attaches a Luhn-checked organisationsnummer to the organisation named just before it', () => {
    const text = 'Parter: Föreningen Hela Människan i Malmö, org.nr 802002-8711, och Malmö stad, organisationsnummer 212000-1124.';
    const out = reconcile([document({ id: 1, text, partnerships: [{ ideburna: ['Föreningen Hela Människan i Malmö'], offentliga: ['Malmö stad'] }] })]);
    expect(out.organisations.find((o) => o.kind === 'ideburen')!.orgnr).toEqual({ value: '802002-8711', valid: true });
    expect(out.organisations.find((o) => o.kind === 'offentlig')!.orgnr).toEqual({ value: '212000-1124', valid: true });
  });
});

describe('reconcile: linking documents into partnerships', () => {
  const protocol = document({
    id: 1,
    path: 'protokoll.txt',
    date: '2024-05-06',
    docType: 'protokoll',
    diarienummer: ['RS 2024/947'],
    partnerships: [{ ...gotland, period: ['2025-01-01', '2028-12-31'], amounts: [{ sek: 1300000, per: 'year', payer: null, confidence: 0.9 }, { sek: 1800000, per: 'year', payer: null, confidence: 0.6 }] }],
  });
  const agreement = document({ id: 2, path: 'avtal.txt', date: '2025-01-15', partnerships: [{ ...gotland, period: ['2025-01-01', '2028-12-31'], amounts: [{ sek: 1300000, per: 'year', payer: null }] }] });
  const report = document({
    id: 3,
    path: 'rapport.txt',
    date: '2023-04-01',
    docType: 'rapport',
    partnerships: [
      { ideburna: ['Frivilliga försvarsorganisationers samarbetskommitté', 'Röda Korset Gotland'], offentliga: ['Region Gotland'], period: ['2023-01-01', '2025-12-31'] },
      { ...gotland, period: ['2022-01-01', '2024-12-31'] },
    ],
  });

  it('links the same parties over the same period, and says why', () => {
    const out = reconcile([protocol, agreement, report]);
    const record = recordOf(out, 'protokoll.txt');
    expect(paths(record)).toEqual(['avtal.txt#0', 'protokoll.txt#0']);
    expect(record!.links).toEqual([expect.objectContaining({ rule: 'same-parties-period', reason: expect.stringContaining('2025-01-01–2028-12-31') })]);
  });

  it('relates the earlier period as predecessor instead of merging it', () => {
    const out = reconcile([protocol, agreement, report]);
    const current = recordOf(out, 'protokoll.txt')!;
    const earlier = recordOf(out, 'rapport.txt#1')!;
    expect(earlier.key).not.toBe(current.key);
    expect(out.relations).toContainEqual(expect.objectContaining({ kind: 'predecessor', from: earlier.key, to: current.key }));
  });

  it('keeps a partnership with an extra civil-society party apart, even over an overlapping period', () => {
    const out = reconcile([protocol, agreement, report]);
    expect(paths(recordOf(out, 'rapport.txt#0'))).toEqual(['rapport.txt#0']);
    expect(out.relations.filter((r) => r.from === recordOf(out, 'rapport.txt#0')!.key)).toEqual([]);
  });

  it('keeps a three-party partnership apart from a two-party one with the same civil-society unit', () => {
    const two = document({ id: 4, partnerships: [{ ideburna: ['Röda Korsets behandlingscenter'], offentliga: ['Malmö stad'], period: ['2022-01-01', '2022-12-31'] }] });
    const three = document({ id: 5, partnerships: [{ ideburna: ['Röda Korsets behandlingscenter'], offentliga: ['Region Skåne', 'Malmö stad'], period: ['2021-01-01', '2024-12-31'] }] });
    const row = document({ id: 6, docType: 'rapport', partnerships: [{ ideburna: ['Svenska Röda Korset'], offentliga: ['Malmö stad', 'Region Skåne'], period: ['2021-01-01', '2024-12-31'] }, { ideburna: ['Röda Korset'], offentliga: ['Malmö stad'], period: ['2022-01-01', '2022-12-31'] }] });
    const out = reconcile([two, three, row]);
    expect(paths(recordOf(out, 'doc-5.txt'))).toEqual(['doc-5.txt#0', 'doc-6.txt#0']);
    expect(paths(recordOf(out, 'doc-4.txt'))).toEqual(['doc-4.txt#0', 'doc-6.txt#1']);
  });

  it('links by a shared case number even when the parties are written differently', () => {
    const a = document({ id: 7, diarienummer: ['ASN-2021-6250'], partnerships: [{ ideburna: ['RKC'], offentliga: ['Malmö stad'] }] });
    const b = document({ id: 8, diarienummer: ['ASN 2021 6250'.replace(/ /g, '-')], partnerships: [{ ideburna: ['Behandlingscentret'], offentliga: ['Malmö stad'], period: ['2022-01-01', '2022-12-31'] }] });
    const out = reconcile([a, b]);
    expect(out.partnerships).toHaveLength(1);
    expect(out.partnerships[0]!.links[0]).toMatchObject({ rule: 'case-number', reason: 'both are case ASN-2021-6250' });
  });

  it('keeps two periods of one long-running case apart, the later as successor', () => {
    const first = document({ id: 12, diarienummer: ['GA-2020-00182'], partnerships: [{ ideburna: ['Erikshjälpen Second hand'], offentliga: ['Kungsbacka kommun'], period: ['2021-01-01', '2024-12-31'] }] });
    const extended = document({ id: 13, diarienummer: ['GA-2020-00182'], partnerships: [{ ideburna: ['Erikshjälpen Second Hand'], offentliga: ['Kungsbacka kommun'], period: ['2025-01-01', '2025-06-30'] }] });
    const out = reconcile([first, extended]);
    expect(out.partnerships).toHaveLength(2);
    expect(out.relations).toEqual([expect.objectContaining({ kind: 'predecessor', from: 'doc-12.txt#0', reason: expect.stringContaining('same case GA-2020-00182') })]);
  });

  it('makes a förlängning that refers to the earlier case its successor', () => {
    const old = document({ id: 9, diarienummer: ['ASN-2019-9502'], partnerships: [{ ideburna: ['RKC'], offentliga: ['Malmö stad'], period: ['2020-01-01', '2021-12-31'] }] });
    const extension = document({ id: 10, text: 'Förlängning av överenskommelse', refs: ['ASN-2019-9502'], partnerships: [{ ideburna: ['RKC'], offentliga: ['Malmö stad'], period: ['2022-01-01', '2022-12-31'] }] });
    const out = reconcile([old, extension]);
    expect(out.partnerships).toHaveLength(2);
    expect(out.relations).toEqual([expect.objectContaining({ kind: 'predecessor', reason: expect.stringContaining('ASN-2019-9502') })]);
  });

  it('links a decision without a period to the one period of its parties it was decided for, and no other', () => {
    const decision = document({ id: 14, path: 'beslut.txt', decided: '2024-05-06', partnerships: [{ ...gotland }] });
    const linked = reconcile([decision, agreement]);
    expect(paths(recordOf(linked, 'beslut.txt'))).toEqual(['avtal.txt#0', 'beslut.txt#0']);
    expect(recordOf(linked, 'beslut.txt')!.links).toContainEqual(expect.objectContaining({ rule: 'same-parties-decided-for', reason: 'same parties; decided 2024-05-06 for the period 2025-01-01–2028-12-31' }));
    // Decided while the 2022–2024 period ran and before 2025–2028: either could be meant, so neither is linked.
    const ambiguous = reconcile([decision, agreement, report]);
    expect(paths(recordOf(ambiguous, 'beslut.txt'))).toEqual(['beslut.txt#0']);
    // Decided long before any period of its parties: not linked.
    const early = document({ id: 15, path: 'tidigt.txt', decided: '2019-02-01', partnerships: [{ ...gotland }] });
    expect(paths(recordOf(reconcile([early, agreement]), 'tidigt.txt'))).toEqual(['tidigt.txt#0']);
  });

  it('never links two rows of one report', () => {
    const rows = document({ id: 11, docType: 'rapport', partnerships: [{ ...gotland, period: ['2022-01-01', '2024-12-31'] }, { ...gotland, period: ['2022-01-01', '2024-12-31'] }] });
    expect(reconcile([rows]).partnerships).toHaveLength(2);
  });

  it("applies a reviewer's split and merge over the machine's links", () => {
    const split = reconcile([protocol, agreement, report], [{ kind: 'split', a: 'protokoll.txt#0', b: 'avtal.txt#0' }]);
    expect(paths(recordOf(split, 'protokoll.txt'))).toEqual(['protokoll.txt#0']);
    const merged = reconcile([protocol, agreement, report], [{ kind: 'merge', a: 'protokoll.txt#0', b: 'rapport.txt#1' }]);
    expect(paths(recordOf(merged, 'protokoll.txt'))).toEqual(['avtal.txt#0', 'protokoll.txt#0', 'rapport.txt#1']);
    expect(recordOf(merged, 'protokoll.txt')!.links).toContainEqual(expect.objectContaining({ rule: 'reviewer-merge' }));
  });
});

describe('reconcile: fields', () => {
  const one = document({ id: 1, path: 'a.txt', date: '2024-05-06', partnerships: [{ ...gotland, period: ['2025-01-01', '2028-12-31'], amounts: [{ sek: 1300000, per: 'year', payer: null, confidence: 0.8 }, { sek: 1800000, per: 'year', payer: null, confidence: 0.6 }, { sek: 5200000, per: 'total', payer: null, confidence: 0.8 }] }] });
  const two = document({ id: 2, path: 'b.txt', date: '2025-01-15', partnerships: [{ ...gotland, period: ['2025-01-01', '2028-12-30'], amounts: [{ sek: 1300000, per: 'year', payer: null, confidence: 0.8 }] }] });

  it('chooses the value more documents support and keeps every statement as history', () => {
    const amount = reconcile([one, two]).partnerships[0]!.fields.amount;
    expect(amount.value).toEqual({ sek: 1300000, per: 'year', payer: null });
    expect(amount.candidates[0]!.sources.map((s) => s.path).sort()).toEqual(['a.txt', 'b.txt']);
    expect(amount.candidates[0]!.confidence).toBeGreaterThan(0.8);
  });

  it("takes what more documents state over one document's more confident value", () => {
    const proposal = document({ id: 4, path: 'c.txt', date: '2024-05-06', partnerships: [{ ...gotland, period: ['2025-01-01', '2028-12-31'], amounts: [{ sek: 1800000, per: 'year', payer: null, confidence: 0.99 }, { sek: 1300000, per: 'year', payer: null, confidence: 0.7 }] }] });
    const agreement = document({ id: 5, path: 'd.txt', date: '2025-01-15', partnerships: [{ ...gotland, period: ['2025-01-01', '2028-12-31'], amounts: [{ sek: 1300000, per: 'year', payer: null, confidence: 0.7 }] }] });
    const amount = reconcile([proposal, agreement]).partnerships[0]!.fields.amount;
    const confidence = (key: string) => amount.candidates.find((c) => c.key === key)!.confidence;
    expect(confidence('1800000/year')).toBeGreaterThan(confidence('1300000/year'));
    expect(amount.value).toEqual({ sek: 1300000, per: 'year', payer: null });
  });

  it('makes disagreeing amounts of the same kind a conflict for review, and leaves a total alone', () => {
    const amount = reconcile([one, two]).partnerships[0]!.fields.amount;
    expect(amount.conflict).toBe(true);
    expect(amount.needsReview).toBe(true);
    expect(amount.candidates.map((c) => c.key)).toEqual(expect.arrayContaining(['1300000/year', '1800000/year', '5200000/total']));
    const noYearly = reconcile([document({ id: 3, partnerships: [{ ...gotland, amounts: [{ sek: 1300000, per: 'year', payer: null }, { sek: 5200000, per: 'total', payer: null }] }] })]);
    expect(noYearly.partnerships[0]!.fields.amount.conflict).toBe(false);
  });

  it('makes two end dates a conflict, and between equally confident values takes the most recent document', () => {
    const period = reconcile([one, two]).partnerships[0]!.fields.period;
    expect(period.conflict).toBe(true);
    expect(period.value).toEqual({ start: '2025-01-01', end: '2028-12-30', openEnded: false });
  });

  it('unions list fields under canonical names', () => {
    const fields = reconcile([one, two]).partnerships[0]!.fields;
    expect(fields.ideburna.value).toEqual(['Röda Korset Gotland']);
    expect(fields.offentliga.value).toEqual(['Region Gotland']);
  });
});
