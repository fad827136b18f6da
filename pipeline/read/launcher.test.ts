import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/ingest-harness.js';
import { closeLauncher, launch, LaunchError, useLauncher } from './launcher.js';

const options = (signal = new AbortController().signal, maxBuffer = 1 << 20) => ({ signal, maxBuffer });
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('launcher', () => {
  it('is not used by a process that did not ask for it (the caller starts the program itself)', () => {
    expect(launch('/bin/sh', ['-c', 'true'], options())).toBeNull();
  });

  it("answers with the program's output, or its failure as execFile gives it", async () => {
    useLauncher();
    await expect(launch('/bin/sh', ['-c', 'printf "%s\\f%s" "$0" "$1"', 'en sida', 'två'], options())).resolves.toEqual({ stdout: 'en sida\ftvå' });
    const failed = await launch('/bin/sh', ['-c', 'echo "out of memory" >&2; exit 3'], options())!.catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(LaunchError);
    expect(failed).toMatchObject({ code: 3, stderr: 'out of memory\n' });
    await expect(launch('/bin/sh', ['-c', 'head -c 5000 /dev/zero'], options(undefined, 1000))).rejects.toMatchObject({ code: 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' });
  });

  it('kills the program when the caller gives up, and rejects at once', async () => {
    useLauncher();
    const pidFile = join(tempDir('launcher'), 'pid');
    const controller = new AbortController();
    const running = launch('/bin/sh', ['-c', 'echo $$ > "$0"; exec sleep 30', pidFile], options(controller.signal))!;
    let pid = 0;
    for (let i = 0; i < 100 && !pid; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pid = Number(readFileSync(pidFile, { encoding: 'utf8', flag: 'a+' }).trim()) || 0;
    }
    expect(alive(pid)).toBe(true);
    controller.abort(new Error('time limit'));
    await expect(running).rejects.toThrow('time limit');
    for (let i = 0; i < 40 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alive(pid)).toBe(false);
  });

  it('closes: settles once the launcher has exited, and a later launch starts a new one', async () => {
    useLauncher();
    await launch('/bin/sh', ['-c', 'true'], options());
    await closeLauncher();
    await closeLauncher();
    await expect(launch('/bin/sh', ['-c', 'printf igen'], options())).resolves.toEqual({ stdout: 'igen' });
    await closeLauncher();
  });
});
