/**
 * What `iop doctor` checks: each check says whether this machine has what iop needs, what it found, and —
 * when something is missing — the Debian package that provides it. Checks run external programs or
 * connect, never change anything (the dataset is opened read-only, not migrated).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { MIGRATIONS_DIR } from '../../../output/db/migrate.js';

const run = promisify(execFile);

export interface CheckResult {
  name: string;
  ok: boolean;
  /** What was found (a version), or what is wrong. */
  detail: string;
  /** Debian packages that fix a failed check. */
  install: string[];
  /** Optional checks (only the test suite needs them) never fail the doctor. */
  optional?: boolean;
}

/** The Node versions package.json's "engines" accepts: 20.16+ in the 20 line, or 22.3 and later. */
export function nodeSupported(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return (major === 20 && minor >= 16) || (major === 22 && minor >= 3) || major > 22;
}

function checkNode(): CheckResult {
  const ok = nodeSupported(process.version);
  return { name: 'node', ok, detail: ok ? process.version : `${process.version}; iop needs Node 20.16+ or 22.3+`, install: ok ? [] : ['nodejs (20 or 22, e.g. from NodeSource)'] };
}

/** Runs a program and returns its output (stdout + stderr: poppler prints versions on stderr), or null when it is not there. */
async function output(program: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(program, args, { timeout: 10_000 });
    return `${stdout}\n${stderr}`;
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    // Some versions exit non-zero for -v; they are there all the same.
    return failed.code === 'ENOENT' || (failed.stdout === undefined && failed.stderr === undefined) ? null : `${failed.stdout ?? ''}\n${failed.stderr ?? ''}`;
  }
}

const firstLine = (text: string) => text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';

async function checkProgram(program: string, args: string[], why: string, pkg: string): Promise<CheckResult> {
  const found = await output(program, args);
  return found === null
    ? { name: program, ok: false, detail: `not found on PATH (${why})`, install: [pkg] }
    : { name: program, ok: true, detail: firstLine(found), install: [] };
}

async function checkSwedishOcr(): Promise<CheckResult> {
  const langs = await output('tesseract', ['--list-langs']);
  if (langs === null) return { name: 'tesseract swe', ok: false, detail: 'tesseract is not installed', install: ['tesseract-ocr-swe'] };
  const ok = /^swe$/m.test(langs);
  return { name: 'tesseract swe', ok, detail: ok ? 'Swedish language data installed' : 'no Swedish language data (tesseract --list-langs has no "swe")', install: ok ? [] : ['tesseract-ocr-swe'] };
}

async function checkRedis(url: string): Promise<CheckResult> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined); // the failed connect below reports it, once
  try {
    await redis.connect();
    const info = await redis.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
    return { name: 'redis', ok: true, detail: `${url} answers (Redis ${version})`, install: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { name: 'redis', ok: false, detail: `${url} does not answer (${reason}); without Redis use --embedded`, install: ['redis-server'] };
  } finally {
    redis.disconnect();
  }
}

/** The schema version this iop brings: the highest numbered migration file. */
export function latestSchemaVersion(): number {
  return Math.max(...readdirSync(MIGRATIONS_DIR).filter((f) => /^\d+-.+\.sql$/.test(f)).map((f) => Number.parseInt(f, 10)));
}

async function checkDataset(file: string): Promise<CheckResult> {
  const latest = latestSchemaVersion();
  if (!existsSync(file)) return { name: 'dataset', ok: true, detail: `${file} does not exist yet (iop ingest creates it at schema ${latest})`, install: [] };
  let Database: typeof import('better-sqlite3');
  try {
    Database = (await import('better-sqlite3')).default;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { name: 'dataset', ok: false, detail: `better-sqlite3 does not load (${reason}): install the build tools, then npm rebuild better-sqlite3`, install: ['build-essential', 'python3'] };
  }
  let db: InstanceType<typeof Database> | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const hasVersions = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").get();
    const version = hasVersions ? ((db.prepare('SELECT max(version) FROM schema_version').pluck().get() as number | null) ?? 0) : 0;
    if (version > latest) return { name: 'dataset', ok: false, detail: `${file} is at schema ${version}, newer than this iop (${latest}): update iop`, install: [] };
    const documents = hasVersions && version >= 1 ? (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) : 0;
    const pending = version < latest ? `; the next iop command that opens it migrates it to ${latest}` : '';
    return { name: 'dataset', ok: true, detail: `${file}: schema ${version}, ${documents} documents${pending}`, install: [] };
  } catch (error) {
    return { name: 'dataset', ok: false, detail: `${file} cannot be read as an iop dataset: ${error instanceof Error ? error.message : String(error)}`, install: [] };
  } finally {
    db?.close();
  }
}

export async function runChecks(options: { db: string; redis?: string }): Promise<CheckResult[]> {
  return Promise.all([
    checkNode(),
    checkProgram('pdftotext', ['-v'], 'reads PDFs fast', 'poppler-utils'),
    checkProgram('pdftoppm', ['-v'], 'renders scanned pages for OCR', 'poppler-utils'),
    checkProgram('tesseract', ['--version'], 'OCR of scanned pages', 'tesseract-ocr'),
    checkSwedishOcr(),
    ...(options.redis ? [checkRedis(options.redis)] : []),
    checkDataset(options.db),
    checkProgram('sqlite3', ['--version'], "the analyst's SQLite shell", 'sqlite3').then((r) => ({ ...r, optional: true })),
  ]);
}
