import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocuments } from './plan.js';

describe('findDocuments: the folder walk', () => {
  it('follows symbolic links to files and folders, and counts broken and looping links instead of dropping them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'iop-walk-'));
    const outside = mkdtempSync(join(tmpdir(), 'iop-walk-outside-'));
    const dir = join(root, 'protokoll');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'sub', 'b.pdf'), 'b');
    writeFileSync(join(dir, 'notes.docx'), 'not a document type');
    writeFileSync(join(outside, 'c.md'), 'c');
    symlinkSync(join(outside, 'c.md'), join(dir, 'linked-file.md'));
    symlinkSync(outside, join(dir, 'linked-folder'));
    symlinkSync(dir, join(dir, 'sub', 'back-up')); // a loop
    symlinkSync(join(root, 'gone.txt'), join(dir, 'dangling.txt'));

    const found = await findDocuments([dir]);
    expect(found.files).toEqual([join(dir, 'a.txt'), join(dir, 'linked-file.md'), join(dir, 'linked-folder', 'c.md'), join(dir, 'sub', 'b.pdf')]);
    expect(found.brokenLinks).toEqual([join(dir, 'dangling.txt'), join(dir, 'sub', 'back-up')]);
  });

  it('walks a folder reached twice by different links once, without calling it a loop', async () => {
    const root = mkdtempSync(join(tmpdir(), 'iop-walk-'));
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'shared', 'x.txt'), 'x');
    symlinkSync(join(root, 'shared'), join(root, 'again'));
    const found = await findDocuments([root]);
    expect(found.files).toHaveLength(1);
    expect(found.brokenLinks).toEqual([]);
  });
});
