#!/usr/bin/env node
/**
 * Runs a command (the test suite) with a Redis it can reach, exported as REDIS_URL:
 * REDIS_URL if set, else 127.0.0.1:6379 if it answers PING, else a redis-server started here on a
 * free port (Debian package redis-server) and stopped afterwards.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: with-redis.mjs COMMAND [ARGS...]');
  process.exit(2);
}

/** True when host:port answers a Redis PING within a second. */
function pings(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let redis;
let url = process.env.REDIS_URL;
if (!url) {
  if (await pings('127.0.0.1', 6379)) {
    url = 'redis://127.0.0.1:6379';
  } else {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    redis.on('error', (error) => {
      console.error(`with-redis: could not start redis-server (${error.message}); install the Debian package redis-server`);
      process.exit(1);
    });
    for (let i = 0; i < 50 && !(await pings('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await pings('127.0.0.1', port))) {
      console.error(`with-redis: redis-server on port ${port} did not answer`);
      redis.kill();
      process.exit(1);
    }
    url = `redis://127.0.0.1:${port}`;
    console.error(`with-redis: started redis-server on ${url}`);
  }
}

const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, REDIS_URL: url }, shell: process.platform === 'win32' });
const stop = () => redis?.kill();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
