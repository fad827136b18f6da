/**
 * What every part of `npm run bench` measures with: child processes whose stdout is collected, the peak RSS
 * of every process in a tree (sampled from /proc), and an embedded `iop ingest` of a folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../output/package-root.js';
import type { IngestSummary } from '../queue/tally.js';

export const BENCH = join(PACKAGE_ROOT, '.bench');
export const CLI = join(PACKAGE_ROOT, 'dist', 'pipeline', 'cli', 'main.js');

/** About one A4 page of body text in the PDF renderer's layout: a text document counts its characters in these pages. */
export const CHARS_PER_PAGE = 3000;

export interface StageReport {
  seconds: number;
  pages: number;
  peakRssMb: number;
}

/**
 * Peak RSS of each process of a tree: the largest, the root's (the writer, for an ingest) and how many there
 * were; and CPU time, the root's and all processes' together (as last sampled: a process's final moments
 * after the last sample are missed).
 */
export interface TreePeaks {
  maxMb: number;
  rootMb: number;
  /** The largest peak of any process but the root (an ingest's reading processes and their pdftotext). */
  othersMaxMb: number;
  processes: number;
  rootCpuSeconds: number;
  cpuSeconds: number;
  /** CPU time of each of the roots' direct children (an ingest's pool processes), as last sampled. */
  childCpuSeconds: number[];
  /**
   * The root's CPU time and the wall time after its direct children last worked: an embedded ingest's
   * reconcile (and exit), the serial tail during which the other cores have nothing to do.
   */
  tail: { cpuSeconds: number; seconds: number };
}

/**
 * The fields of a /proc/PID/stat line after the command's name (which may hold spaces and brackets): state, field 3, is
 * at 0, so field N is at N − 3.
 */
const statFields = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/** /proc/PID/stat counts CPU time in clock ticks: 100 a second on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * Peak RSS (VmHWM) and CPU time of every process in the trees under the given roots, sampled every 100 ms until stopped.
 * The tree is walked down through /proc/PID/task/TID/children (only the measured processes are read): scanning
 * all of /proc for parents cost ~30 ms a sample on a busy machine, a third of a core taken from the process
 * measured on a 2-core machine (the pdftotext line it is compared with pays no sampler).
 */
export function sampleTrees(roots: () => number[]): { stop: () => TreePeaks } {
  const peaks = new Map<number, number>();
  const cpu = new Map<number, number>();
  /** The roots' direct children seen. */
  const direct = new Set<number>();
  /** When a direct child last used CPU time, and the root's CPU time then. */
  let lastChildWork = { at: performance.now(), rootCpu: 0 };
  const sample = () => {
    const rootPids = roots();
    const todo = [...rootPids];
    let childrenWorking = false;
    while (todo.length > 0) {
      const pid = todo.pop()!;
      const children = childrenOf(pid);
      if (rootPids.includes(pid)) for (const child of children) direct.add(child);
      todo.push(...children);
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1]) / 1024));
        const fields = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
        // utime (field 14) and stime (15).
        const used = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
        // A pool process still working: an idle one may live on until the ingest closes the pool after reconcile.
        if (direct.has(pid) && used > (cpu.get(pid) ?? 0)) childrenWorking = true;
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, used));
      } catch {
        // Gone meanwhile.
      }
    }
    if (childrenWorking) lastChildWork = { at: performance.now(), rootCpu: cpu.get(rootPids[0]!) ?? 0 };
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      sample();
      clearInterval(timer);
      const root = roots()[0];
      const rootCpuSeconds = (root !== undefined && cpu.get(root)) || 0;
      return {
        maxMb: Math.max(0, ...peaks.values()),
        rootMb: (root !== undefined && peaks.get(root)) || 0,
        othersMaxMb: Math.max(0, ...[...peaks].filter(([pid]) => pid !== root).map(([, mb]) => mb)),
        processes: peaks.size,
        rootCpuSeconds,
        cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0),
        childCpuSeconds: [...direct].map((pid) => cpu.get(pid) ?? 0),
        tail: { cpuSeconds: rootCpuSeconds - lastChildWork.rootCpu, seconds: (performance.now() - lastChildWork.at) / 1000 },
      };
    },
  };
}

/** A child process without REDIS_URL (so an ingest stays embedded unless told otherwise), stdout collected. */
export function run(command: string, args: readonly string[]): ChildProcess & { done: Promise<string> } {
  const env = { ...process.env };
  delete env.REDIS_URL;
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const done = new Promise<string>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)))),
  );
  return Object.assign(child, { done });
}

export function removeDataset(db: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}

/** A process's children: the union over its threads' children lists (a child belongs to the thread that forked it). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

export interface IngestRun {
  seconds: number;
  summary: IngestSummary;
  peaks: TreePeaks;
}

/**
 * `iop ingest DIR --concurrency N` into a fresh dataset (reconcile included, as after every ingest), sampled.
 * Its CPU time over all processes is exact where /proc is (this process's reaped children's time, which takes
 * in every pdftotext the sampler is too slow to see); the sampled sum otherwise.
 */
export async function embeddedIngestOf(dir: string, db: string, concurrency: number): Promise<IngestRun> {
  removeDataset(db);
  const reapedBefore = reapedChildrenCpuSeconds();
  const started = performance.now();
  const child = run(process.execPath, [CLI, 'ingest', dir, '--db', db, '--concurrency', String(concurrency), '--json']);
  const sampler = sampleTrees(() => [child.pid!]);
  const summary = JSON.parse(await child.done) as IngestSummary;
  const seconds = (performance.now() - started) / 1000;
  if (summary.failed > 0) throw new Error(`ingest of ${dir}: ${summary.failed} documents failed`);
  const peaks = sampler.stop();
  const reaped = reapedChildrenCpuSeconds();
  if (reaped !== null && reapedBefore !== null) peaks.cpuSeconds = reaped - reapedBefore;
  return { seconds, summary, peaks };
}

/** CPU time of this process's children it has waited for, and of theirs (cutime + cstime of /proc/self/stat); null without /proc. */
function reapedChildrenCpuSeconds(): number | null {
  try {
    const fields = statFields(readFileSync('/proc/self/stat', 'utf8'));
    // cutime (field 16) and cstime (17).
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Where an embedded ingest's CPU time went: the writer (this much of it in the reconcile tail, after the
 * pool's last work), each pool process, and the rest (pdftotext, which the pool processes start).
 */
export function cpuBreakdown({ peaks, seconds }: IngestRun): string {
  const pool = peaks.childCpuSeconds.reduce((a, b) => a + b, 0);
  const rest = peaks.cpuSeconds - peaks.rootCpuSeconds - pool;
  const s = (value: number) => value.toFixed(1);
  return [
    `all ${s(peaks.cpuSeconds)} CPU-s in ${s(seconds)} s (${(peaks.cpuSeconds / seconds).toFixed(2)} cores busy)`,
    `writer ${s(peaks.rootCpuSeconds)} (tail after the pool: ${s(peaks.tail.cpuSeconds)} CPU-s in ${s(peaks.tail.seconds)} s)`,
    `pool processes ${peaks.childCpuSeconds.map(s).join(' + ') || '0'}`,
    `pdftotext and the rest ${s(rest)}`,
  ].join('; ');
}

export const mb = (value: number) => `${value.toFixed(0)} MB`;
