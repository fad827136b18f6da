/** The command line's exit codes: scripts depend on them, so they never change meaning. */
export const EXIT = {
  ok: 0,
  /** Some inputs failed (each is reported with its error code); the rest were processed. */
  failed: 1,
  /** The command line itself was wrong. */
  usage: 2,
} as const;
