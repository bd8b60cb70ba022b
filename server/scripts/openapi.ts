/**
 * Prints the OpenAPI document of the API, built from `buildApp` with an empty in-memory database:
 * no server, no migrations, no network. `pnpm lint:openapi` and `pnpm gen:client` read it.
 *   tsx scripts/openapi.ts [out.json]
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createPglite, openPglite } from '../src/db/client.js';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = openPglite(await createPglite());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    JWT_SECRET: 'openapi-dump-openapi-dump-openapi-dump-0',
    WEB_DIST_DIR: '/nonexistent',
    WEBHOOK_WORKER_INTERVAL_MS: '0',
    CLEANUP_INTERVAL_MS: '0',
    // An in-memory database holds no secret: a throwaway key, and no development key file written.
    SECRETS_KEY: randomBytes(32).toString('base64'),
  });
  const app = await buildApp(config, { database, logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const document = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  const out = process.argv[2];
  if (out) {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, document);
  } else process.stdout.write(document);
}
