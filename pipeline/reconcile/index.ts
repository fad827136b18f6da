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
 * A record as linking made it, its fields not yet built: `build` makes the whole record. A caller that
 * stores records builds and stores them one at a time, so a large neighbourhood's fields and candidates
 * are never all held at once.
 */
export interface RecordDraft {
  key: string;
  /** Its statements' keys, sorted. */
  observations: string[];
  build(): PartnershipRecord;
}

/**
 * `include`, when given, limits the statements linked to those it accepts: a reconcile step loads whole
 * documents but re-links only the statements of its scope (a protocol's other matters stay in their records).
 */
export function reconcile(documents: readonly ReconcileDocument[], constraints: readonly LinkConstraint[] = [], include?: (observation: string) => boolean): ReconcileOutput {
  const { organisations, records, relations } = reconcileDrafts(documents, constraints, include);
  return { organisations, partnerships: records.map((r) => r.build()), relations };
}

/** As reconcile, with each record's fields built only when its `build` is called. */
export function reconcileDrafts(
  documents: readonly ReconcileDocument[],
  constraints: readonly LinkConstraint[] = [],
  include?: (observation: string) => boolean,
): { organisations: ReconcileOutput['organisations']; records: RecordDraft[]; relations: ReconcileOutput['relations'] } {
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
    // The period is built now: relations between records need it.
    const period = reconcileField('period', group, byKey);
    const build = (): PartnershipRecord => ({
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
      fields: Object.fromEntries(RECORD_FIELDS.map((f) => [f, f === 'period' ? period : reconcileField(f, group, byKey)])) as Record<RecordFieldName, ReconciledField>,
    });
    return { draft: { key: keys[0]!, observations: keys, build }, group, period };
  });

  const relations = findPredecessors(records.map(({ draft, group, period }) => ({ key: draft.key, observations: group, period: period.value as Period | null })));
  return { organisations, records: records.map((r) => r.draft), relations };
}

export type * from './types.js';
