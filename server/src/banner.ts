import path from 'node:path';
import type { DatabaseTarget } from './db/client.js';
import type { SecretsSettings } from './lib/secrets.js';

/** What the start banner says about the database: never a password (a URL's is dropped). */
export function describeDatabase(database: DatabaseTarget): string {
  if (database.kind === 'pglite') return `embedded PostgreSQL (PGlite) in ${database.dataDir}`;
  try {
    const url = new URL(database.url);
    const name = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default database)';
    const user = url.username ? ` as ${decodeURIComponent(url.username)}` : '';
    return `PostgreSQL ${url.hostname || 'local socket'}${url.port ? `:${url.port}` : ''}, database ${name}${user}`;
  } catch {
    // A libpq keyword string or something else URL cannot read: say no more than the kind.
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export interface BannerFacts {
  url: string;
  config: { database: DatabaseTarget; secrets: SecretsSettings };
  /** The demo accounts and their shared password, when the demo organisation exists. */
  demo?: { password: string; emails: string[] };
}

/**
 * The few lines `pnpm start` prints once listening: where to go, which database, where the data is,
 * how to sign in to the demo. Plain text on standard output, beside the JSON log lines.
 */
export function startBanner({ url, config, demo }: BannerFacts): string[] {
  // Without SECRETS_KEY (development only), the key sealing stored secrets is a file in DATA_DIR.
  const devSecretsKey = !config.secrets.key;
  const lines = [`Percée is ready on ${url}`, `  database:  ${describeDatabase(config.database)}`];
  const dataDir = path.dirname(config.secrets.devKeyFile);
  if (config.database.kind === 'pglite') {
    lines.push(`  data:      ${dataDir} (database${devSecretsKey ? ' and the development secrets key' : ''})`);
  } else {
    lines.push(
      `  data:      in that PostgreSQL database${devSecretsKey ? `; development secrets key in ${config.secrets.devKeyFile}` : ''}`,
    );
  }
  if (demo) {
    // admin@, coach@…demo.percee.test: the accounts share one domain, written once.
    const domain = demo.emails[0]?.split('@')[1] ?? '';
    const names = demo.emails.map((email) => (email.endsWith(`@${domain}`) ? `${email.split('@')[0]}@` : email));
    lines.push(`  demo:      ${names.join(', ')}${domain}`);
    lines.push(`             password ${demo.password} for each (one account per role: README.md)`);
  }
  lines.push('  stop:      Ctrl-C (requests in flight finish first)');
  return lines;
}
