/**
 * A mistake in what the user asked for — a path that does not exist, a file that cannot be written, an option
 * that makes no sense — as opposed to a failure of the work itself. The command line prints its message on one
 * line, naming the command, and exits 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
