/**
 * `iop serve`'s HTTP server (node:http): the review page and its JSON API. It listens on 127.0.0.1 unless
 * told otherwise; bound to any other address every request must carry the access token. Document text is
 * untrusted: the page renders it with textContent only, and a strict Content-Security-Policy forbids any
 * script but the page's own, so nothing from a document ever runs.
 */
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Dataset } from '../db/open.js';
import { handleApi } from './api.js';

export interface ServeOptions {
  host: string;
  port: number;
  /** Required (generated when absent) unless the host is loopback; never empty. */
  token?: string | undefined;
}

export interface RunningServer {
  url: string;
  /** The token requests must carry, or null on loopback without one. */
  token: string | null;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY = 64 * 1024;
/** How much of a refused body is read and thrown away before the connection is cut. */
const DRAIN_LIMIT = 16 * MAX_BODY;

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const STATIC_DIR = join(PACKAGE_ROOT, 'output', 'web', 'static');
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

function isLoopback(host: string): boolean {
  return LOOPBACK.has(host);
}

export async function startServer(db: Dataset, options: ServeOptions): Promise<RunningServer> {
  // An empty token would match an empty Authorization header: authentication off without anyone asking for it.
  if (options.token === '') throw new Error('the access token is empty');
  const token = options.token ?? (isLoopback(options.host) ? null : randomBytes(24).toString('base64url'));
  const server = createServer((req, res) => {
    handle(db, options, token, req, res).catch((error: unknown) => {
      process.stderr.write(`iop serve: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: 'internal error' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(db: Dataset, options: ServeOptions, token: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'application/json', JSON.stringify({ error: 'Felaktig adress: ett %-tecken följs inte av två hexadecimala siffror.' }));
  }
  // On loopback a page from another site may still reach us through DNS rebinding; the Host header says so.
  if (isLoopback(options.host) && !isLoopback(hostName(req.headers.host ?? ''))) return send(res, 403, 'application/json', JSON.stringify({ error: 'wrong Host' }));

  if (url.pathname.startsWith('/api/')) {
    // Only the API holds data: the page and its script are the same for everyone and load without the token.
    if (token !== null && !tokenMatches(token, req, url)) return send(res, 401, 'application/json', JSON.stringify({ error: 'a valid token is required' }));
    if (req.method === 'POST' && !(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'application/json', JSON.stringify({ error: 'send JSON (Content-Type: application/json)' }));
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === null) return tooLarge(req, res);
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ error: 'the body is not JSON' }));
      }
    }
    const { status, body: out } = handleApi(db, req.method ?? 'GET', url.pathname, body, url.searchParams);
    return send(res, status, 'application/json', JSON.stringify(out));
  }
  // Browsers ask for an icon on their own; the page has none, and saying so quietly keeps their console clean.
  if (path === '/favicon.ico') return send(res, 204, 'text/plain; charset=utf-8', '');
  const asset = STATIC[path];
  if (!asset || req.method !== 'GET') return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  send(res, 200, asset.type, readFileSync(join(STATIC_DIR, asset.file)));
}

/** The token from the Authorization header (the page sends the ?token= of its own URL) or a ?token= parameter. */
function tokenMatches(token: string, req: IncomingMessage, url: URL): boolean {
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? url.searchParams.get('token') ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function hostName(hostHeader: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(hostHeader);
  return bracketed ? bracketed[1]! : hostHeader.replace(/:\d+$/, '');
}

/** The body as text, or null as soon as it is over MAX_BODY (by its Content-Length or by what arrived). */
function readBody(req: IncomingMessage): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      req.off('data', onData);
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * 413, then the connection closes. What the client is still sending is read and discarded up to a bound,
 * so that it gets to read the answer instead of a reset; a client that goes on past it is cut off.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  send(res, 413, 'application/json', JSON.stringify({ error: `Begäran är för stor (högst ${MAX_BODY / 1024} kB).` }));
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}
