/**
 * The launcher (launcher.ts): starts programs for the process that forked it and answers with their output.
 * A process of its own because starting a program forks the process that starts it, and a fork costs in
 * proportion to that process's memory: from a pool process holding the extractors (~250 MB) 3 ms of CPU and
 * ~10 ms of its event loop each time, from this one (~40 MB) a fraction of that.
 */
import { execFile } from 'node:child_process';
import type { LaunchAbort, LaunchReply, LaunchRequest } from './launcher-messages.js';

const running = new Map<number, AbortController>();

process.on('message', (message: LaunchRequest | LaunchAbort) => {
  if ('abort' in message) {
    running.get(message.abort)?.abort();
    running.delete(message.abort);
    return;
  }
  const { id, file, args, maxBuffer } = message;
  const controller = new AbortController();
  running.set(id, controller);
  execFile(file, args, { maxBuffer, encoding: 'utf8', signal: controller.signal }, (error, stdout, stderr) => {
    // Given up by the caller: it has its answer already.
    if (!running.delete(id)) return;
    const reply: LaunchReply = error
      ? { id, error: { message: error.message, code: (error as NodeJS.ErrnoException).code ?? null, signal: error.signal ?? null, stderr } }
      : { id, stdout };
    process.send!(reply);
  });
});

// Ctrl-C reaches the whole process group: the pool decides.
process.on('SIGINT', () => undefined);
// The caller closed the channel, or died (a pool process killed at its time limit): its programs go with it.
process.on('disconnect', () => {
  for (const controller of running.values()) controller.abort();
  process.exit(0);
});
