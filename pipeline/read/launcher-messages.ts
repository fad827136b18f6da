/** The messages between a process that launches programs through the launcher (launcher.ts) and the launcher (launcher-child.ts). */

export interface LaunchRequest {
  id: number;
  file: string;
  args: string[];
  maxBuffer: number;
}

/** A launch given up by its caller: the launcher kills the program. */
export interface LaunchAbort {
  abort: number;
}

/** As execFile ends: its stdout, or its error's code (exit code, or Node's ERR_… code), signal and stderr. */
export type LaunchReply =
  | { id: number; stdout: string }
  | { id: number; error: { message: string; code: string | number | null; signal: string | null; stderr: string } };
