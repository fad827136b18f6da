/**
 * `npm ci` installs from package-lock.json and refuses a lock that disagrees with package.json, so the two
 * must agree: the lock's root entry names the same dependencies with the same ranges, and every installed
 * package is pinned to a version and an integrity hash. (A fresh clone passing `npm ci` was
 * verified by hand, see the README's Setup; it compiles better-sqlite3, too slow for the suite.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../output/package-root.js';

const read = (file: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, file), 'utf8')) as Record<string, any>;
const manifest = read('package.json');
const lock = read('package-lock.json');

describe('package-lock.json', () => {
  it('is in step with package.json (what npm ci checks first)', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages[''];
    expect(root.name).toBe(manifest.name);
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
    expect(root.engines).toEqual(manifest.engines);
  });

  it('pins every package to a version and its integrity hash', () => {
    const unpinned = Object.entries(lock.packages as Record<string, { version?: string; integrity?: string; link?: boolean }>)
      .filter(([path, p]) => path !== '' && !p.link && !(p.version && p.integrity))
      .map(([path]) => path);
    expect(unpinned).toEqual([]);
  });

  it('has every direct dependency installed under node_modules', () => {
    for (const name of [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });
});
