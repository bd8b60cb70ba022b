import type { Command } from 'commander';
import { withDatabase } from './common.js';

export function register(program: Command) {
  program
    .command('rotate-secrets')
    .summary('seal every stored secret with SECRETS_KEY')
    .description(
      "Seals every stored webhook secret and users' TOTP secret with SECRETS_KEY: legacy plain-text webhook " +
        'rows, and rows sealed with a key listed in SECRETS_KEY_PREVIOUS. Afterwards the previous key can be ' +
        'removed from the configuration. Safe to run again.',
    )
    .action(async () => {
      const [{ loadSecretBox }, { resealSecrets }, { resealTotpSecrets }] = await Promise.all([
        import('../../lib/secrets.js'),
        import('../../modules/integrations/maintenance.js'),
        import('../../modules/totp/reseal.js'),
      ]);
      await withDatabase(async (database, config) => {
        const secrets = loadSecretBox(config.secrets);
        if (config.migrateOnStart) await database.migrate(config.migrationsDir);
        const { resealed, plaintext } = await resealSecrets(database.db, secrets);
        console.log(
          `${resealed} webhook secret(s) sealed with key ${secrets.current.id} (${plaintext} were stored in plain text).`,
        );
        const totp = await resealTotpSecrets(database.db, secrets);
        console.log(`${totp.resealed} user(s)' TOTP secrets sealed with key ${secrets.current.id}.`);
      });
    });
}
