/**
 * Progress on stderr while an ingest runs: a bar with counts, ETA (by pages, see Tally) and the file in work
 * on a terminal, a plain line every few seconds otherwise (logs, CI), so stdout carries only the summary.
 */
import { SingleBar } from 'cli-progress';
import type { Tally } from './tally.js';

const PLAIN_INTERVAL_MS = 5000;

export interface Progress {
  update(): void;
  stop(): void;
}

function formatEta(tally: Tally): string {
  const eta = tally.etaSeconds;
  if (eta === null) return '…';
  const s = Math.ceil(eta);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** Named so as not to be cli-progress's own tokens (its {eta} is plain seconds by documents). */
function payload(tally: Tally) {
  return {
    failed: tally.failed,
    pagesPerSecond: tally.pagesPerSecond.toFixed(1),
    timeLeft: formatEta(tally),
    current: tally.current ? ` | ${tally.current}` : '',
  };
}

function barProgress(tally: Tally): Progress {
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ingest [{bar}] {value}/{total} documents | {failed} failed | {pagesPerSecond} pages/s | ETA {timeLeft}{current}',
    hideCursor: true,
  });
  bar.start(tally.total, 0, payload(tally));
  // The ETA and the file in work change between stored documents too (a long OCR document).
  const timer = setInterval(() => bar.update(tally.finished, payload(tally)), 1000).unref();
  return {
    update: () => bar.update(tally.finished, payload(tally)),
    stop: () => {
      clearInterval(timer);
      bar.stop();
    },
  };
}

function plainProgress(tally: Tally): Progress {
  const line = () => {
    const p = payload(tally);
    process.stderr.write(`ingest: ${tally.finished}/${tally.total} documents, ${p.failed} failed, ${p.pagesPerSecond} pages/s, ETA ${p.timeLeft}${p.current}\n`);
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
