/** The review server over HTTP: who may call it, what it accepts, the headers that keep document text inert, and the review API. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type Dataset } from '../output/db/open.js';
import { activeRecordIds, readRecord } from '../output/review/records-read.js';
import { rebuildRecords } from '../output/review/records.js';
import { startServer, type RunningServer } from '../output/web/server.js';
import { DatasetWriter } from '../output/writer.js';
import { storeDocument } from './reconcile-builders.js';
import { CLI } from './review-helpers.js';

let dir: string;
let dbFile: string;
let db: Dataset;
let local: RunningServer;
let id: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iop-web-'));
  dbFile = join(dir, 'web.sqlite');
  db = openDataset(dbFile);
  const spec = { id: 0, path: '/in/a.txt', partnerships: [{ ideburna: ['Föreningen A'], offentliga: ['Malmö stad'], period: ['2023-01-01', '2023-12-31'] as [string, string], amounts: [{ sek: 100000, per: 'year' as const, payer: null }] }] };
  storeDocument(new DatasetWriter(db), spec, 'sha-a');
  rebuildRecords(db);
  id = activeRecordIds(db)[0]!;
  local = await startServer(db, { host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await local.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const get = async (path: string) => (await fetch(new URL(path, local.url))).json() as Promise<Record<string, unknown>>;
const actionCount = () => db.prepare('SELECT count(*) FROM review_actions').pluck().get() as number;

/** A raw request, for what fetch will not send (a malformed path, a Host header). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: new URL(local.url).port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('iop serve', () => {
  it('needs no token on 127.0.0.1 and sends a strict CSP with every response', async () => {
    expect(local.token).toBeNull();
    const page = await fetch(local.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(new URL('/api/queue', local.url))).headers.get('content-security-policy')).toBeTruthy();
  });

  it('requires the token on any other address', async () => {
    const open = await startServer(db, { host: '0.0.0.0', port: 0 });
    try {
      expect(open.token).toMatch(/^[\w-]{20,}$/);
      const url = open.url.replace('0.0.0.0', '127.0.0.1');
      expect((await fetch(new URL('/api/queue', url))).status).toBe(401);
      expect((await fetch(new URL('/api/queue', url), { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await fetch(new URL('/api/queue', url), { headers: { Authorization: `Bearer ${open.token}` } })).status).toBe(200);
      expect((await fetch(new URL(`/api/queue?token=${open.token}`, url))).status).toBe(200);
      // The page and its script hold no data; they load without the token and send it with every API call.
      expect((await fetch(new URL('/app.js', url))).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('refuses an empty token rather than switching authentication off', async () => {
    await expect(startServer(db, { host: '0.0.0.0', port: 0, token: '' })).rejects.toThrow(/empty/);
  });

  it('refuses requests naming another host (DNS rebinding) on loopback', async () => {
    expect((await raw('/api/queue', { Host: 'evil.example:80' })).status).toBe(403);
  });

  it('answers a malformed %-escape in a path with 400, for the API and the page alike', async () => {
    for (const path of ['/api/records/%E0%A4%A/fields/amount/accept', '/%', '/app.js%zz']) {
      const response = await raw(path);
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ error: expect.stringContaining('%') });
    }
  });

  it('answers a body over 64 kB with 413 and stores nothing, whether it says its length or not', async () => {
    const big = { reviewer: 'x', comment: 'å'.repeat(40_000) };
    const declared = await post(local, `/api/records/${id}/fields/amount/accept`, big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: expect.stringContaining('64 kB') });
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(8 * 1024)));
        controller.close();
      },
    });
    const streamed = await fetch(new URL(`/api/records/${id}/fields/amount/accept`, local.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(actionCount()).toBe(0);
    // The server is still there for the next request.
    expect((await fetch(new URL('/api/queue', local.url))).status).toBe(200);
  });

  it('validates input: unknown fields, bad values, extra keys and non-JSON bodies are refused without a change', async () => {
    const reviewer = 'granskare';
    expect((await post(local, `/api/records/${id}/fields/budget/accept`, { reviewer })).status).toBe(400);
    expect((await post(local, `/api/records/${id}/fields/amount/approve`, { reviewer })).status).toBe(400);
    expect((await post(local, `/api/records/abc/fields/amount/accept`, { reviewer })).status).toBe(400);
    expect((await post(local, `/api/records/${id}/fields/amount/accept`, { reviewer, sneaky: 1 })).status).toBe(400);
    const text = await fetch(new URL(`/api/records/${id}/fields/amount/accept`, local.url), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    expect(actionCount()).toBe(0);
  });

  it("tells a reviewer in Swedish what is wrong with a value, and stores nothing", async () => {
    const refused = async (body: unknown) => {
      const response = await post(local, `/api/records/${id}/fields/${body && typeof body === 'object' && 'field' in body ? String(body.field) : 'amount'}/correct`, body);
      expect(response.status).toBe(400);
      return ((await response.json()) as { error: string }).error;
    };
    expect(await refused({ reviewer: 'granskare', typed: 'en hel del' })).toMatch(/^Skriv beloppet som till exempel/);
    expect(await refused({ reviewer: 'granskare', value: { sek: 'många' } })).toMatch(/^Skriv beloppet som/);
    const period = await post(local, `/api/records/${id}/fields/period/correct`, { reviewer: 'granskare', typed: '2024-01-01–2023-12-31' });
    expect(await period.json()).toEqual({ error: 'Slutdatumet 2023-12-31 ligger före startdatumet 2024-01-01.' });
    // No name, no decision: the server credits no one by default (not the $USER it runs as).
    expect(await refused({ typed: '120 000 kr/år' })).toMatch(/^Skriv ditt namn i rutan ”Granskare”/);
    expect(await refused({ reviewer: '   ', typed: '120 000 kr/år' })).toMatch(/^Skriv ditt namn/);
    expect(actionCount()).toBe(0);
  });

  it('corrects a value typed in Swedish and undoes it again, with both in the history', async () => {
    const response = await post(local, `/api/records/${id}/fields/amount/correct`, { reviewer: 'anna', typed: '1,8 miljoner', comment: 'från avtalet' });
    expect(response.status).toBe(200);
    const done = (await response.json()) as { field: { status: string; value: unknown; shown: string }; actions: number[] };
    expect(done.field).toMatchObject({ status: 'corrected', value: { sek: 1_800_000, per: 'year', payer: null } });
    expect(done.field.shown.replace(/\u00a0/g, ' ')).toBe('1 800 000 kr/år');
    expect(db.prepare("SELECT reviewer, comment FROM review_actions WHERE action = 'correct'").get()).toEqual({ reviewer: 'anna', comment: 'från avtalet' });

    expect((await post(local, '/api/undo', { reviewer: 'anna', actions: done.actions })).status).toBe(200);
    expect(readRecord(db, id)!.fields.amount).toMatchObject({ status: 'machine', value: { sek: 100000 }, review: null });
    // An action already undone is no longer the field's latest verdict: a second undo is refused.
    const again = await post(local, '/api/undo', { reviewer: 'anna', actions: done.actions });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: string }).error).toMatch(/kan inte ångras/);

    const record = await get(`/api/records/${id}`);
    const amount = (record.fields as { field: string; history: { label: string; newShown: string }[] }[]).find((f) => f.field === 'amount')!;
    expect(amount.history.map((a) => a.label)).toEqual(['rättade', 'ångrade']);
  });

  it('undoes back to the earlier verdict, not to none', async () => {
    const accepted = (await (await post(local, `/api/records/${id}/fields/period/accept`, { reviewer: 'anna' })).json()) as { actions: number[] };
    const rejected = (await (await post(local, `/api/records/${id}/fields/period/reject`, { reviewer: 'bo' })).json()) as { actions: number[] };
    expect(readRecord(db, id)!.fields.period.status).toBe('rejected');
    // Not the accept while the reject stands on top of it.
    expect((await post(local, '/api/undo', { reviewer: 'bo', actions: accepted.actions })).status).toBe(400);
    expect((await post(local, '/api/undo', { reviewer: 'bo', actions: rejected.actions })).status).toBe(200);
    expect(readRecord(db, id)!.fields.period).toMatchObject({ status: 'accepted', review: { reviewer: 'anna', changedSinceReview: false } });
    expect((await post(local, '/api/undo', { reviewer: 'bo', actions: accepted.actions })).status).toBe(200);
    expect(readRecord(db, id)!.fields.period.status).toBe('machine');
  });

  it('merges two records and splits them again, validating the ids and observations it is given', async () => {
    const spec = { id: 0, path: '/in/b.txt', partnerships: [{ ideburna: ['Föreningen B'], offentliga: ['Malmö stad'], period: ['2023-01-01', '2023-12-31'] as [string, string] }] };
    storeDocument(new DatasetWriter(db), spec, 'sha-b');
    rebuildRecords(db);
    const other = activeRecordIds(db).find((r) => r !== id)!;
    expect((await post(local, `/api/records/${id}/merge`, { reviewer: 'anna', other: 'x' })).status).toBe(400);
    expect((await post(local, `/api/records/${id}/split`, { reviewer: 'anna', observation: '/in/nowhere.txt#0' })).status).toBe(400);
    const merged = (await (await post(local, `/api/records/${id}/merge`, { reviewer: 'anna', other })).json()) as { id: number };
    expect(activeRecordIds(db)).toEqual([merged.id]);
    const split = await post(local, `/api/records/${merged.id}/split`, { reviewer: 'anna', observation: '/in/b.txt#0', comment: 'två föreningar' });
    expect(split.status).toBe(200);
    expect(activeRecordIds(db)).toHaveLength(2);
    expect(db.prepare("SELECT action, reviewer, comment FROM review_actions WHERE action IN ('merge', 'split') ORDER BY id").all()).toEqual([
      { action: 'merge', reviewer: 'anna', comment: null },
      { action: 'split', reviewer: 'anna', comment: 'två föreningar' },
    ]);
  });
});

describe('the list behind the review page', () => {
  let many: Dataset;
  let server: RunningServer;
  const organisations = ['Föreningen Ljuset', 'Stadsmissionen', 'Röda Korset Gotland'];

  beforeAll(async () => {
    many = openDataset(join(dir, 'many.sqlite'));
    const writer = new DatasetWriter(many);
    // 240 records whose amounts disagree (a conflict each): more than two pages of the queue.
    for (let i = 0; i < 240; i++) {
      const partnership = { ideburna: [`${organisations[i % 3]} ${i}`], offentliga: ['Region Gotland'], period: [`${2000 + (i % 20)}-01-01`, `${2000 + (i % 20)}-12-31`] as [string, string], amounts: [{ sek: 1000 * (i + 1), per: 'year' as const, payer: null }, { sek: 2000 * (i + 1), per: 'year' as const, payer: null }] };
      storeDocument(writer, { id: 0, path: `/in/${i}.txt`, partnerships: [partnership] }, `sha-${i}`);
    }
    rebuildRecords(many);
    server = await startServer(many, { host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server.close();
    many.close();
  });

  const list = async (query: string) => (await (await fetch(new URL(`/api/queue?${query}`, server.url))).json()) as { total: number; offset: number; items: { partnershipId: number; field: string; shown: string; summary: string }[] };

  it('pages past 500 without losing or repeating a field', async () => {
    const first = await list('status=all');
    expect(first.total).toBe(240 * 8);
    const seen = new Set<string>();
    for (let offset = 0; offset < first.total; offset += 100) {
      const page = await list(`status=all&offset=${offset}&limit=100`);
      for (const item of page.items) seen.add(`${item.partnershipId}:${item.field}`);
    }
    expect(seen.size).toBe(first.total);
    expect((await fetch(new URL('/api/queue?limit=100000', server.url))).status).toBe(400);
  });

  it('filters by field, kind, status, organisation and search', async () => {
    const amounts = await list('field=amount');
    expect(amounts.total).toBe(240);
    expect(amounts.items.every((i) => i.field === 'amount')).toBe(true);
    expect((await list('field=amount&kind=iop')).total).toBe(240);
    expect((await list('field=amount&kind=bidrag')).total).toBe(0);
    const stadsmissionen = await list('field=amount&organisation=stadsmissionen');
    expect(stadsmissionen.total).toBe(80);
    expect(stadsmissionen.items.every((i) => i.summary.includes('Stadsmissionen'))).toBe(true);
    const found = await list('search=Ljuset 99');
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((i) => i.summary.includes('Föreningen Ljuset 99'))).toBe(true);
    expect((await list('field=amount&status=accepted')).total).toBe(0);
    expect((await fetch(new URL('/api/queue?kind=annat', server.url))).status).toBe(400);
  });

  it("accepts every field a filter shows in one go, refuses when the list changed meanwhile, and undoes it as one", async () => {
    const filter = { field: 'amount', organisation: 'Föreningen Ljuset' };
    const stale = await post(server, '/api/accept-all', { reviewer: 'anna', filter, expect: 79 });
    expect(stale.status).toBe(409);
    const done = (await (await post(server, '/api/accept-all', { reviewer: 'anna', filter, expect: 80 })).json()) as { accepted: number; actions: number[] };
    expect(done.accepted).toBe(80);
    expect((await list('field=amount&organisation=Föreningen Ljuset')).total).toBe(0);
    expect((await list('field=amount&status=accepted')).total).toBe(80);
    expect((await post(server, '/api/undo', { reviewer: 'anna', actions: done.actions })).status).toBe(200);
    expect((await list('field=amount&organisation=Föreningen Ljuset')).total).toBe(80);
  });
});

describe('iop serve on the command line', () => {
  const run = promisify(execFile);
  const serve = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    try {
      await run(process.execPath, [CLI, 'serve', '--db', dbFile, ...args], { env: { ...process.env, ...env }, timeout: 90_000 });
      return { code: 0, stderr: '' };
    } catch (error) {
      const failed = error as { code: number; stderr: string };
      return { code: failed.code, stderr: failed.stderr };
    }
  };

  it('refuses a port that is no number, an empty token and a missing dataset with one line and exit 2', async () => {
    const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
      [['--port', 'abc'], {}, /--port takes a number from 0 to 65535.*"abc"/],
      [['--port', '70000'], {}, /--port takes a number/],
      [['--host', '0.0.0.0', '--port', '0', '--token', ''], {}, /access token is empty \(--token\)/],
      [['--host', '0.0.0.0', '--port', '0'], { IOP_TOKEN: '' }, /access token is empty \(IOP_TOKEN\)/],
      [['--db', join(dir, 'nowhere.sqlite')], {}, /no dataset at .*nowhere\.sqlite/],
    ];
    const results = await Promise.all(cases.map(([args, env]) => serve(args, env)));
    for (const [i, [args, , says]] of cases.entries()) {
      const { code, stderr } = results[i]!;
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr).toMatch(says);
    }
  });
});
