import { Command, CommanderError } from 'commander';
import * as backup from './admin/backup.js';
import { CommandFailed, EXIT } from './admin/common.js';
import * as createOrganisation from './admin/create-organisation.js';
import * as retention from './admin/retention.js';
import * as rotateSecrets from './admin/rotate-secrets.js';
import * as verifyAudit from './admin/verify-audit.js';

/**
 * `pnpm admin <command>`: one file per command in cli/admin/, each exporting `register(program)`;
 * a new command is a new file and a line in this list.
 */
const COMMANDS: { register(program: Command): void }[] = [
  backup,
  createOrganisation,
  retention,
  rotateSecrets,
  verifyAudit,
];

export function adminProgram(): Command {
  const program = new Command('pnpm admin')
    .description(
      'Administration of a Percée installation. It acts on DATABASE_URL, or without it on the embedded ' +
        'database in DATA_DIR (stop the server first: the embedded database has one user at a time).',
    )
    // Set before the commands are added, so each inherits them: no process.exit inside commander
    // (the exit code is decided below), and usage errors end with the command's usage line.
    .exitOverride()
    .showHelpAfterError('(pnpm admin --help lists the commands)')
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 1 failed (or a broken audit chain), 2 bad usage. See docs/operations.md.',
    );
  for (const command of COMMANDS) command.register(program);
  for (const command of program.commands) {
    command.showHelpAfterError(`Usage: pnpm admin ${command.name()} ${command.usage()}  (--help for details)`);
  }
  return program;
}

// `pnpm admin --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function describe(error: unknown): string {
  // A configuration error (config.ts ConfigError) already names every bad variable.
  if ((error instanceof Error && error.name === 'ConfigError') || error instanceof CommandFailed) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error ? (error.cause as Error | undefined)?.message : undefined;
  return cause ? `${message}\nCause: ${cause}` : message;
}

async function run(argv: string[]) {
  const program = adminProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; every other commander error is bad usage.
      process.exitCode =
        error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
      return;
    }
    console.error(`pnpm admin: ${describe(error)}`);
    process.exitCode = EXIT.failed;
  }
}

await run(process.argv);
