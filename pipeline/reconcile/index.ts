/**
 * The reconcile stage: stored documents' results in; canonical organisations, partnership records
 * (with the links that made them, each field's history and conflicts) and the relations between
 * records out. Pure: output/ loads the input and stores the output.
 */
import { reconcileField } from './fields.js';
import { linkObservations } from './link.js';
import { aboutOneMatter, statementsOf } from './observations.js';
import { blockingKeys } from './blocks.js';
import { findPredecessors } from './relations.js';
import type { Period } from '../contract.js';
import { RECORD_FIELDS, type LinkConstraint, type PartnershipRecord, type ReconcileDocument, type ReconcileOutput, type ReconciledField, type RecordFieldName } from './types.js';

/**
 * `include`, when given, limits the statements linked to those it accepts: a reconcile step loads whole
 * documents but re-links only the statements of its scope (a protocol's other matters stay in their records).
 */
export function reconcile(documents: readonly ReconcileDocument[], constraints: readonly LinkConstraint[] = [], include?: (observation: string) => boolean): ReconcileOutput {
  const { organisations, observations: all } = statementsOf(documents);
  const byKey = new Map(organisations.map((o) => [o.key, o]));
  const observations = include ? all.filter((o) => include(o.key)) : all;
  const { members, links } = linkObservations(observations, constraints);

  const groupOf = new Map(members.flatMap((group, i) => group.map((o) => [o.key, i] as const)));
  const linksOf = new Map<number, typeof links>();
  for (const link of links) {
    const i = groupOf.get(link.a)!;
    const list = linksOf.get(i);
    if (list) list.push(link);
    else linksOf.set(i, [link]);
  }
  const records = members.map((group, i) => {
    const keys = group.map((o) => o.key).sort();
    const fields = Object.fromEntries(RECORD_FIELDS.map((f) => [f, reconcileField(f, group, byKey)])) as Record<RecordFieldName, ReconciledField>;
    const record: PartnershipRecord = {
      key: keys[0]!,
      observations: keys,
      documents: group.map((o) => ({
        documentId: o.doc.id,
        path: o.doc.path,
        sha256: o.doc.sha256,
        partnershipIndex: o.index,
        kind: o.partnership.kind.value,
        paragraph: o.partnership.paragraph ?? o.partnership.decision?.value.paragraph ?? null,
        blocks: blockingKeys(o),
        decision: (o.partnership.decision ?? (aboutOneMatter(o.result) ? o.result.decision : null))?.value ?? null,
      })),
      links: linksOf.get(i) ?? [],
      fields,
    };
    return { record, group };
  });

  const relations = findPredecessors(records.map(({ record, group }) => ({ key: record.key, observations: group, period: record.fields.period.value as Period | null })));
  return { organisations, partnerships: records.map((r) => r.record), relations };
}

export type * from './types.js';
