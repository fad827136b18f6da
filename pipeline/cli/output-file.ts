/**
 * Where a command writes: a file named by --out, opened before any work so that a wrong path is a one-line
 * usage error (exit 2) and not a stack trace after the work is done; stdout otherwise, where a reader that
 * stops early (`| head`) is not an error.
 */
import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UsageError } from '../usage-error.js';

export interface Output {
  stream: Writable;
  /** Flushes and closes a file; nothing for stdout. */
  close(): Promise<void>;
}

export function openOutput(path: string | undefined): Output {
  if (!path) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(0) : undefined));
    return { stream: process.stdout, close: async () => undefined };
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot write ${path}: ${why}`);
  }
  const stream = createWriteStream('', { fd });
  return {
    stream,
    close: async () => {
      stream.end();
      await finished(stream);
    },
  };
}
