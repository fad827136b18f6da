/**
 * Plain-text files: every encoding Swedish municipal text files come in decodes with å, ä, ö, é and §
 * intact; form feeds split pages; identity numbers are masked and counted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../pipeline/read/index.js';
import { detectEncoding } from '../pipeline/read/text-encoding.js';

const SWEDISH = 'Överenskommelse enligt § 57: Hälso- och sjukvårdsnämnden, Röda Korset, café, ÅÄÖ åäö é §';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iop-read-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBytes(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return readDocument(path);
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const bom = (...bytes: number[]) => Buffer.from(bytes);

describe('text encodings', () => {
  it.each([
    ['utf-8', 'utf-8', Buffer.from(SWEDISH, 'utf8')],
    ['utf-8 with BOM', 'utf-8', Buffer.concat([bom(0xef, 0xbb, 0xbf), Buffer.from(SWEDISH, 'utf8')])],
    ['utf-16le with BOM', 'utf-16le', Buffer.concat([bom(0xff, 0xfe), Buffer.from(SWEDISH, 'utf16le')])],
    ['utf-16be with BOM', 'utf-16be', Buffer.concat([bom(0xfe, 0xff), utf16be(SWEDISH)])],
    ['utf-16le without BOM', 'utf-16le', Buffer.from(SWEDISH, 'utf16le')],
    ['utf-16be without BOM', 'utf-16be', utf16be(SWEDISH)],
    ['latin-1', 'windows-1252', Buffer.from(SWEDISH, 'latin1')],
  ])('%s decodes with å ä ö é § intact', async (name, encoding, bytes) => {
    const doc = await readBytes(`${name.replace(/\W+/g, '-')}.txt`, bytes);
    expect(doc.meta.encoding).toBe(encoding);
    expect(doc.pages).toEqual([{ number: 1, text: SWEDISH, source: 'text-layer' }]);
    expect(doc.meta.paged).toBe(false);
  });

  it('windows-1252 decodes its own characters (en dash 0x96, euro 0x80)', async () => {
    const bytes = Buffer.concat([Buffer.from('Perioden 2021', 'latin1'), bom(0x96), Buffer.from('2024: 400 000 ', 'latin1'), bom(0x80), Buffer.from(' för § 5 i Malmö', 'latin1')]);
    const doc = await readBytes('cp1252.md', bytes);
    expect(doc.meta.encoding).toBe('windows-1252');
    expect(doc.pages[0]!.text).toBe('Perioden 2021–2024: 400 000 € för § 5 i Malmö');
  });

  it('does not take UTF-8 with many Swedish letters for UTF-16', () => {
    expect(detectEncoding(Buffer.from('åäö'.repeat(100), 'utf8'))).toBe('utf-8');
  });
});

describe('plain-text pages and cleaning', () => {
  it('splits pages at form feeds and numbers them', async () => {
    const doc = await readBytes('paged.txt', Buffer.from('Sida ett\fSida två text', 'utf8'));
    expect(doc.pages.map((page) => [page.number, page.text])).toEqual([
      [1, 'Sida ett'],
      [2, 'Sida två text'],
    ]);
  });

  it('masks identity numbers with a same-length mask and counts them in meta', async () => {
    const text = 'Kontaktperson 811218-9876, org.nr 802002-4280, samordningsnr 640883-3231.';
    const doc = await readBytes('pnr.txt', Buffer.from(text, 'utf8'));
    expect(doc.pages[0]!.text).toBe('Kontaktperson XXXXXX-XXXX, org.nr 802002-4280, samordningsnr XXXXXX-XXXX.');
    expect(doc.pages[0]!.text.length).toBe(text.length);
    expect(doc.meta.maskedIdentityNumbers).toBe(2);
  });

  it('gives the identity of the file: size and sha256', async () => {
    const doc = await readBytes('id.txt', Buffer.from('abc', 'utf8'));
    expect(doc.meta.bytes).toBe(3);
    expect(doc.meta.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
