/**
 * The review page's JSON API. Every request body, query and path parameter is checked with zod before it
 * reaches a review action; what a reviewer typed is read by output/review/typed.ts, and every refusal
 * is a Swedish sentence for the reviewer. The actions themselves are output/review's (the one writer).
 */
import { z } from 'zod';
import { MATTER_KINDS } from '../../pipeline/contract.js';
import { RECORD_FIELDS, type RecordFieldName } from '../../pipeline/reconcile/types.js';
import type { Dataset } from '../db/open.js';
import { accept, correct, markNotPartnership, merge, reject, reviewHistory, ReviewError, split, undo, type Actor } from '../review/actions.js';
import { documentPages } from '../review/evidence.js';
import { listFields, STATUS_FILTERS, type FieldFilter, type QueueItem, type QueueReason } from '../review/queue.js';
import { ensureReconciled } from '../review/records.js';
import { readRecord, recordOrganisations, type RecordField } from '../review/records-read.js';
import { editableValue, FIELD_LABELS, KIND_LABELS, showValue, STATUS_LABELS } from '../review/show.js';
import { readTyped } from '../review/typed.js';
import { checkValue, FIELD_EXAMPLES, RecordFieldSchema } from '../review/values.js';

export interface ApiResponse {
  status: number;
  body: unknown;
}

/** A refusal the reviewer can act on: the status and a sentence for the page. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const REASON_LABELS: Record<QueueReason, string> = { conflict: 'motstridiga uppgifter', 'changed since review': 'ändrat sedan granskning', 'low confidence': 'låg säkerhet' };
const ACTION_LABELS: Record<string, string> = { accept: 'godkände', correct: 'rättade', reject: 'avvisade', undo: 'ångrade', merge: 'slog ihop', split: 'delade', 'not-partnership': 'markerade som inte ett partnerskap' };
const STATUS_FILTER_LABELS: Record<(typeof STATUS_FILTERS)[number], string> = { queue: 'att granska', machine: 'ej granskade', accepted: 'godkända', corrected: 'rättade', rejected: 'avvisade', all: 'alla' };
const PAGE_SIZE = 100;

const Id = z.coerce.number().int().positive();
/** Who acts and why: the page sends the name the reviewer gave; the server has no default. */
const Actor = { reviewer: z.string().max(100).optional(), comment: z.string().max(2000).optional() };
const ActionBody = z.strictObject({
  ...Actor,
  /** For correct: the new value (a candidate's)… */
  value: z.unknown().optional(),
  /** …or as a reviewer types it ("1 800 000 kr/år", "2025-01-01–2028-12-31", "A; B"). */
  typed: z.string().max(2000).optional(),
});
const ACTIONS = ['accept', 'correct', 'reject'] as const;
const MergeBody = z.strictObject({ ...Actor, other: Id });
const SplitBody = z.strictObject({ ...Actor, observation: z.string().min(1).max(2000) });
const RecordBody = z.strictObject(Actor);
const UndoBody = z.strictObject({ ...Actor, actions: z.array(Id).min(1).max(5000) });
const Filter = z.strictObject({
  field: RecordFieldSchema.optional(),
  kind: z.enum(MATTER_KINDS).optional(),
  status: z.enum(STATUS_FILTERS).optional(),
  organisation: z.string().max(200).optional(),
  search: z.string().max(200).optional(),
});
const QueueQuery = Filter.extend({ offset: z.coerce.number().int().nonnegative().default(0), limit: z.coerce.number().int().positive().max(500).default(PAGE_SIZE) });
/** Batch accept: the filter the page shows, and how many fields it showed — a list that changed meanwhile is refused. */
const AcceptAllBody = z.strictObject({ ...Actor, filter: Filter, expect: z.number().int().nonnegative() });

