/**
 * The review page in a real browser (Debian's chromium driven by playwright-core, headless): a reviewer
 * corrects an amount from the keyboard, and the export shows the corrected value with its review status;
 * after accept and after correct the page moves on to the next item of the queue; undo restores a value;
 * a refused value is explained in Swedish; the actions stay in sight at 1280×800 and 1024×768; a
 * document's markup is shown as text and never runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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
  server = await startServer(db, { host: '127.0.0.1', port: 0 });
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

/** A page at a screen size, with the reviewer's name typed in (and the focus out of the box, for the keys). */
async function reviewPage(hash = '', size = { width: 1280, height: 800 }, reviewer: string | null = 'webbgranskare'): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(`${server.url}${hash}`);
  if (reviewer) {
    await page.fill('#reviewer', reviewer);
    await page.locator('#reviewer').blur();
  }
  return page;
}

/** The queue item marked current, once the record pane shows that item too (before, a key would act on nothing). */
const currentKey = async (page: Page) => {
  const [marked, shown] = await Promise.all([page.locator('#queue button[aria-current="true"]').getAttribute('data-key'), page.locator('#record').getAttribute('data-key')]);
  return marked === shown ? marked : null;
};
const queueKeys = async (page: Page) => (await page.locator('#queue button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-key')))) as string[];
/**
 * The queue's first keys, as many as `expected` holds: the page shows the queue a page (100) at a time, so when
 * the queue is longer an item leaving it lets the next page's first item in at the end.
 */
