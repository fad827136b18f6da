/**
 * What the ingest, queue and export tests share: the built CLI run as a subprocess (the real thing, with
 * the compiled pool and processor files), corpora of small distinct text documents made from the seeds,
 * and questions to the resulting dataset.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'pipeline', 'cli', 'main.js');
export const SEEDS = join(ROOT, 'fixtures', 'seeds');
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** This process's environment without the harness's REDIS_URL, so a CLI run is embedded unless it says --redis. */
export function embeddedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.REDIS_URL;
  return env;
}

/** Starts `iop ARGS`; embedded unless the args say --redis. */
export function startIop(args: readonly string[], options: { detached?: boolean } = {}): ChildProcess & { done: Promise<Run> } {
  const env = embeddedEnv();
  const child = spawn(process.execPath, [CLI, ...args], { env, detached: options.detached ?? false, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // Decoded by the streams, not chunk by chunk: a chunk may end inside a character ("f\xc3" | "\xb6r").
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return Object.assign(child, { done });
}

/** When the process itself has ended (its pipes may stay open in processes it left behind). */
export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export function iop(...args: string[]): Promise<Run> {
  return startIop(args).done;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `iop-${prefix}-`));
}

/** n distinct small text documents (a seed's opening with a numbered line) in a new folder. */
export function makeCorpus(n: number, chars = 1500): string {
  const dir = tempDir('corpus');
  const seeds = readdirSync(SEEDS).map((file) => readFileSync(join(SEEDS, file), 'utf8').slice(0, chars));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `doc-${String(i).padStart(4, '0')}.txt`), `Handling nr ${i}\n\n${seeds[i % seeds.length]}`);
  return dir;
}

/** A 40 MB plain-text document (a seed over and over): its clean-up and extraction hold a process for long. */
export function writeHugeText(path: string): void {
  const seed = readFileSync(join(SEEDS, readdirSync(SEEDS)[0]!), 'utf8');
  writeFileSync(path, Array.from({ length: Math.ceil(40e6 / seed.length) }, () => seed).join('\n'));
}

/** Runs a query against a dataset file (opened read-only; the writer may still be running). */
export function query<T>(dbFile: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** How many document rows each path has: every document should appear exactly once. */
export function rowsPerPath(dbFile: string): Map<string, number> {
  const rows = query<{ path: string; n: number }>(dbFile, 'SELECT path, count(*) AS n FROM documents GROUP BY path');
  return new Map(rows.map((r) => [r.path, r.n]));
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function storedCount(dbFile: string): number {
  try {
    return query<{ n: number }>(dbFile, 'SELECT count(*) AS n FROM documents')[0]!.n;
  } catch {
    return 0; // not created yet
  }
}

export const HOSTILE = join(ROOT, 'fixtures', 'hostile');

/** The processes whose parent is pid, from the process table (/proc). */
export function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((child) => processStat(child)?.ppid === pid);
}

/** Every process below pid: its children, theirs, and so on. */
export function descendantsOf(pid: number): number[] {
  const children = childrenOf(pid);
  return [...children, ...children.flatMap(descendantsOf)];
}

/** A process's resident memory in MB (0 once it is gone). */
export function residentMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Whether a process still runs (a zombie waiting to be reaped has ended). */
export function isRunning(pid: number): boolean {
  const stat = processStat(pid);
  return stat !== null && stat.state !== 'Z';
}

function processStat(pid: number): { state: string; ppid: number } | null {
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: state!, ppid: Number(ppid) };
  } catch {
    return null;
  }
}
