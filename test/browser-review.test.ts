/**
 * The review page in a real browser (Debian's chromium driven by playwright-core, headless): a reviewer
 * corrects an amount from the keyboard, and the export shows the corrected value with its review status;
 * a document's markup is shown as text and never runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type Dataset } from '../output/db/open.js';
import { startServer, type RunningServer } from '../output/web/server.js';
import { iop, SEEDS } from './review-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
/** The page fetches and renders asynchronously; a loaded CI machine may take seconds. */
const POLL = { timeout: 15_000 };
const HOSTILE = `Överenskommelse om idéburet offentligt partnerskap

Parter: Malmö stad och Föreningen Trygga Grannar <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>

Malmö stad bidrar med 250 000 kronor per år under perioden.

Överenskommelsen gäller från 1 januari 2023 till och med 31 december 2023.
`;

let dir: string;
let dbFile: string;
let db: Dataset;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iop-browser-'));
  dbFile = join(dir, 'review.sqlite');
  iop(['ingest', SEEDS, '--db', dbFile, '--json']);
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
  iop(['ingest', join(dir, 'hostile.txt'), '--db', dbFile, '--json']);
  db = openDataset(dbFile);
  server = await startServer(db, { host: '127.0.0.1', port: 0, reviewer: null });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const recordOf = (pathEnd: string) =>
  db.prepare('SELECT m.partnership_id FROM reconciled_members m JOIN documents d ON d.id = m.document_id WHERE d.path LIKE ?').pluck().get(`%${pathEnd}`) as number;

describe('review page in chromium', () => {
  it('corrects an amount from the keyboard, and the export shows the corrected value with its status', async () => {
    const page = await browser.newPage();
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.fill('#reviewer', 'webbgranskare');
    await page.locator('#reviewer').blur();

    // The Gotland agreement's amount is in the queue (seed 000 disagrees with itself: 1,3 or 1,8 miljoner).
    const gotland = recordOf('seed_000.txt');
    const item = page.locator('#queue button', { hasText: `#${gotland} amount` });
    await item.click();
    await expect.poll(() => page.locator('#field-value').textContent(), POLL).toContain('1300000');
    // The evidence is highlighted in the document's text.
    await expect.poll(() => page.locator('#document-text mark').first().textContent(), POLL).toMatch(/1,3 miljoner|1 300 000/);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('c');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1800000/year');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#field-status').textContent(), POLL).toBe('corrected');

    const exported = JSON.parse(iop(['export', '--format', 'json', '--db', dbFile])) as Record<string, unknown>[];
    const row = exported.find((r) => r.record_id === gotland)!;
    expect(row).toMatchObject({ amount_sek: 1800000, amount_per: 'year', amount_status: 'corrected', amount_needs_review: false });
    expect(String(row.source_paths)).toContain('seed_000.txt');
    const [action] = db.prepare("SELECT reviewer, action, old_json, new_json FROM review_actions WHERE field = 'amount'").all() as { reviewer: string; action: string; old_json: string; new_json: string }[];
    expect(action).toMatchObject({ reviewer: 'webbgranskare', action: 'correct' });
    expect(JSON.parse(action!.new_json)).toMatchObject({ sek: 1800000 });
    await page.close();
  });

  it("takes a candidate's value with one click", async () => {
    const page = await browser.newPage();
    const malmo = recordOf('seed_002.txt');
    await page.goto(`${server.url}#record=${malmo}&field=amount`);
    // Without a name the server (started with no default reviewer) refuses the action, and says why.
    await page.locator('.candidates > li').first().locator('button.choose').click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('say who reviews');
    await page.fill('#reviewer', 'webbgranskare');
    const second = page.locator('.candidates > li').nth(1);
    const shown = (await second.locator('strong').textContent())!;
    await second.locator('button.choose').click();
    await expect.poll(() => page.locator('#field-status').textContent(), POLL).toBe('corrected');
    expect(await page.locator('#field-value').textContent()).toBe(shown);
    await page.close();
  });

  it('works off loopback with the token from its URL, and shows nothing without it', async () => {
    const open = await startServer(db, { host: '0.0.0.0', port: 0, reviewer: null });
    const page = await browser.newPage();
    try {
      const url = open.url.replace('0.0.0.0', '127.0.0.1');
      await page.goto(`${url}?token=${open.token}`);
      await expect.poll(() => page.locator('#queue button').count(), POLL).toBeGreaterThan(0);
      await page.goto(url);
      await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('token');
      expect(await page.locator('#queue button').count()).toBe(0);
    } finally {
      await page.close();
      await open.close();
    }
  });

  it("shows a document's markup as text and never runs it", async () => {
    const page = await browser.newPage();
    const hostile = recordOf('hostile.txt');
    await page.goto(`${server.url}#record=${hostile}&field=ideburna`);
    await expect.poll(() => page.locator('#document-text').textContent(), POLL).toContain('<script>window.__pwned=2</script>');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('#document-text img, #document-text script').count()).toBe(0);
    await page.close();
  });
});
