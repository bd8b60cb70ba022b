import type { Role } from '@percee/shared';
import { type AppDependencies, buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database, OpenOptions } from '../src/db/client.js';
import { createOrganisation } from '../src/modules/organisations/service.js';
import { openTestDatabase } from './database.js';

/** A fixed test key (tests never write a development key file). */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 42).toString('base64');

export const TEST_PASSWORD = 'correct horse battery staple';

export function testConfig(overrides: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    DEMO_SEED: 'false',
    LOGIN_RATE_LIMIT_MAX: '1000',
    LOGIN_RATE_LIMIT_ACCOUNT_MAX: '1000',
    LOGIN_RATE_LIMIT_ADDRESS_MAX: '10000',
    API_RATE_LIMIT_PER_MINUTE: '100000',
    CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
    WEB_DIST_DIR: '/nonexistent',
    RETENTION_JOB_INTERVAL_HOURS: '0',
    REMINDER_INTERVAL_MS: '0',
    TASK_RULES_INTERVAL_MS: '0',
    SECRETS_KEY: TEST_SECRETS_KEY,
    CLEANUP_INTERVAL_MS: '0',
    // Figures computed on every request, so a test sees its own writes; snapshots.test.ts turns them on.
    REPORT_CACHE_SECONDS: '0',
    ...overrides,
  });
}

/** A fresh database and an app over it; `close()` ends both. `logger`: e.g. a stream to read the logs. */
export async function startTestApp(
  overrides: Record<string, string> = {},
  databaseOptions: OpenOptions = {},
  { logger }: Pick<AppDependencies, 'logger'> = {},
) {
  const database = await openTestDatabase(databaseOptions);
  const app = await buildApp(testConfig(overrides), {
    database,
    logger: logger ?? (process.env.TEST_LOG ? { level: 'error' } : false),
  });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** An organisation with one account per requested role; e-mails are unique per call. */
export async function createTestOrganisation(database: Database, name: string, accountRoles: Role[]) {
  const tag = `${name.toLowerCase().replace(/\W+/g, '-')}-${++counter}`;
  const created = await createOrganisation(database.db, {
    name,
    kind: 'municipality',
    headOffice: { name: `${name} HQ` },
    accounts: accountRoles.map((role) => ({
      email: `${role}@${tag}.test`,
      displayName: `${role} of ${name}`,
      role,
      password: TEST_PASSWORD,
    })),
  });
  const byRole = Object.fromEntries(created.accounts.map((account) => [account.role, account])) as Record<
    Role,
    { id: string; email: string; role: Role }
  >;
  return { ...created, byRole };
}

export async function signIn(
  app: Awaited<ReturnType<typeof startTestApp>>['app'],
  email: string,
  password = TEST_PASSWORD,
) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'percee_refresh');
  return {
    accessToken: response.json<{ accessToken: string }>().accessToken,
    refreshToken: cookie?.value as string,
    headers: { authorization: `Bearer ${response.json<{ accessToken: string }>().accessToken}` },
  };
}
