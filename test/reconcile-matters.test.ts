/**
 * Reconciliation per matter (issue 9), on hand-built whole protocols: each matter is its own record with
 * its own decision; a withdrawn § lends its case number to nothing; a förlängning follows its earlier
 * matter; a committee's proposal and the board's decision of one matter are one record with both decisions.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../pipeline/reconcile/index.js';
import type { ReconcileOutput } from '../pipeline/reconcile/types.js';
import { document, type DocumentSpec, type PartnershipSpec } from './reconcile-builders.js';

const kungsbacka = ['Kungsbacka kommun'];
const recordOf = (out: ReconcileOutput, observation: string) => out.partnerships.find((p) => p.observations.includes(observation))!;

/** A whole protocol: its matters, of which those with a partnership spec yield one, in order. */
function protocol(id: number, path: string, matters: { paragraph: string; title: string; partnership?: PartnershipSpec; kind?: null }[], refs: string[] = []): ReturnType<typeof document> {
  const partnerships: PartnershipSpec[] = [];
  const spec: DocumentSpec = {
    id,
    path,
    docType: 'protokoll',
    refs,
    partnerships,
    matters: matters.map((m) => {
      if (!m.partnership) return { paragraph: m.paragraph, title: m.title, kind: null };
      partnerships.push({ ...m.partnership, paragraph: m.paragraph });
      return { paragraph: m.paragraph, title: m.title, kind: m.partnership.kind ?? 'iop', partnership: partnerships.length - 1 };
    }),
  };
  return document(spec);
}

const ga = { date: '2024-12-19', body: 'nämnden för Gymnasium & Arbetsmarknad', outcome: 'bifall' as const };

