import { parseArgs } from 'node:util';
import { Email, OrganisationKind, Password } from '@percee/shared';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { organisations } from '../db/schema.js';
import { inTenant } from '../db/tenant.js';
import { passwordScore } from '../lib/passwords.js';
import { loadSecretBox } from '../lib/secrets.js';
import { verifyChain } from '../modules/audit/service.js';
import { resealSecrets } from '../modules/integrations/maintenance.js';
import { createOrganisation } from '../modules/organisations/service.js';
import { runRetention } from '../modules/retention/scheduler.js';
import { resealTotpSecrets } from '../modules/totp/reseal.js';
import { BACKUP_USAGE, runBackupCommand } from './backup.js';

const USAGE = `Usage: pnpm admin rotate-secrets
       Seals every stored webhook secret and users' TOTP secret with SECRETS_KEY (legacy plaintext webhook
       rows, and rows sealed with a key in SECRETS_KEY_PREVIOUS); afterwards the previous key can be
       removed from the configuration.
       pnpm admin create-organisation --name NAME --kind municipality|social_office|association
                    --admin-email EMAIL --admin-name NAME [--head-office NAME] [--municipality NAME]
The first admin's password is read from standard input (at least 12 characters), so it never lands in
shell history or the process list:  read -rs PW && printf '%s' "$PW" | pnpm admin create-organisation ...

       pnpm admin retention [--dry-run] [--organisation ID]
Pseudonymises the households of every organisation (or one) whose cases all closed longer ago than the
organisation's retention period, except those under a legal hold; --dry-run only lists them. Prints
references and counts only, one JSON line per organisation. For cron (the server also runs it daily).
       pnpm admin verify-audit [--organisation ID [--anchor SEQ:HASH]]
Walks the audit hash chain of one organisation (or of every one) and exits 1 naming the first broken row;
with --anchor (a head saved from GET /api/v1/admin/audit/head), also checks the chain still holds it.
${BACKUP_USAGE}`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password for the first admin (input hidden is up to your terminal): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

const Args = z.object({
  name: z.string().trim().min(1),
  kind: OrganisationKind,
  'admin-email': Email,
  'admin-name': z.string().trim().min(1),
  'head-office': z.string().trim().min(1).default('Siège'),
  municipality: z.string().trim().min(1).optional(),
  password: Password,
});

async function rotateSecrets() {
  const config = loadConfig();
  const secrets = loadSecretBox(config.secrets);
  const database = await openDatabase(config.database);
  try {
    if (config.migrateOnStart) await database.migrate(config.migrationsDir);
    const { resealed, plaintext } = await resealSecrets(database.db, secrets);
    console.log(
      `${resealed} webhook secret(s) sealed with key ${secrets.current.id} (${plaintext} were stored in plain text).`,
    );
    const totp = await resealTotpSecrets(database.db, secrets);
    console.log(`${totp.resealed} user(s)' TOTP secrets sealed with key ${secrets.current.id}.`);
  } finally {
    await database.close();
  }
}

/** Exit code: 0 every chain intact, 1 a chain is broken (named on stderr), 2 bad usage. */
function usageError(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

async function verifyAudit(args: string[]) {
  let values: { organisation?: string; anchor?: string };
  try {
    ({ values } = parseArgs({ args, options: { organisation: { type: 'string' }, anchor: { type: 'string' } } }));
  } catch (error) {
    usageError((error as Error).message);
  }
  const { organisation } = values;
  if (organisation !== undefined && !z.uuid().safeParse(organisation).success) {
    usageError('--organisation: not an organisation id (a UUID)');
  }
  let anchor: { seq: number; hash: string } | undefined;
  if (values.anchor !== undefined) {
    const match = /^(\d+):([0-9a-f]{64})$/.exec(values.anchor);
    if (!match || !organisation) usageError('--anchor: SEQ:HASH (as GET /admin/audit/head gives), with --organisation');
    anchor = { seq: Number(match[1]), hash: match[2] as string };
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  let broken = false;
  try {
    const ids = organisation
      ? [organisation]
      : (await database.db.select({ id: organisations.id }).from(organisations).orderBy(organisations.id)).map(
          (o) => o.id,
        );
    for (const id of ids) {
      // Walked as the application role in that tenant, exactly as the API does.
      const result = await inTenant(database.db, { organisationId: id }, (tx) => verifyChain(tx, id, anchor));
      if (result.anchor === 'differs' || result.anchor === 'missing') {
        broken = true;
        console.error(
          `organisation ${id}: REWRITTEN: the anchored head ${anchor?.seq} ${result.anchor === 'missing' ? 'is no longer in the chain (cut short)' : 'has a different hash now'}`,
        );
      } else if (result.ok) {
        console.log(
          `organisation ${id}: OK, ${result.checked} rows, head ${result.head?.seq ?? 0} ${result.head?.hash ?? '-'}`,
        );
      } else {
        broken = true;
        console.error(
          `organisation ${id}: BROKEN at row seq ${result.firstBroken?.seq} (${result.firstBroken?.reason}); ${result.checked - 1} rows before it are intact`,
        );
      }
    }
  } finally {
    await database.close();
  }
  process.exit(broken ? 1 : 0);
}

async function run() {
  if (process.argv[2] === 'rotate-secrets') return rotateSecrets();
  const command = process.argv[2];
  if (command === 'backup' || command === 'restore') {
    process.exit(await runBackupCommand(command, process.argv.slice(3)));
  }
  if (process.argv[2] === 'verify-audit') {
    return verifyAudit(process.argv.slice(3));
  }
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      kind: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      'head-office': { type: 'string' },
      municipality: { type: 'string' },
      'dry-run': { type: 'boolean' },
      organisation: { type: 'string' },
    },
  });
  if (positionals[0] === 'retention') return retention(values['dry-run'] === true, values.organisation);
  if (positionals[0] !== 'create-organisation') {
    console.error(USAGE);
    process.exit(2);
  }
  const parsed = Args.safeParse({ ...values, password: await readStdin() });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  const args = parsed.data;
  if ((await passwordScore(args.password, [args['admin-email'], args['admin-name']])) < 3) {
    console.error('The password is too common or too easy to guess: use a longer phrase of unrelated words.');
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate(config.migrationsDir);
    const created = await createOrganisation(database.db, {
      name: args.name,
      kind: args.kind,
      headOffice: { name: args['head-office'], municipality: args.municipality ?? null },
      accounts: [
        { email: args['admin-email'], displayName: args['admin-name'], role: 'admin', password: args.password },
      ],
    });
    console.log(`Organisation ${created.organisationId} created with admin ${args['admin-email']}.`);
  } finally {
    await database.close();
  }
}

async function retention(dryRun: boolean, organisation: string | undefined) {
  const organisationId = organisation === undefined ? undefined : z.uuid().safeParse(organisation);
  if (organisationId && !organisationId.success) {
    console.error('--organisation: not an organisation id (uuid)');
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    const results = await runRetention(database.db, {
      dryRun,
      organisationId: organisationId?.data,
      source: 'retention-cli',
    });
    for (const { organisationId: id, result } of results) {
      console.log(JSON.stringify({ organisationId: id, dryRun, ...result }));
    }
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
