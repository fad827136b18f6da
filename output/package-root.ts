/**
 * Where the package's files are, whether the calling module runs compiled (dist/…/*.js) or from TypeScript
 * source under vitest. Child processes (the embedded pool, BullMQ sandboxed processors) always run the
 * compiled modules under dist/, so `npm run build` must have run; data files (migrations) are read from the
 * source tree, which tsc does not copy.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('iop: cannot find the package root (no package.json above the code)');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();

/** The compiled module for a source path such as 'queue/embedded/child.ts' (dist/queue/embedded/child.js). */
export function compiledModule(sourcePath: string): string {
  const path = join(PACKAGE_ROOT, 'dist', sourcePath.replace(/\.ts$/, '.js'));
  if (!existsSync(path)) throw new Error(`iop: ${path} is missing — run \`npm run build\` first`);
  return path;
}
