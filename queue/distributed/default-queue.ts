/**
 * The default queue name; datasets sharing one Redis each use their own (--queue). Apart from queues.ts so the
 * option parsing every ingest does (options.ts) does not load ioredis: an embedded ingest never needs it.
 */
export const DEFAULT_QUEUE = 'iop';
