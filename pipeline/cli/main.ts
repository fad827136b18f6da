#!/usr/bin/env node
/**
 * The `iop` command line. Each command lives in its own module under commands/, loaded when it runs.
 * Exit codes: 0 success, 1 some inputs failed, 2 usage error (one line on stderr saying what was wrong).
 */
import { Command, CommanderError } from 'commander';
import { EXIT } from './exit-codes.js';
import { registerCommands } from './commands/index.js';
import { UsageError } from '../usage-error.js';

const program = new Command('iop')
  .description('Turn Swedish municipal documents about idéburet offentligt partnerskap (IOP) into a reconciled, reviewed dataset.')
  .version(process.env.npm_package_version ?? '0.1.0')
  .exitOverride()
  // One line per error: commander's "(Did you mean export?)" joins the line it explains.
  .configureOutput({ outputError: (text, write) => write(text.replace(/\n\(Did you mean (.+)\?\)\n$/, ' (did you mean $1?)\n')) });

await registerCommands(program, process.argv);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end with code 0; everything else commander raises is a usage error (it printed the line).
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof UsageError) {
    process.stderr.write(`iop ${program.args[0] ?? ''}: ${error.message}\n`.replace(/^iop : /, 'iop: '));
    process.exitCode = EXIT.usage;
  } else {
    console.error(`iop: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.failed;
  }
}
