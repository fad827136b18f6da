/** The dataset file every command uses unless given --db (apart from open.ts so that naming it loads no SQLite). */
export const DEFAULT_DB = 'iop.sqlite';
