/**
 * Distributed ingest against real Redis with real `iop worker` processes: every document stored exactly
 * once with two workers, after a worker is SIGKILLed mid-job (stalled-job recovery), and across a Redis
 * restart that loses everything Redis held; a crashing PDF fails alone and no reading process outlives its
 * worker; an unreachable Redis and a queue without workers are said clearly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  descendantsOf,
  exited,
  HOSTILE,
  iop,
  isRunning,
  makeCorpus,
  query,
  REDIS_URL,
  rowsPerPath,
  SEEDS,
  startIop,
  storedCount,
  tempDir,
  waitFor,
  writeHugeText,
} from './ingest-harness.js';

const queues: { url: string; name: string }[] = [];

function newQueueName(url: string): string {
  const name = `test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  queues.push({ url, name });
  return name;
}

/** A worker with short lock and stall intervals so a dead worker's jobs come back within seconds. */
function startWorker(url: string, queue: string, ...more: string[]) {
  return startIop(['worker', '--redis', url, '--queue', queue, '--concurrency', '2', '--lock-duration', '2000', '--stalled-interval', '1000', ...more], {
    detached: true,
  });
}

async function jobsLeft(url: string, name: string): Promise<number> {
  const queue = new Queue(name, { connection: new Redis(url, { maxRetriesPerRequest: null }) });
  const counts = await queue.getJobCounts('wait', 'active', 'completed', 'failed', 'delayed', 'prioritized');
  await queue.close();
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

async function stop(worker: ChildProcess & { done: Promise<unknown> }) {
  worker.kill('SIGTERM');
  await worker.done;
}

function documentsQueue(url: string, name: string) {
  return new Queue(`${name}-documents`, { connection: new Redis(url, { maxRetriesPerRequest: null }) });
}

function expectEachOnce(db: string, n: number) {
  const perPath = rowsPerPath(db);
  expect(perPath.size).toBe(n);
  expect([...perPath.values()].filter((count) => count !== 1)).toEqual([]);
}

afterAll(async () => {
  for (const { url, name } of queues.filter((q) => q.url === REDIS_URL)) {
    for (const suffix of ['documents', 'results']) {
      const queue = new Queue(`${name}-${suffix}`, { connection: { url } as never });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  }
});

describe('distributed ingest', () => {
  it('stores 200 documents exactly once with two workers, a bad one as a failed row, and leaves no jobs behind', async () => {
    const corpus = makeCorpus(200);
    writeFileSync(join(corpus, 'empty.txt'), ''); // bad input: fails at once (UnrecoverableError), no retries
    const db = join(tempDir('db'), 'iop.sqlite');
    const queue = newQueueName(REDIS_URL);
    const workers = [startWorker(REDIS_URL, queue), startWorker(REDIS_URL, queue)];
    try {
      const run = await startIop(['ingest', corpus, '--db', db, '--redis', REDIS_URL, '--queue', queue, '--json']).done;
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ total: 201, done: 200, failed: 1, failedByCode: { EMPTY: 1 } });
      expectEachOnce(db, 201);
      expect(query<{ path: string }>(db, `SELECT path FROM documents WHERE status = 'failed'`).map((d) => d.path)).toEqual([join(corpus, 'empty.txt')]);
      const documents = documentsQueue(REDIS_URL, queue);
      const counts = await documents.getJobCounts('wait', 'active', 'completed', 'failed', 'delayed');
      await documents.close();
      expect(counts).toEqual({ wait: 0, active: 0, completed: 0, failed: 0, delayed: 0 });
    } finally {
      await Promise.all(workers.map(stop));
    }
  });

  it('recovers the jobs of a worker SIGKILLed mid-job: each document stored exactly once', async () => {
    const corpus = makeCorpus(60, 20_000);
    const db = join(tempDir('db'), 'iop.sqlite');
    const queue = newQueueName(REDIS_URL);
    const doomed = startWorker(REDIS_URL, queue);
    const ingest = startIop(['ingest', corpus, '--db', db, '--redis', REDIS_URL, '--queue', queue, '--json']);
    const documents = documentsQueue(REDIS_URL, queue);
    let survivor: ReturnType<typeof startWorker> | undefined;
    try {
      let active: string[] = [];
      await waitFor(
        async () => {
          active = (await documents.getActive()).map((job) => job.id!);
          return storedCount(db) >= 3 && active.length > 0;
        },
        60_000,
        'the worker to be in the middle of a job',
      );
      process.kill(-doomed.pid!, 'SIGKILL'); // the worker and its sandboxed processors
      await doomed.done;
      expect(storedCount(db)).toBeLessThan(60);
      survivor = startWorker(REDIS_URL, queue);

      const run = await ingest.done;
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ total: 60, done: 60, failed: 0 });
      expectEachOnce(db, 60);
      expect(active.length).toBeGreaterThan(0);
    } finally {
      await documents.close();
      if (survivor) await stop(survivor);
    }
  }, 180_000); // 60 documents of 20,000 characters: minutes on a loaded machine

  it('resumes after the writer (ingest --redis) is SIGKILLed: results wait in Redis, each document stored once', async () => {
    const corpus = makeCorpus(60, 20_000);
    const db = join(tempDir('db'), 'iop.sqlite');
    const queue = newQueueName(REDIS_URL);
    const workers = [startWorker(REDIS_URL, queue)];
    try {
      const args = ['ingest', corpus, '--db', db, '--redis', REDIS_URL, '--queue', queue, '--json'];
      const first = startIop(args, { detached: true });
      await waitFor(() => storedCount(db) >= 5, 60_000, 'the first documents to be stored');
      process.kill(-first.pid!, 'SIGKILL');
      await first.done;
      const before = storedCount(db);
      expect(before).toBeLessThan(60);

      const second = await startIop(args).done;
      expect(second.code).toBe(0);
      expect(JSON.parse(second.stdout)).toMatchObject({ total: 60 - before, done: 60 - before, skipped: before });
      expectEachOnce(db, 60);
      // No result stays behind, not even of a document the killed writer had stored but not acknowledged.
      expect(await jobsLeft(REDIS_URL, `${queue}-results`)).toBe(0);
      expect(await jobsLeft(REDIS_URL, `${queue}-documents`)).toBe(0);
    } finally {
      await Promise.all(workers.map(stop));
    }
  }, 120_000);

  it('fails a broken PDF and a document over --max-memory alone: the next documents run in a healthy process of the same worker, which no reading process outlives', async () => {
    const corpus = makeCorpus(6);
    copyFileSync(join(HOSTILE, 'read-crash-unhandled-rejection.pdf'), join(corpus, 'a-crash.pdf'));
    writeHugeText(join(corpus, 'b-huge.txt'));
    const db = join(tempDir('db'), 'iop.sqlite');
    const queue = newQueueName(REDIS_URL);
    // One process: a killed reading process and the next document meet in it.
    const worker = startWorker(REDIS_URL, queue, '--concurrency', '1', '--max-memory', '150');
    try {
      const run = await startIop(['ingest', corpus, '--db', db, '--redis', REDIS_URL, '--queue', queue, '--json']).done;
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ total: 8, done: 6, failed: 2 });
      const failed = query<{ path: string; error_code: string; error_message: string }>(
        db,
        `SELECT path, error_code, error_message FROM documents WHERE status = 'failed' ORDER BY path`,
      );
      expect(failed.map((f) => [f.path, f.error_code])).toEqual([
        [join(corpus, 'a-crash.pdf'), expect.stringMatching(/^(CORRUPT|INTERNAL)$/)],
        [join(corpus, 'b-huge.txt'), 'TOO_LARGE'],
      ]);
      for (const f of failed) expect(f.error_message).not.toMatch(/Unexpected exit code|This error originated/);
      expect(worker.exitCode).toBeNull();

      const readers = descendantsOf(worker.pid!);
      expect(readers.length).toBeGreaterThan(0);
      process.kill(worker.pid!, 'SIGKILL'); // the worker alone, not its process group
      await exited(worker); // not 'close': an orphan would hold the stderr pipe open
      await waitFor(() => !readers.some(isRunning), 5000, 'the reading processes of the killed worker to end');
      expect((await worker.done).stderr).not.toMatch(/EPIPE|ERR_IPC_CHANNEL_CLOSED|UnhandledPromiseRejection/);
    } finally {
      if (worker.exitCode === null) await stop(worker);
    }
  }, 120_000);

  it('exits 2 within 10 s with one line when Redis cannot be reached', async () => {
    const started = Date.now();
    const run = await iop('ingest', SEEDS, '--db', join(tempDir('db'), 'iop.sqlite'), '--redis', 'redis://127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/redis:\/\/127\.0\.0\.1:1/);
    expect(lines[0]).toMatch(/--embedded/);
  }, 20_000);

  it('says within seconds that no worker takes the jobs, keeps waiting, and finishes once one starts', async () => {
    const corpus = makeCorpus(3);
    const db = join(tempDir('db'), 'iop.sqlite');
    const queue = newQueueName(REDIS_URL);
    const ingest = startIop(['ingest', corpus, '--db', db, '--redis', REDIS_URL, '--queue', queue, '--json']);
    let stderr = '';
    ingest.stderr!.on('data', (chunk: string) => (stderr += chunk));
    await waitFor(() => /no worker/.test(stderr), 15_000, 'the no-worker message');
    expect(stderr).toMatch(/iop worker --redis/);
    expect(ingest.exitCode).toBeNull();
    const worker = startWorker(REDIS_URL, queue);
    try {
      const run = await ingest.done;
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ total: 3, done: 3 });
    } finally {
      await stop(worker);
    }
  }, 90_000);

  it('survives a Redis restart that loses every job: workers and writer reconnect, nothing is lost', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    let redis = await startRedis(port);
    const corpus = makeCorpus(80, 20_000);
    const db = join(tempDir('db'), 'iop.sqlite');
    const queue = newQueueName(url);
    const workers = [startWorker(url, queue), startWorker(url, queue)];
    try {
      const ingest = startIop(['ingest', corpus, '--db', db, '--redis', url, '--queue', queue, '--requeue-after', '2', '--json']);
      await waitFor(() => storedCount(db) >= 10, 60_000, 'the first documents to be stored');
      redis.kill('SIGKILL');
      await new Promise((resolve) => redis.once('exit', resolve));
      expect(storedCount(db)).toBeLessThan(80);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      redis = await startRedis(port);

      const run = await ingest.done;
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ total: 80, done: 80, failed: 0 });
      expectEachOnce(db, 80);
    } finally {
      await Promise.all(workers.map(stop));
      redis.kill('SIGKILL');
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server of this test's own (never the shared one), without persistence: a restart loses everything. */
async function startRedis(port: number): Promise<ChildProcess> {
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => 100, maxRetriesPerRequest: null });
  client.on('error', () => undefined); // refused until the server is up
  await waitFor(async () => (await client.ping().catch(() => null)) === 'PONG', 10_000, 'redis-server to answer');
  client.disconnect();
  return server;
}