describe('reconcile per matter', () => {
  it('makes each matter of a protocol its own record with its own decision', () => {
    const p = protocol(1, 'ga-2024-12-19.txt', [
      { paragraph: '§ 172', title: 'Delegationsbeslut' },
      { paragraph: '§ 173', title: 'Förlängning av IOP med Göteborgs Stadsmission', partnership: { ideburna: ['Göteborgs Stadsmission'], offentliga: kungsbacka, period: ['2025-01-01', '2025-12-31'], diarienummer: ['GA-2022-00310'], decision: ga } },
      { paragraph: '§ 174', title: 'Förlängning av IOP med Erikshjälpen Second Hand', partnership: { ideburna: ['Erikshjälpen Second Hand'], offentliga: kungsbacka, period: ['2025-01-01', '2025-06-30'], diarienummer: ['GA-2020-00182'], decision: ga } },
    ]);
    const out = reconcile([p]);
    expect(out.partnerships).toHaveLength(2);
    const [stadsmission, erikshjalpen] = [recordOf(out, 'ga-2024-12-19.txt#0'), recordOf(out, 'ga-2024-12-19.txt#1')];
    expect(stadsmission.documents.map((d) => d.paragraph)).toEqual(['§ 173']);
    expect(erikshjalpen.documents.map((d) => d.decision)).toEqual([{ ...ga, paragraph: '§ 174' }]);
    expect(stadsmission.fields.diarienummer.value).toEqual(['GA-2022-00310']);
    expect(erikshjalpen.fields.period.value).toMatchObject({ end: '2025-06-30' });
  });

  it("links nothing through a withdrawn §'s case number, nor through any number a whole protocol refers to", () => {
    const withdrawn = protocol(
      2,
      'ks-2025-03-04.txt',
      [
        { paragraph: '§ 40', title: 'IOP med Kvinnojouren', partnership: { ideburna: ['Kvinnojouren Kungsbacka'], offentliga: kungsbacka, period: ['2025-04-01', '2026-03-31'], diarienummer: ['KS-2025-00101'] } },
        { paragraph: '§ 41', title: 'Bidrag till Idrottsföreningen — Punkten utgår' },
      ],
      ['KS-2024-00999'],
    );
    // The withdrawn matter's case, decided later for another organisation, over the same period.
    const other = document({ id: 3, path: 'tjansteskrivelse.txt', diarienummer: ['KS-2024-00999'], partnerships: [{ ideburna: ['Idrottsföreningen Kungsbacka'], offentliga: kungsbacka, period: ['2025-04-01', '2026-03-31'] }] });
    const out = reconcile([withdrawn, other]);
    expect(out.partnerships).toHaveLength(2);
    expect(recordOf(out, 'ks-2025-03-04.txt#0').observations).toEqual(['ks-2025-03-04.txt#0']);
    expect(out.relations).toEqual([]);
    // A document about one matter still links on the case it refers to.
    const single = document({ id: 4, path: 'beslut.txt', refs: ['KS-2024-00999'], partnerships: [{ ideburna: ['Idrottsföreningen Kungsbacka'], offentliga: kungsbacka }] });
    expect(recordOf(reconcile([single, other]), 'beslut.txt#0').observations).toEqual(['beslut.txt#0', 'tjansteskrivelse.txt#0']);
  });

  it("makes the committee's proposal and the board's decision of one matter one record, with both decisions in its history", () => {
    const uf: PartnershipSpec = { kind: 'bidrag', ideburna: ['Ung Företagsamhet Halland'], offentliga: kungsbacka, period: ['2025-01-01', '2028-12-31'], diarienummer: ['KS-2024-00855'], amounts: [{ sek: 299632, per: 'year', payer: 'kommunstyrelsen' }] };
    const frg: PartnershipSpec = { kind: 'overenskommelse', ideburna: ['Frivilliga Resursgruppen'], offentliga: kungsbacka, diarienummer: ['KS-2025-00393'] };
    const au = (date: string) => ({ date, body: 'kommunstyrelsens arbetsutskott', outcome: 'förslag' as const });
    const ks = { date: '2025-06-17', body: 'kommunstyrelsen', outcome: 'bifall' as const };
    const p12 = protocol(12, 'p_12.txt', [{ paragraph: '§ 173', title: 'Partistöd' }, { paragraph: '§ 174', title: 'Bidrag till Ung Företagsamhet', partnership: { ...uf, decision: au('2025-06-03') } }]);
    const p17 = protocol(17, 'p_17.txt', [{ paragraph: '§ 187', title: 'Överenskommelser med FRG och FFO', partnership: { ...frg, decision: au('2025-06-10') } }, { paragraph: '§ 193', title: 'Stiftelsen Tjolöholm, årsredovisning' }]);
    const p08 = protocol(8, 'p_08.txt', [
      { paragraph: '§ 135', title: 'Bidrag till Ung Företagsamhet', partnership: { ...uf, decision: ks } },
      { paragraph: '§ 136', title: 'Överenskommelser med FRG och FFO', partnership: { ...frg, decision: ks } },
      { paragraph: '§ 145', title: 'Delegationsbeslut' },
    ]);
    const out = reconcile([p12, p17, p08]);
    expect(out.partnerships).toHaveLength(2);
    const grant = recordOf(out, 'p_08.txt#0');
    expect(grant.observations).toEqual(['p_08.txt#0', 'p_12.txt#0']);
    const decisions = grant.documents.map((d) => d.decision).sort((a, b) => a!.date!.localeCompare(b!.date!));
    expect(decisions).toEqual([
      { ...au('2025-06-03'), paragraph: '§ 174' },
      { ...ks, paragraph: '§ 135' },
    ]);
    expect(recordOf(out, 'p_08.txt#1').observations).toEqual(['p_08.txt#1', 'p_17.txt#0']);
  });

  it('makes a förlängning the successor of the earlier matter: by its case number, or by its title within a year', () => {
    const erikshjalpen = (period: [string, string]): PartnershipSpec => ({ ideburna: ['Erikshjälpen Second Hand'], offentliga: kungsbacka, period, diarienummer: ['GA-2020-00182'] });
    const p02 = protocol(20, 'p_02.txt', [{ paragraph: '§ 81', title: 'Förlängning av IOP med Erikshjälpen Second Hand', partnership: erikshjalpen(['2024-07-01', '2024-12-31']) }, { paragraph: '§ 82', title: 'Motion' }]);
    const p06 = protocol(21, 'p_06.txt', [{ paragraph: '§ 84', title: 'Förlängning av IOP med Erikshjälpen Second Hand', partnership: erikshjalpen(['2026-07-01', '2027-07-01']) }, { paragraph: '§ 85', title: 'Motion' }]);
    const out = reconcile([p02, p06]);
    expect(out.partnerships).toHaveLength(2);
    expect(out.relations).toEqual([expect.objectContaining({ from: 'p_02.txt#0', to: 'p_06.txt#0', reason: expect.stringContaining('same case GA-2020-00182') })]);

    // No shared case number: the matter's own title says förlängning, and the gap is under a year.
    const skydd = (period: [string, string], diarienummer: string): PartnershipSpec => ({ ideburna: ['Skyddsvärnet i Göteborg'], offentliga: kungsbacka, period, diarienummer: [diarienummer] });
    const first = protocol(22, 'a.txt', [{ paragraph: '§ 10', title: 'IOP med Skyddsvärnet', partnership: skydd(['2025-01-01', '2025-12-31'], 'GA-2024-00001') }, { paragraph: '§ 11', title: 'Förlängning av hyresavtal för skolan' }]);
    const later = (title: string) => protocol(23, 'b.txt', [{ paragraph: '§ 20', title, partnership: skydd(['2026-07-01', '2027-06-30'], 'GA-2026-00002') }, { paragraph: '§ 21', title: 'Information' }]);
    expect(reconcile([first, later('Förlängning av IOP med Skyddsvärnet')]).relations).toEqual([expect.objectContaining({ from: 'a.txt#0', to: 'b.txt#0', reason: expect.stringContaining('förlängning') })]);
    // Another § of the protocol speaking of a förlängning does not make this matter one.
    expect(reconcile([first, later('IOP med Skyddsvärnet')]).relations).toEqual([]);
  });
});