const queueStart = async (page: Page, expected: readonly string[]) => (await queueKeys(page)).slice(0, expected.length);
const reviewOf = (key: string) => {
  const [id, field] = key.split(':');
  return db.prepare('SELECT status, value_json FROM field_reviews WHERE partnership_id = ? AND field = ?').get(Number(id), field) as { status: string; value_json: string } | undefined;
};
/** The reviewed registry as `iop export` writes it, one row per record. */
const registryRows = () => JSON.parse(iop(['export', '--format', 'json', '--db', dbFile])) as Record<string, unknown>[];
const registryId = (row: Record<string, unknown>) => row.record_id as number;
/** Swedish typography groups thousands with a no-break space; the tests write plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('review page in chromium', () => {
  it('corrects an amount from the keyboard, and the export shows the corrected value with its status', async () => {
    const page = await reviewPage();
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // The name typed before the reload is still there: the browser remembers it.
    expect(await page.inputValue('#reviewer')).toBe('webbgranskare');

    // The Gotland agreement's amount is in the queue (seed 000 disagrees with itself: 1,3 or 1,8 miljoner).
    const gotland = recordOf('seed_000.txt');
    await page.locator('#queue button', { hasText: `#${gotland} Belopp` }).click();
    await expect.poll(async () => plain(await page.locator('#field-value').textContent()), POLL).toContain('1 300 000 kr/år');
    // The evidence is highlighted in the document's text.
    await expect.poll(() => page.locator('#document-text mark').first().textContent(), POLL).toMatch(/1,3 miljoner|1 300 000/);

    await page.keyboard.press('c');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1,8 miljoner');
    await page.keyboard.press('Enter');
    await expect.poll(() => reviewOf(`${gotland}:amount`)?.status, POLL).toBe('corrected');
    await expect.poll(async () => plain(await page.locator('#status').textContent()), POLL).toContain(`Rättat: #${gotland} Belopp 1 800 000 kr/år`);

    const row = registryRows().find((r) => registryId(r) === gotland)!;
    expect(row).toMatchObject({ amount_sek: 1800000, amount_per: 'year', amount_status: 'corrected', amount_needs_review: false });
    expect(String(row.source_paths)).toContain('seed_000.txt');
    const [action] = db.prepare("SELECT reviewer, action, old_json, new_json FROM review_actions WHERE field = 'amount'").all() as { reviewer: string; action: string; old_json: string; new_json: string }[];
    expect(action).toMatchObject({ reviewer: 'webbgranskare', action: 'correct' });
    expect(JSON.parse(action!.new_json)).toMatchObject({ sek: 1800000 });
    await page.close();
  });

  it('moves on to the next item of the queue after accept and after correct, and undo brings each value back', async () => {
    const page = await reviewPage();
    // The page opens on the first item.
    await expect.poll(() => currentKey(page), POLL).toBeTruthy();
    const before = await queueKeys(page);
    expect(before.length).toBeGreaterThan(3);
    expect(await currentKey(page)).toBe(before[0]);

    await page.keyboard.press('a');
    await expect.poll(() => currentKey(page), POLL).toBe(before[1]);
    expect(reviewOf(before[0]!)?.status).toBe('accepted');
    // The accepted item left the queue; nothing was skipped.
    expect(await queueStart(page, before.slice(1))).toEqual(before.slice(1));

    // A correction typed as the page shows the value (unchanged here) is stored as a correction, and the page moves on again.
    await expect.poll(() => page.locator('#correction').inputValue(), POLL).not.toBe('');
    await page.keyboard.press('c');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentKey(page), POLL).toBe(before[2]);
    expect(reviewOf(before[1]!)?.status).toBe('corrected');
    expect(await queueStart(page, before.slice(2))).toEqual(before.slice(2));

    // Undo takes back the correction: the field is unreviewed again, back in the queue, and shown.
    await page.keyboard.press('u');
    await expect.poll(() => currentKey(page), POLL).toBe(before[1]);
    expect(reviewOf(before[1]!)).toBeUndefined();
    await expect.poll(() => page.locator('#field-status').getAttribute('data-status'), POLL).toBe('machine');
    // The field's history shows the correction and its undo.
    await expect.poll(() => page.locator('.field-detail ~ .history li, .history li').allTextContents(), POLL).toEqual([expect.stringContaining('webbgranskare rättade'), expect.stringContaining('webbgranskare ångrade')]);
    await page.locator('#undo').click();
    await expect.poll(() => currentKey(page), POLL).toBe(before[0]);
    expect(reviewOf(before[0]!)).toBeUndefined();
    expect(await queueKeys(page)).toEqual(before);
    await page.close();
  });

  it('explains a value it refuses in Swedish and stores nothing; reads "1,8 miljoner" and "500 tkr"', async () => {
    const malmo = recordOf('seed_002.txt');
    const page = await reviewPage(`#record=${malmo}&field=period`);
    await expect.poll(() => page.locator('#correction').count(), POLL).toBe(1);
    await page.fill('#correction', '2025-01-01–2024-12-31');
    await page.locator('#correction').press('Enter');
    await expect.poll(() => page.locator('#correction-error').textContent(), POLL).toBe('Slutdatumet 2024-12-31 ligger före startdatumet 2025-01-01.');
    expect(await page.getAttribute('#correction', 'aria-invalid')).toBe('true');
    expect(reviewOf(`${malmo}:period`)).toBeUndefined();

    await page.goto(`${server.url}#record=${malmo}&field=amount`);
    await page.reload();
    await page.fill('#correction', 'ungefär en miljon');
    await page.locator('#correction').press('Enter');
    await expect.poll(() => page.locator('#correction-error').textContent(), POLL).toMatch(/^Skriv beloppet som till exempel ”1 800 000 kr\/år”/);
    await page.fill('#correction', '500 tkr');
    await page.locator('#correction').press('Enter');
    await expect.poll(() => reviewOf(`${malmo}:amount`)?.value_json, POLL).toContain('"sek":500000');
    await page.close();
  });

  it("takes a candidate's value with one click, and asks for the reviewer's name first", async () => {
    const malmo = recordOf('seed_002.txt');
    const page = await reviewPage(`#record=${malmo}&field=amount`, undefined, null);
    await page.fill('#reviewer', '');
    // Without a name the page refuses the action, and says why; nothing is stored.
    const before = reviewOf(`${malmo}:amount`);
    await page.locator('.candidates > li').first().locator('button.choose').click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain('Skriv ditt namn i rutan ”Granskare”');
    expect(reviewOf(`${malmo}:amount`)).toEqual(before);
    await page.fill('#reviewer', 'webbgranskare');
    const second = page.locator('.candidates > li').nth(1);
    const shown = (await second.locator('strong').textContent())!;
    await second.locator('button.choose').click();
    // The page says what it stored (and, when the field was the queue's current item, moves on).
    await expect.poll(() => page.locator('#status').textContent(), POLL).toContain(`Rättat: #${malmo} Belopp ${shown}`);
    expect(reviewOf(`${malmo}:amount`)?.status).toBe('corrected');
    await page.close();
  });

  it('keeps accept, correct and reject in sight without scrolling at 1280×800 and 1024×768', async () => {
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      const page = await reviewPage('', size);
      await expect.poll(() => page.locator('#accept').count(), POLL).toBe(1);
      for (const id of ['#accept', '#correction', '#save-correction', '#reject', '#undo', '#reviewer']) {
        const box = (await page.locator(id).boundingBox())!;
        expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height, `${id} at ${size.width}×${size.height}`).toBe(true);
      }
      // Nothing is wider than the window.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(size.width);
      await page.close();
    }
  });

  it('takes a record that is not a partnership out of the queue and the export, and undo brings it back', async () => {
    const page = await reviewPage();
    await expect.poll(() => currentKey(page), POLL).toBeTruthy();
    const before = await queueKeys(page);
    const id = Number(before[0]!.split(':')[0]);
    const exportedIds = () => registryRows().map(registryId);
    expect(exportedIds()).toContain(id);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#not-partnership').click();
    await expect.poll(async () => (await queueKeys(page)).some((k) => k.startsWith(`${id}:`)), POLL).toBe(false);
    // The page goes on with the next item that belongs to another record.
    expect(await currentKey(page)).toBe(before.find((k) => !k.startsWith(`${id}:`)));
    expect(db.prepare('SELECT status FROM reconciled_partnerships WHERE id = ?').pluck().get(id)).toBe('retired');
    expect(exportedIds()).not.toContain(id);

    await page.keyboard.press('u');
    await expect.poll(async () => (await queueKeys(page)).some((k) => k.startsWith(`${id}:`)), POLL).toBe(true);
    expect(db.prepare('SELECT status FROM reconciled_partnerships WHERE id = ?').pluck().get(id)).toBe('active');
    expect(exportedIds()).toContain(id);
    await page.close();
  });

  it('works off loopback with the token from its URL, and shows nothing without it', async () => {
    const open = await startServer(db, { host: '0.0.0.0', port: 0 });
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
