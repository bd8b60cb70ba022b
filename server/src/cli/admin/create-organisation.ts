import { Email, OrganisationKind, Password } from '@percee/shared';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { usageError, withDatabase } from './common.js';

const Args = z.object({
  name: z.string().trim().min(1),
  kind: OrganisationKind,
  adminEmail: Email,
  adminName: z.string().trim().min(1),
  headOffice: z.string().trim().min(1),
  municipality: z.string().trim().min(1).optional(),
  password: Password,
});

/** The first line of standard input: the password never lands in shell history or the process list. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password for the first admin (input hidden is up to your terminal): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export function register(program: Command) {
  const command = program
    .command('create-organisation')
    .summary('create an organisation and its first admin (password on standard input)')
    .description(
      "Creates an organisation with its head office and first admin account. The admin's password is read " +
        'from standard input (at least 12 characters, not easy to guess), so it never lands in shell history ' +
        'or the process list. Applies pending migrations first.',
    )
    .requiredOption('--name <name>', "the organisation's name")
    .addOption(
      new Option('--kind <kind>', 'what kind of organisation').choices(OrganisationKind.options).makeOptionMandatory(),
    )
    .requiredOption('--admin-email <email>', "the first admin's e-mail address (their sign-in)")
    .requiredOption('--admin-name <name>', "the first admin's display name")
    .option('--head-office <name>', "the head office's name", 'Siège')
    .option('--municipality <name>', "the head office's municipality")
    .addHelpText(
      'after',
      '\nExample:\n  read -rs PW && printf \'%s\' "$PW" | pnpm admin create-organisation --name "CCAS de Belleville" \\\n' +
        '    --kind social_office --admin-email admin@belleville.fr --admin-name "Alex Admin"',
    )
    .action(async (options: Record<string, string | undefined>) => {
      const parsed = Args.safeParse({ ...options, password: await readPassword() });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue?.path[0] ?? '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
        usageError(command, `${field === 'password' ? 'password (standard input)' : `--${field}`}: ${issue?.message}`);
      }
      const args = parsed.data;
      const { passwordScore } = await import('../../lib/passwords.js');
      if ((await passwordScore(args.password, [args.adminEmail, args.adminName])) < 3) {
        usageError(command, 'the password is too common or too easy to guess: use a longer phrase of unrelated words.');
      }
      const { createOrganisation } = await import('../../modules/organisations/service.js');
      await withDatabase(async (database, config) => {
        await database.migrate(config.migrationsDir);
        const created = await createOrganisation(database.db, {
          name: args.name,
          kind: args.kind,
          headOffice: { name: args.headOffice, municipality: args.municipality ?? null },
          accounts: [{ email: args.adminEmail, displayName: args.adminName, role: 'admin', password: args.password }],
        });
        console.log(`Organisation ${created.organisationId} created with admin ${args.adminEmail}.`);
      });
    });
}
