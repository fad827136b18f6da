/**
 * `iop review list | show | accept | correct | reject | merge | split | not-partnership`: the review queue
 * and the actions on it from the command line. Records are brought up to date first. Every action is
 * recorded with the reviewer (--reviewer, else $USER), the time, the old and new value and the --comment,
 * and prints what it changed.
 */
import type { Command } from 'commander';
import { DEFAULT_DB, openDataset, type Dataset } from '../../../output/db/open.js';
import { accept, correct, markNotPartnership, mergeRecords, reject, reviewHistory, ReviewError, split, type Actor, type ReviewChange } from '../../../output/review/actions.js';
import { evidenceInContext } from '../../../output/review/evidence.js';
import { reviewQueue } from '../../../output/review/queue.js';
import { ensureReconciled } from '../../../output/review/records.js';
import { readRecord, recordOrganisations, type OrganisationView, type RecordField } from '../../../output/review/records-read.js';
import { parseTypedValue, showValue } from '../../../output/review/show.js';
import { RecordFieldSchema } from '../../../output/review/values.js';
import type { RecordFieldName } from '../../reconcile/types.js';
import { EXIT } from '../exit-codes.js';
import { fixed3, formatTable } from '../table.js';

interface DbOptions {
  db: string;
}
interface ActorOptions extends DbOptions {
  reviewer?: string;
  comment?: string;
}

export function registerReview(program: Command): void {
  const review = program.command('review').description('the review queue: list, show, accept, correct, reject, merge, split, not-partnership');
  const withDb = (c: Command) => c.option('--db <file>', 'the SQLite dataset', DEFAULT_DB);
  const withActor = (c: Command) => withDb(c).option('--reviewer <name>', 'who reviews (default: $USER)').option('--comment <text>', 'why');

  withDb(review.command('list').description('fields needing review, most important first'))
    .option('--limit <n>', 'show at most this many', (v) => Number.parseInt(v, 10), 50)
    .option('--json', 'one JSON object per line')
    .action((options: DbOptions & { limit: number; json?: boolean }) =>
      withDataset(options, (db) => {
        const items = reviewQueue(db, options.limit);
        if (options.json) return items.forEach((i) => process.stdout.write(`${JSON.stringify(i)}\n`));
        process.stdout.write(`${formatTable(['record', 'field', 'why', 'machine value', 'confidence', 'partnership'], items.map((i) => [i.partnershipId, i.field, i.reason, clip(showValue(i.field, i.machineValue)), fixed3(i.confidence), clip(i.summary)]))}\n`);
      }),
    );

  withDb(review.command('show').description("a record's fields with their candidates and the evidence in context").argument('<record>', 'record id'))
    .option('--field <name>', 'only this field')
    .option('--json', 'the record as JSON')
    .action((id: string, options: DbOptions & { field?: string; json?: boolean }) =>
      withDataset(options, (db) => {
        const record = readRecord(db, recordId(id));
        if (!record) throw new ReviewError(`no partnership record ${id}`);
        if (options.json) return void process.stdout.write(`${JSON.stringify({ ...record, organisations: recordOrganisations(db, record), history: reviewHistory(db, record.id) })}\n`);
        const fields = Object.values(record.fields).filter((f) => !options.field || f.field === fieldName(options.field));
        const lines = [`record ${record.id} (${record.status})`, 'documents:', ...record.documents.map((d) => `  ${d.observation}  [${d.docType ?? '?'}] document ${d.documentId}`)];
        if (record.notPartnership) lines.push(`not a partnership (${record.notPartnership.reviewer} ${record.notPartnership.at}${record.notPartnership.comment ? `: ${record.notPartnership.comment}` : ''}): out of the registry`);
        const decided = record.decisions.filter((d) => d.decision || d.paragraph);
        if (decided.length) lines.push('decisions:', ...decided.map((d) => `  ${[d.decision?.date, d.decision?.body, d.paragraph ?? d.decision?.paragraph, d.decision?.outcome, d.kind && `(${d.kind})`].filter(Boolean).join(' ')}  ${d.observation}`));
        if (record.links.length) lines.push('linked because:', ...record.links.map((l) => `  ${l.rule}: ${l.reason}`));
        if (record.relations.length) lines.push('related:', ...record.relations.map((r) => `  ${r.role} record ${r.other}: ${r.reason}`));
        const organisations = recordOrganisations(db, record);
        if (organisations.length) lines.push('organisations:', ...organisations.map(showOrganisation));
        for (const f of fields) lines.push('', ...showField(db, f));
        const history = reviewHistory(db, record.id).filter((a) => !options.field || a.field === options.field);
        if (history.length) lines.push('', 'review history:', ...history.map((a) => `  ${a.at} ${a.reviewer} ${a.action}${a.field ? ` ${a.field}` : ''}: ${JSON.stringify(a.old)} → ${JSON.stringify(a.new)}${a.comment ? ` (${a.comment})` : ''}`));
        process.stdout.write(`${lines.join('\n')}\n`);
      }),
    );

  const report = (change: ReviewChange) => void process.stdout.write(`${describeChange(change)}\n`);
  withActor(review.command('accept').description("accept the machine's value").argument('<record>').argument('<field>')).action((id: string, field: string, o: ActorOptions) =>
    withDataset(o, (db) => report(accept(db, recordId(id), fieldName(field), actor(o)))),
  );
  withActor(review.command('correct').description('set the value (JSON, or "1800000/year", "2025-01-01..2028-12-31", "A; B")').argument('<record>').argument('<field>').argument('<value>')).action(
    (id: string, field: string, value: string, o: ActorOptions) => withDataset(o, (db) => report(correct(db, recordId(id), fieldName(field), parseTypedValue(fieldName(field), value), actor(o)))),
  );
  withActor(review.command('reject').description('the field has no right value in the documents').argument('<record>').argument('<field>')).action((id: string, field: string, o: ActorOptions) =>
    withDataset(o, (db) => report(reject(db, recordId(id), fieldName(field), actor(o)))),
  );
  withActor(review.command('merge').description('two records are one partnership').argument('<record>').argument('<other>')).action((a: string, b: string, o: ActorOptions) =>
    withDataset(o, (db) => report(mergeRecords(db, recordId(a), recordId(b), actor(o)))),
  );
  withActor(review.command('split').description("take one document's statement (path#n, see show) out of a record").argument('<record>').argument('<observation>')).action((id: string, observation: string, o: ActorOptions) =>
    withDataset(o, (db) => void process.stdout.write(`split into record ${split(db, recordId(id), observation, actor(o))}\n`)),
  );
  withActor(review.command('not-partnership').description('the record is no partnership: it leaves the registry, and stays out at every re-ingest and refresh').argument('<record>')).action((id: string, o: ActorOptions) =>
    withDataset(o, (db) => report(markNotPartnership(db, recordId(id), actor(o)))),
  );
}

