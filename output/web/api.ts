/**
 * The review page's JSON API. Every request body and path parameter is checked with zod before it
 * reaches a review action; the actions themselves are output/review's (the one writer).
 */
import { z } from 'zod';
import type { Dataset } from '../db/open.js';
import { accept, correct, merge, reject, reviewHistory, ReviewError, split, type Actor } from '../review/actions.js';
import { documentPages } from '../review/evidence.js';
import { reviewQueue } from '../review/queue.js';
import { ensureReconciled } from '../review/records.js';
import { readRecord, recordOrganisations } from '../review/records-read.js';
import { parseTypedValue, showValue } from '../review/show.js';
import { RecordFieldSchema } from '../review/values.js';

export interface ApiResponse {
  status: number;
  body: unknown;
}

const Id = z.coerce.number().int().positive();
/** Who acts and why: the reviewer defaults to the server's (--reviewer, $USER). */
const Actor = { reviewer: z.string().trim().min(1).max(100).optional(), comment: z.string().max(2000).optional() };
const ActionBody = z.strictObject({
  ...Actor,
  /** For correct: the new value, checked against the field's schema by the action… */
  value: z.unknown().optional(),
  /** …or as a reviewer types it ("1800000/year", "2025-01-01..2028-12-31", "A; B"). */
  typed: z.string().max(2000).optional(),
});
const ACTIONS = ['accept', 'correct', 'reject'] as const;
const MergeBody = z.strictObject({ ...Actor, other: Id });
const SplitBody = z.strictObject({ ...Actor, observation: z.string().min(1).max(2000) });

type Route = { method: string; pattern: RegExp; handle: (db: Dataset, params: string[], body: unknown, defaultReviewer: string | null) => ApiResponse };

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/api\/queue$/, handle: (db) => ok(reviewQueue(db, 500).map((i) => ({ ...i, shown: showValue(i.field, i.machineValue) }))) },
  {
    method: 'GET',
    pattern: /^\/api\/records\/([^/]+)$/,
    handle: (db, [id]) => {
      const record = readRecord(db, Id.parse(id));
      if (!record) return notFound();
      const fields = Object.values(record.fields).map((f) => ({
        ...f,
        shown: showValue(f.field, f.value),
        machineShown: showValue(f.field, f.machineValue),
        candidates: f.candidates.map((c) => ({ ...c, shown: showValue(f.field, Array.isArray(f.machineValue) ? [c.value] : c.value) })),
      }));
      return ok({ ...record, fields, organisations: recordOrganisations(db, record), history: reviewHistory(db, record.id) });
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
    handle: (db, [id, field, action], body, defaultReviewer) => {
      const recordId = Id.parse(id);
      const name = RecordFieldSchema.parse(field);
      const verb = z.enum(ACTIONS).parse(action);
      const input = ActionBody.parse(body);
      const actor = actorOf(input, defaultReviewer);
      if (verb === 'accept') accept(db, recordId, name, actor);
      else if (verb === 'reject') reject(db, recordId, name, actor);
      else correct(db, recordId, name, input.typed !== undefined ? parseTypedValue(name, input.typed) : input.value, actor);
      return ok(readRecord(db, recordId)!.fields[name]);
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/records\/([^/]+)\/merge$/,
    handle: (db, [id], body, defaultReviewer) => {
      const input = MergeBody.parse(body);
      return ok({ id: merge(db, Id.parse(id), input.other, actorOf(input, defaultReviewer)) });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/records\/([^/]+)\/split$/,
    handle: (db, [id], body, defaultReviewer) => {
      const input = SplitBody.parse(body);
      return ok({ id: split(db, Id.parse(id), input.observation, actorOf(input, defaultReviewer)) });
    },
  },
];

function actorOf(input: { reviewer?: string | undefined; comment?: string | undefined }, defaultReviewer: string | null): Actor {
  const reviewer = input.reviewer ?? defaultReviewer;
  if (!reviewer) throw new ReviewError('say who reviews: a reviewer name');
  return { reviewer, comment: input.comment ?? null };
}

/** Routes one API request; input errors become 400 with a message, never a stack. */
export function handleApi(db: Dataset, method: string, path: string, body: unknown, defaultReviewer: string | null): ApiResponse {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== method) return { status: 405, body: { error: `${method} not allowed` } };
    try {
      ensureReconciled(db);
      return route.handle(db, match.slice(1).map(decodeURIComponent), body, defaultReviewer);
    } catch (error) {
      if (error instanceof z.ZodError) return { status: 400, body: { error: error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ') } };
      if (error instanceof ReviewError) return { status: 400, body: { error: error.message } };
      throw error;
    }
  }
  return notFound();
}

const ok = (body: unknown): ApiResponse => ({ status: 200, body });
const notFound = (): ApiResponse => ({ status: 404, body: { error: 'not found' } });
