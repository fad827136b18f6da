/**
 * Progress on stderr while an ingest runs: a bar with counts and ETA on a terminal, a plain line every few
 * seconds otherwise (logs, CI), so stdout carries only the summary.
 */
import { SingleBar } from 'cli-progress';
import type { Tally } from './tally.js';

const PLAIN_INTERVAL_MS = 5000;

export interface Progress {
  update(): void;
  stop(): void;
}

function payload(tally: Tally) {
  return { failed: tally.failed, pagesPerSecond: tally.pagesPerSecond.toFixed(1) };
}

function barProgress(tally: Tally): Progress {
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ingest [{bar}] {value}/{total} documents | {failed} failed | {pagesPerSecond} pages/s | ETA {eta_formatted}',
    etaBuffer: 50,
    hideCursor: true,
  });
  bar.start(tally.total, 0, payload(tally));
  return {
    update: () => bar.update(tally.finished, payload(tally)),
    stop: () => bar.stop(),
  };
}

function plainProgress(tally: Tally): Progress {
  const line = () => {
    const { finished, total } = tally;
    const rate = tally.seconds > 0 ? finished / tally.seconds : 0;
    const eta = rate > 0 ? `, ETA ${Math.ceil((total - finished) / rate)} s` : '';
    process.stderr.write(`ingest: ${finished}/${total} documents, ${tally.failed} failed, ${tally.pagesPerSecond.toFixed(1)} pages/s${eta}\n`);
  };
  const timer = setInterval(line, PLAIN_INTERVAL_MS).unref();
  return {
    update: () => undefined,
    stop: () => clearInterval(timer),
  };
}

/** quiet: no progress at all (--json, the benchmark). */
export function startProgress(tally: Tally, options: { quiet?: boolean } = {}): Progress {
  if (options.quiet || tally.total === 0) return { update: () => undefined, stop: () => undefined };
  return process.stderr.isTTY ? barProgress(tally) : plainProgress(tally);
}
