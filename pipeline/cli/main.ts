#!/usr/bin/env node
/**
 * The `iop` command line. Each command lives in its own module under commands/ and registers itself.
 * Exit codes: 0 success, 1 some inputs failed, 2 usage error.
 */
import { Command, CommanderError } from 'commander';
import { EXIT } from './exit-codes.js';
import { registerCommands } from './commands/index.js';

const program = new Command('iop')
  .description('Turn Swedish municipal documents about idéburet offentligt partnerskap (IOP) into a reconciled, reviewed dataset.')
  .version(process.env.npm_package_version ?? '0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end with code 0; everything else commander raises is a usage error.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    console.error(`iop: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.failed;
  }
}