type Route = { method: string; pattern: RegExp; handle: (db: Dataset, params: string[], body: unknown, query: URLSearchParams) => ApiResponse };

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/api\/meta$/, handle: (db) => ok(meta(db)) },
  {
    method: 'GET',
    pattern: /^\/api\/queue$/,
    handle: (db, _, __, query) => {
      // ?token= is the server's (authentication), not a filter.
      const { offset, limit, ...filter } = QueueQuery.parse(Object.fromEntries([...query].filter(([k, v]) => v !== '' && k !== 'token')));
      const list = listFields(db, filter, offset, limit);
      return ok({ total: list.total, offset, limit, items: list.items.map(showItem) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/records\/([^/]+)$/,
    handle: (db, [id]) => {
      const record = readRecord(db, Id.parse(id));
      if (!record) return notFound();
      const history = reviewHistory(db, record.id).map((a) => ({
        ...a,
        label: ACTION_LABELS[a.action] ?? a.action,
        oldShown: a.field ? showValue(a.field as RecordFieldName, a.old) : null,
        newShown: a.field ? showValue(a.field as RecordFieldName, a.new) : null,
      }));
      const fields = RECORD_FIELDS.map((name) => record.fields[name]).filter(Boolean).map((f) => ({
        ...showField(f),
        history: history.filter((a) => a.field === f.field),
      }));
      return ok({ ...record, fields, organisations: recordOrganisations(db, record), history: history.filter((a) => a.field === null) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/documents\/([^/]+)$/,
    handle: (db, [id]) => {
      const pages = documentPages(db, Id.parse(id));
      return pages ? ok(pages) : notFound();
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/records\/([^/]+)\/fields\/([^/]+)\/([^/]+)$/,
    handle: (db, [id, field, action], body) => {
      const recordId = Id.parse(id);
      const name = RecordFieldSchema.parse(field);
      const verb = z.enum(ACTIONS).parse(action);
      const input = ActionBody.parse(body);
      const actor = actorOf(input);
      const current = readRecord(db, recordId)?.fields[name];
      if (!current) return notFound();
      if (verb === 'accept') accept(db, recordId, name, actor);
      else if (verb === 'reject') reject(db, recordId, name, actor);
      else correct(db, recordId, name, correction(name, input, current), actor);
      return ok({ field: showField(readRecord(db, recordId)!.fields[name]), actions: [lastActionId(db)] });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/undo$/,
    handle: (db, _, body) => {
      const input = UndoBody.parse(body);
      undo(db, input.actions, actorOf(input));
      return ok({ undone: input.actions.length });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/accept-all$/,
    handle: (db, _, body) => {
      const input = AcceptAllBody.parse(body);
      const actor = actorOf(input);
      const { total, items } = listFields(db, input.filter);
      if (total !== input.expect) throw new Refusal(409, `Listan har ändrats sedan den visades (${total} fält i stället för ${input.expect}). Ladda om och försök igen.`);
      // Only what waits for a reviewer: batch accept never overwrites a correction or a rejection.
      const waiting = items.filter((i) => i.reason !== null);
      const ids = db.transaction(() => waiting.map((i) => (accept(db, i.partnershipId, i.field, actor), lastActionId(db))))();
      return ok({ accepted: ids.length, skipped: total - ids.length, actions: ids });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/records\/([^/]+)\/not-partnership$/,
    handle: (db, [id], body) => {
      const recordId = Id.parse(id);
      markNotPartnership(db, recordId, actorOf(RecordBody.parse(body)));
      return ok({ id: recordId, actions: [lastActionId(db)] });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/records\/([^/]+)\/merge$/,
    handle: (db, [id], body) => {
      const input = MergeBody.parse(body);
      return ok({ id: merge(db, Id.parse(id), input.other, actorOf(input)) });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/records\/([^/]+)\/split$/,
    handle: (db, [id], body) => {
      const input = SplitBody.parse(body);
      return ok({ id: split(db, Id.parse(id), input.observation, actorOf(input)) });
    },
  },
];

/** The labels and choices the page's filters offer, so the page holds no Swedish names of its own for data. */
function meta(db: Dataset) {
  return {
    fields: RECORD_FIELDS.map((name) => ({ value: name, label: FIELD_LABELS[name], example: FIELD_EXAMPLES[name] })),
    kinds: MATTER_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
    statuses: STATUS_FILTERS.map((status) => ({ value: status, label: STATUS_FILTER_LABELS[status] })),
    organisations: db.prepare('SELECT DISTINCT name FROM reconciled_organisations ORDER BY name').pluck().all() as string[],
  };
}

function showItem(item: QueueItem) {
  return {
    ...item,
    label: FIELD_LABELS[item.field],
    shown: showValue(item.field, item.value),
    reasonText: item.reason ? REASON_LABELS[item.reason] : null,
    statusText: STATUS_LABELS[item.status],
    kindText: item.kinds.map((k) => KIND_LABELS[k]).join(', '),
  };
}

function showField(f: RecordField) {
  const many = Array.isArray(f.machineValue);
  return {
    ...f,
    label: FIELD_LABELS[f.field],
    statusText: STATUS_LABELS[f.status],
    shown: showValue(f.field, f.value),
    editable: editableValue(f.field, f.value),
    machineShown: showValue(f.field, f.machineValue),
    candidates: f.candidates.map((c) => ({ ...c, shown: showValue(f.field, many ? [c.value] : c.value) })),
  };
}

/** The corrected value: typed in the reviewer's words, or a candidate's value chosen with one click. */
function correction(field: RecordFieldName, input: z.infer<typeof ActionBody>, current: RecordField): unknown {
  const read = input.typed !== undefined ? readTyped(field, input.typed, current.value) : checkValue(field, input.value);
  if (!read.ok) throw new Refusal(400, read.message);
  return read.value;
}

function actorOf(input: { reviewer?: string | undefined; comment?: string | undefined }): Actor {
  const reviewer = input.reviewer?.trim();
  if (!reviewer) throw new Refusal(400, 'Skriv ditt namn i rutan ”Granskare” först: varje beslut sparas med vem som fattade det.');
  return { reviewer, comment: input.comment?.trim() || null };
}

/** The id of the action just logged (the API runs one request at a time on its connection). */
const lastActionId = (db: Dataset) => db.prepare('SELECT max(id) FROM review_actions').pluck().get() as number;

/** Routes one API request; input errors become 4xx with a Swedish sentence, never a stack or a zod message. */
export function handleApi(db: Dataset, method: string, path: string, body: unknown, query = new URLSearchParams()): ApiResponse {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== method) return { status: 405, body: { error: `${method} går inte här.` } };
    try {
      ensureReconciled(db);
      return route.handle(db, match.slice(1).map(decodeURIComponent), body, query);
    } catch (error) {
      if (error instanceof Refusal) return { status: error.status, body: { error: error.message } };
      if (error instanceof z.ZodError) return { status: 400, body: { error: `Felaktig begäran: ${error.issues.map((i) => i.path.join('.') || 'indata').join(', ')} har ett värde som inte går att använda.` } };
      if (error instanceof ReviewError) return { status: 400, body: { error: error.message } };
      if (error instanceof URIError) return { status: 400, body: { error: 'Felaktig adress: ett %-tecken följs inte av två hexadecimala siffror.' } };
      throw error;
    }
  }
  return notFound();
}

const ok = (body: unknown): ApiResponse => ({ status: 200, body });
const notFound = (): ApiResponse => ({ status: 404, body: { error: 'Finns inte.' } });