/** One line saying what a review action changed. */
function describeChange(c: ReviewChange): string {
  switch (c.action) {
    case 'merge':
      return `record ${c.partnershipId}: merged into record ${c.resultId}, now ${(c.new as string[]).length} statements (${(c.new as string[]).join(', ')})`;
    case 'not-partnership':
      return `record ${c.partnershipId}: marked not a partnership, out of the registry (${(c.old as string[]).join(', ')})`;
    default:
      return `record ${c.partnershipId} ${c.field}: ${showValue(c.field!, c.old)} → ${showValue(c.field!, c.new)} (${VERDICT_SHOWN[c.action]})`;
  }
}

const VERDICT_SHOWN: Record<string, string> = { accept: 'accepted', correct: 'corrected', reject: 'rejected', split: 'split' };

function showOrganisation(o: OrganisationView): string {
  const facts = [
    o.municipality && `${o.municipality} in the official list`,
    o.parent && `a unit of ${o.parent}`,
    o.orgnr && `org.nr ${o.orgnr}${o.orgnrValid ? '' : ' (fails the Luhn check)'}`,
    o.aliases.length > 0 && `also written ${o.aliases.join(', ')}`,
  ].filter(Boolean);
  return `  ${o.name} [${o.kind}]${facts.length ? `: ${facts.join('; ')}` : ''}`;
}

function showField(db: Dataset, f: RecordField): string[] {
  const flags = [f.conflict && 'CONFLICT', f.review?.changedSinceReview && 'CHANGED SINCE REVIEW', f.needsReview && 'needs review'].filter(Boolean).join(', ');
  const lines = [`${f.field}: ${showValue(f.field, f.value)}  [${f.status}${f.review ? ` by ${f.review.reviewer} ${f.review.reviewedAt}` : ''}] confidence ${fixed3(f.confidence)}${flags ? `  ${flags}` : ''}`];
  if (f.review) lines.push(`  machine value: ${showValue(f.field, f.machineValue)}`);
  for (const c of f.candidates) {
    lines.push(`  candidate ${showValue(f.field, Array.isArray(f.value) ? [c.value] : c.value)}  confidence ${fixed3(c.confidence)}`);
    for (const s of c.sources) {
      lines.push(`    ${s.path} (${s.date ?? 'no date'}) ${fixed3(s.confidence)}`);
      for (const e of s.evidence) {
        const ctx = evidenceInContext(db, s.documentId, e);
        lines.push(`      ${ctx.page === null ? '' : `p. ${ctx.page}: `}…${ctx.before}[[${ctx.text}]]${ctx.after}…`);
      }
    }
  }
  return lines;
}

/** A table cell short enough for a terminal line; `review show` prints the whole value. */
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function withDataset(options: DbOptions, run: (db: Dataset) => void): void {
  const db = openDataset(options.db, { mustExist: true });
  try {
    ensureReconciled(db);
    run(db);
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    process.stderr.write(`iop review: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } finally {
    db.close();
  }
}

function actor(options: ActorOptions): Actor {
  const reviewer = options.reviewer ?? process.env.USER;
  if (!reviewer) throw new ReviewError('say who reviews: --reviewer NAME (or set $USER)');
  return { reviewer, comment: options.comment ?? null };
}

function recordId(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new ReviewError(`not a record id: ${text}`);
  return id;
}

function fieldName(text: string): RecordFieldName {
  const parsed = RecordFieldSchema.safeParse(text);
  if (!parsed.success) throw new ReviewError(`unknown field ${text} (one of ${RecordFieldSchema.options.join(', ')})`);
  return parsed.data;
}
