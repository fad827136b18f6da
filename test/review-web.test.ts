/** The review server over HTTP: who may call it, what it accepts, and the headers that keep document text inert. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type Dataset } from '../output/db/open.js';
import { activeRecordIds } from '../output/review/records-read.js';
import { rebuildRecords } from '../output/review/records.js';
import { startServer, type RunningServer } from '../output/web/server.js';
import { DatasetWriter } from '../output/writer.js';
import { storeDocument } from './reconcile-builders.js';

let dir: string;
let db: Dataset;
let local: RunningServer;
let id: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iop-web-'));
  db = openDataset(join(dir, 'web.sqlite'));
  const spec = { id: 0, path: '/in/a.txt', partnerships: [{ ideburna: ['Föreningen A'], offentliga: ['Malmö stad'], period: ['2023-01-01', '2023-12-31'] as [string, string], amounts: [{ sek: 100000, per: 'year' as const, payer: null }] }] };
  storeDocument(new DatasetWriter(db), spec, 'sha-a');
  rebuildRecords(db);
  id = activeRecordIds(db)[0]!;
  local = await startServer(db, { host: '127.0.0.1', port: 0, reviewer: 'server-user' });
});

afterAll(async () => {
  await local.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

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
    const open = await startServer(db, { host: '0.0.0.0', port: 0, reviewer: null });
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

  it('refuses requests naming another host (DNS rebinding) on loopback', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/api/queue', local.url), { headers: { Host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('validates input: unknown fields, bad values, extra keys and non-JSON bodies are refused without a change', async () => {
    expect((await post(local, `/api/records/${id}/fields/budget/accept`, {})).status).toBe(400);
    expect((await post(local, `/api/records/${id}/fields/amount/approve`, {})).status).toBe(400);
    expect((await post(local, `/api/records/abc/fields/amount/accept`, {})).status).toBe(400);
    expect((await post(local, `/api/records/${id}/fields/amount/accept`, { reviewer: 'x', sneaky: 1 })).status).toBe(400);
    const bad = await post(local, `/api/records/${id}/fields/amount/correct`, { typed: 'a lot' });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as { error: string }).toMatchObject({ error: expect.stringContaining('amount') });
    const text = await fetch(new URL(`/api/records/${id}/fields/amount/accept`, local.url), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    expect(db.prepare('SELECT count(*) FROM review_actions').pluck().get()).toBe(0);
  });

  it('merges two records and splits them again, validating the ids and observations it is given', async () => {
    const spec = { id: 0, path: '/in/b.txt', partnerships: [{ ideburna: ['Föreningen B'], offentliga: ['Malmö stad'], period: ['2023-01-01', '2023-12-31'] as [string, string] }] };
    storeDocument(new DatasetWriter(db), spec, 'sha-b');
    rebuildRecords(db);
    const other = activeRecordIds(db).find((r) => r !== id)!;
    expect((await post(local, `/api/records/${id}/merge`, { other: 'x' })).status).toBe(400);
    expect((await post(local, `/api/records/${id}/split`, { observation: '/in/nowhere.txt#0' })).status).toBe(400);
    const merged = (await (await post(local, `/api/records/${id}/merge`, { other })).json()) as { id: number };
    expect(activeRecordIds(db)).toEqual([merged.id]);
    const split = await post(local, `/api/records/${merged.id}/split`, { observation: '/in/b.txt#0', comment: 'två föreningar' });
    expect(split.status).toBe(200);
    expect(activeRecordIds(db)).toHaveLength(2);
    expect(db.prepare("SELECT action, reviewer, comment FROM review_actions WHERE action IN ('merge', 'split') ORDER BY id").all()).toEqual([
      { action: 'merge', reviewer: 'server-user', comment: null },
      { action: 'split', reviewer: 'server-user', comment: 'två föreningar' },
    ]);
  });

  it("records an action under the server's reviewer when the request names none", async () => {
    const response = await post(local, `/api/records/${id}/fields/amount/correct`, { typed: '120000/year', comment: 'från avtalet' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'corrected', value: { sek: 120000, per: 'year' } });
    expect(db.prepare("SELECT reviewer, comment FROM review_actions WHERE action = 'correct'").get()).toEqual({ reviewer: 'server-user', comment: 'från avtalet' });
  });
});
