/** Every command, one module each; the order here is the order `iop --help` lists them in. */
import type { Command } from 'commander';

export function registerCommands(program: Command): void {
  void program;
}
