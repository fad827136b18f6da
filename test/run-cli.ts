/** Runs the built `iop` command line as users do (`npm test` builds first) and returns its output and exit code. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { embeddedEnv } from './ingest-harness.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'pipeline', 'cli', 'main.js');
const run = promisify(execFile);

export async function iop(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024, env: embeddedEnv() });
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { stdout: failed.stdout, code: failed.code };
  }
}
