/**
 * The guard thread of a reading process, against a process stuck in synchronous code (as pdf.js can be on a
 * hostile page): no timer, message or 'disconnect' event of its own can run, so only the guard can end it.
 * Runs the compiled guard (dist/), like the pool does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { compiledModule } from '../../output/package-root.js';
import { REPORT_FD, type GuardReport } from './guard.js';

const guard = compiledModule('pipeline/read/guard.ts');

/**
 * A script that starts the guard with the limit and then never yields (busy, or allocating). A file, not
 * `node -e`: a worker thread inherits execArgv, and with it the -e code instead of the guard's module.
 */
function stuckScript(maxMemoryMb: number, allocate: boolean): string {
  const work = allocate ? 'const kept = []; for (;;) kept.push(Buffer.alloc(1 << 20, 1));' : 'for (;;);';
  const file = join(mkdtempSync(join(tmpdir(), 'iop-guard-')), 'stuck.mjs');
  writeFileSync(file, `const { startGuard } = await import(${JSON.stringify(guard)});\nstartGuard(${maxMemoryMb});\n${work}\n`);
  return file;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return condition();
}

describe('the guard of a reading process', () => {
  it('stops a process stuck in synchronous code once its parent is killed', async () => {
    // parent → stuck child; the parent prints the child's pid, then is killed with -9.
    const parentCode = `const c = require('node:child_process').spawn(process.execPath, [${JSON.stringify(stuckScript(1024, false))}], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', parentCode], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // stuck by now
    expect(isRunning(pid)).toBe(true);
    parent.kill('SIGKILL');
    // Reparented, it may linger as a zombie nobody reaps; /proc tells a zombie from a live process.
    const gone = await until(() => !isRunning(pid) || processState(pid) === 'Z', 3000);
    if (!gone) process.kill(pid, 'SIGKILL');
    expect(gone).toBe(true);
  }, 15_000);

  it('stops a process past its memory limit and reports how much it held', async () => {
    const stdio = ['ignore', 'ignore', 'inherit', 'ignore', 'pipe'] as const;
    const child = spawn(process.execPath, [stuckScript(150, true)], { stdio: [...stdio] });
    let report = '';
    (child.stdio[REPORT_FD] as Readable).on('data', (chunk: Buffer) => (report += chunk));
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect([code, signal]).toEqual([null, 'SIGKILL']);
    const parsed = JSON.parse(report) as GuardReport;
    expect(parsed.memoryExceeded).toBeGreaterThan(150 * 1024 * 1024);
  }, 15_000);
});

function processState(pid: number): string | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ')[0]!;
  } catch {
    return null;
  }
}
