/**
 * Prepared statements kept per dataset and SQL text. A reconcile of thousands of steps then prepares each
 * statement once: every prepare holds native memory until V8 collects the statement, which the process's
 * resident set shows and V8's heap (and so its collector's urgency) does not.
 */
import type { Statement } from 'better-sqlite3';
import type { Dataset } from './open.js';

const cache = new WeakMap<Dataset, Map<string, Statement>>();

/** The dataset's statement for this SQL; `pluck`: it returns each row's first column. */
export function prepared(db: Dataset, sql: string, options: { pluck?: boolean } = {}): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  const key = `${options.pluck ? 'pluck' : 'rows'}\u0000${sql}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = db.prepare(sql);
    if (options.pluck) statement.pluck();
    statements.set(key, statement);
  }
  return statement;
}
